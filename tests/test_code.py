"""Every piece of Python the site shows runs, once, and prints what the page shows under it.

The pieces run two at a time (two cores), each batch in a process forked from this one
after torch is imported; each piece still starts from reset state (coderun.run), in a
fresh namespace and an empty directory, as it does when run alone.
"""

import multiprocessing
import traceback

import pytest
from coderun import (ROOT, fence_problems, figure_path, notebook, notebook_path, pieces, recorded, recorded_output,
                     run)
from prose import prose_number_problems
from tolerance import compare_output, compare_svg

PIECES = pieces()


def _run(piece):
    try:
        return run(piece), None
    except BaseException:  # reported by the piece's own test, with the traceback naming the file
        return None, traceback.format_exc()


@pytest.fixture(scope="module")
def results():
    """What each piece prints and writes, keyed by its name: the pieces run in two processes."""
    import torch  # noqa: F401  imported once, before forking

    with multiprocessing.get_context("fork").Pool(2) as pool:
        return dict(zip((p.name for p in PIECES), pool.map(_run, PIECES, chunksize=1)))


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


def _problems(what: str, problems: list[str]) -> str:
    return f"{what}, beyond the tolerance rule (tests/tolerance.py):\n" + "\n".join(problems)


@pytest.mark.parametrize("piece", PIECES, ids=lambda p: p.name)
def test_code_prints_what_the_page_shows(piece, results):
    result, error = results[piece.name]
    if error:
        pytest.fail(f"{piece.name} raised:\n{error}", pytrace=False)
    hint = "if the change is deliberate, run `make outputs`"
    recorded_text = recorded_output(piece.example).read_text(encoding="utf-8") if piece.example else None
    for where, shown in piece.expected:
        if shown == recorded_text:
            continue  # the page includes the .out file: compared once, below
        problems = compare_output(shown, result.stdout)
        assert not problems, _problems(f"output shown at {where} differs", problems)
    prose = [problem for where in piece.shown_at for problem in prose_number_problems(where, result.stdout)]
    assert not prose, "numbers quoted in the prose are not what the code prints now:\n" + "\n".join(prose)
    if piece.example is None:
        assert not result.files, f"{piece.name} writes files; only examples may (figures)"
        return
    out = recorded_output(piece.example)
    assert out.is_file(), f"{out.relative_to(ROOT)} is missing: {hint}"
    assert not (recorded_text and piece.without_output), f"shown without its output under it: {piece.without_output}"
    problems = compare_output(recorded_text, result.stdout)
    assert not problems, _problems(f"{piece.source} prints something else ({hint})", problems)
    for name, data in result.files.items():
        figure = figure_path(piece.example, name)
        assert figure.is_file(), f"{figure.relative_to(ROOT)} is missing: {hint}"
        problems = compare_svg(figure.read_bytes(), data)
        assert not problems, _problems(f"{figure.relative_to(ROOT)} is not what the code draws ({hint})", problems)
    # The notebook is built from what was recorded, so it is checked exactly, and drift is reported once (above).
    nb = notebook_path(piece.example)
    assert nb.is_file() and nb.read_text(encoding="utf-8") == notebook(piece.example, recorded(piece.example, result)), (
        f"{nb.relative_to(ROOT)} is not the notebook of the recorded output: run `make outputs`"
    )
