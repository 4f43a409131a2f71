"""What is not an authored statement inside the sender's own text: signatures, disclaimers and
boilerplate (mobile "Sent from my iPhone" lines, mailing-list footers, unsubscribe lines).

:func:`classify_run` looks at one run of the sender's own lines (between quotes) and returns the
kind of each line that is not authored. :func:`learn_signatures` finds trailing blocks that one
sender repeats across messages, which ``segment_body(..., known_signatures=...)`` then marks.

Rules (talon-style, by position and shape rather than by content alone):
- ``-- `` / ``--`` / ``__`` on a line of its own starts a signature that runs to the end of the run;
- a longer rule line (``------``) starts one when what follows is a short block of contact lines
  (name, title, phone, links), blank lines between them or not;
- a valediction line ("Thanks,", "Best regards,", "Met vriendelijke groet,", "Mit freundlichen
  Grüßen", "Cordialement", …) followed by a short block of name/title/phone lines to the end of
  the run is a signature, the valediction included;
- a short final block that looks like contact details (phone numbers, addresses, URLs, the
  sender's name on a line of its own) is a signature;
- mobile client lines ("Sent from my iPhone", "Verstuurd vanaf mijn iPhone", "Von meinem iPhone
  gesendet", "Envoyé de mon iPhone", "Get Outlook for iOS") and mailing-list footers are
  boilerplate; confidentiality notices are disclaimers.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from onrecord.mail.signoff import is_signoff_name
from onrecord.record.model import Address, SegmentKind

__all__ = [
    "classify_run",
    "is_attachment_line",
    "is_boilerplate_line",
    "learn_signatures",
    "normalize_block",
]

SIG, BOIL, DISC = SegmentKind.SIGNATURE, SegmentKind.BOILERPLATE, SegmentKind.DISCLAIMER

_SIG_DELIM = re.compile(r"^[ \t]*(?:--|-- |__|—|–|--\s*\*+)[ \t]*$")
_MOBILE = re.compile(
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
_LIST_FOOTER_RULE = re.compile(r"^[ \t]*(?:_{2,}|-{2,}|={10,})[ \t]*$")
_RULE = re.compile(r"^[ \t]*(?:[-_=*~]{3,80})[ \t]*$")
_LIST_FOOTER_LINE = re.compile(
    r"mailing list\b|@lists?\.|/listinfo|/mailman/|^[ \t]*list-?\w* ?:|unsubscribe|"
    r"you received this (?:message|email) because|google groups|afmelden|abmelden|"
    r"désinscri|desinscri|uitschrijven|to respond, reply to this email|"
    r"reply to this email directly|view it on github|manage your subscription|"
    r"email preferences|notification settings",
    re.IGNORECASE,
)
_UNSUBSCRIBE = re.compile(
    r"^[ \t]*(?:to unsubscribe|unsubscribe:|you received this|---\s*you received this|"
    r"to respond, reply to this email|reply to this email directly|view it on github|"
    r"—\s*$|you are receiving this because|uitschrijven|afmelden:|abmelden:|"
    r"to stop receiving|if you no longer wish to receive|manage your subscription)",
    re.IGNORECASE,
)
_DISCLAIMER = re.compile(
    r"(?:this (?:e-?mail|message|communication|transmission)(?: and any (?:files|attachments)"
    r"(?: transmitted with it)?)? (?:is|are|may be|contains?) (?:strictly )?(?:confidential|"
    r"privileged|intended (?:solely|only|exclusively))|"
    r"(?:confidentiality|legal) (?:notice|disclaimer)|disclaimer:|"
    r"if you (?:are not|have received this (?:e-?mail|message) in error)|"
    r"intended (?:solely |only |exclusively )?for the (?:use of the )?(?:addressee|"
    r"individual|person|named recipient)|"
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
# words one of which every _DISCLAIMER alternative contains: a cheap test before the regex
_DISCLAIMER_HINTS = (
    "confidential", "privileged", "intended", "notice", "disclaimer", "if you", "bericht",
    "bestemd", "geadresseerde", "indien u", "vertraulich", "wenn sie nicht", "confidentiel",
    "strictement", "établi", "destinataire", "environment",
)  # fmt: skip
_VALEDICTION = re.compile(
    r"^[ \t]*(?:(?:many |a lot of |big )?thanks?(?: you)?(?: (?:so much|again|a lot|in advance))?|"
    r"thx|tia|cheers|best|all the best|best wishes|warm(?:est)? (?:regards|wishes)|"
    r"(?:best|kind|warm|kindest|many)? ?regards|br|sincerely(?: yours)?|yours(?: truly| sincerely)?|"
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
    r"[ \t]*[,.!:;]?[ \t]*(?:[-–—]?[ \t]*\w[\w .'-]{0,40})?$",
    re.IGNORECASE,
)
_PHONE = re.compile(r"(?:\+|\b0)\d[\d ().\-/]{6,}\d|\(?\b\d{3}\)?[ .\-/]?\d{3}[ .\-]\d{4}\b|"
                    r"\b(?:tel|phone|mob(?:ile|iel|il)?|fax|cell|"
                    r"m|t|f|p)\b\.?\s*[:.]?\s*\+?\d", re.IGNORECASE)  # fmt: skip
_URLISH = re.compile(r"https?://|www\.|\b[\w.-]+\.(?:com|org|net|nl|de|fr|io|eu|be)\b|@",
                     re.IGNORECASE)  # fmt: skip
_HYPHEN_NAME = re.compile(
    r"^[ \t]*[-–—~/][ \t]?[A-Z][\w.'-]{0,30}(?: [A-Z][\w.'-]{0,30}){0,3}[ \t]*$"
)
_SENTENCE_END = re.compile(r"[.?!:;]\s*$")
# Notes / Exchange attachment placeholders: "<<draft2.doc>>", " - Brief of Enron.pdf",
# "(See attached file: GSS Services.doc)", "<Embedded StdOleLink>"
_ATTACHMENT_FIRST = frozenset("-<(")
_ATTACHMENT = re.compile(
    r"^[ \t]*(?:(?:<<[^<>\n]{1,200}>>[ \t]*)+|-[ \t]+[^\n]{1,150}\.\w{2,4}|"
    r"\(See attached file: [^)\n]{1,200}\)|<Embedded [^>\n]{0,80}>)[ \t]*$"
)
_FULL_NAME = re.compile(r"^[ \t]*[A-Z][\w'-]+(?: [A-Z][\w'.-]*){1,3}[ \t]*$")


def is_attachment_line(line: str) -> bool:
    """Whether a line is only an attachment placeholder that Notes or Exchange left in the text
    ("<<draft2.doc>>", " - Brief of Enron.pdf", "(See attached file: x.doc)")."""
    return len(line) < 400 and _ATTACHMENT.match(line) is not None


def is_boilerplate_line(line: str) -> bool:
    return len(line) <= 160 and _MOBILE.match(line) is not None


# Cheap tests before the per-line regexes of classify_run, each true for every line the regex can
# match. These regexes skip only spaces and tabs and what they match first is never a space, so
# the first character of the stripped line is the first one they match. Case-insensitive matching
# pairs some non-ASCII characters with ASCII letters ("ſ" with "s", "K" with "k"), so the tests
# by letter look only at ASCII text and let anything else through to the regex.
_FOOTER_RULE_FIRST = frozenset("_-=")
_SIG_DELIM_FIRST = frozenset("-_\u2014\u2013")
_RULE_FIRST = frozenset("-_=*~")
_UNSUBSCRIBE_FIRST = frozenset("tTuUyYrRvVaAiImM-")
_UNSUBSCRIBE_WORDS = (
    "to ", "unsubscribe", "you ", "---", "reply to", "view it", "uitschrijven", "afmelden",
    "abmelden", "if you", "manage your",
)  # fmt: skip
# the first letters and words of _MOBILE's phrases, and the brackets that may stand before them;
# its "<word> from mobile" alternative is tested apart
_MOBILE_FIRST = frozenset("(<[sSgGvVeEiIwWdDfFtT")
_SCAN_FIRST = _UNSUBSCRIBE_FIRST | _MOBILE_FIRST
# in ASCII text (lower-cased) every match of _UNSUBSCRIBE or _MOBILE holds one of these
_FOOTER_WORDS = (
    # _UNSUBSCRIBE
    "to unsubscribe", "unsubscribe:", "you received this", "to respond, reply to this email",
    "reply to this email directly", "view it on github", "you are receiving this because",
    "uitschrijven", "afmelden:", "abmelden:", "to stop receiving",
    "if you no longer wish to receive", "manage your subscription",
    # _MOBILE
    "sent from", "sent with", "sent via", "sent using", "sent by", "sent on ", "get outlook",
    "get [outlook", "verstuurd ", "verzonden ", "von mein", "gesendet von", "gesendet mit",
    "inviato da", "enviado de", "sendt fra", "diese nachricht", "from my ", " from mobile",
    "typed on ",
)  # fmt: skip
_HYPHEN_FIRST = frozenset("-\u2013\u2014~/")
_MOBILE_WORDS = (
    "sent", "sendt", "get", "ver", "von", "gesendet", "envoy", "inviato", "enviado", "skickat",
    "wys", "diese", "from", "typed",
)  # fmt: skip


def may_have_footer_lines(text: str) -> bool:
    """False where no line of ``text`` (nor a part of one) can be an unsubscribe or "Sent from my
    phone" line: a cheap test for a whole message before :func:`classify_run` on its runs."""
    return not text.isascii() or any(w in text.lower() for w in _FOOTER_WORDS)


