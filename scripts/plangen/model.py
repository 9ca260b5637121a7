#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""A plan drawn at random from a seed: its golden record and its printed document.

    model.py --seed S --index I [--force option=value ...] --out DIR
    model.py --check-vocab
    model.py --options

The model holds every value twice where a typo may stand: as it is right
(the golden record, `golden.json`, written from the model's values and
never from planx) and as it is printed (the document every renderer reads,
`doc.json`, see DOCUMENT.md). Each layout choice is a named option in
OPTIONS; `--force` pins one, so that scores can be reported per option.
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import vocab as V  # noqa: E402

REPO = os.path.dirname(os.path.dirname(HERE))
DICT = os.path.join(REPO, "crates", "normalizer", "dict")

# Every layout choice, its values; the first value is the seeds' own layout.
OPTIONS = {
    # where a measure's number stands
    "numbering": ["label-column", "title-prefix", "nr-column", "bare-id"],
    # which of the header wordings each role prints (0: the seeds')
    "header_wording": ["0", "1", "2", "3"],
    # two-level headers: "Atbildīgā institūcija" over "iepirkuma veicējs | finansētājs"
    "header_levels": ["two", "one"],
    # columns after the title in the seeds' order or shuffled
    "column_order": ["seed", "shuffled"],
    # optional columns the seeds do not print
    "extra_columns": ["none", "result", "funding", "unknown", "all"],
    # the budget: none, one column, per year under "Nepieciešamais finansējums, EUR" (with "Kopā")
    "budget": ["single", "none", "by-year", "by-year-total"],
    # a row of column numbers "1 | 2 | 3 ..." under the header
    "number_row": ["no", "yes"],
    # groups: the seeds' label rows, full-width rows (with labelled field rows), or none
    "groups": ["label-rows", "full-width", "full-width-fields", "none"],
    # the goals' enumerators
    "goal_enum": ["paren", "bracket", "none"],
    # the abbreviation list
    "abbreviations": ["paragraph", "paragraph-semicolon", "lines-endash", "lines-hyphen", "none"],
    "abbr_heading": ["saisinajumi", "lietotie"],
    "abbr_position": ["before", "after"],
    "overall_goal": ["yes", "no"],
    "annex": ["lines", "one-line", "none"],
    "signatory": ["two-lines", "one-line"],
    # pages: the header repeated on every page, page numbers or a footer, rows split over a page end
    "header_repeat": ["yes", "no"],
    "furniture": ["none", "page-numbers", "footer"],
    "split_rows": ["no", "yes"],
    # a totals row ("Kopā") at the end of the table
    "totals_row": ["no", "yes"],
    # deliberate typos (single edits of dictionary words printed right elsewhere)
    "typos": ["1", "0", "3"],
}

# Header wordings per role; index = header_wording option (wrapping).
HEADERS = {
    "title": ["Pasākuma nosaukums:", "Pasākums", "Uzdevums", "Rīcība"],
    "responsible": ["Atbildīgā institūcija", "Atbildīgā iestāde", "Atbildīgais izpildītājs", "Atbildīgais"],
    "procurer_sub": ["iepirkuma veicējs"],
    "financer_sub": ["finansētājs"],
    "financer": ["Finansētājs"],
    "partners": ["Iesaistāmās institūcijas un personas", "Līdzatbildīgās institūcijas",
                 "Iesaistītās institūcijas", "Sadarbības partneri"],
    "period": ["Indikatīvais īstenošanas laiks", "Izpildes termiņš", "Termiņš", "Īstenošanas periods"],
    "budget": ["Indikatīvais finansējums, EUR", "Finansējums, EUR", "Nepieciešamais finansējums",
               "Indikatīvais finansējums, EUR"],
    "budget_years": ["Nepieciešamais finansējums, EUR", "Nepieciešamais finansējums, EUR",
                     "Indikatīvais finansējums, EUR", "Finansējums, EUR"],
    "total_sub": ["Kopā"],
    "result": ["Rezultāts", "Sasniedzamais rezultāts", "Rezultatīvais rādītājs", "Darbības rezultāts"],
    "funding_source": ["Finansējuma avots", "Finansēšanas avots", "Finansējuma avots", "Finansēšanas avots"],
    "id": ["Nr. p.k.", "Nr.", "Nr.p.k.", "Nr. p. k."],
}
MEASURE_LABELS = ["Pasākums nr.{id}.", "Pasākums Nr. {id}.", "Pasākums nr. {id}.", "PASĀKUMS NR.{id}."]
GROUP_LABELS = ["Rīcības virziens nr.{n}", "Rīcības virziens Nr. {n}", "Rīcības virziens nr. {n}"]
FULL_WIDTH_HEADINGS = ["Rīcības virziens Nr. {n}: {title}", "{n}. Rīcības virziens: {title}",
                       "{n}. mērķis. {title}", "Mērķis {n}. {title}", "{n}. uzdevums: {title}"]
