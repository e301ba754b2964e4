"""Lighthouse performance and page weight of each page type (a benchmark, not a test).

    make bench-pages      (builds the site, serves it with gzip on 127.0.0.1, runs Lighthouse)

Prints a Markdown table: performance score (mobile preset, simulated throttling), first and
largest contentful paint, total blocking time, and the bytes a first visit transfers; each
the median of three runs (scores vary by a few points from run to run).
"""

import functools
import http.server
import statistics
import sys
import tempfile
import threading
from pathlib import Path

from conftest import ROOT, QuietHandler, mkdocs_build
from test_audits import PAGE_TYPES, lighthouse


def main():
    with tempfile.TemporaryDirectory() as site:
        build = mkdocs_build(ROOT, Path(site))
        if build.returncode:
            sys.exit(build.stdout + build.stderr)
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=site))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_port}/"
        print("| page type | page | performance | FCP | LCP | TBT | transferred |")
        print("|---|---|---|---|---|---|---|")
        for kind, path in PAGE_TYPES.items():
            runs = [lighthouse(base + path, ["performance"]) for _ in range(3)]
            runs.sort(key=lambda report: report["categories"]["performance"]["score"])
            median = runs[1]
            score = round(median["categories"]["performance"]["score"] * 100)
            metric = {k: median["audits"][k]["displayValue"] for k in
                      ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time")}
            weight = statistics.median(r["audits"]["total-byte-weight"]["numericValue"] for r in runs) / 1024
            print(f"| {kind} | `/{path}` | {score} | {metric['first-contentful-paint']} | "
                  f"{metric['largest-contentful-paint']} | {metric['total-blocking-time']} | {weight:.0f} KiB |", flush=True)
        server.shutdown()


if __name__ == "__main__":
    main()
