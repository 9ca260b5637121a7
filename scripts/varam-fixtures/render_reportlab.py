# -*- coding: utf-8 -*-
"""reportlab renderings: reportlab-unruled.pdf (landscape, words placed one by
one with drawString, no lines) and rotated-page.pdf (portrait page, the
landscape table drawn through canvas.rotate(90), ruled, no /Rotate)."""
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit
import plan_data as P

pdfmetrics.registerFont(TTFont("DejaVuSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
F, FB = "DejaVuSans", "DejaVuSans-Bold"
W, H = 842, 595          # the landscape layout
M = 36
COLS = [70, 226, 142, 62, 66, 66, 138]
FS, LEAD, PAD = 7.5, 9.5, 3


def xs():
    x, out = M, []
    for w in COLS:
        out.append(x)
        x += w
    return out


class Doc:
    def __init__(self, path, ruled, rotated, per_word):
        self.rotated = rotated
        size = (H, W) if rotated else (W, H)
        self.c = canvas.Canvas(path, pagesize=size)
        self.c.setTitle(P.TITLE)
        self.c.setAuthor("Vides aizsardzības un reģionālās attīstības ministrija")
        self.ruled, self.per_word = ruled, per_word
        self.page_setup()

    def page_setup(self):
        if self.rotated:
            self.c.translate(H, 0)
            self.c.rotate(90)
        self.y = H - M

    def new_page(self):
        self.c.showPage()
        self.page_setup()

    def text(self, x, y, s, font=F, size=FS):
        self.c.setFont(font, size)
        if not self.per_word:
            self.c.drawString(x, y, s)
            return
        sp = pdfmetrics.stringWidth(" ", font, size)
        for w in s.split(" "):
            if w:
                self.c.drawString(x, y, w)
            x += pdfmetrics.stringWidth(w, font, size) + sp

    def para(self, s, font=F, size=8.5, align="left", width=W - 2 * M, after=4):
        for line in simpleSplit(s, font, size, width):
            if align == "right":
                x = W - M - pdfmetrics.stringWidth(line, font, size)
            elif align == "center":
                x = (W - pdfmetrics.stringWidth(line, font, size)) / 2
            else:
                x = M
            self.y -= size * 1.25
            self.text(x, self.y, line, font, size)
        self.y -= after

    def wrap(self, cell, width, font=F):
        paras = cell if isinstance(cell, list) else [cell]
        lines = []
        for p in paras:
            lines += simpleSplit(p, font, FS, width - 2 * PAD) if p else []
        return lines

    def row(self, cells, font=F, header=False):
        """cells: list of (col_start, col_span, cell_text)."""
        X = xs()
        laid = []
        for c0, span, cell in cells:
            w = sum(COLS[c0:c0 + span])
            laid.append((X[c0], w, self.wrap(cell, w, font)))
        h = max(len(l) for _, _, l in laid) * LEAD + 2 * PAD
        if self.y - h < M:
            self.new_page()
            self.header()
        top = self.y
        for x, w, lines in laid:
            yy = top - PAD - FS
            for line in lines:
                self.text(x + PAD, yy, line, font)
                yy -= LEAD
            if self.ruled:
                self.c.setLineWidth(0.6)
                self.c.rect(x, top - h, w, h)
        self.y = top - h

    def header(self):
        X = xs()
        top = self.y
        h1 = 3 * LEAD + 2 * PAD
        h2 = 2 * LEAD + 2 * PAD
        def put(c0, span, s, ytop, hh):
            w = sum(COLS[c0:c0 + span])
            yy = ytop - PAD - FS
            for line in self.wrap(s, w, FB):
                self.text(X[c0] + PAD, yy, line, FB)
                yy -= LEAD
            if self.ruled:
                self.c.setLineWidth(0.6)
                self.c.rect(X[c0], ytop - hh, w, hh)
        put(0, 2, P.HEADER1[0], top, h1 + h2)
        put(2, 2, P.HEADER1[1], top, h1)
        put(4, 1, P.HEADER1[2], top, h1 + h2)
        put(5, 1, P.HEADER1[3], top, h1 + h2)
        put(6, 1, P.HEADER1[4], top, h1 + h2)
        put(2, 1, P.HEADER2[0], top - h1, h2)
        put(3, 1, P.HEADER2[1], top - h1, h2)
        self.y = top - h1 - h2

    def build(self):
        for line in P.ANNEX:
            self.para(line, align="right", after=0)
        self.y -= 10
        self.para(P.TITLE, font=FB, size=11, align="center", after=8)
        self.para(P.ABBREVIATIONS)
        self.para(P.GOAL, after=8)
        self.header()
        for r in P.ROWS:
            if r[0] == "dir":
                f = FB if r[1].startswith("Rīcības") else F
                self.row([(0, 1, r[1]), (1, 6, r[2])], font=f)
            else:
                self.row([(i, 1, c) for i, c in enumerate(r[1:])])
        self.y -= 28
        if self.y < M:
            self.new_page()
        self.text(M, self.y, P.SIGN_POSITION, F, 9)
        self.text(W - M - pdfmetrics.stringWidth(P.SIGN_NAME, F, 9), self.y, P.SIGN_NAME, F, 9)
        self.c.showPage()
        self.c.save()


Doc("in/reportlab-unruled.pdf", ruled=False, rotated=False, per_word=True).build()
Doc("in/rotated-page.pdf", ruled=True, rotated=True, per_word=False).build()
