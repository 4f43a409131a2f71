"""Group the addresses and name variants of one person into an identity.

Pure functions: no I/O, no SQL. The store calls :func:`resolve_identities` with every
distinct ``(email, display name)`` pair it has observed plus the user's corrections,
and persists the result.

How it decides (union-find over email addresses, in this order):

0. The user's ``merges`` are applied first (they always win); ``splits`` mark an email
   as "frozen": no automatic rule ever unions a cluster that holds a split email.
1. Role addresses (``info@``, ``noreply@``, list posting addresses, anything seen with
   ``is_list``, a list rewrite like ``"Marcus Vale via numpy" <list@…>``, and addresses
   seen with three or more different surnames) are never linked by the automatic rules.
2. Full names: same first name + same surname (tussenvoegsels such as "de", "van der"
   belong to the surname; "Vale, Marcus" is read as "Marcus Vale"). A nickname is its formal
   name ("Rick" = "Richard", "Jim" = "James") on one domain only; across domains the first
   names must be written alike. On one address, a name that cannot be the same person as a
   more frequent name there ("Mark A Taylor" on the address of "Mark E Taylor") is not used. Middle names and
   middle initials are ignored when every variant in the group agrees on them
   ("Catelyn T. Stark" = "Catelyn Tully Stark" = "Catelyn Stark"); when two variants
   disagree ("John A. Smith" vs "John B. Smith") only exact full names link.
   Generic names ("Support Team", "Acme Inc") and single names ("John") never link, and
   a name seen on an address less often than a name with another surname is not used
   (a one-off wrong name must not bridge two people).
3. Initial forms: "M. Vale" / "R.M. Everson" join the single full-name cluster with
   that surname and compatible initials; if there are two candidates, nothing happens.
4. Local parts: an address with no usable name (none, a single first name, the address
   itself) joins the person whose name spells its local part under the *same domain*
   (``marcus.vale@``, ``mvale@``, ``m.vale@``, ``vale.m@``, ``vale@``, ``mv@``; separators,
   ``+tags`` and trailing digits ignored; a bare first name is too weak) when exactly one
   cluster qualifies. A single-word name on that address must agree (be the candidate's
   first name or surname). On free-mail domains (gmail, hotmail, …) only local parts
   that spell both the first name and the surname count.
5. Name-only observations (``email == ""``) attach to the one identity with that name
   (exact normalized name, then first+surname, then initial form); otherwise they form
   a name-only identity keyed ``"name:<normalized name>"``. Names seen only as the writer
   of quoted or forwarded text (``quoted``: "Richard B Sanders", "Sara Shackleton/HOU/ECT@ECT",
   "Cross, Edith") do the same, except that a single word or generic name that attaches to
   nobody is dropped rather than made a person.

Name forms of corporate mail are read before any rule: Lotus Notes hierarchical names
(``First Last/OU/ORG@ORG`` -> "First Last", :mod:`onrecord.mail.names`), Exchange's
"Last, First M (Dept)" and "X On Behalf Of Y" (the name of X).
"""

from __future__ import annotations

import gc
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from email.header import decode_header, make_header

from onrecord.mail.names import formal_first_name, notes_name, person_part

__all__ = [
    "Identity",
    "Observed",
    "is_role_address",
    "normalize_name",
    "resolve_identities",
]


@dataclass(frozen=True)
class Observed:
    """One distinct (email, display name) pair and how often it was seen."""

    email: str  # lower-cased, may be "" when a header had only a name
    name: str  # display name as seen (decoded), may be ""
    count: int  # messages where this pair appeared
    is_list: bool = False  # seen as the list's own address (List-Id / List-Post / Sender)
    quoted: bool = False  # a name seen only as the writer of quoted or forwarded text
    seen: int = 0  # From/To/Cc entries with this pair (recipients too); 0: use ``count``


@dataclass
class Identity:
    """A cluster of addresses and names believed to be one person (or one role)."""

    key: str  # smallest email in the cluster, or "name:<normalized>" for name-only
    display_name: str  # best human-readable name ("Marcus Vale")
    emails: list[str]  # sorted
    names: list[str]  # all raw name variants seen, sorted
    is_role: bool  # role/list/no-reply address: never merged by the automatic rules
    count: int = 0  # total observation count of the pairs in the cluster


# --------------------------------------------------------------------------- vocabulary


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Surname particles (Dutch tussenvoegsels and friends). They belong to the surname.
_PARTICLES = _words(
    "van de der den het ter ten te 't 's op in 'in aan bij uit voor von zu zum zur vom "
    "di da del della dei degli dos das do du le la les el al bin ibn bint ben mac st"
)

