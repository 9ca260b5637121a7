#!/usr/bin/env python3
"""Unseen PDF renderings of approved-2016 and draft-2016-07 for planx.

usage: python3 make_unseen.py [only-name-substring ...]

Content comes from the plan text fixtures read with ./planx (corrections undone),
using the row model of ../pdf-fixtures/make.py.
Writes pdf/<plan>-<variant>.pdf beside this script (HTML sources to html/); needs a
planx binary beside it (cp target/release/planx .), chromium, soffice, reportlab,
matplotlib, pikepdf, pymupdf, wkhtmltopdf.
"""
import html
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pdf-fixtures"))
import make as base  # the row model of the first fixtures

HERE = os.path.dirname(os.path.abspath(__file__))
PDF = os.path.join(HERE, "pdf")
HTMLDIR = os.path.join(HERE, "html")
PLANS = {
    "approved-2016": "/work/main/fixtures/plans/approved-2016.txt",
    "draft-2016-07": "/work/main/fixtures/plans/draft-2016-07.txt",
}
E = html.escape


def load(name):
    out = subprocess.run([os.path.join(HERE, "planx"), "extract", PLANS[name]],
                         check=True, capture_output=True).stdout
    return base.as_printed(json.loads(out))


# ---------------------------------------------------------------- HTML variants

def html_doc(rec, css, table_attrs="", th_attrs="", td_attrs="", thead=True):
    top, has_fin = base.header(rec)
    ncols = len(top) + (2 if has_fin else 1)
    parts = ["<!DOCTYPE html><html lang='lv'><head><meta charset='utf-8'><style>", css, "</style></head><body>"]
    if rec.get("annex_to"):
        parts.append(f"<p align='right' class='annex'>{E(rec['annex_to'])}</p>")
    parts.append(f"<h3>{E(rec['title'])}</h3><p>{E(base.abbreviations(rec))}</p>")
    parts.append(f"<p>Virsmērķis: {E(rec['overall_goal'])}:</p><table {table_attrs}>")
    parts.append("<thead>" if thead else "")
    if has_fin:
        parts.append(f"<tr><th {th_attrs} colspan='2' rowspan='2'>Pasākuma nosaukums:</th>"
                     f"<th {th_attrs} colspan='2'>Atbildīgā institūcija</th>"
                     f"<th {th_attrs} rowspan='2'>{E(top[2])}</th><th {th_attrs} rowspan='2'>{E(top[3])}</th></tr>"
                     f"<tr><th {th_attrs}>iepirkuma veicējs</th><th {th_attrs}>finansētājs</th></tr>")
    else:
        parts.append(f"<tr><th {th_attrs} colspan='2'>" + f"</th><th {th_attrs}>".join(E(t) for t in top) + "</th></tr>")
    parts.append("</thead><tbody>" if thead else "")
    for kind, cells in base.rows(rec):
        if kind == "direction":
            parts.append(f"<tr class='dir'><td {td_attrs}>{E(cells[0])}</td><td {td_attrs} colspan='{ncols - 1}'>{E(cells[1])}</td></tr>")
        else:
            parts.append("<tr>" + "".join(f"<td {td_attrs}>{E(c)}</td>" for c in cells) + "</tr>")
    parts.append("</tbody></table>" if thead else "</table>")
    sig = rec.get("signatory") or {}
    parts.append(f"<p>{E(sig.get('position') or '')}</p><p>{E(sig.get('name') or '')}</p></body></html>")
    return "".join(parts)


def lo_serif_portrait(rec):
    # 1a: LibreOffice, serif, portrait A4, no rulings, header centred, cells top-aligned
    css = ("@page{size:21cm 29.7cm;margin:15mm}"
           "body{font-family:'Liberation Serif','Times New Roman',serif;font-size:9pt}"
           "table{border-collapse:collapse;width:100%;border:none}"
           "th{text-align:center;vertical-align:middle;border:none;font-weight:bold}"
           "td{vertical-align:top;border:none}")
    return html_doc(rec, css, table_attrs="border='0' cellspacing='0' cellpadding='2' width='100%'",
                    th_attrs="align='center' valign='middle'", td_attrs="valign='top'")


def chromium_sans_landscape(rec):
    # 1b: Chromium, Liberation Sans, landscape, no rulings, valign top, thead repeated, padded rows
    css = ("@page{size:A4 landscape;margin:12mm}"
           "body{font-family:'Liberation Sans',sans-serif;font-size:8.5pt}"
           "table{border-collapse:separate;border-spacing:0;width:100%}"
           "thead{display:table-header-group}tr{page-break-inside:avoid}"
           "th,td{border:none;vertical-align:top;padding:6pt 4pt 6pt 4pt}"
           "th{text-align:left;font-weight:bold}.annex{text-align:right}")
    return html_doc(rec, css)


