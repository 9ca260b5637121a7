# -*- coding: utf-8 -*-
"""The one source of content for every rendering of the test plan.

Cells are given exactly as printed. A list of strings in a cell means separate
paragraphs inside the cell (rendered as line breaks in HTML/PDF, joined with a
space in the tab-separated text export).
"""

ANNEX = [
    "Pielikums",
    "Vides aizsardzības un reģionālās attīstības ministrijas",
    "2019. gada 14. marta rīkojumam",
    "Nr. 1-2/47",
]

TITLE = ("Atkritumu dalītās vākšanas un aprites ekonomikas sabiedrības "
         "informēšanas pasākumu plāns 2019.–2023. gadam")

ABBREVIATIONS = (
    "Saīsinājumi: VARAM - Vides aizsardzības un reģionālās attīstības ministrija, "
    "VVD - Valsts vides dienests, DAP - Dabas aizsardzības pārvalde, "
    "LVĢMC - valsts SIA „Latvijas Vides, ģeoloģijas un meteoroloģijas centrs”, "
    "PR - plānošanas reģioni, PV - pašvaldības, NVO - biedrības un nodibinājumi, "
    "IZM - Izglītības un zinātnes ministrija, VISC - Valsts izglītības satura centrs, "
    "LVAF - Latvijas vides aizsardzības fonds, "
    "RAS - ražotāju atbildības sistēmu apsaimniekotāji, "
    "CI - centralizētais iepirkums (kopumā paredzēti trīs centralizēti iepirkumi - CI1, CI2 un CI3), "
    "EBI - esošo budžeta līdzekļu ietvaros."
)

GOAL = ("Virsmērķis: Sekmēt sabiedrības līdzdalību atkritumu dalītajā vākšanā un pāreju "
        "uz aprites ekonomiku, veicinot iedzīvotāju, uzņēmēju un pašvaldību izpratni par "
        "resursu efektīvu izmantošanu:")

HEADER1 = ["Pasākuma nosaukums:", "Atbildīgā institūcija",
           "Indikatīvais īstenošanas laiks", "Indikatīvais finansējums, EUR",
           "Iesaistāmās institūcijas un personas"]
HEADER2 = ["iepirkuma veicējs", "finansētājs"]

