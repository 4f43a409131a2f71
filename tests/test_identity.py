"""Tests for onrecord.mail.identity: grouping addresses and names into persons."""

from __future__ import annotations

import re
from email.header import decode_header, make_header
from pathlib import Path

import pytest

from onrecord.mail.identity import (
    Identity,
    Observed,
    is_role_address,
    normalize_name,
    resolve_identities,
)

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
BIGBANG = CORPORA / "bigbang-mailing-lists"
needs_corpora = pytest.mark.skipif(not BIGBANG.is_dir(), reason="shared corpora not present")


def ob(email: str, name: str = "", count: int = 1, is_list: bool = False) -> Observed:
    return Observed(email, name, count, is_list)


def by_email(identities: list[Identity]) -> dict[str, Identity]:
    return {e: ident for ident in identities for e in ident.emails}


def same(identities: list[Identity], *emails: str) -> bool:
    index = by_email(identities)
    return len({index[e].key for e in emails}) == 1


# --------------------------------------------------------------------------- normalize_name


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Vale, Marcus", "marcus vale"),
        ('"Marcus Vale"', "marcus vale"),
        ("'Marcus Vale'", "marcus vale"),
        ("Dr. Marcus Vale", "marcus vale"),
        ("Dhr. M. Vale", "m vale"),
        ("Mr Marcus Vale", "marcus vale"),
        ("Prof. dr. Marcus Vale", "marcus vale"),
        ("Marcus Vale (via Google Groups)", "marcus vale"),
        ("'Marcus Vale' via numpy-discussion", "marcus vale"),
        ("Marcus Vale <marcus@vale-corp.example>", "marcus vale"),
        ("marcus@vale-corp.example", ""),
        ("barnard at stat.harvard.edu", ""),
        ("Vries, Jan de", "jan de vries"),
        ("de Vries, Jan", "jan de vries"),
        ("Stark, Catelyn T.", "catelyn t stark"),
        ("Todd Alan Pitts, Ph.D.", "todd alan pitts"),
        ("Tyrion Lannister, Hand of the King", "tyrion lannister"),
        ('Brynden "Blackfish" Tully', "brynden tully"),
        ("R.M.Everson", "r m everson"),
        ("José Ñúñez-García", "jose nunez-garcia"),
        ("Jochen =?iso-8859-1?q?K=FCpper?=", "jochen kupper"),
        ("Samwell TARLY", "samwell tarly"),
        ("Wuyuchun (Wu Yuchun, Hisilicon)", "wuyuchun"),
        ("", ""),
    ],
)
def test_normalize_name(raw: str, expected: str) -> None:
    assert normalize_name(raw) == expected


# --------------------------------------------------------------------------- is_role_address


@pytest.mark.parametrize(
    "email",
    [
        "info@acme.example",
        "noreply@acme.example",
        "no-reply@accounts.example",
        "donotreply@bank.example",
        "postmaster@acme.example",
        "mailer-daemon@mx.acme.example",
        "numpy-discussion-request@lists.sourceforge.net",
        "numpy-discussion-bounces@scipy.org",
        "numpy-discussion@lists.sourceforge.net",
        "python-dev@googlegroups.com",
        "owner-linux-kernel@vger.example",
        "support@acme.example",
        "admin@acme.example",
        "sales+eu@acme.example",
        "office@acme.example",
        "secretariaat@gemeente.example",
        "3gpp_tsg_ran_wg4@list.etsi.org",
        "notifications@github.com",
        "reply+abc123@reply.github.com",
        "no.address@enron.com",
        "directie@brouwerij.example",
        "iedereen@brouwerij.example",
        "all-staff@acme.example",
    ],
)
def test_role_addresses(email: str) -> None:
    assert is_role_address(email)


@pytest.mark.parametrize(
    "email",
    [
        "marcus@vale-corp.example",
        "marcus.vale@gmail.example",
        "oliphant@ee.byu.edu",
        "info.smith@acme.example",
        "listerine@acme.example",
        "jan.devries@gemeente.example",
    ],
)
def test_person_addresses(email: str) -> None:
    assert not is_role_address(email)