def _may_be_unsubscribe(s: str) -> bool:
    """Whether a line (stripped: ``s``) may match _UNSUBSCRIBE."""
    c = s[0]
    if c >= "\x80":
        return True
    if c not in _UNSUBSCRIBE_FIRST:
        return False
    head = s[:16]
    return not head.isascii() or head.lower().startswith(_UNSUBSCRIBE_WORDS)


def _may_be_mobile(s: str, line: str, from_mobile: bool) -> bool:
    """Whether a line (stripped: ``s``) may match _MOBILE; ``from_mobile``: whether the run may
    hold its "<word> from mobile" alternative at all."""
    if from_mobile and (not line.isascii() or " from mobile" in line.lower()):
        return True
    c = s[0]
    if c >= "\x80":
        return True
    if c not in _MOBILE_FIRST:
        return False
    head = s.lstrip(" \t(<[")[:10]
    return not head.isascii() or head.lower().startswith(_MOBILE_WORDS)


def normalize_block(lines: Sequence[str]) -> str:
    return "\n".join(" ".join(x.split()) for x in lines if x.strip())


def _short(line: str, limit: int = 72) -> bool:
    return len(line.strip()) <= limit


def _name_line(line: str, sender: Address | None) -> bool:
    s = line.strip().strip("-–—~/*_ ")
    if not s or len(s) > 60:
        return False
    if sender and sender.name:
        parts = [p for p in re.split(r"[\s,]+", sender.name.lower()) if len(p) > 1]
        low = s.lower()
        if parts and any(p in low.split() for p in parts) and len(s.split()) <= 5:
            return True
    return is_signoff_name(s, sender)


