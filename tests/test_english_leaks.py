"""A French, Spanish or Portuguese reader meets no English outside code and printed output.

Every text a reader sees on a built fr/es/pt page is read: headings, the table of contents,
paragraphs, lists and tables, link texts, admonition titles, image alt text, notebook
markdown cells and the comments in code.  It fails on common English words and on the
glossary's English terms where the language has its own.  Not read: code (except its
comments), printed output, formulas, quotations (“…”, «…», "…": titles of papers), an
English term in parentheses after its translation ("pas (stride)"), anything marked
``lang="en"``, the glossary page (it lists the English terms) and the seed texts, which are
kept as their translators wrote them (pages with ``seed:`` in their front matter, and blocks
of class ``seed``).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from conftest import ROOT

DOCS = ROOT / "docs"
LANGS = ("fr", "es", "pt")
# Words that exist in none of the three languages and that a translation would not keep.
ENGLISH = set("""
the and with this that which when where what from into each every only than then there these
those their are was were been has have will would should could our your we you they how why
while after before between through about because without here same other both shows gives
learning training network networks layer layers loss weights of
""".split())  # not "step", "output", "run": they also name code (opt.step(), an output tensor)
BLOCKS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "td", "th", "figcaption", "summary", "dt", "dd"}
SKIP = {"code", "pre", "kbd", "math", "script", "style", "svg"}
COMMENT = {"c", "c1", "cm", "ch", "sd"}  # pygments: comments and docstrings
VOID = {"img", "br", "hr", "input", "meta", "link", "source", "wbr"}
GLOSSARY = yaml.safe_load((DOCS / "assets/data/glossary.yml").read_text(encoding="utf-8"))


class Texts(HTMLParser):
    """The reader-visible texts of a page's article and table of contents: each block (a
    heading, paragraph, list item, cell, admonition title) as one text with its inline parts,
    each code comment and each alt text on its own."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool, int | None]] = []  # (tag, skipped, index of its text)
        self.texts: list[tuple[str, str]] = []  # (where, text)
        self._open: list[int] = []  # texts still being read, innermost last

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = set((a.get("class") or "").split())
        skip = self.stack[-1][1] if self.stack else True
        if tag == "article" or "md-nav--secondary" in classes:
            skip = False
        if tag in SKIP or a.get("lang") == "en" or classes & {"arithmatex", "headerlink", "seed", "language-output"}:
            skip = True
        if tag == "span" and classes & COMMENT:
            skip = False  # a comment inside code
        unit = None
        if not skip and (tag in BLOCKS or classes & {"admonition-title", "jp-RenderedMarkdown"} or classes & COMMENT
                         or (tag == "a" and not self._open)):  # a link in the table of contents
            self.texts.append((tag, ""))
            unit = len(self.texts) - 1
            self._open.append(unit)
        if tag == "img" and not skip and a.get("alt"):
            self.texts.append(("alt", a["alt"]))
        if tag not in VOID:
            self.stack.append((tag, skip, unit))

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                for _, _, unit in self.stack[index:]:
                    if unit is not None and unit in self._open:
                        self._open.remove(unit)
                del self.stack[index:]
                break

    def handle_data(self, data):
        if self.stack and not self.stack[-1][1] and self._open:
            where, text = self.texts[self._open[-1]]
            self.texts[self._open[-1]] = (where, text + data)


def _english_terms(lang: str) -> list[str]:
    return sorted(
        {e["en"].lower() for e in GLOSSARY if e["en"].lower() != e[lang].lower() and " " in e["en"]},
        key=len, reverse=True,
    )


QUOTED = re.compile(r"“[^”]*”|«[^»]*»|\"[^\"]*\"|‘[^’]*’")
PAREN = re.compile(r"\(([^()]*)\)")


GLUE = {"or", "for", "of", "to", "in", "on", "a", "an", "is", "by"} | ENGLISH


def _gloss(inside: str) -> bool:
    """Is this parenthesis an English term given for reference ("stride", "Parameter tying/sharing")?"""
    terms = {e["en"].lower() for e in GLOSSARY}
    if all(part.strip().lower() in terms for part in re.split(r"[,;]", inside)):
        return True
    words = re.split(r"[\s/-]+", inside.strip().lower())
    return 0 < len(words) <= 3 and not GLUE & set(words) and all(w.isalpha() for w in words)


