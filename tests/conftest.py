import contextlib
import functools
import gzip
import http.server
import io
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

from urllib.parse import urlsplit

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ["en", "fr", "es", "pt"]
# The test suite builds the site as if published under a sub-path, as GitHub Pages serves a
# project site, and serves it there: every page, link, search and download is tested where
# a relative-path mistake would show.
PUBLISHED_URL = "https://example.org/course/"
PREFIX = urlsplit(PUBLISHED_URL).path  # "/course/"


def mkdocs_config(path: Path) -> dict:
    """mkdocs.yml as MkDocs reads it (!ENV tags resolved)."""
    from mkdocs.utils.yaml import yaml_load

    with open(path, encoding="utf-8") as file:
        return yaml_load(file)


def i18n_languages(config: dict) -> list[dict]:
    """The languages configured for mkdocs-static-i18n in a loaded mkdocs.yml."""
    return next(p["i18n"] for p in config["plugins"] if isinstance(p, dict) and "i18n" in p)["languages"]


def mkdocs_build(project: Path, site: Path, site_url: str | None = None) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` of a project (never with -q: it hides warnings from --strict)."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", NO_COLOR="1")
    if site_url:
        env["SITE_URL"] = site_url
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=project, env=env, capture_output=True, text=True,
    )


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The whole site, built once for the session into a temporary directory.

    While working on the browser tests, `SITE_DIR=site pytest tests/test_browser.py` reuses a
    site built with `make build SITE_URL=https://example.org/course/` instead."""
    if os.environ.get("SITE_DIR"):
        return Path(os.environ["SITE_DIR"]).resolve()
    out = tmp_path_factory.mktemp("site")
    build = mkdocs_build(ROOT, out, PUBLISHED_URL)
    log = build.stdout + build.stderr
    assert build.returncode == 0, log
    assert "WARNING" not in log, log
    return out


# A small fixture site (built into a temporary directory by the tests that use it).
PAGES = {
    "docs/en/index.md": "# Home {#home}\n\nRead the [guide](guide.md#usage).\n",
    "docs/en/guide.md": (
        "# Guide {#guide}\n\n## Usage {#usage}\n\n"
        '```python\n--8<-- "examples/hello.py"\n```\n'
    ),
    "docs/fr/index.md": "---\ntranslator: Test\n---\n\n# Accueil {#home}\n\nLire le [guide](guide.md#usage).\n",
    "examples/hello.py": 'print("hello")\n',
}


@pytest.fixture
def project(tmp_path) -> Path:
    config = mkdocs_config(ROOT / "mkdocs.yml")
    config["nav"] = [{"Home": "index.md"}, {"Guide": "guide.md"}]
    config["validation"]["nav"]["omitted_files"] = "info"  # tests may add pages
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    shutil.copytree(ROOT / "overrides", tmp_path / "overrides")
    shutil.copytree(ROOT / "docs" / "assets" / "stylesheets", tmp_path / "docs" / "assets" / "stylesheets")
    for name, text in PAGES.items():
        write(tmp_path, name, text)
    return tmp_path


def write(project: Path, name: str, text: str) -> None:
    path = project / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def build(project: Path) -> tuple[int, str]:
    result = mkdocs_build(project, project / "site")
    return result.returncode, result.stdout + result.stderr


@contextlib.contextmanager
def serve(directory: Path, prefix: str = "/"):
    """Serve a built site on http://127.0.0.1:<port><prefix> (with gzip), as a static host
    does: a missing page gets the site's 404.html with status 404.  Yields the base URL."""
    handler = functools.partial(QuietHandler, directory=str(directory), prefix=prefix)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}{prefix}"
    finally:
        server.shutdown()


@pytest.fixture(scope="session")
def served(site):
    """The built site on http://127.0.0.1:<port>/course/, where it is published."""
    with serve(site, PREFIX) as base:
        yield base


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """A static file server that compresses text with gzip, as a production server would."""

    COMPRESSED = (".html", ".css", ".js", ".json", ".svg", ".xml", ".ipynb")
    CACHE: dict = {}

    def __init__(self, *args, prefix="/", **kwargs):
        self.prefix = prefix
        super().__init__(*args, **kwargs)

    def translate_path(self, path):
        path = path.split("?")[0].split("#")[0]
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "__outside_the_site__")
        return super().translate_path("/" + path[len(self.prefix):])

    def log_message(self, *args):
        pass

    def handle(self):
        try:
            super().handle()
        except (BrokenPipeError, ConnectionResetError):  # the browser moved on before the reply ended
            pass

    def send_error(self, code, message=None, explain=None):
        """A missing page gets the site's own 404 page, as GitHub Pages serves it."""
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        if "gzip" not in self.headers.get("Accept-Encoding", "") or not path.is_file() or path.suffix not in self.COMPRESSED:
            return super().send_head()
        key = (path, path.stat().st_mtime_ns)
        if key not in self.CACHE:  # every page loads the search index: compress each file once
            self.CACHE[key] = gzip.compress(path.read_bytes(), compresslevel=6)
        body = self.CACHE[key]
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright (never a downloaded browser)."""
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "browser tests need Debian's chromium: apt-get install chromium (done by .ci/run)"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def pytest_collection_modifyitems(items):
    """Lighthouse runs in the background from the first audit on (tests/test_audits.py): its
    tests come last, when its reports are ready, so the browser tests run meanwhile."""
    items.sort(key=lambda item: "lighthouse" in item.name)