FIELD_LABELS = {
    "description": ["Apraksts"],
    "goals": ["Mērķi", "Mērķis"],
    "audience": ["Mērķauditorija", "Mērķ-auditorija"],
}
TOTALS = ["Kopā", "Kopā:", "Pavisam kopā"]
ABBR_HEADINGS = {"saisinajumi": "Saīsinājumi:", "lietotie": "Lietotie saīsinājumi"}
WIDTHS = {"id": 5, "label": 10, "title": 30, "responsible": 13, "financer": 8, "period": 10,
          "budget": 9, "year": 7, "total": 8, "partners": 13, "result": 15, "funding_source": 10,
          "other": 11}
FOOTERS = ["{ministry}Pl_{n}_{date}; Pasākumu plāns", "{ministry}pl_{date}"]


class Slot:
    """A text as it is right and as it is printed (a typo may make them differ)."""

    def __init__(self, text, typo_ok=True):
        self.right = text
        self.printed = text
        self.typo_ok = typo_ok

    def __repr__(self):
        return f"Slot({self.printed!r})"


def fmt_amount(rng, eur):
    """An amount as printed: '4 000', '40000', '96 750,50'."""
    whole = int(eur)
    cents = round((eur - whole) * 100)
    if whole >= 1000 and rng.random() < 0.7:
        s = f"{whole:,}".replace(",", " ")
    else:
        s = str(whole)
    if cents:
        s += f",{cents:02d}"
    return s


def plain_amount(eur):
    return f"{int(eur):,}".replace(",", " ") + (f",{round((eur - int(eur)) * 100):02d}" if eur != int(eur) else "")


