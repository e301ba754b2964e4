"""Translated pages name each glossary concept with the glossary's word for their language,
so that one language never has two translations of one term."""

import re
import unicodedata
from pathlib import Path

import pytest
import yaml
from conftest import LANGUAGES, ROOT

DOCS = ROOT / "docs"
GLOSSARY = yaml.safe_load((DOCS / "assets/data/glossary.yml").read_text(encoding="utf-8"))


def is_seed(page: Path) -> bool:
    """Translations published as their translators wrote them (``seed:`` in the front matter)."""
    return bool(re.search(r"\A---\n(?:.*\n)*?seed:", page.read_text(encoding="utf-8")))


def prose(page: Path) -> str:
    """The page's words: without front matter, code, math, HTML comments, link targets or ids."""
    text = page.read_text(encoding="utf-8")
    text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
    text = re.sub(r"^([ \t]*)```.*?^\1```[ \t]*$", "", text, flags=re.S | re.M)
    text = re.sub(r"<!--.*?-->|\$\$.*?\$\$|\$[^$\n]*\$|`[^`\n]*`|\]\([^)]*\)|\{#[^}]*\}", " ", text, flags=re.S)
    return text


def pattern(term: str, inflected: bool) -> re.Pattern:
    """The term as a whole word, or its plural ("redes" for "red").  With ``inflected``, a long
    word may also change its last two letters ("convoluciones" for "convolución", "connectée"
    for "connecté"); English is matched strictly, so "convolutional" does not name "convolution"."""
    words = [
        re.escape(w[:-2]) + r"\w{0,4}" if inflected and len(w) > 4 else re.escape(w) + "(?:s|es|x)?"
        for w in re.split(r"[\s-]+", term)
    ]
    return re.compile(r"(?<![\w-])" + r"[\s-]+".join(words) + r"(?![\w-])", re.IGNORECASE)


def fold(text: str) -> str:
    """Without accents: a plural may lose the singular's accent (pt "viés", "vieses")."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def translated_pages():
    for lang in LANGUAGES[1:]:
        for page in sorted((DOCS / lang).rglob("*.md")):
            rel = page.relative_to(DOCS).as_posix()
            english = DOCS / "en" / page.relative_to(DOCS / lang)
            if not is_seed(page) and english.exists():
                yield pytest.param(lang, page, english, id=rel)


@pytest.mark.parametrize("lang, page, english", list(translated_pages()))
def test_glossary_terms_are_used(lang, page, english):
    source, text = prose(english), prose(page)
    missing = [
        f"{term['en']!r} -> {term[lang]!r}"
        for term in GLOSSARY
        if pattern(term["en"], False).search(source) and not pattern(fold(term[lang]), True).search(fold(text))
    ]
    assert not missing, f"{page.relative_to(ROOT)} names these concepts without the glossary's word: {missing}"


def test_term_matching():
    assert pattern("red neuronal", True).search("dos redes neuronales")
    assert pattern("pleinement connecté", True).search("une couche pleinement connectée")
    assert not pattern("convolution", False).search("convolutional networks")
    assert pattern(fold("viés"), True).search(fold("n_l vieses")) and not pattern(fold("viés"), True).search("vista")
    assert not pattern("supervised learning", False).search("semi-supervised learning")
