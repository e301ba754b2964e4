"""Find every piece of Python the site shows, and run it the way a student would.

Shared by the test suite (``tests/test_code.py``) and by ``python tests/record.py``,
which records what each example prints, the figures it draws and its notebook.

A *piece of code* is either an example file in ``examples/`` (included into pages
with ``--8<-- "examples/..."``) or a Python fence written in a page.  Pages in four
languages include the same code, so pieces are keyed by their text and each runs once.
"""

from __future__ import annotations

import contextlib
import functools
import io
import os
import random
import re
import tempfile
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from pytest_codeblocks import extract_from_file

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
EXAMPLES = ROOT / "examples"
FIGURES = DOCS / "assets" / "figures"
NOTEBOOKS = DOCS / "en" / "notebooks"  # the English notebooks are the ones run

INCLUDE = re.compile(r'^\s*--8<--\s+"([^"]+)"\s*$')
# Info strings that name Python but that pytest-codeblocks would not collect as such.
PYTHONISH = re.compile(r"^\{?\s*\.?(py|py3|python3?|pycon|ipython3?)\b", re.IGNORECASE)


@dataclass
class Fence:
    page: Path  # the Markdown file
    lineno: int  # line of the opening fence
    lang: str  # first word of the info string
    code: str  # text as written (snippet lines unresolved)

    @property
    def where(self) -> str:
        return f"{_rel(self.page)}:{self.lineno}"

    def resolved(self) -> str:
        """The text a reader sees: snippet include lines replaced by the included file."""
        out = []
        for line in self.code.splitlines(keepends=True):
            m = INCLUDE.match(line)
            out.append((ROOT / m[1]).read_text(encoding="utf-8") if m else line)
        return "".join(out)


@dataclass
class Piece:
    """One unique piece of Python, with every place that shows it."""

    code: str
    source: str  # file named in tracebacks: the example, or the page the code is written in
    firstline: int = 1  # line of the source file where the code starts
    shown_at: list[str] = field(default_factory=list)
    expected: list[tuple[str, str]] = field(default_factory=list)  # (where, output shown)
    without_output: list[str] = field(default_factory=list)  # shown with no output fence under it

    @property
    def name(self) -> str:
        return self.source if self.firstline == 1 else f"{self.source}:{self.firstline}"

    @property
    def example(self) -> Path | None:
        path = ROOT / self.source
        return path if self.source.startswith("examples/") and path.is_file() else None


def pages() -> list[Path]:
    return sorted(DOCS.rglob("*.md"))


def fences(page: Path) -> list[Fence]:
    return [
        Fence(page, block.lineno, (block.syntax or "").split(" ")[0], block.code)
        for block in extract_from_file(page)
    ]


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)


def fence_problems(markdown_files: list[Path] | None = None) -> list[str]:
    """Fences a reader sees but that the suite would not execute, or would run by mistake."""
    problems = []
    for page in pages() if markdown_files is None else markdown_files:
        rel = _rel(page)
        for lineno, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
            stripped = line.strip()
            if stripped.startswith("~~~"):
                problems.append(f"{rel}:{lineno}: use ``` fences, not ~~~ (the doc-tests read ``` only)")
            if "pytest-codeblocks:" in stripped or "pytest.mark.skip" in stripped:
                problems.append(f"{rel}:{lineno}: code blocks are never skipped: {stripped}")
        for fence in fences(page):
            if fence.lang in ("bash", "sh"):
                problems.append(f"{fence.where}: ```{fence.lang} blocks are executed; write commands as ```console")
            elif fence.lang != "python" and PYTHONISH.match(fence.lang):
                problems.append(f"{fence.where}: write ```python (```{fence.lang} is not executed by the doc-tests)")
    return problems


def pieces(markdown_files: list[Path] | None = None) -> list[Piece]:
    """Every unique piece of Python shown on the site, plus every example file."""
    by_code: dict[str, Piece] = {}
    for example in sorted(EXAMPLES.rglob("*.py")) if markdown_files is None else []:
        rel = example.relative_to(ROOT).as_posix()
        by_code[example.read_text(encoding="utf-8")] = Piece(example.read_text(encoding="utf-8"), rel)
    for page in pages() if markdown_files is None else markdown_files:
        blocks = fences(page)
        for fence, after in zip(blocks, blocks[1:] + [None]):
            if fence.lang != "python":
                continue
            code = fence.resolved()
            piece = by_code.setdefault(code, Piece(code, _rel(page), fence.lineno + 1))
            piece.shown_at.append(fence.where)
            if after is not None and after.lang == "output":
                piece.expected.append((after.where, after.resolved()))
            else:
                piece.without_output.append(fence.where)
    return list(by_code.values())


def reset_state() -> None:
    """Put every global that code can change back to its default, so order never matters."""
    import matplotlib
    import numpy as np
    import torch

    random.seed(0)
    np.random.seed(0)
    torch.manual_seed(0)
    torch.set_float32_matmul_precision("highest")
    torch.set_flush_denormal(False)
    torch.backends.mkldnn.enabled = True
    torch.backends.cudnn.deterministic = False
    torch.backends.cudnn.benchmark = False
    torch.backends.cuda.matmul.allow_tf32 = False
    torch.set_default_dtype(torch.float32)
    torch.set_default_device(None)
    torch.set_grad_enabled(True)
    torch.set_printoptions(profile="default", sci_mode=None)
    torch.use_deterministic_algorithms(False)
    torch.autograd.set_detect_anomaly(False)
    matplotlib.rcdefaults()
    # Reproducible SVG: fixed element ids, text kept as text, no timestamp.
    matplotlib.rcParams.update({"svg.hashsalt": "course", "svg.fonttype": "none"})
    os.environ["SOURCE_DATE_EPOCH"] = "0"


