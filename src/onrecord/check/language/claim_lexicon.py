"""Word lists for claim extraction (English and Dutch): titles, function words, verbs,
organisation suffixes, boilerplate and opinion markers. All keys are lower case."""

from __future__ import annotations

import re

from onrecord.check.language.org_kinds import ORG_TYPE_NOUNS
from onrecord.check.language.verb_forms import EN_MORE_VERBS, NL_MORE_VERBS
from onrecord.text.first_names import FEMALE_FIRST, MALE_FIRST
from onrecord.text.wordsets import wordset as _w

__all__ = ["FEMALE_FIRST", "MALE_FIRST", "ORG_TYPE_NOUNS"]  # kept for modules importing them


# Name particles (Dutch, German, French, ...): inside a name ("Jan de Groot") or, capitalised,
# at the start of a surname ("De Groot", "Van der Berg").
PARTICLES = _w(
    "de van der den von vom zu la le du ter ten te 't d' di da dos das del della des bin ibn al el"
)

# Titles and roles that precede a name and are not part of it ("Plaintiff Marcus Vale").
TITLES = _w(
    """
    mr mrs ms miss mx dr drs prof professor sir dame lord lady dhr mevr mw mevrouw meneer mr.
    plaintiff plaintiffs defendant defendants claimant petitioner respondent
    eiser eiseres eisers gedaagde gedaagden verweerder verweerster aanklager
    ceo cfo cto coo cio chairman chairwoman chairperson chair director directeur directrice
    founder cofounder co-founder oprichter medeoprichter mede-oprichter topman topvrouw
    bestuursvoorzitter mp mep staatssecretaris
    judge justice rechter senator minister premier governor mayor burgemeester president
    attorney counsel lawyer advocaat chief executive officer investor investeerder
    billionaire miljardair entrepreneur ondernemer mister saint st reverend rev
    manager engineer scientist researcher onderzoeker wetenschapper
    verpleegkundige nurse bestuurder klokkenluider whistleblower wethouder inspecteur
    voorzitter alderman alderwoman head hoofd spokesman spokeswoman spokesperson woordvoerder
    woordvoerster
    """
)
# Heads of Dutch compound titles ("Zorgdirecteur", "oud-wethouder"): a word ending in one too.
_TITLE_HEADS = (
    "directeur", "directrice", "voorzitter", "wethouder", "woordvoerder", "woordvoerster",
    "bestuurder", "manager", "minister", "secretaris", "commissaris", "advocaat", "officier",
    "raadslid", "kamerlid", "coördinator", "coordinator", "leider", "meester", "trainer",
)  # fmt: skip


def is_title(word: str) -> bool:
    """``word`` (any case) is a title or role before a name: "Plaintiff", "CEO", and Dutch
    compounds of a role ("Zorgdirecteur", "clubvoorzitter", "oud-wethouder")."""
    w = word.lower().rstrip(".")
    if w in TITLES:
        return True
    if "-" in w and w.rsplit("-", 1)[1] in TITLES:
        return True
    return any(w.endswith(h) and len(w) >= len(h) + 3 for h in _TITLE_HEADS)


# Capitalised only because they start a sentence (or are never names).
COMMON = _w(
    """
    the a an this that these those there then they we it he she his her its their our my your
    i me you us them him
    in on at as for to after before when while however also but and or nor so if although though
    because since yet still meanwhile moreover furthermore instead both neither either each every
    all some many most few no not never only even later earlier today yesterday tomorrow last next
    according during despite under over from with without by about between among into of off out
    up down what why how where who whom which whose one two three such other another here now once
    thus therefore indeed yes ok okay first second finally soon again already just perhaps maybe
    de het een dit dat deze die er daar toen nu ook maar en of dus als want omdat hoewel terwijl
    volgens op aan bij met voor na door over onder uit tot tegen zonder tijdens sinds om naar
    hij zij ze wij we ik jij je u hun haar zijn mijn ons onze jullie hem men
    wat waarom hoe waar wie welke welk nog al wel niet geen nooit later eerder vandaag gisteren
    morgen vorig vorige volgend volgende daarna vervolgens bovendien echter ondanks alle veel
    sommige elk elke iedere ieder beide zo dan hier daarom toch ja nee eerst eindelijk inmiddels
    intussen ondertussen zelfs alleen pas reeds misschien wellicht graag geachte hallo hoi
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    english dutch american british european german french chinese internet
    contrary unlike regarding concerning please kindly dear hello
    begin eind medio midden half early late mid
    """
)

# Nationalities and regions as adjectives or nouns ("The Welsh regulator", "De Amerikaanse
# topvrouw", "The Australian, who ..."): capitalised, never a name of their own, so a
# description that starts with one is resolved like "the regulator" or "the investor".
DEMONYMS = _w(
    """
    dutch welsh scottish irish english british french german belgian swiss austrian italian
    spanish portuguese greek danish swedish norwegian finnish polish czech hungarian russian
    ukrainian turkish american canadian mexican brazilian argentinian australian chinese
    japanese korean indian pakistani nigerian kenyan african asian european moroccan egyptian
    israeli iranian saudi
    nederlandse nederlands amerikaanse britse engelse schotse ierse welshe franse duitse
    belgische zwitserse oostenrijkse italiaanse spaanse portugese griekse deense zweedse
    noorse finse poolse russische oekraïense turkse canadese mexicaanse braziliaanse
    australische chinese japanse koreaanse indiase nigeriaanse keniaanse afrikaanse aziatische
    europese marokkaanse egyptische israëlische iraanse
    nederlander amerikaan brit engelsman fransman duitser belg zwitser italiaan spanjaard
    australiër canadees marokkaan turk
    """
)
# Those that are also nouns for a person ("The Australian, who ...", "de Amerikaan"); the Dutch
# adjectives in -e are not ("De Nederlandse vestiging" is a branch, not a person).
DEMONYM_NOUNS = frozenset(w for w in DEMONYMS if not w.endswith("e"))
# A hyphenated origin ("Canadian-born", "London-based", "Dutch-owned") is an adjective.
ORIGIN_SUFFIXES = ("-born", "-based", "-bred", "-owned", "-raised", "-registered", "-geboren")
# Suffixes of adjectives made from place names: Dutch "Amsterdamse", "Groningse", "Belgische";
# English "Nigerian", "Korean", "Japanese", "Scottish".
_PLACE_ADJ_RE = re.compile(r"^[A-ZÀ-Ý][\w]+(?:se|sche|ian|ean|ese|ish)$")