# Titles stripped from the front of a name. Those in _TITLES_DOT only with a full stop,
# because without one they may be real names ("Ing", "Ir").
_TITLES = _words(
    "dr drs dhr mr mrs ms miss mevr mw mevrouw meneer prof professor sir madam herr frau mme "
    "mlle monsieur madame dott sig sra sr"
)
_TITLES_DOT = _words("ir ing fr hr rev mag dipl lic bc ds")

# Suffixes stripped from the end of a name ("Todd Pitts, Ph.D.").
_SUFFIX_RE = re.compile(
    r"(?:,\s*|\s+)(?:jr|sr|ph\.?\s?d|phd|m\.?d|esq|ii|iii|iv|m\.?sc|b\.?sc|mba|ma|ba|llm|"
    r"msc|bsc|ra|rc|cpa|mphil|dphil)\.?\s*$",
    re.IGNORECASE,
)

# Words that make a display name generic (a team, a role, an organisation).
_GENERIC_WORDS = _words(
    """
    admin administrator administratie support team info information office sales help
    helpdesk service services desk customer customers klantenservice noreply no-reply
    reply donotreply list lists mailing mailinglist group groups committee commissie
    department dept afdeling secretariaat secretariat secretary redactie bestuur board
    webmaster postmaster hostmaster notifications notification notify billing account
    accounts accounting finance mailer daemon system systems newsletter nieuwsbrief news
    bot robot automated automatic alert alerts marketing hr staff receptie reception
    digest owner owners moderator moderators delivery subsystem mail email e-mail
    foundation stichting vereniging inc ltd llc bv nv gmbh ag vzw corp corporation company
    co university universiteit gemeente school community unknown undisclosed recipients
    recipient everyone all members user users discussion announce announcements contact
    """
)

# Local parts that are role addresses by themselves.
_ROLE_LOCALS = _words(
    """
    info information noreply no-reply no_reply donotreply do-not-reply do_not_reply
    postmaster mailer-daemon mailerdaemon mailer_daemon hostmaster webmaster abuse security
    support admin administrator administratie sales office secretariaat secretariat
    secretaris contact hello help helpdesk service services klantenservice customerservice
    team billing accounts accounting finance factuur facturen invoice invoices orders order
    shop store hr jobs careers vacatures marketing press pers media news newsletter
    nieuwsbrief notification notifications notify alerts alert bounce bounces root daemon
    nobody system mail email post reception receptie feedback enquiries inquiries
    communications communicatie redactie bestuur board ledenadministratie general algemeen
    all everyone staff it ict devnull listserv majordomo mailman owner calendar updates
    digest privacy legal compliance dmarc reports list lists announce moderator moderators
    """
)
_ROLE_LOCAL_SUFFIXES = (
    "-request",
    "-bounces",
    "-bounce",
    "-owner",
    "-admin",
    "-announce",
    "-discuss",
    "-discussion",
    "-devel",
    "-users",
    "-help",
    "-list",
    "-subscribe",
    "-unsubscribe",
    "-digest",
    "-leave",
    "-join",
    "-noreply",
    "-no-reply",
    "-notifications",
    "-confirm",
)
_ROLE_LOCAL_PREFIXES = (
    "owner-",
    "bounce",
    "noreply",
    "no-reply",
    "no_reply",
    "donotreply",
    "do-not-reply",
    "do_not_reply",
    "mailer-daemon",
    "notification",
    "newsletter",
    "listserv",
    "majordomo",
    "reply+",
    "reply-",
)
_ROLE_LOCAL_CONTAINS = ("noreply", "no-reply", "donotreply", "do-not-reply", "mailer-daemon")
_ROLE_DOMAIN_PREFIXES = (
    "lists.",
    "list.",
    "listserv.",
    "listserver.",
    "mailman.",
    "groups.",
    "bounce.",
    "bounces.",
    "reply.",
)
_ROLE_DOMAINS = _words(
    """
    googlegroups.com groups.io yahoogroups.com egroups.com freelists.org
    listserv.net mlist.io
    """
)
_ROLE_NAME_RE = re.compile(
    r"(?:\s|^\(|\()via\s|\bmailing\s*list\b|\bno[-_ ]?reply\b|\bdo[-_ ]?not[-_ ]?reply\b|"
    r"\bmailer[-_ ]daemon\b|\bmail delivery (?:sub)?system\b|\bpostmaster\b",
    re.IGNORECASE,
)

