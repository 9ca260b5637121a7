# -*- coding: utf-8 -*-
"""The content of the unseen plan, written once.  Every renderer reads this.

Cell strings are as printed.  Two markers stand for line-wrap points that a
paginated rendering must honour and a one-line (tab) export must drop:
  {HY}  word split by a hyphen at the line end ("informa-" / "tīvo")
  {BR}  forced line break after a hyphen that belongs to the word ("e-" / "pakalpojumu")
"""

ANNEX = [
    "Pielikums",
    "Kultūras ministrijas",
    "2021. gada 9. februāra rīkojumam",
    "Nr. 2.5-1-23",
]

TITLE = "Kultūras pieejamības reģionos komunikācijas pasākumu plāns 2021.–2024. gadam"

ABBREVIATIONS = (
    "Saīsinājumi: KM - Kultūras ministrija, LNKC - Latvijas Nacionālais kultūras centrs, "
    "LNB - Latvijas Nacionālā bibliotēka, NKMP - Nacionālā kultūras mantojuma pārvalde, "
    "VKKF - Valsts kultūrkapitāla fonds, LKC - VSIA „Latvijas Koncertzāle”, "
    "LMB - biedrība „Latvijas Muzeju biedrība”, IZM - Izglītības un zinātnes ministrija, "
    "PR - plānošanas reģioni, PV - pašvaldības, NVO - biedrības un nodibinājumi, "
    "CI - centralizētais iepirkums (kopumā paredzēti divi centralizēti iepirkumi - CI1 un CI2), "
    "EFI - esošā finansējuma ietvaros."
)

OVERALL_GOAL = (
    "Virsmērķis: Veicināt kultūras pakalpojumu pieejamību visos Latvijas reģionos, stiprinot "
    "sabiedrības iesaisti kultūras norisēs un izpratni par kultūras mantojuma vērtību:"
)

# header cells (two header rows; the first spans label+title)
HEADER = {
    "name": "Pasākuma nosaukums:",
    "resp": "Atbildīgā institūcija",
    "resp_sub": "iepirkuma veicējs",
    "fin_sub": "finansētājs",
    "period": "Indikatīvais īstenošanas laiks",
    "budget": "Indikatīvais finansējums, EUR",
    "budget_hy": "Indikatīvais finan{HY}sējums, EUR",   # draft-style wording, for narrow columns
    "partners": "Iesaistāmās institūcijas un personas",
}

