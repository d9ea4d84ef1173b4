"""Documents: the referat and the letter to the child (reportlab), PDF/A, signing, verification.

Heavy libraries (reportlab, pyHanko) are imported inside the functions that need them.
"""
