"""The web app through Starlette's TestClient: headers, token, Host check, escaping, pages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
import warnings
from collections.abc import Sequence
from html.parser import HTMLParser
from pathlib import Path

import pytest

from _web import IMG, PAYLOAD_ID, SCRIPT, build_db
from onrecord.models.base import Judgment
from onrecord.present.web import create_app
from onrecord.present.web.app import CSP
from onrecord.record.store import Store

with warnings.catch_warnings():  # newer Starlette prefers the httpx2 fork; httpx still works
    warnings.filterwarnings("ignore", message=".*httpx2.*")
    from starlette.testclient import TestClient


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_db(tmp_path_factory.mktemp("web"))


class AgreeingJudge:
    """A judge that finds every statement supports the claim (fast and deterministic)."""

    name = "test/agree"

    def judge(self, pairs: Sequence[tuple[str, str]]) -> list[Judgment]:
        probs = {"entailment": 0.9, "neutral": 0.05, "contradiction": 0.05}
        return [Judgment("entailment", dict(probs), self.name) for _ in pairs]


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    return TestClient(create_app(db, judge_factory=AgreeingJudge, dense=False))


def _mid(db: Path, message_id: str) -> int:
    store = Store.open(db, readonly=True)
    try:
        return store.message_row(message_id)["id"]
    finally:
        store.close()


def _pid(db: Path, name: str) -> int:
    store = Store.open(db, readonly=True)
    try:
        return store.find_person(name)[0]["id"]
    finally:
        store.close()


def test_security_headers_on_every_response(client: TestClient) -> None:
    for path in ("/", "/search?q=science", "/static/style.css", "/static/app.js", "/nowhere"):
        r = client.get(path)
        assert r.headers["content-security-policy"] == CSP
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["x-frame-options"] == "DENY"
    for directive in (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "frame-ancestors 'none'",
    ):
        assert directive in CSP
    assert "unsafe-inline" not in CSP


def test_an_internal_error_keeps_the_security_headers(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from onrecord.present.web import pages

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug <script>")

    monkeypatch.setattr(pages, "person", broken)
    r = client.get("/person/1")
    assert r.status_code == 500
    assert r.headers["content-security-policy"] == CSP
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in r.text  # the error's text stays in the server's log


class Tags(HTMLParser):
    """Every tag of a page with its attributes, as a browser's parser sees them."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def test_pages_have_no_inline_script_or_style(client: TestClient, db: Path) -> None:
    pages = [
        "/",
        "/search?q=pwned",
        f"/message/{_mid(db, PAYLOAD_ID)}",
        "/people",
        f"/person/{_pid(db, 'Vale')}",
        "/claim",
        "/claim?claim=pwned+is+true",
    ]
    for path in pages:
        tags = Tags(client.get(path).text).tags
        assert [a.get("src") for t, a in tags if t == "script"] == ["/static/app.js"], path
        assert not [t for t, _ in tags if t == "style"], path
        assert not [t for t, a in tags if "style" in a or any(k.startswith("on") for k in a)], path
        assert not [a for t, a in tags if t == "img"], path


def test_unknown_things_are_404(client: TestClient) -> None:
    for path in (
        "/message/999999",
        "/message/no-such@id",
        "/person/99999",
        "/nowhere",
        "/message/999999/raw",
        "/person/1/nothing",
    ):
        r = client.get(path)
        assert r.status_code == 404, path
        assert r.headers["content-security-policy"] == CSP
    assert "No message" in client.get("/message/no-such@id").text


def test_mail_content_is_escaped(client: TestClient, db: Path) -> None:
    page = client.get(f"/message/{_mid(db, PAYLOAD_ID)}").text
    assert SCRIPT not in page and IMG not in page
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=&#34;window.__pwned=1&#34;&gt;" in page
    hits = client.get("/search", params={"q": "pwned"}).text
    assert "&lt;script&gt;" in hits and SCRIPT not in hits
    assert "<mark>pwned</mark>" in hits  # the app's own markup survives
    # what is typed into the forms comes back escaped too
    typed = client.get("/search", params={"q": '"><script>alert(1)</script>'}).text
    assert "<script>alert(1)" not in typed


def test_raw_bytes_are_plain_text(client: TestClient, db: Path) -> None:
    r = client.get(f"/message/{_mid(db, PAYLOAD_ID)}/raw")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/plain")
    assert r.headers["x-content-type-options"] == "nosniff"
    assert SCRIPT.encode() in r.content


