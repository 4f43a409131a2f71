"""The web app on hostile requests: 4xx, never 500, and no redirect off the site (issue 12)."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from _web import build_db
from onrecord.present.web import create_app
from onrecord.present.web.app import same_origin
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
        f"/message/1?span={NINES}:{NINES}": 400,
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
