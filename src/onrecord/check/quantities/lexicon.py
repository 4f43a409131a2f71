"""Word lists and patterns of :mod:`onrecord.check.quantities`: number words, scales,
currencies, qualifiers ("at least", "ruim"), sufficiency and need, time words, and the regular
expressions that find numbers and dates in EN, NL, DE and FR text."""

from __future__ import annotations

import math
import re

from onrecord.check.quantities.measures import MEASURES
from onrecord.text.wordsets import wordset as _w

INF = math.inf

# Lexicons (lower case)


def _kv(s: str) -> dict[str, float]:
    """ "one 1 two 2" → {"one": 1.0, "two": 2.0}."""
    items = s.split()
    return {k: float(v) for k, v in zip(items[::2], items[1::2])}


def _groups(src: str) -> dict[str, str]:
    """ "name: form form\\n  form" blocks → {form: name} (first name wins)."""
    out: dict[str, str] = {}
    for block in re.split(r"\n(?=\S)", src.strip()):
        name, _, forms = block.partition(":")
        for f in forms.split():
            out.setdefault(f, name.strip())
    return out


def _phrases(src: str) -> dict[tuple[str, ...], str]:
    """ "name: a b | c\\n" blocks → {("a", "b"): name, ("c",): name}."""
    out: dict[tuple[str, ...], str] = {}
    for block in re.split(r"\n(?=\S)", src.strip()):
        name, _, rest = block.partition(":")
        for phrase in rest.split("|"):
            if key := tuple(phrase.split()):
                out[key] = name.strip()
    return out


_STOP = _w(
    """
    a an the of to in on at by for from with about as into than then that this these those it
    its is are was were be been being am will would shall should can could may might must do
    does did done have has had having not no nor and or but if so such there their they them he
    she his her him we our us you your i my me who whom which what when where why how all any
    each some more most other own same too very just also only even still yet again up down out
    over under off per via vs etc it's i'm we're they're that's there's said says say told wrote
    write writes think thinks thought believe going get got make made let lets much many well
    without within through across because despite during among between
    de het een en of maar dat die dit deze daar er hij zij ze wij ik jij je u hun hen haar zijn
    was waren wordt werd worden zal zou zullen zouden kan kon kunnen moet moest moeten heeft
    hebben had hadden niet geen nooit ook nog al wel dan als om te in op aan bij van voor met
    naar uit over onder tot door na per tegen zonder want dus omdat wat wie waar hoe welk welke
    zo zeer heel veel meer meest men elk elke ieder iedere alle alles iets niets nu toen even
    zei zegt schreef vond denk denkt binnen tijdens
    der die das den dem des ein eine einen einem einer und oder aber dass nicht kein keine ist
    sind war waren wird werden wurde hat haben hatte mit von zu im am an auf aus bei für nach
    über unter vor seit bis wie auch noch schon nur sehr er sie es wir ich du ihr man sich ohne
    le la les un une des du d l et ou mais que qui ne pas est sont était étaient sera a ont
    avait avec pour par dans sur sous au aux ce cet cette ces il elle ils elles nous vous je on
    se sa son ses leur plus très aussi sans pendant
    """
)

