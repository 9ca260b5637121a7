# -*- coding: utf-8 -*-
"""The generator's vocabulary: plan phrases, institutions, periods, amounts.

Every word here is a word the shipped dictionary (hunspell-lv plus
`crates/normalizer/dict/planx-lv.txt`) knows, or an all-capitals code
(`python3 scripts/plangen/model.py --check-vocab` checks it), so that a
generated plan holds no typo but the ones the model puts in on purpose.
"""

# (code, expansion): institutions and other codes a plan prints.
INSTITUTIONS = [
    ("LM", "Labklājības ministrija"),
    ("IeM", "Iekšlietu ministrija"),
    ("VARAM", "Vides aizsardzības un reģionālās attīstības ministrija"),
    ("IZM", "Izglītības un zinātnes ministrija"),
    ("VM", "Veselības ministrija"),
    ("KM", "Kultūras ministrija"),
    ("EM", "Ekonomikas ministrija"),
    ("FM", "Finanšu ministrija"),
    ("ZM", "Zemkopības ministrija"),
    ("SM", "Satiksmes ministrija"),
    ("TM", "Tieslietu ministrija"),
    ("VK", "Valsts kanceleja"),
    ("PR", "plānošanas reģioni"),
    ("PV", "pašvaldības"),
    ("NVO", "biedrības un nodibinājumi"),
    ("NVA", "Nodarbinātības valsts aģentūra"),
    ("VBTAI", "Valsts bērnu tiesību aizsardzības inspekcija"),
    ("VP", "Valsts policija"),
    ("VUGD", "Valsts ugunsdzēsības un glābšanas dienests"),
    ("SPKC", "Slimību profilakses un kontroles centrs"),
    ("CFLA", "Centrālā finanšu un līgumu aģentūra"),
    ("LIAA", "Latvijas Investīciju un attīstības aģentūra"),
    ("VID", "Valsts ieņēmumu dienests"),
    ("VISC", "Valsts izglītības satura centrs"),
    ("LPS", "Latvijas Pašvaldību savienība"),
    ("IeM IC", "Iekšlietu ministrijas Informācijas centrs"),
    ("VM NVD", "Nacionālais veselības dienests"),
]

# Codes of funds: financers and funding sources.
FUNDS = [
    ("ESF+", "Eiropas Sociālais fonds Plus"),
    ("ERAF", "Eiropas Reģionālās attīstības fonds"),
    ("LVAF", "Latvijas vides aizsardzības fonds"),
]

# Procurement codes (the responsible cell's parenthesis).
PROCUREMENT = [
    ("CI", "centralizētais iepirkums (kopumā paredzēti divi centralizēti iepirkumi - CI1 un CI2)"),
]
PROCUREMENT_CODES = ["CI", "CI1", "CI2"]

# Codes standing for a budget note.
BUDGET_CODES = [
    ("EAFI", "esošā atalgojuma finansējuma ietvaros"),
    ("EFI", "esošā finansējuma ietvaros"),
]

MINISTRIES_GENITIVE = [
    "Labklājības ministrijas",
    "Iekšlietu ministrijas",
    "Vides aizsardzības un reģionālās attīstības ministrijas",
    "Izglītības un zinātnes ministrijas",
    "Veselības ministrijas",
    "Kultūras ministrijas",
    "Ekonomikas ministrijas",
    "Satiksmes ministrijas",
]