def _contact_line(line: str) -> bool:
    s = line.strip()
    if not s or len(s) > 80:
        return False
    # _URLISH needs ":", "." or "@"; _PHONE needs a digit
    if ("." in s or "@" in s or ":" in s) and _URLISH.search(s) is not None:
        return True
    return _DIGIT.search(s) is not None and _PHONE.search(s) is not None


_DIGIT = re.compile(r"\d")


def classify_run(
    lines: Sequence[str],
    sender: Address | None = None,
    known_signatures: Sequence[str] = (),
    *,
    footers: bool = True,
) -> dict[int, SegmentKind]:
    """Kinds of the lines of one run of the sender's own text that are not authored.

    ``lines`` are the run's lines (blank ones included); keys of the result are indices into it.
    ``footers=False`` says that no line can be an unsubscribe or "Sent from my phone" line
    (:func:`may_have_footer_lines` is false for the text the lines come from).
    """
    out: dict[int, SegmentKind] = {}
    n = len(lines)
    strip = [x.strip() for x in lines]
    nonblank = [k for k in range(n) if strip[k]]
    if not nonblank:
        return out
    firsts = "".join([strip[k][0] for k in nonblank])  # the first character of each line
    joined = " ".join(strip)
    low = joined.lower()

    # mailing-list footers: a rule line followed by list words, to the end of the run
    if "_" in firsts or "-" in firsts or "=" in firsts:
        for pos, k in enumerate(nonblank):
            if strip[k][0] in _FOOTER_RULE_FIRST and _LIST_FOOTER_RULE.match(lines[k]):
                nxt = nonblank[pos + 1 : pos + 4]
                if nxt and any(_LIST_FOOTER_LINE.search(lines[x]) for x in nxt):
                    for x in nonblank[pos:]:
                        out[x] = BOIL
                    break
    ascii_run = joined.isascii()
    from_mobile = not ascii_run or " from mobile" in low
    if not footers or (ascii_run and not any(w in low for w in _FOOTER_WORDS)):
        scan: list[int] = []  # no line of an ASCII run can match _UNSUBSCRIBE nor _MOBILE
    elif from_mobile:
        scan = nonblank
    else:
        scan = [k for k in nonblank if strip[k][0] in _SCAN_FIRST or strip[k][0] >= "\x80"]
    for k in scan:
        s = strip[k]
        unsub = _may_be_unsubscribe(s)
        mobile = _may_be_mobile(s, lines[k], from_mobile)
        if not unsub and not mobile:
            continue
        if k in out:
            continue
        line = lines[k]
        if unsub and _UNSUBSCRIBE.match(line) and (_LIST_FOOTER_LINE.search(line) or s == "—"):
            if s == "—":  # GitHub's "—\nReply to this email directly…" footer
                nxt = [x for x in nonblank if x > k][:1]
                if not nxt or not _LIST_FOOTER_LINE.search(lines[nxt[0]]):
                    continue
            out[k] = BOIL
        elif mobile and is_boilerplate_line(line):
            out[k] = BOIL
            # what follows a "Sent from my phone" line at the end is more of the same
            rest = [x for x in nonblank if x > k]
            if len(rest) <= 30 and all(len(strip[x]) <= 100 for x in rest):
                for x in rest:
                    out.setdefault(x, BOIL)
                break

    # disclaimers: whole paragraphs (a paragraph's text is a part of ``joined``: none has a hint
    # when the run has none)
    paras: list[list[int]] = []
    for h in _DISCLAIMER_HINTS:
        if h in low:
            para: list[int] = []
            for k in range(n):
                if strip[k]:
                    para.append(k)
                elif para:
                    paras.append(para)
                    para = []
            if para:
                paras.append(para)
            break
    for p in paras:
        body = " ".join([strip[k] for k in p])
        if len(body) < 60:
            continue
        low = body.lower()
        if any(h in low for h in _DISCLAIMER_HINTS) and _DISCLAIMER.search(body):
            for k in p:
                out.setdefault(k, DISC)

    remaining = [k for k in nonblank if k not in out]
    if not remaining:
        return out

    # known signatures (learned from repetition): match the trailing lines
    if known_signatures:
        norm_tail = [" ".join(lines[k].split()) for k in remaining]
        for sig in sorted(known_signatures, key=len, reverse=True):
            sig_lines = [x for x in sig.split("\n") if x.strip()]
            m = len(sig_lines)
            if 0 < m <= len(norm_tail):
                for start in range(len(norm_tail) - m, max(-1, len(norm_tail) - m - 4), -1):
                    if norm_tail[start : start + m] == sig_lines:
                        for k in remaining[start:]:
                            if k not in out:
                                out[k] = SIG
                        break
        remaining = [k for k in remaining if k not in out]
        if not remaining:
            return out

    # "-- " delimiter: the signature runs to the end of the run (unless it is a long text)
    for pos, k in enumerate(remaining if any(c in firsts for c in _SIG_DELIM_FIRST) else ()):
        if (
            strip[k][0] in _SIG_DELIM_FIRST
            and _SIG_DELIM.match(lines[k])
            and (pos > 0 or strip[k] in ("--", "-- "))
        ):
            tail = remaining[pos:]
            if len(tail) <= 20 and (strip[k] in ("--", "__") or len(tail) > 1):
                for x in tail:
                    out[x] = SIG
                remaining = remaining[:pos]
                break
    if not remaining:
        return out

    # a rule line ("----------------") above a block of short lines with contact details (logo,
    # name, title, phone, links) to the end of the run, even spread over blank lines
    for pos, k in enumerate(remaining[-16:] if any(c in firsts for c in _RULE_FIRST) else ()):
        if strip[k][0] not in _RULE_FIRST or not _RULE.match(lines[k]):
            continue
        at = len(remaining) - min(16, len(remaining)) + pos
        tail = remaining[at + 1 :]
        if (
            at > 0
            and 2 <= len(tail) <= 15
            and all(_short(lines[x], 80) and not _SENTENCE_END.search(lines[x]) for x in tail)
            and sum(_contact_line(lines[x]) for x in tail) >= 2
        ):
            for x in remaining[at:]:
                out[x] = SIG
            remaining = remaining[:at]
        break
    if not remaining:
        return out

    # a valediction followed by a short block to the end of the run (or at the very end)
    tail = remaining[-8:]
    for pos, k in enumerate(tail):
        line = lines[k]
        if not _short(line, 60) or not _VALEDICTION.match(line):
            continue
        after = tail[pos + 1 :]
        before = [x for x in remaining if x < k]
        if not before:
            continue  # the whole message is a sign-off: keep it authored
        if len(after) > 6 or any(not _short(lines[x]) or (_SENTENCE_END.search(lines[x])
                                 and len(lines[x].strip()) > 40) for x in after):  # fmt: skip
            continue
        if not after and not line.rstrip().endswith(","):
            # a bare "Thanks!" at the end is still the sender speaking; "Thanks," + nothing too
            continue
        if not after:
            continue
        for x in [k, *after]:
            out[x] = SIG
        remaining = [x for x in remaining if x < k]
        break
    if not remaining:
        return out

    # a short contact block or a "-Name" line at the end
    last = remaining[-1]
    if strip[last][0] in _HYPHEN_FIRST and _HYPHEN_NAME.match(lines[last]) and len(remaining) > 1:
        out[last] = SIG
        remaining = remaining[:-1]
    else:
        _contact_blocks(lines, remaining, sender, out)
    return out


