#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate plans, render them in every form, extract them with planx, score them.

    run.py --seed S --count N [--force option=value ...] [--forms f1,f2] [--out DIR]
           [--scan-every K] [--jobs J] [--worst W] [--json FILE] [--planx BIN]

Prints, per form, the documents, mean recall and precision and the share of
documents scored exactly 1.000, then the same per option value (each layout
option of model.OPTIONS x form), then the worst documents with their
mismatches. Every PDF is checked first: the words pdftotext reads from it
must be the words the document prints; a rendering that fails the check is
reported and left out of the scores (it would measure the renderer).
"""
import argparse
import json
import os
import subprocess
import sys
import time
from collections import defaultdict
from multiprocessing import Pool

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import model  # noqa: E402
import render_text  # noqa: E402

REPO = os.path.dirname(os.path.dirname(HERE))
TEXT_FORMS = ["tab", "tab-wrap"]
PDF_FORMS = ["libreoffice", "chromium-ruled", "chromium-unruled", "reportlab"]
PDFTOTEXT_FORMS = ["pdftotext", "pdftotext-layout", "pdftotext-raw"]
SCAN_FORMS = ["scan200"]
OFFICE_FORMS = ["docx", "odt", "html"]
ALL_FORMS = TEXT_FORMS + PDF_FORMS + PDFTOTEXT_FORMS + SCAN_FORMS + OFFICE_FORMS
# Forms that are files as written, not PDFs: kept as rendered, no word check.
DIRECT_FORMS = TEXT_FORMS + OFFICE_FORMS


def render_pdf_module():
    try:
        import render_pdf
        return render_pdf
    except ImportError as e:  # pragma: no cover - reported, not fatal
        print(f"run.py: PDF forms skipped ({e})", file=sys.stderr)
        return None


def wrap_width(name):
    import random
    return random.Random(name + "/wrap").randint(80, 100)


def generate(seed, count, force, out):
    docs = []
    for i in range(count):
        p = model.Plan(seed, i, force)
        d = os.path.join(out, p.name)
        os.makedirs(d, exist_ok=True)
        model.write_json(os.path.join(d, "golden.json"), p.golden())
        doc = p.doc()
        model.write_json(os.path.join(d, "doc.json"), doc)
        docs.append(d)
    return docs


def load(d):
    return json.load(open(os.path.join(d, "doc.json"), encoding="utf-8"))


def render_one(args):
    """Text and reportlab forms of one document; returns {form: path} and faults."""
    d, forms = args
    doc = load(d)
    name = doc["name"]
    made, faults = {}, []
    paths = render_text.write(doc, d, wrap_width(name))
    for f in TEXT_FORMS:
        if f in forms:
            made[f] = paths[f]
    if "html" in forms:
        try:
            import render_office
            o = os.path.join(d, f"{name}.html")
            render_office.write_html(doc, o)
            made["html"] = o
        except Exception as e:  # a renderer fault is reported, never a stop
            faults.append(f"{name} html: render failed: {e}")
    rp = render_pdf_module()
    if rp is None or not wants(forms, "reportlab"):
        return d, made, faults
    o = os.path.join(d, f"{name}.reportlab.pdf")
    try:
        rp.reportlab_pdf(doc, o)
        made["reportlab"] = o
    except Exception as e:  # a renderer fault is reported, never a stop
        faults.append(f"{name} reportlab: render failed: {e}")
    return d, made, faults


def wants(forms, producer):
    """True when a PDF producer's output is needed: its own form, pdftotext of it, or a scan."""
    return (producer in forms or any(f.startswith("pdftotext") for f in forms)
            or (producer == "libreoffice" and "scan200" in forms))


def render_batches(rp, docs, forms, made, faults, chunk=50):
    """Chromium (ruled, unruled) and LibreOffice PDFs, many documents per browser or soffice run."""
    from concurrent.futures import ThreadPoolExecutor

    def pdf(d, form):
        return os.path.join(d, f"{os.path.basename(d)}.{form}.pdf")

    def chromium():
        for i in range(0, len(docs), chunk):
            part = docs[i:i + chunk]
            items = [(load(d), pdf(d, f), f == "chromium-ruled")
                     for d in part for f in ("chromium-ruled", "chromium-unruled") if wants(forms, f)]
            try:
                rp.chromium_many(items)
            except Exception as e:
                faults.append(f"chromium batch {i}: {e}")

    def libreoffice():
        if not wants(forms, "libreoffice"):
            return
        for i in range(0, len(docs), chunk):
            try:
                rp.libreoffice_many([(load(d), pdf(d, "libreoffice")) for d in docs[i:i + chunk]])
            except Exception as e:
                faults.append(f"libreoffice batch {i}: {e}")

    def office():
        wanted = [f for f in ("docx", "odt") if f in forms]
        if not wanted:
            return
        import render_office
        for i in range(0, len(docs), chunk):
            part = docs[i:i + chunk]
            try:
                render_office.office_many([(load(d), os.path.join(d, f"{os.path.basename(d)}.{f}"), f)
                                           for d in part for f in wanted])
            except Exception as e:
                faults.append(f"office batch {i}: {e}")
            for d in part:
                for f in wanted:
                    p = os.path.join(d, f"{os.path.basename(d)}.{f}")
                    if os.path.exists(p):
                        made[d][f] = p

    def libreoffice_and_office():
        libreoffice()
        office()

    with ThreadPoolExecutor(2) as ex:
        for f in [ex.submit(chromium), ex.submit(libreoffice_and_office)]:
            f.result()
    for d in docs:
        for form in ("chromium-ruled", "chromium-unruled", "libreoffice"):
            if os.path.exists(pdf(d, form)):
                made[d][form] = pdf(d, form)