# Measure titles: object (genitive) + action [+ audience (dative)] [+ context].
OBJECTS = [
    "informatīvo materiālu",
    "semināru cikla",
    "mācību programmas",
    "sociālās kampaņas",
    "metodisko vadlīniju",
    "tīmekļa vietnes sadaļas",
    "video sižetu",
    "ikgadējas konferences",
    "pieredzes apmaiņas braucienu",
    "pētījuma",
    "iedzīvotāju aptaujas",
    "vienotas datu bāzes",
    "metodisko materiālu",
    "informatīvā tālruņa",
    "sabiedriskās apspriešanas",
    "starpinstitūciju darba grupas",
    "praktiskās rokasgrāmatas",
    "infografiku",
    "preses relīžu",
    "apmācību",
    "konsultāciju",
    "interaktīvās kartes",
    "mobilās lietotnes",
    "informatīvo semināru",
    "izglītojošu nodarbību",
    "vizuālās identitātes",
    "reģionālo forumu",
    "labās prakses piemēru apkopojuma",
    "komunikācijas stratēģijas",
    "publisko pasākumu",
]
ACTIONS = [
    "izstrāde",
    "izveide",
    "organizēšana",
    "izplatīšana",
    "sagatavošana",
    "īstenošana",
    "uzturēšana",
    "pilnveidošana",
    "nodrošināšana",
    "aktualizēšana",
    "izvērtēšana",
    "publicēšana",
    "tulkošana",
    "pārskatīšana",
    "izstrāde un izplatīšana",
    "sagatavošana un publicēšana",
    "izveide un uzturēšana",
]
AUDIENCES_DATIVE = [
    "pašvaldību darbiniekiem",
    "sociālajiem darbiniekiem",
    "jauniešiem",
    "senioriem",
    "pedagogiem",
    "vecākiem",
    "uzņēmējiem",
    "policijas darbiniekiem",
    "medicīnas personālam",
    "nevalstisko organizāciju pārstāvjiem",
    "plašākai sabiedrībai",
    "reģionālajiem medijiem",
    "personām ar invaliditāti",
    "skolēniem un studentiem",
    "valsts pārvaldes darbiniekiem",
]
CONTEXTS = [
    "reģionos",
    "sociālajos tīklos",
    "ministrijas tīmekļa vietnē",
    "visos plānošanas reģionos",
    "valsts un angļu valodā",
    "sadarbībā ar pašvaldībām",
    "vieglajā valodā",
    "Latvijas skolās",
    "nacionālajos un reģionālajos medijos",
    "katrā reģionā",
]
# Parentheses inside titles: lists with commas inside.
TITLE_PARENS = [
    "(tai skaitā bukleti, plakāti, baneri)",
    "(tai skaitā video, audio un foto materiāli)",
    "(semināri, darbnīcas, konsultācijas)",
    "(tai skaitā tulkošana angļu un krievu valodā)",
]
# Cut-off endings: the source cut the cell mid-phrase.
CUT_ENDINGS = [
    "(tai skaitā roll-up stendi, tīkla vides baneri,",
    "un",
    "tai skaitā",
]

TOPICS = [
    ("sociālajiem pakalpojumiem", "sociālo pakalpojumu"),
    ("ceļu satiksmes drošību", "ceļu satiksmes drošības"),
    ("vides aizsardzību", "vides aizsardzības"),
    ("veselīgu dzīvesveidu", "veselīga dzīvesveida"),
    ("digitālajām prasmēm", "digitālo prasmju"),
    ("kultūras mantojumu", "kultūras mantojuma"),
    ("nodarbinātību", "nodarbinātības"),
    ("bērnu tiesību aizsardzību", "bērnu tiesību aizsardzības"),
    ("ugunsdrošību", "ugunsdrošības"),
    ("atkritumu apsaimniekošanu", "atkritumu apsaimniekošanas"),
]

PLAN_TITLES = [
    "{topic_gen} komunikācijas pasākumu plāns {years} gadam",
    "Informatīvo pasākumu plāns {topic_gen} jomā {years} gadam",
    "{topic_gen} politikas ieviešanas pasākumu plāns {years} gadam",
    "Rīcības plāns {topic_gen} veicināšanai {years} gadam",
]