# Domains shared by unrelated people: only strong local-part evidence counts there.
_FREEMAIL = _words(
    """
    gmail.com googlemail.com yahoo.com yahoo.co.uk yahoo.fr yahoo.de ymail.com hotmail.com
    hotmail.nl hotmail.co.uk hotmail.fr hotmail.de live.com live.nl msn.com outlook.com
    outlook.nl aol.com icloud.com me.com mac.com mail.com gmx.de gmx.net gmx.com web.de
    protonmail.com proton.me pm.me yandex.ru yandex.com mail.ru qq.com 163.com 126.com
    ziggo.nl kpnmail.nl planet.nl home.nl hetnet.nl xs4all.nl chello.nl casema.nl
    telenet.be skynet.be libero.it wanadoo.fr orange.fr free.fr laposte.net t-online.de
    freenet.de home.com erols.com earthlink.net comcast.net verizon.net att.net
    pobox.com fastmail.com fastmail.fm zoho.com tutanota.com hushmail.com
    """
)

# --------------------------------------------------------------------------- names

_FOLD_MAP = str.maketrans(
    {
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ł": "l",
        "Ł": "L",
        "þ": "th",
        "Þ": "TH",
        "ð": "d",
        "ı": "i",
        "‘": "'",
        "’": "'",
        "‚": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "«": '"',
        "»": '"',
        "‐": "-",
        "‑": "-",
        "‒": "-",
        "–": "-",
        "—": "-",
    }
)

_EMAIL_IN_NAME_RE = re.compile(
    r"<?\s*[\w.+'%=!#$&*/?^`{|}~-]+\s*(?:@|\s+at\s+)\s*[\w-]+(?:\.[\w-]+)+\.*\s*>?",
    re.IGNORECASE,
)
_EMAIL_EXTRACT_RE = re.compile(
    r"([\w.+'%=!#$&*/?^`{|}~-]+)\s*(?:@|\s+at\s+)\s*([\w-]+(?:\.[\w-]+)+)", re.IGNORECASE
)
_VIA_PAREN_RE = re.compile(r"\(\s*via\b[^)]*\)", re.IGNORECASE)
_VIA_TAIL_RE = re.compile(r"\s+via\s+.*$", re.IGNORECASE | re.DOTALL)
_BRACKETS_RE = re.compile(r"\([^)]*\)|\[[^\]]*\]|\{[^}]*\}|<[^>]*>")
_INNER_QUOTED_RE = re.compile(r"\s\"[^\"]*\"(?=\s)|\s'[^']{2,}'(?=\s)")
_QUOTES = "\"'`"
_SPACE_RE = re.compile(r"\s+")
_NONWORD_RE = re.compile(r"[^\w\s'-]+|_")
_WORD_TOKEN_RE = re.compile(r"^[^\W\d_]+(?:['-][^\W\d_]+)*$")
_SIMPLE_NAME_RE = re.compile(r"^[A-Za-z]+(?: [A-Za-z]+)*$")


def _decode(name: str) -> str:
    if "=?" not in name:
        return name
    try:
        return str(make_header(decode_header(name)))
    except Exception:  # malformed encoded word: keep the raw text
        return name


def _strip_quotes(s: str) -> str:
    s = s.strip()
    while len(s) >= 2 and s[0] == s[-1] and s[0] in _QUOTES:
        s = s[1:-1].strip()
    return s.strip('"` ')


def _strip_titles(s: str) -> str:
    while True:
        head, _, rest = s.partition(" ")
        if not rest:
            return s
        bare = head.rstrip(".").lower()
        if bare in _TITLES or (head.endswith(".") and bare in _TITLES_DOT):
            s = rest.lstrip()
            continue
        return s


