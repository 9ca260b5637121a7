#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""The fixed-seed sample committed under fixtures/generated/ for CI.

    sample.py [--seed 2026] [--out fixtures/generated]

40 documents in the text forms (tab export, the same hard-wrapped), the first
12 also as PDFs from the four producers and as one producer's pdftotext output
in each of its three modes (producers taken in turn), three of them scanned at
200 dpi, and the first 20 as written (DOCX, ODT, the publication's HTML).
`--office-only` adds the written forms to the sample already in --out. Each
document's folder holds its golden record and printed document
(from the model) and its inputs; `tests/generated.rs` scores them. Every PDF
passes the word check first (the sample is not written otherwise).
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import render_office  # noqa: E402
import render_pdf as rp  # noqa: E402
import render_text  # noqa: E402
import run  # noqa: E402

TEXT_DOCS, PDF_DOCS, SCAN_DOCS, OFFICE_DOCS = 40, 12, (0, 5, 10), 20


def office_forms(dirs):
    """The written forms of each document folder's doc.json, beside it;
    returns the file names made per folder."""
    made = {d: [] for d in dirs}
    items = []
    for d in dirs:
        doc, name = run.load(d), os.path.basename(d)
        render_office.write_html(doc, os.path.join(d, f"{name}.html"))
        made[d].append(f"{name}.html")
        for form in ("docx", "odt"):
            items.append((doc, os.path.join(d, f"{name}.{form}"), form))
            made[d].append(f"{name}.{form}")
    render_office.office_many(items)
    return made


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--out", default=os.path.join(run.REPO, "fixtures", "generated"))
    ap.add_argument("--office-only", action="store_true")
    a = ap.parse_args()
    if a.office_only:
        dirs = sorted(os.path.join(a.out, n) for n in os.listdir(a.out)
                      if os.path.isfile(os.path.join(a.out, n, "doc.json")))[:OFFICE_DOCS]
        office_forms(dirs)
        print(f"written forms of {len(dirs)} documents added to {a.out}")
        return 0
    tmp = tempfile.mkdtemp(prefix="plangen-sample-")
    docs = run.generate(a.seed, TEXT_DOCS, {}, tmp)
    keep = {d: ["golden.json", "doc.json"] for d in docs}
    for d in docs:
        doc = run.load(d)
        for path in render_text.write(doc, d, run.wrap_width(doc["name"])).values():
            keep[d].append(os.path.basename(path))
    pdf_docs = docs[:PDF_DOCS]
    made = {d: {} for d in pdf_docs}
    faults = []
    for d in pdf_docs:
        doc, name = run.load(d), os.path.basename(d)
        rp.reportlab_pdf(doc, os.path.join(d, f"{name}.reportlab.pdf"))
    run.render_batches(rp, pdf_docs, run.PDF_FORMS, made, faults)
    if faults:
        print("sample.py: " + "; ".join(faults), file=sys.stderr)
        return 1
    bad = []
    for k, d in enumerate(pdf_docs):
        doc, name = run.load(d), os.path.basename(d)
        for form in run.PDF_FORMS:
            pdf = os.path.join(d, f"{name}.{form}.pdf")
            diff = rp.check_words(doc, pdf)
            if diff:
                bad.append(f"{name} {form}: {diff[:6]}")
            keep[d].append(os.path.basename(pdf))
        producer = run.PDF_FORMS[k % len(run.PDF_FORMS)]
        for mode, flag in (("pdftotext", []), ("pdftotext-layout", ["-layout"]), ("pdftotext-raw", ["-raw"])):
            txt = f"{name}.{producer}.{mode}.txt"
            subprocess.run(["pdftotext", *flag, "-enc", "UTF-8", os.path.join(d, f"{name}.{producer}.pdf"),
                            os.path.join(d, txt)], check=True)
            keep[d].append(txt)
        if k in SCAN_DOCS:
            scan = f"{name}.scan200.pdf"
            rp.scan_pdf(os.path.join(d, f"{name}.libreoffice.pdf"), os.path.join(d, scan), 200, seed=k)
            keep[d].append(scan)
    for d, files in office_forms(docs[:OFFICE_DOCS]).items():
        keep[d] += files
    if bad:
        print("sample.py: renderings fail the word check:\n  " + "\n  ".join(bad), file=sys.stderr)
        return 1
    if os.path.isdir(a.out):
        shutil.rmtree(a.out)
    for d in docs:
        dest = os.path.join(a.out, os.path.basename(d))
        os.makedirs(dest)
        for f in keep[d]:
            shutil.copy(os.path.join(d, f), os.path.join(dest, f))
    shutil.rmtree(tmp)
    print(f"{len(docs)} documents in {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
