#!/usr/bin/env python3
"""(f) reportlab PDF, embedded TTF (Liberation Sans Narrow), A4 landscape,
horizontal rules only (no vertical rulings), header repeated on each page."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from plan_data import *
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT, TA_CENTER

F = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LSN", F + "LiberationSansNarrow-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSN-B", F + "LiberationSansNarrow-Bold.ttf"))

base = ParagraphStyle("b", fontName="LSN", fontSize=9.5, leading=11.5)
bold = ParagraphStyle("bb", parent=base, fontName="LSN-B")
right = ParagraphStyle("r", parent=base, alignment=TA_RIGHT)
title = ParagraphStyle("t", parent=bold, fontSize=12, leading=15, alignment=TA_CENTER, spaceBefore=8, spaceAfter=8)
hdr = ParagraphStyle("h", parent=bold, alignment=TA_CENTER, fontSize=9, leading=10.5)

def P(s, st=base):
    s = html.escape(s, quote=False).replace("{HY}", "-<br/>").replace("{BR}", "<br/>")
    return Paragraph(s, st)

story = [P("<br/>".join(ANNEX), right)] if False else [Paragraph("<br/>".join(html.escape(a) for a in ANNEX), right)]
story += [P(TITLE, title), P(ABBREVIATIONS), Spacer(1, 4), P(OVERALL_GOAL, bold), Spacer(1, 6)]

widths_mm = [24, 78, 36, 20, 22, 19, 268 - 24 - 78 - 36 - 20 - 22 - 19]
data = [
    [P(HEADER["name"], hdr), "", P(HEADER["resp"], hdr), "", P(HEADER["period"], hdr), P(HEADER["budget"], hdr), P(HEADER["partners"], hdr)],
    ["", "", P(HEADER["resp_sub"], hdr), P(HEADER["fin_sub"], hdr), "", "", ""],
]
style = [
    ("SPAN", (0, 0), (1, 1)), ("SPAN", (2, 0), (3, 0)),
    ("SPAN", (4, 0), (4, 1)), ("SPAN", (5, 0), (5, 1)), ("SPAN", (6, 0), (6, 1)),
    ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
    ("VALIGN", (0, 2), (-1, -1), "TOP"),
    ("LINEABOVE", (0, 0), (-1, 0), 1.0, colors.black),
    ("LINEBELOW", (2, 0), (3, 0), 0.4, colors.black),
    ("LINEBELOW", (0, 1), (-1, 1), 1.0, colors.black),
    ("LINEBELOW", (0, 2), (-1, -1), 0.4, colors.black),
    ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
]
for r in ROWS:
    i = len(data)
    if r[0] == "m":
        data.append([P(r[1]), P(r[2])] + [P(c) for c in r[3:]])
    else:
        lab = "Mērķ-<br/>auditorija" if r[1] == "Mērķ-auditorija" else html.escape(r[1])
        st = bold if r[0] == "dir" else base
        data.append([Paragraph(lab, st), P(r[2], st), "", "", "", "", ""])
        style.append(("SPAN", (1, i), (6, i)))
t = Table(data, colWidths=[w * mm for w in widths_mm], repeatRows=2)
t.setStyle(TableStyle(style))
story += [t, Spacer(1, 24)]
sig = Table([[P(SIGNATORY[0]), Paragraph(SIGNATORY[1], right)]], colWidths=[134 * mm, 134 * mm])
story.append(sig)

doc = SimpleDocTemplate(os.path.join(os.path.dirname(os.path.abspath(__file__)), "km-2021.reportlab.pdf"), pagesize=landscape(A4),
                        leftMargin=15 * mm, rightMargin=14 * mm, topMargin=15 * mm, bottomMargin=15 * mm,
                        title=TITLE, author="Kultūras ministrija")
doc.build(story)
