"""Sentence splitting for email prose.

:func:`split_sentences` returns character spans ``(start, end)`` into the text it was given, so
every statement can point back at the exact characters it came from. Spans never include leading
or trailing whitespace, are never empty, come in order and do not overlap; the text between two
consecutive spans is whitespace only (nothing of substance is ever dropped).

The splitter is rule-based and tuned for email (English and Dutch first, German and French
reasonably):

* A blank line always ends a sentence. A single line break does not (mail is hard-wrapped at ~72
  characters), except before a list item (``- ``, ``* ``, ``1. ``, ``a) ``), around a Markdown
  heading (``# Title``) and around short greeting / sign-off lines (``Hi all,``, ``Thanks,``,
  ``Met vriendelijke groet,``), which stand alone.
* Inside a line, ``.``, ``!``, ``?`` and ellipses end a sentence when followed by whitespace,
  after any closing quotes or brackets (which stay with the sentence). Since a boundary needs
  whitespace after the terminator, URLs, email addresses, decimals and versions (``3.5``,
  ``v2.0.1``, ``www.example.com``) are never split.
* A period after a known abbreviation (``Dhr.``, ``Mr.``, ``o.a.``, ``e.g.``, ``bijv.``, ``art. 5``,
  ``No. 5``, ``3 jan.``), an initial (``M. Vale``) or a dotted acronym (``U.S.``) does not end the
  sentence unless what follows clearly starts a new one (``etc. The``, ``the U.S. We``).

The optional ``lang`` only tunes a few language-specific rules (German ordinals ``am 3. Mai``);
the abbreviation lists of all supported languages are always active, since mails mix languages.
"""

from __future__ import annotations

import re

__all__ = ["split_sentences"]

# --------------------------------------------------------------------------------------------
# Lexicons (all keys lower case, without the final period)
# --------------------------------------------------------------------------------------------


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


# Never end a sentence after these (titles before names, and "that is"-style connectives that
# are followed by more of the same sentence, whatever its capitalisation).
_NO_SPLIT = _words(
    """
    mr mrs ms mss messrs dr drs prof ir ing mgr dhr mevr mw mej hr hrn fr frl mme mlle msgr
    st sta ste rev hon gen col capt cpt lt sgt gov sen rep pres supt insp adm cmdr
    atty esq attn
    e.g eg i.e ie vs v viz cf cfr resp incl excl approx appr ca circa
    o.a oa d.w.z dwz bijv bv bijvb bvb m.b.t mbt t.a.v tav i.v.m ivm i.p.v ipv n.a.v nav
    z.s.m zsm a.u.b aub s.v.p svp t.b.v tbv m.u.v o.b.v obv d.m.v dmv i.o.m v.w.b vwb c.q
    cq d.d m.i.v t.z.t tzt z.g.a.n z.o.z vgl evt evtl zgn zg nml ong ongev mbv ovv o.v.v
    jo jl j.l a.s e.v ev t/m m.n mn w.o v.d vd
    z.b zb d.h dh u.a ua bzw ggf ggfs bzgl zzgl inkl sog insb allg u.u z.t i.d.r o.g s.o s.u
    u.v.m usf vs
    p.ex ex c.-à-d c.à.d cad env av
    """
)

# No sentence break before a number ("art. 5", "No. 5", "nr. 12", "p. 3", "blz. 4", "tel. 020").
_NUMERIC = _words(
    """
    no nos nr nrs num art arts par para paras sec secs ch chap fig figs tab vol vols ed eds
    p pp pag blz bl hfst hst afb bijl lid abs s ziff tel fax ext mob gsm min max tbl ref
    rn r.o ro ov nt aant
    """
)

_MONTHS = _words(
    """
    jan feb mar apr jun jul aug sep sept oct nov dec
    mrt mei okt
    jän febr märz mär okt dez
    janv févr fév avr juil déc
    """
)

# Usually mid-sentence, but may end one: no break before lower case or digits, break before
# a capitalised word ("etc. The next point", "Acme Inc. We signed").
_SOFT = (
    _words(
        """
    etc enz enzovoort usw usf inc ltd co corp llc plc bros nv b.v n.v gmbh ag sa sarl nl
    a.m p.m am pm jr sr mon tue tues wed thu thur thurs fri sat sun ma di wo do vr za zo
    e.a e.d
    """
    )
    | _MONTHS
)

# The first word of a sentence after an ambiguous period (dotted acronym, initial): only these
# make the period a sentence end ("... in the U.S. The plan ...", but "U.S. Army", "M. Vale").
# Surname particles (De, Van, Von, Le, ...) and single letters (initials) are deliberately absent.
_STARTERS = _words(
    """
    the this that these those there then they we it he she you our my his her its their
    an and but so if in on at as for to after before when while however also please
    thanks thank what why how where who which yes no ok
    het een dit dat deze die er wij we ik hij zij ze jij jullie ons mijn maar en dus
    als toen nu ook graag bedankt wat waarom hoe waar wie ja nee
    der die das ein eine wir ich er sie es und aber wenn dann auch bitte danke
    les un une nous je il elle ils elles et mais si alors merci
    """
)

