"""Formulas of mail chatter for :mod:`onrecord.check.statements.salience`: greetings, sign-offs, thanks,
pleasantries, presented documents and header or label lines, as regular expressions. The
patterns run on lower-case text with contractions split ("you're" -> "you re"), except
``GREETING``, which runs on the text as written (names after it keep their capitals)."""

from __future__ import annotations

import re


def _alt(phrases: str) -> str:
    """A regex alternation of ``|``-separated phrases, longest first; spaces match any."""
    items = sorted({p.strip() for p in phrases.split("|") if p.strip()}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in items) + ")"


GREETING = re.compile(
    r"(?i:"
    + _alt(
        "hi|hello|hey|heya|hiya|howdy|dear|greetings|good morning|good afternoon|good evening|"
        "good day|morning|afternoon|evening|to whom it may concern|ladies and gentlemen|"
        "hoi|hallo|beste|geachte|lieve|goedemorgen|goedemiddag|goedenavond|goeiemorgen|"
        "goedendag|dag|hé|hee|dames en heren|liebe|lieber|liebes|sehr geehrte|sehr geehrter|"
        "sehr geehrtes|guten tag|guten morgen|guten abend|moin|servus|bonjour|bonsoir|salut|"
        "coucou|cher|chère|chers|chères|mesdames et messieurs|madame, monsieur"
    )
    + r")\b"
)