def _clean(name: str) -> str:
    """Structural clean-up that keeps case and accents ("Vale, Dr. Marcus" -> "Marcus Vale")."""
    s = _decode(name).translate(_FOLD_MAP)
    s = _SPACE_RE.sub(" ", s).strip()
    if not s:
        return ""
    s = person_part(s)  # "Mark Taylor@ECT on 08/22/2000", "Dernehl, Ginger On Behalf Of …"
    if "/" in s or "@" in s:  # Lotus Notes: "Sara Shackleton/HOU/ECT@ECT"
        s = notes_name(s)
    if _SIMPLE_NAME_RE.match(s) and " via " not in s.lower():  # fast path: "First Last"
        return _strip_titles(s)
    s = _strip_quotes(s)
    low = s.lower()
    if "via" in low:
        s = _VIA_PAREN_RE.sub(" ", s)
        s = _VIA_TAIL_RE.sub("", s)
    if "@" in s or " at " in low:
        s = _EMAIL_IN_NAME_RE.sub(" ", s)
    if any(c in s for c in "([{<"):
        s = _BRACKETS_RE.sub(" ", s)
    s = _strip_quotes(_SPACE_RE.sub(" ", s).strip(" ,;:/|-"))
    if '"' in s or "'" in s:
        s = _INNER_QUOTED_RE.sub(" ", f" {s} ")
        s = _SPACE_RE.sub(" ", s).strip(" ,;:/|-")
    for _ in range(3):
        stripped = _SUFFIX_RE.sub("", s).strip(" ,")
        if stripped == s or not stripped:
            break
        s = stripped
    if "," in s:
        before, _, after = s.partition(",")
        after = after.split(",", 1)[0]
        before, after = before.strip(), after.strip()
        b_tokens = before.split()
        core = [t for t in b_tokens if t.lower() not in _PARTICLES]
        if after and len(core) == 1 and 1 <= len(after.split()) <= 4:
            s = f"{_strip_titles(after)} {before}"  # "Vale, Marcus" / "Vries, Jan de"
        else:
            s = before or after
    s = _strip_titles(s)
    return _SPACE_RE.sub(" ", s).strip(" ,;:")


def _fold(s: str) -> str:
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s)
        s = "".join(c for c in s if not unicodedata.combining(c))
    s = _NONWORD_RE.sub(" ", s.lower().replace(".", " "))
    tokens = [t.strip("-") for t in s.split()]
    tokens = [t if t in ("'t", "'s") else t.strip("'") for t in tokens]
    return " ".join(t for t in tokens if t)


def normalize_name(name: str) -> str:
    """Normalize a display name for matching.

    ``"Vale, Marcus"`` -> ``"marcus vale"``; strips quotes, titles (Dr., Dhr., Mr.),
    suffixes (Ph.D., Jr.), ``(via Google Groups)``, ``via List``, addresses inside the
    name, parenthesised remarks and nicknames; folds accents and case; turns full stops
    into spaces (``"R.M.Everson"`` -> ``"r m everson"``). Returns ``""`` when nothing
    name-like is left (e.g. the name was just an address).
    """
    return _fold(_clean(name))


@dataclass(frozen=True, slots=True)
class _Name:
    clean: str  # cased display form
    norm: str  # normalize_name()
    kind: int  # 3 full person name, 2 initial form, 1 single token, 0 generic/unusable
    role_cue: bool  # the name marks a list/machine sender ("X via List", "Mail Delivery")
    first: str = ""  # full first name, nicknames in their formal form ("" for an initial form)
    initials: tuple[str, ...] = ()  # first initial + middle initials
    surname: str = ""  # with particles, space separated ("de vries")
    surname_core: str = ""  # without particles ("vries")
    spoken: str = ""  # the first name as written ("rick" for first "richard")

    @property
    def person_key(self) -> tuple[str, str]:
        return (self.first, self.surname)


def _analyze(raw: str) -> _Name:
    clean = _clean(raw)
    norm = _fold(clean)
    cue = bool(_ROLE_NAME_RE.search(_decode(raw)))
    if not norm:
        return _Name(clean, norm, 0, cue)
    tokens = norm.split()
    if any(t in _GENERIC_WORDS for t in tokens):
        return _Name(clean, norm, 0, cue)
    if len(tokens) == 1:
        return _Name(clean, norm, 1 if _WORD_TOKEN_RE.match(tokens[0]) else 0, cue)
    if len(tokens) > 6 or not all(t in _PARTICLES or _WORD_TOKEN_RE.match(t) for t in tokens):
        return _Name(clean, norm, 0, cue)
    # Surname: last token plus the particles right before it (not the first token).
    i = len(tokens) - 1
    while i > 1 and tokens[i - 1] in _PARTICLES:
        i -= 1
    given = tokens[:i]
    surname_tokens = tokens[i:]
    if len(surname_tokens[-1]) == 1:  # "Marcus V." -- no usable surname
        return _Name(clean, norm, 1, cue)
    surname = " ".join(surname_tokens)
    core = surname_tokens[-1]
    initials = tuple(t[0] for t in given)
    first = given[0]
    if len(first) == 1:  # "M. Vale", "R M Everson", "J. de Vries"
        if any(len(t) > 1 for t in given):
            return _Name(clean, norm, 1, cue)  # "M. Marcus Vale"-style oddities: not used
        return _Name(clean, norm, 2, cue, "", initials, surname, core)
    formal = formal_first_name(first)
    if formal != first:  # "Rick Shapiro" is a "Richard Shapiro"; initials follow the formal name
        initials = (formal[0], *initials[1:])
    return _Name(clean, norm, 3, cue, formal, initials, surname, core, first)


