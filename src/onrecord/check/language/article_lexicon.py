"""Word patterns of article sentences beyond :mod:`onrecord.check.language.claim_lexicon`: epithets
for a person named before, fronted adverbials that are no subject, speech in court, the
speaker's own account, and commentary, meta text and announcements without a marker word.

Each pattern is a class of sentence seen in news, court reports, profiles, op-eds and press
releases in English and Dutch (``benchmarks/articles``), not a phrase of one article:

* an epithet: "The Scot", "The Croatian", "The Yorkshirewoman", "De Amersfoorter", "De
  Rotterdamse" stand for a person named before (:func:`is_epithet`, with :func:`epithet_gender`);
* a fronted adverbial before a Dutch verb-second clause: "Daarin", "Hierop", "Daarop" (a
  pronominal adverb) and "Twee dagen later", "Een jaar later", "Three weeks later" (a time) are
  never the subject (:func:`is_pronominal_adverb`, :data:`TIME_ADVERBIAL_RE`);
* speech in court frames a claim even in the past tense: "testified that", "verklaarde dat",
  "X's lawyer argued that", "told an employment tribunal on Tuesday that", "heeft donderdag in
  de rechtszaal herhaald dat" (:data:`COURT_VERBS` with :data:`COURT_WORD_RE`,
  :data:`TESTIMONY_VERBS`, :data:`ARGUE_VERBS` with :data:`LEGAL_ROLE_RE`);
* the speaker's own account: "volgens eigen zeggen", "naar eigen zeggen", "by his own
  account" (:data:`OWN_ACCOUNT_RE`);
* commentary without a marker word (:data:`COMMENTARY_MORE_RE`), meta text
  (:data:`META_MORE_RE`) and announcements (:data:`FUTURE_MORE_RE`).
"""

from __future__ import annotations

import re

from onrecord.check.language.press import MASTHEAD
from onrecord.text.wordsets import wordset as _w

# ------------------------------------------------------------------------------------------
# Epithets
# ------------------------------------------------------------------------------------------

# Nouns for a person by origin that no suffix rule finds.
_EPITHET_WORDS = _w(
    """
    scot swede dane finn pole czech greek turk brit croat serb slovak slovene thai kiwi
    belg fries zeeuw schot ier
    """
)
# "guardian" (a newspaper) ends like "Croatian".
_NOT_EPITHETS = frozenset({"guardian", "christian", "median", "veteran", "titan"})
# English: -ian/-ean/-ese/-an ("Croatian", "Korean", "Maltese", "Moroccan"), -(wo)man
# ("Englishman", "Yorkshirewoman"); Dutch: -er/-aar/-ander ("Amersfoorter", "Hagenaar",
# "Brabander"), -se ("Rotterdamse", a woman), -iër ("Australiër").
_EPITHET_EN = re.compile(r"^[a-z]{3,}(?:ian|ean|ese|an|man|woman)$")
_EPITHET_NL = re.compile(r"^[a-zë]{4,}(?:er|aar|ander|iër|se)$")


def is_epithet(word: str, lang: str | None = None) -> bool:
    """``word`` (capitalised, after an article) is a noun for a person by origin, an epithet
    for someone named before: "Scot", "Croatian", "Yorkshirewoman", "Amersfoorter",
    "Rotterdamse". Dutch -er words need eight letters ("Groninger", not "Jager")."""
    if not word[:1].isupper():
        return False
    w = word.lower()
    if w in _NOT_EPITHETS:
        return False
    if w in _EPITHET_WORDS:
        return True
    if lang != "nl" and _EPITHET_EN.match(w) and not w.endswith(("chairman", "spokesman")):
        return True
    if lang != "en" and _EPITHET_NL.match(w):
        return not w.endswith("er") or len(w) >= 8
    return False


def epithet_gender(word: str) -> str | None:
    """ "f" for "Yorkshirewoman", "Rotterdamse"; "m" for "Englishman", "Amersfoorter"."""
    w = word.lower()
    if w.endswith("woman") or (w.endswith("se") and not w.endswith(("ese", "ise"))):
        return "f"
    if w.endswith("man") or w.endswith(("er", "aar", "ander")):
        return "m"
    return None


