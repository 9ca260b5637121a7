#!/usr/bin/env python3
"""Test documents (doc.json, see DOCUMENT.md) for developing render_pdf.py.

    python3 scripts/plangen/pdf_testdoc.py OUTDIR   # writes OUTDIR/t*.json

Only for the paginated renderers' own tests; the real documents come from
model.py.
"""
import json
import os
import random
import sys

TITLES = [
    "Informatīvo materiālu izstrāde un izplatīšana pašvaldību sociālajiem darbiniekiem",
    "Vienota kultūras notikumu kalendāra izveide un uzturēšana tīmekļa vietnē",
    "Reģionālo mediju žurnālistu informatīvo braucienu organizēšana uz kultūras mantojuma objektiem",
    "Sabiedrības līdzdalības veicināšana vides aizsardzības jautājumu risināšanā",
    "Digitālo prasmju apmācību kursu nodrošināšana senioriem un personām ar invaliditāti",
    "Ģimenes asistenta pakalpojuma ieviešanas izvērtējums un priekšlikumu sagatavošana",
    "Ēku energoefektivitātes paaugstināšanas pasākumu īstenošana",
    "Jauniešu nodarbinātības garantijas programmas turpināšana un pilnveidošana",
    "Pētījuma par darba tirgus pieprasījumu reģionos izstrāde",
    "Metodisko vadlīniju izstrāde bāriņtiesu darbiniekiem par bērnu tiesību aizsardzību",
    "Kampaņas „Drošs ceļš uz skolu” īstenošana vispārējās izglītības iestādēs",
    "Starpinstitūciju sadarbības modeļa aprobācija un ieviešana",
]
INST = ["LM", "LM (CI1)", "VARAM", "IZM (CI2)", "KM", "VM", "EM", "TM", "SIF", "NVA", "PV"]
PARTN = ["PV, PR", "NVO, LPS", "LNKC, LNB, NKMP", "VISC; PV", "—", "NVA, SIF, PV un NVO"]
TERM = ["2021. gada IV ceturksnis", "2022–2024", "2021", "pastāvīgi", "2023. gada 1. jūlijs", "01.12.2022."]
SRC = ["ESF+", "VB", "ERAF", "EFI", "VB; ESF+", "ANM"]


def amount(r):
    v = r.randint(0, 2_000_000) / 100 if r.random() < 0.5 else r.randint(500, 999_999)
    s = f"{v:,.2f}" if isinstance(v, float) else f"{v:,}"
    return s.replace(",", " ").replace(".", ",")


