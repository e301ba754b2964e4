"""The built site in a real browser (Debian's Chromium, driven by Playwright)."""

import re
from urllib.parse import urlsplit

import pytest
from conftest import LANGUAGES

SWITCH_PAGES = [("week2/lecture-a/", "backpropagation"), ("week5/lecture-a/", "momentum")]


def lang_url(base: str, lang: str, path: str) -> str:
    return base + ("" if lang == "en" else lang + "/") + path


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()


# Every ordered pair of languages once, each switch starting where the last one landed.
SWITCH_TOUR = ["en", "fr", "en", "es", "en", "pt", "fr", "es", "fr", "pt", "es", "pt", "en"]


def test_the_tour_switches_every_ordered_pair_once():
    pairs = list(zip(SWITCH_TOUR, SWITCH_TOUR[1:]))
    assert sorted(pairs) == sorted((a, b) for a in LANGUAGES for b in LANGUAGES if a != b)


@pytest.mark.parametrize("path, section", SWITCH_PAGES)
def test_language_switch_keeps_page_and_section(served, page, path, section):
    page.goto(lang_url(served, SWITCH_TOUR[0], path) + "#" + section)
    for source, target in zip(SWITCH_TOUR, SWITCH_TOUR[1:]):
        page.locator(".md-header__option .md-select").hover()
        page.locator(f'a.md-select__link[hreflang="{target}"]').click()
        page.wait_for_url(re.compile(re.escape(lang_url(served, target, path)) + "#" + section + "$"))
        heading = page.locator(f"#{section}")
        assert heading.is_visible()
        box = heading.bounding_box()
        assert box and 0 <= box["y"] < page.viewport_size["height"], f"{source}->{target}: not scrolled to #{section}"


def all_pages(site):
    return sorted(p.parent.relative_to(site).as_posix() + "/" for p in site.rglob("index.html"))


def test_no_console_error_and_no_request_leaves_the_site(site, served, browser):
    context = browser.new_context()
    outside, errors = [], []
    context.route(re.compile(r"^(?!http://127\.0\.0\.1:).*"), lambda route: (outside.append(route.request.url), route.abort()))
    page = context.new_page()
    page.on("console", lambda msg: msg.type == "error" and errors.append(f"{page.url}: {msg.text}"))
    page.on("pageerror", lambda exc: errors.append(f"{page.url}: {exc}"))
    paths = all_pages(site)
    for path in paths:
        page.goto(served + path.removeprefix("./"), wait_until="load")
    context.close()
    assert len(paths) > 250
    assert not outside, outside[:10]
    assert not errors, errors[:10]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_returns_the_readers_language_only(served, page, lang):
    """"PyTorch" is written on pages of every language; results stay in the reader's one."""
    page.goto(lang_url(served, lang, "week5/"))
    page.wait_for_timeout(1500)  # the search worker loads its index
    page.locator(".md-search__input").click()
    page.locator(".md-search__input").press_sequentially("PyTorch", delay=30)
    page.locator(".md-search-result__link").first.wait_for()
    paths = [urlsplit(href).path for href in page.locator(".md-search-result__link").evaluate_all("e => e.map(a => a.href)")]
    others = [f"/{other}/" for other in LANGUAGES[1:] if other != lang]
    assert paths and all(p.startswith(f"/{lang}/" if lang != "en" else "/") for p in paths), paths
    assert not [p for p in paths if any(p.startswith(o) for o in others)], paths


def test_copy_button_copies_the_tested_code_which_runs(served, browser, tmp_path):
    import subprocess
    import sys

    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(served)
    block = page.locator("div.highlight", has_text="import torch").first
    block.hover()
    block.locator("button[data-md-type=copy]").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    context.close()
    from coderun import ROOT

    assert copied == (ROOT / "examples/intro/fit_a_line.py").read_text(encoding="utf-8").rstrip("\n")
    script = tmp_path / "copied.py"
    script.write_text(copied, encoding="utf-8")
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout == (ROOT / "examples/intro/fit_a_line.out").read_text(encoding="utf-8")


def test_dark_mode_persists_across_pages(served, page):
    page.goto(served)
    scheme = page.locator("body").get_attribute("data-md-color-scheme")
    page.locator("form[data-md-component=palette] label:visible").first.click()
    changed = page.locator("body").get_attribute("data-md-color-scheme")
    assert changed != scheme
    page.goto(served + "week5/")
    assert page.locator("body").get_attribute("data-md-color-scheme") == changed


def test_mobile_navigation_and_language_switch(served, browser):
    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(served + "fr/week5/")
    page.locator("label.md-header__button[for=__drawer]").click()
    assert page.locator("nav.md-nav--primary").first.is_visible()
    page.locator("label.md-overlay").click(position={"x": 360, "y": 10}) if page.locator("label.md-overlay").is_visible() else None
    page.locator(".md-header__option .md-select button").click()
    page.locator('a.md-select__link[hreflang="pt"]').click()
    page.wait_for_url(served + "pt/week5/")
    assert page.locator("html").get_attribute("lang") == "pt"
    context.close()