class Plan:
    def __init__(self, seed, index, force=None):
        self.name = f"g{seed}-{index:04d}"
        self.rng = random.Random(f"{seed}/{index}")
        self.options = self.draw_options(force or {})
        self.slots = []
        self.build()

    # ---------- options ----------
    def draw_options(self, force):
        rng = self.rng
        for k in force:
            if k not in OPTIONS:
                raise SystemExit(f"unknown option {k!r}; options: {', '.join(OPTIONS)}")
            if force[k] not in OPTIONS[k]:
                raise SystemExit(f"option {k} has no value {force[k]!r}; values: {', '.join(OPTIONS[k])}")
        opt = {k: force.get(k) or rng.choice(v) for k, v in OPTIONS.items()}
        # label rows need a label column
        if opt["groups"] == "label-rows" and opt["numbering"] != "label-column":
            if "groups" in force and "numbering" in force:
                raise SystemExit("groups=label-rows needs numbering=label-column")
            if "groups" in force:
                opt["numbering"] = "label-column"
            else:
                opt["groups"] = rng.choice(["full-width", "full-width-fields", "none"])
        if opt["totals_row"] == "yes" and opt["budget"] == "none":
            if "totals_row" in force and "budget" in force:
                raise SystemExit("totals_row=yes needs a budget column")
            if "totals_row" in force:
                opt["budget"] = "single"
            else:
                opt["totals_row"] = "no"
        return opt

    def slot(self, text, typo_ok=True):
        s = Slot(text, typo_ok)
        self.slots.append(s)
        return s

    # ---------- content ----------
    def build(self):
        rng, opt = self.rng, self.options
        self.year0 = rng.randint(2016, 2026)
        self.years = list(range(self.year0, self.year0 + rng.choice([3, 3, 4, 5])))
        topic_dat, topic_gen = rng.choice(V.TOPICS)
        self.topic = {"topic_dat": topic_dat, "topic_gen": topic_gen}
        years_text = f"{self.years[0]}.–{self.years[-1]}."
        title = rng.choice(V.PLAN_TITLES).format(topic_gen=topic_gen, years=years_text)
        self.title = title[0].upper() + title[1:]
        ministry = rng.choice(V.MINISTRIES_GENITIVE)
        self.ministry = ministry
        day, month = rng.randint(1, 28), rng.randrange(12)
        self.annex_lines = ["Pielikums", ministry,
                            f"{self.year0 - 1 if month > 9 else self.year0}. gada {day}. {V.MONTHS_GEN[month]} rīkojumam",
                            f"Nr. {rng.randint(1, 480)}"]
        if rng.random() < 0.4:
            self.annex_lines[-1] = f"Nr. {rng.randint(1, 9)}-{rng.randint(1, 9)}/{rng.randint(10, 99)}"
        self.overall_goal = self.slot(rng.choice(V.OVERALL_GOALS).format(**self.topic)) \
            if opt["overall_goal"] == "yes" else None
        self.signatory = rng.choice(V.SIGNATORIES)
        # institutions this plan uses
        pool = V.INSTITUTIONS[:]
        rng.shuffle(pool)
        self.insts = pool[: rng.randint(5, 10)]
        self.funds = rng.sample(V.FUNDS, rng.randint(0, 2))
        self.used_codes = []
        self.columns = self.build_columns()
        self.groups = self.build_groups()
        if opt["typos"] != "0":
            self.add_typos(int(opt["typos"]))
        self.abbreviations = self.build_abbreviations()

    def use(self, code):
        if code not in self.used_codes:
            self.used_codes.append(code)
        return code

    def code(self):
        return self.use(self.rng.choice(self.insts)[0])

    def build_columns(self):
        """The table's leaf columns in order: dicts with role, header (top) and sub."""
        rng, opt = self.rng, self.options
        w = int(opt["header_wording"])

        def h(role):
            return HEADERS[role][w % len(HEADERS[role])]

        units = []
        if opt["header_levels"] == "two":
            units.append([{"role": "responsible", "top": h("responsible"), "sub": HEADERS["procurer_sub"][0]},
                          {"role": "financer", "top": h("responsible"), "sub": HEADERS["financer_sub"][0]}])
        else:
            units.append([{"role": "responsible", "top": h("responsible"), "sub": None}])
            if rng.random() < 0.4:
                units.append([{"role": "financer", "top": h("financer"), "sub": None}])
        units.append([{"role": "period", "top": h("period"), "sub": None}])
        if opt["budget"] == "single":
            units.append([{"role": "budget", "top": h("budget"), "sub": None}])
        elif opt["budget"].startswith("by-year"):
            top = h("budget_years")
            unit = [{"role": "year", "year": y, "top": top, "sub": str(y)} for y in self.years[:3]]
            if opt["budget"] == "by-year-total":
                unit.append({"role": "total", "top": top, "sub": HEADERS["total_sub"][0]})
            units.append(unit)
        units.append([{"role": "partners", "top": h("partners"), "sub": None}])
        extra = opt["extra_columns"]
        if extra in ("result", "all"):
            units.append([{"role": "result", "top": h("result"), "sub": None}])
        if extra in ("funding", "all"):
            units.append([{"role": "funding_source", "top": h("funding_source"), "sub": None}])
        if extra in ("unknown", "all"):
            header, values = rng.choice(V.OTHER_COLUMNS)
            units.append([{"role": "other", "top": header, "sub": None, "values": values}])
        if opt["column_order"] == "shuffled":
            rest = units[:]
            while rest == units and len(units) > 1:
                rng.shuffle(rest)
            units = rest
        cols = []
        numbering = opt["numbering"]
        if numbering == "label-column":
            cols.append({"role": "label", "top": h("title"), "sub": None, "span_title": True})
        elif numbering == "nr-column":
            cols.append({"role": "id", "top": h("id"), "sub": None})
        elif numbering == "bare-id":
            cols.append({"role": "id", "top": "", "sub": None, "span_title": rng.random() < 0.5})
        cols.append({"role": "title", "top": h("title"), "sub": None})
        for u in units:
            cols.extend(u)
        return cols

    def ids(self, prefix):
        """Measure ids under a prefix ('' or 'g.'): 2-6 measures, some with sub-measures (up to 4 levels)."""
        rng = self.rng
        out = []
        for k in range(1, rng.randint(2, 6) + 1):
            mid = f"{prefix}{k}"
            out.append(mid)
            if rng.random() < 0.2:
                for j in range(1, rng.randint(2, 3) + 1):
                    sid = f"{mid}.{j}"
                    out.append(sid)
                    if rng.random() < 0.15 and sid.count(".") < 3:
                        for i in range(1, 3):
                            out.append(f"{sid}.{i}")
        return out

    def build_groups(self):
        rng, opt = self.rng, self.options
        groups = []
        if opt["groups"] == "none":
            groups.append({"number": None, "measures": [self.measure(i) for i in self.ids("")]})
        else:
            titles = rng.sample(V.GROUP_TITLES, rng.randint(2, 4))
            unnumbered = opt["groups"] == "label-rows" and rng.random() < 0.25
            for n, t in enumerate(titles, 1):
                g = {"number": n, "title": self.slot(t.format(**self.topic)),
                     "printed_number": not (unnumbered and n > 1 and rng.random() < 0.5),
                     "fields": {}}
                if opt["groups"] in ("label-rows", "full-width-fields"):
                    if rng.random() < 0.8:
                        g["fields"]["description"] = self.slot(rng.choice(V.DESCRIPTIONS).format(**self.topic))
                    if rng.random() < 0.8:
                        k = 1 if opt["goal_enum"] == "none" else rng.randint(1, 4)
                        g["fields"]["goals"] = [self.slot(s.format(**self.topic)) for s in rng.sample(V.GOALS, k)]
                    if rng.random() < 0.8:
                        g["fields"]["audience"] = self.slot(rng.choice(V.AUDIENCES))
                        if "LM" in g["fields"]["audience"].right:
                            for c in ("LM", "PR", "NVO"):
                                self.use(c) if c in dict(self.insts) else None
                g["measures"] = [self.measure(i) for i in self.ids(f"{n}.")]
                groups.append(g)
        all_ids = {m["id"] for g in groups for m in g["measures"]}
        for g in groups:
            for m in g["measures"]:
                parent = m["id"].rsplit(".", 1)[0] if "." in m["id"] else None
                m["parent"] = parent if parent in all_ids else None
                m["container"] = any(i.startswith(m["id"] + ".") for i in all_ids)
                # a measure with sub-measures often prints only its number and title
                m["blank"] = m["container"] and m.pop("_maybe_empty")
                if m["blank"]:
                    # A blank row prints its title only: no typo may go
                    # into a text that is never printed.
                    for e in m["responsible"]:
                        if e["note"]:
                            e["note"].typo_ok = False
                    if m.get("result"):
                        m["result"].typo_ok = False
                m.pop("_maybe_empty", None)
        return groups

    def title_text(self):
        rng = self.rng
        obj, act = rng.choice(V.OBJECTS), rng.choice(V.ACTIONS)
        parts = [obj, act]
        if rng.random() < 0.6:
            parts.append(rng.choice(V.AUDIENCES_DATIVE))
        if rng.random() < 0.4:
            parts.append(rng.choice(V.CONTEXTS))
        if rng.random() < 0.15:
            parts.append(rng.choice(V.TITLE_PARENS))
        if rng.random() < 0.04:
            parts.append(rng.choice(V.CUT_ENDINGS))
        s = " ".join(parts)
        return s[0].upper() + s[1:]

    def period(self):
        rng, ys = self.rng, self.years
        a = rng.choice(ys[:-1])
        b = rng.choice([y for y in ys if y > a])
        form = rng.choice(["year", "range", "range", "endash", "gads", "list", "deadline", "until",
                           "quarter", "half", "word", "empty"])
        if form == "year":
            return (str(a), a, a)
        if form == "range":
            return (f"{a}-{b}", a, b)
        if form == "endash":
            return (f"{a}–{b}", a, b)
        if form == "gads":
            return (f"{a}.–{b}. gads", a, b)
        if form == "list":
            return (f"{a}; {b}", a, b)
        if form == "deadline":
            m = rng.randrange(12)
            return (f"{a}. gada {rng.randint(1, 28)}. {V.MONTHS_NOM[m]}", a, a)
        if form == "until":
            m = rng.randrange(12)
            return (f"līdz {a}. gada {rng.randint(1, 28)}. {V.MONTHS_DAT[m]}", a, a)
        if form == "quarter":
            return (f"{a}. gada {rng.choice(['I', 'II', 'III', 'IV'])} ceturksnis", a, a)
        if form == "half":
            return (f"{a}. gada {rng.choice(['I', 'II'])} pusgads", a, a)
        if form == "word":
            return (rng.choice(["Pastāvīgi", "Regulāri", "Katru gadu"]), None, None)
        return None

    def responsible(self):
        rng = self.rng
        out = []
        for _ in range(rng.choice([1, 1, 1, 2])):
            if rng.random() < 0.06:
                out.append({"institution": rng.choice(["pašvaldības", "plānošanas reģioni"]),
                            "procurement": None, "note": None})
                continue
            code = self.code()
            while any(e["institution"] == code for e in out):
                code = self.code()
            r = rng.random()
            proc = note = None
            if r < 0.35:
                proc = self.use("CI") and rng.choice(V.PROCUREMENT_CODES)
            elif r < 0.5:
                proc = self.use("CI") and rng.choice(V.PROCUREMENT_CODES)
                note = rng.choice(V.RESP_NOTES)
            elif r < 0.6:
                note = rng.choice(V.RESP_NOTES)
            if note and "{code}" in note:
                note = note.format(code=self.code())
            out.append({"institution": code, "procurement": proc,
                        "note": self.slot(note) if note else None})
        return out

    def partners(self):
        rng = self.rng
        items = []
        for _ in range(rng.choice([0, 1, 2, 2, 3, 4])):
            if rng.random() < 0.7:
                it = self.code()
            else:
                it = rng.choice(V.PARTNER_WORDS)
                for c in re.findall(r"\b[A-ZĀČĒĢĪĶĻŅŠŪŽ]{2,}\b", it):
                    self.use(c)
            if it not in items:
                items.append(it)
        return items

    def financer(self):
        rng = self.rng
        n = rng.choice([0, 1, 1, 1, 2])
        pool = [c for c, _ in self.insts] + [c for c, _ in self.funds]
        return [self.use(c) for c in rng.sample(pool, n)]

    def amount(self):
        rng = self.rng
        r = rng.random()
        if r < 0.1:
            return None
        if r < 0.2:
            if rng.random() < 0.5:
                code = rng.choice(V.BUDGET_CODES)[0]
                self.use(code)
                return {"eur": None, "note": code, "text": code}
            n = rng.choice(V.BUDGET_NOTES)
            return {"eur": None, "note": n, "text": n}
        eur = rng.choice([rng.randint(5, 400) * 100, rng.randint(1, 99) * 1000 + rng.choice([0, 250, 500]),
                          rng.randint(100, 99999) + rng.choice([0, 0, 0, 0.5, 0.25]),
                          rng.randint(1, 3) * 1_000_000 + rng.randint(0, 9) * 100_000])
        return {"eur": eur, "note": None, "text": fmt_amount(rng, eur)}

    def measure(self, mid):
        rng, opt = self.rng, self.options
        m = {"id": mid, "title": self.slot(self.title_text())}
        m["_maybe_empty"] = rng.random() < 0.5
        m["responsible"] = self.responsible()
        m["financer"] = self.financer() if any(c["role"] == "financer" for c in self.columns) else []
        m["period"] = self.period()
        if opt["budget"] == "single":
            m["budget"] = self.amount()
        elif opt["budget"].startswith("by-year"):
            m["budget"] = self.by_year()
        m["partners"] = self.partners()
        for c in self.columns:
            if c["role"] == "result":
                m["result"] = self.slot(rng.choice(V.RESULTS).format(n=rng.randint(2, 500))) \
                    if rng.random() < 0.9 else None
            elif c["role"] == "funding_source":
                m["funding_source"] = rng.choice(V.FUNDING_SOURCES) if rng.random() < 0.9 else None
            elif c["role"] == "other":
                m["other"] = {c["top"]: rng.choice(c["values"])} if rng.random() < 0.7 else {}
        return m

    def by_year(self):
        rng = self.rng
        years = [c for c in self.columns if c["role"] == "year"]
        if rng.random() < 0.1:
            n = rng.choice(V.BUDGET_NOTES)
            return {"eur": None, "note": n, "text": n, "by_year": {}, "_note_across": True}
        by = {}
        printed = {}
        for c in years:
            if rng.random() < 0.7:
                eur = rng.randint(1, 400) * 100 + rng.choice([0, 0, 0, 50])
                by[str(c["year"])] = eur
                printed[str(c["year"])] = fmt_amount(rng, eur)
        if not by:
            return None
        total = sum(by.values())
        texts = [printed[str(c["year"])] for c in years if str(c["year"]) in printed]
        b = {"eur": total, "note": None, "by_year": by, "_printed": printed}
        if self.options["budget"] == "by-year-total":
            b["_total_text"] = fmt_amount(rng, total)
            texts.append(b["_total_text"])
        b["text"] = "; ".join(texts)
        return b

    # ---------- typos ----------
    def add_typos(self, count):
        rng = self.rng
        counts = {}
        for s in self.all_texts():
            for w in re.findall(r"\w+", s):
                counts[w] = counts.get(w, 0) + 1
        slots = [s for s in self.slots if s.typo_ok]
        candidates = []
        for s in slots:
            # sorted: a set's order changes with the hash seed, and the
            # same seed must give the same plan in every run
            for w in sorted(set(re.findall(r"\b[a-zāčēģīķļņšūž]{6,}\b", s.right))):
                if counts.get(w, 0) >= 2:
                    candidates.append((s, w))
        rng.shuffle(candidates)
        tries = []
        for s, w in candidates[: count * 8]:
            t = typo_of(rng, w)
            if t and t != w:
                tries.append((s, w, t))
        unknown = unknown_words([t for _, _, t in tries] + [w for _, w, _ in tries])
        lexicon = project_lexicon()
        used_words, used_slots = set(), set()
        self.expected_corrections = []
        for s, w, t in tries:
            if len(self.expected_corrections) >= count:
                break
            if t not in unknown or w in unknown or t.lower() in lexicon or w in used_words or id(s) in used_slots:
                continue
            # one occurrence of w in the slot becomes t
            new, n = re.subn(rf"\b{re.escape(w)}\b", t, s.printed, count=1)
            if n != 1:
                continue
            s.printed = new
            used_words.add(w)
            used_slots.add(id(s))
            self.expected_corrections.append([t, w])

    def all_texts(self):
        """The texts the document prints for certain (the abbreviation list
        is drawn later): a typo goes into a word printed twice or more, so
        that its right form is evidence the document itself gives."""
        return [self.title] + [s.right for s in self.slots if s.typo_ok]

    # ---------- abbreviations ----------
    def build_abbreviations(self):
        known = dict(V.INSTITUTIONS + V.FUNDS + V.PROCUREMENT + V.BUDGET_CODES)
        codes = [c for c in self.used_codes if c in known]
        # a few listed codes the table does not use
        for c, _ in self.insts:
            if c not in codes and self.rng.random() < 0.3:
                codes.append(c)
        if self.rng.random() < 0.5:
            self.rng.shuffle(codes)
        return [(c, known[c]) for c in codes]

    # ---------- golden record ----------
    def golden(self):
        opt = self.options
        directions, measures = [], []
        for g in self.groups:
            if g["number"] is not None:
                f = g["fields"]
                goals = None
                if "goals" in f:
                    goals = [s.right for s in f["goals"]]
                    if opt["goal_enum"] == "none":
                        goals = [" ".join(goals)]
                directions.append({
                    "number": g["number"],
                    "title": g["title"].right,
                    "description": f["description"].right if "description" in f else None,
                    "goals": goals,
                    "audience": f["audience"].right if "audience" in f else None,
                })
            for m in g["measures"]:
                measures.append(self.golden_measure(m, g["number"]))
        abbrs = [] if opt["abbreviations"] == "none" else \
            [{"abbr": c, "expansion": e} for c, e in self.abbreviations]
        return {
            "format": "planx/plan-record/1",
            "kind": "action_plan",
            "title": self.title,
            "annex_to": " ".join(self.annex_lines) if opt["annex"] != "none" else None,
            "overall_goal": self.overall_goal.right if self.overall_goal else None,
            "abbreviations": abbrs,
            "directions": directions,
            "measures": measures,
            "signatory": {"position": self.signatory[0], "name": self.signatory[1]},
            "expected_corrections": getattr(self, "expected_corrections", []),
            "generator": {"name": self.name, "options": self.options},
        }

    def golden_measure(self, m, direction):
        roles = {c["role"] for c in self.columns}
        blank = m.get("blank", False)
        out = {
            "id": m["id"],
            "direction": direction,
            "parent": m["parent"],
            "title": m["title"].right,
            "responsible": [] if blank else [
                {"institution": e["institution"], "procurement": e["procurement"],
                 "note": e["note"].right if e["note"] else None} for e in m["responsible"]],
            "financer": [] if blank else m["financer"],
            "period": None if blank or not m["period"] else
            {"from": m["period"][1], "to": m["period"][2], "text": m["period"][0]},
            "budget": None,
            "partners": [] if blank else m["partners"],
        }
        if not blank and m.get("budget"):
            out["budget"] = {k: v for k, v in m["budget"].items() if not k.startswith("_")}
        if "result" in roles:
            out["result"] = None if blank or not m.get("result") else m["result"].right
        if "funding_source" in roles:
            out["funding_source"] = None if blank else m.get("funding_source")
        if "other" in roles:
            out["other"] = {} if blank else m.get("other", {})
        return out

    # ---------- printed document ----------
    def doc(self):
        opt, rng = self.options, random.Random(self.name + "/doc")
        before, after = [], []
        if opt["annex"] == "lines":
            before.append({"kind": "annex", "lines": self.annex_lines, "align": "right", "bold": False})
        elif opt["annex"] == "one-line":
            before.append({"kind": "annex", "lines": [" ".join(self.annex_lines)], "align": "right", "bold": False})
        before.append({"kind": "title", "lines": [self.title], "align": "center", "bold": True})
        abbr = self.abbr_blocks()
        if opt["abbr_position"] == "before":
            before += abbr
        if self.overall_goal:
            before.append({"kind": "para", "lines": [f"Virsmērķis: {self.overall_goal.printed}:"
                                                     if rng.random() < 0.5 else
                                                     f"Virsmērķis: {self.overall_goal.printed}"],
                           "align": "left", "bold": False})
        if opt["abbr_position"] == "after":
            after += abbr
        pos, name = self.signatory
        after.append({"kind": "signatory", "lines": [pos, name], "align": "left", "bold": False,
                      "one_line": opt["signatory"] == "one-line"})
        table = self.table(rng)
        furniture = {"page_numbers": opt["furniture"] == "page-numbers",
                     "page_number_form": rng.choice(["N", "N. lpp.", "N/M"]),
                     "footer": None}
        if opt["furniture"] == "footer":
            code = rng.choice(["LM", "IEM", "VARAM", "KM"])
            furniture["footer"] = f"{code}Pl_{rng.randint(10, 99)}{rng.randint(10, 12)}{self.year0 % 100}"
        return {"name": self.name, "orientation": "landscape" if len(self.columns) > 5 or rng.random() < 0.7 else "portrait",
                "font_pt": rng.choice([8, 9, 9, 10]), "before": before, "table": table, "after": after,
                "furniture": furniture, "options": self.options}

    def abbr_blocks(self):
        opt = self.options
        if opt["abbreviations"] == "none" or not self.abbreviations:
            return []
        head = ABBR_HEADINGS[opt["abbr_heading"]]
        style = opt["abbreviations"]
        if style.startswith("paragraph"):
            sep = ", " if style == "paragraph" else "; "
            dash = " - " if style == "paragraph" else self.rng.choice([" - ", " – "])
            body = sep.join(f"{c}{dash}{e}" for c, e in self.abbreviations) + "."
            h = head if head.endswith(":") else head + ":"
            return [{"kind": "para", "lines": [f"{h} {body}"], "align": "left", "bold": False}]
        dash = " – " if style == "lines-endash" else " - "
        end = self.rng.choice([",", ";", ""])
        lines = [f"{c}{dash}{e}{end}" for c, e in self.abbreviations]
        lines[-1] = lines[-1].rstrip(",;") + ("." if self.rng.random() < 0.5 else "")
        return [{"kind": "heading", "lines": [head], "align": "left", "bold": True},
                {"kind": "para", "lines": lines, "align": "left", "bold": False}]

    def table(self, rng):
        opt, cols = self.options, self.columns
        n = len(cols)
        widths = [WIDTHS.get(c["role"], 10) for c in cols]
        two = any(c["sub"] for c in cols)
        header = self.header_rows(two)
        body = []
        if opt["number_row"] == "yes":
            body.append({"kind": "numbers", "break_before": False,
                         "cells": [cell(i, str(i + 1), align="center") for i in range(n)]})
        label_col = cols[0]["role"] in ("label", "id")
        title_col = next(i for i, c in enumerate(cols) if c["role"] == "title")
        for g in self.groups:
            body += self.group_rows(g, rng, n, title_col)
            for m in g["measures"]:
                body.append(self.measure_row(m, rng))
        if opt["totals_row"] == "yes":
            body.append(self.totals_row(rng, label_col, title_col))
        # forced page breaks every 7-12 rows (paginated forms; the tab export repeats its header)
        k = rng.randint(7, 12)
        for i in range(k, len(body), k):
            if body[i]["kind"] == "measure":
                body[i]["break_before"] = True
        return {"ncols": n, "widths": widths, "header": header,
                "repeat_header": opt["header_repeat"] == "yes",
                "split_rows": opt["split_rows"] == "yes", "body": body}

    def header_rows(self, two):
        cols = self.columns
        top, sub = [], []
        i = 0
        while i < len(cols):
            c = cols[i]
            if c.get("span_title"):
                # the title's header spans the label column and the title column
                top.append(cell(i, cols[i + 1]["top"], colspan=2, rowspan=2 if two else 1, bold=True))
                i += 2
                continue
            if c["sub"] is None:
                top.append(cell(i, c["top"], rowspan=2 if two else 1, bold=True))
                i += 1
                continue
            j = i
            while j < len(cols) and cols[j]["sub"] is not None and cols[j]["top"] == c["top"]:
                sub.append(cell(j, cols[j]["sub"], bold=True))
                j += 1
            top.append(cell(i, c["top"], colspan=j - i, bold=True))
            i = j
        rows = [{"kind": "header", "break_before": False, "cells": top}]
        if two:
            rows.append({"kind": "header", "break_before": False, "cells": sub})
        return rows

    def group_rows(self, g, rng, n, title_col):
        opt = self.options
        if g["number"] is None:
            return []
        rows = []
        fields = g["fields"]
        goals_text = None
        if "goals" in fields:
            goals = [s.printed for s in fields["goals"]]
            if opt["goal_enum"] == "paren":
                goals_text = " ".join(f"({k}) {t}" for k, t in enumerate(goals, 1))
            elif opt["goal_enum"] == "bracket":
                goals_text = " ".join(f"{k}) {t}" for k, t in enumerate(goals, 1))
            else:
                goals_text = goals[0]
        labels = {k: rng.choice(v) for k, v in FIELD_LABELS.items()}
        order = [("description", fields.get("description") and fields["description"].printed),
                 ("goals", goals_text),
                 ("audience", fields.get("audience") and fields["audience"].printed)]
        if opt["groups"] == "label-rows":
            label = rng.choice(GROUP_LABELS).format(n=g["number"]) if g["printed_number"] else "Rīcības virziens"
            rows.append({"kind": "group", "break_before": False,
                         "cells": [cell(0, label, bold=True), cell(1, g["title"].printed, colspan=n - 1, bold=True)]})
            for k, text in order:
                if text:
                    rows.append({"kind": "field", "break_before": False,
                                 "cells": [cell(0, labels[k]), cell(1, text, colspan=n - 1)]})
            return rows
        heading = self.heading_form.format(n=g["number"], title=g["title"].printed)
        rows.append({"kind": "group", "break_before": False, "cells": [cell(0, heading, colspan=n, bold=True)]})
        if opt["groups"] == "full-width-fields":
            for k, text in order:
                if text:
                    rows.append({"kind": "field", "break_before": False,
                                 "cells": [cell(0, f"{labels[k]}: {text}", colspan=n)]})
        return rows

    @property
    def heading_form(self):
        if not hasattr(self, "_heading"):
            self._heading = random.Random(self.name + "/heading").choice(FULL_WIDTH_HEADINGS)
        return self._heading

    def measure_row(self, m, rng):
        opt, cols = self.options, self.columns
        cells = []
        label = MEASURE_LABELS[hash_index(self.name, len(MEASURE_LABELS))].format(id=m["id"])
        note_across = isinstance(m.get("budget"), dict) and m["budget"].get("_note_across")
        i = 0
        while i < len(cols):
            c = cols[i]
            role = c["role"]
            text = ""
            if m.get("blank") and role not in ("label", "id", "title"):
                cells.append(cell(i, ""))
                i += 1
                continue
            if role == "label":
                text = label
            elif role == "id":
                text = m["id"] + "."
            elif role == "title":
                text = m["title"].printed
                if opt["numbering"] == "title-prefix":
                    text = label + ("\n" if rng.random() < 0.4 else " ") + text
            elif role == "responsible":
                parts = []
                for e in m["responsible"]:
                    s = e["institution"]
                    inner = " ".join(x for x in (e["procurement"], e["note"].printed if e["note"] else None) if x)
                    if inner:
                        s += f" ({inner})"
                    parts.append(s)
                # the seeds' form: entries each with a parenthesis, one a line, no comma
                sep = "\n" if all(p.endswith(")") for p in parts) and rng.random() < 0.3 else ", "
                text = sep.join(parts)
            elif role == "financer":
                text = ", ".join(m["financer"])
            elif role == "period":
                text = m["period"][0] if m["period"] else ""
            elif role == "budget":
                text = m["budget"]["text"] if m.get("budget") else ""
            elif role in ("year", "total") and note_across:
                j = i
                while j < len(cols) and cols[j]["role"] in ("year", "total"):
                    j += 1
                cells.append(cell(i, m["budget"]["note"], colspan=j - i, align="center"))
                i = j
                continue
            elif role == "year":
                b = m.get("budget")
                text = b["_printed"].get(str(c["year"]), "") if b else ""
            elif role == "total":
                b = m.get("budget")
                text = b["_total_text"] if b else ""
            elif role == "partners":
                text = ", ".join(m["partners"])
            elif role == "result":
                text = m["result"].printed if m.get("result") else ""
            elif role == "funding_source":
                text = m.get("funding_source") or ""
            elif role == "other":
                text = m.get("other", {}).get(c["top"], "")
            align = "right" if role in ("budget", "year", "total") else "left"
            cells.append(cell(i, text, align=align))
            i += 1
        return {"kind": "measure", "break_before": False, "cells": cells}

    def totals_row(self, rng, label_col, title_col):
        cols = self.columns
        measures = [m for g in self.groups for m in g["measures"]]
        word = rng.choice(TOTALS)
        cells = []
        for i, c in enumerate(cols):
            text = ""
            if i == (0 if label_col else title_col):
                text = word
            elif c["role"] == "budget":
                text = plain_amount(sum(m["budget"]["eur"] for m in measures
                                        if m.get("budget") and m["budget"]["eur"] is not None))
            elif c["role"] == "year":
                text = plain_amount(sum(m["budget"]["by_year"].get(str(c["year"]), 0)
                                        for m in measures if m.get("budget")))
            elif c["role"] == "total":
                text = plain_amount(sum(m["budget"]["eur"] or 0 for m in measures if m.get("budget")))
            cells.append(cell(i, text, bold=True, align="right" if text and text[0].isdigit() else "left"))
        return {"kind": "totals", "break_before": False, "cells": cells}


