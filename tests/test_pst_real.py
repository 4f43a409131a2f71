"""The PST/OST reader on real Outlook files: pst-extractor's test data (see ``pst_fixtures``).

The reference is pst-extractor's own listing of the same files: ``output.txt`` (every folder
and, under it, ``Sender: ..., Subject: ...`` for each item) and ``outputBody.txt`` (each
item's body and the attachments it saved). Counts in the files (PR_CONTENT_COUNT of each folder,
the item classes) were checked with pypff:

* enron.pst: 71 mail items; pst-extractor lists 71.
* pstextractortest@outlook.com.ost: 183 items = 14 mail items (7 IPM.Note, 6 meeting requests
  and responses, 1 Sync Issues log) + 9 appointments in Calendar + 160 appointments in
  "Calendar/United States holidays". pst-extractor lists 47: it stops after the first 24
  holidays, although the folder's content count is 160.
* pstextractortestpdf@outlook.com.ost: 162 items = 2 mails + 160 holidays; pst-extractor: 26.

Appointments are ingested (dated by their start where the store has PR_START_DATE), so the
same holiday in two years is two records, not a duplicate.
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from pathlib import Path

import pytest

from onrecord.ingest import pst
from onrecord.mail.mime import parse_mail
from onrecord.record.limits import MB, Limits

ENRON = "enron.pst"
OST = "pstextractortest@outlook.com.ost"
OST_PDF = "pstextractortestpdf@outlook.com.ost"
FILES = (ENRON, OST, OST_PDF)
HOLIDAYS = "Root - Mailbox/IPM_SUBTREE/Calendar/United States holidays"
# items per file: what the file holds (see the module docstring)
EXPECTED = {ENRON: 71, OST: 183, OST_PDF: 162}
# folders where pst-extractor's listing is a prefix of the folder: (file, folder) -> items
TRUNCATED_IN_REFERENCE = {(OST, HOLIDAYS): 160, (OST_PDF, HOLIDAYS): 160}

_TREE = re.compile(r"^((?: \| )*) \|- (.*)$")


def _norm(text: str) -> str:
    return " ".join(text.split())


def listing(path: Path) -> dict[str, dict[str, list[tuple[str, str]]]]:
    """output.txt as {file name: {folder path: [(sender, subject), ...]}}."""
    out: dict[str, dict[str, list[tuple[str, str]]]] = {}
    current: dict[str, list[tuple[str, str]]] = {}
    stack: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = re.sub(r"\x1b\[\d+m", "", line)
        if line.startswith("./testdata/") and not line.endswith(" ms"):
            current = out.setdefault(line.removeprefix("./testdata/"), {})
            stack = []
            continue
        m = _TREE.match(line)
        if not m:
            continue
        depth = m.group(1).count("|") + 1
        name = m.group(2)
        if name.startswith("Sender: ") and ", Subject:" in name:
            sender, subject = name.removeprefix("Sender: ").split(", Subject:", 1)
            current.setdefault("/".join(stack[: depth - 1]), []).append(
                (_norm(sender), _norm(subject))
            )
        else:
            stack[depth - 1 :] = [name]
    return out


def bodies(path: Path) -> dict[str, list[dict[str, object]]]:
    """outputBody.txt as {file name: [{subject, sender, body, attachments}, ...]}."""
    out: dict[str, list[dict[str, object]]] = {}
    items: list[dict[str, object]] = []
    item: dict[str, object] | None = None
    in_body = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("./testdata/") and not line.endswith(" ms"):
            items = out.setdefault(line.removeprefix("./testdata/"), [])
            continue
        m = _TREE.match(line)
        if m and m.group(2).startswith("Email: "):
            subject = m.group(2).removeprefix("Email: ").split(" -", 1)[1]
            item = {"subject": _norm(subject), "sender": "", "body": [], "attachments": []}
            items.append(item)
            in_body = False
            continue
        if item is None:
            continue
        if m and m.group(2).startswith(" sender: "):
            item["sender"] = m.group(2).removeprefix(" sender: ")
        elif line.startswith("email.body "):
            in_body = True
            item["body"].append(line.removeprefix("email.body "))  # type: ignore[union-attr]
        elif line.startswith("email.bodyRTF"):
            in_body = False
        elif line.startswith("saving attachment to "):
            name = line.rsplit("/", 1)[1].split("-", 1)[1]
            item["attachments"].append(name)  # type: ignore[union-attr]
        elif in_body:
            item["body"].append(line)  # type: ignore[union-attr]
    for items in out.values():
        for it in items:
            it["body"] = "\n".join(it["body"])  # type: ignore[arg-type]
    return out


def read(path: Path) -> dict[str, list[tuple[str, object]]]:
    """The reader's items by folder: [(locator, parsed mail or error), ...] in file order."""
    folders: dict[str, list[tuple[str, object]]] = defaultdict(list)
    for item in pst.read(path):
        folder = item.locator.rsplit("#", 1)[0].lstrip("/")
        folders[folder].append((item.locator, item.error or parse_mail(item.data)))
    return folders