# Row kinds: ("dir", label, text) for direction heading / Apraksts / Mērķi /
# Mērķauditorija rows (text spans the 6 content columns);
# ("m", label, title, responsible, financer, period, budget, partners).
ROWS = [
    ("dir", "Rīcības virziens nr.1", "Sabiedrības informēšana par atkritumu dalīto vākšanu"),
    ("dir", "Apraksts", "Informatīvi pasākumi par atkritumu šķirošanas iespējām, dalītās vākšanas "
                        "punktiem un šķirošanas laukumiem, kā arī vienotas vizuālās identitātes izveide"),
    ("dir", "Mērķi", ["(1) Veidot vienotu izpratni par atkritumu šķirošanas nozīmi",
                      "(2) Palielināt dalīti savākto sadzīves atkritumu īpatsvaru līdz 50 %",
                      "(3) Mazināt nelegāli izgāzto atkritumu apjomu mežos un ceļmalās"]),
    ("dir", "Mērķ-auditorija", "Latvijas iedzīvotāji (tai skaitā daudzdzīvokļu māju iedzīvotāji un "
                               "lauku viensētu īpašnieki), PV, mājokļu apsaimniekotāji un mediji"),
    ("m", "Pasākums nr.1.1.",
     "Vienotas atkritumu šķirošanas vizuālās identitātes un krāsu koda izstrāde",
     "VARAM (CI1)", "VARAM", "2019", "6 500", "PV, RAS"),
    ("m", "Pasākums nr.1.2.",
     "Informatīvo uzlīmju un plakātu izgatavošana dalītās vākšanas konteineriem (tai skaitā "
     "stikla, papīra, plastmasas un bioloģiski noārdāmo atkritumu konteineriem)",
     "VARAM (CI1)", "LVAF", "2019-2020", "18 240", "PV, atkritumu apsaimniekotāji"),
    ("m", "Pasākums nr.1.3.",
     "Atkritumu šķirošanas kartes izveide un uzturēšana LVĢMC tīmekļa vietnē, norādot dalītās "
     "vākšanas punktus, šķirošanas laukumus un to darba laiku",
     "LVĢMC (CI3)", "LVĢMC", "2019-2023", "9 800", "PV, RAS"),
    ("m", "Pasākums nr.1.4.",
     "Reģionālu informatīvo dienu „Šķiro gudri!” organizēšana katrā plānošanas reģionā",
     ["VARAM (CI2 pasākumu koncepcijas un informatīvo materiālu izstrāde)",
      "PR (pasākumu organizēšana, tai skaitā telpu, tehniskā nodrošinājuma un ēdināšanas "
      "pakalpojumu nodrošināšana)"],
     "PR", "2020; 2022", "24 000", "PV, NVO, VVD"),
    ("dir", "Rīcības virziens nr.2", "Vides izglītība un pašvaldību kapacitātes stiprināšana"),
    ("dir", "Apraksts", "Mācību materiāli, semināri un praktiskās darbnīcas pedagogiem, "
                        "pašvaldību speciālistiem un vides inspektoriem"),
    ("dir", "Mērķi", ["1) iekļaut atkritumu rašanās novēršanas tematus vispārējās izglītības saturā",
                      "2) stiprināt PV speciālistu zināšanas par atkritumu apsaimniekošanas plānošanu",
                      "3) nodrošināt vienotu VVD inspektoru praksi kontroles pasākumos"]),
    ("dir", "Mērķauditorija", "Pedagogi, skolēni, PV vides speciālisti un komunālo dienestu "
                              "darbinieki, VVD reģionālo vides pārvalžu inspektori"),
    ("m", "Pasākums nr.2.1.",
     "Mācību materiālu komplekta „Atkritumi – resurss” izstrāde vispārējās izglītības iestādēm",
     "VISC (CI2)", "IZM", "2020-2021", "15 600", "VARAM, izglītības iestādes"),
    ("m", "Pasākums nr.2.2.",
     "Semināru cikla organizēšana PV speciālistiem par reģionālo atkritumu apsaimniekošanas "
     "plānu īstenošanu, bioloģiski noārdāmo atkritumu kompostēšanu un būvniecības atkritumu "
     "uzskaiti",
     "PR (semināru darba kārtību PR saskaņo ar VARAM)", "PR", "2020-2022", "11 350", "PV, LVĢMC"),
    ("m", "Pasākums nr.2.3.",
     "Praktisku apmācību organizēšana VVD inspektoriem par nelegālas atkritumu "
     "apsaimniekošanas atklāšanu",
     "VVD, DAP", "VVD", "2021", "", "Valsts policija, pašvaldību policija"),
    ("dir", "Rīcības virziens", "Aprites ekonomikas risinājumi uzņēmējiem"),
    ("dir", "Apraksts", "Atbalsta un informatīvi pasākumi komersantiem par atkritumu rašanās "
                        "novēršanu, otrreizējo izejvielu izmantošanu un ražotāju atbildības sistēmām"),
    ("dir", "Mērķis", "Veicināt komersantu pāreju uz resursu efektīvu ražošanu un atkritumu "
                      "rašanās novēršanu"),
    ("dir", "Mērķauditorija", "Komersanti (īpaši mazie un vidējie uzņēmumi), nozaru asociācijas, "
                              "RAS un PV kapitālsabiedrības"),
    ("m", "Pasākums nr.3.1.",
     "Konsultatīvā tālruņa un e-pasta pakalpojuma nodrošināšana komersantiem par ražotāju "
     "atbildības sistēmām",
     "VVD", "VVD", "2019-2023", "EBI", "RAS"),
    ("m", "Pasākums nr.3.2.",
     "Aprites ekonomikas labās prakses kampaņas īstenošana:", "", "", "", "", ""),
    ("m", "Pasākums nr.3.2.1.",
     "Labās prakses piemēru apkopošana un īsfilmu sērijas „Otrā dzīve” izstrāde",
     "VARAM (CI1)", "VARAM", "2021-2022", "32 000", "nozaru asociācijas, RAS"),
    ("m", "Pasākums nr.3.2.2.",
     "Īsfilmu izvietošana nacionālajos un reģionālajos medijos, sociālo tīklu kontos un VARAM "
     "tīmekļa vietnē",
     "VARAM (CI1)", "VARAM, LVAF", "2022-2023", "47 500", "PR, mediji"),
    ("m", "Pasākums nr.3.3.",
     ["Informatīvu bukletu izgatavošana:",
      "(1) par iepakojuma ražotāju pienākumiem un atbrīvojumiem no dabas resursu nodokļa",
      "(2) par būvniecības un ražošanas atkritumu pārstrādes iespējām",
      "(3) par zaļā publiskā iepirkuma prasībām pašvaldību kapitālsabiedrībām",
      "(4) par depozīta sistēmas darbības principiem, tai skaitā par taras nodošanas vietām"],
     "VARAM (CI1)", "VARAM", "2020-2021", "8 900",
     "RAS (t.sk. depozīta sistēmas operators, iepakojuma apsaimniekotāji), nozaru asociācijas"),
]

SIGN_POSITION = "Valsts sekretāre"
SIGN_NAME = "L.Ķirsone"


def flat(cell):
    """A cell as one line (paragraphs joined with a space)."""
    return " ".join(cell) if isinstance(cell, list) else cell