def test_token_is_required_and_kept_in_a_cookie(db: Path) -> None:
    app = create_app(db, token="s3cret-token")
    c = TestClient(app, follow_redirects=False)
    for path in ("/", "/search?q=science", "/static/style.css", "/message/1"):
        r = c.get(path)
        assert r.status_code == 401, path
        assert r.headers["content-security-policy"] == CSP
    assert c.get("/?token=wrong").status_code == 401
    r = c.get("/search?q=science&token=s3cret-token")
    assert r.status_code == 303
    assert r.headers["location"] == "/search?q=science"  # the token leaves the address bar
    cookie = r.headers["set-cookie"]
    assert "onrecord_token=s3cret-token" in cookie
    assert "httponly" in cookie.lower() and "samesite=strict" in cookie.lower()
    assert c.get("/search?q=science").status_code == 200  # the cookie does it now
    fresh = TestClient(app, follow_redirects=False)
    assert fresh.get("/", headers={"Authorization": "Bearer s3cret-token"}).status_code == 200
    assert fresh.get("/", headers={"X-Onrecord-Token": "s3cret-token"}).status_code == 200
    assert fresh.get("/", headers={"Authorization": "Bearer nope"}).status_code == 401


def test_host_header_is_checked_on_the_loopback(db: Path) -> None:
    c = TestClient(create_app(db, allowed_hosts=["127.0.0.1", "localhost"]))
    assert c.get("/", headers={"host": "127.0.0.1:8765"}).status_code == 200
    assert c.get("/", headers={"host": "localhost"}).status_code == 200
    assert c.get("/", headers={"host": "attacker.example"}).status_code == 400


def test_cross_site_fetches_are_refused(client: TestClient) -> None:
    fetch = {"sec-fetch-site": "cross-site", "sec-fetch-mode": "no-cors"}
    assert client.get("/claim?claim=x", headers=fetch).status_code == 403
    link = {"sec-fetch-site": "cross-site", "sec-fetch-mode": "navigate"}
    assert client.get("/", headers=link).status_code == 200
    same = {"sec-fetch-site": "same-origin", "sec-fetch-mode": "cors"}
    assert client.get("/static/app.js", headers=same).status_code == 200


def test_home_lists_stats_and_people(client: TestClient) -> None:
    html = client.get("/").text
    assert "statements" in html and "Marcus Vale" in html and "Ilse Okafor" in html


def test_search_filters(client: TestClient) -> None:
    def hits(**params: str | list[str]) -> str:
        return client.get("/search", params=params).text

    everyone = hits(q="science")
    assert 'class="hit"' in everyone
    vale = hits(q="science", person="Vale")
    assert "Marcus Vale" in vale and "Daan de Groot</a> ·" not in vale
    assert 'class="hit"' not in hits(q="science", since="2030-01-01")
    assert 'class="hit"' not in hits(q="science", until="2000-01-01")
    quoted = hits(q="science", kind="quoted")
    assert 'k-quoted">quoted</span> ·' in quoted
    assert "is not a date" in hits(q="science", since="yesterday")
    assert "No person matches" in hits(q="science", person="Nobody Atall")
    one = hits(q="Lumen", limit="1")
    assert one.count('class="hit"') == 1 and "limit=2" in one  # a link to more


def test_message_page_segments_endorsements_thread(client: TestClient, db: Path) -> None:
    html = client.get(f"/message/{_mid(db, 'agreed-7@valemotors.example')}").text
    assert 'class="seg k-authored' in html and 'class="seg k-quoted' in html
    assert "Endorsements in this message" in html and "agrees with" in html
    assert 'class="tree"' in html  # its thread
    assert "<dt>To</dt>" in html
    by_message_id = client.get("/message/agreed-7@valemotors.example")
    assert by_message_id.status_code == 200


def test_person_page(client: TestClient, db: Path) -> None:
    html = client.get(f"/person/{_pid(db, 'Vale')}").text
    assert "marcus@valemotors.example" in html and "mv@valemotors.example" in html
    assert "Vale, Marcus" in html  # a name variant
    assert "<svg" in html and 'class="bar"' in html
    assert "What Marcus Vale endorsed" in html and "agreed with" in html


def test_claim_page_with_a_stub_judge(client: TestClient) -> None:
    html = client.get("/claim", params={"claim": "Vale wanted to share the science."}).text
    assert "v-supported" in html and "test/agree" in html and 'class="ev s-supports"' in html
    assert client.get("/claim").status_code == 200


def test_readonly_store_refuses_writes(db: Path) -> None:
    store = Store.open(db, readonly=True)
    try:
        with pytest.raises(Exception, match="readonly"):
            store.db.execute("DELETE FROM meta")
    finally:
        store.close()


def test_serve_refuses_a_public_host_without_a_token(cli, db: Path) -> None:
    cli.db = db
    out = cli("serve", "--host", "0.0.0.0", code=2)
    assert "without a token" in out and "--token" in out
    data = json.loads(cli("serve", "--host", "0.0.0.0", "--json", code=2).splitlines()[0])
    assert "token" in data["error"] and "ONRECORD_TOKEN" in data["hint"]