def is_place_adjective(word: str, next_word: str | None, prev_word: str | None = None) -> bool:
    """``word`` (capitalised) is a nationality or regional adjective, not a name: a known
    demonym, an origin compound, or a place adjective by its suffix when a lower-case word that
    is not a verb follows ("De Amsterdamse advocaat", not "Elise schreef"), or when an article
    comes before it and nothing after it (a phrase cut before its noun: "De Friese")."""
    w = word.lower()
    if w in DEMONYMS or w.endswith(ORIGIN_SUFFIXES):
        return True
    if not _PLACE_ADJ_RE.match(word):
        return False
    if next_word is None and (prev_word or "").lower() in ("de", "het", "een", "the", "a", "an"):
        return True
    if not next_word or not next_word[:1].islower():
        return False
    return not is_verb(next_word) and next_word.lower() not in PARTICLES


# Last word of an organisation's name.
ORG_SUFFIXES = _w(
    """
    labs lab inc incorporated corp corporation co company ltd limited llc llp plc bv b.v nv n.v
    gmbh ag sa sarl se group groep holding holdings motors partners capital ventures
    technologies technology tech systems solutions software media bank fund foundation stichting
    institute instituut university universiteit college school association vereniging council
    raad ministry ministerie agency agentschap court rechtbank hof times post news journal press
    international industries energy pharma pharmaceuticals airlines airways services consulting
    network networks studios records games research ai robotics automotive utilities utility
    analytics consultancy zorggroep trust bouw transport logistiek techniek vastgoed ontwikkeling
    beheer projecten rail railway railways water foods homes freight mining steel dairy
    insurance telecom
    """
)
#: The first words of a name that goes on with "of" ("Office of Rail Safety", "Bank of
#: England", "University of Leeds").
OF_NAME_HEADS = _w(
    """
    office department ministry university bank court authority commission agency institute
    college council board chamber port
    """
)
# First word of an organisation's name ("University of Amsterdam", "Gemeente Utrecht").
ORG_HEADS = _w(
    """
    university universiteit ministry ministerie bank stichting gemeente rechtbank hof court
    department dept office house senate congress parliament bond vakbond vereniging
    supportersvereniging club sportclub waterschap hoogheemraadschap provincie omgevingsdienst
    woningcorporatie woonstichting ziekenhuis coöperatie cooperatie inspectie autoriteit politie
    brandweer hogeschool museum bibliotheek zorggroep veiligheidsregio tuchtcollege commissie
    raad agency authority commission council borough county
    """
)
# First words of place names, which are not persons.
PLACE_HEADS = _w(
    """
    new san santa los las united verenigde europese european north south noord zuid oost west
    east northern southern silicon den
    """
)

# Finite verbs (and a few auxiliaries) that tell where a subject ends or a new clause begins.
EN_VERBS = _w(
    """
    is was were are am has had have did does do will would could should can may might must
    said says say wrote writes write told tells made makes took takes gave gives went goes came
    comes left leaves became becomes began begins kept keeps held holds knew knows thought thinks
    sent sends sold sells bought buys won wins lost loses paid pays met meets led leads ran runs
    brought brings sought seeks built builds stood stands fell falls chose chooses spoke speaks
    wants agrees proposes insists promises supports endorses claims argues demands denies refuses
    rejects offers suggests states asks urges accepts approves opposes announces admits confirms
    threatens warns plans tries hopes needs intends expects owns controls runs founded sought
    found finds saw sees put puts employs hires
    """
)
# Words ending in -ed that are not verbs.
EN_ED_NOT_VERBS = _w(
    "need bed red seed speed feed greed deed shed hundred indeed embed bred breed weed reed steed"
)

