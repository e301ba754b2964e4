"""Every piece of Python the site shows runs, once, and prints what the page shows under it."""

import difflib

import pytest
from coderun import ROOT, fence_problems, figure_path, notebook, notebook_path, pieces, recorded_output, run

PIECES = pieces()


def _diff(expected: str, actual: str, what: str) -> str:
    lines = difflib.unified_diff(
        expected.splitlines(keepends=True), actual.splitlines(keepends=True), f"{what} (shown)", "printed now"
    )
    return "".join(lines)


def test_every_python_fence_is_executed():
    problems = fence_problems()
    assert not problems, "\n".join(problems)


def test_every_example_is_on_a_page():
    shown = {p.source for p in PIECES if p.shown_at}
    unused = [p.source for p in PIECES if p.example and p.source not in shown]
    assert not unused, f"examples included by no page: {unused}"


def test_code_shown_in_four_languages_is_collected_once():
    """A page's code, shown in every language that has the page, makes one piece that runs once."""
    for piece in PIECES:
        pages = {where.rsplit(":", 1)[0] for where in piece.shown_at}
        for page in {p.split("/", 2)[2] for p in pages if p.startswith("docs/en/")}:
            translated = {f"docs/{lang}/{page}" for lang in ("fr", "es", "pt") if (ROOT / "docs" / lang / page).exists()}
            assert translated <= pages, f"{piece.name}: shown on docs/en/{page} but collected apart from {translated - pages}"
    assert sum(len(p.shown_at) for p in PIECES) > 3 * len([p for p in PIECES if p.shown_at])


@pytest.mark.parametrize("piece", PIECES, ids=lambda p: p.name)
def test_code_prints_what_the_page_shows(piece):
    result = run(piece)
    for where, shown in piece.expected:
        assert result.stdout == shown, f"output shown at {where} differs:\n" + _diff(shown, result.stdout, where)
    if piece.example is None:
        assert not result.files, f"{piece.name} writes files; only examples may (figures)"
        return
    out = recorded_output(piece.example)
    hint = "run `make outputs` after a deliberate change"
    assert out.is_file(), f"{out.relative_to(ROOT)} is missing: {hint}"
    recorded = out.read_text(encoding="utf-8")
    assert not (recorded and piece.without_output), f"shown without its output under it: {piece.without_output}"
    assert result.stdout == recorded, f"{piece.source} prints something else ({hint}):\n" + _diff(
        recorded, result.stdout, out.name
    )
    for name, data in result.files.items():
        figure = figure_path(piece.example, name)
        assert figure.is_file() and figure.read_bytes() == data, f"{figure.relative_to(ROOT)} is stale: {hint}"
    nb = notebook_path(piece.example)
    assert nb.is_file() and nb.read_text(encoding="utf-8") == notebook(piece.example, result), (
        f"{nb.relative_to(ROOT)} is stale: {hint}"
    )