# --------------------------------------------------------------------------- roles


def is_role_address(email: str, name: str = "") -> bool:
    """True for role, list and machine addresses, which must never be merged into a person.

    Looks at the local part (``info@``, ``noreply@``, ``*-request@``, ``owner-*@``…), the
    domain (``lists.*``, ``googlegroups.com``…) and, when given, the display name
    (``"Marcus Vale via numpy"``, ``"(via Google Groups)"``, ``"Mail Delivery System"``).
    """
    email = email.strip().lower()
    if name and _ROLE_NAME_RE.search(_decode(name)):
        return True
    if "@" not in email:
        return False
    local, _, domain = email.rpartition("@")
    base = local.split("+", 1)[0] or local
    if base in _ROLE_LOCALS or local in _ROLE_LOCALS:
        return True
    if base.endswith(_ROLE_LOCAL_SUFFIXES) or local.startswith(_ROLE_LOCAL_PREFIXES):
        return True
    if any(c in local for c in _ROLE_LOCAL_CONTAINS):
        return True
    if domain in _ROLE_DOMAINS or domain.startswith(_ROLE_DOMAIN_PREFIXES):
        return True
    return ".lists." in domain or ".bounces." in domain


# --------------------------------------------------------------------------- union-find


class _UnionFind:
    """Union-find whose root is always the smallest index (= smallest email)."""

    __slots__ = ("frozen", "parent")

    def __init__(self, n: int, frozen: Iterable[int] = ()) -> None:
        self.parent = list(range(n))
        self.frozen = [False] * n
        for i in frozen:
            self.frozen[i] = True

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, a: int, b: int, *, forced: bool = False) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if not forced and (self.frozen[ra] or self.frozen[rb]):
            return False
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.frozen[ra] = self.frozen[ra] or self.frozen[rb]
        return True


# --------------------------------------------------------------------------- local parts


def _local_forms(n: _Name, freemail: bool) -> set[str]:
    """Local parts (separators removed) that a person with this name plausibly uses."""
    out = _local_forms_of(n.first, n.initials, n, freemail)
    if n.spoken and n.spoken != n.first:  # "Bill Kyle": bill.kyle@ as well as william.kyle@
        out |= _local_forms_of(n.spoken, (n.spoken[0], *n.initials[1:]), n, freemail)
    return out


def _local_forms_of(first: str, initials: tuple[str, ...], n: _Name, freemail: bool) -> set[str]:
    out: set[str] = set()
    mids = "".join(initials[1:])
    fi = initials[0]
    f = first.replace("-", "")
    surnames = {n.surname.replace(" ", "").replace("-", ""), n.surname_core.replace("-", "")}
    for s in surnames:
        if f:
            out.add(f + s)  # marcusvale, marcus.vale, marcus_vale
            out.add(s + f)  # vale.marcus
            if mids:
                out.add(f + mids + s)  # catelyn.t.stark
        if freemail:
            continue
        out.add(fi + s)  # mvale, m.vale
        out.add(s + fi)  # vale.m
        out.add(s)  # vale
        if mids:
            out.add(fi + mids + s)  # rmeverson, r.m.everson
        if f:
            out.add(f + s[0])  # marcusv, marcus.v  (a bare "marcus@" is too weak)
    if not freemail:
        out.add("".join(initials) + n.surname_core[0])  # mv
        if n.surname != n.surname_core:
            out.add("".join(initials) + "".join(t[0] for t in n.surname.split()))  # jdv
    return out


_LOCAL_SEP_RE = re.compile(r"[._'-]+")


def _local_keys(local: str) -> list[str]:
    """Lookup keys for a local part: tag and separators removed, then trailing digits."""
    base = _LOCAL_SEP_RE.sub("", local.split("+", 1)[0] or local)
    keys = [base]
    stripped = base.rstrip("0123456789")
    if stripped and stripped != base:
        keys.append(stripped)
    return keys


