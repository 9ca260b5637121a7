#!/usr/bin/env python3
"""Paginated renderers for the printed document (doc.json, see DOCUMENT.md).

    python3 scripts/plangen/render_pdf.py [--scan] [--forms F,..] DOC.json [DOC.json ...] OUTDIR

writes, per document, OUTDIR/<name>.chromium-ruled.pdf, .chromium-unruled.pdf,
.libreoffice.pdf, .reportlab.pdf (and with --scan .scan200.pdf made from the
LibreOffice PDF), runs check_words on every text PDF, prints the result and
the seconds per form, and exits 1 if a check fails.

Forms:
  chromium-ruled    HTML table, Liberation Sans, 0.75px rules on every cell,
                    header rows in <thead> (repeated by Chromium), page
                    furniture in CSS @page margin boxes.
  chromium-unruled  the same HTML with no borders at all, DejaVu Sans
                    Condensed, cells padded 0.35em each side.
  libreoffice       a flat ODT (.fodt) written here, Liberation Serif, ruled,
                    table:table-header-rows, footer with text:page-number,
                    forced breaks as a new table part with fo:break-before.
  reportlab         canvas, laid out here: every word its own drawString,
                    DejaVu Sans, rules as lines.
  scanNNN           pdftoppm -gray, small rotation, noise, JPEG q60, img2pdf.

Every renderer prints each word exactly as the document gives it; nothing
is hyphenated, dropped or reordered.
"""
import fcntl
import html
import json
import os
import random
import re
import select
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
import zlib
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from xml.sax.saxutils import escape as xesc

FONTDIR = "/usr/share/fonts/truetype"
IM = shutil.which("magick") and ["magick"] or ["/usr/bin/convert"]
WS = re.compile(r"[ \t\n\r\f\v]+")         # ASCII white space only: NBSP stays inside a word
SIG_SPLIT = re.compile(r"\t| {2,}")        # "Valsts sekretārs  I.Alliks" -> position, name

# --no-pdf-header-footer is left out on purpose: with --remote-debugging-pipe
# it makes Chromium 156's renderer crash on navigation ("Render process
# gone"); Page.printToPDF(displayHeaderFooter=False) does the same job.
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run",
                  "--disable-extensions", "--mute-audio",
                  "--disable-default-apps", "--hide-scrollbars", "--disable-dev-shm-usage"]


# ---------------------------------------------------------------- common

def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def words(s):
    return [w for w in WS.split(s) if w]


def doc_words(doc):
    """Every word the document prints (blocks and cells), in reading order."""
    out = []
    for b in doc.get("before", []):
        for ln in b["lines"]:
            out += words(ln)
    t = doc["table"]
    for r in t["header"] + t["body"]:
        for c in r["cells"]:
            out += words(c["text"])
    for b in doc.get("after", []):
        for ln in b["lines"]:
            out += words(ln)
    return out


def page_label(form, p, n):
    if form == "N. lpp.":
        return f"{p}. lpp."
    if form == "N/M":
        return f"{p}/{n}"
    return str(p)


def furniture_words(doc, npages):
    """The words the paginated forms add: on every page the page number (as
    page_number_form) and the running footer, when the document asks."""
    fu = doc.get("furniture") or {}
    out = []
    for p in range(1, npages + 1):
        if fu.get("footer"):
            out += words(fu["footer"])
        if fu.get("page_numbers"):
            out += words(page_label(fu.get("page_number_form", "N"), p, npages))
    return out


def signatory_parts(block, line):
    """(position, name) when a signatory line holds both, else None."""
    if block.get("kind") != "signatory":
        return None
    parts = SIG_SPLIT.split(line.strip(), maxsplit=1)
    if len(parts) == 2 and parts[0] and parts[1].strip():
        return parts[0], parts[1].strip()
    return None


def body_parts(table):
    """The body split at rows with break_before: a list of row lists."""
    parts = [[]]
    for r in table["body"]:
        if r.get("break_before") and parts[-1]:
            parts.append([])
        parts[-1].append(r)
    return parts


