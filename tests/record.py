"""Record what each example prints, the figures it draws and its notebook page.

    python tests/record.py             # every example
    python tests/record.py week5/gd    # only examples whose path contains "week5/gd"

Run it after changing an example; commit what it writes.  A recorded output or figure is
rewritten only when the new run differs from it beyond the project's tolerance rule
(tests/tolerance.py), so on a machine whose CPU changes only last digits it writes nothing.
Each rewrite is printed with its reason.  Notebooks are built from what is recorded.
"""

import sys
import time

from coderun import EXAMPLES, ROOT, Piece, figure_path, notebook, notebook_path, recorded, recorded_output, run
from tolerance import compare_output, compare_svg


def write(path, data, why):
    data = data.encode() if isinstance(data, str) else data
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    print(f"    wrote {path.relative_to(ROOT)}: {why}")


def record(example) -> bool:
    """Run one example; rewrite what no longer holds. True if anything was written."""
    rel = example.relative_to(ROOT).as_posix()
    start = time.perf_counter()
    result = run(Piece(example.read_text(encoding="utf-8"), rel))
    print(f"{rel}: {time.perf_counter() - start:.2f} s", flush=True)
    changed = False
    out = recorded_output(example)
    if not out.is_file():
        write(out, result.stdout, "new")
        changed = True
    elif problems := compare_output(out.read_text(encoding="utf-8"), result.stdout):
        write(out, result.stdout, "\n      ".join(["output changed beyond the tolerance rule:", *problems[:5]]))
        changed = True
    for name, data in result.files.items():
        figure = figure_path(example, name)
        if not figure.is_file():
            write(figure, data, "new")
            changed = True
        elif problems := compare_svg(figure.read_bytes(), data):
            write(figure, data, "\n      ".join(["figure changed beyond a pixel:", *problems[:5]]))
            changed = True
    nb = notebook_path(example)
    text = notebook(example, recorded(example, result))
    if not nb.is_file() or nb.read_text(encoding="utf-8") != text:
        write(nb, text, "rebuilt from the example and its recorded output")
        changed = True
    return changed


def main(patterns):
    examples = [
        p for p in sorted(EXAMPLES.rglob("*.py")) if not patterns or any(s in p.as_posix() for s in patterns)
    ]
    total = time.perf_counter()
    changed = [example.relative_to(ROOT).as_posix() for example in examples if record(example)]
    print(f"{len(examples)} examples in {time.perf_counter() - total:.1f} s; "
          f"{len(changed)} changed{': ' + ', '.join(changed) if changed else ''}")


if __name__ == "__main__":
    main(sys.argv[1:])