def chromium_booktabs(rec):
    # 1d: Chromium, only horizontal rules between rows (booktabs-like), Liberation Serif landscape
    css = ("@page{size:A4 landscape;margin:14mm}"
           "body{font-family:'Liberation Serif',serif;font-size:9pt}"
           "table{border-collapse:collapse;width:100%;border-top:1.2pt solid #000;border-bottom:1.2pt solid #000}"
           "thead{display:table-header-group}tr{page-break-inside:avoid}"
           "th,td{border:none;border-bottom:0.5pt solid #000;vertical-align:top;padding:3pt 5pt}"
           "thead tr:last-child th{border-bottom:0.9pt solid #000}"
           "th{text-align:left}.annex{text-align:right}")
    return html_doc(rec, css)


def chromium_print(html_path, pdf_path):
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        f"--user-data-dir={profile}", "--no-pdf-header-footer",
                        f"--print-to-pdf={pdf_path}", "file://" + html_path],
                       check=True, capture_output=True, timeout=180)


def lo_convert(html_path, pdf_path):
    with tempfile.TemporaryDirectory() as out, tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                        "--outdir", out, html_path], check=True, capture_output=True, timeout=240)
        shutil.move(os.path.join(out, os.path.splitext(os.path.basename(html_path))[0] + ".pdf"), pdf_path)


# ---------------------------------------------------------------- grid layout (reportlab / matplotlib)

class Grid:
    """Lays the plan out as positioned text lines; a renderer draws them.

    Emits pages of ops: ('text', x, y, s, align) with y the baseline from the page
    bottom, align 'l' or 'r' (x is the right edge for 'r'); ('line', x0, y0, x1, y1).
    """

    def __init__(self, rec, width_fn, size, page_w, page_h, margin, widths, right_cols=(), rules=False,
                 row_gap=4.0):
        self.rec, self.sw, self.size = rec, width_fn, size
        self.lead = size * 1.25
        self.W, self.H, self.m = page_w, page_h, margin
        self.widths = list(widths)
        self.widths[-1] = (page_w - 2 * margin) - sum(self.widths[:-1])
        self.right_cols, self.rules, self.gap = set(right_cols), rules, row_gap
        self.pages, self.ops = [], []

    def wrap(self, text, width):
        lines, cur = [], ""
        for word in (text or "").split():
            trial = (cur + " " + word).strip()
            if self.sw(trial) <= width - 6 or not cur:
                cur = trial
            else:
                lines.append(cur)
                cur = word
        if cur:
            lines.append(cur)
        return lines or [""]

    def newpage(self):
        self.pages.append(self.ops)
        self.ops = []

    def row(self, y, cells, spans, right=()):
        xs, x = [], self.m
        for a, b in spans:
            xs.append((x, sum(self.widths[a:b])))
            x += sum(self.widths[a:b])
        wrapped = [self.wrap(t, wd) for t, (_, wd) in zip(cells, xs)]
        height = max(len(l) for l in wrapped) * self.lead + self.gap
        if y - height < self.m:
            return None
        for i, ((x0, wd), lines) in enumerate(zip(xs, wrapped)):
            for k, line in enumerate(lines):
                by = y - self.gap / 2 - (k + 1) * self.lead + self.size * 0.25
                if i in right:
                    self.ops.append(("text", x0 + wd - 3, by, line, "r"))
                else:
                    self.ops.append(("text", x0 + 3, by, line, "l"))
            if self.rules:
                self.ops.append(("rect", x0, y - height, wd, height))
        return y - height

    def head(self, y):
        top, has_fin = base.header(self.rec)
        n = len(self.widths)
        if has_fin:
            labels = ["Pasākuma nosaukums:", "Atbildīgā institūcija", "Indikatīvais īstenošanas laiks",
                      "Iesaistāmās institūcijas un personas"]
            y1 = self.row(y, labels, [(0, 2), (2, 4), (4, 5), (5, 6)])
            return self.row(y1, ["", "iepirkuma veicējs", "finansētājs", "", ""],
                            [(0, 2), (2, 3), (3, 4), (4, 5), (5, 6)])
        return self.row(y, [top[0]] + top[1:], [(0, 2)] + [(i, i + 1) for i in range(2, n)])

    def layout(self):
        rec = self.rec
        y = self.H - self.m
        for line in ([rec["annex_to"]] if rec.get("annex_to") else []) + [rec["title"]]:
            self.ops.append(("text", self.m, y, line, "l"))
            y -= self.lead * 1.5
        for para in (base.abbreviations(rec), f"Virsmērķis: {rec['overall_goal']}:"):
            for line in self.wrap(para, self.W - 2 * self.m):
                self.ops.append(("text", self.m, y, line, "l"))
                y -= self.lead
        y -= self.lead
        y = self.head(y)
        n = len(self.widths)
        for kind, cells in base.rows(rec):
            spans = [(0, 1), (1, n)] if kind == "direction" else [(i, i + 1) for i in range(n)]
            right = () if kind == "direction" else self.right_cols
            ny = self.row(y, cells, spans, right)
            if ny is None:
                self.newpage()
                y = self.head(self.H - self.m)
                ny = self.row(y, cells, spans, right)
            y = ny
        sig = rec.get("signatory") or {}
        for line in (sig.get("position"), sig.get("name")):
            y -= self.lead * 1.5
            if y < self.m:
                self.newpage()
                y = self.H - self.m
            self.ops.append(("text", self.m, y, line or "", "l"))
        self.newpage()
        return self.pages


