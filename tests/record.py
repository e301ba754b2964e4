"""Record what each example prints, the figures it draws and its notebook page.

    python tests/record.py             # every example
    python tests/record.py week5/gd    # only examples whose path contains "week5/gd"

Run it after changing an example; commit what it writes.  The test suite fails
while a recorded output, figure or notebook differs from what the code produces.
"""

import sys
import time

from coderun import EXAMPLES, ROOT, Piece, figure_path, notebook, notebook_path, recorded_output, run


def write(path, data):
    """Write only when the content changed, and say so."""
    data = data.encode() if isinstance(data, str) else data
    if path.exists() and path.read_bytes() == data:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    print(f"    wrote {path.relative_to(ROOT)}")


def main(patterns):
    examples = [
        p for p in sorted(EXAMPLES.rglob("*.py")) if not patterns or any(s in p.as_posix() for s in patterns)
    ]
    total = time.perf_counter()
    for example in examples:
        rel = example.relative_to(ROOT).as_posix()
        print(f"running {rel} ...", flush=True)
        start = time.perf_counter()
        result = run(Piece(example.read_text(encoding="utf-8"), rel))
        print(f"    {time.perf_counter() - start:.2f} s")
        write(recorded_output(example), result.stdout)
        for name, data in result.files.items():
            write(figure_path(example, name), data)
        write(notebook_path(example), notebook(example, result))
    print(f"{len(examples)} examples in {time.perf_counter() - total:.1f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