def post_one(args):
    """Word check, pdftotext modes and scans of one document's PDFs."""
    d, made, forms, scan = args
    rp = render_pdf_module()
    doc = load(d)
    name = doc["name"]
    out, faults = {}, []
    for form in PDF_FORMS:
        pdf = made.get(form)
        if not pdf or not os.path.exists(pdf):
            continue
        diff = rp.check_words(doc, pdf)
        if diff:
            faults.append(f"{name} {form}: words differ: {' '.join(map(str, diff[:8]))}")
            continue
        if form in forms:
            out[form] = pdf
        for mode in PDFTOTEXT_FORMS:
            if mode not in forms:
                continue
            txt = os.path.join(d, f"{name}.{form}.{mode}.txt")
            flag = {"pdftotext": [], "pdftotext-layout": ["-layout"], "pdftotext-raw": ["-raw"]}[mode]
            subprocess.run(["pdftotext", *flag, "-enc", "UTF-8", pdf, txt], check=True)
            out[f"{mode}@{form}"] = txt
    if scan and "scan200" in forms and made.get("libreoffice"):
        o = os.path.join(d, f"{name}.scan200.pdf")
        try:
            rp.scan_pdf(made["libreoffice"], o, 200, seed=int(name.rsplit("-", 1)[-1]))
            out["scan200"] = o
        except Exception as e:
            faults.append(f"{name} scan200: {e}")
    return d, out, faults


def extract(planx, inputs, out_jsonl, timeout):
    p = subprocess.run([planx, "batch", "--files-from", "-", "--out", out_jsonl, "--quiet",
                        "--timeout", str(timeout)], input="\n".join(inputs) + "\n",
                       text=True, capture_output=True)
    if p.returncode != 0:
        print(p.stderr, file=sys.stderr)
    records = {}
    with open(out_jsonl, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            records[os.path.abspath(r["source"]["path"])] = r
    return records


def scorer(path):
    sys.path.insert(0, os.path.dirname(os.path.abspath(path)))
    import plan_score
    return plan_score


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=20)
    ap.add_argument("--force", action="append", default=[], metavar="OPTION=VALUE")
    ap.add_argument("--forms", default=",".join(ALL_FORMS))
    ap.add_argument("--out", default=None)
    ap.add_argument("--scan-every", type=int, default=10, help="scan every K-th document (0: none)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--worst", type=int, default=8)
    ap.add_argument("--json", default=None, help="write every document's scores here")
    ap.add_argument("--planx", default=os.path.join(REPO, "target", "release", "planx"))
    ap.add_argument("--scorer", default=os.path.join(os.path.dirname(REPO), "shared", "tools", "plan_score.py"))
    ap.add_argument("--timeout", type=int, default=900)
    ap.add_argument("--rescore", action="store_true",
                    help="reuse the documents and renderings of an earlier run in --out (another planx)")
    a = ap.parse_args()
    forms = [f for f in a.forms.split(",") if f]
    for f in forms:
        if f not in ALL_FORMS:
            raise SystemExit(f"unknown form {f!r}; forms: {', '.join(ALL_FORMS)}")
    force = dict(f.split("=", 1) for f in a.force)
    out = os.path.abspath(a.out or f"/tmp/plangen-{a.seed}-{a.count}")
    os.makedirs(out, exist_ok=True)
    if not os.path.exists(a.planx):
        subprocess.run(["cargo", "build", "--release", "--locked", "-p", "planx-cli"], cwd=REPO, check=True)
    ps = scorer(a.scorer)
    t0 = time.time()
    manifest = os.path.join(out, "inputs.json")
    if a.rescore:
        m = json.load(open(manifest, encoding="utf-8"))
        docs, inputs, faults = m["docs"], m["inputs"], m["faults"]
    else:
        docs, inputs, faults = render_all(a, forms, force, out, t0)
        with open(manifest, "w", encoding="utf-8") as f:
            json.dump({"docs": docs, "inputs": inputs, "faults": faults}, f, ensure_ascii=False)
    paths = [os.path.abspath(p) for d in docs for p in inputs[d].values()]
    records = extract(a.planx, paths, os.path.join(out, "records.jsonl"), a.timeout)
    print(f"extracted {len(paths)} inputs in {time.time() - t0:.0f} s", file=sys.stderr)

    rows = []
    for d in docs:
        golden = json.load(open(os.path.join(d, "golden.json"), encoding="utf-8"))
        for key, p in inputs[d].items():
            rec = records.get(os.path.abspath(p), {"kind": "error"})
            recall, precision, wrong, extra, total = ps.score(rec, golden)
            rows.append({"doc": os.path.basename(d), "form": key.split("@")[0], "input": p,
                         "recall": recall, "precision": precision, "fields": total,
                         "wrong": [w[0] for w in wrong], "extra": extra,
                         "detail": [(w[0], w[1], w[2]) for w in wrong[:6]],
                         "options": golden["generator"]["options"]})
    report(rows, forms, faults, a.worst)
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump({"seed": a.seed, "count": a.count, "force": force, "rows": rows, "faults": faults},
                      f, ensure_ascii=False)
    print(f"total {time.time() - t0:.0f} s", file=sys.stderr)
    return 0


