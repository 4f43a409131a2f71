"""The phrases of what closes a message without being anybody's statement: valedictions
("Best regards,", "Met vriendelijke groet"), mobile client lines ("Sent from my iPhone"),
mailing-list footers and unsubscribe lines, confidentiality notices. The rules that place them
are :mod:`onrecord.mail.signatures`'.
"""

from __future__ import annotations

import re

__all__ = [
    "AD_FOOTER",
    "AD_WORDS",
    "BARE_VALEDICTION",
    "CLOSING",
    "DISCLAIMER",
    "DISCLAIMER_HINTS",
    "LIST_FOOTER_LINE",
    "LIST_FOOTER_RULE",
    "MOBILE",
    "NOTICE",
    "NOTICE_HINTS",
    "UNSUBSCRIBE",
    "VALEDICTION",
]

MOBILE = re.compile(
    r"^[ \t]*[(<\[]{0,2}[ \t]*(?:"
    r"sent (?:from|with|via|using|by) (?:my |the |a )?[^,.!?\n]{1,60}|"
    r"sent from (?:my )?[^,\n]{1,40}[,.]\s*please excuse.{0,60}|"
    r"sent from (?:my )?[^\n]{1,40}\.\s+please excuse.{0,60}|"
    r"get (?:outlook|\[outlook) for .{1,80}|"
    r"(?:verstuurd|verzonden) (?:vanaf|van|met|via) (?:mijn |de )?[^,.!?\n]{1,50}|"
    r"von meine[mr]? [^,.!?\n]{1,60} gesendet|gesendet (?:von|mit) (?:meinem |der )?[^,.!?\n]{1,50}|"
    r"envoyé (?:de|depuis|avec) (?:mon |ma |l'|la )?[^,.!?\n]{1,50}|"
    r"inviato da(?:l mio)? [^,.!?\n]{1,50}|enviado (?:desde|de) (?:mi |meu )?[^,.!?\n]{1,50}|"
    r"skickat från (?:min )?[^,.!?\n]{1,50}|sendt fra (?:min )?[^,.!?\n]{1,50}|"
    r"wysłane z (?:mojego )?[^,.!?\n]{1,50}|отправлено с [^,.!?\n]{1,50}|"
    r"diese nachricht wurde von meinem .{1,80} gesendet\.?|"
    r"(?:從|从)我的 ?\S{1,20} ?(?:傳送|发送)|"
    r"sent from \[?mail\]?.{0,100}|from my (?:iphone|ipad|android|mobile|phone|samsung)[^\n]{0,30}|"
    r"\S{1,30} from mobile|(?:sent|typed) on (?:my )?(?:iphone|ipad|mobile|phone)[^\n]{0,30}"
    r"|envoyé à partir de .{1,60}|\u1427"
    r")[ \t]*(?:<[^>\s]{1,300}>)?[ \t]*[)>\]]{0,2}[ \t]*$",
    re.IGNORECASE,
)
LIST_FOOTER_RULE = re.compile(r"^[ \t]*(?:_{2,}|-{2,}|={10,})[ \t]*$")
LIST_FOOTER_LINE = re.compile(
    r"mailing list\b|@lists?\.|/listinfo|/mailman/|^[ \t]*list-?\w* ?:|unsubscribe|"
    r"you received this (?:message|email) because|google groups|afmelden|abmelden|"
    r"désinscri|desinscri|uitschrijven|to respond, reply to this email|"
    r"reply to this email directly|view it on github|manage your subscription|"
    r"email preferences|notification settings",
    re.IGNORECASE,
)
UNSUBSCRIBE = re.compile(
    r"^[ \t]*(?:to unsubscribe|unsubscribe:|you received this|---\s*you received this|"
    r"to respond, reply to this email|reply to this email directly|view it on github|"
    r"—\s*$|you are receiving this because|uitschrijven|afmelden:|abmelden:|"
    r"to stop receiving|if you no longer wish to receive|manage your subscription)",
    re.IGNORECASE,
)
DISCLAIMER = re.compile(
    r"(?:this (?:e-?mail|message|communication|transmission)(?: and any (?:files|attachments)"
    r"(?: transmitted with it)?)? (?:is|are|may be|contains?) (?:strictly )?(?:confidential|"
    r"privileged|intended (?:solely|only|exclusively))|"
    r"(?:confidentiality|legal) (?:notice|disclaimer)|disclaimer:|"
    r"views expressed in this (?:e-?mail|message) are those of the (?:individual )?sender|"
    r"if you (?:are not|have received this (?:e-?mail|message|communication|transmission)"
    r"(?: message)? in error)|(?:is|are) not the intended recipient|"
    r"intended (?:solely |only |exclusively )?for the (?:use of the )?(?:addressee|"
    r"individual|person|named recipient)|"
    r"intended (?:solely |only |exclusively )for (?:the )?use (?:of|by)|"
    r"dit (?:e-?mail)?bericht (?:is|kan) (?:uitsluitend|alleen|vertrouwelijk)|"
    r"uitsluitend bestemd voor|niet de geadresseerde|indien u (?:dit bericht|niet de)|"
    r"diese (?:e-?mail|nachricht) (?:enthält|ist) vertraulich|"
    r"wenn sie nicht der (?:richtige|beabsichtigte) (?:adressat|empfänger)|"
    r"ce (?:message|courriel|e-?mail)(?: et (?:toutes )?(?:les|ses) pièces jointes)? "
    r"(?:est|sont|peu(?:ven)?t) (?:confidentiel|strictement|établi)|"
    r"destinataires? (?:exclusivement )?(?:visés?|désignés?)|"
    r"please consider the environment before printing)",
    re.IGNORECASE,
)
# words one of which every DISCLAIMER alternative contains: a cheap test before the regex
DISCLAIMER_HINTS = (
    "confidential", "privileged", "intended", "notice", "disclaimer", "if you", "bericht",
    "bestemd", "geadresseerde", "indien u", "vertraulich", "wenn sie nicht", "confidentiel",
    "strictement", "établi", "destinataire", "environment", "views expressed",
)  # fmt: skip
# notices that newsletters, news services and gateways put under a mail; their words may also
# stand in an article ("… Copyright 2001. The Associated Press. All Rights Reserved. ATLANTA
# (AP) - …"), so a paragraph is a notice only where one opens it or the paragraph is short
NOTICE = re.compile(
    # copyright and redistribution notices of newsletters and news services
    r"copyright notice[ \t]*:|is copyrighted by|all rights\s+reserved|copyright law prohibits|"
    r"redistribution or retransmission|"
    # virus-scan and mail-security banners that gateways append
    r"mimesweeper|scanned for (?:the presence of )?(?:computer )?viruses|"
    r"e-?mail sent through the internet is not secure|"
    # "PG&E National Energy Group … are not the same company as Pacific Gas and Electric"
    r"(?:is|are) not the same company as|does not constitute (?:legal|investment) advice|"
    # a newsletter's own footer ("E-Notes is a publication of Baker & McKenzie.")
    r"is a publication of|receiving this newsletter|"
    r"(?:update|change|manage) your (?:e-?mail )?subscriptions?",
    re.IGNORECASE,
)
NOTICE_HINTS = (
    "copyright", "rights", "redistribution", "mimesweeper", "viruses", "not secure",
    "same company", "constitute", "publication", "receiving", "subscription",
)  # fmt: skip
# the words that close a message before the writer's name ("Thanks", "Best regards", "Brgrds",
# "Met vriendelijke groet", …)
_VALEDICTION_WORDS = (
    r"(?:(?:(?:once )?again,? )?(?:many |a lot of |big )?thanks?(?: you)?"
    r"(?: (?:so much|very much|again|a lot|in advance))?|"
    r"thanks? (?:and|&) (?:best |kind )?regards|"
    r"thx|tia|cheers|bye|best|all the best|best wishes|warm(?:est)? (?:regards|wishes)|"
    r"(?:with )?(?:best|kind|warm|kindest|many)? ?regards|br|b?rgds|b?rgrds|brgs|"
    r"sincerely(?: yours)?|yours(?: truly| sincerely)?|"
    r"respectfully|take care|greetings|love|xo+|"
    r"(?:met )?(?:vriendelijke|hartelijke|beste|lieve|warme) groet(?:en)?|groet(?:en|jes)?|"
    r"mvg|m\.v\.g\.|alvast bedankt|dank(?:je|jewel| je wel| u wel)?|bedankt|tot (?:ziens|snel)|"
    r"(?:mit )?(?:freundlichen|besten|herzlichen|lieben|vielen) grüßen|"
    r"(?:viele|beste|liebe|herzliche|freundliche) grüße|mfg|lg|vg|gruß|grüße|danke(?: schön)?|"
    r"cordialement|bien (?:à vous|cordialement)|(?:bien )?amicalement|salutations(?: distinguées)?|"
    r"bonne (?:journée|soirée)|merci(?: beaucoup| d'avance)?|bises|à bientôt|"
    r"pozdrawiam|z poważaniem|z powazaniem|(?:med )?venlig(?:st)? hilsen|hilsen|mvh|kh|"
    r"(?:med )?vänlig(?:a)? hälsning(?:ar)?|hälsningar|mvh|(?:un )?saludos?(?: cordiales)?|"
    r"atentamente|cordiali saluti|(?:distinti )?saluti|atenciosamente|abraços|obrigad[oa]|"
    r"с уважением|спасибо|ystävällisin terveisin|terveisin)"
)
VALEDICTION = re.compile(
    r"^[ \t]*"
    + _VALEDICTION_WORDS
    # a whole word ("Brazil Mark T. April" does not open with "br")
    + r"(?!\w)[ \t]*[,.!:;]?[ \t]*(?:[-–—]?[ \t]*\w[\w .'-]{0,40})?$",
    re.IGNORECASE,
)
# a valediction and nothing else on its line ("Thanks,", "Best regards", "Sincerely,"), not
# "Thanks for the numbers"
BARE_VALEDICTION = re.compile(
    r"^[ \t]*" + _VALEDICTION_WORDS + r"(?!\w)[ \t]*[,.!:;]?[ \t]*$", re.IGNORECASE
)
# a closing formula that signs off even with no name under it ("Best regards." as the last line):
# unlike "Thanks!", it says nothing but goodbye
CLOSING = re.compile(
    r"^[ \t]*(?:(?:with )?(?:best|kind|warm|kindest|many) regards|regards|best|all the best|"
    r"best wishes|sincerely(?: yours)?|yours (?:truly|sincerely)|respectfully|cheers|take care|"
    r"(?:met )?(?:vriendelijke|hartelijke) groet(?:en)?|groeten|mvg|"
    r"(?:mit )?freundlichen grüßen|cordialement)[ \t]*[,.!]?[ \t]*$",
    re.IGNORECASE,
)
# the taglines that free mail services append under a rule line ("Do You Yahoo!?", Juno's and
# MSN's offers, UOL's "o melhor da Internet"): boilerplate, never the sender's words
AD_FOOTER = re.compile(
    r"^[ \t]*(?:do you yahoo!?\??|get your (?:free|private)[ ,]|get the internet just the way|"
    r"free software, free e-?mail|try juno|juno offers|uol:? o melhor da internet|"
    r"join the world.s largest e-?mail|send and receive hotmail|talk to your friends online|"
    r"yahoo! (?:mail|messenger|calendar|auctions|photos)|get more from the web|"
    r"msn (?:photos|hotmail)|https?://(?:explorer\.msn|mail\.yahoo|messenger\.yahoo|"
    r"www\.hotmail|im\.yahoo)\.com)",
    re.IGNORECASE,
)
# words one of which every AD_FOOTER alternative contains (lower-cased)
AD_WORDS = ("yahoo", "msn", "hotmail", "juno", "uol", "get your", "get the internet", "free ")
