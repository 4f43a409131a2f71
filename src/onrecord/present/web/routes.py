"""The pages. Every handler opens the database read-only for its request and closes it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlencode

from starlette.concurrency import run_in_threadpool
from starlette.convertors import Convertor, register_url_convertor
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from onrecord.present.web import pages
from onrecord.present.web.analyst import MAX_CLAIM
from onrecord.present.web.context import Web
from onrecord.record.store import Store, row_id


class RowIdConvertor(Convertor[int]):
    """A row id in a path: up to 18 digits (SQLite's integers are 64-bit). A longer number
    matches no route, so it is a 404, not an error (Starlette's ``int`` takes any length)."""

    regex = "[0-9]{1,18}"

    def convert(self, value: str) -> int:
        return int(value)

    def to_string(self, value: int) -> str:
        return str(value)


register_url_convertor("rowid", RowIdConvertor())


@contextmanager
def reading(web: Web) -> Iterator[Store]:
    store = Store.open(web.db, readonly=True)
    try:
        yield store
    finally:
        store.close()


def _int(value: str | None, default: int, lo: int, hi: int) -> int:
    try:
        return max(lo, min(hi, int(value or default)))
    except ValueError:
        return default


def routes(web: Web) -> list[Route]:
    def home(request: Request) -> Response:
        with reading(web) as store:
            data = pages.home(store)
        return web.render(request, "home.html", page="home", **data)

    def search(request: Request) -> Response:
        qp = request.query_params
        kinds = tuple(k for k in qp.getlist("kind") if k in pages.SEARCH_KINDS) or ("authored",)
        form = pages.SearchForm(
            q=qp.get("q", "")[:500],
            person=qp.get("person", "")[:200],
            since=qp.get("since", "")[:40],
            until=qp.get("until", "")[:40],
            kinds=kinds,
            limit=_int(qp.get("limit"), 50, 1, 500),
        )
        with reading(web) as store:
            result = pages.run_search(store, form)
            persons = pages.people_list(store, limit=200)
        more = None
        if len(result["hits"]) >= form.limit and form.limit < 500:
            params = [(k, v) for k, v in qp.multi_items() if k != "limit"]
            more = request.url.path + "?" + urlencode([*params, ("limit", str(form.limit * 2))])
        return web.render(
            request,
            "search.html",
            page="search",
            form=form,
            persons=persons,
            kinds=pages.SEARCH_KINDS,
            more=more,
            **result,
        )

    def message(request: Request) -> Response:
        ref = request.path_params["ref"]
        given_hl, given_span = request.query_params.get("hl"), request.query_params.get("span")
        hl = row_id(given_hl or "")
        a, _, b = (given_span or "").partition(":")
        start, end = row_id(a), row_id(b)
        span = (start, end) if start is not None and end is not None else None
        if (given_hl and hl is None) or (given_span and span is None):
            raise HTTPException(400, "hl must be a statement id, span two offsets (12:40).")
        with reading(web) as store:
            data = pages.message(store, ref, hl, span)
        if data is None:
            raise HTTPException(404, f"No message {ref!r} in this record.")
        return web.render(request, "message.html", page="message", m=data, all_kinds=pages.KINDS)

    def raw(request: Request) -> Response:
        with reading(web) as store:
            row = store.message_row(str(request.path_params["mid"]))
            data = store.blob(row["blob_hash"]) if row else None
        if data is None:
            raise HTTPException(404, "No such message.")
        # text/plain with nosniff: a browser shows it as text, never runs it
        return Response(
            data, media_type="text/plain; charset=utf-8", headers={"content-disposition": "inline"}
        )

    def people(request: Request) -> Response:
        show_all = request.query_params.get("all") == "1"
        with reading(web) as store:
            persons = pages.people_list(store, show_all)
        return web.render(request, "people.html", page="people", persons=persons, show_all=show_all)

    def person(request: Request) -> Response:
        pid = request.path_params["pid"]
        with reading(web) as store:
            data = pages.person(store, pid)
        if data is None:
            raise HTTPException(404, f"No person {pid} in this record.")
        analyses = {"contradictions": True, "timeline": True}
        return web.render(request, "person.html", page="people", analyses=analyses, **data)

    async def analysis(request: Request) -> Response:
        pid, what = request.path_params["pid"], request.path_params["what"]
        if what not in ("contradictions", "timeline"):
            raise HTTPException(404, "No such page.")
        with reading(web) as store:
            data = pages.person(store, pid)
        if data is None:
            raise HTTPException(404, f"No person {pid} in this record.")
        who = (data["person"]["emails"] or [data["person"]["name"]])[0]  # an address is unique
        topic = request.query_params.get("topic", "")[:200]
        error = None
        result: Any = None
        try:
            if what == "contradictions":
                result = await run_in_threadpool(web.analyst.contradictions, who, topic)
            else:
                result = await run_in_threadpool(web.analyst.timeline, who, topic)
        except Exception as exc:  # a model that cannot load: say so on the page
            error = f"{type(exc).__name__}: {exc}"
        return web.render(
            request,
            f"{what}.html",
            page="people",
            person=data["person"],
            result=result,
            error=error,
            topic=topic,
        )

    async def claim(request: Request) -> Response:
        text = request.query_params.get("claim", "")
        verdicts: list[dict[str, Any]] = []
        error = None
        if text.strip():
            try:
                verdicts = await run_in_threadpool(web.analyst.check, text)
            except Exception as exc:  # e.g. no judge weights: the page says what went wrong
                hint = getattr(exc, "hint", "")
                error = f"{type(exc).__name__}: {exc}" + (f" ({hint})" if hint else "")
            if not verdicts and error is None:
                error = "No check-worthy claim found in that text."
        with reading(web) as store:
            people = pages.People(store)
            for v in verdicts:
                for e in [*v["evidence"], *v.get("claim_sources", [])]:
                    e["who"] = people.of(e["author"]["name"], e["author"]["email"])
                    if e["endorses"]:
                        en = e["endorses"]
                        en["who"] = people.of(en["author"]["name"], en["author"]["email"])
        return web.render(
            request,
            "claim.html",
            page="claim",
            claim=text,
            verdicts=verdicts,
            error=error,
            max_claim=MAX_CLAIM,
        )

    return [
        Route("/", home, name="home"),
        Route("/search", search, name="search"),
        Route("/message/{mid:rowid}/raw", raw, name="raw"),
        Route("/message/{ref:path}", message, name="message"),
        Route("/people", people, name="people"),
        Route("/person/{pid:rowid}", person, name="person"),
        Route("/person/{pid:rowid}/{what}", analysis, name="analysis"),
        Route("/claim", claim, name="claim"),
    ]
