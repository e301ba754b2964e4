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


@pytest.mark.parametrize("path, section", SWITCH_PAGES)
def test_language_switch_keeps_page_and_section(served, page, path, section):
    for source in LANGUAGES:
        for target in LANGUAGES:
            if source == target:
                continue
            page.goto(lang_url(served, source, path) + "#" + section)
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
    for path in all_pages(site):
        page.goto(served + path.removeprefix("./"), wait_until="load")
    context.close()
    assert not outside, outside[:10]
    assert not errors, errors[:10]