# Concepts: forms map to one name for context matching across languages. Count concepts are
# nouns a number can count; event concepts name one-off events (a date of one is unique).
_CONCEPT = _groups(
    """
raise: raise raises raised raising fundraise fundraising ophalen opgehaald haalde haalden
  haalt werven geworven wierf wierven werft inzamelen ingezameld zamelde zamelden sammeln
  gesammelt sammelte lever levé levée levés
offer: offer offers offered offering bid bids bod bood boden bieden geboden biedt aanbod
  aanbieden angebot bietet boten offre offert offrait offrir
pay: pay pays paid paying payment betalen betaald betaalde betaalden betaalt betaling zahlen
  gezahlt zahlte zahlung payer payé paie
cost: cost costs costing price prijs kost kosten kostte kostten gekost kostet preis coût coûte
  coûté coûtera prix
need: need needs needed needing require requires required requiring nodig vereist vergt
  vergen benodigd braucht brauchen benötigt benötigen nötig besoin nécessite nécessaire
invest: invest invests invested investing investment investments investeren investeert
  investeerde investeerden geïnvesteerd investering investeringen investieren investiert
  investition investir investi investissement
investor: investor investors investeerder investeerders investisseur investisseurs
revenue: revenue revenues sales turnover omzet umsatz
profit: profit profits winst winsten gewinn bénéfice bénéfices
loss: loss losses verlies verliezen verlust perte pertes
budget: budget budgets begroting
salary: salary salaries wage wages salaris salarissen loon lonen gehalt salaire
value: valuation valued worth value waarde gewaardeerd waardering bewertung valorisation
donate: donate donated donates donation donations gift gifts doneren doneerde gedoneerd
  schenking schonk spende spenden don dons
spend: spend spends spent spending uitgeven uitgegeven besteden besteed besteedde uitgaven
  ausgeben ausgegeben dépenser dépensé dépenses
loan: loan loans lend lent lening leningen leende darlehen kredit prêt
debt: debt debts schuld schulden dette dettes
grant: grant grants subsidie subsidies subsidy zuschuss subvention
fund: fund funds funding funded fonds financiering gefinancierd financieren financierde
  finanzierung finanziert financement financé finance
stake: stake stakes share shares aandeel aandelen belang aktie aktien anteil actions
sell: sell sells sold selling sale verkopen verkocht verkoopt verkoop verkaufen verkauft
  vendre vendu
buy: buy buys bought buying purchase kopen kocht gekocht koopt kaufen gekauft acheter acheté
acquire: acquire acquires acquired acquisition overnemen overgenomen overname übernehmen
  übernommen übernahme racheter racheté rachat
staff: staff staffer staffers employee employees people person persons worker workers
  personnel headcount hire hires fte ftes medewerker medewerkers werknemer werknemers personeel
  personeelsleden mensen personen mitarbeiter mitarbeitern angestellte beschäftigte menschen
  employé employés salarié salariés personne personnes gens
member: member members lid leden mitglied mitglieder membre membres
country: country countries land landen länder pays
office: office offices kantoor kantoren büro büros bureau bureaux
company: company companies firm firms business businesses bedrijf bedrijven firma firma's
  onderneming ondernemingen unternehmen firmen entreprise entreprises société sociétés
user: user users gebruiker gebruikers nutzer utilisateur utilisateurs
customer: customer customers client clients klant klanten kunde kunden
researcher: researcher researchers scientist scientists onderzoeker onderzoekers wetenschapper
  wetenschappers forscher chercheur chercheurs
engineer: engineer engineers ingenieur ingenieurs
seat: seat seats zetel zetels sitz sitze siège sièges
vote: vote votes stem stemmen stimme stimmen voix
message: message messages mail mails email emails e-mail e-mails bericht berichten nachricht
  nachrichten
meeting: meeting meetings vergadering vergaderingen bespreking besprekingen treffen sitzung
  réunion réunions
partner: partner partners partenaire partenaires
year: year years jaar jaren jahr jahre jahren ans année années
month: month months maand maanden monat monate monaten mois
week: week weeks weken woche wochen semaine semaines
day: day days dag dagen tag tage tagen jour jours
hour: hour hours uur uren stunde stunden heure heures
time: times keer maal mal fois
take_time: lasts lasted lasting duration runtime take takes took taken duurt duurde duurden geduurd
  looptijd rijtijd reistijd dauert dauerte dauer durée dure duré
found: found founded founding founder founders co-founded cofounded co-founder establish
  established opgericht oprichten richtte richtten oprichting oprichter oprichters
  medeoprichter mede-oprichter gegründet gründete gründung gründer fondé fondée fonda fondation
  fondateur
born: born geboren naquit né née
die: died dies death overleed overleden stierf gestorven starb gestorben mourut mort morte
begin: begin began begun begins start started starts starting commence commenced begon
  begonnen begint startte startten gestart begann commencé commença
end: end ended ends ending stop stopped stopping eindigde geëindigd stopte gestopt beëindigd
  endete beendet termina terminé
launch: launch launched launches lanceerde gelanceerd lancering gestartet lancé
release: release released publish published publication uitgebracht verscheen verschenen
  publiceerde gepubliceerd veröffentlicht erschien publié sorti
join: join joined joins toegetreden beitrat beigetreten rejoint rejoignit
leave: leave left leaves quit quits vertrok vertrokken verliet verlaten verließ quitta quitté
resign: resign resigned resignation aftrad afgetreden ontslag zurückgetreten démissionna démissionné
retire: retire retired retirement pensioen ruhestand retraite
hire: hired aangenomen eingestellt embauché
fire: fired sacked ontslagen entlassen licencié lay laid layoff layoffs lay-off lay-offs ontslaan
  ontslaat ontsloeg ontsloegen afvloeien afgevloeid entlassung licencier licenciement
sign: sign signed signing tekende getekend ondertekend ondertekende unterzeichnet unterschrieb
  signé signa
announce: announce announced announcement aangekondigd kondigde angekündigt annoncé annonça
merge: merge merged merger fuseerde gefuseerd fusie fusion fusioniert fusionné
close: close closed closure sloot gesloten geschlossen schloss fermé ferma
open: opened opening opende geopend eröffnet öffnete ouvert ouvrit
marry: married marry trouwde getrouwd heiratete verheiratet épousa marié
elect: elected gekozen verkozen gewählt élu
appoint: appointed benoemd ernannt nommé
first: first eerste erste premier première
last: last laatste letzte dernier dernière
agree: agree agreed agrees agreement akkoord instemde stemde ingestemd zustimmte zugestimmt
  accepta accepté
propose: propose proposed proposal voorstel voorstellen stelde voorgesteld vorgeschlagen
  vorschlag proposé proposa proposition
nonprofit: nonprofit non-profit nonprofits foundation stichting non-profitorganisatie
  gemeinnützig stiftung
control: control controle zeggenschap kontrolle contrôle
board: board bestuur raad vorstand aufsichtsrat conseil
increase: increase increases increased increasing rise rises rose risen grew grow grows grown
  verhogen verhoogd verhoogt verhoogde verhoogden verhoging omhoog stijgen stijgt steeg stegen
  gestegen stijging toegenomen toename groeide gegroeid groeit erhöhen erhöht erhöhte erhöhung
  steigen stieg gestiegen augmenter augmenté augmentation hausse
decrease: decrease decreases decreased decreasing reduce reduces reduced reduction fell fall
  falls fallen drop drops dropped cut cuts lowered shrank declined decline verlagen verlaagd
  verlaagt verlaagde verlaagden verlaging omlaag dalen daalt daalde daalden gedaald daling
  afgenomen afname gekort korting senken senkte gesenkt sinken sank gesunken baisser baissé
  baisse réduire réduit réduction
rent: rent rents huur huren miete mieten loyer loyers
"""
)
_COUNT_CONCEPTS = _w(
    "staff member country office company user customer researcher engineer seat vote message "
    "meeting partner year month week day hour time stake investor"
)
_EVENTS = _w(
    "found born die begin end launch release join leave resign retire hire fire sign announce "
    "merge close open marry elect appoint first last acquire sell buy"
)
_KNOWN_COUNT_NOUN = frozenset(f for f, c in _CONCEPT.items() if c in _COUNT_CONCEPTS)