NL_VERBS = _w(
    """
    is was waren had hadden werd werden wilde wilden wou zei zeiden schreef schreven gaf gaven
    nam namen kwam kwamen ging gingen stond stonden bleef bleven vond vonden wist wisten zag
    zagen liet lieten hield hielden bood boden sprak spraken kon konden zou zouden moest moesten
    mocht mochten bracht brachten dacht dachten zocht zochten kocht kochten verkocht verkochten
    koos kozen verloor won trok sloot besloot verliet ontving begon begonnen schonk wees verwees
    verzweeg ontkende weigerde stuurde stemde steunde stelde beloofde eiste deelde richtte
    heeft hebben wil willen zal zullen kan kunnen moet moeten mag zegt stelt eist steunt wordt
    worden gaat komt staat blijft vindt weet ziet laat houdt biedt geeft neemt beweert ontkent
    belooft schrijft verklaart wijst stemt deelt claimt betoogt meent denkt
    kreeg kregen deed deden zat zaten lag lagen hing viel vielen trad traden sloeg droeg vroeg
    vroegen stak staken schoot loog bedroog ontsloeg ontsloegen tekende tekenden opende
    vertrok vertrokken verscheen verschenen verdween verdwenen bleek bleken hielp hielpen riep
    riepen liep liepen ving vingen stierf stierven zweeg zwegen bewees bewezen verbood verboden
    vergat vergaten las lazen vocht vochten zond zonden begreep begrepen greep grepen steeg
    stegen ontstond ontstonden bestond bestonden onderging ondergingen ontbrak ontbraken brak
    braken verbrak trof troffen betrof bewoog bewogen vergeleek keek keken leek leken besprak
    bespraken bevond verbond onderschreef ontving ontvingen verloren won wonnen dreef schoof
    heb ben ga kom zie vind weet denk hoop blijf sta doe zeg werk
    """
)
NL_NOT_VERBS = _w(
    """
    leden familieleden raadsleden bestuursleden personeelsleden gemeenteraadsleden
    gemeente route elite website site suite quote date schade periode methode code mode episode
    parade brigade ronde bende zonde
    beide goede oude rode brede harde koude tweede derde vorige hele mede zijde weide ende
    hoogte breedte lengte diepte grootte ruimte tijde
    """
)
_NL_WEAK_PAST = re.compile(r"^[^\W\d_]{2,}(?:de|te|den|ten)$")
# "-ende" is a present participle ("lopende"), but a past after a long vowel + n ("diende").
_NL_EN_STEM_PAST = re.compile(r"(?:ie|ee|oe|ui|eu)nden?$")
# Possessive-like words that must never count as verbs ("zijn autobedrijf").
_NEVER_VERB = _w("zijn haar hun")


def is_verb(word: str, lang: str | None = None) -> bool:
    """Looks like a finite verb (lower-case word) in English or Dutch."""
    w = word.lower()
    if not word or not word[0].islower() or w in _NEVER_VERB:
        return False
    en, nl = lang != "nl", lang != "en"
    ed = w.endswith("ed") and len(w) >= 4 and w not in EN_ED_NOT_VERBS
    if en and (w in EN_VERBS or w in EN_MORE_VERBS or ed):
        return True
    return nl and (
        w in NL_VERBS
        or w in NL_MORE_VERBS
        or (
            _NL_WEAK_PAST.match(w) is not None
            and w not in NL_NOT_VERBS
            and (not w.endswith(("ste", "ende")) or _NL_EN_STEM_PAST.search(w) is not None)
            and not w.endswith("ed")
        )
    )


# Adverbs that may stand between a conjunction and the verb of the next clause, or between a
# framing subject and its verb.
ADVERBS = _w(
    """
    also later then subsequently never always repeatedly still now allegedly reportedly even
    again further publicly privately openly explicitly first
    ook later toen daarna vervolgens nooit altijd herhaaldelijk nog nu zelfs opnieuw publiekelijk pas
    expliciet uitdrukkelijk
    """
)

# Verbs (all forms) of saying, agreeing, proposing, wanting ...: a claim with one is about
# speech. Multi-word Dutch forms are matched as regexes (separable verbs).
SPEECH_EN = _w(
    """
    said says saying told tells telling wrote writes writing written
    agreed agrees agreeing proposed proposes proposing wanted wants wanting insisted insists
    insisting promised promises promising supported supports supporting endorsed endorses
    endorsing claimed claims claiming argued argues arguing demanded demands demanding
    suggested suggests suggesting stated states denied denies refused refuses rejected rejects
    offered offers threatened threatens confirmed confirms announced announces admitted admits
    acknowledged acknowledges approved approves opposed opposes requested requests asked asks
    urged urges recommended recommends vowed vows pledged pledges accepted accepts
    maintained asserted alleged contended declared declares emailed replied replies
    added adds noted notes explained explains responded responds
    reported reports informed informs warned warns assured assures reminded reminds
    mentioned mentions complained complains stressed stresses
    estimated estimates predicted predicts calculated floated backed backs favoured favored
    welcomed welcomes
    """
)
# Speech verbs whose passive is about something done to the subject, not said by them.
SPEECH_EN_PASSIVE = _w("offered promised told asked given requested urged")
# Base forms that are often nouns: speech only after "to", "did", "not", "never", modals.
SPEECH_EN_BASE = _w(
    """
    say tell write agree propose want insist promise support endorse claim argue demand suggest
    state deny refuse reject offer threaten confirm announce admit acknowledge approve oppose
    request ask urge recommend vow pledge accept
    """
)
SPEECH_NL = _w(
    """
    zei zeiden zegt zeggen gezegd schreef schreven schrijft schrijven geschreven
    stemde stemden stemt ingestemd steunde steunden steunt steunen gesteund wilde wilden wou
    wil wilt willen gewild beloofde beloofden belooft beloven beloofd eiste eisten eist eisen
    geëist beweerde beweerden beweert beweren beweerd betoogde betoogt verklaarde verklaart
    verklaard vroeg vroegen vraagt gevraagd weigerde weigerden weigert geweigerd ontkende
    ontkent ontkend dreigde dreigt gedreigd bevestigde bevestigt bevestigd erkende erkent erkend
    pleitte pleit gepleit benadrukte benadrukt stelde stelden stelt voorgesteld voorstelde
    mailde mailt antwoordde antwoordt claimde claimt voegde merkte reageerde reageerden reageert
    noemde noemden noemt
    meldde meldden meldt gemeld vertelde vertelden vertelt verteld verzekerde verzekert
    waarschuwde waarschuwt gewaarschuwd opperde oppert suggereerde suggereert klaagde klaagt
    schatte schatten voorspelde voorspelden voorspelt verwachtte verwachtten berekende
    vond vonden vindt meende meenden dacht dachten
    """
)
SPEECH_NL_MULTI = re.compile(
    r"\b(?:stelde|stelden|stelt)\b.*\bvoor\b|\b(?:bood|boden|biedt)\b.*\baan\b|"
    r"\b(?:drong|drongen|dringt)\b.*\baan\b|\b(?:hield|hielden|houdt)\b.*\bvol\b|"
    r"\b(?:gaf|gaven|geeft)\b.*\btoe\b|\b(?:stond|stonden|staat)\b\s+erop\b|"
    r"\b(?:ging|gingen|gaat)\b.*\bakkoord\b|\b(?:was|waren|is)\b.*\bhet\s+eens\b|"
    r"\b(?:wees|wezen|wijst)\b.*\berop\b|\b(?:liet|lieten|laat)\b.*\bweten\b|"
    r"\b(?:gaf|gaven|geeft)\b.*\baan\b\s+dat\b|^\s*volgens\b|^\s*according\s+to\b|"
    r"\bpointed\s+out\b|"
    # separable verbs of speech, the particle last: "kondigde aan", "zegde toe", "deelde mee"
    r"\b(?:kondigde|kondigden|kondigt)\b.*\baan\b|\b(?:zegde|zegden|zegt)\b.*\btoe\b|"
    r"\b(?:deelde|deelden|deelt)\b.*\bmee\b",
    re.I,
)
# -s forms that are just as often plural nouns: speech only after a name or pronoun.
SPEECH_EN_AMBIGUOUS = _w("claims promises offers demands requests supports states proposes wants")
SPEECH_EN_PRECEDERS = _w(
    "to did does do not never would will could should might may must didn't don't"
)