def _without_terms(inside: str) -> str:
    for term in sorted({e["en"].lower() for e in GLOSSARY}, key=len, reverse=True):
        inside = re.sub(rf"(?<![\w-]){re.escape(term)}(?![\w-])", " ", inside, flags=re.IGNORECASE)
    return inside


def leaks(text: str, lang: str) -> list[str]:
    """English words and glossary terms in ``text`` (a French, Spanish or Portuguese text)."""
    text = QUOTED.sub(" ", text)
    # "pas (stride)", "arrêt précoce (early stopping)": the English term after its translation
    # is a help, not a leak; a parenthesis that says more (three words or a sentence) is read.
    # Inside any parenthesis, the glossary's English terms are glosses too ("aussi appelée
    # connexion de saut, skip connection, ou raccourci"); its other words are still read.
    text = PAREN.sub(lambda m: " " if _gloss(m[1]) else "(" + _without_terms(m[1]) + ")", text)
    found = []
    lowered = " " + re.sub(r"\s+", " ", text.lower()) + " "
    for term in _english_terms(lang):
        if re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", lowered):
            found.append(term)
            lowered = lowered.replace(term, " ")
    for token in lowered.split():
        if re.search(r"[_.=\[\]{}/\\0-9<>`*]", token.strip(".,;:!?()")) or re.search(r"\w\(|\w\)", token):
            continue  # an identifier, a path or an expression: model.step, sum(g * output)
        word = token.strip(".,;:!?()«»“”\"'’")
        if word in ENGLISH:
            found.append(word)
    return found


def page_sources(lang: str) -> list[Path]:
    pages = []
    for page in sorted((DOCS / lang).rglob("*.md")):
        head = page.read_text(encoding="utf-8").split("\n---", 1)[0]
        if page.name == "glossary.md" or re.search(r"^seed:", head, re.M):
            continue
        pages.append(page.relative_to(DOCS / lang))
    notebooks = sorted(p.relative_to(DOCS / "en") for p in (DOCS / "en" / "notebooks").rglob("*.ipynb"))
    return pages + notebooks


def html_of(site: Path, lang: str, page: Path) -> Path:
    stem = page.with_suffix("").as_posix()
    url = "" if stem == "index" else (stem.removesuffix("/index") if stem.endswith("/index") else stem) + "/"
    return site / lang / url / "index.html"


@pytest.mark.parametrize("lang", LANGS)
def test_no_english_for_the_reader(site, lang):
    problems = []
    for page in page_sources(lang):
        parser = Texts()
        parser.feed(html_of(site, lang, page).read_text(encoding="utf-8"))
        for where, text in parser.texts:
            if text.strip() and (words := leaks(text, lang)):
                problems.append(f"{lang}/{page} <{where}>: {sorted(set(words))} in {' '.join(text.split())[:90]!r}")
    assert not problems, f"{len(problems)} English texts:\n" + "\n".join(problems[:80])


def test_the_leak_check_has_teeth():
    assert leaks("Le pas (stride) vaut 2 ; « Efficient BackProp » et \"Training Tricks\".", "fr") == []
    assert leaks("Partage de paramètres (Parameter tying/sharing), arrêt précoce (early stopping)", "fr") == []
    assert leaks("Initialisation (the Kaiming rule, for ReLU)", "fr") == ["the"]
    assert leaks("Calcule le learning rate, puis the weights.", "fr") == ["learning rate", "the", "weights"]
    assert leaks("# Passe avant : y = model.layers(x)", "fr") == []
    parser = Texts()
    parser.feed('<article><h2>Early stopping</h2><p lang="en">the end</p><pre><code><span class="c1"># the loss'
                '</span> x = "the"</code></pre><img alt="the figure"><span class="arithmatex">the</span></article>')
    assert [t for t in parser.texts if t[1].strip()] == [("h2", "Early stopping"), ("span", "# the loss"),
                                                          ("alt", "the figure")]
    assert leaks("La passe avant (forward pass)", "fr") == []
    assert leaks("une connexion résiduelle (aussi appelée connexion de saut, skip connection, ou raccourci)", "fr") == []
    assert leaks("un graphe (dynamic graph, with the data)", "fr") == ["with", "the"]
