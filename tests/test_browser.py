"""The built site in a real browser (Debian's Chromium, driven by Playwright)."""

import re
from urllib.parse import urlsplit

import pytest
from conftest import LANGUAGES

# The page and section of the language-switch tour.
SWITCH_PAGE = ("week3/practicum/", "permuted-pixels")


def lang_url(base: str, lang: str, path: str) -> str:
    return base + ("" if lang == "en" else lang + "/") + path


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def clipboard_page(browser):
    """A page whose copy buttons may write the clipboard and whose tests may read it."""
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    yield context.new_page()
    context.close()


def copy(page, block):
    """What the copy button of a code block puts on the clipboard."""
    block.hover()
    block.locator("button[data-md-type=copy]").click()
    return page.evaluate("navigator.clipboard.readText()")


def choose_language(page, target, tap=False):
    """Pick a language in the header menu: hover it with a mouse, or tap it on a phone."""
    menu = page.locator(".md-header__option .md-select")
    menu.locator("button").click() if tap else menu.hover()
    page.locator(f'a.md-select__link[hreflang="{target}"]').click()


# Every ordered pair of languages once, each switch starting where the last one landed.
SWITCH_TOUR = ["en", "fr", "en", "es", "en", "pt", "fr", "es", "fr", "pt", "es", "pt", "en"]


def test_the_tour_switches_every_ordered_pair_once():
    pairs = list(zip(SWITCH_TOUR, SWITCH_TOUR[1:]))
    assert sorted(pairs) == sorted((a, b) for a in LANGUAGES for b in LANGUAGES if a != b)


def assert_at_section(page, section, step):
    """The section's heading is at the top of the screen, in the first quarter below the header."""
    box = page.locator(f"#{section}").bounding_box()
    top = page.viewport_size["height"] / 4 + 68
    assert box and 0 <= box["y"] <= top, f"{step}: not at #{section} ({box})"


def all_pages(site):
    return sorted(p.parent.relative_to(site).as_posix() + "/" for p in site.rglob("index.html"))


def pages_to_load(site):
    """Every page, each in one language, the languages taken in turn (the same templates and
    scripts around the same code in every language), and every language's home page."""
    by_page: dict[str, dict[str, str]] = {}
    for path in all_pages(site):
        parts = path.split("/")
        lang = parts[0] if parts[0] in LANGUAGES else "en"
        rest = "/".join(parts[1:] if lang != "en" else parts)
        by_page.setdefault(rest, {})[lang] = path
    pages = [by_lang.get(LANGUAGES[index % len(LANGUAGES)], next(iter(by_lang.values())))
             for index, (rest, by_lang) in enumerate(sorted(by_page.items()))]
    homes = [path for rest, by_lang in by_page.items() if rest in ("", "./") for path in by_lang.values()]
    return sorted(set(pages) | set(homes))


def test_no_console_error_and_no_request_leaves_the_site(site, served, browser):
    context = browser.new_context()
    outside, errors = [], []
    context.route(re.compile(r"^(?!http://127\.0\.0\.1:).*"), lambda route: (outside.append(route.request.url), route.abort()))
    tabs = [context.new_page() for _ in range(3)]  # three pages load at a time
    for tab in tabs:
        tab.on("console", lambda msg, tab=tab: msg.type == "error" and errors.append(f"{tab.url}: {msg.text}"))
        tab.on("pageerror", lambda exc, tab=tab: errors.append(f"{tab.url}: {exc}"))
    paths = pages_to_load(site)
    for start in range(0, len(paths), len(tabs)):
        loading = list(zip(tabs, paths[start:start + len(tabs)]))
        for tab, path in loading:
            tab.goto(served + path.removeprefix("./"), wait_until="commit")
        for tab, path in loading:
            tab.wait_for_load_state("load")
    context.close()
    assert len(paths) > 100
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
    base = urlsplit(served).path  # the site's own path (/course/)
    paths = ["/" + urlsplit(href).path.removeprefix(base)
             for href in page.locator(".md-search-result__link").evaluate_all("e => e.map(a => a.href)")]
    others = [f"/{other}/" for other in LANGUAGES[1:] if other != lang]
    assert paths and all(p.startswith(f"/{lang}/" if lang != "en" else "/") for p in paths), paths
    assert not [p for p in paths if any(p.startswith(o) for o in others)], paths


