"""Reusable widgets of the screens: the tools, the capture of what is said, and panels."""
