"""The web app in a real browser (Playwright driving Debian's /usr/bin/chromium): search, a
message, a person, a Dutch claim with English evidence; and mail that carries script is shown
as text and never runs. Skipped where Chromium or Playwright is missing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from _web import IMG, PAYLOAD_ID, SCRIPT, build_db

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")

from onrecord.present.web import create_app  # noqa: E402
from onrecord.present.web.server import BackgroundServer  # noqa: E402

DUTCH_CLAIM = "Vale wilde dat Lumen zijn wetenschap openlijk deelde."
TIMEOUT = 15_000  # ms, per step


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    app = create_app(build_db(tmp_path_factory.mktemp("browser")))
    app.state.web.analyst.check(DUTCH_CLAIM)  # load the models and cache vectors up front
    with BackgroundServer(app) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM))
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    p = context.new_page()
    p.set_default_timeout(TIMEOUT)
    errors: list[str] = []
    p.on("pageerror", lambda exc: errors.append(str(exc)))
    yield p
    assert p.evaluate("typeof window.__pwned") == "undefined"
    assert not errors, errors
    context.close()


def test_search_then_message_then_person(page: Any, base_url: str) -> None:
    page.goto(base_url + "/")
    page.fill("header input[name=q]", "science")
    page.press("header input[name=q]", "Enter")
    page.wait_for_selector("ol.hits li.hit")
    assert page.locator("ol.hits mark").count() >= 1
    # narrow to one person and a date range with the filter form
    page.fill("#search-form input[name=person]", "Marcus Vale")
    page.fill("#search-form input[name=since]", "2016-01-01")
    page.fill("#search-form input[name=until]", "2016-12-31")
    page.click("#search-form button")
    page.wait_for_selector("#hit-count")
    metas = page.locator("ol.hits .hit .meta").all_inner_texts()
    assert metas and all("Marcus Vale" in m and "2016-" in m for m in metas)
    # open the first hit: the message with its segments, the statement highlighted
    page.click("ol.hits li.hit .snippet a >> nth=0")
    page.wait_for_selector("article.message")
    assert page.locator(".seg.k-authored").count() >= 1
    assert page.locator(".stmt.hl").count() == 1
    # the author's person page
    page.click("dl.headers a.who")
    page.wait_for_selector("svg.chart")
    assert page.locator("h1").inner_text() == "Marcus Vale"
    assert page.locator("svg.chart rect.bar").count() >= 2
    assert "mv@valemotors.example" in page.inner_text("main")


def test_message_shows_quotes_endorsements_and_thread(page: Any, base_url: str) -> None:
    page.goto(base_url + "/message/agreed-7@valemotors.example")
    assert page.locator(".seg.k-quoted").count() >= 1
    assert page.locator(".stmt.endorses").count() >= 1
    assert "agrees with" in page.inner_text("section.endorsements")
    page.click("ul.tree li:not(.current) a >> nth=0")  # another message of the thread
    page.wait_for_selector("article.message")
    assert "agreed-7" not in page.url


def test_dutch_claim_finds_english_evidence(page: Any, base_url: str) -> None:
    page.goto(base_url + "/claim")
    page.fill("textarea[name=claim]", DUTCH_CLAIM)
    page.click("#check-button")
    page.wait_for_selector("section.verdict")
    outcome = page.inner_text("section.verdict .outcome")
    assert any(
        v in outcome.lower() for v in ("supported", "contradicted", "mixed", "not enough info")
    )
    assert "confidence" in outcome and "builtin/" in outcome and "claim language nl" in outcome
    evidence = page.locator("ol.evidence li.ev .text").all_inner_texts()
    english = ("the", "and", "should", "open", "science")
    assert any(sum(w in e.lower().split() for w in english) >= 2 for e in evidence), evidence


def test_script_in_mail_is_shown_not_run(page: Any, base_url: str) -> None:
    page.goto(base_url + "/search?q=pwned")
    page.wait_for_selector("ol.hits li.hit")
    assert SCRIPT in page.inner_text("ol.hits")  # visible, as text
    page.goto(base_url + f"/message/{PAYLOAD_ID}")
    text = page.inner_text("main")
    assert SCRIPT in text and IMG in text
    assert "Payload " + SCRIPT in page.title()
    assert page.locator("main script").count() == 0 and page.locator("main img").count() == 0
    page.goto(
        base_url + "/claim?claim=" + "pwned%20note%20%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E"
    )
    page.wait_for_selector("textarea[name=claim]")
    assert page.locator("main script").count() == 0


def test_person_contradictions_and_timeline(page: Any, base_url: str) -> None:
    pytest.importorskip("onrecord.check.contradictions.find")
    page.goto(base_url + "/people")
    page.click("text=Marcus Vale")
    page.click("text=contradicted themselves")
    page.wait_for_selector("p.stats")
    assert page.locator("section.pair").count() >= 1
    assert "builtin/" in page.inner_text("section.pair .meta >> nth=0")
    page.click("h1 a")  # back to the person
    page.fill("input[name=topic]", "share the science")
    page.click("form.stack button")
    page.wait_for_selector("ol.timeline")
    assert page.locator("ol.timeline li").count() >= 2
