# -*- coding: utf-8 -*-
"""HTML (and tab-text) renderings of plan_data."""
import html
import plan_data as P

NCOL = 7  # label, title, responsible, financer, period, budget, partners


def esc_cell(cell):
    if isinstance(cell, list):
        return "<br>".join(html.escape(p, quote=False) for p in cell)
    return html.escape(cell, quote=False)


def tab_text():
    out = ["", ""]
    out += P.ANNEX + [""]
    out += [P.TITLE, "", P.ABBREVIATIONS, "", P.GOAL, ""]
    hdr1 = "\t".join([P.HEADER1[0], "", P.HEADER1[1], "", P.HEADER1[2], P.HEADER1[3], P.HEADER1[4]])
    hdr2 = "\t".join(["", "", P.HEADER2[0], P.HEADER2[1], "", "", ""])
    out += [hdr1, hdr2]
    for r in P.ROWS:
        if r[0] == "m" and r[1] in ("Pasākums nr.2.1.", "Pasākums nr.3.2.2."):
            out += ["", hdr1, hdr2]  # header repeated where the page broke
        if r[0] == "dir":
            out.append("\t".join([r[1], P.flat(r[2])] + [""] * (NCOL - 2)))
        else:
            out.append("\t".join([r[1]] + [P.flat(c) for c in r[2:]]))
    out += ["", P.SIGN_POSITION, "", P.SIGN_NAME]
    return "\n".join(out)


def page_html(ruled=True, font="Liberation Sans", landscape=True, sideways=False,
              size="9pt", lo=False):
    css = []
    css.append("@page { size: A4 %s; margin: 14mm 12mm; }" % ("landscape" if landscape else "portrait"))
    css.append("body { font-family: '%s'; font-size: %s; }" % (font, size))
    css.append("p { margin: 0 0 6pt 0; }")
    css.append(".annex { text-align: right; margin: 0; }")
    css.append("h1 { font-size: 12pt; text-align: center; margin: 8pt 0; }")
    css.append("table { border-collapse: collapse; width: 100%; }")
    css.append("thead { display: table-header-group; }")
    css.append("tr { page-break-inside: avoid; break-inside: avoid; }")
    b = "0.75pt solid #000" if ruled else "none"
    css.append("td, th { border: %s; padding: 2pt 4pt; vertical-align: top; text-align: left; font-weight: normal; }" % b)
    css.append("th { font-weight: bold; }")
    if sideways:
        css.append("table { table-layout: fixed; }")
        css.append("th.v { writing-mode: vertical-rl; transform: rotate(180deg); "
                   "vertical-align: middle; text-align: left; height: 100pt; }")
    css.append(".sig { margin-top: 18pt; width: 100%; border: none; }")
    css.append(".sig td { border: none; }")
    tattr = (' border="1"' if ruled else ' border="0"') + ' cellspacing="0" cellpadding="3" width="100%"'
    widths = [9, 29, 17, 8, 9, 9, 19]
    h = ['<!DOCTYPE html>', '<html lang="lv"><head><meta charset="utf-8">',
         '<title>%s</title>' % html.escape(P.TITLE), '<style>', "\n".join(css), '</style></head><body>']
    for line in P.ANNEX:
        h.append('<p class="annex" align="right">%s</p>' % html.escape(line))
    h.append('<h1>%s</h1>' % html.escape(P.TITLE))
    h.append('<p>%s</p>' % html.escape(P.ABBREVIATIONS, quote=False))
    h.append('<p>%s</p>' % html.escape(P.GOAL))
    h.append('<table%s>' % tattr)
    h.append('<colgroup>' + "".join('<col width="%d*" style="width:%d%%">' % (w, w) for w in widths) + '</colgroup>')
    v = ' class="v"' if sideways else ''
    h.append('<thead>')
    h.append('<tr><th colspan="2" rowspan="2">%s</th><th colspan="2">%s</th>'
             '<th rowspan="2"%s>%s</th><th rowspan="2"%s>%s</th><th rowspan="2"%s>%s</th></tr>'
             % (esc_cell(P.HEADER1[0]), esc_cell(P.HEADER1[1]), v, esc_cell(P.HEADER1[2]),
                v, esc_cell(P.HEADER1[3]), v, esc_cell(P.HEADER1[4])))
    h.append('<tr><th%s>%s</th><th%s>%s</th></tr>' % (v, esc_cell(P.HEADER2[0]), v, esc_cell(P.HEADER2[1])))
    h.append('</thead><tbody>')
    for r in P.ROWS:
        if r[0] == "dir":
            lab = r[1]
            strong = lab.startswith("Rīcības virziens")
            t = esc_cell(r[2])
            if strong:
                h.append('<tr><td valign="top"><b>%s</b></td><td valign="top" colspan="%d"><b>%s</b></td></tr>' % (esc_cell(lab), NCOL - 1, t))
            else:
                h.append('<tr><td valign="top">%s</td><td valign="top" colspan="%d">%s</td></tr>' % (esc_cell(lab), NCOL - 1, t))
        else:
            h.append('<tr>' + "".join('<td valign="top">%s</td>' % esc_cell(c) for c in r[1:]) + '</tr>')
    h.append('</tbody></table>')
    h.append('<table class="sig" border="0" width="100%%"><tr><td>%s</td><td align="right" style="text-align:right">%s</td></tr></table>'
             % (esc_cell(P.SIGN_POSITION), esc_cell(P.SIGN_NAME)))
    h.append('</body></html>')
    return "\n".join(h)