def reportlab_serif_lines(rec, pdf_path):
    # 1c: reportlab, LiberationSerif embedded, one drawString per cell line, no lines, budget right-aligned
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(TTFont("LibSerif", "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"))
    size = 8.5
    w, h = landscape(A4)
    _, has_fin = base.header(rec)
    widths = [70, 260, 95] + ([60] if has_fin else []) + [70] + ([70] if not has_fin else []) + [0]
    right = {4} if not has_fin else set()  # budget column (draft only: 0 label,1 name,2 resp,3 period,4 budget,5 partners)
    g = Grid(rec, lambda s: pdfmetrics.stringWidth(s, "LibSerif", size), size, w, h, 36, widths, right, rules=False,
             row_gap=5)
    c = canvas.Canvas(pdf_path, pagesize=(w, h))
    for ops in g.layout():
        c.setFont("LibSerif", size)
        for op in ops:
            if op[0] == "text":
                _, x, y, s, al = op
                (c.drawRightString if al == "r" else c.drawString)(x, y, s)
        c.showPage()
    c.save()


def matplotlib_type3(rec, pdf_path, ruled, fonttype=3, transparent=False):
    # 2: matplotlib, pdf.fonttype 3 (default), DejaVu Sans, fig.text per cell line, PdfPages
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.lines import Line2D
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    matplotlib.rcParams["pdf.fonttype"] = fonttype  # 3 for the test PDFs; 42 only in diag/
    matplotlib.rcParams["font.family"] = "DejaVu Sans"
    try:
        pdfmetrics.registerFont(TTFont("DejaVu", base.FONT))
    except Exception:
        pass
    size = 7.0
    w, h = 841.89, 595.28
    _, has_fin = base.header(rec)
    widths = [62, 250, 90] + ([55] if has_fin else []) + [60] + ([55] if not has_fin else []) + [0]
    g = Grid(rec, lambda s: pdfmetrics.stringWidth(s, "DejaVu", size), size, w, h, 30, widths, rules=ruled,
             row_gap=4)
    with PdfPages(pdf_path) as pdf:
        for ops in g.layout():
            fig = plt.figure(figsize=(w / 72, h / 72))
            for op in ops:
                if op[0] == "text":
                    _, x, y, s, al = op
                    fig.text(x / w, y / h, s, fontsize=size, ha="right" if al == "r" else "left", va="baseline")
                elif op[0] == "rect":
                    _, x0, y0, wd, ht = op
                    xs = [x0, x0 + wd, x0 + wd, x0, x0]
                    ys = [y0, y0, y0 + ht, y0 + ht, y0]
                    fig.add_artist(Line2D([v / w for v in xs], [v / h for v in ys], lw=0.5, color="black"))
            # default: matplotlib paints a white page-size rectangle under everything (figure patch)
            pdf.savefig(fig, facecolor="none") if transparent else pdf.savefig(fig)
            plt.close(fig)


# ---------------------------------------------------------------- 3: CropBox smaller than MediaBox