def render_all(a, forms, force, out, t0):
    """Generate, render and check every document; returns docs, {doc: {form: path}}, faults."""
    docs = generate(a.seed, a.count, force, out)
    print(f"generated {len(docs)} documents in {out} ({time.time() - t0:.0f} s)", file=sys.stderr)

    made, faults = {}, []
    with Pool(a.jobs) as pool:
        for d, m, f in pool.imap_unordered(render_one, [(d, forms) for d in docs]):
            made[d] = m
            faults += f
    rp = render_pdf_module()
    if rp:
        render_batches(rp, docs, forms, made, faults)
    print(f"rendered in {time.time() - t0:.0f} s", file=sys.stderr)
    inputs = {}
    if rp:
        jobs = [(d, made[d], forms, a.scan_every and k % a.scan_every == 0) for k, d in enumerate(docs)]
        with Pool(a.jobs) as pool:
            for d, o, f in pool.imap_unordered(post_one, jobs):
                inputs[d] = {k: v for k, v in made[d].items() if k in DIRECT_FORMS}
                inputs[d].update(o)
                faults += f
    else:
        inputs = {d: {k: v for k, v in made[d].items() if k in DIRECT_FORMS} for d in docs}
    print(f"checked in {time.time() - t0:.0f} s", file=sys.stderr)

    return docs, inputs, faults


def stats(rs):
    n = len(rs)
    if not n:
        return None
    return (n, sum(r["recall"] for r in rs) / n, sum(r["precision"] for r in rs) / n,
            sum(1 for r in rs if r["recall"] == 1.0 and r["precision"] == 1.0) / n)


def report(rows, forms, faults, worst):
    present = [f for f in forms if any(r["form"] == f for r in rows)]
    by_form = defaultdict(list)
    for r in rows:
        by_form[r["form"]].append(r)
    print("## Per form: documents, mean recall, mean precision, share at 1.000\n")
    print(f"| form | docs | recall | precision | exact |")
    print("|---|---:|---:|---:|---:|")
    for f in present:
        n, rc, pr, ex = stats(by_form[f])
        print(f"| {f} | {n} | {rc:.4f} | {pr:.4f} | {ex:.2f} |")
    print("\n## Per option value x form: mean recall / mean precision / share at 1.000 (docs)\n")
    print("| option=value | " + " | ".join(present) + " |")
    print("|---|" + "---|" * len(present))
    for opt, values in model.OPTIONS.items():
        for v in values:
            cells = []
            for f in present:
                s = stats([r for r in by_form[f] if r["options"].get(opt) == v])
                cells.append("" if s is None else f"{s[1]:.3f}/{s[2]:.3f}/{s[3]:.2f} ({s[0]})")
            print(f"| {opt}={v} | " + " | ".join(cells) + " |")
    print(f"\n## Worst documents (lowest recall, {worst} per form)\n")
    for f in present:
        for r in sorted(by_form[f], key=lambda r: (r["recall"], r["precision"]))[:worst]:
            if r["recall"] == 1.0 and r["precision"] == 1.0:
                continue
            print(f"- {f} {r['doc']}: recall {r['recall']:.4f} precision {r['precision']:.4f} "
                  f"({len(r['wrong'])} wrong of {r['fields']}) {os.path.basename(r['input'])}")
            for path, g, o in r["detail"][:4]:
                print(f"    {path}: golden {short(g)} / output {short(o)}")
    if faults:
        print(f"\n## Renderings left out ({len(faults)}: renderer faults, not planx's)\n")
        for f in faults[:40]:
            print(f"- {f}")


def short(v, n=90):
    s = json.dumps(v, ensure_ascii=False)
    return s if len(s) <= n else s[: n - 1] + "…"


if __name__ == "__main__":
    sys.exit(main())