def make(name, seed, orientation="landscape", font_pt=9, repeat_header=True,
         split_rows=False, nmeasures=25, furniture=None, breaks=(14,)):
    r = random.Random(seed)
    ncols = 8
    header = [
        {"kind": "header", "break_before": False, "cells": [
            {"col": 0, "colspan": 1, "rowspan": 2, "text": "Nr.\np.k.", "bold": True, "align": "center"},
            {"col": 1, "colspan": 1, "rowspan": 2, "text": "Pasākums", "bold": True, "align": "center"},
            {"col": 2, "colspan": 2, "rowspan": 1, "text": "Atbildīgās institūcijas", "bold": True, "align": "center"},
            {"col": 4, "colspan": 1, "rowspan": 2, "text": "Izpildes termiņš", "bold": True, "align": "center"},
            {"col": 5, "colspan": 1, "rowspan": 2, "text": "Finansējuma avots", "bold": True, "align": "center"},
            {"col": 6, "colspan": 2, "rowspan": 1, "text": "Nepieciešamais finansējums (EUR)", "bold": True, "align": "center"},
        ]},
        {"kind": "header", "break_before": False, "cells": [
            {"col": 2, "colspan": 1, "rowspan": 1, "text": "atbildīgā", "bold": True, "align": "center"},
            {"col": 3, "colspan": 1, "rowspan": 1, "text": "līdzatbildīgās", "bold": True, "align": "center"},
            {"col": 6, "colspan": 1, "rowspan": 1, "text": "2021. gadā", "bold": True, "align": "center"},
            {"col": 7, "colspan": 1, "rowspan": 1, "text": "2022. gadā", "bold": True, "align": "center"},
        ]},
    ]
    body = [{"kind": "numbers", "break_before": False, "cells": [
        {"col": i, "colspan": 1, "rowspan": 1, "text": str(i + 1), "bold": False, "align": "center"}
        for i in range(ncols)]}]
    g = 0
    m = 0
    for k in range(nmeasures):
        if k % 8 == 0:
            g += 1
            m = 0
            body.append({"kind": "group", "break_before": False, "cells": [
                {"col": 0, "colspan": ncols, "rowspan": 1, "bold": True, "align": "left",
                 "text": f"{g}. Rīcības virziens: " + r.choice(TITLES).lower()}]})
        m += 1
        title = r.choice(TITLES)
        if r.random() < 0.3:
            title += " (" + r.choice(["1. posms", "otrā kārta", "sadarbībā ar plānošanas reģioniem"]) + ")"
        if r.random() < 0.15:
            title += "\n" + r.choice(["Rezultāts: sagatavots ziņojums", "Rādītājs: 12 semināri"])
        cells = [
            {"col": 0, "text": f"{g}.{m}.", "align": "left"},
            {"col": 1, "text": title, "align": "left"},
            {"col": 2, "text": r.choice(INST), "align": "left"},
            {"col": 3, "text": r.choice(PARTN), "align": "left"},
            {"col": 4, "text": r.choice(TERM), "align": "center"},
            {"col": 5, "text": r.choice(SRC), "align": "center"},
            {"col": 6, "text": amount(r), "align": "right"},
            {"col": 7, "text": amount(r) if r.random() < 0.7 else "", "align": "right"},
        ]
        for c in cells:
            c.update(colspan=1, rowspan=1, bold=False)
        body.append({"kind": "measure", "break_before": k in breaks, "cells": cells})
    body.append({"kind": "totals", "break_before": False, "cells": [
        {"col": 0, "colspan": 6, "rowspan": 1, "text": "Kopā", "bold": True, "align": "right"},
        {"col": 6, "colspan": 1, "rowspan": 1, "text": "1 234 567,89", "bold": True, "align": "right"},
        {"col": 7, "colspan": 1, "rowspan": 1, "text": "96 750,50", "bold": True, "align": "right"},
    ]})
    return {
        "name": name,
        "orientation": orientation,
        "font_pt": font_pt,
        "before": [
            {"kind": "annex", "align": "right", "bold": False, "lines": [
                "Pielikums", "Ministru kabineta", "2021. gada 9. februāra rīkojumam Nr. 123"]},
            {"kind": "title", "align": "center", "bold": True, "lines": [
                "Sociālās iekļaušanas veicināšanas pasākumu plāns 2021.–2023. gadam"]},
            {"kind": "para", "align": "left", "bold": False, "lines": [
                "Saīsinājumi: LM – Labklājības ministrija, VARAM – Vides aizsardzības un reģionālās "
                "attīstības ministrija, IZM – Izglītības un zinātnes ministrija, CI – centralizētais "
                "iepirkums, ESF+ – Eiropas Sociālais fonds Plus, EFI – esošā finansējuma ietvaros, "
                "PV – pašvaldības, NVO – nevalstiskās organizācijas."]},
        ],
        "table": {"ncols": ncols, "widths": [5, 30, 11, 13, 11, 8, 11, 11],
                  "header": header, "repeat_header": repeat_header, "split_rows": split_rows,
                  "body": body},
        "after": [
            {"kind": "signatory", "align": "left", "bold": False,
             "lines": ["Labklājības ministrs  G.Eglītis"]},
            {"kind": "para", "align": "left", "bold": False, "lines": ["Iesniedzējs: labklājības ministrs G.Eglītis", "Vīza: valsts sekretārs I.Alliks"]},
        ],
        "furniture": furniture or {"page_numbers": True, "page_number_form": "N. lpp.",
                                   "footer": f"LMPlans_{name}_pielikums.docx"},
    }


DOCS = [
    dict(name="t1", seed=1),
    dict(name="t2", seed=2, orientation="portrait", font_pt=8, split_rows=True, breaks=(),
         nmeasures=40, furniture={"page_numbers": True, "page_number_form": "N/M", "footer": None}),
    dict(name="t3", seed=3, repeat_header=False, font_pt=10, breaks=(5, 20),
         furniture={"page_numbers": False, "page_number_form": "N", "footer": None}),
    dict(name="t4", seed=4, orientation="portrait", font_pt=11, split_rows=True, nmeasures=30,
         furniture={"page_numbers": True, "page_number_form": "N", "footer": "t4.docx"}),
]

if __name__ == "__main__":
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for d in DOCS:
        doc = make(**d)
        with open(os.path.join(out, doc["name"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
