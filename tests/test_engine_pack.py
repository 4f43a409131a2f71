"""Worker results travel as plain tuples (engines/local.py ``_pack``/``_unpack``): the round trip
through pickle gives back equal objects of the same types, nested records included."""

from __future__ import annotations

import pickle
from pathlib import Path

import onrecord
from onrecord.engines import local
from onrecord.ingest.registry import iter_inputs, read_input
from onrecord.record.model import ItemKind, RawItem, SegmentKind
from test_exhibit_ingest import EXHIBIT

SAMPLE = Path(onrecord.__file__).parent / "samples" / "lumen"


def _items() -> list[RawItem]:
    items = [item for p, fmt in iter_inputs([SAMPLE]) for item in read_input(p, fmt)]
    items.append(RawItem("x.txt", "", ItemKind.DOCUMENT, EXHIBIT.encode()))
    items.append(RawItem("bad", "1", ItemKind.MAIL, b"\x00\x01garbage"))
    items.append(RawItem("err", "2", ItemKind.MAIL, b"", error="unreadable"))
    return items


def _types(obj: object) -> object:
    """The type tree of an object, so a str standing in for an enum is noticed."""
    if isinstance(obj, list | tuple):
        return [_types(o) for o in obj]
    if hasattr(obj, "__slots__") and not isinstance(obj, SegmentKind):
        return (type(obj), [_types(getattr(obj, n)) for n in obj.__slots__])
    return type(obj)


def test_pack_round_trip() -> None:
    items = _items()
    results = local._analyze_batch(items, {}, strip=True)
    assert any(r.record and r.record.printed for r in results)
    packed = pickle.loads(pickle.dumps(local._pack(results), pickle.HIGHEST_PROTOCOL))
    back = local._unpack(packed)
    assert back == results
    assert _types(back) == _types(results)
    direct = local._analyze_batch(items, {})
    assert [r.record for r in local._restore(items, back)] == [r.record for r in direct]