def test_copy_button_copies_the_tested_code_which_runs(served, clipboard_page, tmp_path):
    """English: the example file itself; French: the same code with the French comments. Both run."""
    import subprocess
    import sys

    from coderun import ROOT, code_comments

    comments = code_comments()
    english = (ROOT / "examples/intro/fit_a_line.py").read_text(encoding="utf-8")
    page = clipboard_page
    for prefix, expected in [("", english), ("fr/", comments.localize(english, comments.translations("fr"))[0])]:
        page.goto(served + prefix)
        copied = copy(page, page.locator("div.highlight", has_text="import torch").first)
        assert copied == expected.rstrip("\n") and (prefix == "" or copied != english.rstrip("\n"))
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


def test_an_old_link_to_a_section_finds_the_part_that_now_holds_it(served, page):
    """Long pages became folders of parts (ids kept): old bookmarks go on to the part."""
    for old, new in [("week5/lecture-a/#momentum", "week5/lecture-a/momentum/#momentum"),
                     ("fr/week2/lecture-b/#dropout", "fr/week2/lecture-b/practical-tricks/#dropout"),
                     ("es/midterm/#batch-norm", "es/midterm/optimisation/#batch-norm")]:
        page.goto(served + old)
        page.wait_for_url(served + new)
        assert page.locator("#" + new.split("#")[1]).is_visible()
    page.goto(served + "week5/lecture-a/#quadratic-model")  # a section still on the first part stays
    page.wait_for_load_state("load")
    assert page.url == served + "week5/lecture-a/#quadratic-model"


def test_a_reader_in_dark_mode_gets_it_at_once_without_a_fade(served, browser):
    """No palette chosen yet: the system's dark mode is on <body> before the theme's bundle
    runs (so before the content is drawn), and no colour in the page fades in at load."""
    context = browser.new_context(color_scheme="dark")
    # Noted when the parser meets the bundle's <script>: observers run before it executes.
    context.add_init_script("""new MutationObserver(function (records, observer) {
        if (document.querySelector('script[src*="/bundle."]')) {
            window.schemeBeforeTheme = document.body.getAttribute("data-md-color-scheme");
            observer.disconnect();
        }
    }).observe(document, {childList: true, subtree: true});""")
    page = context.new_page()
    page.goto(served + "fr/week5/lecture-a/momentum/", wait_until="load")
    assert page.evaluate("window.schemeBeforeTheme") == "slate"
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    # (The theme's own class changes may animate a navigation link; the content must not move.)
    fading = page.evaluate("document.getAnimations().filter(a => a instanceof CSSTransition"
                           " && a.effect.target.closest('article')).length")
    assert fading == 0, f"{fading} colour transitions running in the page after load"
    context.close()


def test_mobile_navigation_and_language_switch(served, browser):
    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(served + "fr/week5/")
    page.locator("label.md-header__button[for=__drawer]").click()
    assert page.locator("nav.md-nav--primary").first.is_visible()
    page.locator("label.md-overlay").click(position={"x": 360, "y": 10}) if page.locator("label.md-overlay").is_visible() else None
    choose_language(page, "pt", tap=True)
    page.wait_for_url(re.compile(re.escape(served + "pt/week5/") + "(#[\\w-]+)?$"))  # with the section read
    assert page.locator("html").get_attribute("lang") == "pt"
    context.close()


def scroll_to_section(page, section, by=40):
    """Scroll as a reader does, a little into the section (no #anchor is clicked), or, with a
    negative `by`, to just before its heading reaches the header (as after a layout shift)."""
    page.locator(f"#{section}").evaluate("h => h.scrollIntoView()")
    page.evaluate(f"window.scrollBy(0, {by})")
    page.wait_for_timeout(100)


