#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Text forms of a printed document (DOCUMENT.md): the tab-separated export,
and the same export hard-wrapped at a fixed width (as `fold -s -w W` does).

    render_text.py DOC.json OUTDIR [--width W]
"""
import json
import os
import sys


def tab_lines(doc):
    """The tab-separated export: one table row a line, blocks as lines."""
    t = doc["table"]
    lines = ["", ""]
    for b in doc["before"]:
        lines += block_lines(b) + [""]
    header = [row_line(r, t["ncols"]) for r in t["header"]]
    lines += header
    for r in t["body"]:
        if r.get("break_before") and t.get("repeat_header"):
            lines += [""] + header
        lines.append(row_line(r, t["ncols"]))
    for b in doc["after"]:
        lines += [""] + block_lines(b)
    return lines


def block_lines(b):
    if b["kind"] == "signatory":
        pos, name = b["lines"]
        return [f"{pos} {name}"] if b.get("one_line") else [pos, "", name]
    return list(b["lines"])


def row_line(row, ncols):
    cells = [""] * ncols
    for c in row["cells"]:
        cells[c["col"]] = " ".join(c["text"].split("\n"))
    return "\t".join(cells)


def fold(line, width):
    """`fold -s -w width`: break before the last space that fits; a tab counts as one column."""
    out = []
    while len(line) > width:
        cut = line.rfind(" ", 0, width + 1)
        if cut <= 0:
            cut = line.find(" ", width)
            if cut < 0:
                break
        out.append(line[: cut + 1])
        line = line[cut + 1:]
    out.append(line)
    return out


def wrapped_lines(doc, width):
    out = []
    for line in tab_lines(doc):
        out += fold(line, width)
    return out


def write(doc, outdir, width=None):
    name = doc["name"]
    paths = {}
    p = os.path.join(outdir, f"{name}.tab.txt")
    with open(p, "w", encoding="utf-8") as f:
        f.write("\n".join(tab_lines(doc)) + "\n")
    paths["tab"] = p
    if width:
        p = os.path.join(outdir, f"{name}.tab-wrap{width}.txt")
        with open(p, "w", encoding="utf-8") as f:
            f.write("\n".join(wrapped_lines(doc, width)) + "\n")
        paths["tab-wrap"] = p
    return paths


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    width = 90
    if "--width" in sys.argv:
        width = int(sys.argv[sys.argv.index("--width") + 1])
        args.remove(str(width))
    doc = json.load(open(args[0], encoding="utf-8"))
    os.makedirs(args[1], exist_ok=True)
    for form, path in write(doc, args[1], width).items():
        print(form, path)
