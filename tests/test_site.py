"""The built site: every page in every language, the right <html lang>, a language menu
that keeps the page, and pages whose languages agree on ids, code, formulas and figures."""

import html
import io
import re
import tokenize
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from conftest import LANGUAGES, PREFIX, PUBLISHED_URL, ROOT, i18n_languages, mkdocs_config
from coderun import Fence, code_comments, fences, hook
from prose import FENCE, _fence_end

DOCS = ROOT / "docs"
SITE_URL = PUBLISHED_URL  # the suite's build (tests/conftest.py)
SOURCE_PAGES = sorted(p.relative_to(DOCS / "en") for p in (DOCS / "en").rglob("*") if p.suffix in (".md", ".ipynb"))


def url_of(page: Path) -> str:
    """docs/en/week5/lecture-a.md -> week5/lecture-a/ ; index.md -> '' (directory URLs)."""
    stem = page.with_suffix("").as_posix()
    if stem == "index":
        return ""
    return (stem[: -len("/index")] if stem.endswith("/index") else stem) + "/"


def html_file(site: Path, lang: str, page: Path) -> Path:
    prefix = "" if lang == "en" else lang + "/"
    return site / (prefix + url_of(page)) / "index.html"


class PageParser(HTMLParser):
    """What the tests look at in a built page."""

    def __init__(self):
        super().__init__()
        self.lang = None
        self.title = ""
        self.description = None
        self.head_alternates = {}  # hreflang -> href, <link rel="alternate"> in <head>
        self.search_placeholder = None
        self.nav_labels = []
        self.menu = {}  # hreflang -> href, from the language menu
        self.menu_lang = {}  # hreflang -> lang attribute of the menu link
        self.menu_current = []  # languages marked aria-current in the menu
        self.heading_ids = []
        self.maths = 0
        self.images = 0
        self._in_article = 0
        self._in_title = False
        self._in_nav_label = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        self._in_title = tag == "title"
        if tag == "meta" and a.get("name") == "description":
            self.description = a.get("content")
        if tag == "link" and a.get("rel") == "alternate" and a.get("hreflang"):
            self.head_alternates[a["hreflang"]] = a.get("href")
        if tag == "input" and a.get("data-md-component") == "search-query":
            self.search_placeholder = a.get("placeholder")
        self._in_nav_label = tag == "span" and "md-ellipsis" in (a.get("class") or "")
        if tag == "a" and "md-select__link" in (a.get("class") or ""):
            self.menu[a.get("hreflang")] = a.get("href")
            self.menu_lang[a.get("hreflang")] = a.get("lang")
            if a.get("aria-current"):
                self.menu_current.append(a.get("hreflang"))
        if tag == "article":
            self._in_article += 1
        if self._in_article:
            if re.fullmatch(r"h[1-6]", tag) and a.get("id"):
                self.heading_ids.append(a["id"])
            self.maths += tag == "math"
            self.images += tag == "img"

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        if self._in_nav_label and data.strip():
            self.nav_labels.append(data.strip())
            self._in_nav_label = False

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        if tag == "article":
            self._in_article -= 1


def parse(path: Path) -> PageParser:
    parser = PageParser()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_every_page_is_built_in_every_language(site):
    missing = [
        str(html_file(site, lang, page).relative_to(site))
        for lang in LANGUAGES
        for page in SOURCE_PAGES
        if not html_file(site, lang, page).is_file()
    ]
    assert not missing
    built = {p.relative_to(site).as_posix() for p in site.rglob("index.html")}
    expected = {html_file(site, lang, page).relative_to(site).as_posix() for lang in LANGUAGES for page in SOURCE_PAGES}
    assert built == expected


