"""Code comments in the reader's language: the translated examples are the tested code.

A French, Spanish or Portuguese page shows an example with its comments (and docstrings)
taken from ``examples/locales/<lang>.po``.  Each variant is proven to have exactly the
code tokens of the English example, strings and numbers included, so running the English
example once tests every language's copy.
"""

import pytest
from coderun import EXAMPLES, ROOT, code_comments

code_comments()  # puts overrides/hooks on the path
from code_comments import code_tokens, examples, languages, localize, messages, translations  # noqa: E402

SOURCE = '''# Fit a line: the summary.
import torch


def f(x):
    """Twice x."""
    return 2 * x  # doubled


# %%
# Two lines of
# one comment.
print(f(torch.tensor(1.5)), "label # not a comment")
'''
FRENCH = {
    "Fit a line: the summary.": "Ajuster une droite : le résumé.",
    "Twice x.": "Le double de x.",
    "doubled": "doublé",
    "Two lines of\none comment.": "Un commentaire\nsur trois\nlignes.",
}


def differences(english: str, variant: str) -> list[str]:
    """Where ``variant``'s code tokens differ from ``english``'s, as 'line N: expected …, found …'."""
    a, b = code_tokens(english), code_tokens(variant)
    for (ta, sa, la), (tb, sb, lb) in zip(a, b):
        if (ta, sa) != (tb, sb):
            return [f"line {lb}: expected {sa!r} (English line {la}), found {sb!r}"]
    if len(a) != len(b):
        return [f"{abs(len(a) - len(b))} tokens {'missing' if len(b) < len(a) else 'added'} at the end"]
    return []


def test_messages_are_comment_blocks_end_of_line_comments_and_docstrings():
    found = [(m.kind, m.text, m.first, m.last) for m in messages(SOURCE)]
    assert found == [
        ("block", "Fit a line: the summary.", 1, 1),
        ("docstring", "Twice x.", 6, 6),
        ("inline", "doubled", 7, 7),
        ("block", "Two lines of\none comment.", 11, 12),
    ]  # the cell marker and the '#' inside a string are not comments


def test_localize_changes_comments_only():
    variant, missing = localize(SOURCE, FRENCH)
    assert missing == []
    assert "# Ajuster une droite : le résumé.\n" in variant
    assert '    """Le double de x."""\n' in variant and "return 2 * x  # doublé\n" in variant
    assert "# %%\n# Un commentaire\n# sur trois\n# lignes.\nprint(" in variant
    assert differences(SOURCE, variant) == []


def test_a_missing_translation_stays_english_and_is_reported():
    variant, missing = localize(SOURCE, {"doubled": "doublé"})
    assert missing == ["Fit a line: the summary.", "Twice x.", "Two lines of\none comment."]
    assert "# Fit a line: the summary." in variant and "# doublé" in variant


def test_an_end_of_line_comment_cannot_break_into_code():
    variant, missing = localize(SOURCE, {"doubled": "doublé\nprint('injected')"})
    assert missing == ["Fit a line: the summary.", "Twice x.", "doubled", "Two lines of\none comment."]
    assert differences(SOURCE, variant) == []


@pytest.mark.parametrize("edit", [
    ("2 * x", "3 * x"),  # a number
    ('"label # not a comment"', '"étiquette"'),  # a string
    ("return 2 * x", "return 2*x + 0"),  # extra code
])
def test_the_token_check_catches_any_change_to_the_code(edit):
    variant, _ = localize(SOURCE, FRENCH)
    changed = variant.replace(*edit)
    assert changed != variant and differences(SOURCE, changed)


@pytest.mark.parametrize("lang", languages())
def test_every_translated_example_has_the_english_code(lang):
    table = translations(lang)
    problems = []
    for example in examples():
        english = example.read_text(encoding="utf-8")
        variant, _ = localize(english, table)
        compile(variant, str(example), "exec")
        problems += [f"{example.relative_to(ROOT)} ({lang}) {p}" for p in differences(english, variant)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", languages())
def test_catalog_messages_all_come_from_examples(lang):
    """The catalog is in step with the examples: `make comments` was run after the last change."""
    english = {m.text for example in examples() for m in messages(example.read_text(encoding="utf-8"))}
    from babel.messages.pofile import read_po

    with (EXAMPLES / "locales" / f"{lang}.po").open("rb") as f:
        ids = {m.id for m in read_po(f) if m.id}
    assert english <= ids, f"run `make comments`: not in {lang}.po: {sorted(english - ids)[:5]}"


def test_the_builds_cell_split_is_jupytexts():
    """overrides/hooks/code_comments.py splits cells itself (fast); jupytext reads the same cells."""
    import jupytext
    from code_comments import cell_sources

    for example in examples():
        source = example.read_text(encoding="utf-8")
        cells = [c.source for c in jupytext.reads(source, fmt="py:percent").cells if c.cell_type == "code"]
        assert cell_sources(source) == cells, example
