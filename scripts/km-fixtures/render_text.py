#!/usr/bin/env python3
"""(a) tab-separated export like approved-2016.txt / varam-2019.txt
   (b) pdftotext-style flowed export shaped like draft-2016-07.txt"""
import os, re, textwrap, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from plan_data import *

OUT = os.path.dirname(os.path.abspath(__file__)) + "/"

# ---------------- (a) tabular ----------------
def tabular():
    L = ["", ""] + ANNEX + ["", TITLE, "", ABBREVIATIONS, "", OVERALL_GOAL, ""]
    hdr = [
        "\t".join([HEADER["name"], "", HEADER["resp"], "", HEADER["period"], HEADER["budget"], HEADER["partners"]]),
        "\t".join(["", "", HEADER["resp_sub"], HEADER["fin_sub"], "", "", ""]),
    ]
    L += hdr
    for r in ROWS:
        if r[0] == "m" and r[1] in PAGE_BREAK_BEFORE:
            L += [""] + hdr
        if r[0] == "m":
            L.append("\t".join([r[1], flat(r[2])] + list(r[3:])))
        else:
            L.append("\t".join([r[1], flat(r[2]), "", "", "", "", ""]))
    L += ["", SIGNATORY[0], "", SIGNATORY[1]]
    open(OUT + "km-2021.tsv.txt", "w", encoding="utf-8").write("\n".join(L) + "\n")

# ---------------- (b) flow ----------------
def wrap(text, width):
    """wrap a cell at width, honouring {HY}/{BR} forced breaks"""
    out = []
    parts = re.split(r"(\{HY\}|\{BR\})", text)
    segs, cur = [], ""
    for p in parts:
        if p == "{HY}":
            segs.append(cur + "-"); cur = ""
        elif p == "{BR}":
            segs.append(cur); cur = ""
        else:
            cur += p
    segs.append(cur)
    lines = []
    carry = ""
    for i, s in enumerate(segs):
        s = carry + s
        w = textwrap.wrap(s, width, break_long_words=False, break_on_hyphens=False) or [""]
        if i < len(segs) - 1:
            lines += w
            carry = ""
        else:
            lines += w
    return lines

W = {"title": 96, "resp": 20, "fin": 9, "period": 11, "budget": 8, "partners": 16}

def measure_lines(r):
    label, title, resp, fin, period, budget, partners = r[1:]
    tl = wrap(title, W["title"])
    cells = [wrap(resp, W["resp"]) if resp else [],
             wrap(fin, W["fin"]) if fin else [],
             wrap(period, W["period"]) if period else [],
             [budget] if budget else [],
             wrap(partners, W["partners"]) if partners else []]
    # first line of every cell together, then each cell's continuation lines
    # cell by cell (never two cells' continuations on one line)
    firsts = [c[0] for c in cells if c]
    cell_lines = [" ".join(firsts)] if firsts else []
    for c in cells:
        cell_lines += c[1:]
    out = []
    if len(tl) == 1:
        first = f"{label} {tl[0]}"
        if cell_lines:
            first += " " + cell_lines[0]
        out.append(first)
        out += cell_lines[1:]
    else:
        out.append(f"{label} {tl[0]} ")
        out += [l + " " for l in tl[1:-1]] + [tl[-1]]
        out += cell_lines
    return out

def header_lines(first_page):
    h = []
    h += ["Atbildīgā ", "institūcija "]
    h += ["iepirkuma ", "veicējs"]
    h += ["finansētājs"]
    h += ["Indikatīvais ", "īstenošanas ", "laiks "]
    h += ["Iesaistāmās ", "institūcijas un ", "personas"]
    return h

def flow():
    # split rows into pages
    pages, cur = [], []
    for r in ROWS:
        if r[0] == "m" and r[1] in PAGE_BREAK_BEFORE:
            pages.append(cur); cur = []
        cur.append(r)
    pages.append(cur)

    all_lines = []   # list of logical lines; joined with blank lines between
    for pi, page in enumerate(pages):
        lines = []
        first = pi == 0
        if not first:
            lines += [" " + header_lines(False)[0]] + header_lines(False)[1:]
            lines += ["Pasākuma nosaukums:", "Indikatīvais ", "finan-     ", "sējums, EUR"]
        # table rows in reading order; direction contents go elsewhere
        dirs = []   # per direction: dict
        for r in page:
            k = r[0]
            if k == "dir":
                dirs.append({"title": r[2]})
                lines.append(r[1])
            elif k in ("desc", "goals", "aud"):
                dirs[-1][k] = r[2]
                if r[1] == "Mērķ-auditorija":
                    lines += ["Mērķ-", "auditorija"]
                else:
                    lines.append(r[1])
            else:
                lines += measure_lines(r)
        def cell(txt, width=180):
            # enumerated goals start new lines, as in the draft
            items = re.split(r" (?=\(\d+\) |\d\) )", txt)
            out = []
            for it in items:
                out += [l for l in wrap(it, width)]
            return out
        if first:
            lines.append(TITLE)
            ab = wrap(ABBREVIATIONS, 185)
            lines += [l + " " for l in ab[:-1]] + [ab[-1] + "     "]
            lines += header_lines(True)
        # scrambled direction cells (draft order: first dir's body, later dirs' titles,
        # header rest, later dirs' bodies, first dir's title)
        if dirs:
            d0 = dirs[0]
            lines += cell(d0["desc"]) + cell(d0["goals"]) + cell(d0["aud"])
            for d in dirs[1:]:
                lines.append(d["title"])
        if first:
            lines += ["Pasākuma nosaukums:", "Indikatīvais ", "finan-     ", "sējums, EUR"]
            lines += [a + " " for a in ANNEX[:-1]] + [ANNEX[-1]]
            lines.append(OVERALL_GOAL)
        for d in dirs[1:]:
            lines += cell(d["desc"]) + cell(d["goals"]) + cell(d["aud"])
        if dirs:
            lines.append(d0["title"])
        if pi == len(pages) - 1:
            lines.append(f"{SIGNATORY[0]} {SIGNATORY[1]}")
        all_lines.append(lines)

    text = ""
    for pi, lines in enumerate(all_lines):
        body = "\n\n".join(lines)
        if pi == 0:
            text += "\n" + body + "\n"
        else:
            text += body + "\n"
    text += " "
    open(OUT + "km-2021.flow.txt", "w", encoding="utf-8").write(text)

tabular()
flow()