def _paragraphs_from_end(remaining: list[int], limit: int) -> list[list[int]]:
    """The last ``limit`` paragraphs (runs of adjacent lines) of ``remaining``, last first."""
    blocks: list[list[int]] = []
    for k in reversed(remaining):
        if blocks and k == blocks[-1][-1] - 1:
            blocks[-1].append(k)
        elif len(blocks) < limit:
            blocks.append([k])
        else:
            break
    return [list(reversed(b)) for b in blocks]


def _contact_blocks(lines: Sequence[str], remaining: list[int], sender: Address | None,
                    out: dict[int, SegmentKind]) -> None:  # fmt: skip
    """Trailing paragraphs that are the writer's name and contact details ("Jeff" over "Jeff
    Dasovich / Enron / 415.782.7822"), last first, while each one is such a block; the last
    paragraph may also carry its text above the name ("… the previous data.\nJim Parks\nPH
    512 239-2544")."""
    last = lines[remaining[-1]]
    if not _short(last) and last.lstrip()[:1] not in _ATTACHMENT_FIRST:
        return  # every rule below ends on a short line
    blocks = _paragraphs_from_end(remaining, 6)
    while blocks and all(
        lines[k].lstrip()[:1] in _ATTACHMENT_FIRST and _ATTACHMENT.match(lines[k])
        for k in blocks[0]
    ):
        remaining = remaining[: -len(blocks[0])]  # attachment lines below a signature
        blocks = blocks[1:]
    signed: Address | None = None  # the name a signature block below opens with
    for pos, block in enumerate(blocks):
        if pos > 0 and len(block) == 1 and _VALEDICTION.match(lines[block[0]]):
            out[block[0]] = SIG  # "Best regards." over the block marked below it
            return
        whole = pos == len(blocks) - 1 and len(block) == len(remaining) - sum(
            map(len, blocks[:pos])
        )
        if not (1 <= len(block) <= 10 and all(_short(lines[k]) for k in block)):
            if pos == 0:
                _name_inside(lines, block, sender, out)
            return
        named = _name_line(lines[block[0]], sender) or (
            pos > 0 and signed is not None and _name_line(lines[block[0]], signed)
        )
        contacts = 0  # counted up to 2, as far as the tests below need
        if not (named and len(block) <= 3):
            for k in block:
                if _contact_line(lines[k]):
                    contacts += 1
                    if contacts >= 2 or named:
                        break
        if pos > 0 and not named:
            return  # above a signature block, only a name line ("Jeff") is more of it
        if not ((named and (len(block) <= 3 or contacts >= 1 or pos > 0)) or contacts >= 2):
            return
        if whole and not (named and (contacts or pos > 0)):
            return  # the whole text: a bare name or contact lines alone stay the sender's
        if (
            named
            and not contacts
            and any(_SENTENCE_END.search(lines[k]) and len(lines[k].split()) > 3 for k in block[1:])
        ):
            return  # "Priya,\nWe move the launch to October.": a salutation over text
        if len(block) > 8 and contacts < 2:
            return
        if not named and any(len(lines[k].split()) > 7 for k in block):
            if pos == 0:  # "To RSVP, please call 713-303-3966": a sentence with a number in it
                _name_inside(lines, block, sender, out)
            return
        for k in block:
            out[k] = SIG
        if pos == 0 and _FULL_NAME.match(lines[block[0]]):
            signed = Address(name=lines[block[0]].strip(), email="")  # "Samantha" above it