@pytest.mark.parametrize("page", SOURCE_PAGES, ids=str)
def test_language_and_menu(site, page):
    for lang in LANGUAGES:
        path = html_file(site, lang, page)
        parsed = parse(path)
        assert parsed.lang == lang, f"{path}: <html lang={parsed.lang}>"
        assert set(parsed.menu) == set(LANGUAGES) == set(parsed.head_alternates) - {"x-default"}
        assert parsed.head_alternates["x-default"] == parsed.head_alternates["en"]
        assert all(parsed.menu_lang[other] == other for other in LANGUAGES), parsed.menu_lang
        assert parsed.menu_current == [lang], f"{path}: current language {parsed.menu_current}"
        for other in LANGUAGES:
            for where, href in [("menu", parsed.menu[other]), ("hreflang", parsed.head_alternates[other])]:
                href = href.removeprefix(SITE_URL.rstrip("/"))  # hreflang alternates are absolute
                href = href.removeprefix(PREFIX.rstrip("/"))  # and the menu may link the root as /course/
                target = ((site if href.startswith("/") else path.parent) / href.lstrip("/")).resolve() / "index.html"
                assert target == html_file(site, other, page).resolve(), f"{path}: {where} entry {other} -> {href}"


@pytest.mark.parametrize("page", [p for p in SOURCE_PAGES if p.suffix == ".md"], ids=str)
def test_languages_agree(site, page):
    """Same heading ids, formulas and figures in each language, and the same code."""
    english = parse(html_file(site, "en", page))
    english_code = _code(DOCS / "en" / page)
    for lang in LANGUAGES[1:]:
        source = DOCS / lang / page
        if not source.exists():
            continue  # served in English, see test_fallback
        other = parse(html_file(site, lang, page))
        assert other.heading_ids == english.heading_ids, f"{lang}: heading ids differ"
        assert other.maths == english.maths, f"{lang}: {other.maths} formulas, English has {english.maths}"
        assert other.images == english.images, f"{lang}: {other.images} figures, English has {english.images}"
        assert _code(source) == english_code, f"{lang}: code blocks differ from the English page"
        for index, (a, b) in enumerate(zip(formulas(DOCS / "en" / page), formulas(source), strict=True), 1):
            assert a == b, f"{lang}/{page}: formula {index} is not the English one:\n  en: {a}\n  {lang}: {b}"


MATH = re.compile(r"\$\$(.+?)\$\$|(?<![\\$])\$([^$\n]+?)\$", re.DOTALL)
TEXT = re.compile(r"\\(?:text|textrm|textit|mbox)\s*\{(?:[^{}]|\{[^{}]*\})*\}")


def formulas(page: Path) -> list[str]:
    """The page's formulas, as compared between languages: words in \\text{} masked (they are
    translated), a decimal comma written {,} read as a point, spacing ignored."""
    lines, kept, index = page.read_text(encoding="utf-8").splitlines(), [], 0
    while index < len(lines):
        if FENCE.match(lines[index]):
            index = _fence_end(lines, index) + 1
            continue
        kept.append(lines[index])
        index += 1
    text = re.sub(r"`[^`\n]+`", "", "\n".join(kept))
    return [
        re.sub(r"\s+", "", TEXT.sub(r"\\text{}", m[1] if m[1] is not None else m[2]).replace("{,}", "."))
        for m in MATH.finditer(text)
    ]


def _code(page: Path) -> list[str]:
    return [f.code for f in fences(page) if f.lang in ("python", "output")]


ENGLISH_NAV = {"Home", "Week 2", "Week 5", "Midterm review", "Glossary"}


@pytest.mark.parametrize("page", [p for p in SOURCE_PAGES if p.suffix == ".md"], ids=str)
def test_translated_pages_speak_their_language(site, page):
    """Title, meta description, navigation and theme words of a translated page are not English."""
    english = parse(html_file(site, "en", page))
    assert english.description, f"{page}: no meta description"
    for lang in LANGUAGES[1:]:
        other = parse(html_file(site, lang, page))
        assert not ENGLISH_NAV & set(other.nav_labels), f"{lang}/{page}: English navigation labels"
        assert other.search_placeholder != english.search_placeholder, f"{lang}/{page}: English theme strings"
        if (DOCS / lang / page).exists():
            assert other.title != english.title, f"{lang}/{page}: English <title>"
            assert other.description and other.description != english.description, f"{lang}/{page}: description"


def test_each_notebook_link_comes_with_a_download(site):
    for lang in LANGUAGES:
        html = html_file(site, lang, Path("week5/lecture-a/index.md")).read_text(encoding="utf-8")
        pages = re.findall(r'<a href="([^"]*notebooks/week5/([^"/]+)/)">', html)
        assert pages, lang
        for href, name in pages:
            assert f'<a href="{href}{name}.ipynb" download>' in html
            assert (html_file(site, lang, Path("week5/lecture-a/index.md")).parent / href / f"{name}.ipynb").resolve().is_file()


