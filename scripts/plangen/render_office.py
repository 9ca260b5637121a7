#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""The forms annexes are written and published in: Word DOCX and
OpenDocument ODT (LibreOffice converts the flat ODT of render_pdf.fodt_of),
and the HTML page of an official publication (the print HTML of
render_pdf.html_of inside page chrome: navigation, scripts, styles, a page
header and footer; UTF-8 or Windows-1257 as the page declares).

    render_office.py [--forms docx,odt,html] DOC.json [DOC.json ...] OUTDIR
"""
import html
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import render_pdf  # noqa: E402

FORMS = ["docx", "odt", "html"]
# LibreOffice's filter names for the written forms.
FILTERS = {"docx": "docx:MS Word 2007 XML", "odt": "odt:writer8"}


def publication_html(doc):
    """(bytes, charset) of the page: chrome around the document's HTML.
    The charset and the chrome's parts are drawn from the document's name."""
    rnd = random.Random(doc["name"] + "/html")
    charset = "windows-1257" if rnd.random() < 0.3 else "utf-8"
    page = render_pdf.html_of(doc, ruled=True)
    body = page.split("<body>", 1)[1].rsplit("</body>", 1)[0]
    # Chromium's nowrap spans are print furniture, not publication markup.
    body = re.sub(r'<span class="nw">(.*?)</span>', r"\1", body)
    title = html.escape(doc.get("name", "plan"))
    meta = (f'<meta charset="{charset}">' if rnd.random() < 0.5 else
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">')
    chrome_top = [
        '<header class="site"><div class="logo">Likumi.lv</div>'
        '<form role="search"><input name="q" placeholder="Meklēt"></form></header>',
        '<nav><ul><li><a href="/">Sākums</a></li><li><a href="/jaunakie">Jaunākie</a></li>'
        '<li><a href="/par">Par mums</a></li></ul></nav>',
    ]
    rnd.shuffle(chrome_top)
    scripts = '<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}</script>'
    footer = ('<footer><p>© Valsts valodas centrs, Latvijas Vēstnesis</p>'
              '<p><a href="/kontakti">Kontakti</a></p></footer>')
    out = "\n".join([
        "<!DOCTYPE html>", '<html lang="lv"><head>', meta, f"<title>{title}</title>",
        "<style>body{font-family:Arial} table{border-collapse:collapse} td{border:1px solid}</style>",
        scripts, "</head><body>", *chrome_top,
        '<main><div class="doc-body">', body, "</div></main>", footer, scripts,
        "</body></html>"])
    return out.encode(charset, errors="xmlcharrefreplace"), charset


def write_html(doc, path):
    data, _ = publication_html(doc)
    with open(path, "wb") as f:
        f.write(data)


def office_many(items, timeout=1800):
    """(doc, out_path, form) triples with form docx or odt, converted from
    the flat ODT in one soffice call per form (fresh profile)."""
    items = list(items)
    for form, filt in FILTERS.items():
        part = [(d, o) for d, o, f in items if f == form]
        if part:
            render_pdf.libreoffice_many(part, timeout, convert_to=filt, ext=form)


def main(argv):
    import argparse
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("docs", nargs="+", help="DOC.json files, then OUTDIR")
    ap.add_argument("--forms", default=",".join(FORMS))
    a = ap.parse_args(argv)
    *paths, outdir = a.docs
    forms = [f for f in a.forms.split(",") if f]
    os.makedirs(outdir, exist_ok=True)
    docs = [render_pdf.load(p) for p in paths]
    out = lambda d, f: os.path.join(outdir, f"{d['name']}.{f}")
    if "html" in forms:
        for d in docs:
            write_html(d, out(d, "html"))
    office_many([(d, out(d, f), f) for d in docs for f in forms if f in FILTERS])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