@pytest.fixture(scope="module")
def ingested(pst_fixtures: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from onrecord.engines.local import ingest
    from onrecord.record.store import Store

    out = {}
    for name in FILES:
        db = tmp_path_factory.mktemp("pst") / "t.db"
        store = Store.open(db)
        report = ingest(store, [pst_fixtures / name], workers=1)
        store.close()
        assert (report.seen, report.ingested, report.duplicate, report.failed) == (
            EXPECTED[name],
            EXPECTED[name],
            0,
            0,
        ), (name, report.as_dict())
        out[name] = db
    return out


@pytest.mark.parametrize("name", FILES)
def test_items_per_folder_match_pst_extractor(pst_fixtures: Path, name: str) -> None:
    reference = listing(pst_fixtures / "output.txt")[name]
    ours = read(pst_fixtures / name)
    assert sum(len(v) for v in ours.values()) == EXPECTED[name]
    assert {f for f, v in ours.items() if v} == {f for f, v in reference.items() if v}
    for folder, items in ours.items():
        assert all(not isinstance(m, str) for _, m in items), (folder, items)
        subjects = [_norm(m.subject) for _, m in items]  # type: ignore[attr-defined]
        expected = [subject for _, subject in reference[folder]]
        full = TRUNCATED_IN_REFERENCE.get((name, folder))
        if full:  # pst-extractor's listing stops early: ours starts the same and goes on
            assert len(subjects) == full and len(expected) < full
            subjects = subjects[: len(expected)]
        assert subjects == expected, folder
    listed = sum(len(v) for v in reference.values())
    assert listed == {ENRON: 71, OST: 47, OST_PDF: 26}[name]


def test_senders_and_dates(pst_fixtures: Path) -> None:
    enron = read(pst_fixtures / ENRON)
    first = enron["Top of Personal Folders/lokay-m/MLOKAY (Non-Privileged)/TW-Commercial Group"]
    mail = first[0][1]
    assert mail.subject == "New OBA's"  # type: ignore[attr-defined]
    assert str(mail.from_[0]) == "Lee Dennis <dennis.lee@enron.com>"  # type: ignore[attr-defined]
    assert mail.date.isoformat() == "2001-10-22T20:06:22+00:00"  # type: ignore[attr-defined]

    ost = read(pst_fixtures / OST)
    inbox = {m.subject: m for _, m in ost["Root - Mailbox/IPM_SUBTREE/Inbox"]}  # type: ignore[attr-defined]
    assert str(inbox["pdf attachment"].from_[0]) == "Ed <epfromer@gmail.com>"
    # no transport headers: From built from the MAPI sender properties (SMTP address)
    welcome = inbox["Welcome to your new Outlook.com account"]
    assert str(welcome.from_[0]) == "Outlook Team <no-reply@microsoft.com>"
    assert [a.email for a in welcome.to] == ["pstextractortest@outlook.com"]
    # an appointment is dated by its start: Fri Aug 13, 2021 4pm MDT
    calendar = {m.subject: m for _, m in ost["Root - Mailbox/IPM_SUBTREE/Calendar"]}  # type: ignore[attr-defined]
    assert calendar["meeting from Ed"].date.isoformat() == "2021-08-13T22:00:00+00:00"
    # the Sync Issues log exists only as RTF
    (log,) = [m for _, m in ost["Root - Mailbox/IPM_SUBTREE/Sync Issues"]]
    assert "Synchronizing server changes in folder 'Calendar'" in log.body_text  # type: ignore[attr-defined]


def test_bodies_and_attachments_match_pst_extractor(pst_fixtures: Path) -> None:
    reference = bodies(pst_fixtures / "outputBody.txt")
    for name in FILES:
        ours = [m for items in read(pst_fixtures / name).values() for _, m in items]
        by_subject: dict[str, list[object]] = defaultdict(list)
        for m in ours:
            by_subject[_norm(m.subject)].append(m)  # type: ignore[attr-defined]
        compared = 0
        for ref in reference[name]:
            candidates = by_subject[ref["subject"]]  # type: ignore[index]
            assert candidates, (name, ref["subject"])
            names = sorted(ref["attachments"])  # type: ignore[arg-type]
            assert any(sorted(a.filename for a in m.attachments) == names for m in candidates), (
                name,
                ref["subject"],
            )
            body = _norm(ref["body"])  # type: ignore[arg-type]
            if name == ENRON:  # every Enron mail has a text body here
                assert all(m.body_text.strip() for m in candidates), ref["subject"]
            # pst-extractor reads no body from the OSTs and none for 30 of the 71 Enron mails
            if body:
                assert any(_norm(m.body_text) == body for m in candidates), ref["subject"]
                compared += 1
        assert compared == {ENRON: 41, OST: 0, OST_PDF: 0}[name]


def test_pdf_attachment_text_and_reingest(ingested: dict[str, Path], pst_fixtures: Path) -> None:
    db = sqlite3.connect(ingested[OST_PDF])
    rows = db.execute(
        "SELECT m.subject, m.from_email, a.filename, a.content_type, d.body_text "
        "FROM attachments a JOIN messages m ON m.id = a.message "
        "JOIN messages d ON d.id = a.document"
    ).fetchall()
    assert len(rows) == 1
    subject, sender, filename, ctype, text = rows[0]
    assert (subject, sender, filename, ctype) == (
        "single PDF",
        "epfromer@gmail.com",
        "Clinometer Usage.pdf",
        "application/pdf",
    )
    assert "Technical Support" in text
    # the folder path is kept in each item's locator
    locators = {r[0] for r in db.execute("SELECT locator FROM items")}
    assert "/Root - Mailbox/IPM_SUBTREE/Inbox#0" in locators
    assert sum(HOLIDAYS in loc for loc in locators) == 160
    db.close()

    from onrecord.engines.local import ingest
    from onrecord.record.store import Store

    for name, path in ingested.items():
        store = Store.open(path)
        before = store.db.execute("SELECT count(*) FROM messages").fetchone()[0]
        again = ingest(store, [pst_fixtures / name], workers=1)
        after = store.db.execute("SELECT count(*) FROM messages").fetchone()[0]
        store.close()
        assert (again.seen, again.ingested, again.skipped_complete) == (0, 0, 1), name
        assert after == before


def test_items_over_the_size_limit_fail_with_the_limit_as_reason(pst_fixtures: Path) -> None:
    """Under a 1 MB limit the Enron file's items of more than 1 MB are failed with the limit's
    reason (their recorded size, checked before pypff reads them); the others read as before."""
    path = pst_fixtures / ENRON
    whole = list(pst.read(path))
    limited = list(pst.read(path, Limits(max_message_bytes=MB)))
    assert [i.locator for i in whole] == [i.locator for i in limited]
    failed = [(a, b) for a, b in zip(whole, limited, strict=True) if b.error]
    assert failed and all(not a.error and len(a.data) > MB for a, _ in failed)
    assert all(
        re.fullmatch(
            r"too large: [\d.]+ MB, over the limit of 1 MB \(--max-message-mb\)", b.error or ""
        )
        for _, b in failed
    )
    for a, b in zip(whole, limited, strict=True):
        if len(a.data) < MB // 2:  # (the built bytes: base64 attachments are 4/3 of stored)
            assert not b.error, a.locator
            x, y = parse_mail(a.data), parse_mail(b.data)
            assert (x.subject, x.body_text, [t.filename for t in x.attachments]) == (
                y.subject,
                y.body_text,
                [t.filename for t in y.attachments],
            )


# --- without the real files: item classes, folder names and RTF bodies, on stand-ins ---------


class _Entry:
    def __init__(self, tag: int, value: object) -> None:
        self.entry_type, self.value = tag, value

    def get_data_as_string(self) -> str:
        return str(self.value)

    def get_data_as_integer(self) -> int:
        return int(self.value)  # type: ignore[call-overload]

    def get_data_as_datetime(self) -> object:
        return self.value


class _RecordSet:
    def __init__(self, props: dict[int, object]) -> None:
        self.entries = [_Entry(tag, value) for tag, value in props.items()]


class _Item:
    """Just enough of pypff's message and folder for the reader."""

    def __init__(self, name: str = "", props: dict[int, object] | None = None, **attrs) -> None:  # type: ignore[no-untyped-def]
        self.name = name
        self.props = props or {}
        self.messages: list[_Item] = attrs.pop("messages", [])
        self.folders: list[_Item] = attrs.pop("folders", [])
        self.number_of_attachments = 0
        self.recipients = None
        for key, value in attrs.items():
            setattr(self, key, value)

    number_of_record_sets = 1

    def get_record_set(self, i: int) -> _RecordSet:
        return _RecordSet(self.props)

    @property
    def number_of_sub_messages(self) -> int:
        return len(self.messages)

    @property
    def number_of_sub_folders(self) -> int:
        return len(self.folders)

    def get_sub_message(self, i: int) -> _Item:
        return self.messages[i]

    def get_sub_folder(self, i: int) -> _Item:
        return self.folders[i]


def _message(item_class: str, subject: str, **attrs) -> _Item:  # type: ignore[no-untyped-def]
    from datetime import datetime

    props = {pst.PR_MESSAGE_CLASS: item_class, pst.PR_SENDER_NAME: "Ann"}
    props[pst.PR_SENDER_SMTP_ADDRESS] = "ann@example.org"
    props.update(attrs.pop("props", {}))
    attrs.setdefault("client_submit_time", datetime(2024, 5, 1, 9, 30))
    return _Item(props=props, subject=subject, **attrs)


def test_item_classes_contacts_counted_appointments_dated_by_start() -> None:
    from datetime import datetime

    contact = _message("IPM.Contact", "Bob Jones")
    start = datetime(2024, 12, 25, 8, 0)
    holiday = _message(
        "IPM.Appointment", "Christmas Day", props={pst.PR_START_DATE: start}, plain_text_body=""
    )
    note = _message("IPM.Note", "hello", plain_text_body="Hi there.", transport_headers="")
    rtf = rb"{\rtf1\ansi{\fonttbl{\f0 Arial;}}Only \b RTF\b0  here\par second line}"
    log = _message("IPM.Note", "log", rtf_body=rtf)
    root = _Item(
        folders=[
            _Item("Inbox", messages=[note, log]),
            _Item("Inbox", messages=[contact]),  # a second sibling of the same name
            _Item("Calendar#1", messages=[holiday]),
        ]
    )
    items = list(pst._walk(root, "", "x.pst"))
    assert [i.locator for i in items] == ["/Inbox#0", "/Inbox#1", "/Inbox [1]#0", "/Calendar_1#0"]
    assert items[2].error == "not an email: Outlook contact (IPM.Contact)"
    hello, rtf_mail, _, xmas = (parse_mail(i.data) if not i.error else None for i in items)
    assert str(hello.from_[0]) == "Ann <ann@example.org>" and hello.body_text.strip() == "Hi there."  # type: ignore[union-attr]
    assert rtf_mail.body_text.strip() == "Only RTF here\nsecond line"  # type: ignore[union-attr]
    assert xmas.date.isoformat() == "2024-12-25T08:00:00+00:00"  # type: ignore[union-attr]
    assert b"X-Outlook-Message-Class: IPM.Appointment" in items[3].data


class _Attachment:
    def __init__(self, size: int, reads: list[int]) -> None:
        self.size, self.reads, self.long_filename = size, reads, "a.bin"
        self.number_of_record_sets = 0

    def get_size(self) -> int:
        return self.size

    def read_buffer(self, size: int) -> bytes:
        self.reads.append(size)
        return b"x" * size


class _Watched(_Item):
    """A message that records which of its parts were read."""

    def __init__(self, body: str, sizes: list[int], reads: list[object], **attrs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(**attrs)
        self._body, self.reads = body, reads
        self._attachments = [_Attachment(n, reads) for n in sizes]  # type: ignore[arg-type]
        self.number_of_attachments = len(sizes)
        self.transport_headers = ""

    @property
    def plain_text_body(self) -> str:
        self.reads.append("body")
        return self._body

    def get_attachment(self, i: int) -> _Attachment:
        return self._attachments[i]


def test_sizes_are_checked_before_the_parts_are_read() -> None:
    limits = Limits(max_message_bytes=4000)
    reads: dict[str, list[object]] = {}

    def message(name: str, body: str, sizes: list[int], recorded: int | None = None) -> _Item:
        props = {pst.PR_MESSAGE_CLASS: "IPM.Note", pst.PR_SENDER_SMTP_ADDRESS: "ann@example.org"}
        if recorded is not None:
            props[pst.PR_MESSAGE_SIZE] = recorded
        return _Watched(body, sizes, reads.setdefault(name, []), props=props, subject=name)

    folder = _Item(
        "Inbox",
        messages=[
            message("recorded", "Hi.", [10], recorded=50_000),  # the store says too big
            message("attached", "Hi.", [3000, 3000], recorded=100),  # the store lies
            message("body", "word " * 1000, [100]),  # only the body read tells
            message("small", "Hi there.", [100], recorded=900),
        ],
    )
    items = list(pst._walk(_Item(folders=[folder]), "", "x.pst", limits))
    assert [i.error for i in items[:2]] == [limits.too_big(50_000), limits.too_big(6000)]
    assert (items[2].error or "").startswith("too large: ") and items[3].error is None
    assert reads == {"recorded": [], "attached": [], "body": ["body"], "small": ["body", 100]}
    assert parse_mail(items[3].data).body_text.strip() == "Hi there."


def test_rtf_to_text() -> None:
    assert pst.rtf_to_text(rb"{\rtf1\ansi Caf\'e9 \u8364? {\*\generator x;}end\par}") == (
        "Caf\u00e9 \u20ac end\n"
    )
    # HTML encapsulated in RTF: the \htmlrtf spans and the HTML tags are left out
    html = (
        rb"{\rtf1\ansi\fromhtml1 {\*\htmltag19 <p>}\htmlrtf {\htmlrtf0 Hello\htmlrtf }\htmlrtf0  x}"
    )
    assert pst.rtf_to_text(html).split() == ["Hello", "x"]
    assert pst.rtf_to_text(b"") == ""