_MONTH_NAMES = (
    _words(
        """
    january february march april may june july august september october november december
    januari februari maart mei juni juli augustus oktober
    januar februar märz mai dezember
    janvier février mars avril juin juillet août septembre octobre novembre décembre
    """
    )
    | _MONTHS
)

_VOWELS = frozenset("aeiouyàáâäèéêëìíîïòóôöùúûüÿæøå")

# --------------------------------------------------------------------------------------------
# Patterns
# --------------------------------------------------------------------------------------------

# A terminator run, then closing quotes/brackets, then whitespace.
_CANDIDATE = re.compile(r"([.!?…]+)([\"'”’)\]}»›]*)\s+")
# The first word after a candidate boundary (after opening quotes/brackets).
_NEXT_WORD = re.compile(r"[\"'“‘„«‹(\[{¿¡]*(\w+)")
# Dotted abbreviations and acronyms: d.w.z, o.a, e.g, U.S, t.a.v, z.B, c.-à-d
_DOTTED = re.compile(r"(?:[^\W\d_]{1,3}\.-?)+[^\W\d_]{1,3}")

_HEADING = re.compile(r"#{1,6}\s+\S")
_LIST_ITEM = re.compile(r"(?:[-*•+–·▪◦]|\d{1,3}[.)]|[a-zA-Z][)]|\([a-zA-Z0-9]{1,3}\))\s+\S")

_GREETING = re.compile(
    r"""(?ix)
    (?:hi|hello|hey|heya|hiya|dear|greetings|good\ (?:morning|afternoon|evening|day)
      |hoi|hallo|beste|geachte|lieve|goedemorgen|goedemiddag|goedenavond|dag
      |liebe[rs]?|sehr\ geehrte[rs]?|guten\ (?:tag|morgen|abend)|moin|servus
      |bonjour|bonsoir|salut|cher|chère|chers|chères|madame|monsieur)
    \b.{0,45}$
    |(?:all|team|folks|everyone|colleagues|collega'?s|morning|allemaal|iedereen)[\s,!:;]*$
    """
)
_SIGNOFF = re.compile(
    r"""(?ix)
    (?:thanks|thank\ you|thanks\ (?:again|all|a\ lot|in\ advance)|many\ thanks|thx|tia|ty
      |cheers|regards|best|best\ regards|kind\ regards|warm\ regards|warmest\ regards
      |best\ wishes|all\ the\ best|sincerely|yours\ sincerely|sincerely\ yours|yours\ truly
      |yours\ faithfully|respectfully|take\ care|talk\ soon|speak\ soon|see\ you|br|rgds
      |groet|groeten|gr|grt|mvg|met\ vriendelijke\ groet(?:en)?|vriendelijke\ groet(?:en)?
      |hartelijke\ groet(?:en)?|met\ hartelijke\ groet(?:en)?|hartelijke\ groet|met\ groet
      |vriendelijke\ groet|dank|dank\ je(?:\ wel)?|dank\ u(?:\ wel)?|dankjewel|bedankt
      |alvast\ bedankt|alvast\ dank|tot\ (?:zo|straks|morgen|snel|later|dan|ziens)|doei
      |mit\ freundlichen\ grüßen|mfg|viele\ grüße|beste\ grüße|liebe\ grüße|herzliche\ grüße
      |schöne\ grüße|gruß|grüße|lg|vg|danke|vielen\ dank|bis\ bald
      |cordialement|bien\ cordialement|bien\ à\ vous|merci|merci\ beaucoup|salutations
      |bien\ amicalement|amicalement|à\ bientôt|bises|bisous)
    [\s,.!:;)-]*$
    """
)


# --------------------------------------------------------------------------------------------
# Splitting
# --------------------------------------------------------------------------------------------


def split_sentences(text: str, lang: str | None = None) -> list[tuple[int, int]]:
    """Character spans ``(start, end)`` of the sentences of ``text``, in order.

    ``text[start:end]`` has no surrounding whitespace and is never empty; the text between
    consecutive spans is whitespace only. ``lang`` (ISO 639-1, optional) enables a few
    language-specific rules; without it the rules of all supported languages apply.
    """
    out: list[tuple[int, int]] = []
    if "\n" not in text:
        a, b = _trim(text, 0, len(text))
        if a < b:
            _split_block(text, a, b, lang, out)
        return out

    german = lang == "de"
    pos = 0
    block_start = -1
    block_end = 0
    prev_alone = False
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        stripped = line.strip()
        if not stripped:  # blank line: always a boundary
            if block_start >= 0:
                _split_block(text, block_start, block_end, lang, out, german)
                block_start = -1
            prev_alone = False
            continue
        first = stripped[0]
        alone = False
        breaks_before = False
        if (first == "#" and _HEADING.match(stripped)) or (
            len(stripped) <= 60 and (_SIGNOFF.match(stripped) or _is_greeting(stripped))
        ):
            alone = True
        elif (first in "-*•+–·▪◦(" or first.isalnum()) and _LIST_ITEM.match(stripped):
            breaks_before = True
        if block_start >= 0 and (alone or breaks_before or prev_alone):
            _split_block(text, block_start, block_end, lang, out, german)
            block_start = -1
        if block_start < 0:
            block_start = line_start + (len(line) - len(line.lstrip()))
        block_end = line_start + len(line.rstrip())
        prev_alone = alone
    if block_start >= 0:
        _split_block(text, block_start, block_end, lang, out, german)
    return out


