"""The models behind the web app's claim checks (and contradictions and timelines where those
exist): the judge and the embedder are loaded once per app, on first use, and shared.

Every page, the claim check and the analyses included, reads the database through a read-only
connection: a GET never changes state (issue 12: a claim check wrote the vector cache, and a
page that another site links to must not make the app write). Vectors the cache lacks are
embedded on the spot, as on a read-only database; ``onrecord check`` fills the cache.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from onrecord.models.base import Embedder, Judge
from onrecord.record.store import Store

#: Longest claim text the claim page accepts (characters).
MAX_CLAIM = 2000


class Analyst:
    def __init__(
        self,
        db: Path,
        judge_factory: Callable[[], Judge],
        embedder_spec: str | None = None,
        dense: bool = True,
    ) -> None:
        self.db = db
        self._judge_factory = judge_factory
        self._embedder_spec = embedder_spec
        self._dense = dense
        self._judge: Judge | None = None
        self._embedder: Embedder | None = None
        self._load_lock = threading.Lock()
        self._run_lock = threading.Lock()  # one analysis at a time: the models use every core

    def models(self) -> tuple[Judge, Embedder | None]:
        with self._load_lock:
            if self._judge is None:
                self._judge = self._judge_factory()
                if self._dense:
                    from onrecord.models.embedders import get_embedder

                    self._embedder = get_embedder(self._embedder_spec)
            return self._judge, self._embedder

    def _store(self) -> Store:
        """A read-only connection: the analyses compute without writing (see the module)."""
        return Store.open(self.db, readonly=True)

    def check(self, text: str) -> list[dict[str, Any]]:
        """Verdicts (``onrecord check --json``'s dicts) for the claims in ``text``."""
        from onrecord.check.claims.extract import claims_from_args
        from onrecord.check.subjects.record_person import person_names
        from onrecord.check.verdicts.verify import check_claims

        text = " ".join(text.split())[:MAX_CLAIM]
        if not text:
            return []
        judge, embedder = self.models()
        store = self._store()
        try:
            claims = claims_from_args([text], names=person_names(store))
            with self._run_lock:
                verdicts = check_claims(store, claims, judge=judge, embedder=embedder)
            return [v.as_dict(store) for v in verdicts]
        finally:
            store.close()

    def contradictions(self, person: str, topic: str | None = None) -> list[dict[str, Any]]:
        """A person's self-contradictions (``onrecord contradictions --json``'s dicts)."""
        from onrecord.check.contradictions.find import find_contradictions

        reports = self._analyse(find_contradictions, person=person, topic=topic or None, limit=10)
        return [r.as_dict() for r in reports]

    def timeline(self, person: str, topic: str | None) -> dict[str, Any]:
        """A person's statements on a topic in date order, with stances and turning points."""
        from onrecord.check.contradictions.timeline import timeline

        return self._analyse(timeline, person, topic=topic or None)

    def _analyse(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        """Run one analysis with the shared models, one at a time, on a fresh connection."""
        judge, embedder = self.models()
        store = self._store()
        try:
            with self._run_lock:
                return fn(store, *args, judge=judge, embedder=embedder, **kwargs)
        finally:
            store.close()
