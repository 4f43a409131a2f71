"""Screenshots of the web app's main pages and of the demo's report, on the bundled sample case,
into docs/.

    .venv/bin/python docs/screenshots.py

Needs Playwright (`pip install -e '.[dev]'`) and Debian's Chromium (`apt-get install chromium`):
the browser is /usr/bin/chromium, never a download.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from onrecord.engines.local import ingest
from onrecord.present.demo import sample_dir
from onrecord.present.web import create_app
from onrecord.present.web.server import BackgroundServer
from onrecord.record.store import Store

DOCS = Path(__file__).resolve().parent
CHROMIUM = "/usr/bin/chromium"
WIDTH = 1200


def build(db: Path) -> None:
    sample = sample_dir()
    store = Store.open(db)
    ingest(store, [sample / "archive.mbox", sample / "maildir"], workers=1)
    store.close()


def main() -> int:
    if not Path(CHROMIUM).exists():
        print(f"no {CHROMIUM}: apt-get install chromium", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "sample.db"
        build(db)
        store = Store.open(db, readonly=True)
        vale = store.find_person("Marcus Vale")[0]["id"]
        yup = store.message_row("agreed-7@valemotors.example")["id"]
        store.close()
        shots = {
            "web-search.png": "/search?q=open+science&kind=authored&kind=quoted",
            "web-message.png": f"/message/{yup}",
            "web-person.png": f"/person/{vale}",
            "web-claim.png": "/claim?claim=Vale+stemde+in+2016+in+met+het+voorstel+om+de+wetenschap+niet+te+delen.",
        }
        with BackgroundServer(create_app(db)) as url, sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM)
            page = browser.new_page(viewport={"width": WIDTH, "height": 800})
            for name, path in shots.items():
                page.goto(url + path, timeout=120_000)
                page.screenshot(path=str(DOCS / name), full_page=False)
                print(DOCS / name)
            # the demo's report: the article's and the complaint's claims by claimant
            out = Path(tmp) / "demo"
            onrecord = Path(sys.executable).with_name("onrecord")
            subprocess.run(
                [str(onrecord), "demo", "--out", str(out)], check=True, capture_output=True
            )
            page.goto((out / "report.html").as_uri())
            page.locator("#summary").screenshot(path=str(DOCS / "report-claims.png"))
            print(DOCS / "report-claims.png")
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
