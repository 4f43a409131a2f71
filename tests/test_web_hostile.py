"""The web app on hostile requests: 4xx, never 500, and no redirect off the site (issue 12)."""

from __future__ import annotations

import shutil
import socket
import sqlite3
import warnings
from pathlib import Path

import pytest

from _web import build_db
from onrecord.present.web import create_app
from onrecord.present.web.app import same_origin
from onrecord.present.web.server import BackgroundServer
from onrecord.record.store import Store

with warnings.catch_warnings():  # newer Starlette prefers the httpx2 fork; httpx still works
    warnings.filterwarnings("ignore", message=".*httpx2.*")
    from starlette.testclient import TestClient

NINES = "9" * 5000
BIG = "99999999999999999999999"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_db(tmp_path_factory.mktemp("web"))


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    return TestClient(create_app(db, dense=False), raise_server_exceptions=False)


def test_huge_integers_are_4xx_not_500(client: TestClient) -> None:
    expected = {
        f"/message/{NINES}": 404,
        f"/message/{BIG}": 404,
        f"/message/{BIG}/raw": 404,
        f"/person/{BIG}": 404,
        f"/person/{NINES}": 404,
        f"/person/{BIG}/timeline": 404,
        f"/message/1?hl={NINES}": 400,
        f"/message/1?hl={BIG}": 400,
        f"/message/1?span={BIG}:{BIG}": 400,
        f"/message/1?span={NINES}:{NINES}": 414,  # (over MAX_URL)
        f"/search?person={BIG}": 200,
        f"/search?limit={NINES}": 200,
    }
    for path, status in expected.items():
        assert client.get(path).status_code == status, path[:60]
    # ... while the ordinary ones still work
    assert client.get("/message/1").status_code == 200
    assert client.get("/message/1?hl=1").status_code == 200


def test_person_search_escapes_like_wildcards(client: TestClient, db: Path) -> None:
    store = Store.open(db, readonly=True)
    try:
        assert store.persons()  # (there are persons: "%" used to match every one)
        assert store.find_person("%") == []
        assert store.find_person("_") == []
        assert store.find_person(BIG) == []
        name = store.persons()[0]["name"]
        assert store.find_person(name[1:4])  # a substring still finds them
    finally:
        store.close()
    page = client.get("/search", params={"q": "science", "person": "%"}).text
    assert "No person matches" in page


def test_token_redirect_stays_on_the_site(db: Path) -> None:
    c = TestClient(create_app(db, token="tok"), follow_redirects=False)
    for url in (
        "http://testserver//evil.example/x?token=tok",
        "http://testserver/%2F%2Fevil.example/x?token=tok",
        "http://testserver/%5Cevil.example/x?token=tok",
        "http://testserver/%09/evil.example?token=tok",
    ):
        r = c.get(url)
        assert r.status_code == 400, url
        assert "location" not in r.headers
    r = c.get("/search?q=a&token=tok")
    assert (r.status_code, r.headers["location"]) == (303, "/search?q=a")


def test_same_origin() -> None:
    assert same_origin("/search?q=a") and same_origin("/")
    for bad in ("//evil.example/", "/\\evil.example", "https://evil.example/", "/\t/evil", ""):
        assert not same_origin(bad), bad


def _table_counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {n: conn.execute(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        conn.close()


def test_get_never_changes_the_database(tmp_path: Path, db: Path) -> None:
    """The claim check and the analyses compute without writing (they wrote the vector cache)."""
    copy = tmp_path / "copy.db"
    shutil.copy(db, copy)
    before = _table_counts(copy)
    c = TestClient(create_app(copy, dense=False), raise_server_exceptions=False)
    claim = "Ilse said the lab would share the data with everyone"
    assert c.get("/claim", params={"claim": claim}).status_code == 200
    assert c.get("/person/1/contradictions").status_code == 200
    assert c.get("/person/1/timeline", params={"topic": "data"}).status_code == 200
    assert _table_counts(copy) == before


def test_long_urls_and_large_bodies_are_4xx(client: TestClient) -> None:
    assert client.get("/search?q=" + "a" * 10_000).status_code == 414
    r = client.post("/claim", content=b"x" * (2 << 20))
    assert r.status_code == 413
    r = client.get("/", headers={"content-length": "9" * 40})
    assert r.status_code == 413


def _exchange(url: str, head: bytes, body: bytes = b"") -> bytes:
    """Send a request over a plain socket (all of it, as a client does before it reads), and
    return the status line of the answer; a connection reset fails the test."""
    host, port = url.split("//")[1].split(":")
    with socket.create_connection((host, int(port)), timeout=20) as sock:
        sock.sendall(head)
        for i in range(0, len(body), 1 << 16):
            sock.sendall(body[i : i + (1 << 16)])
        answer = b""
        while b"\r\n" not in answer:
            chunk = sock.recv(4096)
            if not chunk:
                break
            answer += chunk
    return answer.split(b"\r\n", 1)[0]


def test_the_server_answers_a_huge_url_or_body_instead_of_resetting(db: Path) -> None:
    """Past h11's 16 KB buffer, uvicorn closed at once: the client, still sending, saw a reset."""
    app = create_app(db, dense=False)
    with BackgroundServer(app) as url:
        huge_url = b"GET /search?q=" + b"a" * (2 << 20) + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
        assert _exchange(url, huge_url) == b"HTTP/1.1 414 URI Too Long"
        many_headers = b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n" + b"X-A: b\r\n" * 200_000 + b"\r\n"
        assert _exchange(url, many_headers).startswith(b"HTTP/1.1 431 ")
        body = b"x" * (8 << 20)
        head = b"POST /claim HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: %d\r\n\r\n" % len(body)
        assert _exchange(url, head, body).startswith(b"HTTP/1.1 413 ")
        # ... and the server goes on serving
        assert _exchange(url, b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n") == b"HTTP/1.1 200 OK"
