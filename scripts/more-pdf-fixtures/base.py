#!/usr/bin/env python3
"""Make the born-digital PDF fixtures of issue 3 from the two plan fixtures.

usage: scripts/pdf-fixtures/make.py [--planx target/release/planx] [--out fixtures/pdf]

Each plan is read with planx, its corrections are undone (the PDFs must show
the text as printed, typos included), and it is laid out as the annex is: a
landscape A4 page, the heading, the abbreviation list and the overall goal,
then one ruled table whose header row repeats on every page, direction rows
spanning the columns, and the signature. Three producers make different PDF
internals:

- chromium --print-to-pdf (Type0/Identity-H CID TrueType fonts with ToUnicode),
- LibreOffice (soffice --headless --convert-to pdf) from the same HTML,
- reportlab with an embedded TrueType font, drawing every word with its own
  drawString call and the rulings as lines.

A producer that is not installed is skipped with a message. Needs: chromium,
libreoffice-writer-nogui, fonts-dejavu-core (Debian); reportlab (PyPI).
"""
import argparse
import copy
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
PLANS = {
    "approved-2016": "fixtures/plans/approved-2016.txt",
    "draft-2016-07": "fixtures/plans/draft-2016-07.txt",
}
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def as_printed(record):
    """The record with every correction undone (typos back in place)."""
    rec = copy.deepcopy(record)
    for c in rec.get("corrections", []):
        path = re.findall(r"([a-z_]+)(?:\[(\d+)\])?", c["path"])
        parent, key = None, None
        node = rec
        for name, index in path:
            parent, key = node, name
            node = node[name]
            if index:
                parent, key = node, int(index)
                node = node[int(index)]
        parent[key] = node.replace(c["to"], c["from"], 1)
    return rec


def responsible(entries):
    out = []
    for r in entries:
        inner = " ".join(x for x in (r.get("procurement"), r.get("note")) if x)
        out.append(f"{r['institution']} ({inner})" if inner else r["institution"])
    return " ".join(out)


def goals_text(direction, style):
    goals = direction["goals"]
    if len(goals) <= 1:
        return goals[0] if goals else ""
    fmt = "({}) {}" if style == "paren" else "{}) {}"
    return " ".join(fmt.format(i + 1, g) for i, g in enumerate(goals))


def columns(rec):
    has_fin = any(m["financer"] for m in rec["measures"])
    has_budget = any(m["budget"] for m in rec["measures"])
    return has_fin, has_budget


def rows(rec, numbered_directions=True):
    """Table rows as (kind, cells): kind 'direction' rows span after the label."""
    has_fin, has_budget = columns(rec)
    out = []
    by_dir = {}
    for m in rec["measures"]:
        by_dir.setdefault(m["direction"], []).append(m)
    for d in rec["directions"]:
        label = f"Rīcības virziens nr.{d['number']}" if numbered_directions else "Rīcības virziens"
        out.append(("direction", [label, d["title"] or ""]))
        out.append(("direction", ["Apraksts", d["description"] or ""]))
        style = "paren" if "(1)" in json.dumps(d, ensure_ascii=False) or d["number"] != 3 else "plain"
        out.append(("direction", ["Mērķis" if len(d["goals"]) == 1 else "Mērķi", goals_text(d, style)]))
        out.append(("direction", ["Mērķauditorija", d["audience"] or ""]))
        for m in by_dir.get(d["number"], []):
            cells = [f"Pasākums nr.{m['id']}.", m["title"] + (":" if not m["responsible"] and not m["period"] else ""),
                     responsible(m["responsible"])]
            if has_fin:
                cells.append(", ".join(m["financer"]))
            cells.append(m["period"]["text"] if m["period"] else "")
            if has_budget:
                cells.append(m["budget"]["text"] if m["budget"] else "")
            cells.append(", ".join(m["partners"]))
            out.append(("measure", cells))
    return out