def _is_greeting(line: str) -> bool:
    """A greeting line that stands alone: ``Hi all,``, ``Dear Mr. Smith,``, ``Beste Jan``."""
    if not _GREETING.match(line):
        return False
    last = line[-1]
    if last in ",!:;":
        return True
    # Without punctuation only a very short line ("Hi all", "Beste Jan") counts.
    return last not in ".?" and line.count(" ") <= 2


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _split_block(
    text: str,
    a: int,
    b: int,
    lang: str | None,
    out: list[tuple[int, int]],
    german: bool | None = None,
) -> None:
    """Split ``text[a:b]`` (trimmed, no hard breaks inside) at sentence ends into ``out``."""
    if german is None:
        german = lang == "de"
    start = a
    for m in _CANDIDATE.finditer(text, a, b):
        if _is_boundary(text, a, m, german):
            end = m.end(2)
            out.append((start, end))
            start = m.end()
    out.append((start, b))


def _token_start(text: str, a: int, s: int) -> int:
    """Where the token that ends at ``s`` starts: after the last space, tab or line break in
    ``text[a:s]``, else ``a``. Looked for near ``s`` first: ``rfind`` over all of ``[a, s)``
    scanned back to the block's start for every candidate, quadratic in a long paragraph
    (2 MB of prose without a line break: 5 s of 7)."""
    lo = max(a, s - 64)
    found = max(text.rfind(" ", lo, s), text.rfind("\n", lo, s), text.rfind("\t", lo, s))
    if found >= 0 or lo == a:
        return max(found + 1, a)
    i = lo  # a token longer than the window: walk back to its start
    while i > a and text[i - 1] not in " \n\t":
        i -= 1
    return i


def _is_boundary(text: str, a: int, m: re.Match[str], german: bool) -> bool:
    term = m.group(1)
    closers = m.group(2)
    nxt = m.end()
    c = text[nxt]
    w = _NEXT_WORD.match(text, nxt)
    if w is not None:
        c = w.group(1)[0]
    lower = c.islower()
    if lower and closers and closers[-1] in "\"'”’»›":
        return False  # '"I agree." he said'
    if "?" in term or "!" in term:
        return True
    if len(term) > 1 or term == "…":  # ellipsis
        return not lower

    # A single period: look at the token it ends.
    s = m.start()
    tok_start = _token_start(text, a, s)
    tok = text[tok_start:s]
    if not tok:
        return True
    if tok[-1] in ")]}\"'”’»›":
        return True  # "(see above). Then" -- never an abbreviation
    key = tok.lstrip("([{\"'“‘„«‹*_").lower()
    if not key:
        return True

    # List markers at the start of a line: "1. First item", "a. Option".
    if (len(key) <= 3 and key.isdigit()) or (len(key) == 1 and key.isalpha()):
        line_start = tok_start == a or text[tok_start - 1] == "\n"
        if line_start and tok[0] not in "([\"'":
            return False

    if key in _NO_SPLIT:
        return False
    digit = c.isdigit()
    if digit:
        return not (key in _NUMERIC or key in _MONTHS or _abbrev_like(key))
    if lower:
        if key.isdigit():
            return False  # "op 3. januari", "de 2. versie" -- rarely a sentence end
        # Only a real word ends a sentence before lower case ("ok. sounds good"); not a URL,
        # number or anything abbreviation-like ("approx. five", "mvg. tot").
        return key.isalpha() and not _abbrev_like(key)
    if not c.isupper():
        # Symbols, emoji, dashes: break unless it is clearly an abbreviation.
        return not (_abbrev_like(key) or key in _SOFT)

    # Next word is capitalised.
    if key in _SOFT or key in _NUMERIC:
        return True
    nxt_word = w.group(1).lower() if w is not None else ""
    if len(key) == 1 and key.isalpha():
        if tok[-1].isupper() and key != "i":  # an initial: "M. Vale", "J.F. Kennedy"
            return nxt_word in _STARTERS
        return True
    if key.isdigit():
        if nxt_word in _MONTH_NAMES:
            return False  # "am 3. Mai", "le 1. juin"
        return not (german and len(key) <= 2)  # German ordinals: "der 2. Weltkrieg"
    if "." in key and _DOTTED.fullmatch(key):
        return nxt_word in _STARTERS  # "U.S. Army" vs "the U.S. The"
    return True


def _abbrev_like(key: str) -> bool:
    """Looks like an abbreviation: listed, dotted (``z.B``), one letter, or no vowels (``mvg``)."""
    if key in _NO_SPLIT or key in _NUMERIC or key in _SOFT:
        return True
    if len(key) == 1:
        return key.isalpha()
    if "." in key:
        return _DOTTED.fullmatch(key) is not None
    return len(key) <= 5 and key.isalpha() and _VOWELS.isdisjoint(key)