SIGN_OFF = re.compile(
    r"^"
    + _alt(
        "best|best regards|kind regards|warm regards|warmest regards|kindest regards|regards|"
        "many regards|with regards|with best regards|with kind regards|cheers|sincerely|"
        "yours sincerely|sincerely yours|yours truly|yours faithfully|yours|respectfully|"
        "best wishes|all the best|all best|take care|talk soon|talk to you soon|speak soon|"
        "see you|see you soon|see you all|see you all soon|later|bye|ciao|br|rgds|kr|"
        "groet|groeten|groetjes|gr|grt|grtz|mvg|met vriendelijke groet|met vriendelijke groeten|"
        "vriendelijke groet|vriendelijke groeten|hartelijke groet|hartelijke groeten|"
        "met hartelijke groet|met hartelijke groeten|met groet|met collegiale groet|"
        "met beste groet|beste groet|beste groeten|warme groet|hartegroet|liefs|tot ziens|tot zo|"
        "tot straks|tot morgen|tot snel|tot later|tot dan|doei|vg|"
        "mit freundlichen grüßen|mit freundlichen grüssen|mfg|viele grüße|beste grüße|"
        "liebe grüße|herzliche grüße|schöne grüße|freundliche grüße|gruß|grüße|lg|bis bald|"
        "tschüss|cordialement|bien cordialement|bien à vous|salutations|sincères salutations|"
        "bien amicalement|amicalement|à bientôt|bises|bisous|à plus"
    )
    + r"(?![\w'])"
)
SENT_FROM = re.compile(
    r"^(?:sent from my|sent from|sent via|get outlook for|verzonden (?:vanaf|vanuit|met) mijn|"
    r"verstuurd (?:vanaf|vanuit|met) mijn|von meinem|gesendet von|envoyé de mon)\b"
)
THANKS = re.compile(
    r"^(?:(?:many|a\s+million|big|huge|special|a\s+big)\s+)?"
    + _alt(
        "thanks|thank you|thank u|thank ya|thank you all|thank you everyone|thx|thnx|tnx|ty|tia|"
        "much appreciated|appreciate it|appreciate this|appreciate your help|i appreciate it|"
        "i appreciate this|i really appreciate it|i really appreciate this|i appreciate your help|"
        "we appreciate your help|i appreciate|we appreciate|i really appreciate|"
        "bedankt|dank je|dank je wel|dankjewel|dank u|dank u wel|dankuwel|dank jullie|"
        "hartelijk dank|hartelijk bedankt|heel erg bedankt|heel hartelijk bedankt|veel dank|"
        "alvast bedankt|alvast dank|dank|danke|danke schön|danke sehr|vielen dank|"
        "herzlichen dank|merci|merci beaucoup|merci bien|je vous remercie"
    )
    + r"(?![\w'])(?!\s+to\s+(?!all\b|you\b|everyone\b|everybody\b|the\s+team\b))(?!\s+zij\b)"
)
PLEASANTRY = re.compile(
    r"^(?:"
    # English
    r"(?:(?:i|we)\s+(?:do\s+|really\s+|sincerely\s+)?)?hope\s+(?:(?:you|u|y'all|you\s+all|everyone|all|everything|things|this|that|it)\s+"
    r"(?:are|is|were|was|have|had|re|s|ve|d|doing|enjoy\w*|feel\w*|get|got|finds|find|"
    r"help\w*|went|goes|go|arrived|made)\b|(?:your|the)\s+\w+\s+(?:is|was|went|goes)\b|"
    r"to\s+(?:see|hear|meet|talk|speak|catch)\b)"
    r"|have\s+an?\s+(?:(?:very|really|super|good|great|nice|lovely|wonderful|fantastic|safe|"
    r"pleasant|relaxing|happy|merry|fun|restful|productive|awesome|excellent|quiet|peaceful|"
    r"enjoyable|splendid|brilliant|terrific|fabulous|smooth|long)\s+){0,2}(?:day|weekend|week|evening|night|holiday|holidays|"
    r"vacation|trip|flight|time|one|break|christmas|easter|summer|weekend)\b"
    r"|enjoy\s+(?:your|the)\s+(?:\w+\s+)?(?:day|weekend|week|evening|holiday|holidays|vacation|"
    r"trip|break|time|meal|lunch|dinner|flight)\b"
    r"|happy\s+(?:holidays|new\s+year|birthday|friday|monday|easter|thanksgiving|weekend|"
    r"hanukkah|to\s+(?:help|assist|discuss|chat|talk))\b"
    r"|merry\s+christmas|season\s*s\s+greetings|good\s+luck|best\s+of\s+luck|congratulations|"
    r"congrats|well\s+done|(?:great|nice|good)\s+(?:job|work|one)\b|welcome\s+(?:aboard|back)"
    r"|(?:nice|great|good|lovely|a\s+pleasure)\s+(?:to\s+)?(?:meet|meeting|see|seeing|hear|"
    r"hearing|talk|talking|speak|speaking|chat|chatting)\b"
    r"|(?:(?:i|we)\s+(?:re\s+|m\s+|am\s+|are\s+)?)?look(?:ing)?\s+forward\s+to\s+(?:hearing|seeing|meeting|speaking|talking|working|"
    r"catching|your|it|the\s+(?:meeting|call|weekend|trip|lunch|dinner|event|conference|chat))\b"
    r"|(?:please\s+)?let\s+(?:me|us)\s+know\s+(?:if|whether)\s+(?:you|there|anything)\b"
    r"|(?:please\s+)?let\s+(?:me|us)\s+know\s+(?:what\s+you\s+think|your\s+thoughts)\b"
    r"|(?:please\s+)?(?:feel\s+free|do\s+not\s+hesitate|don\s+not\s+hesitate)\b"
    r"|(?:please\s+)?(?:contact|email|e-mail|ping)\s+(?:me|us)\s+(?:if|with|should|when)\b"
    r"|sorry\s+to\s+(?:hear|bother|trouble)\b"
    r"|(?:sorry|apologies|my\s+apologies|apologize|apologise)\s+(?:for|about)\s+(?:the\s+|my\s+|this\s+)?"
    r"(?:delay|late|slow|delayed|confusion|inconvenience|short\s+notice|trouble|mix-up|typo|"
    r"spam|cross-posting|length|long\s+email|duplicate)"
    r"|(?:if\s+you\s+have\s+(?:any\s+)?(?:further\s+|other\s+|more\s+|additional\s+)?"
    r"(?:questions|comments|concerns|queries)\b)"
    r"|(?:any|your|all)\s+(?:further\s+)?(?:comments|suggestions|feedback|input|thoughts|"
    r"questions|help)(?:\s+(?:or|and)\s+\w+)?\s+(?:are|is|would\s+be|will\s+be)\s+"
    r"(?:very\s+|most\s+|greatly\s+|much\s+)?(?:welcome|appreciated)\b"
    r"|(?:(?:i|we)\s+(?:re|m|am|are)\s+)?(?:glad|happy)\s+to\s+help|no\s+worries|stay\s+safe|get\s+well\s+soon|"
    r"(?:good|glad|great|nice)\s+to\s+hear\b|how\s+are\s+(?:you|things)\b|"
    r"how\s+was\s+your\s+\w+|how\s+s\s+it\s+going|how\s+is\s+it\s+going"
    # Dutch
    r"|(?:(?:ik|we|wij)\s+)?hoop\s+(?:dat\s+)?(?:het|alles|je|jij|u|jullie)\s+(?:[\w-]+\s+){0,3}?(?:gaat|gaan|"
    r"bevalt|goed|fijn|lekker)\b"
    r"|(?:fijn|prettig|goed|lekker|mooi)e?\s+(?:weekend|dag|avond|vakantie|feestdagen|kerst|"
    r"kerstdagen|reis|vlucht|middag|zondag|vrijdag|week|werkweek|jaarwisseling|pasen|zomer)\b"
    r"|veel\s+succes|succes\s+(?:ermee|morgen|vandaag|gewenst)|gefeliciteerd|proficiat|"
    r"gelukkig\s+nieuwjaar|(?:prettige|fijne)\s+feestdagen|welkom\s+(?:terug|aan\s+boord)"
    r"|leuk\s+(?:je|u|jullie|om)\s+(?:te\s+)?(?:ontmoeten|spreken|zien|horen)\b"
    r"|(?:laat|laten)\s+(?:het\s+)?(?:me|mij|ons)?\s*(?:\w+\s+){0,2}?weten\s+(?:als|of)\b"
    r"|mocht(?:en)?\s+(?:je|u|jullie|er)\s+(?:nog\s+)?(?:vragen|opmerkingen)"
    r"|(?:sorry|excuses|mijn\s+excuses)\s+voor\s+(?:de|het|mijn)\s+(?:\w+\s+)?(?:reactie|"
    r"antwoord|vertraging|verwarring)"
    r"|graag\s+gedaan|geen\s+dank|beterschap|sterkte|hoe\s+gaat\s+het|"
    r"(?:fijn|goed|leuk)\s+om\s+te\s+horen"
    # German, French
    r"|schönes\s+wochenende|schönen\s+(?:tag|abend|urlaub|sonntag)|frohe\s+(?:weihnachten|"
    r"ostern|feiertage)|viel\s+erfolg|herzlichen\s+glückwunsch|gute\s+besserung|"
    r"ich\s+hoffe,?\s+(?:es\s+geht|alles\s+ist)|wie\s+geht\s+es\s+(?:dir|ihnen|euch)"
    r"|bon(?:ne)?\s+(?:week-end|weekend|journée|soirée|continuation|semaine|année|vacances|"
    r"chance)|joyeux\s+noël|bonnes\s+(?:fêtes|vacances)|j\s+espère\s+que\s+(?:vous|tu)\s+"
    r"(?:allez|vas)\s+bien|félicitations|au\s+plaisir|n\s+hésite[zr]?\s+pas|comment\s+"
    r"(?:allez-vous|vas-tu|ça\s+va)"
    r")(?![\w'])"
)
# Pleasantries that are chatter only as a whole statement ("Succes!", not "Succes is ...").
PLEASANTRY_ALONE = re.compile(r"^(?:succes|cheers\s+to\s+that|enjoy|have\s+fun|welcome)\W*$")