GROUP_TITLES = [
    "Informēšana par {topic_dat}",
    "Sabiedrības izpratnes veicināšana",
    "Speciālistu kapacitātes stiprināšana",
    "Sadarbības veicināšana starp institūcijām",
    "Pakalpojumu pieejamības uzlabošana",
    "Datu pieejamības nodrošināšana",
    "Drošas vides veidošana",
    "Digitālo prasmju attīstīšana",
    "Sabiedrības iesaiste lēmumu pieņemšanā",
    "Komunikācija ar medijiem",
]
DESCRIPTIONS = [
    "Informatīvi pasākumi un semināri par {topic_dat} un vienotas vizuālās identitātes izveide",
    "Apmācības un praktiskās darbnīcas",
    "Sabiedrības līdzdalības pasākumi un informatīvā kampaņa par {topic_dat}",
    "Pieredzes apmaiņa, konsultācijas un metodiskais atbalsts speciālistiem",
    "Informācijas apkopošana, analīze un publicēšana atvērto datu formātā",
    "Sadarbība ar reģionālajiem medijiem un sociālo tīklu kontu uzturēšana",
]
GOALS = [
    "Veidot vienotu izpratni par {topic_dat}",
    "Nodrošināt vienuviet pieejamu informāciju",
    "Stiprināt speciālistu savstarpējo sadarbību",
    "Veicināt iedzīvotāju līdzdalību",
    "Palielināt pakalpojumu pieejamību reģionos",
    "apzināt labās prakses piemērus",
    "apmainīties ar pieredzi",
    "nodrošināt vienotas informācijas izplatību",
    "Mazināt aizspriedumus sabiedrībā",
    "Uzlabot datu kvalitāti",
]
AUDIENCES = [
    "Pašvaldību darbinieki, NVO pārstāvji un mediji",
    "Politikas plānotāji un ieviesēji (LM un tās padotības iestādes, iesaistītās ministrijas, PR, pašvaldības, NVO) un mediji",
    "Sabiedrība kopumā, īpaši jaunieši un seniori",
    "Sociālie darbinieki un pakalpojumu sniedzēji",
    "Pedagogi, skolēni un viņu vecāki",
    "Uzņēmēji un darba devēji",
]
OVERALL_GOALS = [
    "Veicināt {topic_gen} politikas īstenošanu, nodrošinot sabiedrības attieksmes un rīcības maiņu",
    "Nodrošināt sabiedrības informētību par {topic_dat} un stiprināt iedzīvotāju līdzdalību",
    "Uzlabot {topic_gen} pakalpojumu pieejamību visos Latvijas reģionos",
]

RESP_NOTES = [
    "apmācību satura nodrošināšana",
    "materiālu sagatavošana",
    "pasākumu organizēšana",
    "telpu un ēdināšanas pakalpojumu nodrošināšana",
    "apmācību satura nodrošināšana, tai skaitā apmācību materiāli un lektoru darbs",
    "kampaņas koncepcijas izstrāde",
    "satura saskaņošana ar {code}",
]
PARTNER_WORDS = [
    "mediji",
    "izglītības iestādes",
    "sociālie partneri",
    "PV (sociālie dienesti, bāriņtiesas)",
    "NVO (biedrības, nodibinājumi)",
    "eksperti",
]
RESULTS = [
    "Izstrādāti un izplatīti informatīvie materiāli",
    "Noorganizēti {n} semināri",
    "Apmācīti {n} speciālisti",
    "Izveidota un uzturēta tīmekļa vietnes sadaļa",
    "Sagatavots un publicēts ziņojums",
    "Sasniegti vismaz {n} iedzīvotāji",
    "Īstenota sociālā kampaņa",
]
FUNDING_SOURCES = [
    "valsts budžets",
    "ESF+",
    "esošā budžeta ietvaros",
    "pašvaldību budžets",
    "valsts budžets, ESF+",
    "ERAF",
]
BUDGET_NOTES = [
    "valsts budžeta ietvaros",
    "esošo resursu ietvaros",
    "piešķirto līdzekļu ietvaros",
]
# An unknown column the contract does not name (-> measures[].other).
OTHER_COLUMNS = [
    ("Piezīmes", ["Sadarbībā ar pašvaldībām", "Pēc nepieciešamības", "Katru gadu", "Saskaņā ar darba plānu"]),
    ("Saistītie politikas dokumenti", ["Sociālās aizsardzības pamatnostādnes", "Reģionālās politikas pamatnostādnes", "Nacionālais attīstības plāns"]),
    ("Uzraudzības rādītājs", ["Dalībnieku skaits", "Publikāciju skaits", "Apmeklētāju skaits"]),
]

SIGNATORIES = [
    ("Valsts sekretārs", "I.Alliks"),
    ("Iekšlietu ministrs", "R. Kozlovskis"),
    ("Valsts sekretāres vietniece", "A.Liepiņa"),
    ("Ministre", "L. Bērziņa"),
    ("Valsts sekretārs", "J. Ozols"),
]

MONTHS_GEN = ["janvāra", "februāra", "marta", "aprīļa", "maija", "jūnija", "jūlija",
              "augusta", "septembra", "oktobra", "novembra", "decembra"]
MONTHS_NOM = ["janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs",
              "augusts", "septembris", "oktobris", "novembris", "decembris"]
MONTHS_DAT = ["janvārim", "februārim", "martam", "aprīlim", "maijam", "jūnijam", "jūlijam",
              "augustam", "septembrim", "oktobrim", "novembrim", "decembrim"]