def test_role_by_display_name() -> None:
    assert is_role_address("numpy@scipy.example", "Marcus Vale via numpy-discussion")
    assert is_role_address("x@groups.example", "Marcus Vale (via Google Groups)")
    assert is_role_address("x@mx.example", "Mail Delivery Subsystem")
    assert not is_role_address("marcus@vale-corp.example", "Marcus Vale")


# --------------------------------------------------------------------------- merging


def test_vale_example() -> None:
    ids = resolve_identities(
        [
            ob("marcus@vale-corp.example", "Vale, Marcus", 5),
            ob("mv@vale-corp.example", "M. Vale", 2),
            ob("marcus.vale@gmail.example", "Marcus Vale", 3),
        ]
    )
    assert len(ids) == 1
    ident = ids[0]
    assert ident.display_name == "Marcus Vale"
    assert ident.emails == [
        "marcus.vale@gmail.example",
        "marcus@vale-corp.example",
        "mv@vale-corp.example",
    ]
    assert ident.names == ["M. Vale", "Marcus Vale", "Vale, Marcus"]
    assert ident.key == "marcus.vale@gmail.example"
    assert not ident.is_role
    assert ident.count == 10


def test_dutch_tussenvoegsel() -> None:
    ids = resolve_identities(
        [
            ob("jan@devries.example", "Jan de Vries"),
            ob("j.devries@werk.example", "Vries, Jan de"),
            ob("jdv@club.example", "J. de Vries"),
            ob("piet@devries.example", "Piet de Vries"),
            ob("jan@vries.example", "Jan Vries"),  # a different surname: "Vries" != "de Vries"
        ]
    )
    assert same(ids, "jan@devries.example", "j.devries@werk.example", "jdv@club.example")
    assert not same(ids, "jan@devries.example", "piet@devries.example")
    assert not same(ids, "jan@devries.example", "jan@vries.example")
    assert by_email(ids)["jdv@club.example"].display_name == "Jan de Vries"


def test_shared_first_name_not_merged() -> None:
    ids = resolve_identities(
        [
            ob("john@a.example", "John Smith"),
            ob("john@b.example", "John Brown"),
            ob("john@c.example", "John"),
            ob("johnny@d.example", "John"),
        ]
    )
    assert len(ids) == 4


def test_role_addresses_never_merged_even_with_same_name() -> None:
    ids = resolve_identities(
        [
            ob("info@acme.example", "Marcus Vale"),
            ob("noreply@acme.example", "Marcus Vale"),
            ob("numpy@lists.scipy.example", "Marcus Vale"),
            ob("numpy@scipy.example", "Marcus Vale via numpy-discussion"),
            ob("scipy-user@scipy.example", "Marcus Vale", is_list=True),
            ob("marcus@vale-corp.example", "Marcus Vale"),
            ob("mv@vale-corp.example", "M. Vale"),
        ]
    )
    index = by_email(ids)
    person = index["marcus@vale-corp.example"]
    assert person.emails == ["marcus@vale-corp.example", "mv@vale-corp.example"]
    assert not person.is_role
    for role in (
        "info@acme.example",
        "noreply@acme.example",
        "numpy@lists.scipy.example",
        "numpy@scipy.example",
        "scipy-user@scipy.example",
    ):
        assert index[role].emails == [role]
        assert index[role].is_role


def test_list_rewriting_many_senders_is_role() -> None:
    ids = resolve_identities(
        [
            ob("discuss@project.example", "Marcus Vale"),
            ob("discuss@project.example", "Jane Smith"),
            ob("discuss@project.example", "Jan de Vries"),
            ob("marcus@vale-corp.example", "Marcus Vale"),
            ob("jane@smith.example", "Jane Smith"),
        ]
    )
    index = by_email(ids)
    assert index["discuss@project.example"].is_role
    assert index["discuss@project.example"].emails == ["discuss@project.example"]
    assert index["discuss@project.example"].display_name == "discuss@project.example"
    assert index["marcus@vale-corp.example"].emails == ["marcus@vale-corp.example"]