def test_admonitions_carry_their_own_title():
    """An admonition without a quoted title would show the theme's English word for its type."""
    untitled = [
        f"{page.relative_to(ROOT)}:{number}: {line.strip()}"
        for page in sorted(DOCS.rglob("*.md"))
        for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1)
        if re.match(r"\s*(!!!|\?\?\?\+?)\s*[\w-]+\s*$", line)
    ]
    assert not untitled, untitled


def test_each_language_has_its_404_page(site):
    for lang in LANGUAGES:
        path = site / ("" if lang == "en" else lang + "/") / "404.html"
        assert parse(path).lang == lang, path


def test_sitemaps_per_language_and_robots(site):
    import xml.etree.ElementTree as ET

    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    for lang in LANGUAGES:
        prefix = "" if lang == "en" else lang + "/"
        urls = ET.parse(site / prefix / "sitemap.xml").getroot().findall("s:url", ns)
        assert len(urls) == len([p for p in SOURCE_PAGES if p.suffix == ".md"])  # notebook pages are not listed
        for url in urls:
            loc = url.find("s:loc", ns).text
            rest = loc.removeprefix(SITE_URL)
            assert loc.startswith(SITE_URL) and (rest.startswith(prefix) if prefix else rest.split("/")[0] not in LANGUAGES), loc
            links = {link.get("hreflang"): link.get("href") for link in url.findall("x:link", ns)}
            assert set(links) == set(LANGUAGES) | {"x-default"} and links["x-default"] == links["en"], loc
    robots = (site / "robots.txt").read_text(encoding="utf-8")
    assert [line for line in robots.splitlines() if line.startswith("Sitemap:")] == [
        f"Sitemap: {SITE_URL}{'' if lang == 'en' else lang + '/'}sitemap.xml" for lang in LANGUAGES
    ]


def test_formulas_are_real_mathml_with_their_tex(site):
    """Symbols are characters, not escaped references shown as text; every formula keeps its TeX."""
    page = (site / "week5/lecture-b/index.html").read_text(encoding="utf-8")
    assert "&amp;#x" not in page
    assert page.count("<math ") > 10 and page.count(" alttext=") == page.count("<math ")
    assert '<mo>=</mo>' in page or '<mo>&#x0003D;</mo>' in page


def _words(lang: str) -> dict[str, str]:
    config = mkdocs_config(ROOT / "mkdocs.yml")
    language = next(l for l in i18n_languages(config) if l["locale"] == lang)
    return {**config["extra"]["text"], **(language.get("extra") or {}).get("text", {})}


NOTEBOOK_PAGES = [p for p in SOURCE_PAGES if p.suffix == ".ipynb"]


def _comments_of(code: str, tokens) -> list[str]:
    return [t.string for t in tokens(code) if t.type == tokenize.COMMENT and not t.string.startswith("# %%")]


def test_notebooks_speak_the_readers_language(site):
    """Each language's .ipynb download: its introduction in that language with a link back to the
    lecture section, the catalog's comments, and the English notebook's code tokens and outputs."""
    import json

    comments = code_comments()
    generate = lambda code: tokenize.generate_tokens(io.StringIO(code).readline)  # noqa: E731
    for lang in LANGUAGES[1:]:
        words, table = _words(lang), comments.translations(lang)
        translated = 0
        for page in NOTEBOOK_PAGES:
            english = json.loads((DOCS / "en" / page).read_text(encoding="utf-8"))
            path = html_file(site, lang, page).parent / page.name
            nb = json.loads(path.read_text(encoding="utf-8"))
            intro = "".join(nb["cells"][0]["source"])
            assert f"{words['notebook_source']} `examples/" in intro, f"{path}: introduction not in {lang}"
            assert words["notebook_from"] in intro and "](../../../" in intro, f"{path}: no link to its section"
            example = "examples/" + page.relative_to("notebooks").with_suffix(".py").as_posix()
            variant, _ = comments.localize((ROOT / example).read_text(encoding="utf-8"), table)
            pairs = [(e, t) for e, t in zip(english["cells"], nb["cells"]) if e["cell_type"] == "code"]
            assert len(pairs) == len(english["cells"]) - 1 == len(nb["cells"]) - 1
            code = "\n".join("".join(t["source"]) for _, t in pairs)
            assert [x[:2] for x in comments.code_tokens(code)] == [
                x[:2] for x in comments.code_tokens("\n".join("".join(e["source"]) for e, _ in pairs))
            ], f"{path}: code differs from the English notebook"
            assert _comments_of(code, generate) == _comments_of(variant, generate), f"{path}: not the {lang} comments"
            for e, t in pairs:
                for a, b in zip(e["outputs"], t["outputs"]):
                    assert {k: v for k, v in a.items() if k != "metadata"} == {k: v for k, v in b.items() if k != "metadata"}
            translated += variant != (ROOT / example).read_text(encoding="utf-8")
        assert translated > len(NOTEBOOK_PAGES) // 2, f"{lang}: only {translated} notebooks have translated comments"