# ------------------------------------------------------------------------------------------
# Fronted adverbials
# ------------------------------------------------------------------------------------------

_PRONOMINAL_RE = re.compile(
    r"^(?:daar|hier|waar)(?:in|op|na|mee|bij|door|voor|om|over|uit|aan|van|tegen|naast|onder|"
    r"achter|toe|tussen|boven|langs|zonder|binnen|buiten)$"
)


def is_pronominal_adverb(word: str) -> bool:
    """ "Daarin", "Hierop", "Daarmee": a pronominal adverb, never a name or a subject."""
    return bool(_PRONOMINAL_RE.match(word.lower()))


# "Twee dagen later", "Een jaar later", "Three weeks later", "Two years earlier", "Kort
# daarna": a time before the verb, not the subject
TIME_ADVERBIAL_RE = re.compile(
    r"(?i)^(?:(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|enkele|een\s+paar|"
    r"a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+"
    r"(?:dag|dagen|week|weken|maand|maanden|jaar|jaren|uur|uren|day|days|week|weeks|month|"
    r"months|year|years|hour|hours)\s+(?:later|eerder|daarna|daarvoor|ervoor|erna|earlier|"
    r"after|before|ago|geleden)|kort\s+(?:daarna|daarvoor|erna)|shortly\s+(?:after|before)"
    r"(?:wards)?)$"
)

# ------------------------------------------------------------------------------------------
# Speech in court
# ------------------------------------------------------------------------------------------

# Testimony is made in court, not in the record: "testified that S" is the witness's claim S.
TESTIMONY_VERBS = _w(
    "testified testifies testify getuigde getuigt verklaarde verklaart verklaarden"
)
# Arguing is a party's claim when a lawyer argues ("Lawyers for the institute argued that",
# "De advocaat van de club, Wouter Brandsen, betoogde dat"); "In a 2016 email, Okafor argued
# that S" is what Okafor wrote.
ARGUE_VERBS = _w("argued contended submitted maintained betoogde betoogden voerde pleitte stelde")
# Past speech verbs that a court setting makes a frame ("told an employment tribunal that").
COURT_VERBS = _w(
    """
    told said repeated insisted maintained argued stated testified contended submitted
    zei herhaalde herhaald verklaarde verklaard betoogde betoogd stelde gesteld benadrukte
    benadrukt getuigde getuigd
    """
)
COURT_WORD_RE = re.compile(
    r"(?i)\b(?:court|tribunal|hearing|jury|inquiry|rechtbank|rechtszaal|zitting|kantonrechter|"
    r"rechter)\b"
)
AUXILIARIES = _w("has have had heeft hebben hadden")
LEGAL_ROLE_RE = re.compile(
    r"(?i)\b(?:lawyers?|counsel|barristers?|attorneys?|solicitors?|prosecutors?|prosecution|"
    r"advoca(?:at|ten|te)|raadsman|raadsvrouw|officier\s+van\s+justitie|aanklager)\b"
)
# ------------------------------------------------------------------------------------------
# The speaker's own account
# ------------------------------------------------------------------------------------------

OWN_ACCOUNT_RE = re.compile(
    r"(?i)(?:,\s*)?\b(?:volgens|naar)\s+eigen\s+zeggen\b(?:\s*,)?|"
    r"(?:,\s*)?\bby\s+(?:his|her|their|its)\s+own\s+account\b(?:\s*,)?"
)

# ------------------------------------------------------------------------------------------
# Commentary, meta text and announcements without a marker word
# ------------------------------------------------------------------------------------------

