#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""The plan fixtures as the files annexes are written in.

    make.py [--out fixtures/office]

Each tab-separated plan fixture (fixtures/plans/{approved-2016,km-2021,
varam-2019}.txt) is written as an HTML page — its lines without tabs as
paragraphs, its runs of tabbed lines as one table, a cell per tab
position, empty cells kept — and LibreOffice converts that page to DOCX and
ODT. The records of all three forms must equal the plans' golden records
(tests/office.rs): the forms carry the same cells as the export.

The July 2016 draft has no tab export (its seed is a pdftotext export), so
its table is the one the PDF fixtures are laid out from
(scripts/pdf-fixtures/make.py: the draft read with planx, every correction
undone so the typos are printed as in the source, header cells spanning two
rows, direction rows spanning the columns). Needs target/release/planx
(`cargo build --release -p planx-cli`) for that one plan.
"""
import argparse
import html
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
PLANS = ["approved-2016", "km-2021", "varam-2019"]
DRAFT = "draft-2016-07"


def draft_page(planx):
    """The draft's annex as an HTML page, as the PDF fixtures lay it out."""
    spec = importlib.util.spec_from_file_location("pdf_fixtures", os.path.join(REPO, "scripts", "pdf-fixtures", "make.py"))
    pdf = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(pdf)
    out = subprocess.run([planx, "extract", os.path.join(REPO, "fixtures", "plans", f"{DRAFT}.txt")],
                         check=True, capture_output=True, timeout=120).stdout
    return pdf.to_html(pdf.as_printed(json.loads(out)))


def page(text):
    out = ['<!DOCTYPE html>', '<html lang="lv"><head><meta charset="utf-8"><title>plan</title></head><body>']
    rows = []

    def flush():
        if rows:
            width = max(len(r) for r in rows)
            out.append('<table border="1">')
            for r in rows:
                cells = r + [""] * (width - len(r))
                out.append("<tr>" + "".join(f"<td>{html.escape(c.strip())}</td>" for c in cells) + "</tr>")
            out.append("</table>")
            rows.clear()

    for line in text.split("\n"):
        if "\t" in line:
            rows.append(line.split("\t"))
            continue
        flush()
        if line.strip():
            out.append(f"<p>{html.escape(line.strip())}</p>")
    flush()
    out.append("</body></html>")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=os.path.join(REPO, "fixtures", "office"))
    ap.add_argument("--planx", default=os.path.join(REPO, "target", "release", "planx"))
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    work = tempfile.mkdtemp(prefix="planx-office-")
    try:
        srcs = []
        for name in PLANS:
            with open(os.path.join(REPO, "fixtures", "plans", f"{name}.txt"), encoding="utf-8") as f:
                text = f.read()
            p = os.path.join(a.out, f"{name}.html")
            with open(p, "w", encoding="utf-8") as f:
                f.write(page(text))
            srcs.append(p)
        p = os.path.join(a.out, f"{DRAFT}.html")
        with open(p, "w", encoding="utf-8") as f:
            f.write(draft_page(a.planx))
        srcs.append(p)
        for form, filt in (("docx", "docx:MS Word 2007 XML"), ("odt", "odt:writer8")):
            subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{work}/profile",
                            "--infilter=HTML (StarWriter)", "--convert-to", filt, "--outdir", a.out] + srcs,
                           check=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           timeout=600)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{len(PLANS) + 1} plans as HTML, DOCX and ODT in {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