def test_switch_keeps_the_section_in_every_language_pair(served, page):
    """The tour opens with an #anchor in the address and switches once as landed; then, at
    each switch, the reader scrolls to the top and back down to the section first (so the
    address no longer says where the reader is), stopping a little past its heading or just
    before it. The scrolled switches go through every ordered pair of languages."""
    path, section = SWITCH_PAGE
    tour = SWITCH_TOUR + [SWITCH_TOUR[1]]
    scrolled = list(zip(tour[1:], tour[2:]))
    assert sorted(scrolled) == sorted((a, b) for a in LANGUAGES for b in LANGUAGES if a != b)
    page.goto(lang_url(served, tour[0], path) + "#" + section)
    for step, (source, target) in enumerate(zip(tour, tour[1:])):
        if step:
            page.evaluate("window.scrollTo(0, 0)")
            scroll_to_section(page, section, by=40 if step % 2 else -30)
        choose_language(page, target)
        # The page opens at the section; the theme's tracking may then rename the address
        # after the section above it (its line is the header's edge): the reader's place counts.
        page.wait_for_url(re.compile(re.escape(lang_url(served, target, path)) + "#"))
        page.wait_for_load_state("load")
        assert_at_section(page, section, f"{source}->{target}")


def test_switch_after_scrolling_on_a_phone(served, browser):
    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(served + "fr/week5/lecture-b/normalisation/")
    scroll_to_section(page, "batchnorm-noise")
    choose_language(page, "es", tap=True)
    page.wait_for_url(re.compile(re.escape(served + "es/week5/lecture-b/normalisation/#")))
    page.wait_for_load_state("load")
    assert_at_section(page, "batchnorm-noise", "fr->es")
    context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_404_page_in_the_readers_language(served, browser, lang):
    """As GitHub Pages serves it: any missing address under the site gets the root 404.html."""
    context = browser.new_context()
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: msg.type == "error" and "404 (Not Found)" not in msg.text and errors.append(msg.text))
    response = page.goto(lang_url(served, lang, "no/such/page/"))
    assert response.status == 404
    page.wait_for_function(f"document.documentElement.lang === '{lang}' && document.querySelector('.md-content h1')")
    # The language menu leads to each language's home.
    menu = page.locator("a.md-select__link").evaluate_all("e => e.map(a => [a.hreflang, a.href])")
    assert dict(menu) == {other: lang_url(served, other, "") for other in LANGUAGES}
    # Search works: the reader's language index answers.
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator(".md-search__input").fill("PyTorch")
    page.wait_for_selector(".md-search-result__link")
    links = page.locator(".md-search-result__link").evaluate_all("e => e.map(a => a.href)")
    assert links and all(link.startswith(lang_url(served, lang, "")) for link in links), links
    page.keyboard.press("Escape")
    # The palette toggle works.
    before = page.evaluate("document.body.dataset.mdColorScheme")
    page.locator("form[data-md-component=palette] label:visible").first.click()
    assert page.evaluate("document.body.dataset.mdColorScheme") != before
    context.close()
    assert not errors, errors


def test_copy_buttons_copy_commands_not_prompts_and_output_is_not_copied(served, clipboard_page):
    page = clipboard_page
    page.goto(served)
    console = page.locator("div.highlight", has_text="pip install").first
    assert copy(page, console) == "python -m pip install torch matplotlib"
    output = page.locator("div.language-output").first
    output.hover()
    assert not output.locator("button[data-md-type=copy]").is_visible()


def test_notebook_page_has_copy_buttons_and_downloads(served, clipboard_page):
    from coderun import ROOT

    page = clipboard_page
    from coderun import code_comments

    comments = code_comments()
    page.goto(served + "fr/notebooks/week5/momentum/")
    cells = page.locator(".jupyter-wrapper .highlight-ipynb")
    french = comments.localize((ROOT / "examples/week5/momentum.py").read_text(encoding="utf-8"), comments.translations("fr"))[0]
    assert cells.count() == len(comments.cell_sources(french)) > 1  # one copy button per cell
    assert copy(page, cells.nth(1)) == comments.cell_sources(french)[1]
    download = page.locator("a[download]").first.get_attribute("href")
    response = page.request.get(page.url + download)
    assert response.ok and response.json()["cells"]


