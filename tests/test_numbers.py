"""Numbers in French, Spanish and Portuguese prose are written as those languages write them.

Decimal comma (0,579, not 0.579); thousands grouped with a narrow no-break space in French
(61 706) and a point in Spanish and Portuguese (61.706), never with an English comma.
Formulas, code, printed output and quotations keep the numbers as printed (tests/prose.py
decides what prose is).
"""

import re
from pathlib import Path

import pytest
from coderun import ROOT
from prose import FENCE, NOT_PROSE, _fence_end

DOCS = ROOT / "docs"
LANGS = ("fr", "es", "pt")
# A number with a point or a comma between digits; an arXiv identifier or a version is not one.
NUMBER = re.compile(r"(?<![\w.,/:\-])\d[\d.,\u202f\u00a0]*\d(?![\w])")
# Thousands separators: French a (narrow) no-break space; Spanish a point or a no-break space
# (both accepted by the RAE); Brazilian Portuguese a point.
GROUPS = {"fr": "\u202f\u00a0", "es": ".\u202f\u00a0", "pt": "."}
VERSION = re.compile(r"(Python|PyTorch|torch|Material|MkDocs)\s$")


def prose(page: Path) -> list[tuple[int, str]]:
    """(line number, text) of the page's prose: fences and what NOT_PROSE names blanked out."""
    lines = page.read_text(encoding="utf-8").splitlines()
    index, kept = 0, []
    if lines and lines[0] == "---":  # front matter: only the description is prose
        end = lines.index("---", 1)
        kept += [(i + 1, l) for i, l in enumerate(lines[: end + 1]) if l.startswith("description:")]
        index = end + 1
    while index < len(lines):
        if FENCE.match(lines[index]):
            index = _fence_end(lines, index) + 1
            continue
        kept.append((index + 1, lines[index]))
        index += 1
    text = "\n".join(l for _, l in kept)
    text = NOT_PROSE.sub(lambda m: re.sub(r"[^\n]", " ", m[0]), text)
    return [(n, l) for (n, _), l in zip(kept, text.split("\n"))]


def problems(page: Path, lang: str) -> list[str]:
    found = []
    group = GROUPS[lang]
    for lineno, line in prose(page):
        for m in NUMBER.finditer(line):
            number = m[0]
            if VERSION.search(line[: m.start()]):
                continue  # Python 3.11
            ok = (
                re.fullmatch(r"\d+(,\d+)?", number)  # 0,579
                or re.fullmatch(rf"[1-9]\d{{0,2}}([{re.escape(group)}]\d{{3}})+(,\d+)?", number)  # 61 706 / 61.706
            )
            if not ok:
                found.append(f"{page.relative_to(ROOT) if page.is_relative_to(ROOT) else page.name}:{lineno}: {number!r}")
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_numbers_are_written_the_languages_way(lang):
    found = [p for page in sorted((DOCS / lang).rglob("*.md")) for p in problems(page, lang)]
    assert not found, f"{len(found)} numbers written the English way (decimal point or comma groups):\n" + "\n".join(found)


def test_the_check_catches_english_numbers(tmp_path):
    page = tmp_path / "p.md"
    page.write_text("Le taux 0.579 et 1,234,567 poids ; mais `0.5`, $0.5$, « 0.5 », 0,579 et 61\u202f706.\n",
                    encoding="utf-8")
    assert [p.split(": ", 1)[1] for p in problems(page, "fr")] == ["'0.579'", "'1,234,567'"]
    assert [p.split(": ", 1)[1] for p in problems(page, "pt")] == ["'0.579'", "'1,234,567'", repr("61\u202f706")]