def pdf_pages(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def pdf_text(pdf, layout=True):
    cmd = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [pdf, "-"]
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def header_words(doc, nbsp_as_space=False):
    out = []
    for r in doc["table"]["header"]:
        for c in r["cells"]:
            out += words(c["text"])
    if nbsp_as_space:
        out = [x for w in out for x in w.split("\u00a0") if x]
    return out


def _diff(want, got):
    diffs = []
    for w in sorted(set(want) | set(got)):
        a, b = want[w], got[w]
        if a > b:
            diffs.append(f"missing {w!r} x{a - b}")
        elif b > a:
            diffs.append(f"extra {w!r} x{b - a}")
    return diffs


def check_words(doc, pdf, layout=True, info=None, nbsp_as_space=False):
    """Differences between the words pdftotext reads from `pdf` and what the
    document prints — as a list of strings, empty when they agree as
    multisets. Expected: the document's words (doc_words), plus the page
    furniture (furniture_words: page numbers, running footer on every page),
    plus the header rows' words k more times when repeat_header is set (k
    repeats, 0 <= k < pages, the k that fits best; a partial header repeat
    does not fit any k and fails). A hyphenated, split, joined, ligatured or
    NBSP-changed word shows up as one missing and one extra word. `info`, a
    dict if given, receives pages, furniture (the words added) and
    header_repeats. pdftotext reads a NO-BREAK SPACE as a plain space in
    every form (poppler 22.12), so a document word holding one always
    fails; nbsp_as_space=True splits document words at NBSP instead."""
    n = pdf_pages(pdf)
    dw = doc_words(doc)
    if nbsp_as_space:
        dw = [x for w in dw for x in w.split("\u00a0") if x]
    base = Counter(dw) + Counter(furniture_words(doc, n))
    got = Counter(words(pdf_text(pdf, layout)))
    hdr = Counter(header_words(doc, nbsp_as_space))
    best = None
    ks = range(n) if doc["table"].get("repeat_header") and hdr else [0]
    for k in ks:
        want = base.copy()
        for w, c in hdr.items():
            want[w] += k * c
        d = _diff(want, got)
        if best is None or len(d) < len(best[1]):
            best = (k, d)
        if not d:
            break
    if info is not None:
        info.update(pages=n, furniture=furniture_words(doc, n), header_repeats=best[0])
    return best[1]


# ---------------------------------------------------------------- font metrics

_METRICS = {}


def _font(family, bold):
    """reportlab font name for a TTF family (registered on first use)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    files = {
        ("DejaVuSans", False): "dejavu/DejaVuSans.ttf",
        ("DejaVuSans", True): "dejavu/DejaVuSans-Bold.ttf",
        ("DejaVuSansCondensed", False): "dejavu/DejaVuSansCondensed.ttf",
        ("DejaVuSansCondensed", True): "dejavu/DejaVuSansCondensed-Bold.ttf",
        ("LiberationSerif", False): "liberation/LiberationSerif-Regular.ttf",
        ("LiberationSerif", True): "liberation/LiberationSerif-Bold.ttf",
        ("LiberationSans", False): "liberation/LiberationSans-Regular.ttf",
        ("LiberationSans", True): "liberation/LiberationSans-Bold.ttf",
    }
    name = family + ("-Bold" if bold else "")
    if name not in _METRICS:
        path = os.path.join(FONTDIR, files[(family, bold)])
        if not os.path.exists(path):      # Liberation Serif may be absent: fall back
            path = os.path.join(FONTDIR, files[("LiberationSans", bold)])
        pdfmetrics.registerFont(TTFont(name, path))
        _METRICS[name] = True
    return name


def text_width(s, family, bold, size):
    from reportlab.pdfbase import pdfmetrics
    return pdfmetrics.stringWidth(s, _font(family, bold), size)


SHORT_CELL = 12    # body cells of at most this many characters ("96 750,50", "2022–2024")


def fit_widths(table, total, family, size, pad):
    """Column widths (in points, summing to `total`) in the proportions of
    table["widths"], but never narrower than the longest word of a cell
    (spanned cells: of their columns together): LibreOffice breaks an
    over-long word inside a cell, and the reportlab form would overrun the
    rule. Where the page has room, short body cells (amounts, years) are
    kept on one line too, as Chromium's table layout does. If even the
    longest words do not fit in `total`, they are scaled down together (and
    some word will then overrun)."""
    n = table["ncols"]
    rel = list(table.get("widths") or [1] * n)
    rel = [max(float(x), 1e-6) for x in (rel + [1] * n)[:n]]

    def needs(short):
        need = [0.0] * n
        spanned = []
        for r in table["header"] + table["body"]:
            for c in r["cells"]:
                c0 = c["col"]
                cs = max(1, min(c.get("colspan", 1), n - c0))
                bold = bool(c.get("bold"))
                wd = max([text_width(w, family, bold, size) for w in words(c["text"])] + [0.0])
                txt = " ".join(words(c["text"]))
                if short and r.get("kind") != "header" and "\n" not in c["text"] and len(txt) <= SHORT_CELL:
                    wd = max(wd, text_width(txt, family, bold, size))
                wd += 2 * pad + 1.5
                if cs == 1:
                    need[c0] = max(need[c0], wd)
                else:
                    spanned.append((c0, cs, wd))
        for c0, cs, wd in sorted(spanned, key=lambda x: x[1]):
            have = sum(need[c0:c0 + cs])
            if wd > have:
                for k in range(c0, c0 + cs):
                    need[k] += (wd - have) / cs
        return need
    need, soft = needs(False), needs(True)
    for i in sorted(range(n), key=lambda i: soft[i] - need[i]):     # cheapest first, while room
        if soft[i] > need[i] and sum(need) + soft[i] - need[i] <= 0.9 * total:
            need[i] = soft[i]
    if sum(need) >= total:
        return [x * total / sum(need) for x in need]
    return _water_fill(rel, need, total)


def table_fit(table, total, family, size, pad):
    """(font size, column widths) for a table: the body size, made smaller
    in 0.5 pt steps (down to 4 pt: only a table with many columns of long
    words on a portrait page needs that) while its longest words would not
    fit."""
    while True:
        w = fit_widths(table, total, family, size, pad)
        if size <= 4 or _fits(table, w, family, size, pad):
            return size, w
        size -= 0.5


def _fits(table, w, family, size, pad):
    n = table["ncols"]
    for r in table["header"] + table["body"]:
        for c in r["cells"]:
            c0 = c["col"]
            cw = sum(w[c0:c0 + max(1, c.get("colspan", 1))])
            for wd in words(c["text"]):
                if text_width(wd, family, bool(c.get("bold")), size) + 2 * pad + 1 > cw:
                    return False
    return True


def _water_fill(rel, need, total):
    n = len(rel)
    fixed = set()
    while True:
        free = total - sum(need[i] for i in fixed)
        rest = [i for i in range(n) if i not in fixed]
        rs = sum(rel[i] for i in rest)
        w = [need[i] if i in fixed else free * rel[i] / rs for i in range(n)]
        low = [i for i in rest if w[i] < need[i] - 1e-6]
        if not low:
            return w
        fixed.update(low)


# ---------------------------------------------------------------- HTML / Chromium

def _css_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\A ") + '"'



def _html_text(s):
    """Escaped text, every token that holds a hyphen, dash, slash or other
    mark in a nowrap span: Chromium breaks lines after "-", "–", "/" (UAX
    #14), which would split "e-pakalpojumi" or "2022–2024" in two words."""
    out, pos = [], 0
    for m in re.finditer(r"\S+", s):
        out.append(html.escape(s[pos:m.start()], quote=False))
        tok = m.group(0)
        if re.search(r"[^\w]", tok[:-1]):
            out.append(f'<span class="nw">{html.escape(tok, quote=False)}</span>')
        else:
            out.append(html.escape(tok, quote=False))
        pos = m.end()
    out.append(html.escape(s[pos:], quote=False))
    return "".join(out)


def _html_cell(c, tag="td"):
    attrs = []
    if c.get("colspan", 1) > 1:
        attrs.append(f'colspan="{c["colspan"]}"')
    if c.get("rowspan", 1) > 1:
        attrs.append(f'rowspan="{c["rowspan"]}"')
    cls = ["a" + c.get("align", "left")[0]]
    if c.get("bold"):
        cls.append("b")
    attrs.append(f'class="{" ".join(cls)}"')
    txt = "<br>".join(_html_text(x) for x in c["text"].split("\n"))
    return f"<{tag} {' '.join(attrs)}>{txt}</{tag}>"


def _html_row(r, brk=True):
    cls = "k-" + r.get("kind", "measure")
    if brk and r.get("break_before"):
        cls += " brk"
    return f'<tr class="{cls}">' + "".join(_html_cell(c) for c in r["cells"]) + "</tr>"


def _html_block(b):
    al = b.get("align", "left")
    cls = f'blk {b.get("kind", "para")} a{al[0]}' + (" b" if b.get("bold") else "")
    out, lines = [], []

    def flush():
        if lines:
            out.append(f'<p class="{cls}">' + "<br>".join(lines) + "</p>")
            lines.clear()
    for ln in b["lines"]:
        sp = signatory_parts(b, ln)
        if sp:
            flush()
            out.append(f'<div class="{cls} sig"><span>{_html_text(sp[0])}</span>'
                       f'<span>{_html_text(sp[1])}</span></div>')
        else:
            lines.append(_html_text(ln))
    flush()
    return "\n".join(out)


def html_of(doc, ruled=True):
    """One self-contained HTML page for Chromium's print-to-PDF."""
    t = doc["table"]
    fs = float(doc.get("font_pt", 9))
    land = doc.get("orientation", "landscape") == "landscape"
    fu = doc.get("furniture") or {}
    if ruled:
        font = "'Liberation Sans', Arial, sans-serif"
        cell = "border: 0.75px solid #000; padding: 1.5pt 3pt;"
    else:
        font = "'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif"
        cell = "border: none; padding: 1.5pt 0.35em 2.5pt 0.35em;"
    # the table's own size: smaller than the body when its longest words
    # would not fit across the page (Chromium would run the table off the page)
    tw = ((297 if land else 210) - 26) / 25.4 * 72
    fam = "LiberationSans" if ruled else "DejaVuSansCondensed"
    tfs, _ = table_fit(t, tw, fam, fs, 3.0 if ruled else 0.35 * fs)
    boxes = []
    mfont = f"font-family: {font}; font-size: {max(6.0, fs - 1)}pt;"
    if fu.get("page_numbers"):
        form = fu.get("page_number_form", "N")
        content = {"N": "counter(page)", "N. lpp.": 'counter(page) ". lpp."',
                   "N/M": 'counter(page) "/" counter(pages)'}.get(form, "counter(page)")
        boxes.append(f"@bottom-center {{ content: {content}; {mfont} }}")
    if fu.get("footer"):
        boxes.append(f"@bottom-left {{ content: {_css_str(fu['footer'])}; {mfont} "
                     "text-align: left; white-space: nowrap; }")
    css = f"""
@page {{ size: A4 {'landscape' if land else 'portrait'}; margin: 14mm 12mm 16mm 14mm; {' '.join(boxes)} }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: {font}; font-size: {fs}pt; line-height: 1.2; color: #000;
       font-variant-ligatures: none; font-feature-settings: "liga" 0, "clig" 0, "dlig" 0;
       hyphens: manual; -webkit-hyphens: manual; overflow-wrap: normal; word-break: normal;
       -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
.blk {{ margin: 0 0 0.5em 0; }}
.blk.title {{ font-size: {fs + 2}pt; margin: 0.8em 0 0.8em 0; }}
.blk.heading {{ margin: 0.6em 0 0.4em 0; }}
.blk.signatory {{ margin-top: 1.5em; }}
.sig {{ display: flex; justify-content: space-between; gap: 2em; }}
.al {{ text-align: left; }} .ac {{ text-align: center; }} .ar {{ text-align: right; }}
.b {{ font-weight: bold; }}
.nw {{ white-space: nowrap; }}
table.plan {{ border-collapse: collapse; width: 100%; margin: 0.3em 0 1em 0; font-size: {tfs}pt; }}
table.plan td {{ {cell} vertical-align: top; font-weight: normal; }}
table.plan td.b {{ font-weight: bold; }}
.nw {{ white-space: nowrap; }}
table.plan thead td, table.plan tbody.hd td {{ vertical-align: middle; {'background: #e6e6e6;' if ruled else ''} }}
table.plan tr {{ break-inside: {'auto' if t.get('split_rows') else 'avoid'}; }}
table.plan tr.brk {{ break-before: page; }}
thead {{ display: table-header-group; }}
"""
    o = ["<!DOCTYPE html>", '<html lang="lv"><head><meta charset="utf-8">',
         f"<title>{html.escape(doc.get('name', 'plan'))}</title>", f"<style>{css}</style>", "</head><body>"]
    for b in doc.get("before", []):
        o.append(_html_block(b))
    tot = sum(t["widths"]) or 1
    o.append('<table class="plan"><colgroup>' +
             "".join(f'<col style="width:{100 * w / tot:.3f}%">' for w in t["widths"]) + "</colgroup>")
    hdr = "".join(_html_row(r) for r in t["header"])
    if t.get("repeat_header"):
        o.append(f"<thead>{hdr}</thead>")
    elif hdr:
        o.append(f'<tbody class="hd">{hdr}</tbody>')
    o.append("<tbody>")
    # a break before the first body row is ignored, as in every other form
    o += [_html_row(r, brk=i > 0) for i, r in enumerate(t["body"])]
    o.append("</tbody></table>")
    for b in doc.get("after", []):
        o.append(_html_block(b))
    o.append("</body></html>")
    return "\n".join(o)


def chromium_pdf(doc, out_pdf, ruled=True):
    """Print the document with headless Chromium (one browser start)."""
    chromium_many([(doc, out_pdf, ruled)])


def chromium_many(items, timeout=300):
    """items: (doc, out_pdf, ruled) triples. One Chromium process prints them
    all, driven over --remote-debugging-pipe (Page.printToPDF with the CSS
    page size), which saves the ~1 s browser start per document."""
    import base64
    items = list(items)
    if not items:
        return
    work = tempfile.mkdtemp(prefix="plangen-chr-")
    try:
        srcs = []
        for i, (doc, out_pdf, ruled) in enumerate(items):
            p = os.path.join(work, f"d{i}.html")
            with open(p, "w", encoding="utf-8") as f:
                f.write(html_of(doc, ruled))
            srcs.append(p)
        r3, w3 = os.pipe()    # we write commands -> chromium reads fd 3
        r4, w4 = os.pipe()    # chromium writes fd 4 -> we read
        prof = os.path.join(work, "profile")
        args = " ".join(shlex.quote(a) for a in ["chromium"] + CHROMIUM_FLAGS + [
            f"--user-data-dir={prof}", "--remote-debugging-pipe", "about:blank"])
        # the pipe must sit on fds 3 and 4 of chromium: let bash move it there
        a, b = fcntl.fcntl(r3, fcntl.F_DUPFD, 10), fcntl.fcntl(w4, fcntl.F_DUPFD, 10)
        os.close(r3)
        os.close(w4)
        proc = subprocess.Popen(["bash", "-c", f"exec {args} 3<&{a} 4>&{b} {a}<&- {b}>&-"],
                                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, pass_fds=(a, b))
        os.close(a)
        os.close(b)
        wf = os.fdopen(w3, "wb", buffering=0)
        rf = os.fdopen(r4, "rb", buffering=0)
        buf = bytearray()
        ids = [0]
        deadline = time.time() + timeout

        def send(method, params=None, session=None):
            ids[0] += 1
            m = {"id": ids[0], "method": method, "params": params or {}}
            if session:
                m["sessionId"] = session
            if os.environ.get("PLANGEN_DEBUG"):
                print("chromium >>", m, file=sys.stderr)
            wf.write(json.dumps(m).encode() + b"\0")
            return ids[0]

        seen = []    # messages read but not yet wanted (events, other replies)

        def recv_until(pred):
            while True:
                while b"\0" in buf:
                    k = buf.index(b"\0")
                    seen.append(json.loads(bytes(buf[:k])))
                    del buf[:k + 1]
                for k, msg in enumerate(seen):
                    if msg.get("method") in ("Inspector.detached", "Target.detachedFromTarget",
                                             "Inspector.targetCrashed"):
                        raise RuntimeError(f"chromium: {msg}")
                    if pred(msg):
                        return seen.pop(k)
                left = deadline - time.time()
                if left <= 0 or not select.select([rf], [], [], left)[0]:
                    raise RuntimeError("chromium: timeout")
                chunk = rf.read(1 << 20)
                if os.environ.get("PLANGEN_DEBUG"):
                    print("chromium <<", chunk[:300], file=sys.stderr)
                if not chunk:
                    raise RuntimeError("chromium: pipe closed")
                buf.extend(chunk)

        def call(method, params=None, session=None):
            i = send(method, params, session)
            msg = recv_until(lambda m: m.get("id") == i)
            if "error" in msg:
                raise RuntimeError(f"chromium {method}: {msg['error']}")
            return msg.get("result", {})

        try:
            tid = call("Target.createTarget", {"url": "about:blank"})["targetId"]
            sid = call("Target.attachToTarget", {"targetId": tid, "flatten": True})["sessionId"]
            call("Page.enable", session=sid)
            for (doc, out_pdf, ruled), src in zip(items, srcs):
                seen.clear()
                call("Page.navigate", {"url": "file://" + src}, session=sid)
                recv_until(lambda m: m.get("method") == "Page.loadEventFired" and m.get("sessionId") == sid)
                seen.clear()
                res = call("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True,
                                               "displayHeaderFooter": False, "scale": 1,
                                               "marginTop": 0, "marginBottom": 0,
                                               "marginLeft": 0, "marginRight": 0,
                                               "generateTaggedPDF": False}, session=sid)
                os.makedirs(os.path.dirname(os.path.abspath(out_pdf)), exist_ok=True)
                with open(out_pdf, "wb") as f:
                    f.write(base64.b64decode(res["data"]))
            try:
                send("Browser.close")
            except OSError:
                pass
        finally:
            wf.close()
            rf.close()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    finally:
        shutil.rmtree(work, ignore_errors=True)


# ---------------------------------------------------------------- LibreOffice (flat ODT)

LO_FAMILY = "LiberationSerif"
LO_FONT = "Liberation Serif"
LO_PAD_PT = 2.8    # 0.1 cm


INNER_MARK = re.compile(r"(?<=\S)([^\w\s])(?=\S)")
WJ = "\u2060"


def _odf_text(s):
    """Escaped ODF paragraph content: runs of spaces as text:s, tabs as
    text:tab, "\n" as text:line-break. A WORD JOINER goes on both sides of
    every mark inside a token ("e-pakalpojumi", "2022–2024", "ta/id"): Writer
    would otherwise break the line there. Writer's PDF export leaves the
    joiner out of the text, so pdftotext reads the token as given."""
    s = INNER_MARK.sub(WJ + r"\1" + WJ, s)
    out = []
    for i, ln in enumerate(s.split("\n")):
        if i:
            out.append("<text:line-break/>")
        for j, seg in enumerate(ln.split("\t")):
            if j:
                out.append("<text:tab/>")
            seg = xesc(seg)
            seg = re.sub(r"^ ", "<text:s/>", seg)
            seg = re.sub(r"  +", lambda m: " " + f'<text:s text:c="{len(m.group(0)) - 1}"/>', seg)
            out.append(seg)
    return "".join(out)


def fodt_of(doc):
    """A flat ODT for LibreOffice: ruled table, header rows as
    table:table-header-rows (repeated by Writer), forced breaks as new table
    parts with fo:break-before="page", footer with the page number."""
    t = doc["table"]
    n = t["ncols"]
    fs = float(doc.get("font_pt", 9))
    land = doc.get("orientation", "landscape") == "landscape"
    pw, ph = (29.7, 21.0) if land else (21.0, 29.7)
    ml, mr, mt, mb = 1.8, 1.5, 1.5, 1.2
    text_w_cm = pw - ml - mr
    tfs, colw = table_fit(t, text_w_cm / 2.54 * 72, LO_FAMILY, fs, LO_PAD_PT)
    tsize = f'<style:text-properties fo:font-size="{tfs}pt"/>' if tfs != fs else ""
    fu = doc.get("furniture") or {}
    keep = "auto" if t.get("split_rows") else "always"

    S = []   # automatic styles
    S.append(f'''<style:page-layout style:name="pm1">
<style:page-layout-properties fo:page-width="{pw}cm" fo:page-height="{ph}cm" style:print-orientation="{'landscape' if land else 'portrait'}" fo:margin-top="{mt}cm" fo:margin-bottom="{mb}cm" fo:margin-left="{ml}cm" fo:margin-right="{mr}cm"/>
<style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.25cm"/></style:footer-style>
</style:page-layout>''')
    for nm, brk in (("Tbl", ""), ("TblB", ' fo:break-before="page"')):
        S.append(f'<style:style style:name="{nm}" style:family="table"><style:table-properties '
                 f'style:width="{text_w_cm:.3f}cm" table:align="margins" style:may-break-between-rows="true"'
                 f' fo:margin-top="0.1cm" fo:margin-bottom="0.3cm"{brk}/></style:style>')
    for i, w in enumerate(colw):
        S.append(f'<style:style style:name="Col{i}" style:family="table-column">'
                 f'<style:table-column-properties style:column-width="{w / 72 * 2.54:.4f}cm"/></style:style>')
    S.append(f'<style:style style:name="Row" style:family="table-row"><style:table-row-properties '
             f'fo:keep-together="{keep}"/></style:style>')
    for nm, va, bg in (("CellH", "middle", ' fo:background-color="#e6e6e6"'), ("Cell", "top", "")):
        S.append(f'<style:style style:name="{nm}" style:family="table-cell"><style:table-cell-properties '
                 f'fo:border="0.5pt solid #000000" fo:padding="{LO_PAD_PT}pt" style:vertical-align="{va}"{bg}/>'
                 f'</style:style>')
    for al in ("left", "center", "right"):
        lo_al = {"left": "start", "center": "center", "right": "end"}[al]
        for b in (False, True):
            nm = f"P{al[0]}{'b' if b else ''}"
            S.append(f'<style:style style:name="{nm}" style:family="paragraph" style:parent-style-name="Standard">'
                     f'<style:paragraph-properties fo:text-align="{lo_al}" fo:margin-top="0cm" fo:margin-bottom="0cm"/>'
                     + (f'<style:text-properties fo:font-size="{tfs}pt" fo:font-weight="bold" '
                        'style:font-weight-complex="bold"/>' if b else tsize)
                     + "</style:style>")
            nm2 = "B" + nm[1:]
            S.append(f'<style:style style:name="{nm2}" style:family="paragraph" style:parent-style-name="Standard">'
                     f'<style:paragraph-properties fo:text-align="{lo_al}" fo:margin-top="0cm" fo:margin-bottom="0.18cm"/>'
                     + ('<style:text-properties fo:font-weight="bold" style:font-weight-complex="bold"/>' if b else "")
                     + "</style:style>")
    S.append(f'<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">'
             f'<style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.3cm"/>'
             f'<style:text-properties fo:font-size="{fs + 2}pt"/></style:style>')
    S.append(f'<style:style style:name="Sig" style:family="paragraph" style:parent-style-name="Standard">'
             f'<style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.18cm"><style:tab-stops>'
             f'<style:tab-stop style:position="{text_w_cm - 0.01:.3f}cm" style:type="right"/></style:tab-stops>'
             f'</style:paragraph-properties></style:style>')
    S.append('<style:style style:name="Ftr" style:family="paragraph" style:parent-style-name="Standard">'
             f'<style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="{max(6.0, fs - 1)}pt"/></style:style>')
    S.append('<style:style style:name="FtrL" style:family="paragraph" style:parent-style-name="Standard">'
             f'<style:paragraph-properties fo:text-align="start"/><style:text-properties fo:font-size="{max(6.0, fs - 1)}pt"/></style:style>')
    S.append('<style:style style:name="TB" style:family="text"><style:text-properties fo:font-weight="bold" '
             'style:font-weight-complex="bold"/></style:style>')

    def block(b):
        """A block's forced lines as line breaks in one paragraph (as the
        HTML's <br>); a signatory line with position and name is its own
        paragraph with the name at a right tab stop."""
        out, lines = [], []
        st = "Title" if b.get("kind") == "title" else "B" + b.get("align", "left")[0] + ("b" if b.get("bold") else "")

        def para(style, inner):
            if b.get("bold") and style in ("Title", "Sig"):
                inner = f'<text:span text:style-name="TB">{inner}</text:span>'
            out.append(f'<text:p text:style-name="{style}">{inner}</text:p>')

        def flush():
            if lines:
                para(st, "<text:line-break/>".join(lines))
                lines.clear()
        for ln in b["lines"]:
            sp = signatory_parts(b, ln)
            if sp:
                flush()
                para("Sig", _odf_text(sp[0]) + "<text:tab/>" + _odf_text(sp[1]))
            else:
                lines.append(_odf_text(ln))
        flush()
        return "\n".join(out)

    def rows_xml(rows, cell_style, pending):
        """pending: {col: rows still covered} from rowspans above (mutated)."""
        out = []
        for r in rows:
            by_col = {c["col"]: c for c in r["cells"]}
            x = ['<table:table-row table:style-name="Row">']
            col = 0
            while col < n:
                if pending.get(col, 0) > 0:
                    pending[col] -= 1
                    x.append("<table:covered-table-cell/>")
                    col += 1
                    continue
                c = by_col.get(col)
                if c is None:
                    x.append(f'<table:table-cell table:style-name="{cell_style}" office:value-type="string">'
                             '<text:p text:style-name="Pl"/></table:table-cell>')
                    col += 1
                    continue
                cs = max(1, min(c.get("colspan", 1), n - col))
                rs = max(1, c.get("rowspan", 1))
                att = ""
                if cs > 1:
                    att += f' table:number-columns-spanned="{cs}"'
                if rs > 1:
                    att += f' table:number-rows-spanned="{rs}"'
                    for k in range(col, col + cs):
                        pending[k] = rs - 1
                st = f"P{c.get('align', 'left')[0]}{'b' if c.get('bold') else ''}"
                x.append(f'<table:table-cell table:style-name="{cell_style}" office:value-type="string"{att}>'
                         f'<text:p text:style-name="{st}">{_odf_text(c["text"])}</text:p></table:table-cell>')
                x += ["<table:covered-table-cell/>"] * (cs - 1)
                col += cs
            x.append("</table:table-row>")
            out.append("".join(x))
        return "\n".join(out)

    body = []
    for b in doc.get("before", []):
        body.append(block(b))
    cols = "".join(f'<table:table-column table:style-name="Col{i}"/>' for i in range(n))
    for k, part in enumerate(body_parts(t)):
        x = [f'<table:table table:name="Plan{k + 1}" table:style-name="{"TblB" if k else "Tbl"}">', cols]
        if t.get("repeat_header") and t["header"]:
            x.append("<table:table-header-rows>" + rows_xml(t["header"], "CellH", {}) + "</table:table-header-rows>")
        elif k == 0:
            x.append(rows_xml(t["header"], "CellH", {}))
        x.append(rows_xml(part, "Cell", {}))
        x.append("</table:table>")
        body.append("\n".join(x))
    for b in doc.get("after", []):
        body.append(block(b))

    footer = []
    if fu.get("footer"):
        footer.append(f'<text:p text:style-name="FtrL">{_odf_text(fu["footer"])}</text:p>')
    if fu.get("page_numbers"):
        form = fu.get("page_number_form", "N")
        num = '<text:page-number text:select-page="current">1</text:page-number>'
        pn = {"N": num, "N. lpp.": num + ". lpp.", "N/M": num + "/<text:page-count>1</text:page-count>"}.get(form, num)
        footer.append(f'<text:p text:style-name="Ftr">{pn}</text:p>')
    master = ('<style:master-page style:name="Standard" style:page-layout-name="pm1">'
              + (f"<style:footer>{''.join(footer)}</style:footer>" if footer else "") + "</style:master-page>")
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{xesc(doc.get("name", "plan"))}</dc:title></office:meta>
<office:font-face-decls>
<style:font-face style:name="{LO_FONT}" svg:font-family="&apos;{LO_FONT}&apos;" style:font-family-generic="roman" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph">
<style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="lr-tb"/>
<style:text-properties style:font-name="{LO_FONT}" fo:font-size="{fs}pt" fo:language="lv" fo:country="LV" fo:hyphenate="false" style:font-kerning="false"/>
</style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text">
<style:text-properties style:font-name="{LO_FONT}" fo:font-size="{fs}pt" fo:hyphenate="false"/>
</style:style>
</office:styles>
<office:automatic-styles>
{chr(10).join(S)}
</office:automatic-styles>
<office:master-styles>{master}</office:master-styles>
<office:body><office:text>
{chr(10).join(body)}
</office:text></office:body></office:document>
'''


def libreoffice_pdf(doc, out_pdf):
    libreoffice_many([(doc, out_pdf)])


def libreoffice_many(pairs, timeout=1800, convert_to="pdf:writer_pdf_Export", ext="pdf"):
    """(doc, out_path) pairs: each document's flat ODT converted in ONE
    soffice call (fresh profile), to PDF or to what `convert_to` names."""
    pairs = list(pairs)
    if not pairs:
        return
    work = tempfile.mkdtemp(prefix="plangen-lo-")
    try:
        srcs = []
        for i, (doc, _) in enumerate(pairs):
            p = os.path.join(work, f"d{i:05d}.fodt")
            with open(p, "w", encoding="utf-8") as f:
                f.write(fodt_of(doc))
            srcs.append(p)
        outdir = os.path.join(work, "out")
        os.makedirs(outdir)
        cmd = ["soffice", "--headless", "--norestore", "--nolockcheck",
               f"-env:UserInstallation=file://{work}/profile",
               "--convert-to", convert_to, "--outdir", outdir] + srcs
        subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=timeout)
        missing = []
        for i, (doc, out_pdf) in enumerate(pairs):
            src = os.path.join(outdir, f"d{i:05d}.{ext}")
            if not os.path.exists(src):
                missing.append(out_pdf)
                continue
            os.makedirs(os.path.dirname(os.path.abspath(out_pdf)), exist_ok=True)
            shutil.move(src, out_pdf)
        if missing:
            raise RuntimeError(f"soffice made no {ext} for: " + ", ".join(missing))
    finally:
        shutil.rmtree(work, ignore_errors=True)


# ---------------------------------------------------------------- reportlab

RL_FAMILY = "DejaVuSans"


def _wrap(text, width, font, size):
    """Greedy wrap on spaces; never splits a word (an over-long word gets a
    line of its own and overflows). Returns lines as lists of words."""
    from reportlab.pdfbase import pdfmetrics
    sp = pdfmetrics.stringWidth(" ", font, size)
    lines = []
    for para in text.split("\n"):
        cur, cw = [], 0.0
        for w in words(para):
            ww = pdfmetrics.stringWidth(w, font, size)
            if cur and cw + sp + ww > width:
                lines.append(cur)
                cur, cw = [], 0.0
            cw = cw + sp + ww if cur else ww
            cur.append(w)
        lines.append(cur)
    return lines


class _RL:
    """Lays the document out into pages of drawing operations, then draws
    them (so "N/M" page numbers know M)."""

    def __init__(self, doc):
        from reportlab.pdfbase import pdfmetrics
        self.sw = pdfmetrics.stringWidth
        self.doc = doc
        self.t = doc["table"]
        self.bfs = float(doc.get("font_pt", 9))     # blocks and furniture
        self.pad = 3.0
        land = doc.get("orientation", "landscape") == "landscape"
        self.W, self.H = (841.89, 595.28) if land else (595.28, 841.89)
        self.ml, self.mr, self.mt, self.mb = 42.0, 36.0, 40.0, 48.0
        self.F, self.FB = _font(RL_FAMILY, False), _font(RL_FAMILY, True)
        self.tw = self.W - self.ml - self.mr
        self.fs, self.colw = table_fit(self.t, self.tw, RL_FAMILY, self.bfs, self.pad)   # the table
        self.lead = self.fs * 1.22
        self.colx = [self.ml + sum(self.colw[:i]) for i in range(self.t["ncols"] + 1)]
        self.pages = []
        self.new_page()

    # -- page and primitives
    def new_page(self):
        self.ops = []
        self.pages.append(self.ops)
        self.y = self.H - self.mt

    def word_line(self, ws, x0, width, y, font, size, align):
        if not ws:
            return
        sp = self.sw(" ", font, size)
        lw = sum(self.sw(w, font, size) for w in ws) + sp * (len(ws) - 1)
        x = x0 if align == "left" else (x0 + width - lw if align == "right" else x0 + (width - lw) / 2)
        x = max(x, x0) if lw <= width else x0
        for w in ws:
            self.ops.append(("w", x, y, w, font, size))
            x += self.sw(w, font, size) + sp

    # -- blocks
    def blocks(self, blocks):
        for b in blocks:
            size = self.bfs + (2 if b.get("kind") == "title" else 0)
            font = self.FB if b.get("bold") else self.F
            lead = size * 1.25
            gap_before = {"title": 0.6, "signatory": 1.4, "heading": 0.5}.get(b.get("kind"), 0) * lead
            self.y -= gap_before
            for ln in b["lines"]:
                sp = signatory_parts(b, ln)
                if sp:
                    a = words(sp[0])
                    z = words(sp[1])
                    wa = self.sw(" ".join(a), font, size)
                    wz = self.sw(" ".join(z), font, size)
                    if wa + wz + 2 * size <= self.tw:
                        self.need(lead)
                        self.y -= size
                        self.word_line(a, self.ml, self.tw, self.y, font, size, "left")
                        self.word_line(z, self.ml, self.tw, self.y, font, size, "right")
                        self.y -= lead - size
                        continue
                for wl in _wrap(ln, self.tw, font, size):
                    self.need(lead)
                    self.y -= size
                    self.word_line(wl, self.ml, self.tw, self.y, font, size, b.get("align", "left"))
                    self.y -= lead - size
            self.y -= 0.5 * lead

    def need(self, h):
        if self.y - h < self.mb:
            self.new_page()

    # -- table
    def cell_lines(self, c):
        w = self.colx[min(c["col"] + c.get("colspan", 1), self.t["ncols"])] - self.colx[c["col"]]
        font = self.FB if c.get("bold") else self.F
        return _wrap(c["text"], w - 2 * self.pad, font, self.fs), w, font

    def layout_header(self):
        rows = self.t["header"]
        nh = len(rows)
        lays = []
        hts = [0.0] * nh
        for i, r in enumerate(rows):
            for c in r["cells"]:
                lines, w, font = self.cell_lines(c)
                rs = max(1, min(c.get("rowspan", 1), nh - i))
                lays.append((i, rs, c, lines, w, font))
                if rs == 1:
                    hts[i] = max(hts[i], len(lines) * self.lead + 2 * self.pad)
        for i in range(nh):
            hts[i] = max(hts[i], self.lead + 2 * self.pad)
        for i, rs, c, lines, w, font in lays:
            if rs > 1:
                h = len(lines) * self.lead + 2 * self.pad
                have = sum(hts[i:i + rs])
                if h > have:
                    hts[i + rs - 1] += h - have
        self.hts = hts
        self.hlays = lays
        self.hheight = sum(hts)

    def draw_header(self):
        top = self.y
        for i, rs, c, lines, w, font in self.hlays:
            y0 = top - sum(self.hts[:i])
            h = sum(self.hts[i:i + rs])
            x = self.colx[c["col"]]
            self.ops.append(("fill", x, y0 - h, w, h))
            self.ops.append(("rect", x, y0 - h, w, h))
            th = len(lines) * self.lead
            yy = y0 - (h - th) / 2 - self.fs
            for wl in lines:
                self.word_line(wl, x + self.pad, w - 2 * self.pad, yy, font, self.fs, c.get("align", "center"))
                yy -= self.lead
        self.y = top - self.hheight

    def draw_row_part(self, laid, k0, k1):
        """Draw lines [k0, k1) of every cell of a laid-out row at self.y."""
        nl = max(min(len(lines), k1) - k0 for _, lines, _, _ in laid)
        h = max(nl, 1) * self.lead + 2 * self.pad
        top = self.y
        for c, lines, w, font in laid:
            x = self.colx[c["col"]]
            self.ops.append(("rect", x, top - h, w, h))
            yy = top - self.pad - self.fs
            for wl in lines[k0:k1]:
                self.word_line(wl, x + self.pad, w - 2 * self.pad, yy, font, self.fs, c.get("align", "left"))
                yy -= self.lead
        self.y = top - h

    def table(self):
        t = self.t
        self.layout_header()
        body = t["body"]
        first_h = 0.0
        if body:
            laid0 = [self.cell_lines(c) for c in body[0]["cells"]]
            first_h = (max([len(x[0]) for x in laid0] + [1]) * self.lead + 2 * self.pad)
            if t.get("split_rows"):
                first_h = min(first_h, 2 * self.lead + 2 * self.pad)
        if self.y - self.hheight - first_h < self.mb and self.y < self.H - self.mt - 1:
            self.new_page()
        self.draw_header()
        fresh_h = self.H - self.mt - self.mb - (self.hheight if t.get("repeat_header") else 0)

        def page_break():
            self.new_page()
            if t.get("repeat_header"):
                self.draw_header()

        for ri, r in enumerate(body):
            if r.get("break_before") and ri > 0:
                page_break()
            laid = []
            for c in r["cells"]:
                lines, w, font = self.cell_lines(c)
                laid.append((c, lines, w, font))
            nl = max([len(x[1]) for x in laid] + [1])
            h = nl * self.lead + 2 * self.pad
            avail = self.y - self.mb
            if h <= avail + 0.01:
                self.draw_row_part(laid, 0, nl)
                continue
            if not t.get("split_rows") and h <= fresh_h:
                page_break()
                self.draw_row_part(laid, 0, nl)
                continue
            k = 0          # split the row across pages, line by line
            while k < nl:
                fit = int((self.y - self.mb - 2 * self.pad) // self.lead)
                if fit < 1 or (k == 0 and fit < 2 and nl > 1 and self.y < self.H - self.mt - self.hheight - 1):
                    page_break()
                    continue
                self.draw_row_part(laid, k, min(nl, k + fit))
                k += fit
                if k < nl:
                    page_break()
        self.y -= self.lead * 0.5

    def build(self):
        self.blocks(self.doc.get("before", []))
        self.table()
        self.blocks(self.doc.get("after", []))
        return self.pages

    def draw(self, out_pdf):
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(out_pdf, pagesize=(self.W, self.H), invariant=1, pageCompression=1)
        c.setTitle(self.doc.get("name", "plan"))
        c.setCreator("plangen reportlab")
        fu = self.doc.get("furniture") or {}
        n = len(self.pages)
        fsz = max(6.0, self.bfs - 1)
        for p, ops in enumerate(self.pages, 1):
            c.setLineWidth(0.5)
            for op in ops:
                if op[0] == "fill":
                    c.setFillGray(0.9)
                    c.rect(op[1], op[2], op[3], op[4], stroke=0, fill=1)
                    c.setFillGray(0)
            for op in ops:
                if op[0] == "rect":
                    c.rect(op[1], op[2], op[3], op[4], stroke=1, fill=0)
                elif op[0] == "w":
                    c.setFont(op[4], op[5])
                    c.drawString(op[1], op[2], op[3])
            self.ops = []
            yb = self.mb - 2.2 * fsz
            if fu.get("footer"):
                self.word_line(words(fu["footer"]), self.ml, self.tw, yb, self.F, fsz, "left")
            if fu.get("page_numbers"):
                self.word_line(words(page_label(fu.get("page_number_form", "N"), p, n)),
                               self.ml, self.tw, yb, self.F, fsz, "center")
            for op in self.ops:
                c.setFont(op[4], op[5])
                c.drawString(op[1], op[2], op[3])
            c.showPage()
        c.save()


def reportlab_pdf(doc, out_pdf):
    """The table laid out here on a reportlab canvas, each word drawn with its
    own drawString, rules as lines."""
    r = _RL(doc)
    r.build()
    os.makedirs(os.path.dirname(os.path.abspath(out_pdf)), exist_ok=True)
    r.draw(out_pdf)


# ---------------------------------------------------------------- scans

def scan_pdf(src_pdf, out_pdf, dpi=200, seed=0, quality=60, noise=6.0):
    """An image-only PDF as an office scanner makes it: pdftoppm -gray at
    `dpi`, every page turned by a small angle (0.2–0.8°, sign and size from
    `seed` and the page number) about its centre on white, light Gaussian
    noise (sigma `noise` grey levels), JPEG at `quality`, img2pdf (no date).
    Same seed, same bytes. Pillow+numpy do the image work (about 0.2 s a
    page); without them ImageMagick does (about 1 s a page)."""
    work = tempfile.mkdtemp(prefix="plangen-scan-")
    try:
        env = dict(os.environ, MAGICK_THREAD_LIMIT="1", OMP_NUM_THREADS="1", LC_ALL="C")
        subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), src_pdf, os.path.join(work, "page")],
                       check=True, env=env)
        pgms = sorted(f for f in os.listdir(work) if f.endswith(".pgm"))
        try:
            import numpy
            from PIL import Image
        except ImportError:
            numpy = None

        def one(k_name):
            k, name = k_name
            rng = random.Random(f"{seed}:{k}")
            angle = rng.uniform(0.2, 0.8) * rng.choice((-1, 1))     # + = clockwise
            src = os.path.join(work, name)
            jpg = src[:-4] + ".jpg"
            if numpy is not None:
                im = Image.open(src).convert("L")
                im = im.rotate(-angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
                a = numpy.asarray(im, dtype=numpy.float32)
                a = a + numpy.random.default_rng(1000 * seed + k).normal(0.0, noise, a.shape)
                im = Image.fromarray(numpy.clip(a, 0, 255).astype(numpy.uint8), "L")
                im.save(jpg, "JPEG", quality=quality, dpi=(dpi, dpi), subsampling=0, optimize=False)
                return jpg
            subprocess.run(IM + [src, "-background", "white", "-rotate", f"{angle:.3f}",
                                 "-gravity", "center", "-extent", _pgm_size(src), "+repage",
                                 "-seed", str(1000 * seed + k + 7), "-attenuate", "0.3",
                                 "+noise", "Gaussian", "-colorspace", "Gray", "-type", "Grayscale",
                                 "-strip", "-interlace", "none", "-sampling-factor", "1x1",
                                 "-quality", str(quality), "-density", str(dpi), "-units", "PixelsPerInch",
                                 jpg], check=True, env=env)
            return jpg
        with ThreadPoolExecutor(max_workers=max(1, min(4, os.cpu_count() or 1))) as ex:
            jpgs = list(ex.map(one, enumerate(pgms)))
        os.makedirs(os.path.dirname(os.path.abspath(out_pdf)), exist_ok=True)
        subprocess.run(["img2pdf", "--nodate", "--engine", "internal", "-o", out_pdf] + jpgs,
                       check=True, env=env)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def ocr_recall(doc, pdf, lang="lav"):
    """Share of the document's words (multiset) that tesseract reads back
    from an image PDF — a sanity check that a scan stays legible, not a
    test of planx. Slow: about 6 s a page."""
    work = tempfile.mkdtemp(prefix="plangen-ocr-")
    try:
        subprocess.run(["pdfimages", "-j", pdf, os.path.join(work, "p")], check=True)
        got = Counter()
        for f in sorted(os.listdir(work)):
            out = subprocess.run(["tesseract", os.path.join(work, f), "-", "-l", lang, "--psm", "4"],
                                 capture_output=True, text=True, env=dict(os.environ, OMP_THREAD_LIMIT="1"))
            got += Counter(words(out.stdout))
        want = Counter(doc_words(doc))
        return sum((got & want).values()) / max(1, sum(want.values()))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _pgm_size(path):
    with open(path, "rb") as f:
        head = f.read(64).split()
    return f"{int(head[1])}x{int(head[2])}"


# ---------------------------------------------------------------- CLI

FORMS = ["chromium-ruled", "chromium-unruled", "libreoffice", "reportlab"]


def main(argv):
    import argparse
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("docs", nargs="+", help="DOC.json files, then OUTDIR")
    ap.add_argument("--scan", action="store_true", help="also NAME.scan200.pdf from the LibreOffice PDF")
    ap.add_argument("--forms", default=",".join(FORMS))
    ap.add_argument("--ocr", action="store_true", help="with --scan: tesseract word recall of the scan")
    ap.add_argument("--raw", action="store_true", help="check with pdftotext without -layout")
    ap.add_argument("--nbsp-as-space", action="store_true",
                    help="count an NBSP in the document as a word break (pdftotext reads it as one)")
    a = ap.parse_args(argv)
    if len(a.docs) < 2:
        ap.error("need DOC.json and OUTDIR")
    *paths, outdir = a.docs
    forms = [f for f in a.forms.split(",") if f]
    if a.scan and "libreoffice" not in forms:
        forms.append("libreoffice")
    os.makedirs(outdir, exist_ok=True)
    docs = [load(p) for p in paths]
    out = lambda d, f: os.path.join(outdir, f"{d['name']}.{f}.pdf")
    secs = {}
    for f in forms:
        t0 = time.time()
        if f in ("chromium-ruled", "chromium-unruled"):
            chromium_many([(d, out(d, f), f == "chromium-ruled") for d in docs])
        elif f == "libreoffice":
            libreoffice_many([(d, out(d, f)) for d in docs])
        elif f == "reportlab":
            for d in docs:
                reportlab_pdf(d, out(d, f))
        else:
            ap.error(f"unknown form {f}")
        secs[f] = (time.time() - t0) / len(docs)
    if a.scan:
        t0 = time.time()
        for d in docs:
            scan_pdf(out(d, "libreoffice"), out(d, "scan200"), dpi=200, seed=zlib.crc32(d["name"].encode()))
        secs["scan200"] = (time.time() - t0) / len(docs)
    bad = 0
    for d in docs:
        for f in forms:
            pdf = out(d, f)
            n = pdf_pages(pdf)
            info = {}
            diffs = check_words(d, pdf, layout=not a.raw, info=info, nbsp_as_space=a.nbsp_as_space)
            fw = len(info["furniture"])
            status = "ok" if not diffs else f"FAIL {len(diffs)}"
            print(f"{d['name']} {f}: {n} pages, {len(doc_words(d))} words + {fw} furniture"
                  f" + header repeated {info['header_repeats']}x: {status}")
            for x in diffs[:20]:
                print("   ", x)
            bad += bool(diffs)
        if a.scan:
            pdf = out(d, "scan200")
            n, m = pdf_pages(pdf), pdf_pages(out(d, "libreoffice"))
            txt = pdf_text(pdf).strip()
            ok = n == m and not txt
            extra = f", OCR word recall {ocr_recall(d, pdf):.3f}" if a.ocr else ""
            print(f"{d['name']} scan200: {n} pages (source {m}), image only{extra}: {'ok' if ok else 'FAIL'}")
            bad += not ok
    print("seconds per document: " + ", ".join(f"{f} {s:.2f}" for f, s in secs.items()))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