def test_generic_names_do_not_merge() -> None:
    ids = resolve_identities(
        [
            ob("helpdesk-nl@acme.example", "Support Team"),
            ob("help-desk@other.example", "Support Team"),
            ob("a@x.example", "Admin"),
            ob("b@y.example", "Admin"),
        ]
    )
    assert len(ids) == 4


def test_ambiguous_initial_not_merged() -> None:
    ids = resolve_identities(
        [
            ob("john@smith.example", "John Smith"),
            ob("jane@smith.example", "Jane Smith"),
            ob("js@work.example", "J. Smith"),
            ob("ps@work.example", "P. Smith"),  # no Smith with initial P
        ]
    )
    assert len(ids) == 4


def test_unambiguous_initial_merged_with_middle_initials() -> None:
    ids = resolve_identities(
        [
            ob("richard@exeter.example", "Richard M. Everson"),
            ob("r.m.everson@other.example", "R.M.Everson"),
            ob("rx@else.example", "R. X. Everson"),  # middle initial conflicts
        ]
    )
    assert same(ids, "richard@exeter.example", "r.m.everson@other.example")
    assert not same(ids, "richard@exeter.example", "rx@else.example")


def test_middle_names_agree_or_stay_apart() -> None:
    ids = resolve_identities(
        [
            ob("c1@a.example", "Catelyn Stark"),
            ob("c2@b.example", "Catelyn T. Stark"),
            ob("c3@c.example", "Catelyn Tully Stark"),
            ob("j1@a.example", "John A. Smith"),
            ob("j2@b.example", "John B. Smith"),
            ob("j3@c.example", "John Smith"),
            ob("j4@d.example", "John A. Smith"),
        ]
    )
    assert same(ids, "c1@a.example", "c2@b.example", "c3@c.example")
    assert same(ids, "j1@a.example", "j4@d.example")
    assert not same(ids, "j1@a.example", "j2@b.example")
    assert not same(ids, "j1@a.example", "j3@c.example")
    assert not same(ids, "j2@b.example", "j3@c.example")


def test_local_part_rule_same_domain_unique_candidate() -> None:
    ids = resolve_identities(
        [
            ob("marcus@vale-corp.example", "Marcus Vale"),
            ob("marcus.vale@vale-corp.example", ""),
            ob("mvale@vale-corp.example", "mvale@vale-corp.example"),
            ob("vale@vale-corp.example", "Marcus"),
            ob("m.vale@other.example", ""),  # other domain: no evidence
            ob("marcus@vale-corp.example", ""),
            ob("marcus2@vale-corp.example", ""),  # a first name alone is too weak
            ob("vale@other-corp.example", ""),
        ]
    )
    assert same(
        ids,
        "marcus@vale-corp.example",
        "marcus.vale@vale-corp.example",
        "mvale@vale-corp.example",
        "vale@vale-corp.example",
    )
    assert by_email(ids)["m.vale@other.example"].emails == ["m.vale@other.example"]
    assert by_email(ids)["marcus2@vale-corp.example"].emails == ["marcus2@vale-corp.example"]


def test_local_part_rule_ambiguous_or_inconsistent() -> None:
    ids = resolve_identities(
        [
            ob("marcus@corp.example", "Marcus Vale"),
            ob("maria@corp.example", "Maria Vale"),
            ob("vale@corp.example", ""),  # two Vales at corp: ambiguous
            ob("m.vale@corp.example", ""),  # both are M. Vale: ambiguous
            ob("marcus.vale@corp.example", "Peter"),  # the name contradicts the local part
        ]
    )
    index = by_email(ids)
    for e in ("vale@corp.example", "m.vale@corp.example", "marcus.vale@corp.example"):
        assert index[e].emails == [e]