# Words between a number and its noun that are skipped ("40 full-time staff"); the second set
# makes the number an addition, not a total ("4 other formations", "5 more staff").
_ADJ = _w(
    """
    new full-time part-time fulltime parttime senior junior former current permanent temporary
    local paid unpaid key top nieuwe nieuw vaste vast tijdelijke voormalige huidige betaalde
    neue nouveaux nouvelles
    """
)
_ADDITIONAL = _w("other more extra additional further andere meer weitere autres supplémentaires")

_EN_SMALL = _kv(
    """
    zero 0 one 1 two 2 three 3 four 4 five 5 six 6 seven 7 eight 8 nine 9 ten 10 eleven 11
    twelve 12 thirteen 13 fourteen 14 fifteen 15 sixteen 16 seventeen 17 eighteen 18 nineteen 19
    twenty 20 thirty 30 forty 40 fifty 50 sixty 60 seventy 70 eighty 80 ninety 90
    """
)
_NL_UNITS = _kv("een 1 één 1 twee 2 drie 3 vier 4 vijf 5 zes 6 zeven 7 acht 8 negen 9")
_NL_SMALL = {k: v for k, v in _NL_UNITS.items() if k != "een"} | _kv(
    """
    nul 0 tien 10 elf 11 twaalf 12 dertien 13 veertien 14 vijftien 15 zestien 16 zeventien 17
    achttien 18 negentien 19 twintig 20 dertig 30 veertig 40 vijftig 50 zestig 60 zeventig 70
    tachtig 80 negentig 90
    """
)
_NL_TENS = _w("twintig dertig veertig vijftig zestig zeventig tachtig negentig")
_DE_SMALL = _kv(
    """
    zwei 2 drei 3 vier 4 fünf 5 sechs 6 sieben 7 acht 8 neun 9 zehn 10 elf 11 zwölf 12
    zwanzig 20 dreißig 30 vierzig 40 fünfzig 50
    """
)
_FR_SMALL = _kv(
    """
    deux 2 trois 3 quatre 4 cinq 5 six 6 sept 7 huit 8 neuf 9 dix 10 onze 11 douze 12 vingt 20
    trente 30 quarante 40 cinquante 50
    """
)
# "one"-words that are articles elsewhere: a number only before a scale word or count noun.
_ONE = _w("a an one een één ein eine un une")
_HALF = {("and", "a", "half"), ("en", "een", "half"), ("und", "ein", "halb"), ("et", "demi")}