def _name_inside(lines: Sequence[str], block: list[int], sender: Address | None,
                 out: dict[int, SegmentKind]) -> None:  # fmt: skip
    """The writer's name line inside the last paragraph, under its text and over 1-5 short
    contact lines: from the name on it is a signature."""
    first = len(block)
    while first > max(1, len(block) - 6) and _short(lines[block[first - 1]]):
        first -= 1  # the tail can only be short lines
    for at in range(first, len(block)):
        tail = block[at:]
        if len(tail) == 1 and (
            len(lines[tail[0]].split()) == 1
            and lines[block[at - 1]].rstrip().endswith((".", ",", "!", "?"))
            and _name_line(lines[tail[0]], sender)
        ):
            out[tail[0]] = SIG  # "… with Credit.\nCarol"
            return
        if (
            _name_line(lines[tail[0]], sender)
            and all(_short(lines[k]) for k in tail)
            and len(tail) >= 2
            and sum(_contact_line(lines[k]) for k in tail) >= 1
        ):
            for k in tail:
                out[k] = SIG
            return


def _trailing_blocks(body: str) -> list[str]:
    """Normalized trailing blocks of 2–8 non-blank lines of a body's own (unquoted) text."""
    raw = body.replace("\r\n", "\n").split("\n")
    own = len(raw)  # the own text ends before the first quoted or header-like line
    for k, line in enumerate(raw):
        s = line.strip()
        c = s[:1]
        if c == ">" or ((c in _HEADERISH_FIRST or c >= "\x80") and _HEADERISH.match(s)):
            own = k
            break
    # Only the last 9 kept lines matter (blocks of up to 8, and fewer than all lines): normalize
    # from the end and stop there.
    lines: list[str] = []
    for k in range(own - 1, -1, -1):
        x = " ".join(raw[k].split())
        if x and not _SIG_DELIM.match(x):
            lines.append(x)
            if len(lines) == 9:
                break
    lines.reverse()
    return ["\n".join(lines[-m:]) for m in range(2, min(8, len(lines) - 1) + 1)]