def test_freemail_needs_full_name_in_local_part() -> None:
    ids = resolve_identities(
        [
            ob("marcus.vale@gmail.com", "Marcus Vale"),
            ob("marcus@gmail.com", ""),  # a different Marcus, surely
            ob("vale@gmail.com", ""),
            ob("marcusvale@gmail.com", ""),
        ]
    )
    assert same(ids, "marcus.vale@gmail.com", "marcusvale@gmail.com")
    assert not same(ids, "marcus.vale@gmail.com", "marcus@gmail.com")
    assert not same(ids, "marcus.vale@gmail.com", "vale@gmail.com")


def test_minority_name_with_other_surname_does_not_bridge() -> None:
    # Someone once sent from Tyrion's address with a wrong name; David's own address
    # must not be swallowed into Tyrion's identity through it.
    ids = resolve_identities(
        [
            ob("tyrion@lannister.example", "Tyrion Lannister", 9),
            ob("tyrion@lannister.example", "David Abián", 1),
            ob("david@abian.example", "David Abian", 3),
        ]
    )
    assert not same(ids, "tyrion@lannister.example", "david@abian.example")


def test_name_only_observations() -> None:
    ids = resolve_identities(
        [
            ob("marcus@vale-corp.example", "Marcus Vale", 2),
            ob("john@smith.example", "John Smith"),
            ob("jane@smith.example", "Jane Smith"),
            ob("", "Vale, Marcus", 4),
            ob("", "J. Smith", 1),  # ambiguous: own identity
            ob("", "Unknown Person", 1),
            ob("", "unknown person", 1),
            ob("", "barnard at stat.harvard.edu", 2),  # address hidden in the name
        ]
    )
    index = by_email(ids)
    marcus = index["marcus@vale-corp.example"]
    assert marcus.names == ["Marcus Vale", "Vale, Marcus"]
    assert marcus.count == 6
    name_only = {i.key: i for i in ids if not i.emails}
    assert set(name_only) == {"name:j smith", "name:unknown person"}
    assert name_only["name:unknown person"].count == 2
    assert name_only["name:unknown person"].display_name == "Unknown Person"
    assert "barnard@stat.harvard.edu" in index


def test_user_merges_and_splits_win() -> None:
    observed = [
        ob("marcus@vale-corp.example", "Marcus Vale"),
        ob("marcus.vale@gmail.example", "Marcus Vale"),
        ob("mv@vale-corp.example", "M. Vale"),
        ob("tiger@fastmail.example", "Tiger"),
        ob("info@acme.example", "Acme Info"),
    ]
    ids = resolve_identities(
        observed,
        merges=[("Tiger@fastmail.example", "marcus@vale-corp.example")],
        splits=["marcus.vale@gmail.example"],
    )
    index = by_email(ids)
    assert index["marcus@vale-corp.example"].emails == [
        "marcus@vale-corp.example",
        "tiger@fastmail.example",
    ]
    assert index["marcus.vale@gmail.example"].emails == ["marcus.vale@gmail.example"]
    # The user says there are two Marcus Vales, so "M. Vale" is now ambiguous.
    assert index["mv@vale-corp.example"].emails == ["mv@vale-corp.example"]
    assert index["marcus@vale-corp.example"].display_name == "Marcus Vale"

    # A merge with a role address is honoured, too (the user knows best).
    ids = resolve_identities(observed, merges=[("info@acme.example", "mv@vale-corp.example")])
    assert same(ids, "info@acme.example", "marcus@vale-corp.example")


def test_split_email_is_never_remerged_but_still_makes_initials_ambiguous() -> None:
    ids = resolve_identities(
        [
            ob("marcus@vale-corp.example", "Marcus Vale"),
            ob("marcus.vale@gmail.example", "Marcus Vale"),
            ob("m.vale@vale-corp.example", ""),
            ob("mv@x.example", "M. Vale"),
        ],
        splits=["marcus@vale-corp.example"],
    )
    index = by_email(ids)
    assert index["marcus@vale-corp.example"].emails == ["marcus@vale-corp.example"]
    # Two Marcus Vale clusters now: the initial form is ambiguous.
    assert index["mv@x.example"].emails == ["mv@x.example"]