def _initials_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _same_person_names(a: _Name, b: _Name) -> bool:
    """Whether two names with one surname can be one person's: the same first name (or
    compatible initials where one is an initial form) and middle initials that agree."""
    if a.first and b.first and a.first != b.first:
        return False
    return _initials_compatible(a.initials, b.initials)


def _agreeing(names: list[_Name]) -> list[_Name]:
    """The names of one address that can all be one person, most frequent first.

    A shared alias carries its owner's name and now and then another's: ``mark.taylor@`` is
    "Mark Taylor" 1,040 times, "Mark E Taylor" 18 and "Mark A Taylor" 7 in the Enron mail, and
    Mark A Taylor is another man with his own address. Linking on every name would make the two
    Taylors one person, so a name that cannot be the same person as a more frequent one kept
    before it ("Mark A" against "Mark E", "Michael" against "Mark") is not used for linking.
    """
    kept: list[_Name] = []
    for n in names:
        if all(_same_person_names(n, k) for k in kept):
            kept.append(n)
    return kept


# --------------------------------------------------------------------------- resolve


def resolve_identities(
    observed: Iterable[Observed],
    merges: Iterable[tuple[str, str]] = (),
    splits: Iterable[str] = (),
) -> list[Identity]:
    """Group observed (email, name) pairs into identities; see the module docstring.

    ``merges``: pairs of emails the user said are the same person (forced union).
    ``splits``: emails the user said are their own person; they are kept apart from
    everything the automatic rules would link them to (a merge naming them still wins).
    Output is sorted by ``key`` and fully deterministic.
    """
    # Building ~10^6 small objects triggers many full cyclic-GC passes; none of them is
    # cyclic, so pause the collector (and restore its previous state) while we work.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _resolve(observed, merges, splits)
    finally:
        if was_enabled:
            gc.enable()


