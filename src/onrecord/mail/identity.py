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
   belong to the surname; "Vale, Marcus" is read as "Marcus Vale"). Middle names and
   middle initials are ignored when every variant in the group agrees on them
   ("Catelyn T. Stark" = "Catelyn Tully Stark" = "Catelyn Stark"); when two variants
   disagree ("John A. Smith" vs "John B. Smith") only exact full names link.
   Generic names ("Support Team", "Acme Inc") and single names ("John") never link, and
   a name seen on an address less often than a name with another surname is not used
   (a one-off wrong name must not bridge two people); nor is a name that cannot be the
   same person as a more frequent name on that address ("Mark A Taylor" typed on the
   address of "Mark E Taylor"). A nickname is its formal name ("Jim" = "James") only on
   one domain and on an address that spells the formal name ("Jim Steffes" on
   ``james.d.steffes@``); elsewhere the first names must be written alike.
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
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from onrecord.mail.names import EMAIL_EXTRACT_RE as _EMAIL_EXTRACT_RE
from onrecord.mail.names import Name as _Name
from onrecord.mail.names import analyze_name as _analyze
from onrecord.mail.names import case_score as _case_score
from onrecord.mail.names import clean_name as _clean
from onrecord.mail.names import decode_name as _decode
from onrecord.mail.names import fold_name as _fold
from onrecord.mail.names import normalize_name
from onrecord.mail.names import smart_title as _smart_title
from onrecord.mail.roles import FREEMAIL as _FREEMAIL
from onrecord.mail.roles import is_role_address

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
            # A nickname links to its formal name only on one domain and where the address
            # spells the formal name ("Jim Steffes" on james.d.steffes@ is James D Steffes);
            # otherwise the first names must be written alike: "mike taylor" at hotmail.com is
            # not Enron's Michael E Taylor, and jim.lewis@ may be another man than james.lewis@.
            by_domain: dict[str, int] = {}
            by_spoken: dict[str, int] = {}
            for i, n in members:
                local, _, domain = emails[i].rpartition("@")
                if not n.spoken or n.spoken == n.first or n.first in local:
                    uf.union(by_domain.setdefault(domain, i), i)
                uf.union(by_spoken.setdefault(n.spoken or n.first, i), i)
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
