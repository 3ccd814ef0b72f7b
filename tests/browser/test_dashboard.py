"""The web dashboard in a real browser (Debian's chromium, driven by the `playwright` package).

Needs /usr/bin/chromium (`bash .ci/browser.sh` installs it) and `pip install playwright`; the
browser download of `playwright install` is never used. The dashboard is served by the real
API (`diplometer.api.main.create_app` over a temporary SQLite database ingested from the
built-in sample) when it can be imported, else by tests/browser/fake_api.py. Either way an
extra article carrying <script> and <img onerror> is ingested to check that untrusted text
stays text. Set DIPLOMETER_DASHBOARD_BACKEND=fake to force the fake.
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote
from urllib.request import urlopen

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
DASHBOARD = Path(__file__).resolve().parents[2] / "src" / "diplometer" / "dashboard"
INJECTED_DOC = "999_injection-test"
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
INJECTED = {
    "id": INJECTED_DOC, "date": "2024-05-02", "title": f"{SCRIPT} Injection {IMG}", "source": "Test <b>Wire</b>",
    "url": "javascript:alert(1)",
    "text": (f"HÀ NỘI, May 2 (VNA) — Prime Minister Phạm Minh Chính met Japanese Foreign Minister Yoko Kamikawa "
             f"in Hà Nội on Thursday {SCRIPT} to discuss {IMG} trade.\n\nThe two sides agreed to deepen cooperation."),
}

try:
    from playwright.sync_api import Page, sync_playwright
except ImportError:  # pragma: no cover - depends on the environment
    sync_playwright = None

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not os.access(CHROMIUM, os.X_OK), reason=f"{CHROMIUM} missing: run `bash .ci/browser.sh`"),
    pytest.mark.skipif(sync_playwright is None, reason="the `playwright` package is missing: pip install playwright"),
]


# --------------------------------------------------------------------------- servers
def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _real_app(paths: list[str], tmp: Path):
    """The real FastAPI app over a fresh SQLite store, or None when it is not importable."""
    if os.environ.get("DIPLOMETER_DASHBOARD_BACKEND") == "fake":
        return None
    try:
        import uvicorn  # noqa: F401

        from diplometer.api.main import create_app
    except ImportError:
        return None
    from diplometer.ingest import ingest
    from diplometer.store import Store

    db = f"sqlite:///{tmp / 'dashboard.db'}"
    with Store.open(db) as store:
        summary = ingest(paths, store, None)
    assert not summary.rejected, summary.rejected
    try:
        app = create_app(db, use_ner=False, search_path=":memory:", warm=True)
    except TypeError:  # an older signature: take the database only
        app = create_app(db)
    return app


def _serves_dashboard(base: str) -> bool:
    try:
        with urlopen(f"{base}/app.js", timeout=10) as res:
            return res.status == 200
    except OSError:
        return False


def _serve_uvicorn(app) -> tuple[str, Callable[[], None]]:
    import uvicorn

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)

    def stop() -> None:
        server.should_exit = True
        thread.join(10)

    return f"http://127.0.0.1:{port}", stop


@pytest.fixture(scope="module")
def backend(tmp_path_factory):
    """(base URL, "real" | "fake") of a server with the sample plus the injected article."""
    from diplometer.sample import sample_dir

    tmp = tmp_path_factory.mktemp("dashboard")
    extra = tmp / "injected.jsonl"
    extra.write_text(json.dumps(INJECTED, ensure_ascii=False) + "\n", encoding="utf-8")
    app = _real_app([str(sample_dir()), str(extra)], tmp)
    if app is not None:
        base, stop = _serve_uvicorn(app)
        kind = "real"
        if not _serves_dashboard(base):
            # The app does not serve the dashboard (yet): mount it the way `diplometer serve`
            # should (Starlette reads its routes per request, so this works after start-up).
            from fastapi.staticfiles import StaticFiles

            app.mount("/", StaticFiles(directory=DASHBOARD, html=True), name="dashboard")
            kind = "real+mounted"
            assert _serves_dashboard(base)
    else:
        from fake_api import serve

        server, base = serve([str(extra)])
        stop, kind = server.shutdown, "fake"
    # Warm the server as a running deployment would be: the first paint measures the browser.
    json.load(urlopen(f"{base}/api/health", timeout=60))
    yield base, kind
    stop()


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser, backend):
    # bypass_csp: the page's Content-Security-Policy would also stop inline handlers, so the
    # untrusted-text test would pass even if the dashboard parsed HTML; without it the checks
    # prove the DOM is built safely. (It also lets Playwright poll with wait_for_function.)
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, bypass_csp=True)
    pg = context.new_page()
    pg.dialogs = []  # every alert/confirm/prompt: there must never be one
    pg.errors = []

    def on_dialog(dialog) -> None:
        pg.dialogs.append(dialog.message)
        dialog.dismiss()

    pg.on("dialog", on_dialog)
    pg.on("pageerror", lambda exc: pg.errors.append(str(exc)))
    pg.on("console", lambda msg: pg.errors.append(msg.text) if msg.type == "error" else None)
    yield pg
    context.close()


def api(page: Page, base: str, path: str) -> dict:
    res = page.request.get(f"{base}/api/{path}")
    assert res.ok, (path, res.status, res.text())
    return res.json()


def open_dashboard(page: Page, base: str, hash_: str = "") -> None:
    page.goto(f"{base}/{hash_}")
    page.wait_for_selector("#timeline[data-state=ready], #timeline[data-state=nodata]", timeout=15000)
    page.wait_for_selector("#events[data-state]", timeout=15000)


def events_total(page: Page) -> int:
    return int(page.get_attribute("#events", "data-total"))


def wait_total_change(page: Page, before: int) -> int:
    page.wait_for_function(f"document.querySelector('#events').dataset.total !== '{before}'", timeout=10000)
    page.wait_for_function("!document.querySelector('#events').hasAttribute('aria-busy')", timeout=10000)
    return events_total(page)


# --------------------------------------------------------------------------- tests
def test_loads_fast_and_renders_every_view(page: Page, backend, tmp_path):
    base, kind = backend
    open_dashboard(page, base)
    paint = page.evaluate("""() => {
        const p = performance.getEntriesByName('first-contentful-paint')[0];
        const t = performance.getEntriesByName('timeline-rendered')[0];
        return {fcp: p ? p.startTime : null, timeline: t ? t.startTime : null};
    }""")
    print(f"\nbackend={kind} first-contentful-paint={paint['fcp']:.0f} ms timeline-rendered={paint['timeline']:.0f} ms")
    assert paint["fcp"] is not None and paint["fcp"] < 2000
    assert paint["timeline"] is not None and paint["timeline"] < 2000
    assert int(page.get_attribute("#timeline", "data-buckets")) > 1
    for sel in ["#map", "#network", "#matrix", "#forecast"]:
        page.wait_for_selector(f"{sel}[data-state=ready]", timeout=15000)
    page.wait_for_selector("#backtest[data-state]", timeout=30000)
    assert page.locator("#map path.country").count() > 150
    assert page.locator("#map path.country.c1, #map path.country.c2, #map path.country.c3, "
                        "#map path.country.c4, #map path.country.c5").count() > 3
    assert page.locator("#network .node").count() > 3
    assert page.locator("#matrix table.matrix tbody tr").count() > 3
    assert page.locator("#forecast polygon.band95").count() == 1
    assert events_total(page) == api(page, base, "events?limit=1")["total"]
    assert not page.errors, page.errors
    page.screenshot(path=str(tmp_path / "dashboard.png"), full_page=True)
    shutil.copy(tmp_path / "dashboard.png", "/tmp/dashboard.png")


def test_brushing_the_timeline_filters_the_events(page: Page, backend, tmp_path):
    base, _ = backend
    open_dashboard(page, base)
    before = events_total(page)
    box = page.locator("#timeline .brush-overlay").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.55, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.70, y, steps=8)
    page.mouse.move(box["x"] + box["width"] * 0.80, y, steps=8)
    page.mouse.up()
    after = wait_total_change(page, before)
    assert 0 < after < before
    start, end = page.input_value("#from"), page.input_value("#to")
    assert start and end and start < end
    assert after == api(page, base, f"events?from={start}&to={end}&limit=1")["total"]
    assert page.locator("#timeline .brush-sel").count() == 1
    assert page.locator("#chips .chip").count() == 2
    page.screenshot(path=str(tmp_path / "brushed.png"))
    # Double-click resets the range.
    page.locator("#timeline .brush-overlay").dblclick()
    assert wait_total_change(page, after) == before
    assert page.input_value("#from") == ""
    assert not page.errors, page.errors


def test_filter_to_one_partner(page: Page, backend):
    base, _ = backend
    open_dashboard(page, base)
    before = events_total(page)
    page.wait_for_selector("#f-country option[value=JPN]", state="attached")
    page.select_option("#f-country", "JPN")
    after = wait_total_change(page, before)
    assert 0 < after < before
    assert after == api(page, base, "events?country=JPN&limit=1")["total"]
    page.wait_for_selector("#map path.country.selected[data-iso3=JPN]", timeout=10000)
    assert "Japan" in page.inner_text("#chips")
    # The map is a filter too: clicking the selected country again clears it.
    page.locator("#partner-list button.selected").click()
    assert wait_total_change(page, after) == before


def test_evidence_drawer_highlights_the_sentence(page: Page, backend, tmp_path):
    base, _ = backend
    open_dashboard(page, base)
    page.wait_for_selector("#events[data-state=ready]")
    row = page.locator("#events tbody tr").first
    event_id = row.get_attribute("data-id")
    row.locator("button.row-btn").click()
    page.wait_for_selector("#drawer[data-state=ready]", timeout=10000)
    detail = api(page, base, f"events/{quote(event_id, safe='')}")
    marks = page.locator("#drawer .passage mark").all_inner_texts()
    assert marks and marks[0] == detail["evidence"][0]["sentence"]
    drawer = page.inner_text("#drawer")
    assert detail["rule"] in drawer and detail["trigger"] in drawer
    assert f"{round(detail['confidence'] * 100)}%" in drawer
    assert "#event=" in page.url  # the open event is in the link, to share or reload
    page.screenshot(path=str(tmp_path / "drawer.png"))
    page.keyboard.press("Escape")
    page.wait_for_selector("#drawer", state="hidden")


def test_untrusted_text_is_shown_as_text(page: Page, backend, tmp_path):
    base, _ = backend
    items = api(page, base, "events?from=2024-05-02&to=2024-05-02&limit=100")["items"]
    injected = [e for e in items if any(s["document"] == INJECTED_DOC for s in e["sources"])]
    assert injected, "the injected article gave no event"
    open_dashboard(page, base, f"#event={quote(injected[0]['id'], safe='')}&from=2024-05-02&to=2024-05-02")
    page.wait_for_selector("#drawer[data-state=ready]", timeout=10000)
    page.locator("#drawer button", has_text="Show full article").click()
    page.wait_for_selector("#drawer .doc-text mark")
    page.wait_for_timeout(500)  # time for any onerror to have fired
    drawer = page.inner_text("#drawer")
    assert SCRIPT in drawer and IMG in drawer  # shown literally
    assert SCRIPT in page.inner_text("#drawer .evidence .ev-title")
    assert SCRIPT in page.inner_text("#drawer .passage mark")
    assert page.locator("#drawer script, #drawer img, #drawer b").count() == 0
    assert page.locator("#drawer a[href^='javascript']").count() == 0
    assert page.locator("body img").count() == 0
    assert page.dialogs == []
    page.screenshot(path=str(tmp_path / "injection.png"))


def test_no_data_differs_from_zero(page: Page, backend):
    base, _ = backend
    timeline = api(page, base, "timeline?interval=month")
    # a covered month with no events (long-running events overlapping it would show in the list)
    zero = next(b for b in timeline["buckets"] if b["count"] == 0
                and api(page, base, f"events?from={b['start']}&to={b['end']}")["total"] == 0)
    open_dashboard(page, base, f"#from={zero['start']}&to={zero['end']}")
    page.wait_for_selector("#events[data-state=zero]", timeout=10000)
    assert page.locator("#timeline rect.bar.zero").count() > 0
    assert "Zero" in page.inner_text("#events")

    open_dashboard(page, base, "#from=1990-01-01&to=1990-12-31")  # before anything recorded
    page.wait_for_selector("#events[data-state=nodata]", timeout=10000)
    page.wait_for_selector("#map[data-state=nodata]", timeout=10000)
    assert "No data" in page.inner_text("#events")

    unused = next(t for t in ("retreat", "concede", "cooperate", "mobilize", "protest", "assault")
                  if api(page, base, f"events?type={t}")["total"] == 0)  # a type the sample never records
    open_dashboard(page, base, f"#type={unused}")
    page.wait_for_selector("#timeline[data-state=nodata]", timeout=10000)
    assert "No data" in page.inner_text("#timeline")


def test_keyboard_opens_evidence(page: Page, backend):
    base, _ = backend
    open_dashboard(page, base)
    page.wait_for_selector("#events[data-state=ready]")
    page.locator("#events tbody tr button.row-btn").first.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("#drawer[data-state=ready]", timeout=10000)
    assert page.evaluate("document.activeElement.classList.contains('drawer-close')")
    page.keyboard.press("Enter")  # the focused close button
    page.wait_for_selector("#drawer", state="hidden")
    assert page.evaluate("document.activeElement.classList.contains('row-btn')")
