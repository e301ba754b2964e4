"""Audits of the built site, served with gzip on 127.0.0.1: every link and anchor resolves,
axe-core finds no accessibility violation, and Lighthouse scores accessibility, best
practices and SEO at 100 on every page type, and no page is heavier than its budget on a
first visit.  (Performance is measured by tests/bench_pages.py: timings are a benchmark, not
a test.)"""

import gzip
import json
import os
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from conftest import CHROMIUM, CHROMIUM_ARGS, LANGUAGES, PREFIX, QuietHandler

NODE = Path(__file__).parent / "node" / "node_modules"
# One page of each type, in several languages.
PAGE_TYPES = {
    "home": "",
    "week overview": "fr/week5/",
    "section page": "es/week2/lecture-b/practical-tricks/",  # among the heaviest pages: ten programs
    "revision": "pt/midterm/cnn/",  # the longest of the review's four parts
    "notebook": "fr/notebooks/week5/momentum/",
    "glossary": "glossary/",
}


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.targets = set(), []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "a" and a.get("name"):
            self.ids.add(a["name"])
        for key in ("href", "src"):
            if a.get(key) and not (tag == "link" and a.get("rel") in ("alternate", "canonical")):
                self.targets.append(a[key])


class FirstVisit(HTMLParser):
    """What a browser fetches to show a page the first time: its stylesheets, scripts, icon
    and images (the search index and the search engine wait until search is opened)."""

    def __init__(self):
        super().__init__()
        self.files, self.heavy = [], False  # heavy: shows a program, a notebook or a figure
        self.elements = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.elements += 1
        if (tag == "link" and a.get("rel") in ("stylesheet", "icon")) or tag == "script":
            self.files.append(a.get("href") or a.get("src"))
        elif tag == "img":
            self.files.append(a.get("src"))
        classes = (a.get("class") or "").split()
        self.heavy |= tag == "img" or "language-python" in classes or "jp-Notebook" in classes


# A first visit transfers at most this much (gzip, as served): a page of text, and any page
# (programs, their output and figures included).
TEXT_PAGE_KIB, ANY_PAGE_KIB = 100, 150
# And has at most this many elements: on a simulated phone, Lighthouse's performance fell
# below 95 for pages of 3,000 and more, most of it laying out formulas (README, Benchmarks).
# A longer page becomes a folder of parts (CONTRIBUTING.md, "Add a page").
PAGE_ELEMENTS = 3000


def test_first_visit_fits_the_page_budget(site):
    sizes: dict[Path, int] = {}

    def size(file: Path) -> int:
        if file not in sizes:
            data = file.read_bytes()
            sizes[file] = len(gzip.compress(data, 6) if file.suffix in QuietHandler.COMPRESSED else data)
        return sizes[file]

    over = []
    for page in sorted(site.rglob("*.html")):
        visit = FirstVisit()
        visit.feed(page.read_text(encoding="utf-8"))
        files = {(page.parent / unquote(urlsplit(f).path)).resolve() for f in visit.files
                 if f and not urlsplit(f).scheme and not f.startswith("data:")}
        kib = (size(page) + sum(size(f) for f in files if f.is_file())) / 1024
        budget = ANY_PAGE_KIB if visit.heavy else TEXT_PAGE_KIB
        if kib > budget:
            over.append(f"{page.relative_to(site)}: {kib:.0f} KiB > {budget} KiB")
        if visit.elements > PAGE_ELEMENTS:
            over.append(f"{page.relative_to(site)}: {visit.elements} elements > {PAGE_ELEMENTS}")
    assert sizes and not over, over


def test_every_link_and_anchor_resolves(site, lighthouse_running):
    pages = {path: Links() for path in site.rglob("*.html")}
    for path, links in pages.items():
        links.feed(path.read_text(encoding="utf-8"))
    broken = []
    for path, links in pages.items():
        for target in links.targets:
            url = urlsplit(target)
            if url.scheme or target.startswith(("mailto:", "data:", "javascript:", "//")):
                continue
            if url.path.startswith("/") and not url.path.startswith(PREFIX):
                broken.append(f"{path.relative_to(site)}: {target} (outside the site's path {PREFIX})")
                continue
            file = (site / url.path.removeprefix(PREFIX)) if url.path.startswith("/") else (path.parent / unquote(url.path))
            file = file.resolve()
            if url.path == "":
                file = path.resolve()
            if file.is_dir():
                file = file / "index.html"
            if not file.exists():
                broken.append(f"{path.relative_to(site)}: {target}")
            elif url.fragment and file.suffix == ".html" and unquote(url.fragment) not in pages[file].ids:
                broken.append(f"{path.relative_to(site)}: {target} (no such anchor)")
    assert not broken, f"{len(broken)} broken links:\n" + "\n".join(broken[:30])


@pytest.mark.parametrize("path", PAGE_TYPES.values(), ids=PAGE_TYPES.keys())
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violation(served, browser, path, scheme):
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    page.goto(served + path)
    page.add_script_tag(path=str(NODE / "axe-core" / "axe.min.js"))
    # The schemes differ only in colours: in dark mode the colour rules are the ones to run again.
    only = "" if scheme == "light" else ", runOnly: {type: 'rule', values: ['color-contrast', 'link-in-text-block']}"
    result = page.evaluate(f"axe.run(document, {{resultTypes: ['violations']{only}}})")
    context.close()
    violations = [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['html'][:120] for n in v['nodes'][:3]]}"
        for v in result["violations"]
    ]
    assert not violations, "\n".join(violations)


def start_lighthouse(urls: list[str], categories: list[str]) -> subprocess.Popen:
    """Lighthouse for each page (mobile preset), all in one Debian Chromium, in the background."""
    return subprocess.Popen(
        ["node", str(NODE.parent / "lighthouse-pages.mjs"), ",".join(categories), *urls],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=NODE.parent,
        env=dict(os.environ, CHROME_PATH=CHROMIUM, CHROME_FLAGS=json.dumps(CHROMIUM_ARGS)),
    )


def reports(process: subprocess.Popen) -> list[dict]:
    stdout, stderr = process.communicate(timeout=600)
    assert process.returncode == 0, stderr[-2000:]
    return json.loads(stdout)


def lighthouse(urls: list[str], categories: list[str]) -> list[dict]:
    return reports(start_lighthouse(urls, categories))


@pytest.fixture(scope="session")
def lighthouse_running(served):
    """Started by the first audit and left to run while the other tests use the browser;
    the Lighthouse tests, moved to the end of the session (conftest.py), read its reports."""
    process = start_lighthouse([served + path for path in PAGE_TYPES.values()], ["accessibility", "best-practices", "seo"])
    yield process
    if process.poll() is None:
        process.kill()


@pytest.fixture(scope="session")
def lighthouse_reports(lighthouse_running) -> dict:
    return dict(zip(PAGE_TYPES.values(), reports(lighthouse_running)))


@pytest.mark.parametrize("path", PAGE_TYPES.values(), ids=PAGE_TYPES.keys())
def test_lighthouse_scores(lighthouse_reports, path):
    report = lighthouse_reports[path]
    scores = {name: category["score"] for name, category in report["categories"].items()}
    failing = [
        f"{audit['id']}: {audit['title']}"
        for audit in report["audits"].values()
        if audit.get("scoreDisplayMode") == "binary" and audit.get("score") == 0
    ]
    assert scores == {"accessibility": 1, "best-practices": 1, "seo": 1}, failing