# Framing verbs: "X claims that ...". Present tense frames with any framer; past tense only
# with a document framer ("the complaint claimed that ..."), except the legal ones, which
# always frame. Past-tense speech by a person ("Vale insisted that ...") is the claim itself.
FRAME_PRESENT_EN = _w(
    "claims claim alleges allege contends contend asserts assert maintains maintain argues argue says say states state writes write insists suggests admits acknowledges concedes confirms confirm explains stresses"
)
FRAME_LEGAL_EN = _w("alleged contended asserted")
FRAME_PAST_EN = _w("claimed argued said stated wrote maintained insisted suggested")
FRAME_PRESENT_NL = _w(
    "stelt stellen beweert beweren zegt zeggen claimt claimen meent menen betoogt betogen schrijft schrijven suggereert erkent erkennen bevestigt bevestigen verklaart verklaren benadrukt benadrukken"
)
FRAME_PAST_NL = _w("stelde stelden beweerde beweerden zei zeiden claimde betoogde schreef schreven")
# Framers that are documents or institutions rather than persons.
DOC_FRAMERS = _w(
    """
    complaint complaints lawsuit suit filing filings report article petition motion indictment
    claim claims statement brief affidavit ruling judgment plaintiff plaintiffs prosecution
    prosecutors prosecutor document documents email emails letter
    aanklacht klacht dagvaarding rechtszaak rapport artikel verzoekschrift verklaring vonnis
    uitspraak eiser eisers om aanklager aanklagers document documenten brief e-mail e-mails
    """
)

EVALUATIVE = _w(
    """
    shocking outrageous disgraceful scandalous unacceptable ridiculous absurd terrible awful
    horrible wonderful great amazing fantastic excellent brilliant sad disappointing appalling
    shameful unbelievable incredible insane crazy stupid wrong good bad interesting remarkable
    alarming worrying troubling deplorable disgusting pathetic laughable inexcusable unfair
    unjust hypocritical outrage disgrace scandal shame nonsense
    schokkend schandalig schandelijk onacceptabel onaanvaardbaar belachelijk absurd
    verschrikkelijk vreselijk geweldig fantastisch prachtig triest treurig jammer teleurstellend
    ongelooflijk waanzinnig gek dom fout verkeerd goed slecht interessant opmerkelijk
    zorgwekkend verontrustend kwalijk stuitend bizar hypocriet onterecht oneerlijk walgelijk
    schande onzin betrayal verraad misleading misleidend
    reckless negligent irresponsible dishonest incomprehensible inexplicable unforgivable
    roekeloos nalatig onverantwoord oneerlijk onbegrijpelijk onvoorstelbaar onvergeeflijk
    """
)
OPINION_RE = re.compile(
    r"^(?:i|we)\s+(?:think|believe|feel|find)\b|\bin\s+(?:my|our)\s+(?:view|opinion)\b|"
    r"^(?:ik|wij|we)\s+(?:vind|vinden|denk|denken|geloof|geloven)\b|\bvolgens\s+(?:mij|ons)\b|"
    r"\bnaar\s+(?:mijn|onze)\s+mening\b|\bmijns\s+inziens\b|\bwat\s+(?:mij|ons)\s+betreft\b|"
    r"^(?:what\s+an?|wat\s+een)\b",
    re.I,
)
OPINION_HEAD = _w("this that it these those such dit dat het deze die zo'n")
COPULAS = _w(
    "is was are were seems seemed looks looked sounds sounded feels remains lijkt leek blijft bleef klinkt klonk zijn waren"
)
INTENSIFIERS = _w(
    "really truly absolutely simply utterly totally completely deeply so very quite just zeer heel echt gewoon ronduit volstrekt bijzonder erg zo werkelijk"
)