# Scale words after a number; plural forms after a number are exact in every language.
_SCALE = _kv(
    """
    hundred 1e2 hundreds 1e2 honderd 1e2 hundert 1e2 cent 1e2 thousand 1e3 thousands 1e3
    duizend 1e3 tausend 1e3 mille 1e3 k 1e3 million 1e6 millions 1e6 miljoen 1e6 miljoenen 1e6
    millionen 1e6 mln 1e6 mn 1e6 mio 1e6 m 1e6 billion 1e9 billions 1e9 miljard 1e9
    miljarden 1e9 milliarde 1e9 milliarden 1e9 milliard 1e9 milliards 1e9 bn 1e9 mld 1e9
    mrd 1e9 b 1e9 trillion 1e12 trillions 1e12 biljoen 1e12 tn 1e12 dozen 12 dozijn 12
    """
)
# Suffixes glued to digits ("5M", "$1.2bn", "50k"); bare lower-case k/m/b need a currency.
_SUFFIX_SCALE = _kv("k 1e3 m 1e6 mn 1e6 mln 1e6 mio 1e6 bn 1e9 b 1e9 mld 1e9 mrd 1e9 tn 1e12")

# Vague plurals: "billions", "honderden", "tens of millions" (lo, hi).
_VAGUE_PLURAL = {
    **dict.fromkeys(("dozens", "dutzende"), (24.0, 100.0)),
    **dict.fromkeys(("tientallen", "dizaines", "tens"), (20.0, 100.0)),
    **dict.fromkeys(("hundreds", "honderden", "hunderte", "centaines"), (200.0, 1000.0)),
    **dict.fromkeys(("thousands", "duizenden", "tausende", "milliers"), (2e3, 1e6)),
    **dict.fromkeys(("tienduizenden", "zehntausende"), (2e4, 1e5)),
    **dict.fromkeys(("honderdduizenden", "hunderttausende"), (2e5, 1e6)),
    **dict.fromkeys(("millions", "miljoenen", "millionen"), (2e6, 1e9)),
    **dict.fromkeys(("billions", "miljarden", "milliarden", "milliards"), (2e9, INF)),
}
# Vague multipliers before a scale word: "several hundred million", "een paar miljoen".
_VAGUE_MULT = {
    **dict.fromkeys((("a", "few"), ("few",), ("een", "paar"), ("ein", "paar")), (2.0, 5.0)),
    **dict.fromkeys((("quelques",),), (2.0, 5.0)),
    **dict.fromkeys((("a", "couple", "of"), ("a", "couple")), (2.0, 3.0)),
    **dict.fromkeys(
        (("several",), ("enkele",), ("meerdere",), ("een", "aantal"), ("einige",)), (2.0, 9.0)
    ),
    **dict.fromkeys((("mehrere",), ("plusieurs",)), (2.0, 9.0)),
}

_CURRENCY_WORD = _groups(
    """
USD: dollar dollars dollar's usd
EUR: euro euros euro's eur
GBP: pound pounds sterling gbp pond
CHF: chf
JPY: yen jpy
"""
)
_CURRENCY_CODE = {c: c for c in ("USD", "EUR", "GBP", "CHF", "JPY")}
_CURRENCY_SYM = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}

