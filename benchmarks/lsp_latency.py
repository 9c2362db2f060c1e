"""How long an editor waits for notelint's squiggles, measured (no asserts).

    python3 benchmarks/lsp_latency.py [--edits 60] [--default-edits 20]

Starts the language server (``python -m notelint.lsp``), opens a 200-word
note and sends edits one after another, each time waiting for the
publishDiagnostics of that version. Prints the median and p90 time from
didChange to publishDiagnostics, warm, with the debounce set to 0 through
initializationOptions and with the default debounce (300 ms). Then times the
engine itself in this process on the same note (prepare_text + Linter.run on
the default pipeline; aim: under 10 ms). The machines are shared and noisy:
read the figures as orders of magnitude.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from lsp_client import Client  # noqa: E402

NOTE = """Dear Ms. Lee,

Thank you for taking the time to talk with me on Tuesday about the Data Analyst role. I enjoyed hearing how
your team halved its reporting time last year, and the story about the first dashboard that nobody used until
it answered a single question well has stayed with me since.

You asked how I would handle messy sales data. I have thought more about it, and I would start with a short
review of where the numbers come from, agree with the sales managers on three definitions that matter most,
and only then build anything new. That kind of practical, patient work is exactly what I want to do next.

My background in SQL and in talking with people who do not love spreadsheets would help me contribute from the
first weeks. At my current job I rebuilt our weekly revenue report so that it loads in seconds instead of
minutes, and the regional leads now use it in their Monday meetings.

It was great to meet the whole team and to see how openly you discuss mistakes. Please let me know if I can
send anything else that helps, such as the sample analysis we spoke about.

I look forward to hearing about the next steps.

Best regards,
Ana Ruiz
"""


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure(options: dict | None, edits: int, folder: str) -> list[float]:
    """Seconds from each didChange to the publishDiagnostics of its version."""
    uri = Path(folder, "note.txt").as_uri()
    timings = []
    with Client(cwd=folder) as client:
        client.initialize(options)
        client.open(uri, NOTE)
        client.diagnostics(uri, 1, timeout=60)  # cold: spaCy loads here
        for version in range(2, edits + 2):
            text = NOTE.replace("Tuesday", "Tuesday" + " really" * (version % 3))
            mark = client.mark()
            started = time.perf_counter()
            client.change(uri, text, version)
            client.diagnostics(uri, version, timeout=30, start=mark)
            timings.append(time.perf_counter() - started)
        client.close()
    return timings


def engine_time(runs: int, folder: str) -> tuple[list[float], int]:
    from notelint.config import Finder
    from notelint.linter import Linter, prepare_text

    path = os.path.join(folder, "note.txt")
    config = Finder(None).for_path(path)
    linter = Linter()
    timings, count = [], 0
    for run in range(runs + 3):
        started = time.perf_counter()
        result = prepare_text(NOTE, path, config, None, None)
        linter.run([(result, config)])
        if run >= 3:  # the first runs load spaCy and the rules
            timings.append(time.perf_counter() - started)
        count = len(result.findings)
    return timings, count


def report(label: str, timings: list[float]) -> None:
    ms = [t * 1000 for t in timings]
    print(f"{label:<44} median {statistics.median(ms):7.1f} ms   p90 {percentile(ms, 0.9):7.1f} ms   (n={len(ms)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=60, help="edits with debounce 0")
    parser.add_argument("--default-edits", type=int, default=20, help="edits with the default debounce")
    parser.add_argument("--runs", type=int, default=100, help="in-process engine runs")
    args = parser.parse_args()
    print(f"note: {len(NOTE.split())} words")
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, ".notelint.toml").write_text("")  # no configuration from above the temp folder
        report("didChange -> publishDiagnostics, debounce 0", measure({"debounce": 0}, args.edits, folder))
        report("didChange -> publishDiagnostics, default", measure(None, args.default_edits, folder))
        timings, count = engine_time(args.runs, folder)
        report(f"engine in-process ({count} findings)", timings)


if __name__ == "__main__":
    main()