def hash_index(name, n):
    return random.Random(name + "/label").randrange(n)


def cell(col, text, colspan=1, rowspan=1, bold=False, align="left"):
    return {"col": col, "colspan": colspan, "rowspan": rowspan, "text": text, "bold": bold, "align": align}


# ---------- typos and the dictionary ----------
DIACRITIC = dict(zip("āčēģīķļņšūž", "acegiklnsuz"))


def typo_of(rng, w):
    kinds = ["diacritic", "swap", "drop", "double"]
    rng.shuffle(kinds)
    for k in kinds:
        if k == "diacritic":
            pos = [i for i, ch in enumerate(w) if ch in DIACRITIC]
            if pos:
                i = rng.choice(pos)
                return w[:i] + DIACRITIC[w[i]] + w[i + 1:]
        elif k == "swap":
            pos = [i for i in range(1, len(w) - 1) if w[i] != w[i + 1]]
            if pos:
                i = rng.choice(pos)
                return w[:i] + w[i + 1] + w[i] + w[i + 2:]
        elif k == "drop":
            i = rng.randrange(1, len(w))
            return w[:i] + w[i + 1:]
        elif k == "double":
            i = rng.randrange(1, len(w))
            return w[:i] + w[i] + w[i:]
    return None


_UNKNOWN_CACHE = {}