# rows in document order.  kind: dir / desc / goals / aud / m
# (label, text) for direction rows; measures carry the 6 data cells.
ROWS = [
    ("dir", "Rīcības virziens nr.1", "Informēšana par kultūras norisēm reģionos"),
    ("desc", "Apraksts", "Informatīvi pasākumi par kultūras piedāvājumu reģionos, vienota kultūras notikumu kalendāra izveide un sadarbība ar reģionālajiem medijiem"),
    ("goals", "Mērķi", "(1) Nodrošināt vienuviet pieejamu informāciju par kultūras norisēm (2) Palielināt kultūras pasākumu apmeklējumu ārpus Rīgas (3) Veidot vienotu KM un tās padotības iestāžu vēstījumu"),
    ("aud", "Mērķ-auditorija", "Latvijas iedzīvotāji (tai skaitā jaunieši, seniori un personas ar invaliditāti), PV kultūras darbinieki un reģionālie mediji"),
    ("m", "Pasākums nr.1.1.", "Vienota kultūras notikumu kalendāra izveide un uzturēšana LNKC tīmekļa vietnē",
        "LNKC (CI1)", "KM", "2021–2022", "12 500", "PV, PR"),
    ("m", "Pasākums nr.1.2.", "Kampaņas „Kultūra tuvumā” vizuālās identitātes un informa{HY}tīvo materiālu (plakātu, bukletu, baneru) izstrāde",
        "KM (CI1 kampaņas „Kultūra tuvumā” koncepcijas izstrāde)", "KM", "2021", "8 300", "LNKC, PV"),
    ("m", "Pasākums nr.1.3.", "Reģionālo mediju žurnālistu informatīvo braucienu organizēšana uz kultūras mantojuma objektiem",
        "KM", "KM", "2022; 2024", "6 000", "NKMP, PR"),
    ("m", "Pasākums nr.1.4.", "KM un tās padotības iestāžu komunikācijas speciālistu sadarbības tīkla darbības nodrošināšana",
        "KM", "KM", "2021-2024", "EFI", "LNKC, LNB, NKMP"),
    ("dir", "Rīcības virziens nr.2", "Kultūras darbinieku kapacitātes stiprināšana"),
    ("desc", "Apraksts", "Apmācības, semināri un pieredzes apmaiņa PV kultūras centru, bibliotēku un muzeju darbiniekiem"),
    ("goals", "Mērķi", "1) stiprināt kultūras darbinieku prasmes komunikācijā ar auditoriju 2) veicināt digitālo rīku izmantošanu kultūras pakalpojumu sniegšanā"),
    ("aud", "Mērķauditorija", "PV kultūras centru, bibliotēku un muzeju darbinieki, NVO pārstāvji"),
    ("m", "Pasākums nr.2.1.", "Semināru cikla „Auditorijas attīstība kultūrā” organizēšana PV kultūras centru darbiniekiem",
        "LNKC (CI2 semināru satura un lektoru nodrošināšana) PR (semināru organizēšana, tai skaitā telpu nodrošināšana)", "VKKF", "2021-2023", "21 400", "PV"),
    ("m", "Pasākums nr.2.2.", "Bibliotēku darbinieku apmācības par kultūras e-{BR}pakalpojumu popularizēšanu",
        "LNB", "LNB", "2022", "4 750", "PV bibliotēkas"),
    ("m", "Pasākums nr.2.3.", "Pieredzes apmaiņas braucienu organizēšana muzeju darbiniekiem uz Igaunijas un Lietuvas reģionālajiem muzejiem",
        "KM (braucienu programmu KM saskaņo ar LMB)", "KM, VKKF", "2023. gada II pusgads", "9 900", "LMB, NKMP"),
    ("dir", "Rīcības virziens", "Sabiedrības iesaiste kultūras mantojuma saglabāšanā"),
    ("desc", "Apraksts", "Sabiedrības līdzdalības pasākumi un informatīvā kampaņa par kultūras mantojuma vērtību - vietējās kopienas, skolēni un brīvprātīgie"),
    ("goals", "Mērķis", "Veicināt iedzīvotāju izpratni par kultūras mantojumu kā kopīgu vērtību un rosināt līdzdalību tā saglabāšanā"),
    ("aud", "Mērķauditorija", "Skolēni un pedagogi, vietējās kopienas, kultūras mantojuma objektu īpašnieki un Latvijas iedzīvotāji kopumā"),
    ("m", "Pasākums nr.3.1.", "Izglītojošu nodarbību cikla skolēniem par kultūras mantojumu īstenošana programmas „Latvijas skolas soma” ietvaros",
        "NKMP", "IZM", "2021–2024", "15 000", "IZM, izglītības iestādes"),
    ("m", "Pasākums nr.3.2.", "Informatīvās kampaņas „Mantojums ir mūsu” īstenošana:",
        "", "", "", "", ""),
    ("m", "Pasākums nr.3.2.1.", "Kampaņas radošās koncepcijas un video sižetu izstrāde",
        "KM (CI1)", "KM", "2022", "18 000", "NKMP, LMB"),
    ("m", "Pasākums nr.3.2.2.", "Video sižetu izvietošana nacionālajos un reģionālajos medijos, sociālo tīklu kontos un KM tīmekļa vietnē",
        "KM (CI1)", "KM, VKKF", "2022-2023", "36 200", "PR, mediji"),
    ("m", "Pasākums nr.3.2.3.", "Brīvprātīgo talku organizēšana kultūras mantojuma objektos Eiropas kultūras mantojuma dienu laikā",
        "NKMP, PV", "PV", "2023-2024", "", "NVO, biedrība „Latvijas Piļu un muižu asociācija”"),
    ("m", "Pasākums nr.3.3.", "Informatīvu bukletu izgatavošana: (1) par valsts aizsargājamo kultūras pieminekļu īpašnieku tiesībām un pienākumiem (2) par atbalsta iespējām kultūras pieminekļu saglabāšanai (3) par nemateriālā kultūras mantojuma saglabāšanu vietējās kopienās",
        "NKMP (CI2)", "NKMP", "2021-2022", "7 640", "PV, LMB, LKC"),
]

SIGNATORY = ("Valsts sekretāres vietniece", "A.Liepiņa")

# where paginated renderings start a new page (tab export: header repeated)
PAGE_BREAK_BEFORE = {"Pasākums nr.2.1.", "Pasākums nr.3.2.1."}


def flat(s):
    """Cell text as it reads on one line (tab export)."""
    return s.replace("{HY}", "").replace("{BR}", "")
