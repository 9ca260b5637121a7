#!/usr/bin/python3
"""Make an ocrmypdf output byte-for-byte reproducible.

ocrmypdf writes the time of the run (Info /CreationDate, /ModDate and the XMP
dates), random names for the OCR text-layer form XObjects (/OCR-<random>) and
a random document /ID. The OCR text itself is deterministic for the same
tesseract and language data. This script pins the dates, renames the
XObjects /OCR-p1, /OCR-p2, ... and sets the first /ID element to a hash of
the pages' streams (make.sh then runs `qpdf --deterministic-id`, which keeps
the first element and computes the second from the content).
Nothing that a reader sees changes. Needs pikepdf (Debian python3-pikepdf,
which ocrmypdf depends on).

usage: pin-ocrmypdf.py IN.pdf OUT.pdf
"""
import hashlib
import re
import sys

import pikepdf

PDF_DATE = "D:20000101000000+00'00'"
XMP_DATE = "2000-01-01T00:00:00+00:00"


def main(src: str, dest: str) -> None:
    with pikepdf.open(src) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            xobjects = page.obj.get("/Resources", {}).get("/XObject")
            if xobjects is None:
                continue
            names = sorted(k for k in xobjects.keys() if k.startswith("/OCR-"))
            renames = {}
            for index, old in enumerate(names):
                new = f"/OCR-p{number}" + (f"-{index}" if index else "")
                renames[old] = new
                xobjects[new] = xobjects[old]
                del xobjects[old]
            if not renames:
                continue
            contents = page.obj.Contents
            streams = list(contents) if isinstance(contents, pikepdf.Array) else [contents]
            for stream in streams:
                data = stream.read_bytes()
                for old, new in renames.items():
                    data = re.sub(
                        re.escape(old.encode()) + rb"(?=[\s/\[\]<>()%]|$)",
                        new.encode(),
                        data,
                    )
                stream.write(data)

        digest = hashlib.sha256()
        for page in pdf.pages:
            for _, obj in sorted(page.obj.Resources.get("/XObject", {}).items()):
                digest.update(obj.read_raw_bytes())
            contents = page.obj.Contents
            for stream in list(contents) if isinstance(contents, pikepdf.Array) else [contents]:
                digest.update(stream.read_bytes())
        first_id = pikepdf.String(digest.digest()[:16])
        pdf.trailer.ID = pikepdf.Array([first_id, first_id])

        pdf.docinfo["/CreationDate"] = PDF_DATE
        pdf.docinfo["/ModDate"] = PDF_DATE
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
            for key in ("xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate"):
                if key in meta:
                    meta[key] = XMP_DATE

        pdf.save(dest, static_id=True)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