def unknown_words(words):
    """The words the shipped Hunspell dictionary does not know (hunspell -l)."""
    todo = sorted({w for w in words if w not in _UNKNOWN_CACHE})
    if todo:
        try:
            out = subprocess.run(["hunspell", "-d", os.path.join(DICT, "lv_LV"), "-l"],
                                 input="\n".join(todo), capture_output=True, text=True, check=True).stdout
        except FileNotFoundError:
            raise SystemExit("model.py: hunspell not found (Debian: apt-get install hunspell)")
        bad = set(out.split())
        for w in todo:
            _UNKNOWN_CACHE[w] = w in bad
    return {w for w in words if _UNKNOWN_CACHE[w]}


def project_lexicon():
    words = set()
    with open(os.path.join(DICT, "planx-lv.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                words.add(line.lower())
    return words


def check_vocab():
    words = set()
    for name in dir(V):
        val = getattr(V, name)
        if isinstance(val, list):
            for item in val:
                for s in (item if isinstance(item, tuple) else (item,)):
                    for x in (s if isinstance(s, list) else [s]):
                        if isinstance(x, str):
                            words.update(re.findall(r"\w+", x.replace("{", " ").replace("}", " ")))
    for table in (HEADERS, FIELD_LABELS):
        for v in table.values():
            for s in v:
                words.update(re.findall(r"\w+", s))
    cand = {w for w in words if not w.isupper() and not w.isdigit() and not re.search(r"\d", w)
            and w not in ("topic_dat", "topic_gen", "years", "code", "n")}
    bad = sorted(w for w in unknown_words(cand) if w.lower() not in project_lexicon())
    return bad


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--index", type=int, default=0)
    ap.add_argument("--force", action="append", default=[], metavar="OPTION=VALUE")
    ap.add_argument("--out")
    ap.add_argument("--check-vocab", action="store_true")
    ap.add_argument("--options", action="store_true")
    a = ap.parse_args()
    if a.options:
        for k, v in OPTIONS.items():
            print(f"{k}: {' | '.join(v)}")
        return 0
    if a.check_vocab:
        bad = check_vocab()
        print("unknown to the dictionary:", " ".join(bad) if bad else "none")
        return 1 if bad else 0
    force = dict(f.split("=", 1) for f in a.force)
    p = Plan(a.seed, a.index, force)
    out = a.out or "."
    d = os.path.join(out, p.name)
    os.makedirs(d, exist_ok=True)
    write_json(os.path.join(d, "golden.json"), p.golden())
    write_json(os.path.join(d, "doc.json"), p.doc())
    print(d)
    return 0


def write_json(path, value):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(value, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    sys.exit(main())
