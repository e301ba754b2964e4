"""Numbers quoted in the prose that follows an output block, checked against the output.

The paragraphs after an output block ("What to look at: ... 0.346, 0.338 and 0.315")
quote what the code printed.  Each decimal number written there, in the page's own
language (decimal comma in French, Spanish and Portuguese), must still be printed by
the code, under the project's rule (tests/tolerance.py): some printed decimal, rounded to
the quoted number of decimals, within ±1 unit of the quoted value.

The prose after an output block runs to the next heading or the next fence.  Formulas
(``$...$``), code spans, link targets and HTML comments are not prose.
"""

from __future__ import annotations

import re
from pathlib import Path

from coderun import ROOT
from tolerance import NUMBER, Num, quoted_in

FENCE = re.compile(r"^(\s*)(`{3,})\s*([\w-]*)")
HEADING = re.compile(r"^\s*#{1,6}\s")
# Not prose: formulas, code spans, link targets, comments, attribute lists, HTML tags, and
# quotations (a number in quotation marks is what another source wrote, not our output).
NOT_PROSE = re.compile(
    r"\$\$.*?\$\$|\$[^$\n]+\$|`[^`\n]+`|\]\([^)]*\)|<!--.*?-->|\{[#.][^}]*\}|<[^>\n]+>"
    r'|"[^"\n]*"|“[^”]*”|«[^»]*»',
    re.DOTALL,
)
PRINTED = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w.])|" + NUMBER.pattern)
THOUSANDS = re.compile(r"^\d{1,3}(?:[. \u00a0\u202f]\d{3})+$")  # 61.706 in Portuguese is an integer
# A decimal as the language writes it; English-style decimals are still read in any language.
DECIMALS = {
    "en": re.compile(r"(?<![\w.,])[-−]?\d+\.\d+(?:e[-+]?\d+)?(?![\w]|[.,]\d)"),
    "other": re.compile(r"(?<![\w.,])[-−]?\d+[.,]\d+(?:e[-+]?\d+)?(?![\w]|[.,]\d)"),
}


def _fence_end(lines: list[str], start: int) -> int:
    """Index of the line that closes the fence opened at lines[start]."""
    ticks = FENCE.match(lines[start])[2]
    for index in range(start + 1, len(lines)):
        if lines[index].strip().startswith(ticks) and not lines[index].strip().strip("`"):
            return index
    return len(lines) - 1


def language(page: Path) -> str:
    """docs/fr/... is French; a page outside docs/ (a test's fixture) is English."""
    return page.relative_to(ROOT / "docs").parts[0] if page.is_relative_to(ROOT / "docs") else "en"


def quoted_after_outputs(page: Path, lang: str | None = None) -> list[tuple[int, list[tuple[int, str]]]]:
    """For each output fence of a page: (line of its code fence, [(line, decimal as
    written)] quoted in the prose after it).  Line numbers start at 1."""
    lines = page.read_text(encoding="utf-8").splitlines()
    decimal = DECIMALS["en" if (lang or language(page)) == "en" else "other"]
    found, code_line, index = [], None, 0
    while index < len(lines):
        match = FENCE.match(lines[index])
        if not match:
            index += 1
            continue
        end = _fence_end(lines, index)
        if match[3] != "output":
            code_line = index + 1
            index = end + 1
            continue
        index = end + 1
        prose_start = index
        while index < len(lines) and not FENCE.match(lines[index]) and not HEADING.match(lines[index]):
            index += 1
        text = "\n".join(lines[prose_start:index])
        # Blank out what is not prose, keeping line breaks so that line numbers stay right.
        text = NOT_PROSE.sub(lambda m: re.sub(r"[^\n]", " ", m[0]), text)
        quoted = [
            (prose_start + 1 + text.count("\n", 0, m.start()), m[0])
            for m in decimal.finditer(text)
        ]
        found.append((code_line, quoted))
    return found


def _as_number(written: str) -> Num:
    written = written.lstrip("-−")
    return Num(written, "," if "," in written else ".")


def prose_number_problems(where: str, printed: str, lang: str | None = None) -> list[str]:
    """Problems with the numbers quoted after the output of the code fence at `where`
    ("docs/fr/week2/practicum.md:221"), given what that code printed now."""
    page, _, line = where.rpartition(":")
    # Printed numbers, thousands separators read; prose may quote a magnitude without its sign.
    numbers = [Num(n.lstrip("-+").replace(",", "")) for n in PRINTED.findall(printed)]
    problems = []
    lang = lang or language(ROOT / page)
    for code_line, quoted in quoted_after_outputs(ROOT / page, lang):
        if code_line != int(line):
            continue
        for lineno, written in quoted:
            if lang != "en" and THOUSANDS.match(written):
                continue
            if not quoted_in(_as_number(written), numbers):
                problems.append(f"{page}:{lineno}: {written} is not printed by the code above it")
    return problems
