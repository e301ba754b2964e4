"""How close the doc-tests stay to running each unique piece of code once.

    make bench        (or: .venv/bin/python tests/bench.py)

Prints the number of code blocks the site shows in all languages, the number of unique
pieces, the time to run each unique piece once, the wall time of `pytest tests/test_code.py`,
and their ratio.  A benchmark to read, not a timed test.
"""

import subprocess
import sys
import time

from coderun import ROOT, pieces, run


def main():
    found = pieces()
    shown = sum(len(p.shown_at) for p in found)
    run(found[0])  # warm up: import torch and matplotlib once, as the suite does
    start = time.perf_counter()
    for piece in found:
        run(piece)
    unique = time.perf_counter() - start
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_code.py"],
                   cwd=ROOT, check=True, capture_output=True)
    suite = time.perf_counter() - start
    print(f"code blocks shown (all languages): {shown}")
    print(f"unique pieces of code:             {len(found)}")
    print(f"each unique piece run once:        {unique:.1f} s")
    print(f"pytest tests/test_code.py (wall):  {suite:.1f} s")
    print(f"ratio suite / unique:              {suite / unique:.2f}")


if __name__ == "__main__":
    main()