def _resolve(
    observed: Iterable[Observed],
    merges: Iterable[tuple[str, str]],
    splits: Iterable[str],
) -> list[Identity]:
    # ---- aggregate the input
    email_names: dict[str, dict[str, int]] = defaultdict(dict)
    email_count: dict[str, int] = defaultdict(int)
    listed: set[str] = set()
    name_only: dict[str, int] = defaultdict(int)
    named_outside_quotes: set[str] = set()  # name-only names seen other than as quoted writers
    for ob in observed:
        email = ob.email.strip().lower()
        name = " ".join(_decode(ob.name).split()) if ob.name else ""
        if not email and name:
            m = _EMAIL_EXTRACT_RE.search(name)
            if m and _fold(_clean(name)) == "":
                email = f"{m.group(1)}@{m.group(2)}".lower()
        if not email:
            if name:
                name_only[name] += ob.count
                if not ob.quoted:
                    named_outside_quotes.add(name)
            continue
        names = email_names[email]  # (weighed by all sightings: which name it mostly goes by)
        names[name] = names.get(name, 0) + max(ob.count, ob.seen)
        email_count[email] += ob.count
        if ob.is_list:
            listed.add(email)

    merge_pairs = [(a.strip().lower(), b.strip().lower()) for a, b in merges]
    split_set = {s.strip().lower() for s in splits}
    split_set.discard("")
    for a, b in merge_pairs:
        for e in (a, b):
            if e:
                email_names.setdefault(e, {})
    for e in split_set:
        email_names.setdefault(e, {})

    emails = sorted(email_names)
    index = {e: i for i, e in enumerate(emails)}
    cache: dict[str, _Name] = {}

    def analyze(raw: str) -> _Name:
        n = cache.get(raw)
        if n is None:
            n = cache[raw] = _analyze(raw)
        return n

    # ---- roles and the names each email contributes to linking
    is_role = [False] * len(emails)
    linking: list[list[_Name]] = [[] for _ in emails]
    for i, email in enumerate(emails):
        names = email_names[email]
        analyzed = [(analyze(nm), c) for nm, c in names.items() if nm]
        if email in listed or is_role_address(email) or any(n.role_cue for n, _ in analyzed):
            is_role[i] = True
            continue
        if len(analyzed) > 1:
            analyzed.sort(key=lambda nc: (-nc[1], nc[0].norm))
        persons = [(n, c) for n, c in analyzed if n.kind >= 2]
        if len({n.surname for n, _ in persons}) >= 3:
            is_role[i] = True  # one address, three surnames: a shared/list address
            continue
        if persons:
            dominant = persons[0][0].surname  # drop minority names with another surname
            linking[i] = _agreeing([n for n, _ in persons if n.surname == dominant])

    uf = _UnionFind(len(emails), (index[e] for e in split_set))
    for a, b in merge_pairs:
        if a and b:
            uf.union(index[a], index[b], forced=True)

    # ---- rule 2: full names (first + surname; middle parts must agree)
    full_groups: dict[tuple[str, str], list[tuple[int, _Name]]] = defaultdict(list)
    by_initial: dict[tuple[str, str], list[tuple[int, _Name]]] = defaultdict(list)
    for i, names in enumerate(linking):
        for n in names:
            if n.kind == 3:
                full_groups[n.person_key].append((i, n))
                by_initial[(n.initials[0], n.surname)].append((i, n))
    for members in full_groups.values():  # order-free: the root is always the min email
        sigs = {n.initials[1:] for _, n in members}
        longest = max(sigs, key=len)
        if all(longest[: len(s)] == s for s in sigs):
            # A nickname links only on one domain ("Jim Steffes" and "James D Steffes" at
            # enron.com); across domains the first names must be written alike, because
            # "mike taylor" at hotmail.com is not Enron's Michael E Taylor.
            by_domain: dict[str, int] = {}
            by_spoken: dict[str, int] = {}
            for i, n in members:
                j = by_domain.setdefault(emails[i].rpartition("@")[2], i)
                k = by_spoken.setdefault(n.spoken or n.first, i)
                uf.union(j, i)
                uf.union(k, i)
        else:  # conflicting middle names: only identical full names link
            exact: dict[str, int] = {}
            for i, n in members:
                j = exact.setdefault(n.norm, i)
                if j != i:
                    uf.union(j, i)

    # ---- rule 3: initial forms join the unique matching full-name cluster
    pending: list[tuple[int, int]] = []
    for i, names in enumerate(linking):
        for n in names:
            if n.kind != 2:
                continue
            roots = {
                uf.find(j)
                for j, full in by_initial.get((n.initials[0], n.surname), ())
                if _initials_compatible(n.initials, full.initials)
            }
            own = uf.find(i)
            if len(roots) == 1 and own not in roots:
                pending.append((i, roots.pop()))
    for a, b in pending:
        uf.union(a, b)

    # ---- rule 4: address without a usable name -> person whose name spells the local part
    weak: list[tuple[int, list[str], set[str]]] = []  # (email, local keys, name hints)
    for i, email in enumerate(emails):
        if is_role[i] or linking[i] or uf.frozen[uf.find(i)] or "@" not in email:
            continue
        local = email.rpartition("@")[0]
        keys = _local_keys(local)
        hints = set()
        for nm in email_names[email]:
            n = analyze(nm)
            if n.kind == 1 and n.norm not in keys:
                hints.add(n.norm)
        weak.append((i, keys, hints))
    wanted: set[str] = {
        f"{lk}@{emails[i].rpartition('@')[2]}" for i, keys, _ in weak for lk in keys
    }
    wanted_domains = {w.rpartition("@")[2] for w in wanted}
    local_index: dict[str, list[tuple[int, _Name]]] = defaultdict(list)
    for i, names in enumerate(linking):
        if not names:
            continue
        domain = emails[i].rpartition("@")[2]
        if domain not in wanted_domains:
            continue
        free = domain in _FREEMAIL
        for n in names:
            for form in _local_forms(n, free):
                key = f"{form}@{domain}"
                if key in wanted:
                    local_index[key].append((i, n))
    pending = []
    for i, keys, hints in weak:
        domain = emails[i].rpartition("@")[2]
        roots: set[int] = set()
        for lk in keys:
            for j, n in local_index.get(f"{lk}@{domain}", ()):
                if all(h in (n.first, n.surname_core, n.surname) for h in hints):
                    roots.add(uf.find(j))
            if roots:
                break
        roots.discard(uf.find(i))
        if len(roots) == 1:
            pending.append((i, roots.pop()))
    for a, b in pending:
        uf.union(a, b)

    # ---- collect clusters
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(emails)):
        clusters[uf.find(i)].append(i)
    cluster_names: dict[int, dict[str, int]] = {}
    for root, members in clusters.items():
        agg: dict[str, int] = defaultdict(int)
        for i in members:
            for nm, c in email_names[emails[i]].items():
                if nm:
                    agg[nm] += c
        cluster_names[root] = agg
    person_roots = [r for r in clusters if not all(is_role[i] for i in clusters[r])]
    attached_count: dict[int, int] = defaultdict(int)
    name_only_groups: dict[str, dict[str, int]] = defaultdict(dict)

    # ---- rule 5: name-only observations
    if name_only:
        by_norm: dict[str, set[int]] = defaultdict(set)
        by_key: dict[tuple[str, str], set[int]] = defaultdict(set)
        by_init: dict[tuple[str, str], list[tuple[int, _Name]]] = defaultdict(list)
        for r in person_roots:
            for i in clusters[r]:
                used = {n.norm for n in linking[i]}
                for nm in email_names[emails[i]]:
                    n = analyze(nm)
                    if n.kind >= 2 and n.norm not in used:
                        continue  # a name not used for linking (someone else's on this address)
                    if n.norm:
                        by_norm[n.norm].add(r)
                    if n.kind == 3:
                        by_key[n.person_key].add(r)
                        by_init[(n.initials[0], n.surname)].append((r, n))
        for nm in sorted(name_only):
            c = name_only[nm]
            n = analyze(nm)
            target: set[int] = set(by_norm.get(n.norm, ())) if n.norm else set()
            if not target and n.kind == 3:
                target = set(by_key.get(n.person_key, ()))
            if not target and n.kind == 2:
                target = {
                    r
                    for r, full in by_init.get((n.initials[0], n.surname), ())
                    if _initials_compatible(n.initials, full.initials)
                }
            if len(target) == 1:
                r = target.pop()
                cluster_names[r][nm] = cluster_names[r].get(nm, 0) + c
                attached_count[r] += c
            elif n.kind >= 2 or nm in named_outside_quotes:
                # (a quoted writer's lone first name or a garbled header line is no person)
                group = name_only_groups[n.norm or nm.lower()]
                group[nm] = group.get(nm, 0) + c

    # ---- build identities
    result: list[Identity] = []
    for root, members in clusters.items():
        names = cluster_names[root]
        member_emails = [emails[i] for i in members]
        role = all(is_role[i] for i in members)
        result.append(
            Identity(
                key=emails[root],
                display_name=_best_display(names, analyze, role) or emails[root],
                emails=sorted(member_emails),
                names=sorted(names),
                is_role=role,
                count=sum(email_count.get(e, 0) for e in member_emails) + attached_count[root],
            )
        )
    for norm, names in name_only_groups.items():
        result.append(
            Identity(
                key=f"name:{norm}",
                display_name=_best_display(names, analyze, False) or norm,
                emails=[],
                names=sorted(names),
                is_role=False,
                count=sum(names.values()),
            )
        )
    result.sort(key=lambda ident: ident.key)
    return result


