"""Lighthouse performance and page weight of each page type (a benchmark, not a test).

    make bench-pages      (builds the site, serves it with gzip on 127.0.0.1, runs Lighthouse)

Prints a Markdown table: performance score (mobile preset, simulated throttling), first and
largest contentful paint, total blocking time, and the bytes a first visit transfers; each
the median of five runs (scores vary from run to run: on the two-core development machine
one run in five could be 5-10 points off, and a median of three once gave 89 for a page
whose median of five was 99).
"""

import statistics
import sys
import tempfile
from pathlib import Path

from conftest import ROOT, mkdocs_build, serve
from test_audits import PAGE_TYPES, lighthouse

RUNS = 5


def main():
    with tempfile.TemporaryDirectory() as site:
        build = mkdocs_build(ROOT, Path(site))
        if build.returncode:
            sys.exit(build.stdout + build.stderr)
        with serve(Path(site)) as base:
            table(base)


def table(base: str) -> None:
    """Lighthouse performance of each page type, as a Markdown table."""
    print("| page type | page | performance | FCP | LCP | TBT | transferred |")
    print("|---|---|---|---|---|---|---|")
    for kind, path in PAGE_TYPES.items():
        runs = lighthouse([base + path] * RUNS, ["performance"])
        runs.sort(key=lambda report: report["categories"]["performance"]["score"])
        median = runs[RUNS // 2]
        score = round(median["categories"]["performance"]["score"] * 100)
        metric = {k: median["audits"][k]["displayValue"] for k in
                  ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time")}
        weight = statistics.median(r["audits"]["total-byte-weight"]["numericValue"] for r in runs) / 1024
        print(f"| {kind} | `/{path}` | {score} | {metric['first-contentful-paint']} | "
              f"{metric['largest-contentful-paint']} | {metric['total-blocking-time']} | {weight:.0f} KiB |", flush=True)


if __name__ == "__main__":
    main()