BOILERPLATE_RE = re.compile(
    r"^(?:read\s+more|lees\s+(?:meer|ook|verder)|read\s+also|see\s+also|zie\s+ook|continue\s+reading|"
    r"verder\s+lezen|related\b|gerelateerd|meer\s+over|more\s+on\b|share\b|deel\s+(?:dit|via|op)\b|"
    r"subscribe|abonneer|sign\s+up|aanmelden|log\s+in|inloggen|advertisement|advertentie|"
    r"sponsored|gesponsord|follow\s+us|volg\s+ons|back\s+to\s+top|terug\s+naar\s+boven|"
    r"skip\s+to|ga\s+naar|click\s+here|klik\s+hier|published\b|gepubliceerd\b|updated\b|"
    r"bijgewerkt\b|laatst\s+gewijzigd|photo\b|foto\b|image\b|beeld\b|credit\b|bron:|source:|"
    r"tags?:|categor(?:y|ie|ieën)\b|posted\b|geplaatst\b|menu\b|home\b|contact\b|print\b)",
    re.I,
)
BOILERPLATE_ANY_RE = re.compile(
    r"©|\(c\)\s*\d{4}|\bcopyright\b|all\s+rights\s+reserved|alle\s+rechten\s+voorbehouden|"
    r"\bcookies?\b|privacy\s*(?:policy|statement|beleid|verklaring)|terms\s+of\s+(?:use|service)|"
    r"algemene\s+voorwaarden|(?:subscribe|sign\s+up|abonneer|meld\s+je)\b.*(?:newsletter|nieuwsbrief)",
    re.I,
)
BYLINE_RE = re.compile(
    r"^(?:by|door|written\s+by|geschreven\s+door|text|tekst|(?:additional\s+)?reporting\s+by|"
    r"editing\s+by|edited\s+by|met\s+medewerking\s+van|redactie)\b[:\s]",
    re.I,
)
NAV_SEPARATORS = re.compile(r"\s[|•›»·>/]\s")

# ------------------------------------------------------------------------------------------
# Check-worthiness (onrecord.check.claims.checkworthy): what a sentence that is not a claim looks like.
# ------------------------------------------------------------------------------------------