def header(rec):
    has_fin, has_budget = columns(rec)
    top = ["Pasākuma nosaukums:", "Atbildīgā institūcija (iepirkuma veicējs)"]
    if has_fin:
        top = ["Pasākuma nosaukums:", "Atbildīgā institūcija"]
    top.append("Indikatīvais īstenošanas laiks")
    if has_budget:
        top.append("Indikatīvais finansējums, EUR")
    top.append("Iesaistāmās institūcijas un personas")
    return top, has_fin


def abbreviations(rec):
    return "Saīsinājumi: " + ", ".join(f"{a['abbr']} - {a['expansion']}" for a in rec["abbreviations"]) + "."


def to_html(rec):
    top, has_fin = header(rec)
    ncols = len(top) + (2 if has_fin else 1)  # label + name columns, responsible split
    e = html.escape
    parts = [
        "<!DOCTYPE html><html lang='lv'><head><meta charset='utf-8'><style>",
        "@page{size:29.7cm 21cm;margin:12mm}body{font-family:'DejaVu Sans',sans-serif;font-size:8.5pt}",
        "table{border-collapse:collapse;width:100%}td,th{border:0.6pt solid #000;padding:2pt 3pt;vertical-align:top}",
        "thead{display:table-header-group}tr{page-break-inside:avoid}.annex{text-align:right}",
        "</style></head><body>",
    ]
    if rec.get("annex_to"):
        parts.append(f"<p align='right' class='annex'>{e(rec['annex_to'])}</p>")
    parts.append(f"<h3>{e(rec['title'])}</h3><p>{e(abbreviations(rec))}</p>")
    # border/cellpadding attributes as well as CSS: LibreOffice's HTML import
    # draws rulings only from the attributes.
    parts.append(f"<p>Virsmērķis: {e(rec['overall_goal'])}:</p><table border='1' cellspacing='0' cellpadding='3'><thead>")
    if has_fin:
        parts.append("<tr><th colspan='2' rowspan='2'>Pasākuma nosaukums:</th><th colspan='2'>Atbildīgā institūcija</th>"
                     f"<th rowspan='2'>{e(top[2])}</th><th rowspan='2'>{e(top[3])}</th></tr>"
                     "<tr><th>iepirkuma veicējs</th><th>finansētājs</th></tr>")
    else:
        parts.append("<tr><th colspan='2'>" + "</th><th>".join(e(t) for t in top) + "</th></tr>")
    parts.append("</thead><tbody>")
    for kind, cells in rows(rec):
        if kind == "direction":
            parts.append(f"<tr><td>{e(cells[0])}</td><td colspan='{ncols - 1}'>{e(cells[1])}</td></tr>")
        else:
            parts.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in cells) + "</tr>")
    parts.append("</tbody></table>")
    sig = rec.get("signatory") or {}
    parts.append(f"<p>{e(sig.get('position') or '')}</p><p>{e(sig.get('name') or '')}</p></body></html>")
    return "".join(parts)


def chromium(html_path, pdf_path):
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if not exe:
        return "chromium not installed"
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        f"--user-data-dir={profile}", "--no-pdf-header-footer",
                        f"--print-to-pdf={pdf_path}", "file://" + html_path],
                       check=True, capture_output=True, timeout=120)
    return None