def test_deterministic_and_order_independent() -> None:
    observed = [
        ob("marcus@vale-corp.example", "Vale, Marcus", 5),
        ob("mv@vale-corp.example", "M. Vale", 2),
        ob("marcus.vale@gmail.example", "Marcus Vale", 3),
        ob("info@acme.example", "Marcus Vale"),
        ob("jan@devries.example", "Jan de Vries"),
        ob("", "J. de Vries"),
    ]
    first = resolve_identities(observed)
    assert first == resolve_identities(list(reversed(observed)))
    assert [i.key for i in first] == sorted(i.key for i in first)


def test_display_name_prefers_full_proper_case() -> None:
    ids = resolve_identities(
        [
            ob("starly@gmail.example", "Samwell TARLY", 5),
            ob("starly@gmail.example", "samwell tarly", 5),
            ob("starly@knightswatch.example", "Samwell Tarly", 1),
            ob("starly@knightswatch.example", "S. Tarly", 20),
        ]
    )
    assert len(ids) == 1
    assert ids[0].display_name == "Samwell Tarly"
    only_lower = resolve_identities([ob("jan@x.example", "jan de vries")])
    assert only_lower[0].display_name == "Jan de Vries"
    nameless = resolve_identities([ob("jan@x.example")])
    assert nameless[0].display_name == "jan@x.example"


# --------------------------------------------------------------------------- real data

_PIPERMAIL_FROM = [
    re.compile(r"^From: (?P<local>\S+) at (?P<domain>\S+) \((?P<name>.*)\)\s*$"),
    re.compile(r'^From: "?(?P<name>.*?)"? <(?P<local>\S+) at (?P<domain>\S+)>\s*$'),
    re.compile(r"^From: (?P<local>\S+) at (?P<domain>\S+)\s*$"),
]


def _decode(name: str) -> str:
    return str(make_header(decode_header(name))) if "=?" in name else name


def _pipermail_senders(path: Path) -> list[Observed]:
    counts: dict[tuple[str, str], int] = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if not line.startswith("From: "):
            continue
        for pattern in _PIPERMAIL_FROM:
            m = pattern.match(line)
            if m:
                email = f"{m['local']}@{m['domain']}".lower()
                name = _decode(m.groupdict().get("name") or "")
                counts[(email, name)] = counts.get((email, name), 0) + 1
                break
        else:
            raise AssertionError(f"unparsed From line: {line!r}")
    return [Observed(e, n, c) for (e, n), c in sorted(counts.items())]


def _surnames(ident: Identity) -> set[str]:
    out = set()
    for name in ident.names:
        tokens = normalize_name(name).split()
        if len(tokens) >= 2:
            out.add(tokens[-1])
    return out


@needs_corpora
def test_real_numpy_discussion_senders() -> None:
    observed = _pipermail_senders(BIGBANG / "numpy-discussion-2001-November.txt")
    assert sum(o.count for o in observed) == 178
    ids = resolve_identities(observed)
    index = by_email(ids)

    for ident in ids:
        assert len(_surnames(ident)) <= 1, ident  # no identity mixes two surnames

    # Same person, two addresses, linked by the full name.
    assert same(ids, "oliphant@ee.byu.edu", "oliphant.travis@ieee.org")
    assert same(ids, "perry@stsci.edu", "greenfield@home.com")
    assert index["oliphant@ee.byu.edu"].display_name == "Travis Oliphant"
    # Variants of one address collapse (case, quoted name, <...> form).
    assert index["barrett@stsci.edu"].names == ["Paul Barrett"]
    assert index["r.m.everson@exeter.ac.uk"].emails == ["r.m.everson@exeter.ac.uk"]
    assert index["neelk@cswcasa.com"].display_name == "Neel Krishnaswami"
    assert index["jochen@jochen-kuepper.de"].display_name == "Jochen Küpper"
    assert index["siopis@umich.edu"].display_name == "Christos Siopis"
    # The list's own address is a role and stands alone.
    admin = index["numpy-discussion-admin@lists.sourceforge.net"]
    assert admin.is_role and admin.emails == ["numpy-discussion-admin@lists.sourceforge.net"]
    # Single first names ("Rob", "eric") do not pull anyone in.
    assert index["europax@home.com"].emails == ["europax@home.com"]
    assert index["eric@enthought.com"].emails == ["eric@enthought.com"]
    # Everyone else is one address per person: 40 distinct addresses, 2 merges.
    assert len({o.email for o in observed}) == 40
    assert len(ids) == 38