HEADER = re.compile(r"\b(?:to|cc|bcc|subject|from|sent|date|aan|onderwerp|van|verzonden)\s*:", re.I)
HEADER_START = re.compile(r"^(?:subject|onderwerp|betreff|objet|re|fw|fwd|aw|wg|tr)\s*:", re.I)
INTRO = re.compile(
    r"^(?:(?:a\s+few|some|a\s+couple\s+of|een\s+paar|enkele)\s+(?:words|thoughts|notes|remarks|"
    r"comments|woorden|gedachten|opmerkingen)|(?:a\s+|one\s+|een\s+)?(?:quick|short|brief|"
    r"korte|kleine|snelle)?\s*(?:update|note|question|reminder|heads-up|heads\s+up|vraag|"
    r"vraagje|herinnering))\s+(?:on|about|re|regarding|for|over|m\.b\.t\.|voor)\b"
)
# A document presented, not a claim made: "Here is the draft.", "Attached please find ...".
PRESENTING = re.compile(
    r"^(?:here\s+(?:is|are|s)|attached\s+(?:is|are|please\s+find|you\s+will\s+find)|"
    r"attached|enclosed|please\s+(?:find|see)\s+(?:the\s+)?(?:attached|enclosed|below)|enclosed\s+(?:is|are|please\s+find)|"
    r"below\s+(?:is|are)|see\s+(?:attached|below|above)|bijgaand|bijgevoegd|in\s+de\s+bijlage|"
    r"hierbij\s+(?:de|het|een|mijn|onze)|hieronder\s+(?:de|het|staat|vind)|anbei|ci-joint|"
    # "Please find our draft term sheet attached.", "I attach the minutes.", "Ik stuur je de
    # notulen hierbij."
    r"please\s+find\s+(?:[\w'’-]+\s+){1,6}(?:attached|enclosed)(?=\W*$)|"
    r"i\s+(?:attach|enclose|am\s+attaching|have\s+attached)\s+(?:the|a|an|my|our|two|three)"
    r"(?:\s+[\w'’-]+){1,5}(?=\W*$)|"
    r"ik\s+stuur\s+(?:je|u|jullie)\s+(?:[\w'’-]+\s+){1,6}(?:mee|hierbij)(?=\W*$))\b"
)
# A label line of mail or a signature ("Tel.: 201 798 6389", "Date: April 10, 2001") ...
LABEL = re.compile(
    r"^(?:from|to|cc|bcc|sent|tel|fax|phone|mobile|cell|e-?mail|login(?:\s+id)?|id|contact|"
    r"address|web|url|ref|telefoon|mobiel|adres)\.?\s*:"
)
# ... or of a meeting ("Time: 10 am", "Location: EB 3321").
SCHEDULE_LABEL = re.compile(
    r"^(?:date|time|when|where|location|venue|place|room|dial-in|dial\s+in|passcode|"
    r"access\s+code|meeting\s+id|conference\s+id|pin|bridge|"
    r"datum|tijd|tijdstip|wanneer|waar|locatie|plaats|zaal)\s*:"
)
# Who wrote what follows: "Perry Greenfield wrote:", "Op 2 feb. schreef Jan:".
ATTRIBUTION = re.compile(r"^.{0,80}\b(?:wrote|writes|said|schreef|schrijft|schrieb|a\s+écrit)\s*:$")
# Source code, patches and their headers: no claim in them.
CODE_START = re.compile(
    r"^(?:[+-]\s*(?:\*|/\*|//|#\s*include)|[+-]?#\s*(?:include|endif|ifdef|ifndef|define)\b|"
    r"diff\s+--git|index\s+[0-9a-f]{6,}|@@\s|---\s+a/|\+\+\+\s+b/|#\s*(?:include|endif|"
    r"ifdef|ifndef|define|if|else)\b|signed-off-by:|acked-by:|reviewed-by:|tested-by:|"
    r"reported-by:|commit\s+[0-9a-f]{7,}|from\s+[0-9a-f]{40}|/\*|\*/)",
    re.I,
)
DIFFSTAT = re.compile(r"\|\s+\d+\s+[+-]+")
CODE_TOKEN = re.compile(
    r"[{}]|->|==|!=|&&|\|\||::|[+\-*/|&]=|;;|\)\s*;\s*$|[A-Za-z_]\w+\(|"
    r"\b(?:return|goto|break|continue|void|static|struct|int|char|unsigned|const|sizeof|"
    r"typedef|NULL|elif|def|printf|fprintf|self\.)\b"
)