def libreoffice(html_path, pdf_path):
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        return "libreoffice not installed"
    with tempfile.TemporaryDirectory() as out, tempfile.TemporaryDirectory() as profile:
        # Imported as a Writer document (not Writer/Web), so the page style,
        # the repeated header row and the rulings are those of a real annex.
        subprocess.run([exe, f"-env:UserInstallation=file://{profile}", "--headless",
                        "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                        "--outdir", out, html_path],
                       check=True, capture_output=True, timeout=180)
        produced = os.path.join(out, os.path.splitext(os.path.basename(html_path))[0] + ".pdf")
        shutil.move(produced, pdf_path)
    return None


def reportlab_pdf(rec, pdf_path):
    try:
        from reportlab.lib.pagesizes import A4, landscape
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas
    except ImportError:
        return "reportlab not installed"
    pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    size = 7.5
    lead = size * 1.25
    w, h = landscape(A4)
    margin = 30
    top, has_fin = header(rec)
    widths = [62, 250, 90] + ([55] if has_fin else []) + [60] + ([55] if not has_fin else []) + [0]
    widths[-1] = (w - 2 * margin) - sum(widths[:-1])
    c = canvas.Canvas(pdf_path, pagesize=(w, h))
    c.setFont("DejaVu", size)

    def wrap(text, width):
        lines, cur = [], ""
        for word in text.split():
            trial = (cur + " " + word).strip()
            if pdfmetrics.stringWidth(trial, "DejaVu", size) <= width - 6 or not cur:
                cur = trial
            else:
                lines.append(cur)
                cur = word
        if cur:
            lines.append(cur)
        return lines or [""]

    def words(x, y, line):
        for word in line.split():
            c.drawString(x, y, word)
            x += pdfmetrics.stringWidth(word + " ", "DejaVu", size)

    def row(y, cells, spans):
        xs, x = [], margin
        for span in spans:
            xs.append((x, sum(widths[span[0]:span[1]])))
            x += sum(widths[span[0]:span[1]])
        wrapped = [wrap(t, wd) for t, (_, wd) in zip(cells, xs)]
        height = max(len(l) for l in wrapped) * lead + 4
        if y - height < margin:
            return None
        for (x0, wd), lines in zip(xs, wrapped):
            c.rect(x0, y - height, wd, height)
            for k, line in enumerate(lines):
                words(x0 + 3, y - (k + 1) * lead, line)
        return y - height

    def head(y):
        labels = ["Pasākuma nosaukums:", "", "Atbildīgā institūcija (iepirkuma veicējs)" if not has_fin else "iepirkuma veicējs"]
        if has_fin:
            labels += ["finansētājs"]
        labels += top[2:]
        return row(y, [labels[0]] + labels[2:], [(0, 2)] + [(i, i + 1) for i in range(2, len(widths))])

    y = h - margin
    for line in ([rec["annex_to"]] if rec.get("annex_to") else []) + [rec["title"]]:
        words(margin, y, line)
        y -= lead * 1.5
    for para in (abbreviations(rec), f"Virsmērķis: {rec['overall_goal']}:"):
        for line in wrap(para, w - 2 * margin):
            words(margin, y, line)
            y -= lead
    y -= lead
    y = head(y)
    for kind, cells in rows(rec):
        spans = [(0, 1), (1, len(widths))] if kind == "direction" else [(i, i + 1) for i in range(len(widths))]
        ny = row(y, cells, spans)
        if ny is None:
            c.showPage()
            c.setFont("DejaVu", size)
            y = head(h - margin)
            ny = row(y, cells, spans)
        y = ny
    sig = rec.get("signatory") or {}
    for line in (sig.get("position"), sig.get("name")):
        y -= lead * 1.5
        if y < margin:
            c.showPage()
            c.setFont("DejaVu", size)
            y = h - margin
        words(margin, y, line or "")
    c.save()
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--planx", default=os.path.join(ROOT, "target/release/planx"))
    ap.add_argument("--out", default=os.path.join(ROOT, "fixtures/pdf"))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, rel in PLANS.items():
            rec = json.loads(subprocess.run([args.planx, "extract", os.path.join(ROOT, rel)],
                                            check=True, capture_output=True).stdout)
            rec = as_printed(rec)
            html_path = os.path.join(tmp, f"{name}.html")
            with open(html_path, "w", encoding="utf-8") as f:
                f.write(to_html(rec))
            for producer, make in (("chromium", lambda p: chromium(html_path, p)),
                                   ("libreoffice", lambda p: libreoffice(html_path, p)),
                                   ("reportlab", lambda p: reportlab_pdf(rec, p))):
                pdf = os.path.join(args.out, f"{name}-{producer}.pdf")
                why = make(pdf)
                print(f"{pdf}: {'skipped, ' + why if why else 'made'}", file=sys.stderr)


if __name__ == "__main__":
    main()