BYLINE_MORE_RE = re.compile(
    r"^(?:posted\s+by|gepost\s+door|van\s+onze\s+(?:verslaggever|redacteur))\b", re.I
)
# A dateline before the first sentence: "AMSTERDAM - ", "SAN FRANCISCO, March 5, 2024 - ".
DATELINE_RE = re.compile(
    r"^[\s*_]*(?:[A-Z][A-Z.'’]+(?:\s+[A-Z][A-Z.'’]+){0,3})[\s*_]*(?:\([A-Za-z]+\))?"
    r"(?:,\s*[^-–—\n]{3,40}?)?\s+[-–—]{1,2}\s+(?=\S)"
)
# A line of its own that is a dateline ("Persbericht - Utrecht, 15 februari 2023").
DATELINE_LINE_RE = re.compile(
    r"(?i)\b(?:persbericht|press\s+release|news\s+release|nieuwsbericht)\b|"
    r"\b\d{1,2}\s+(?:jan|feb|maart|mrt|apr|mei|jun|jul|aug|sep|okt|oct|nov|dec)[a-z]*\.?\s+\d{4}\b|"
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december)"
    r"\s+\d{1,2},\s+\d{4}\b"
)
# Commentary: the writer's evaluation, doubt or feeling, not an assertion about the record.
COMMENTARY_RE = re.compile(
    r"^(?:het|it)\s+is\s+(?:\w+\s+)?(?:opvallend|opmerkelijk|de\s+vraag|onduidelijk|onzeker|"
    r"jammer|pijnlijk|tekenend|ironisch|betreurenswaardig|duidelijk|unclear|uncertain|striking|"
    r"remarkable|notable|curious|regrettable|ironic|telling|doubtful|questionable|clear|"
    r"unfortunate)\b|"
    r"^(?:perhaps|maybe|possibly|misschien|wellicht|mogelijk|vermoedelijk|hopelijk|hopefully)\b|"
    r"^(?:let\s+me|laat\s+ik|laten\s+we|let's|let\s+us)\b|"
    r"^(?:we|i|wij|ik)\s+(?:am|are|was|were|ben|zijn|was|waren)\s+(?:\w+\s+)?"
    r"(?:saddened|sad|disappointed|shocked|surprised|proud|pleased|happy|glad|teleurgesteld|"
    r"verdrietig|geschokt|verbaasd|trots|blij|verheugd)\b|"
    r"\b(?:tells?|told|vertellen|vertelt)\s+(?:a|een)\s+(?:different|other|ander)\s+(?:story|verhaal)\b|"
    r"\bis\s+(?:nog\s+|still\s+)?(?:onduidelijk|onbekend|unclear|unknown)\s*[.!]?$|"
    # the article's framing of itself: "This is the story of how ...", "Dit is het verhaal van"
    r"^(?:this|dit)\s+is\s+(?:the|het)\s+(?:story|verhaal|relaas)\s+(?:of|van)\b|"
    # open questions and doubts: "Questions remain about ...", "Er blijven vragen over ..."
    r"^(?:questions|doubts|vragen|twijfels)\s+(?:remain|persist|linger|blijven|rijzen)\b|"
    r"^(?:er\s+)?(?:blijven|rijzen)\s+(?:er\s+)?(?:vragen|twijfels)\b|"
    # others' characterisation in the present: "Colleagues describe her as ...",
    # "Collega's omschrijven Bosman als ..."
    r"^[^,]{0,40}?\b(?:describe|portray|characteri[sz]e|omschrijven|omschrijft|beschrijven|"
    r"beschrijft|typeren|typeert|schetsen|schetst)s?\s+(?:\S+\s+){1,4}?(?:as|als)\b|"
    # a judgement of what was just said: "Dat klopt niet", "Dat zet ... in een kwaad daglicht",
    # "This raises questions"
    r"^(?:dat|dit|that|this)\s+(?:klopt|klopte|strookt|rijmt|deugt|zet|werpt|roept|raises|"
    r"casts|speaks|begs)\b|"
    # an organisation's or writer's stance: "We take safety seriously", "Our customers
    # deserve better", "I remain proud", "I want to set the record straight"
    r"^(?:we|wij|i|ik)\s+(?:take|nemen|neem)\b.{1,80}\b(?:seriously|serieus)\b|"
    r"\bdeserves?\s+better\b|\bverdien(?:t|en)\s+beter\b|"
    r"^(?:we|wij|i|ik)\s+(?:remain|blijf|blijven)\s+(?:\w+\s+)?(?:proud|trots|confident|"
    r"committed|convinced|overtuigd|vol\s+vertrouwen)\b|"
    r"^(?:we|wij|i|ik)\s+(?:want|would\s+like|wil|willen)\s+(?:to\s+)?(?:\w+\s+){0,3}?"
    r"(?:the\s+record\s+straight|clear|duidelijk|rechtzetten|recht\s+zetten)\b|"
    # a party's judgement of a claim or a case: "Plaintiff's lawsuit is without merit", "De
    # eis is ongegrond"
    r"\b(?:is|are|was|were)\s+(?:\w+\s+)?(?:without\s+(?:any\s+)?merit|meritless|frivolous|"
    r"baseless|groundless|ongegrond|ongefundeerd|zonder\s+grond)\b|"
    # standing by a decision, in the present: "Whitfield laat weten dat hij achter zijn
    # voorstel blijft staan", "The company stands by its decision"
    r"\b(?:blijft|blijven|blijf|staat|staan|sta)\s+(?:\w+\s+){0,2}?achter\s+(?:\w+\s+){1,4}?"
    r"(?:staan\b|[.!]?$)|\bachter\s+(?:\w+\s+){1,4}?(?:blijft|blijven|blijf)\s+staan\b|"
    # what someone deserves: "Passengers deserve answers", "De klant verdient duidelijkheid"
    r"\b(?:deserves?|verdient|verdienen)\s+(?:(?:an?|the|de|het|een)\s+)?(?:answers?|truth|"
    r"explanation|clarity|respect|antwoorden?|waarheid|uitleg|duidelijkheid)\b|"
    # feelings of a group or person, as a whole sentence: "Supporters are furious."
    r"^[^,]{0,40}?\b(?:is|are|was|were|zijn|waren)\s+(?:\w+\s+)?(?:furious|angry|upset|"
    r"outraged|livid|delighted|worried|woedend|boos|kwaad|teleurgesteld|bezorgd|ongerust|"
    r"opgetogen)\s*[.!]?$|"
    # a source's reaction or wish in a profile: "Smit moet erom lachen", "She shrugs", "Smit
    # hoopt op eerherstel"
    r"^[^,]{0,40}?\b(?:lacht|moet\s+(?:erom\s+)?lachen|glimlacht|zucht|laughs|smiles|sighs|"
    r"shrugs)\b[^,]{0,30}$|^[^,]{0,40}?\b(?:hoopt|hopen|hopes|hope)\s+(?:op|for)\b|"
    # "There is nothing to discuss", "We have nothing to hide"
    r"^(?:there\s+is|er\s+is)\s+(?:nothing|niets)\s+(?:to|te)\b|"
    r"^(?:we|i|wij|ik)\s+(?:have|hebben|heb)\s+(?:nothing|niets)\s+(?:to|te)\s+(?:hide|verbergen)\b|"
    r"\bstands?\s+by\s+(?:his|her|its|their|the|our|my)\s+\w+\s*[.!]?$|"
    # the writer's verdict on what follows: "Het is schrijnend dat ...", "It is odd that ...",
    # "It is a sorry tale for ...", "It was a painful day for ..."
    r"^(?:het|it)\s+(?:is|was)\s+(?:(?:zeer|erg|heel|nogal|best|bijzonder|very|quite|"
    r"rather|deeply|truly)\s+)?(?!bekend\b|known\b|gebleken\b|aangetoond\b|proven\b)"
    r"[a-zà-ÿ]+\s+(?:dat|that)\b|"
    r"^(?:it|this|het|dit)\s+(?:is|was)\s+(?:a|an|een)\s+(?:\w+\s+)?(?:tale|story|day|"
    r"moment|blow|irony|shame|scandal|disgrace|verhaal|dag|klap|schande|drama)\b",
    re.I,
)
DEMONSTRATIVES = _w("dit dat this that")
# The article's own process: requests for comment, notes to the editor, the document itself.
META_RE = re.compile(
    r"(?i)\brequest\s+for\s+comment|\bdid\s+not\s+(?:respond|reply|return)|"
    # the interviewer's note: "Pim Lodewijks sprak met haar.", "Anna Ruiz spoke to him."
    r"^[^,]{2,40}?\s(?:sprak|spoke)\s+(?:met|with|to)\s+(?:haar|hem|her|him)\W*$|"
    r"\bdeclined\s+to\s+(?:comment|be\s+interviewed|respond)|\bcould\s+not\s+be\s+reached|"
    r"\b(?:niet|nog\s+niet)\s+(?:gereageerd|bereikbaar)|\bwilde\s+niet\s+reageren|"
    r"\b(?:wil|wilde|willen|wilden)\s+(?:\w+\s+)?niet\s+(?:ingaan\s+op|reageren)\b|"
    r"\bniet\s+willen\s+reageren|\bgeen\s+commentaar|\bno\s+comment|"
    r"\bvragen\s+van\s+(?:deze|onze)\s+(?:krant|redactie|site)|"
    r"\bnoot\s+voor\s+de\s+redactie|\bnote\s+to\s+(?:the\s+)?editors?|"
    r"\b(?:niet\s+voor\s+publicatie|not\s+for\s+publication)|"
    r"\bbrings?\s+this\s+(?:action|suit|complaint)|\bthis\s+(?:article|story)\b|"
    r"\b(?:dit|het)\s+artikel\b|\bdo\s+not\s+ingest\b|"
    r"^(?:dit|this)\s+is\s+(?:een|a|an)\s+(?:reconstructie|reconstruction)\b|"
    r"\breserves?\s+the\s+right\b|\bbehoudt\s+zich\s+het\s+recht\b|"
    # a pleading's blanket denial: "Lumen denies each allegation not expressly admitted"
    r"\bden(?:y|ies)\s+(?:each|every|all|any|the\s+remaining)\s+(?:\w+\s+)?allegations?\b|"
    r"\bnot\s+(?:expressly|specifically)\s+admitted\b|"
    r"^(?:dat|dit)\s+(?:blijkt|bleek)\s+uit\b|^(?:that|this)\s+(?:emerges|is\s+clear)\s+from\b|"
    r"^(?:dit|this|het|it)\s+(?:\w+\s+){0,3}(?:based\s+on|op\s+basis\s+van)\s+(?:\w+\s+){0,4}"
    r"(?:interviews|gesprekken|conversations)\b"
)
# Announcements of future action or intention (the main clause's verb).
FUTURE_AUX = _w(
    """
    will shall zal zullen zult intend intends
    """
)
FUTURE_RE = re.compile(
    r"(?i)\bte\s+zullen\b|\b(?:plans?|aims?|intends?|hopes?)\s+to\b|\bexpects?\s+(?:\w+\s+){0,3}to\b|"
    r"\bvan\s+plan\b|\b(?:is|are|am)\s+(?:going|set|expected)\s+to\b|"
    r"\b(?:is|are)\s+scheduled\s+(?:for|to)\b|\b(?:staat|staan)\s+gepland\b|"
    r"\bwordt\s+(?:\w+\s+){0,3}verwacht\b|\bworden\s+(?:\w+\s+){0,3}verwacht\b|"
    r"\b(?:wil|willen|wants?\s+to|gaat|gaan)\b(?=.*\b(?:volgende|komende|next|morgen|tomorrow|"
    r"binnenkort|soon)\b)"
)
# A time still to come: with a present tense ("De inspectie doet volgende maand uitspraak",
# "De gemeenteraad bespreekt de sluitingen donderdag", "Marsh appears before the committee on
# Thursday") the sentence announces; with a past tense it reports.
FUTURE_TIME_RE = re.compile(
    r"(?i)\b(?:volgende|komende|aanstaande|next|coming|upcoming)\s+(?:week|maand|jaar|kwartaal|"
    r"month|year|quarter|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday|zomer|najaar|voorjaar|summer|autumn|"
    r"spring|winter)\b|"
    r"\bover\s+(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d+|enkele)\s+"
    r"(?:dagen|weken|maanden|jaar)\b|\b(?:morgen|tomorrow|binnenkort|later\s+this\s+"
    r"(?:week|month|year)|later\s+dit\s+jaar)\b|"
    # a weekday, not one already past: "de slotkoers van vrijdag", "Friday's close", "last Monday"
    r"(?<!van\s)(?<!of\s)(?<!last\s)(?<!vorige\s)(?<!afgelopen\s)"
    r"\b(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|maandag|dinsdag|"
    r"woensdag|donderdag|vrijdag|zaterdag|zondag)\b(?!['’]s)|"
    # a date with "op"/"on" ("debatteert op 24 september"): present tense, so still to come
    r"\b(?:op|on)\s+(?:\d{1,2}\s+)?(?:januari|februari|maart|april|mei|juni|juli|augustus|"
    r"september|oktober|november|december|january|february|march|may|june|july|august|october)"
    r"(?:\s+\d{1,2})?\b"
)
# Words before "plans"/"aims"/"hopes" that make it a noun ("She now backs plans to build",
# "the aim to"), not a verb of intention ("Lumen plans to appeal").
NOUN_BEFORE_FUTURE = _w(
    """
    the a an its his her their our my your these those new such of for with to backs backed
    supports supported opposes opposed approved announced unveiled presented rejected shelved
    de het een zijn haar hun onze deze die nieuwe
    """
)
# Going to court or to appeal, in the present: an announcement ("X gaat in hoger beroep").
GOING_TO_COURT_RE = re.compile(
    r"(?i)\b(?:gaat|gaan)\s+(?:\w+\s+){0,2}?(?:in\s+(?:hoger\s+)?beroep|naar\s+de\s+rechter|"
    r"naar\s+het\s+gerechtshof|in\s+cassatie)\b"
)
# Verbs of a demand or call made by the document's author in the present tense.
PERFORMATIVE = _w(
    """
    demands demand eist eisen calls call urges urge roept roepen requests request asks ask
    seeks seek seeking vraagt vragen verzoek verzoekt verzoeken vraag roep eis
    """
)
# A wish in the present ("De medeoprichter wil nu een schadevergoeding", "Ze wil de wachtlijst
# halveren", "The residents are seeking damages"): what a party wants, not what happened.
WISH_WORDS = _w("wil willen wants want seeking eist eisen demands")
# Words of time that end a framer's noun phrase ("zo stelde Lambert dinsdag in de rechtbank").
TIME_WORDS = _w(
    """
    today yesterday tomorrow now then later earlier recently last next monday tuesday wednesday
    thursday friday saturday sunday vandaag gisteren morgen nu toen later eerder onlangs vorige
    volgende maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    """
)
# Sentence adverbs: never the subject of a claim.
SENTENCE_ADVERBS = _w(
    """
    daarnaast bovendien echter ook verder voorts eveneens tevens intussen ondertussen inmiddels
    daarom dus toch wel immers zelfs juist vervolgens daarna later eerder destijds toen nu
    overigens desondanks niettemin kortom tenslotte ten slotte uiteindelijk opvallend genoeg
    however moreover furthermore meanwhile also besides additionally nevertheless nonetheless
    still then later earlier now instead indeed thus therefore likewise similarly subsequently
    finally ultimately notably separately regrettably unfortunately fortunately sadly helaas
    """
)

