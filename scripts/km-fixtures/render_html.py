#!/usr/bin/env python3
"""HTML sources for the LibreOffice and Chromium PDFs."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from plan_data import *

def cell_html(s):
    s = html.escape(s, quote=False)
    return s.replace("{HY}", "-<br>").replace("{BR}", "<br>")

def build(variant):
    V = {
        # LibreOffice: landscape, ruled, Liberation Sans 9pt, roomy title column
        "lo": dict(page="A4 landscape", font="'Liberation Sans', Arial, sans-serif", size="9pt",
                   widths=[10, 33, 16, 8, 9, 8, 16], ruled=True, valign="middle",
                   budget_hdr=HEADER["budget"], sig="split", lo=True),
        # Chromium portrait ruled, Liberation Serif, narrow columns
        "chrome-ruled": dict(page="A4 portrait", font="'Liberation Serif', 'Times New Roman', serif", size="9pt",
                   widths=[11, 29, 17, 9, 10, 9, 15], ruled=True, valign="middle",
                   budget_hdr=HEADER["budget_hy"], sig="same", lo=False),
        # Chromium with no rulings at all, top-aligned cells, DejaVu Sans Condensed
        "chrome-plain": dict(page="A4 portrait", font="'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif", size="8pt",
                   widths=[12, 27, 16, 10, 11, 9, 15], ruled=False, valign="top",
                   budget_hdr=HEADER["budget"], sig="same", lo=False),
    }[variant]
    border = "0.75pt solid #000" if V["ruled"] else "none"
    css = f"""
@page {{ size: {V['page']}; margin: 18mm 15mm 18mm 15mm; }}
body {{ font-family: {V['font']}; font-size: {V['size']}; }}
p {{ margin: 0 0 6pt 0; }}
.annex {{ text-align: right; }}
h1 {{ font-size: 11pt; text-align: center; font-weight: bold; margin: 10pt 0 10pt 0; }}
table.plan {{ border-collapse: collapse; width: 100%; }}
table.plan td, table.plan th {{ border: {border}; padding: 2pt 3pt; vertical-align: {V['valign']}; text-align: left; font-weight: normal; }}
table.plan th {{ font-weight: bold; text-align: center; }}
thead {{ display: table-header-group; }}
tr {{ page-break-inside: avoid; break-inside: avoid; }}
.sig {{ margin-top: 24pt; display: flex; justify-content: space-between; }}
"""
    o = ['<!DOCTYPE html>', '<html lang="lv"><head><meta charset="utf-8">', f"<style>{css}</style>", "</head><body>"]
    if V["lo"]:
        o.append('<p class="annex" align="right">' + "<br>".join(html.escape(a) for a in ANNEX) + "</p>")
        o.append(f'<p align="center"><b>{html.escape(TITLE)}</b></p>')
    else:
        o.append('<p class="annex">' + "<br>".join(html.escape(a) for a in ANNEX) + "</p>")
        o.append(f"<h1>{html.escape(TITLE)}</h1>")
    o.append(f"<p>{html.escape(ABBREVIATIONS)}</p>")
    o.append(f"<p><b>{html.escape(OVERALL_GOAL)}</b></p>")
    W = V["widths"]
    bo = ' width="100%" border="1" cellspacing="0" cellpadding="3"' if (V["lo"] and V["ruled"]) else ''
    o.append(f'<table class="plan"{bo}>')
    if V["lo"]:
        o.append("".join(f'<col width="{w*10}">' for w in W))
    else:
        o.append("<colgroup>" + "".join(f'<col width="{w}%">' for w in W) + "</colgroup>")
    o.append("<thead><tr>"
             f'<th colspan="2" rowspan="2" width="{W[0]+W[1]}%">{HEADER["name"]}</th>'
             f'<th colspan="2">{HEADER["resp"]}</th>'
             f'<th rowspan="2" width="{W[4]}%">{HEADER["period"]}</th>'
             f'<th rowspan="2" width="{W[5]}%">{cell_html(V["budget_hdr"])}</th>'
             f'<th rowspan="2" width="{W[6]}%">{HEADER["partners"]}</th></tr>'
             f'<tr><th width="{W[2]}%">{HEADER["resp_sub"]}</th><th width="{W[3]}%">{HEADER["fin_sub"]}</th></tr></thead>')
    o.append("<tbody>")
    for r in ROWS:
        if r[0] == "m":
            cells = [r[1], r[2]] + list(r[3:])
            o.append("<tr>" + "".join(f'<td width="{W[i]}%">{cell_html(c)}</td>' for i, c in enumerate(cells)) + "</tr>")
        else:
            lab = r[1]
            if lab == "Mērķ-auditorija":
                lab_h = "Mērķ-<br>auditorija"
            else:
                lab_h = html.escape(lab)
            b = "<b>" if r[0] == "dir" else ""
            be = "</b>" if b else ""
            o.append(f'<tr><td width="{W[0]}%">{b}{lab_h}{be}</td><td colspan="6" width="{100-W[0]}%">{b}{cell_html(r[2])}{be}</td></tr>')
    o.append("</tbody></table>")
    if V["sig"] == "same":
        o.append(f'<div class="sig"><span>{SIGNATORY[0]}</span><span>{SIGNATORY[1]}</span></div>')
    else:
        o.append(f"<p>&nbsp;</p><p>{SIGNATORY[0]}</p><p>&nbsp;</p><p>{SIGNATORY[1]}</p>")
    o.append("</body></html>")
    open(os.path.join(os.path.dirname(os.path.abspath(__file__)), f"src-{variant}.html"), "w", encoding="utf-8").write("\n".join(o))

for v in ("lo", "chrome-ruled", "chrome-plain"):
    build(v)