COMMENTARY_MORE_RE = re.compile(
    # a pleading's legal conclusion, which a court decides and no record holds: "In the
    # premises, the Defendant is in breach of clauses 6 and 9", "The Claimant contends that her
    # disclosures were protected disclosures within section 43B" (not what she contends
    # happened: "She further contends that the principal reason for her dismissal was ...")
    r"^(?:\d{1,3}\.\s+)?in\s+the\s+premises\b|\b(?:is|are)\s+in\s+breach\s+of\s+"
    r"(?:clauses?|sections?|articles?|the\s+(?:agreement|contract|lease|regulations))\b|"
    r"\b(?:contends?|submits?|stelt|betoogt)\s+(?:\w+\s+)?(?:that|dat)\b.*\b(?:is|are|was|were|"
    r"zijn|waren)\s+(?:\w+\s+){0,3}?(?:within|under|in\s+de\s+zin\s+van)\s+(?:the\s+"
    r"meaning\s+of\s+)?(?:section|s\.|artikel|article)\s+\d|"
    # a feeling: "Dit doet ons ontzettend veel pijn", "It hurts us", "We are heartbroken"
    r"\bdoet\s+(?:ons|me|mij|hem|haar|hen)\s+(?:\w+\s+){0,2}pijn\b|"
    r"\b(?:it|this)\s+(?:hurts|pains)\s+(?:us|me)\b|\b(?:we\s+are|i\s+am|we're|i'm)\s+"
    r"(?:\w+\s+)?(?:heartbroken|devastated|gutted)\b|"
    # the scene: "It was a long and, at times, bad-tempered evening", "It was the longest
    # cabinet meeting anyone could remember", "Het was een emotionele avond"
    r"^(?:it|het)\s+(?:was|were|is|werd)\s+(?:a|an|the|een|de)\s+(?:[\w,'’-]+\s+){0,5}?"
    r"(?:[a-z]+est|long|longest|tense|heated|stormy|emotional|chaotic|bad-tempered|bitter|"
    r"lange|emotionele|verhitte|rumoerige|chaotische|onstuimige)\b[\w\s,'’-]{0,40}?"
    r"(?:evening|night|meeting|morning|afternoon|session|hearing|debate|avond|nacht|"
    r"vergadering|zitting|middag|ochtend|debat)\b|"
    # "De werkelijkheid is anders", "The truth is more complicated", "Zo eenvoudig ligt het
    # niet", "It is not that simple"
    r"^(?:de\s+werkelijkheid|de\s+waarheid|the\s+reality|the\s+truth|reality)\s+"
    r"(?:is|was|ligt|lag)\b|"
    r"^zo\s+(?:eenvoudig|simpel|makkelijk|gemakkelijk|zwart-wit)\s+(?:is|ligt|was|lag)\s+"
    r"(?:het|dat)\s+niet\b|^(?:it|that)\s+is\s+not\s+(?:that|so|quite\s+that)\s+"
    r"(?:simple|easy|straightforward)\b|"
    # "Ook de sociale huur is een pijnlijk punt", "The pay rise is a sore point"
    r"\b(?:is|was|blijft|remains)\s+(?:ook\s+|also\s+)?(?:een|a|an)\s+(?:\w+\s+)?(?:heikel|"
    r"pijnlijk|gevoelig|teer|zwak|sore|sensitive|painful|touchy)\w*\s+(?:punt|point|issue|"
    r"kwestie)\b|"
    # what a party deserves, in a sentence of its own: "De klanten verdienen openheid"
    r"^[^,\d]{0,60}\b(?:deserves?|verdient|verdienen)\b[^,\d]{0,40}[.!]?$|"
    # the reader's impression: "Wie ... leest, zou denken dat", "Lezers ... kunnen de indruk
    # krijgen dat", "A reader would think that"
    r"\b(?:de\s+indruk\s+(?:krijgen|krijgt|wekken|wekt)|zou\s+(?:je\s+)?(?:denken|geloven|"
    r"zeggen)|would\s+(?:think|believe|assume|conclude)|get\s+the\s+impression)\b|"
    # another memory or view: "Her former deputy remembers it differently"
    r"\b(?:remembers?|recalls?|sees?|views?|herinnert|ziet|zien|kijkt|kijken)\s+(?:it|that|"
    r"this|things|het|dat|dit)\s+(?:(?:zich|heel|quite|very)\s+)?(?:differently|anders)\b|"
    # a feeling about what happened: "Marlow Freight is disappointed that"
    r"^[^,]{0,40}?\b(?:is|are|was|were|zijn|waren)\s+(?:\w+\s+)?(?:disappointed|saddened|"
    r"shocked|dismayed|appalled|teleurgesteld|geschokt|ontstemd)\s+(?:that|dat|by|door|"
    r"over|at)\b|"
    # regret about what happened: "Tarrow Water regrets that", "Het bedrijf betreurt dat"
    r"^[^,]{0,40}?\b(?:regrets|regretted|betreurt|betreurde|betreuren)\s+(?:that|dat|het)\b|"
    # a counterfactual: "We could have sold the stadium", "We might have found another
    # investor", "We hadden het kunnen weten"
    r"\b(?:could|might|should)\s+(?:well\s+|easily\s+)?have\s+\w+|"
    r"\b(?:had|hadden)\s+(?:\w+\s+){0,4}(?:kunnen|moeten)\s*[.!,]|"
    # the writer's verdict on an event: "Het is een pijnlijke uitspraak voor ...", "It is a
    # bitter ruling for ..."
    r"^(?:het|dit|it|this)\s+(?:is|was)\s+(?:een|a|an)\s+(?:\w+\s+)?(?:pijnlijk|bitter|"
    r"zwart|treurig|droevig|zwaar|sorry|painful|sad|dark|bleak|hard|grim|harsh|welkom|welcome)"
    r"\w*\s+[\w-]+\s+(?:voor|for)\b|"
    # a standing, not an event: "Wethouder X ligt onder vuur", "The minister is under pressure"
    r"\b(?:ligt|lag|liggen|lagen|staat|stond|staan|stonden|is|was|are|were|remains?|blijft)\s+"
    r"(?:\w+\s+)?(?:onder\s+(?:vuur|druk)|under\s+(?:fire|pressure))\s*[.!]?$|"
    # a judgement of truth: "Both cannot be true", "Dat kan niet allebei kloppen"
    r"^(?:both|neither|beide|allebei|dat|dit|that|this)\s+(?:cannot|can't|can\s+not|kan|"
    r"kunnen)\s+(?:niet\s+)?(?:allebei\s+|both\s+)?(?:be\s+)?(?:true|right|waar|kloppen)\b|"
    # a stance: "The trust says it remains committed to the project", "Our record speaks for
    # itself", "blijft zich inzetten voor"
    r"\b(?:remains?|is|are|stays?)\s+(?:fully\s+|deeply\s+)?committed\s+to\b|"
    r"\bblijf(?:t|en)\s+(?:zich\s+)?(?:volledig\s+)?(?:inzetten|toegewijd)\b|"
    r"\b(?:our|my|onze|ons|mijn)\s+(?:[\w-]+\s+){1,2}(?:speaks?|spreekt|spreken)\s+(?:for\s+"
    r"(?:itself|themselves)|voor\s+zich(?:zelf)?)\b|"
    # a reaction: "Brackenfield Foods today welcomes the conclusion of ...", "De bond juicht het
    # besluit toe"
    r"^[^,]{2,60}?\b(?:today\s+|vandaag\s+)?(?:welcomes|welcomed|verwelkomt|verwelkomde)\b|"
    r"\bjuicht\s+(?:\w+\s+){1,4}toe\b|"
    # a present characterisation in a short quote: "Een rapport noemt haar rol 'onzorgvuldig'",
    # "The report calls the sale 'careless'" (a dated or written one is on record)
    r"\b(?:noemt|noemen|calls)\b[^'\"“‘\d]{0,60}['\"“‘][^\s'\"”’]+(?:\s+[^\s'\"”’]+){0,3}['\"”’]"
    r"\s*[.!]?$|"
    # a vague quantifier over unnamed people: "Not everyone was comfortable", "Niet iedereen
    # was blij"
    r"^(?:not\s+everyone|niet\s+iedereen)\s+(?:was|is|were|are|agreed|felt|voelde|vond|"
    r"vindt|was\s+het)\b|"
    # the writer's surprise at a manner: "Over zijn rol is hij opvallend mild", "She was
    # remarkably calm"
    r"\b(?:is|was|zijn|waren|blijft|bleef)\s+(?:\w+\s+)?(?:opvallend|opmerkelijk|verrassend|"
    r"remarkably|surprisingly|strikingly|notably)\s+[\w-]+\s*[.!]?$|"
    # a view of a party's attitude: "Judith treats this company as her own"
    r"\b(?:treats|behandelt|beschouwt)\s+(?:\w+\s+){1,3}(?:as|als)\s+(?:her|his|their|its|"
    r"haar|zijn|hun)\s+(?:own|eigen)\b|"
    # disbelief: "Raadslid X gelooft daar weinig van", "Few believe it"
    r"\bgelo(?:o|ve)(?:ft|n)\s+(?:daar|er|het|dat|hier)\s+(?:weinig|niets|niks|geen\s+"
    r"woord)\s+van\b|\b(?:doubts|betwijfelt|betwijfelen)\s+(?:that|whether|of|dat)\b|"
    # an inference in a pleading: "It is to be inferred that", "Daaruit volgt dat"
    r"^it\s+is\s+to\s+be\s+inferred\b|^(?:het|dit)\s+(?:moet|mag)\s+worden\s+afgeleid\b|"
    # an impression: "For years nobody seemed to ask"
    r"\b(?:seemed|seems|appeared)\s+to\s+(?:ask|care|notice|know|mind|think|believe)\b|"
    # a denial in two words: "Ook dat klopt niet", "That is not true either"
    r"^(?:ook\s+)?(?:dat|dit)\s+(?:ook\s+)?klopt\s+(?:ook\s+)?niet\s*[.!]?$",
    re.I,
)
META_MORE_RE = re.compile(
    # a refusal to say: "She would not say what she will do next", "He declined to say"
    r"\b(?:would\s+not|wouldn't|declined\s+to|refused\s+to|did\s+not\s+want\s+to)\s+"
    r"(?:say|comment|disclose|reveal|discuss|confirm)\b|"
    # the same in the first person: "I'm not going to discuss an individual's employment", "I
    # won't comment on"
    r"\b(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+not\s+going\s+to\s+(?:discuss|comment|go\s+into|"
    r"talk\s+about)\b|\b(?:i|we)\s+(?:won['’]t|will\s+not|can['’]t|cannot)\s+(?:discuss|"
    r"comment\s+on|go\s+into)\b|"
    # an interviewer's thanks: "thank you for coming in", "bedankt voor uw tijd"
    r"\bthank\s+you\s+(?:very\s+much\s+)?for\s+(?:coming\s+in|joining\s+us|your\s+time|"
    r"talking\s+to\s+us)\b|\b(?:bedankt|dank\s+u(?:\s+wel)?)\s+voor\s+(?:uw|je|jouw)\s+"
    r"(?:tijd|komst)\b|"
    # a pleading's statement of truth: "The Claimant believes that the facts stated in these
    # particulars of claim are true"
    r"\bbelieves?\s+that\s+the\s+facts\s+stated\s+in\s+(?:this|these)\b|"
    r"\b(?:wil|wilde|wilden|willen)\s+(?:\w+\s+){0,3}?niet\s+(?:zeggen|vertellen|kwijt|"
    r"reageren|ingaan\s+op)\b|"
    r"\bwould\s+not\s+comment\b|"
    # "Zandbergen wil daar niet op ingaan", "wilde zich er niet over uitlaten"
    r"\b(?:wil|wilde|wilden|willen)\s+(?:zich\s+)?(?:daar|er|hier)\s+niet\s+(?:(?:op|over)\s+"
    r"(?:ingaan|reageren|uitlaten|kwijt)|(?:op|over)\s+in\s+gaan)\b|"
    # the interviewer's note: "Wij spraken haar in haar werkkamer", "We spoke to him at home"
    r"^(?:wij|we|ik|i)\s+(?:spraken|sprak|spoke|met|interviewed)\s+(?:(?:met|with|to)\s+)?"
    r"(?:haar|hem|hen|her|him|them)\b|"
    # the document itself: "This interview has been edited", "Dit interview is ingekort"
    r"^(?:this|dit|het)\s+(?:interview|profile|piece|report|stuk|profiel|verslag)\s+"
    r"(?:has\s+been|was|is|werd)\s+(?:\w+\s+)?(?:edited|condensed|amended|updated|shortened|"
    r"corrected|ingekort|geredigeerd|bijgewerkt|aangepast|gecorrigeerd)\b|"
    # a letter telling its addressee what it is for: "Met deze brief delen wij u ons besluit
    # mee", "Hierbij informeert Nordwind u", "With this letter we notify you of ..."
    r"^(?:met\s+deze\s+brief|hierbij|with\s+this\s+letter|hereby)\b[^.]{0,80}?\b(?:mee|"
    r"informe\w*|laten?\s+\w+\s+weten|inform\w*|notif\w*|let\s+you\s+know)\b|"
    # where the article found it: "Dat staat in haar eigen e-mails", "Dat staat in een brief"
    r"^(?:dat|dit)\s+(?:staat|stond|staan|stonden)\s+(?:\w+\s+)?in\b|"
    r"^(?:that|this)\s+(?:is|was)\s+(?:stated|written|set\s+out)\s+in\b|"
    # the document answering: "Marlow Freight today responds to the publication of ..."
    r"^[^,]{2,60}?\b(?:today\s+)?(?:responds|reageert|reacts)\s+(?:today\s+|vandaag\s+)?"
    r"(?:to|op)\s+(?:(?:the|de|het|a|een|recent|media|recente)\s+){1,2}(?:publication|report|"
    r"article|publicatie|artikel|berichtgeving|verslag)\b|"
    # ... or to reports without an article: "Tarrow Water today responds to reports in"
    r"^.{2,140}?\b(?:today\s+)?(?:responds|reageert|reacts)\s+(?:today\s+|vandaag\s+|"
    r"hierbij\s+|hereby\s+|herewith\s+)?"
    r"(?:to|op)\s+(?:reports|articles|stories|allegations|claims|berichten|artikelen|"
    r"beschuldigingen)\b|"
    # the article's sources: "What follows is based on forty internal emails", "Dit verslag is
    # gebaseerd op de openbare zitting", "The Kelby Sands Gazette has seen a copy of ..."
    r"^(?:what\s+follows|this\s+(?:article|report|account|story)|dit\s+(?:artikel|verslag|"
    r"stuk)|wat\s+volgt)\s+(?:is|was)\s+(?:based\s+on|gebaseerd\s+op)\b|"
    rf"^(?:the\s+)?(?:[A-Z][\w'’-]*\s+){{0,3}}(?:{MASTHEAD}|newspaper|paper|magazine)\s+"
    r"(?:has|have)\s+seen\s+(?:a\s+copy|"
    r"the\s+\w+)|^(?:this|deze)\s+(?:newspaper|paper|magazine|krant|redactie)\s+(?:has|have|"
    r"heeft)\s+(?:seen|ingezien)\b|"
    # the relief a pleading asks for: "The Claimant seeks a declaration, compensation ...",
    # "Eiser vordert schadevergoeding": what the party wants from the court, no fact
    r"^(?:the\s+|de\s+)?[\w' -]{2,40}?\s+(?:seeks?|vordert|vorderen)\s+(?:(?:a|an|the|full|"
    r"interim|aggravated)\s+)*(?:declarations?|compensation|damages|"
    r"relief|costs|an?\s+order|schadevergoeding|vergoeding|ontbinding|veroordeling)\b|"
    # the interviewer received: "X ontvangt ons aan zijn keukentafel", "She receives us in her
    # office"
    r"\b(?:ontvangt|ontving)\s+(?:[\w-]+\s+){0,4}(?:ons|mij|me)\s+(?:in|aan|op|bij|thuis)\b|"
    r"\breceive[sd]?\s+(?:us|me)\s+(?:in|at)\b",
    re.I,
)
FUTURE_MORE_RE = re.compile(
    # "De rechter doet naar verwachting in maart uitspraak", "The ruling is expected within six
    # weeks", "Judgment is expected later this month"
    r"\bnaar\s+verwachting\b|\b(?:is|are)\s+expected\s+(?:within|by|in|later|next|soon|"
    r"before|after|early|at)\b|"
    # a planned event: "A public meeting is planned for 2 April", "The hearing is scheduled for"
    r"\b(?:is|are)\s+(?:planned|scheduled|due|set)\s+(?:for|on)\b|"
    # a contracted "will": "We'll reopen the intake bay in October", "I'll be here"
    r"^\W*(?:we|i|they|he|she|it|you)['’]ll\b|"
    # a reported intention: "Ferrant said it would comment after the ruling"
    r"\b(?:said|says)\s+(?:that\s+)?(?:it|he|she|they|we)\s+would\s+(?!not\s+comment)\w+|"
    # a decision still to come: "Weidegoud beraadt zich op hoger beroep", "is considering an
    # appeal"
    r"\b(?:beraadt|beraden)\s+zich\b|\b(?:is|are)\s+considering\s+(?:an?\s+|its\s+)?"
    r"(?:appeal|options|next\s+steps|legal\s+action)\b|"
    # the same, reported: "the firm said it was 'disappointed' and was considering an appeal"
    r"\b(?:said|says)\s+(?:that\s+)?(?:it|he|she|they|we)\b[^.;]{0,60}?\b(?:was|were)\s+"
    r"considering\s+(?:an?\s+|its\s+)?(?:appeal|options|next\s+steps|legal\s+action)\b|"
    # a step weighed: "Daarnaast overweegt de stichting juridische stappen", "considers suing"
    r"\b(?:overweegt|overwegen|overwoog)\b|\bconsiders\s+(?:\w+ing|legal|an?\s+appeal)\b|"
    # a possibility left open: "She would not rule it out", "Hij sluit het niet uit"
    r"\bwould\s+not\s+rule\s+(?:it|this|that|anything)\s+out\b|\bsluit\s+(?:het|dat|dit)\s+"
    r"niet\s+uit\b|"
    # an event to come: "Het festival vindt dit jaar plaats op 13 september"
    r"\b(?:vindt|vinden)\s+(?:dit\s+jaar\s+|volgend\s+jaar\s+|opnieuw\s+)?plaats\s+(?:op|van)\s+"
    r"\d|"
    # a claim for relief: "The Claimant claims damages of", "Eiser vordert schadevergoeding"
    r"\bclaims\s+(?:damages|compensation|interest|costs|an?\s+(?:injunction|declaration))\b|"
    r"\bvordert\b|"
    # a start in a month to come: "X begint in september als adviseur", "She joins in March"
    r"\b(?:begint|start|starts|begins|joins|treedt)\b[^.,]{0,40}?\b(?:in|per)\s+(?:januari|"
    r"februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|"
    r"february|march|may|june|july|august|october)\b(?!\s+\d)|"
    # a demand or request in the present: "De raad eist opheldering van", "vraagt de krant om
    # een rectificatie", "demands an explanation", "calls for an inquiry"
    r"^[^,]{2,60}?\b(?:eist|eisen|demands|demand)\s+(?:opheldering|uitleg|excuses|openheid|"
    r"an?\s+(?:explanation|apology|inquiry|investigation))\b|"
    r"^[^,]{2,60}?\b(?:vraagt|vragen)\s+(?:[\w-]+\s+){1,4}om\s+(?:een\s+)?[\w-]+\s*[.!]?$|"
    r"^[^,]{2,60}?\b(?:calls|call)\s+for\s+(?:an?\s+)?[\w-]+\s*[.!]?$",
    re.I,
)