_PERCENT_WORDS = _phrases(
    """
%: percent | per cent | procent | prozent | pour cent | pct
pp: percentage points | percentage point | procentpunt | procentpunten | prozentpunkte |
  points de pourcentage
"""
)
_FRACTIONS = {
    **dict.fromkeys(("half", "helft", "hälfte", "moitié"), 50.0),
    **dict.fromkeys(("third", "thirds", "derde", "drittel", "tiers"), 100 / 3),
    **dict.fromkeys(("quarter", "quarters", "kwart", "viertel", "quart"), 25.0),
    **dict.fromkeys(("fifth", "fifths", "vijfde", "fünftel", "cinquième"), 20.0),
    **dict.fromkeys(("tenth", "tenths", "tiende"), 10.0),
}
_FRACTION_WHOLE = {"driekwart": 75.0, "tweederde": 200 / 3}
_OF = _w("of van der des de du d' von")

# Bounds and hedges before a number.
_QUALIFIERS = _phrases(
    """
gt: more than | over | above | upwards of | in excess of | well over | well above | exceeding |
  meer dan | boven de | mehr als | über | plus de | à plus de | greater than | higher than
ge: at least | no less than | no fewer than | not less than | not fewer than | minstens |
  minimaal | ten minste | tenminste | op zijn minst | niet minder dan | mindestens | au moins |
  a minimum of | minimum of
lt: less than | fewer than | under | below | minder dan | onder de | weniger als | unter |
  moins de | lower than
le: at most | no more than | not more than | up to | maximum | max | max . | a maximum of |
  maximaal | hooguit | hoogstens | ten hoogste | niet meer dan | tot | tot wel | höchstens |
  bis zu | jusqu'à | au plus | nicht mehr als | no greater than
approx: about | around | roughly | approximately | approx | approx . | circa | ca . | some |
  an estimated | estimated | ongeveer | zo'n | rond | rond de | ruwweg | pakweg | omstreeks |
  naar schatting | etwa | ungefähr | rund | environ | quelque | something like | in the region of
almost: nearly | almost | close to | just under | slightly less than | bijna | vrijwel |
  nagenoeg | krap | een kleine | iets minder dan | fast | knapp | presque | près de | amper
just_over: just over | slightly more than | a little over | a little more than | iets meer dan |
  gut
well_over: ruim | dik
only: only | just | merely | a mere | slechts | maar | pas | nur | seulement
between: between | tussen | tussen de | zwischen | entre
"""
)
_QUAL_NAMES = {
    "gt": "more than",
    "ge": "at least",
    "lt": "less than",
    "le": "at most",
    "approx": "about",
    "almost": "almost",
    "just_over": "just over",
    "well_over": "just over",
    "only": "only",
    "between": "between",
}
# Qualifiers that mean something else in another language: allowed only in these.
_QUAL_LANGS = {
    ("over",): ("en", None),
    ("under",): ("en", None),
    ("some",): ("en", None),
    ("fast",): ("de",),
    ("gut",): ("de",),
    ("maar",): ("nl",),
    ("pas",): ("nl",),
    ("tot",): ("nl",),
    ("dik",): ("nl",),
}
_SUFFIX_QUAL = _phrases(
    """
ge: or more | or higher | of meer | oder mehr | ou plus | and up | plus | +
le: or less | or fewer | of minder | oder weniger | ou moins
approx: or so | of zo | ish
"""
)
_TIME_QUALIFIERS = _phrases(
    """
point: in | on | during | in the year | back in | in the | during the | in de | tijdens de | in den | op | tijdens | in het jaar | im | im jahr |
  am | en | le | au cours de | in early | in late | in mid
since: since | since the | sinds de | sinds | vanaf | seit | ab | depuis | as of | starting in | starting | per
until: until | till | through | tot | tot en met | t/m | bis | jusqu'en | jusqu'à | up to |
  up until
before: before | before the | prior to | earlier than | vóór | voordat | vor | avant
after: after | after the | later than | na | nach | après
by: by | uiterlijk | tegen | no later than | spätestens | au plus tard
around: around | circa | ca . | rond | rond het jaar | around the year | omstreeks | ongeveer in | um | vers | about
"""
)
_PART_OF_YEAR = {
    **dict.fromkeys(("early", "begin", "anfang", "début"), (1, 6)),
    **dict.fromkeys(("late", "eind", "einde", "ende", "fin"), (7, 12)),
    **dict.fromkeys(("mid", "medio", "halverwege", "mitte"), (4, 9)),
}
_ERA_BC = _w("bc bce")
_ERA_AD = _w("ad ce")
_MONTHS = {
    f: float(n)
    for n, forms in enumerate(
        (
            "january jan januari januar jänner janvier janv",
            "february feb febr februari februar février févr fév",
            "march mar maart mrt märz mär mars",
            "april apr avril avr",
            "may mei mai",
            "june jun juni juin",
            "july jul juli juillet juil",
            "august aug augustus août",
            "september sep sept septembre",
            "october oct oktober okt octobre",
            "november nov novembre",
            "december dec dezember dez décembre déc",
        ),
        start=1,
    )
    for f in forms.split()
}