def test_notebook_pages_have_no_english_chrome(site):
    """No renderer words (alt text placeholder, clipboard label) and a translated alt text on figures."""
    comments = code_comments()
    for lang in LANGUAGES:
        alts = comments.page_index(DOCS, lang).alts
        for page in NOTEBOOK_PAGES:
            text = html_file(site, lang, page).read_text(encoding="utf-8")
            assert "No description has been provided" not in text and "Copy to Clipboard" not in text, f"{lang}/{page}"
            for alt in re.findall(r'<img\b[^>]*\balt="([^"]*)"', text):
                assert html.unescape(alt) in alts.values(), f"{lang}/{page}: alt {alt[:60]!r}"


def test_palette_toggle_and_dates_in_the_readers_language(site):
    from babel.dates import format_date

    config = mkdocs_config(ROOT / "mkdocs.yml")
    english = [p["toggle"]["name"] for p in config["theme"]["palette"]]
    for language in i18n_languages(config)[1:]:
        lang = language["locale"]
        names = [p["toggle"]["name"] for p in language["theme"]["palette"]]
        html = html_file(site, lang, Path("week5/lecture-a/index.md")).read_text(encoding="utf-8")
        assert all(f'title="{n}"' in html for n in names) and not any(n in html for n in english), lang
        meta = yaml.safe_load((DOCS / lang / "week5/lecture-a/index.md").read_text(encoding="utf-8").split("---")[1])
        assert f"({format_date(meta['translation-date'], 'long', locale=lang)})" in html, lang


def test_palette_stylesheet_keeps_its_colours_without_the_switching_rule(site):
    """overrides/hooks/palette_css.py: the rule that made every page restyle twice at load is
    gone from the built stylesheet; the colour schemes are all still there."""
    without_switching_rule = hook("palette_css").without_switching_rule
    css = "a{color:red}[data-md-color-switching] *,[data-md-color-switching] :after{transition-duration:0s!important}b{c:d}"
    assert without_switching_rule(css) == "a{color:red}b{c:d}"
    assert without_switching_rule("a{color:red}") == "a{color:red}"
    assert without_switching_rule("@media screen{a{b:c}[data-md-color-switching] *{x:y}}d{e:f}") == "@media screen{a{b:c}}d{e:f}"
    (built,) = (site / "assets" / "stylesheets").glob("palette.*.min.css")
    text = built.read_text(encoding="utf-8")
    assert "data-md-color-switching" not in text
    assert '[data-md-color-scheme=slate]' in text and "[data-md-color-primary=indigo]" in text


def test_formula_comparison_catches_a_changed_symbol(tmp_path):
    en, fr = tmp_path / "en.md", tmp_path / "fr.md"
    en.write_text("Le pas $\\eta_t = \\eta_0 \\gamma^t$ et $3.1$, $\\text{step decay: } a$.\n", encoding="utf-8")
    fr.write_text("The step $\\eta_t = \\eta_0\\gamma^t$ and $3{,}1$, $\\text{décroissance : } a$.\n", encoding="utf-8")
    assert formulas(en) == formulas(fr)
    fr.write_text("The step $\\eta_t = \\eta_0 \\beta^t$ and $3{,}1$, $\\text{décroissance : } a$.\n", encoding="utf-8")
    assert formulas(en) != formulas(fr)
