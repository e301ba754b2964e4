"""The midterm review sends the reader to the week section that teaches each topic in full,
in every language."""

import re

import pytest
from conftest import LANGUAGES, ROOT

# Review section -> the week section that teaches it.
TAUGHT_IN = {
    "parameter-sharing": "week3/lecture-a.md#parameter-sharing",
    "cnn-filters": "week3/lecture-a.md#convolution",
    "convolution-filters": "week3/lecture-a.md#motif-detection",
    "convolution-arithmetic": "week3/lecture-a.md#convolution",
    "computational-cost": "week3/lecture-b.md#googlenet",
    "cnn-text": "week4/practicum.md#cnns-on-text",
    "cnn-architectures": "week3/lecture-b.md#lenet-5",
    "different-architectures": "week3/lecture-b.md#lenet-5",
    "evolution-over-time": "week3/lecture-b.md#resnet",
    "optimisers": "week5/lecture-a/momentum.md#momentum",
    "batch-norm": "week5/lecture-b/normalisation.md#normalisation",
}
HEADING = re.compile(r"^#{1,3} .*\{#([\w-]+)\}\s*$", re.M)


def sections(text: str) -> dict[str, str]:
    """Each h1/h2/h3 section's id -> its text up to the next such heading."""
    marks = list(HEADING.finditer(text))
    return {m[1]: text[m.end(): nxt.start() if nxt else len(text)] for m, nxt in zip(marks, marks[1:] + [None])}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_review_sections_link_the_week_that_teaches_them(lang):
    found = {}
    for part in sorted((ROOT / "docs" / lang / "midterm").glob("*.md")):
        found |= sections(part.read_text(encoding="utf-8"))
    missing = [f"#{section} -> {target}" for section, target in TAUGHT_IN.items()
               if f"](../{target})" not in found.get(section, "")]
    assert not missing, f"docs/{lang}/midterm/: sections without their link: {missing}"
    for target in set(TAUGHT_IN.values()):
        page, _, anchor = target.partition("#")
        assert f"{{#{anchor}}}" in (ROOT / "docs/en" / page).read_text(encoding="utf-8"), target
