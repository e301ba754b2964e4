"""Every notebook page runs from a clean start, prints what the page says, and shows no error.

Each notebook runs top to bottom in a fresh IPython shell, in a process of its own that
runs nothing else.  The processes are forked from this one after it has imported torch,
matplotlib and IPython but run nothing with them, so each notebook starts as a new kernel
would, without paying three seconds of imports 62 times (twice with the second-CPU pass).
"""

import multiprocessing
import os
import tempfile

import matplotlib

matplotlib.use("Agg")  # before pyplot: figures are drawn, not shown

import matplotlib.pyplot  # noqa: E402,F401  imported once, before forking
import nbformat  # noqa: E402
import torch  # noqa: E402
import torch._dynamo  # noqa: E402,F401  optimisers and schedulers import these on first use (about 1.5 s)
import torch.distributed  # noqa: E402,F401
import torch.onnx  # noqa: E402,F401
from coderun import EXAMPLES, NOTEBOOKS, ROOT, recorded_output  # noqa: E402
from IPython.core.interactiveshell import InteractiveShell
from IPython.utils.capture import capture_output
from tolerance import compare_output

NOTEBOOK_FILES = sorted(NOTEBOOKS.rglob("*.ipynb"))


def test_every_example_has_a_notebook():
    expected = {p.relative_to(EXAMPLES).with_suffix("") for p in EXAMPLES.rglob("*.py")}
    assert {p.relative_to(NOTEBOOKS).with_suffix("") for p in NOTEBOOK_FILES} == expected


def execute(path) -> tuple[str, str | None]:
    """In a freshly forked process: run the notebook's code cells in a new IPython shell,
    in an empty directory.  Returns (what it printed, the error or None)."""
    torch.set_num_threads(1)  # two notebooks at a time on two cores, as the code tests run
    notebook = nbformat.read(path, as_version=4)
    shell = InteractiveShell.instance(colors="NoColor")
    printed = []
    with tempfile.TemporaryDirectory() as workdir:
        os.chdir(workdir)
        for cell in notebook.cells:
            if cell.cell_type != "code":
                continue
            with capture_output() as captured:
                result = shell.run_cell(cell.source, store_history=False)
            printed.append(captured.stdout)
            if not result.success:
                error = result.error_in_exec or result.error_before_exec
                return "".join(printed), f"{type(error).__name__}: {error}\n{captured.stdout[-2000:]}"
    return "".join(printed), None


def problems(path, outcome) -> list[str]:
    name = path.relative_to(ROOT)
    notebook = nbformat.read(path, as_version=4)
    if [o for c in notebook.cells for o in c.get("outputs", []) if o.output_type == "error"]:
        return [f"{name}: shows an error output"]
    printed, error = outcome
    if error:
        return [f"{name}: {error}"]
    example = EXAMPLES / path.relative_to(NOTEBOOKS).with_suffix(".py")
    differences = compare_output(recorded_output(example).read_text(encoding="utf-8"), printed)
    return [f"{name}: prints something else, beyond the tolerance rule:\n  " + "\n  ".join(differences)] if differences else []


def test_every_notebook_runs_from_a_clean_start():
    """A new process per notebook (maxtasksperchild=1), two at a time."""
    context = multiprocessing.get_context("fork")
    with context.Pool(2, maxtasksperchild=1) as pool:
        outcomes = pool.map(execute, NOTEBOOK_FILES, chunksize=1)
    failures = [line for path, outcome in zip(NOTEBOOK_FILES, outcomes) for line in problems(path, outcome)]
    assert not failures, "\n".join(failures)


def test_a_failing_notebook_is_reported(tmp_path):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("print('before')\n1 / 0")])
    path = tmp_path / "broken.ipynb"
    nbformat.write(nb, path)
    context = multiprocessing.get_context("fork")
    with context.Pool(1, maxtasksperchild=1) as pool:
        printed, error = pool.apply(execute, (path,))
    assert printed.startswith("before\n") and error.startswith("ZeroDivisionError")