def cropbox_stamp(src, pdf_path):
    import pikepdf
    pdf = pikepdf.open(src)
    font = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                BaseFont=pikepdf.Name.Helvetica,
                                                Encoding=pikepdf.Name.WinAnsiEncoding))
    for i, page in enumerate(pdf.pages):
        x0, y0, x1, y1 = [float(v) for v in page.obj.MediaBox]
        page.obj.CropBox = pikepdf.Array([x0, y0, x1, y1])
        page.obj.MediaBox = pikepdf.Array([x0 - 72, y0 - 72, x1 + 72, y1 + 72])
        res = page.obj.Resources
        if "/Font" not in res:
            res.Font = pikepdf.Dictionary()
        res.Font.STAMPF = font
        mid = (y0 + y1) / 2
        stamp = (f"q BT /STAMPF 14 Tf 1 0 0 1 {x0 + 10} {y1 + 30} Tm (MELNRAKSTS 12345) Tj ET "
                 f"BT /STAMPF 9 Tf 1 0 0 1 {x0 - 66} {mid} Tm (MELNRAKSTS 12345) Tj ET "
                 f"BT /STAMPF 9 Tf 1 0 0 1 {x1 + 4} {mid - 40} Tm (Lapa {i + 1} MELNRAKSTS) Tj ET "
                 f"BT /STAMPF 10 Tf 1 0 0 1 {x0 + 200} {y0 - 40} Tm (MELNRAKSTS 12345 - nav apstiprinats) Tj ET Q")
        page.contents_add(pikepdf.Stream(pdf, stamp.encode("latin-1")), prepend=False)
    pdf.save(pdf_path)


# ---------------------------------------------------------------- 4: PyMuPDF Story (MuPDF) ruled table

def mupdf_story(rec, pdf_path):
    import fitz
    css = ("body{font-family:sans-serif;font-size:8pt}table{border-collapse:collapse;width:100%}"
           "td,th{border:0.6pt solid black;padding:2pt;vertical-align:top}")
    doc_html = html_doc(rec, "", table_attrs="", thead=True)
    story = fitz.Story(html=doc_html, user_css=css)
    writer = fitz.DocumentWriter(pdf_path)
    mediabox = fitz.paper_rect("a4-l")
    where = mediabox + (30, 30, -30, -30)
    more = True
    while more:
        dev = writer.begin_page(mediabox)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
    writer.close()


def wkhtml_ruled(rec):
    # 4: wkhtmltopdf (Qt WebKit), FreeSans, ruled table, landscape
    css = ("body{font-family:'FreeSans',sans-serif;font-size:9pt}"
           "table{border-collapse:collapse;width:100%}thead{display:table-header-group}"
           "tr{page-break-inside:avoid}th,td{border:0.75pt solid #000;padding:2pt 4pt;vertical-align:top}"
           ".annex{text-align:right}")
    return html_doc(rec, css)


def wkhtml_print(html_path, pdf_path):
    subprocess.run(["wkhtmltopdf", "--quiet", "-O", "Landscape", "-s", "A4", "--encoding", "utf-8",
                    "-T", "12mm", "-B", "12mm", "-L", "12mm", "-R", "12mm", "--enable-local-file-access",
                    html_path, pdf_path], check=True, capture_output=True, timeout=180)


def main():
    os.makedirs(PDF, exist_ok=True)
    os.makedirs(HTMLDIR, exist_ok=True)
    only = sys.argv[1:]
    for name in PLANS:
        rec = load(name)
        jobs = {
            "lo-serif-portrait-noborder": lambda p: (lambda hp: lo_convert(hp, p))(write(name, "lo-serif", lo_serif_portrait(rec))),
            "chromium-sans-landscape-noborder": lambda p: chromium_print(write(name, "cr-sans", chromium_sans_landscape(rec)), p),
            "reportlab-serif-lines-noborder": lambda p: reportlab_serif_lines(rec, p),
            "chromium-booktabs": lambda p: chromium_print(write(name, "cr-booktabs", chromium_booktabs(rec)), p),
            "matplotlib-type3-plain": lambda p: matplotlib_type3(rec, p, False),
            "matplotlib-type3-ruled": lambda p: matplotlib_type3(rec, p, True),
            "matplotlib-type3-nopatch": lambda p: matplotlib_type3(rec, p, False, transparent=True),
            "cropbox-stamp": lambda p: cropbox_stamp(f"/work/main/fixtures/pdf/{name}-libreoffice.pdf", p),
            "mupdf-story-ruled": lambda p: mupdf_story(rec, p),
            "wkhtmltopdf-ruled": lambda p: wkhtml_print(write(name, "wkhtml", wkhtml_ruled(rec)), p),
        }
        for variant, make in jobs.items():
            if only and not any(o in variant for o in only):
                continue
            out = os.path.join(PDF, f"{name}-{variant}.pdf")
            try:
                make(out)
                print(f"made {out}", file=sys.stderr)
            except Exception as e:  # keep going
                print(f"FAILED {out}: {e!r}", file=sys.stderr)


def write(name, tag, text):
    p = os.path.join(HTMLDIR, f"{name}-{tag}.html")
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)
    return p


if __name__ == "__main__":
    main()
