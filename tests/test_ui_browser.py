"""The page in a real Chromium through Playwright: asking, citations, follow-ups, uploads, escaping, looks."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlparse

import pytest

from ingest.api import bundled_article, ingest_path
from ingest.settings import Settings
from tests.ui_fixtures import app_url, screenshot_dir, ui_settings
from ui.app import EXAMPLES

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Locator, Page, Request

__all__ = ["app_url", "screenshot_dir", "ui_settings"]  # fixtures used below

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="needs Chromium at /usr/bin/chromium (apt-get install chromium; .ci/run does)"
    ),
]
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WIDE = {"width": 1280, "height": 900}
NARROW = {"width": 390, "height": 844}
TIMEOUT_MS = 90_000  # the first answer of the module loads the models
DOCS_SCREENSHOT = Path(__file__).resolve().parent.parent / "docs" / "screenshot.png"

HARBOUR_HTML = """<!doctype html><html><head><title>Harbour news</title><script>var tracker = 1;</script></head>
<body><nav>Home | Weather | Sport</nav><article><h1>New ferry for Port Ellis</h1>
<p>The town council of Port Ellis approved a new electric ferry on Tuesday.</p>
<p>The ferry will carry up to 300 passengers and 40 cars between Port Ellis and Greystone Island.</p>
<p>Mayor Linda Osei said the ferry would enter service in April 2026.</p></article></body></html>
"""
SCRIPT = "<script>window.__xss=1</script>"
IMG = '<img src=x onerror="window.__xss=2">'
XSS_TEXT = (
    f"The bridge over the Wren river will cost 12 million euros, the city engineer said on Friday. {SCRIPT}\n"
    f"Work on the bridge starts in June and takes two years. {IMG} The old ferry stops when the bridge opens.\n"
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=TIMEOUT_MS)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def open_page(browser: Browser, url: str, viewport: dict[str, int] = WIDE, query: str = "") -> Page:
    """A fresh session (its own chat state) on the app, ready for input."""
    from playwright.sync_api import expect

    page = browser.new_context(viewport=viewport).new_page()  # type: ignore[arg-type]
    page.set_default_timeout(TIMEOUT_MS)
    page.goto(url + query)
    expect(page.locator("#aq-question textarea")).to_be_editable()
    expect(page.locator("#aq-collection input")).to_have_value(re.compile(".+"))
    return page


@pytest.fixture
def page(browser: Browser, app_url: str) -> Iterator[Page]:
    page = open_page(browser, app_url)
    yield page
    page.context.close()


def ask(page: Page, question: str) -> Locator:
    """Type `question`, wait for its answer (a new section in the sources panel), return the answer message."""
    from playwright.sync_api import expect

    sections = page.locator("#aq-sources details.aq-turn")
    before = sections.count()
    box = page.locator("#aq-question textarea")
    box.fill(question)
    box.press("Enter")
    expect(sections).to_have_count(before + 1)
    return page.locator("#aq-chat [data-testid='bot']").last


def choose_collection(page: Page, name: str) -> None:
    from playwright.sync_api import expect

    picker = page.locator("#aq-collection input")
    picker.click()
    page.get_by_role("option", name=name, exact=True).click()
    expect(picker).to_have_value(name)


def test_example_question_shows_an_answer_with_a_highlighted_citation(page: Page) -> None:
    from playwright.sync_api import expect

    sections = page.locator("#aq-sources details.aq-turn")
    page.get_by_role("button", name=EXAMPLES[0]).click()
    expect(sections).to_have_count(1)
    expect(page.locator("#aq-chat [data-testid='user']").last).to_have_text(EXAMPLES[0])
    answer = page.locator("#aq-chat [data-testid='bot']").last
    expect(answer).not_to_contain_text("Reading the article")
    expect(answer.locator("a[href^='#cite-1-']").first).to_be_visible()
    marks = page.locator("#aq-sources .aq-card mark")
    expect(marks.first).to_be_visible()
    article = bundled_article().text
    for quote in marks.all_inner_texts():
        assert quote in article
    expect(page.locator("#aq-sources .aq-card .aq-src").first).to_have_text("article.txt")
    # the Article tab shows the whole text with the same spans highlighted
    page.get_by_role("tab", name="Article").click()
    expect(page.locator("#aq-article .aq-article-head strong")).to_have_text("article.txt")
    expect(page.locator("#aq-article mark").first).to_be_visible()
    assert set(page.locator("#aq-article mark").all_inner_texts()) == set(marks.all_inner_texts())


def test_clicking_a_marker_scrolls_its_card_into_view(browser: Browser, app_url: str) -> None:
    from playwright.sync_api import expect

    page = open_page(browser, app_url, NARROW)  # the sources sit below the chat, out of view
    answer = ask(page, "Where was Rubio's first stop?")
    marker = answer.locator("a[href^='#cite-']").first
    card = page.locator(str(marker.get_attribute("href")))
    expect(card).not_to_be_in_viewport()
    marker.click()
    expect(card).to_be_in_viewport()
    expect(card).to_have_class(re.compile(r"\baq-flash\b"))
    page.context.close()


def test_follow_up_shows_the_question_searched_and_old_sources_reopen(page: Page) -> None:
    from playwright.sync_api import expect

    ask(page, "What is CECOT?")
    answer = ask(page, "How many prisoners can it hold?")
    expect(answer).to_contain_text("Searched for: How many prisoners can CECOT hold?")
    first = page.locator("#aq-chat [data-testid='bot']").first
    expect(first).not_to_contain_text("Searched for")
    # the first turn's sources are folded away; its marker opens them again
    marker = first.locator("a[href^='#cite-1-']").first
    card = page.locator(str(marker.get_attribute("href")))
    expect(card).to_be_hidden()
    marker.click()
    expect(card).to_be_in_viewport()


def test_abstention_says_so_and_shows_passages_as_not_an_answer(page: Page) -> None:
    from playwright.sync_api import expect

    answer = ask(page, "When will Rubio return to Washington?")
    expect(answer).to_contain_text("The article does not answer this question.")
    expect(answer).to_contain_text("The article never mentions \u201cWashington\u201d.")  # and why
    expect(answer).to_contain_text("Closest passages (not an answer)")
    sources = page.locator("#aq-sources")
    expect(sources.locator(".aq-note")).to_contain_text("does not answer")
    expect(sources.locator(".aq-passage .aq-badge").first).to_have_text("not an answer")
    expect(sources.locator(".aq-passage mark").first).to_be_visible()


def test_upload_html_into_a_new_collection_and_ask(page: Page, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    path = tmp_path / "harbour.html"
    path.write_text(HARBOUR_HTML, "utf-8")
    page.get_by_role("tab", name="Collections").click()
    page.locator("#aq-upload input[type='file']").set_input_files(path)
    # Once the upload is done, the file preview sets the name's stem and extension apart ("harbour .html");
    # "harbour.html" stands whole only in the passing "Uploading 1 file..." state, which a loaded machine misses.
    expect(page.locator("#aq-upload")).to_contain_text(re.compile(r"harbour\s+\.html"))
    target = page.locator("#aq-target input")
    status = page.locator("#aq-status")

    target.fill("x")  # too short a name: a clear message, nothing stored
    target.press("Enter")
    page.locator("#aq-add").click()
    expect(status).to_contain_text("Could not add the file: invalid collection name 'x'")

    target.fill("harbour-news")
    target.press("Enter")
    page.locator("#aq-add").click()
    expect(status).to_contain_text("Added harbour.html to collection harbour-news")
    expect(page.locator("#aq-library")).to_contain_text("harbour.html")
    expect(page.locator("#aq-collection input")).to_have_value("harbour-news")

    page.get_by_role("tab", name="Ask").click()
    expect(page.get_by_role("button", name=EXAMPLES[0])).to_be_hidden()  # examples are for the bundled article
    ask(page, "How many passengers can the ferry carry?")
    expect(page.locator("#aq-sources .aq-card .aq-src").first).to_have_text("harbour.html")
    expect(page.locator("#aq-sources .aq-card mark").first).to_be_visible()
    page.get_by_role("tab", name="Article").click()
    expect(page.locator("#aq-article")).to_contain_text("Mayor Linda Osei")
    expect(page.locator("#aq-article")).not_to_contain_text("tracker")


def test_article_markup_is_shown_as_text_never_run(
    browser: Browser, app_url: str, ui_settings: Settings, tmp_path: Path
) -> None:
    from playwright.sync_api import expect

    path = tmp_path / "bridge.txt"
    path.write_text(XSS_TEXT, "utf-8")
    ingest_path(path, "xss-news", settings=ui_settings)
    page = open_page(browser, app_url)
    choose_collection(page, "xss-news")
    answer = ask(page, "How much will the bridge over the Wren river cost?")
    ask(page, 'When does work start? <img src=x onerror="window.__xss=3">')
    expect(page.locator("#aq-chat [data-testid='user']").last).to_contain_text('<img src=x onerror="window.__xss=3">')
    expect(page.locator("#aq-sources").first).to_contain_text(SCRIPT)
    page.get_by_role("tab", name="Article").click()
    expect(page.locator("#aq-article")).to_contain_text(SCRIPT)
    expect(page.locator("#aq-article")).to_contain_text(IMG)
    assert page.evaluate("() => typeof window.__xss") == "undefined"
    assert page.locator("img[src='x']").count() == 0
    assert page.locator("#aq-chat script, #aq-sources script, #aq-article script").count() == 0
    assert "<script" not in answer.inner_html()
    page.context.close()


@pytest.mark.parametrize(
    ("name", "viewport", "query"),
    [
        ("wide", WIDE, ""),
        ("narrow", NARROW, ""),
        ("dark", WIDE, "?__theme=dark"),
        ("dark-narrow", NARROW, "?__theme=dark"),
    ],
)
def test_screenshots(
    browser: Browser, app_url: str, screenshot_dir: Path, name: str, viewport: dict[str, int], query: str
) -> None:
    """Answered pages at phone and desktop width, light and dark; offline (no request leaves the machine)."""
    from playwright.sync_api import expect

    page = open_page(browser, app_url, viewport, query)
    outside: list[str] = []

    def record(request: Request) -> None:
        if urlparse(request.url).hostname not in ("127.0.0.1", None):
            outside.append(request.url)

    page.on("request", record)
    ask(page, "How many prisoners can CECOT hold?")
    expect(page.locator("#aq-sources .aq-card mark").first).to_be_visible()
    assert page.evaluate("() => document.documentElement.scrollWidth") <= viewport["width"]  # nothing overflows
    if "dark" in query:
        assert page.evaluate("() => document.body.classList.contains('dark')")
    page.wait_for_timeout(300)  # let the last message settle before the picture
    page.screenshot(path=screenshot_dir / f"{name}.png", full_page=True)
    if name == "wide" and os.environ.get("ARTICLEQA_UPDATE_SCREENSHOT") == "1":
        DOCS_SCREENSHOT.parent.mkdir(exist_ok=True)
        page.screenshot(path=screenshot_dir / "docs.png")
        shutil.copyfile(screenshot_dir / "docs.png", DOCS_SCREENSHOT)
    assert outside == []
    page.context.close()