# Every match of _HEADERISH starts with one of these (non-ASCII first characters go to the regex).
_HEADERISH_FIRST = frozenset("-_oOfFvVdDaAlLbB")
_HEADERISH = re.compile(
    r"^(?:-{3,}|_{5,}|on .{0,200}wrote:?$|op .{0,200}(?:schreef|geschreven)|am .{0,200}schrieb|"
    r"le .{0,200}a écrit|from:|van:|von:|de ?:|begin forwarded)",
    re.IGNORECASE,
)


def learn_signatures(bodies: Sequence[str], min_count: int = 3) -> list[str]:
    """Trailing blocks (2–8 lines) that recur at the end of at least ``min_count`` bodies.

    Pass one sender's message bodies. Each result is a normalized block (lines joined with
    ``\\n``, inner whitespace collapsed); a longer block wins over the blocks it ends with.
    """
    counts: Counter[str] = Counter()
    for body in bodies:
        counts.update(set(_trailing_blocks(body)))
    found = [b for b, c in counts.items() if c >= min_count]
    found.sort(key=lambda b: (-b.count("\n"), b))
    out: list[str] = []
    for block in found:
        longer = [x for x in out if x.endswith("\n" + block)]
        # a shorter tail of a longer learned block: only keep it if it recurs on its own
        if longer and counts[block] <= max(counts[x] for x in longer):
            continue
        out.append(block)
    return out