# ------------------------------------------------------------------------------------------
# Coreference (onrecord.check.subjects.coref)
# ------------------------------------------------------------------------------------------

# Roles that name one person or party; synonyms share the first word of their line.
ROLE_GROUPS: tuple[tuple[str, ...], ...] = (
    ("ceo", "chief executive", "chief executive officer", "topvrouw", "topman", "bestuursvoorzitter",
     "president-directeur", "algemeen directeur", "chief"),
    ("cfo", "chief financial officer", "financieel directeur", "financial director", "finance director"),
    ("cto", "chief technology officer", "technisch directeur", "technical director"),
    ("founder", "co-founder", "cofounder", "oprichter", "medeoprichter", "mede-oprichter"),
    ("chief scientist", "hoofdwetenschapper", "scientist", "wetenschapper", "researcher",
     "onderzoeker"),
    ("plaintiff", "eiser", "eiseres", "claimant"),
    ("defendant", "gedaagde", "verweerder", "verweerster", "respondent"),
    ("head", "hoofd", "manager", "leider", "leidinggevende"),
)  # fmt: skip
# Nouns that describe a person ("de miljardair", "the billionaire").
PERSON_NOUNS = _w(
    """
    man vrouw miljardair billionaire ondernemer entrepreneur zakenman businessman investeerder
    investor topvrouw topman oprichter medeoprichter founder co-founder cofounder ceo cfo cto
    directeur director researcher onderzoeker scientist wetenschapper executive bestuurder
    voorzitter chairman chairwoman plaintiff defendant eiser eiseres gedaagde advocaat lawyer
    woordvoerder spokesman spokeswoman spokesperson employee werknemer medewerker
    wethouder burgemeester ingenieur engineer verpleegkundige nurse klokkenluider whistleblower
    """
)
FEMALE_NOUNS = _w("vrouw topvrouw eiseres directrice spokeswoman chairwoman zakenvrouw")
MALE_NOUNS = _w("man topman zakenman spokesman chairman")
# Nouns that describe an organisation ("het bedrijf", "the company", "de directie"): the first
# set refers back to the organisation named before; the others (a union, a party) only to the
# document's author when part of its name ("de bond" in a press release of the Energiebond).
ORG_ANAPHORS = _w(
    """
    bedrijf company firm lab laboratory laboratorium ai-lab startup start-up onderneming concern
    organisatie organisation organization directie board bestuur management leiding energiebedrijf
    techbedrijf autobedrijf autofabrikant carmaker fabrikant groep group airline carrier
    maatschappij luchtvaartmaatschappij bouwer aannemer bouwbedrijf builder contractor
    """
)
ORG_NOUNS = _w(
    """
    bedrijf company firm lab laboratory laboratorium ai-lab startup start-up onderneming concern
    organisatie organisation organization directie board bestuur management leiding energiebedrijf
    techbedrijf autobedrijf autofabrikant carmaker maker fabrikant bond vakbond union
    stichting foundation partij party groep group
    """
)
# Things a person did or wrote ("this reply", "dat voorstel"): a demonstrative description of
# one is about the one who did it.
EVENT_NOUNS = _w(
    """
    reply answer response email e-mail mail message letter proposal statement remark comment
    decision promise offer request note memo tweet post
    antwoord reactie bericht brief voorstel verklaring opmerking besluit belofte aanbod
    verzoek notitie tweet
    """
)
# Acronyms that open a club's name ("SC Ravenwijk", "FC Utrecht", "KV Scheldeoever").
CLUB_MARKERS = _w("sc fc vv sv afc kv kvc rsc rc ac cf sbv svv")
# Quantifiers that open a noun phrase ("vrijwel alle leden", "412 leden", "most members").
QUANTIFIERS = _w(
    """
    alle vrijwel bijna ruim circa ongeveer veel vele enkele meerdere diverse sommige weinig
    meeste honderden duizenden tientallen all almost nearly most many several some few
    about around over hundreds thousands dozens both
    twee drie vier vijf zes zeven acht negen tien two three four five six seven eight nine ten
    """
)