def test_serve_needs_a_database(cli, tmp_path: Path) -> None:
    cli.db = tmp_path / "missing.db"
    assert "no database" in cli("serve", code=1)


def test_serve_prints_its_url_and_serves(db: Path) -> None:
    env = {**os.environ, "ONRECORD_TOKEN": "tok-123"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "onrecord.cli", "--db", str(db), "serve", "--port", "0", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        line = proc.stdout.readline()
        url = json.loads(line)["url"]
        assert url.startswith("http://127.0.0.1:") and url.endswith("/?token=tok-123")
        browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
        deadline = time.monotonic() + 20
        while True:
            try:  # the token once, then the cookie through the redirect
                with browser.open(url, timeout=5) as resp:
                    assert resp.status == 200 and "token" not in resp.url
                    assert "onrecord" in resp.read().decode()
                break
            except urllib.error.HTTPError:
                raise
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        with pytest.raises(urllib.error.HTTPError, match="401"):
            urllib.request.urlopen(url.split("?")[0], timeout=5)
    finally:
        proc.terminate()
        proc.wait(10)


def test_person_analyses_render_the_documented_shapes(db: Path, monkeypatch) -> None:
    """Contradictions and timeline pages, with stand-ins that return the documented shapes
    (the real modules may or may not be in this onrecord)."""
    import types

    side = {
        "text": "Everything should be open <b>now</b>",
        "date": "2016-01-04T17:12:00Z",
        "message_id": 1,
        "kind": "authored",
        "source": "x.mbox#0",
        "span": [0, 10],
        "endorses": None,
    }
    other = {
        **side,
        "text": "Not share the science",
        "date": "2016-01-13T19:02:00Z",
        "message_id": 3,
        "kind": "endorsed",
        "endorses": {
            "statement_id": 7,
            "text": "it's totally OK to not share",
            "assent": "Yup",
            "stance": "agree",
            "message_id": 2,
            "author": {"name": "Ilse Okafor", "email": "ilse@lumenlabs.example"},
        },
    }

    class Report:
        def as_dict(self) -> dict:
            return {
                "person": {"id": 3},
                "stats": {"statements": 9},
                "pairs": [
                    {
                        "a": side,
                        "b": other,
                        "score": 0.91,
                        "judge": "test/j",
                        "days_apart": 9.1,
                        "rank": 1.0,
                    }
                ],
            }

    seen: dict[str, object] = {}

    def find_contradictions(store, person, topic=None, judge=None, embedder=None, limit=10):
        seen["person"] = person
        return [Report()]

    def timeline(store, person, topic=None, judge=None, embedder=None):
        return {
            "entries": [{**side, "stance": "supports"}, {**other, "stance": "contradicts"}],
            "turning_points": [1],
            "claim": topic,
            "judge": "test/j",
        }

    monkeypatch.setitem(
        sys.modules,
        "onrecord.check.contradictions.find",
        types.SimpleNamespace(find_contradictions=find_contradictions),
    )
    monkeypatch.setitem(
        sys.modules,
        "onrecord.check.contradictions.timeline",
        types.SimpleNamespace(timeline=timeline),
    )
    c = TestClient(create_app(db, judge_factory=AgreeingJudge, dense=False))
    pid = _pid(db, "Vale")
    person = c.get(f"/person/{pid}").text
    assert f"/person/{pid}/contradictions" in person and f"/person/{pid}/timeline" in person
    html = c.get(f"/person/{pid}/contradictions").text
    assert "contradiction 91%" in html and "9 days apart" in html
    assert "&lt;b&gt;now&lt;/b&gt;" in html and "agreed with Ilse Okafor" in html
    assert seen["person"] == "marcus@valemotors.example"
    html = c.get(f"/person/{pid}/timeline", params={"topic": "open science"}).text
    assert "turning point" in html and "contradicts" in html and "open science" in html


def test_claim_page_says_when_the_judge_cannot_load(db: Path) -> None:
    class Missing(RuntimeError):
        hint = "pip install 'onrecord[nli]'"

    def broken() -> AgreeingJudge:
        raise Missing("the nli judge needs torch")

    c = TestClient(create_app(db, judge_factory=broken, dense=False))
    html = c.get("/claim", params={"claim": "Vale wanted control."}).text
    assert "the nli judge needs torch" in html and "onrecord[nli]" in html
    assert c.get("/").status_code == 200  # the rest of the app works on


def test_vector_table_on_a_readonly_database(db: Path) -> None:
    """A claim check on a database it cannot write embeds on the spot and caches nothing."""
    from onrecord.record.vectors import VectorTable

    store = Store.open(db, readonly=True)
    try:
        table = VectorTable(store, "test/never-stored", 4)
        assert table.model_id == -1
    finally:
        store.close()