_NEG = _w(
    """
    not never n't cannot niet nooit nicht nie niemals jamais hardly scarcely nauwelijks kaum
    wont dont cant didnt doesnt isnt wasnt arent werent couldnt wouldnt shouldnt hasnt havent
    """
)
_NEG_ADJACENT = _w("geen kein keine keinen keiner")  # negate only right before the amount
# verbs of going over an amount: negated, they make it a ceiling ("will not exceed $5M", "het
# budget van 48 miljoen wordt niet overschreden": at most), not a denial of the amount
_EXCEED = _w(
    """
    exceed exceeds exceeded exceeding surpass surpasses surpassed overrun overshoot
    overschrijden overschrijdt overschrijd overschreden overschreed overtreffen overtreft
    overtroffen overtrof overstijgen overstijgt overstegen oversteeg
    überschreiten überschreitet überschritten überschritt
    """
)
_NEG_SKIP = _w(
    """
    the a an this that these those any even all of de het een die dit dat deze ook zelfs wel
    der das den dem les le la des même ever yet still nog ooit
    """
)
_HEDGES = _w(
    """
    possibly perhaps maybe probably presumably allegedly reportedly misschien mogelijk wellicht
    eventueel vermoedelijk waarschijnlijk vielleicht möglicherweise wahrscheinlich peut-être
    """
)
_ENOUGH = _w(
    """
    enough sufficient adequate genoeg voldoende toereikend genug ausreichend assez suffisant
    suffisante suffisants plenty
    """
)
_SUFFICE = _w(
    """
    suffice suffices sufficed volstaat volstaan volstond volstonden reicht reichen reichte
    genügt genügen suffit suffira suffiront suffisent suffisait
    """
)
_INSUFFICIENT = _w("insufficient inadequate onvoldoende ontoereikend unzureichend insuffisant")
_TOO_LITTLE = {
    ("too", "little"),
    ("too", "small"),
    ("too", "low"),
    ("te", "weinig"),
    ("te", "klein"),
    ("te", "laag"),
    ("zu", "wenig"),
    ("trop", "peu"),
    ("falls", "short"),
    ("fall", "short"),
    ("fell", "short"),
    ("schiet", "tekort"),
    ("schoot", "tekort"),
}
# Words allowed between an amount and the "enough" that judges it.
_ENOUGH_BETWEEN = _w(
    """
    is are was were be been will would could should might may can must shall 'll 's isn't wasn't
    won't wouldn't couldn't zal zou zouden kan moet zijn is was waren wordt blijkt bleek lijkt
    wird würde ist war sera serait est sont still just simply really quite nearly near even
    certainly clearly probably definitely also alone more than far from nowhere anywhere
    remotely by itself on its own wel zeker echt gewoon nog ook bij lange na alleen op zich lang
    ganz bei weitem pas toujours loin that dat it this dit het prove proves proved turn turns
    turned out seem seems seemed become becomes then dan ne n' ,
    """
)
_NEED_VERB = _w(
    """
    need needs needed needing require requires required requiring take takes cost costs
    costing vergt vergen vereist kost kosten braucht brauchen benötigt benötigen kostet
    faut nécessite coûte coûtera
    """
)
_NEED_PRED = _w(
    """
    needed required necessary nodig vereist noodzakelijk benodigd nötig notwendig erforderlich
    nécessaire nécessaires
    """
)
_NEED_BETWEEN = _w(
    """
    the a an at least another extra additional some about roughly more than to raise find get
    secure us them me you de het een nog minstens ten minste ruim zo'n ongeveer wel eens op te
    halen ons mij me u je hun hen jaarlijks annually yearly uns
    """
)
_CHANGE_VERB = _w(
    """
    grow grew grown grows increase increased increases rise rose risen rises fall fell fallen
    falls drop dropped drops decline declined declines cut cuts jump jumped surge surged
    shrink shrank shrunk groei groeide gegroeid stijg steeg gestegen stijgt daal daalde
    gedaald daalt krimp kromp gekrompen toename afname stijging daling wachsen wuchs stieg
    gestiegen sank gesunken augmenté baissé hausse baisse verhogen verhoogd verhoogt verhoogde
    verhoging verlagen verlaagd verlaagt verlaagde verlaging omhoog omlaag stijgen dalen
    """
)
_PER_WORDS = _w("per a an each every pro par elke iedere")
_PER_UNITS = {
    **dict.fromkeys(("year", "annum", "jaar", "jahr", "an"), "year"),
    **dict.fromkeys(("month", "maand", "monat", "mois"), "month"),
    **dict.fromkeys(("week", "woche", "semaine"), "week"),
    **dict.fromkeys(("day", "dag", "tag", "jour"), "day"),
    **dict.fromkeys(("hour", "uur", "stunde", "heure"), "hour"),
    **dict.fromkeys(("share", "aandeel"), "share"),
    **dict.fromkeys(("person", "persoon", "head", "employee", "medewerker"), "person"),
    **dict.fromkeys(("dollar", "euro"), "unit"),
}
_RATE_WORDS = {
    **dict.fromkeys(("annually", "yearly", "jaarlijks", "jährlich", "annuellement"), "year"),
    **dict.fromkeys(("monthly", "maandelijks", "monatlich", "mensuellement"), "month"),
    **dict.fromkeys(("weekly", "wekelijks", "wöchentlich"), "week"),
    **dict.fromkeys(("daily", "dagelijks", "täglich"), "day"),
}
_ID_WORDS = _w(
    """
    no nos nr nrs number nummer num page pages p pp pag blz pagina room kamer item items step
    stap section sectie sec art article artikel chapter ch hoofdstuk exhibit bijlage annex
    appendix ticket order case zaak dossier ref kenmerk line regel rule paragraph para par
    version versie release v ver issue bug pr build table tabel figure fig figuur slide dia
    question vraag point punt flight vlucht bus tram route gate platform spoor seite kapitel
    numéro chapitre verse postbus box apartment apt suite floor verdieping level grade klas
    groep group team round ronde game
    """
)
_CLAUSE_END = frozenset(".;:!?")
_SUFFICIENCY = "<sufficiency>"
_SOFT_BREAK = _w(", and but while whereas en maar terwijl und aber während et mais tandis")
_COORD = _w("and or en of und oder et ou & / , plus versus vs")
_GOV_SKIP = _NEG_SKIP | _w("at least about only just to")
_BE = _w(
    """
    is are was were be been will would could should might may can 's isn't wasn't won't
    wouldn't couldn't zijn waren zal zou zouden wordt werd blijkt bleek lijkt ist sind
    wird wäre war est sera serait sont
    """
)
_VERBISH = _w(
    """
    said say says told wrote is are was were be will would could should can may might has have
    had do did does went came got made took gave raised offered paid spent cost costs left
    zei zegt schreef zijn waren hebben had heeft worden werd wordt gaan ging kwam kreeg
    """
)
_QUAL_WORDS = frozenset(w for key in _QUALIFIERS for w in key) | _w("or of plus")
_NOT_NOUN = (
    _STOP
    | _QUAL_WORDS
    | _w(" ".join(_MONTHS))
    | _w(" ".join(_SCALE))
    | _w(" ".join(_CURRENCY_WORD))
    | _NEED_PRED
    | _ENOUGH
    | _NEG
    | _VERBISH
    | _BE
    | _HEDGES
    | _w(" ".join(_VAGUE_PLURAL))
    | _w("minus times divided")
)
# Units of measure are the head of what follows them ("187 km north").
_MEASURE = _groups(MEASURES)
_PARTICIPLE = re.compile(r"(?:ge|opge|uitge|aange|afge|binnenge)\w{3,}(?:d|t|en)$")
_INVARIANT_PLURAL = _w("staff people personnel police personeel mensen menschen gens")
_WEEKDAYS = _w(
    """
    monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ma di wo do vr za zo montag
    dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi
    samedi dimanche
    """
)
_REST = _w("rest remaining remainder other others overige resterende andere übrigen reste autres")
_COMPARATIVE = _w("as more less zo meer minder bigger larger groter")
_OFFSET = _w("ago earlier later before after geleden eerder later daarvoor daarna früher später")
_DECIMAL_COMMA_LANGS = _w("nl de fr es it pt da sv no nb nn fi pl cs sk hu ro tr ru uk id af")