@dataclass
class Result:
    stdout: str
    files: dict[str, bytes]  # files the code wrote into its working directory
    cells: list[tuple[int, list[str]]] = field(default_factory=list)  # per notebook cell: lines printed, files written


def run(piece: Piece) -> Result:
    """Run a piece as ``python file.py`` would, in a fresh namespace and an empty directory.

    The cells of an example run one after the other in the same namespace, which is what
    ``python file.py`` does too; what each prints and writes is noted for its notebook.
    Tracebacks name the example file, or the page and line where the code is written.
    """
    os.environ.setdefault("MPLBACKEND", "Agg")
    reset_state()
    import matplotlib.pyplot as plt

    import torch

    filename = str(ROOT / piece.source)  # ROOT / abs = abs
    namespace = {"__name__": "__main__", "__file__": piece.source}
    stdout = io.StringIO()
    here, environment, threads = os.getcwd(), dict(os.environ), torch.get_num_threads()
    # One thread: a sum is added up in the same order whatever the machine's core count.
    torch.set_num_threads(1)
    per_cell = []
    with tempfile.TemporaryDirectory() as workdir, warnings.catch_warnings():
        warnings.resetwarnings()  # Python's default filters, whatever pytest or an earlier run set
        warnings.simplefilter("default")
        os.chdir(workdir)
        try:
            for start, text in code_comments().cells(piece.code):
                code = compile("\n" * (piece.firstline - 1 + start) + text, filename, "exec")
                before, written = stdout.getvalue().count("\n"), set(os.listdir(workdir))
                with contextlib.redirect_stdout(stdout):
                    exec(code, namespace)
                per_cell.append((stdout.getvalue().count("\n") - before, sorted(set(os.listdir(workdir)) - written)))
            files = {p.name: p.read_bytes() for p in sorted(Path(workdir).iterdir()) if p.is_file()}
        finally:
            os.chdir(here)
            plt.close("all")
            torch.set_num_threads(threads)
            os.environ.clear()  # nothing leaks to the next run through the environment
            os.environ.update(environment)
    return Result(stdout.getvalue(), files, per_cell)


def recorded(example: Path, run_result: Result) -> Result:
    """What ``make outputs`` recorded for an example: its ``.out`` and its committed figures,
    split into notebook cells as ``run_result`` (a run of the same code) split them."""
    return Result(
        recorded_output(example).read_text(encoding="utf-8"),
        {name: figure_path(example, name).read_bytes() for name in run_result.files},
        run_result.cells,
    )


def recorded_output(example: Path) -> Path:
    return example.with_suffix(".out")


def figure_path(example: Path, name: str) -> Path:
    return FIGURES / example.parent.relative_to(EXAMPLES) / name


def notebook_path(example: Path) -> Path:
    return NOTEBOOKS / example.relative_to(EXAMPLES).with_suffix(".ipynb")


@functools.cache
def english_words() -> dict[str, str]:
    """The site's English words (``extra.text`` in mkdocs.yml)."""
    from mkdocs.utils.yaml import yaml_load

    with open(ROOT / "mkdocs.yml", encoding="utf-8") as file:
        return yaml_load(file)["extra"]["text"]


def hook(name: str):
    """The module of overrides/hooks/<name>.py, imported as the build imports it."""
    import importlib
    import sys

    hooks = str(ROOT / "overrides" / "hooks")
    if hooks not in sys.path:
        sys.path.insert(0, hooks)
    return importlib.import_module(name)


def code_comments():
    """overrides/hooks/code_comments.py: comments, notebooks and pages in each language."""
    return hook("code_comments")


def notebook(example: Path, result: Result) -> str:
    """The example as an English notebook: an introduction, then its cells, each with the
    output and figures recorded from a run.  The build makes the other languages' notebooks
    from this one (overrides/hooks/notebooks_i18n.py)."""
    import jupytext
    import nbformat

    comments = code_comments()
    rel = example.relative_to(ROOT).as_posix()
    source = example.read_text(encoding="utf-8")
    index = comments.page_index(DOCS, "en")
    intro = comments.notebook_intro(rel, comments.summary(source, {}), english_words(), index)
    code_cells = [c for c in jupytext.reads(source, fmt="py:percent").cells if c.cell_type == "code"]
    assert len(code_cells) == len(result.cells), f"{rel}: {len(code_cells)} notebook cells, {len(result.cells)} run"
    printed = iter(result.stdout.splitlines(keepends=True))
    figures = example.parent.relative_to(EXAMPLES).as_posix()
    cells = [nbformat.v4.new_markdown_cell(intro)]
    for count, (cell, (lines, written)) in enumerate(zip(code_cells, result.cells), 1):
        outputs = []
        if lines:
            stream = "".join(next(printed) for _ in range(lines))
            outputs.append(nbformat.v4.new_output("stream", name="stdout", text=stream))
        for name in written:
            if name.endswith(".svg"):
                alt = index.alts.get(f"{figures}/{name}", name)
                outputs.append(nbformat.v4.new_output(
                    "display_data", data={"image/svg+xml": result.files[name].decode()},
                    metadata={"alt": alt, "filename": name}))
        cells.append(nbformat.v4.new_code_cell(cell.source, execution_count=count, outputs=outputs))
    nb = nbformat.v4.new_notebook(
        cells=cells,
        metadata={
            "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
            "language_info": {"name": "python"},
        },
    )
    for index, cell in enumerate(nb.cells):  # stable ids keep the file byte-for-byte reproducible
        cell["id"] = f"{example.stem}-{index}"
    return nbformat.writes(nb) + "\n"