def test_formulas_are_named_and_focusable_only_when_they_scroll(served, browser):
    for width in (1280, 375):
        context = browser.new_context(viewport={"width": width, "height": 800})
        page = context.new_page()
        page.goto(served + "midterm/introduction/")
        page.wait_for_load_state("load")
        state = page.evaluate("""() => [...document.querySelectorAll('.md-typeset div.math')].map(d => ({
            scrolls: d.scrollWidth > d.clientWidth + 1, focusable: d.tabIndex === 0 && d.hasAttribute('tabindex'),
            named: !!d.querySelector('math').getAttribute('alttext')}))""")
        assert state and all(f["named"] for f in state)
        assert all(f["focusable"] == f["scrolls"] for f in state), [f for f in state if f["focusable"] != f["scrolls"]][:3]
        if width == 375:
            assert any(f["scrolls"] for f in state)  # on a phone some formulas are wider than the page
        else:
            assert not all(f["scrolls"] for f in state)
        assert all(page.locator("math").evaluate_all("m => m.map(x => !!x.getAttribute('alttext'))"))
        context.close()


def search(page, query):
    page.locator(".md-search__input").first.click()
    page.locator(".md-search__input").fill(query)
    page.wait_for_selector(".md-search-result__link")
    return [a.split("?")[0] + ("#" + a.split("#")[1] if "#" in a else "")
            for a in page.locator(".md-search-result__link").evaluate_all("e => e.map(a => a.href)")]


# (language, as typed on a phone or a US keyboard, as written on the page)
FORGIVING = [
    ("fr", "retropropagation", "rétropropagation"),
    ("fr", "reseau de neurones", "réseau de neurones"),
    ("es", "retropropagacion", "retropropagación"),
    ("pt", "normalizacao", "normalização"),
    ("pt", "convolucao", "convolução"),
    ("en", "normalization", "normalisation"),
    ("en", "regularization", "regularisation"),
    ("en", "optimizers", "optimisers"),
]


@pytest.mark.parametrize("lang, typed, written", FORGIVING, ids=[f"{lang}-{typed}" for lang, typed, _ in FORGIVING])
def test_search_forgives_accents_and_spelling(served, page, lang, typed, written):
    page.goto(lang_url(served, lang, ""))
    expected = search(page, written)
    page.goto(lang_url(served, lang, ""))
    found = search(page, typed)
    assert found and found[:3] == expected[:3], (found[:3], expected[:3])


def test_common_words_do_not_outrank_content_words(served, page):
    page.goto(served + "fr/")
    found = search(page, "normalisation par lots")
    pages = [link for link in found if "/glossary/" not in link]
    # "par" no longer matches "partie" or "paramétrés" (a Week 2 page came first): the first
    # section found is one on batch normalisation (the review's or the lecture's), and the
    # glossary's own entry for the term is its first entry.
    sections = [link for link in pages if "#" in link]
    assert sections and (sections[0].endswith("/fr/midterm/optimisation/#batch-norm") or "/fr/week5/lecture-b/normalisation/#" in sections[0]), found[:5]
    assert not [link for link in pages[:5] if "/week2/" in link], found[:5]
    assert [link for link in pages if "/fr/week5/lecture-b/normalisation/" in link], found
    assert [link for link in found if "/glossary/#" in link][0].endswith("#batch-norm"), found[:5]


def test_search_index_loads_only_when_search_opens(served, page):
    requested = []
    page.on("request", lambda request: "search_index.json" in request.url and requested.append(request.url))
    page.goto(served + "fr/week5/")
    page.wait_for_timeout(500)
    assert not requested  # a page view does not download the language's index
    search(page, "momentum")
    assert requested == [served + "fr/search/search_index.json"]


def test_glossary_entries_are_found_and_lead_to_their_entry(served, page):
    page.goto(served + "es/")
    found = search(page, "campo receptivo")
    assert served + "es/glossary/#receptive-field" in found, found[:5]