FEMALE_PRONOUNS = _w("she her hers herself zij ze haar")
MALE_PRONOUNS = _w("he him his himself hij hem zijn")
FIRST_PERSON = _w("i me my ik mij mijn")
FIRST_PLURAL = _w("we us our wij ons onze")
# Verbs after which a pronoun is the addressee of the sentence before ("He replied 'Yup'").
REPLY_VERBS = _w(
    "replied answered responded reacted reageerde antwoordde reageerden antwoordden beantwoordde"
)
# Prepositions that open an adverbial before the subject.
PREPOSITIONS = _w(
    """
    in on at after before during upon with without from since until by for contrary despite
    following under over within across through among between about against
    op aan bij met na voor door over onder uit tot tegen zonder tijdens sinds om naar vanaf
    ondanks dankzij binnen buiten rond volgens namens
    """
)
# The article's own sources: framing by them is the article's own assertion.
ARTICLE_SOURCE_RE = re.compile(
    r"(?i)^(?:(?:the|de|het|these|deze|internal|interne|those|my|mijn|our|onze|een|an?)\s+)*"
    r"(?:\w+\s+)?"
    r"(?:documents?|documenten|stukken|e-?mails?|mails?|records?|files?|papers?|berichten|"
    r"notes|aantekeningen|notulen|minutes)\b"
    r"|\b(?:this|deze|onze|our)\s+(?:newspaper|krant|paper|site|redactie)\b"
)
