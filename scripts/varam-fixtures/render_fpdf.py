# -*- coding: utf-8 -*-
"""fpdf2 rendering: ruled table, landscape A4, DejaVu Sans embedded, header
rows repeated on each page."""
from fpdf import FPDF
from fpdf.fonts import FontFace
import plan_data as P

pdf = FPDF(orientation="L", unit="mm", format="A4")
pdf.set_margins(12, 12, 12)
pdf.set_auto_page_break(True, 12)
pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
pdf.set_title(P.TITLE)
pdf.add_page()
pdf.set_font("DejaVu", "", 8.5)
for line in P.ANNEX:
    pdf.cell(0, 4.2, line, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("DejaVu", "B", 11)
pdf.multi_cell(0, 5.5, P.TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("DejaVu", "", 8.5)
pdf.multi_cell(0, 4.2, P.ABBREVIATIONS, new_x="LMARGIN", new_y="NEXT")
pdf.ln(1.5)
pdf.multi_cell(0, 4.2, P.GOAL, new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)


def txt(cell):
    return "\n".join(cell) if isinstance(cell, list) else cell


pdf.set_font("DejaVu", "", 7.5)
bold = FontFace(emphasis="BOLD")
with pdf.table(col_widths=(24, 78, 50, 22, 22, 22, 55), num_heading_rows=2,
               line_height=3.6, text_align="LEFT", v_align="TOP",
               headings_style=bold, repeat_headings=1, padding=1.2) as t:
    r = t.row()
    r.cell(P.HEADER1[0], colspan=2, rowspan=2)
    r.cell(P.HEADER1[1], colspan=2)
    r.cell(P.HEADER1[2], rowspan=2)
    r.cell(P.HEADER1[3], rowspan=2)
    r.cell(P.HEADER1[4], rowspan=2)
    r = t.row()
    r.cell(P.HEADER2[0])
    r.cell(P.HEADER2[1])
    for row in P.ROWS:
        r = t.row()
        if row[0] == "dir":
            st = bold if row[1].startswith("Rīcības") else None
            r.cell(row[1], style=st)
            r.cell(txt(row[2]), colspan=6, style=st)
        else:
            for c in row[1:]:
                r.cell(txt(c))
pdf.ln(8)
pdf.set_font("DejaVu", "", 9)
pdf.cell(100, 5, P.SIGN_POSITION)
pdf.cell(0, 5, P.SIGN_NAME, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.output("in/fpdf2.pdf")