# Patterns

_MONTH_RE = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_YEAR_RE = r"(1[89]\d\d|20\d\d)"
_DATE_PATTERNS = [
    # 13 January 2016, 13 jan. 2016, 3. Mai 2016, 13th of January, 2016
    (
        "dmy",
        re.compile(
            rf"(?<![\w.,])(\d{{1,2}})(?:st|nd|rd|th|e|ste|de|er|\.)?\s+(?:of\s+)?({_MONTH_RE})\.?,?"
            rf"\s+{_YEAR_RE}(?![\w])",
            re.I,
        ),
    ),
    # January 13, 2016
    (
        "mdy",
        re.compile(
            rf"(?<![\w])({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR_RE}(?![\w])",
            re.I,
        ),
    ),
    ("iso", re.compile(r"(?<![\w.\-/])(\d{4})-(\d{1,2})-(\d{1,2})(?![\w\-/]|\.\d)")),
    (
        "num",
        re.compile(r"(?<![\w.\-/])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\w\-/]|\.\d)"),
    ),
    # January 2016, januari 2017, January of 2016
    ("my", re.compile(rf"(?<![\w])({_MONTH_RE})\.?,?\s+(?:of\s+)?{_YEAR_RE}(?![\w])", re.I)),
]
_YEAR_RANGE = re.compile(
    rf"(?<![\w.,])(?:(?P<pre>between|tussen|zwischen|entre|from|van|von|de)\s+)?{_YEAR_RE}"
    r"\s*(?:-|–|—|to|tot(?:\s+en\s+met)?|t/m|and|en|und|et|bis|à|till|until|through)\s*"
    rf"{_YEAR_RE}(?![\w])",
    re.I,
)
# A cheap first look: a digit, a number word or a fraction, else nothing to extract.
_ANY_NUMBER = re.compile(
    r"\d|(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|duizend)|\b(?:"
    + "|".join(
        sorted(
            {
                re.escape(w)
                for w in (
                    *_EN_SMALL,
                    *_NL_SMALL,
                    *_DE_SMALL,
                    *_FR_SMALL,
                    *(k for k in _SCALE if len(k) > 2),
                    *_VAGUE_PLURAL,
                    *_FRACTIONS,
                    *_FRACTION_WHOLE,
                    "dozen",
                    "anderhalf",
                    "anderhalve",
                )
            },
            key=len,
            reverse=True,
        )
    )
    + r")\b",
    re.I,
)
_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_TOKEN = re.compile(
    r"(?P<num>\d+(?:[.,]\d+)*)"
    r"|(?P<word>[^\W\d_]+(?:['’\-][^\W\d_]+)*(?:'s|’s)?|n't)"
    r"|(?P<q>\x01+)"
    r"|(?P<mask>\x00+)"
    r"|(?P<sym>[$€£¥%‰+])"
    r"|(?P<punct>[^\s\w])",
)
_EN_HINT = _w("the and of to is was will would not be with that this it for have has are we")
_NL_HINT = _w("de het een en van niet is dat die zal wordt werd met op ook geen heeft hebben")
_DE_HINT = _w("der die das und nicht ist mit ein eine zu den von wird wir haben sie")
_FR_HINT = _w("le la les et des une est pas pour que du au avec nous sont il")
_HINT_WORDS = re.compile(r"[^\W\d_]+")
