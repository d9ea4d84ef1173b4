"""PDF/A-2b post-process for the documents reportlab makes (open-source reportlab has none).

Adds an sRGB OutputIntent and XMP metadata that declares PDF/A-2b and matches the document
information dictionary. ``/Producer`` is removed from both, so that Info and XMP still agree
after pyHanko adds its own when it signs. The same input gives the same output bytes: no
clock is read, and the file ID is derived from the content.
"""

import hashlib
import io
from functools import cache

import pikepdf
from PIL import ImageCms

SRGB_DESCRIPTION = "sRGB IEC61966-2.1"
# Fixed creation time written into the ICC profile header (Pillow writes the current time).
_PROFILE_DATE = (2024, 1, 1, 0, 0, 0)


@cache
def srgb_profile() -> bytes:
    """An sRGB ICC profile made by Pillow (littleCMS), with a fixed date and a fresh ID."""
    profile = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    for index, number in enumerate(_PROFILE_DATE):  # dateTimeNumber at bytes 24-35
        profile[24 + 2 * index : 26 + 2 * index] = number.to_bytes(2, "big")
    # The profile ID (bytes 84-99) is the MD5 of the profile with the flags (44-47), the
    # rendering intent (64-67) and the ID itself set to zero (ICC.1:2010, 7.2.18).
    hashed = bytearray(profile)
    hashed[44:48] = bytes(4)
    hashed[64:68] = bytes(4)
    hashed[84:100] = bytes(16)
    profile[84:100] = hashlib.md5(bytes(hashed), usedforsecurity=False).digest()
    return bytes(profile)


def to_pdfa(pdf: bytes, title: str) -> bytes:
    """The PDF rewritten as PDF/A-2b with ``title`` as its title (Info and XMP ``dc:title``)."""
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        icc = pikepdf.Stream(doc, srgb_profile())
        icc[pikepdf.Name.N] = 3
        intent = pikepdf.Dictionary(
            Type=pikepdf.Name.OutputIntent,
            S=pikepdf.Name.GTS_PDFA1,
            OutputConditionIdentifier=pikepdf.String(SRGB_DESCRIPTION),
            RegistryName=pikepdf.String("http://www.color.org"),
            Info=pikepdf.String(SRGB_DESCRIPTION),
            DestOutputProfile=doc.make_indirect(icc),
        )
        doc.Root[pikepdf.Name.OutputIntents] = pikepdf.Array([doc.make_indirect(intent)])

        for page in doc.pages:  # reportlab writes an empty page transition on every page
            trans = page.obj.get(pikepdf.Name.Trans)
            if isinstance(trans, pikepdf.Dictionary) and not trans.keys():
                del page.obj[pikepdf.Name.Trans]

        info = doc.docinfo
        info[pikepdf.Name.Title] = pikepdf.String(title)
        for key in (pikepdf.Name.Producer, pikepdf.Name.Trapped):
            if key in info:
                del info[key]
        for entry in list(info.keys()):  # empty entries only make XMP and Info harder to match
            value = info[entry]
            if isinstance(value, pikepdf.String) and not str(value).strip():
                del info[entry]

        with doc.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
            meta.load_from_docinfo(info, delete_missing=True)
            meta["dc:title"] = title
            meta["pdfaid:part"] = "2"
            meta["pdfaid:conformance"] = "B"
            if "pdf:Producer" in meta:
                del meta["pdf:Producer"]

        if pikepdf.Name.Producer in doc.docinfo:
            del doc.docinfo[pikepdf.Name.Producer]
        out = io.BytesIO()
        doc.save(out, deterministic_id=True, fix_metadata_version=False)
    return out.getvalue()