def _from_header_groups(path: Path) -> list[list[Observed]]:
    """Parse bigbang's from-header-variations.txt: blank-line separated gold groups."""
    groups: list[list[Observed]] = []
    current: list[Observed] = []
    angle = re.compile(r'^"?(?P<name>[^"<]*?)"?\s*<(?P<addr>[^>]+)>$')
    paren = re.compile(r"^(?P<addr>\S+(?: at \S+)?)(?: \((?P<name>.*)\))?$")
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        line = line.strip()
        if not line:
            if current:
                groups.append(current)
            current = []
            continue
        m = angle.match(line) or paren.match(line)
        assert m, line
        addr = m["addr"].replace(" at ", "@").lower()
        current.append(Observed(addr, _decode(m["name"] or ""), 1))
    return groups


@needs_corpora
def test_real_from_header_variations_precision() -> None:
    groups = _from_header_groups(BIGBANG / "from-header-variations.txt")
    assert [len(g) for g in groups] == [15, 9, 2, 3, 2, 2, 3, 1, 2, 3]
    gold: dict[str, int] = {}
    for gi, group in enumerate(groups):
        for o in group:
            gold[o.email] = 4 if gi == 5 else gi  # the two Jorah groups are one person
    ids = resolve_identities(o for g in groups for o in g)
    # Precision: no identity spans two gold groups.
    for ident in ids:
        assert len({gold[e] for e in ident.emails}) == 1, ident
    # Recall where the evidence is there: name variants across domains.
    assert same(
        ids,
        "tyrion.lannister@gmail.com",
        "tyrion@lanister.net",
        "halfman@council.kings-landing.gov",
        "tyrion+hand@lanister.net",
    )
    assert same(
        ids,
        "catelyn.stark@gmail.com",
        "catelyn.tully.stark@gmail.com",
        "catelyn@stark.winterfell.gov",
        "catelyntstark@hotmail.com",
    )
    assert same(ids, "starly@gmail.com", "starly@knightswatch.com")
    assert same(ids, "rstarkwolf@north.mil", "rstarkwolf@yahoo....")
    assert not same(
        ids, "spidey_sense@council.kings-landing.gov", "halfman@council.kings-landing.gov"
    )


def test_observed_addresses_stream_matches_a_group_by(corpora: Path, tmp_path: Path) -> None:
    """The streamed (email-ordered) aggregation gives exactly what one SQL GROUP BY gives, on a
    real mailing-list archive (list addresses included)."""
    from onrecord.engines.local import ingest
    from onrecord.record.store import Store

    store = Store.open(tmp_path / "o.db")
    ingest(store, [corpora / "bigbang-mailing-lists"])
    expected = {
        (e, n): (s, bool(li), seen)
        for e, n, s, li, seen in store.db.execute(
            "SELECT a.email, a.name, SUM(a.role = 'from'), "
            "MAX(m.list_id IS NOT NULL AND a.role = 'to' AND m.list_id != '' "
            "    AND instr(m.list_id, replace(a.email, '@', '.')) > 0), COUNT(*) "
            "FROM addresses a JOIN messages m ON m.id = a.message GROUP BY a.email, a.name"
        )
    }
    got = {(e, n): (s, li, seen) for e, n, s, li, seen in store.observed_addresses()}
    assert len(expected) > 50
    assert got == expected


