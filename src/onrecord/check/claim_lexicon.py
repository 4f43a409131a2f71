"""Word lists for claim extraction (English and Dutch): titles, function words, verbs,
organisation suffixes, boilerplate and opinion markers. All keys are lower case."""

from __future__ import annotations

import re


def _w(s: str) -> frozenset[str]:
    return frozenset(s.split())


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
    judge justice rechter senator minister premier governor mayor burgemeester president
    attorney counsel lawyer advocaat chief executive officer investor investeerder
    billionaire miljardair entrepreneur ondernemer mister saint st reverend rev
    manager engineer scientist researcher onderzoeker wetenschapper
    """
)

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
    intussen ondertussen zelfs alleen pas reeds misschien wellicht
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    english dutch american british european german french chinese internet
    """
)

# Last word of an organisation's name.
ORG_SUFFIXES = _w(
    """
    labs lab inc incorporated corp corporation co company ltd limited llc llp plc bv b.v nv n.v
    gmbh ag sa sarl se group groep holding holdings motors partners capital ventures
    technologies technology tech systems solutions software media bank fund foundation stichting
    institute instituut university universiteit college school association vereniging council
    raad ministry ministerie agency agentschap court rechtbank hof times post news journal press
    international industries energy pharma pharmaceuticals airlines airways services consulting
    network networks studios records games research ai robotics automotive
    """
)
# First word of an organisation's name ("University of Amsterdam", "Gemeente Utrecht").
ORG_HEADS = _w(
    """
    university universiteit ministry ministerie bank stichting gemeente rechtbank hof court
    department dept office house senate congress parliament
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
    """
)
NL_NOT_VERBS = _w(
    """
    beide goede oude rode brede harde koude tweede derde vorige hele mede zijde weide ende
    hoogte breedte lengte diepte grootte ruimte tijde
    """
)
_NL_WEAK_PAST = re.compile(r"^[^\W\d_]{2,}(?:de|te|den|ten)$")
# Possessive-like words that must never count as verbs ("zijn autobedrijf").
_NEVER_VERB = _w("zijn haar hun")


def is_verb(word: str, lang: str | None = None) -> bool:
    """Looks like a finite verb (lower-case word) in English or Dutch."""
    w = word.lower()
    if not word or not word[0].islower() or w in _NEVER_VERB:
        return False
    en, nl = lang != "nl", lang != "en"
    if en and (w in EN_VERBS or (w.endswith("ed") and len(w) >= 4 and w not in EN_ED_NOT_VERBS)):
        return True
    return nl and (
        w in NL_VERBS
        or (
            _NL_WEAK_PAST.match(w) is not None
            and w not in NL_NOT_VERBS
            and not w.endswith(("ste", "ende"))
            and not w.endswith("ed")
        )
    )


# Adverbs that may stand between a conjunction and the verb of the next clause, or between a
# framing subject and its verb.
ADVERBS = _w(
    """
    also later then subsequently never always repeatedly still now allegedly reportedly even
    again further publicly privately openly explicitly
    ook later toen daarna vervolgens nooit altijd herhaaldelijk nog nu zelfs opnieuw publiekelijk
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
    mailde mailt antwoordde antwoordt claimde claimt voegde merkte
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
    r"\bpointed\s+out\b",
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
    "claims claim alleges allege contends contend asserts assert maintains maintain argues argue says say states state writes write insists suggests"
)
FRAME_LEGAL_EN = _w("alleged contended asserted")
FRAME_PAST_EN = _w("claimed argued said stated wrote maintained insisted suggested")
FRAME_PRESENT_NL = _w(
    "stelt stellen beweert beweren zegt zeggen claimt claimen meent menen betoogt betogen schrijft schrijven suggereert"
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
    schande onzin
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
    r"algemene\s+voorwaarden|newsletter|nieuwsbrief",
    re.I,
)
BYLINE_RE = re.compile(
    r"^(?:by|door|written\s+by|geschreven\s+door|text|tekst|reporting\s+by|redactie)\b[:\s]",
    re.I,
)
NAV_SEPARATORS = re.compile(r"\s[|•›»·>/]\s")