def _best_display(names: dict[str, int], analyze: Callable[[str], _Name], role: bool) -> str:
    """Pick the most readable name: a full name over initials over a single word."""
    if role:  # "Marcus Vale via numpy" names the sender, not the list
        names = {nm: c for nm, c in names.items() if not analyze(nm).role_cue}
        if len({analyze(nm).norm for nm in names} - {""}) != 1:
            return ""  # a list rewriting many senders: show the address instead
    if len(names) == 1:  # fast path
        n = analyze(next(iter(names)))
        if not n.norm:
            return ""
        return n.clean if _case_score(n.clean) else _smart_title(n.clean)
    by_norm: dict[str, list[tuple[str, int]]] = defaultdict(list)
    kind: dict[str, int] = {}
    for nm, c in names.items():
        n = analyze(nm)
        if not n.norm:
            continue
        by_norm[n.norm].append((n.clean, c))
        kind[n.norm] = n.kind
    if not by_norm:
        return ""
    best_norm = min(
        by_norm,
        key=lambda k: (
            -kind[k],
            -sum(c for _, c in by_norm[k]),
            -len(k.split()),
            k,
        ),
    )
    variants: dict[str, int] = defaultdict(int)
    for clean, c in by_norm[best_norm]:
        variants[clean] += c

    best = min(variants, key=lambda s: (-_case_score(s), -variants[s], s))
    if _case_score(best) == 0:
        best = _smart_title(best)
    return best


def _case_score(s: str) -> int:
    """1 when every word looks properly capitalised ("Jan de Vries", "McDonald")."""
    for k, word in enumerate(s.split()):
        if k > 0 and word in _PARTICLES:
            continue
        if not word[:1].isupper() or (len(word) > 2 and word[1:].isupper()):
            return 0
    return 1


def _smart_title(s: str) -> str:
    words = s.split()
    out = []
    for k, w in enumerate(words):
        if k > 0 and w.lower() in _PARTICLES:
            out.append(w.lower())
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)