# --------------------------------------------------------------------------- corporate name forms


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Sara Shackleton/HOU/ECT@ECT", "sara shackleton"),
        ("Taylor, Mark E (Legal)", "mark e taylor"),
        ("Dernehl, Ginger On Behalf Of Shapiro, Richard", "ginger dernehl"),
        ("Mark Taylor@ECT on 08/22/2000 06:50 PM", "mark taylor"),
        ("Sara Shackleton/HOU/ECT on 01/31/2000 08:53 AM", "sara shackleton"),
        ("Baughman Jr., Don", "don baughman"),
        ("Richard B Sanders/Enron@enronXgate on 07/11/2001 08:25 AM", "richard b sanders"),
        ("Enron Announcements On Behalf Of Mark Taylor (Vice President", "enron announcements"),
    ],
)
def test_normalize_corporate_name_forms(raw: str, expected: str) -> None:
    assert normalize_name(raw) == expected


def test_a_shared_alias_does_not_join_two_men_of_one_name() -> None:
    """mark.taylor@ goes by "Mark Taylor" and "Mark E Taylor", and now and then someone typed
    "Mark A Taylor" on it: Mark A Taylor (a.taylor@) stays his own person."""
    ids = resolve_identities(
        [
            ob("mark.taylor@enron.com", "Mark Taylor", 100),
            ob("mark.taylor@enron.com", "Mark E Taylor", 18),
            ob("mark.taylor@enron.com", "Mark A Taylor", 7),
            ob(".taylor@enron.com", "Taylor, Mark E (Legal)", 50),
            ob("a.taylor@enron.com", "Taylor, Mark A", 14),
        ]
    )
    assert same(ids, "mark.taylor@enron.com", ".taylor@enron.com")
    assert not same(ids, "mark.taylor@enron.com", "a.taylor@enron.com")


def test_nicknames_link_on_one_domain_only() -> None:
    ids = resolve_identities(
        [
            ob("james.steffes@enron.com", "James D Steffes", 40),
            ob("james.d.steffes@enron.com", "Jim Steffes", 20),
            ob("e.taylor@enron.com", "Taylor, Michael E", 50),
            ob("lsutaylor@hotmail.com", "mike taylor", 30),
            ob("james.lewis@enron.com", "James W Lewis", 27),
            ob("jim.lewis@enron.com", "Lewis, Jim", 1),
        ]
    )
    assert same(ids, "james.steffes@enron.com", "james.d.steffes@enron.com")
    assert not same(ids, "e.taylor@enron.com", "lsutaylor@hotmail.com")
    # jim.lewis@ does not spell James: it may be another man than james.lewis@
    assert not same(ids, "james.lewis@enron.com", "jim.lewis@enron.com")


def test_quoted_writers_attach_to_the_one_person_with_their_name() -> None:
    ids = resolve_identities(
        [
            ob("sara.shackleton@enron.com", "Sara Shackleton", 30),
            ob("richard.sanders@enron.com", "Richard B Sanders", 5),
            Observed("", "Sara Shackleton/HOU/ECT@ECT", 3, quoted=True),
            Observed("", "Sanders, Richard B.", 2, quoted=True),
            Observed("", "Cross, Edith", 1, quoted=True),  # nobody with that name: her own
            Observed("", "Bob", 4, quoted=True),  # a lone first name: no person
        ]
    )
    index = {n: ident for ident in ids for n in ident.names}
    assert index["Sara Shackleton/HOU/ECT@ECT"].emails == ["sara.shackleton@enron.com"]
    assert index["Sanders, Richard B."].emails == ["richard.sanders@enron.com"]
    assert index["Cross, Edith"].key == "name:edith cross"
    assert "Bob" not in index


def test_a_quoted_name_two_persons_share_links_to_neither() -> None:
    ids = resolve_identities(
        [
            ob("john.a.smith@acme.com", "John A Smith", 5),
            ob("john.b.smith@other.org", "John B Smith", 5),
            Observed("", "Smith, John", 2, quoted=True),
        ]
    )
    index = {n: ident for ident in ids for n in ident.names}
    assert index["Smith, John"].emails == []
