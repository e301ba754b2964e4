"""Every notebook page runs from a clean kernel, prints what the page says, and shows no error."""

from concurrent.futures import ThreadPoolExecutor

import nbformat
from coderun import EXAMPLES, NOTEBOOKS, ROOT, recorded_output
from nbclient import NotebookClient

NOTEBOOK_FILES = sorted(NOTEBOOKS.rglob("*.ipynb"))


def test_every_example_has_a_notebook():
    expected = {p.relative_to(EXAMPLES).with_suffix("") for p in EXAMPLES.rglob("*.py")}
    assert {p.relative_to(NOTEBOOKS).with_suffix("") for p in NOTEBOOK_FILES} == expected


def problems(path, workdir) -> list[str]:
    """Run one notebook in a new kernel; what is wrong with it, if anything."""
    name = path.relative_to(ROOT)
    notebook = nbformat.read(path, as_version=4)
    if [o for c in notebook.cells for o in c.get("outputs", []) if o.output_type == "error"]:
        return [f"{name}: shows an error output"]
    try:
        NotebookClient(notebook, kernel_name="python3", timeout=120, allow_errors=False,
                       resources={"metadata": {"path": str(workdir)}}).execute()
    except Exception as error:  # nbclient's CellExecutionError carries the traceback
        return [f"{name}: {error}"]
    printed = "".join(o.text for c in notebook.cells for o in c.get("outputs", []) if o.get("name") == "stdout")
    example = EXAMPLES / path.relative_to(NOTEBOOKS).with_suffix(".py")
    return [] if printed == recorded_output(example).read_text(encoding="utf-8") else [f"{name}: prints something else"]


def test_every_notebook_runs_in_a_clean_kernel(tmp_path):
    """One kernel per notebook, two at a time (each kernel start imports torch anew)."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        found = pool.map(lambda p: problems(p, tmp_path), NOTEBOOK_FILES)
    failures = [line for lines in found for line in lines]
    assert not failures, "\n".join(failures)
