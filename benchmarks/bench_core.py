"""How much notelint adds to spaCy, measured side by side in one run.

    python3 benchmarks/bench_core.py [--notes 3000] [--runs 5]

Prints:
1. throughput over generated notes: notelint's engine and rules (Linter.run,
   batched through nlp.pipe) against raw nlp.pipe of the same blank pipelines
   on the same texts, and the ratio (aim: the engine and rules add under half
   of the raw pipeline's time, i.e. overhead < 0.5);
2. one cold run of `notelint examples/good-en.txt` against
   `python -c "import spacy; spacy.blank('en')"` (median of --runs each,
   interleaved; aim: ratio within 1.3).
The machines are shared and noisy: compare the ratios, not the seconds.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(__file__))
import corpus  # noqa: E402


def throughput(count: int) -> None:
    from notelint import pipeline
    from notelint.config import Config
    from notelint.linter import Linter, prepare_text

    texts = corpus.notes(count)
    config = Config()
    items = [prepare_text(t, f"note{i}.txt", config, None, None) for i, t in enumerate(texts)]
    langs = [r.note.language for r in items]
    # warm both pipelines and every rule's matchers
    Linter().run([(prepare_text(t, None, config, None, None), config) for t in texts[:50]])

    by_lang = {lang: [r.note.text for r, l in zip(items, langs) if l == lang] for lang in set(langs)}
    start = time.perf_counter()
    for lang, group in by_lang.items():
        for _ in pipeline.get(lang).pipe(group):
            pass
    raw = time.perf_counter() - start

    start = time.perf_counter()
    prepared = [(prepare_text(t, f"note{i}.txt", config, None, None), config) for i, t in enumerate(texts)]
    results = Linter().run(prepared)
    full = time.perf_counter() - start
    findings = sum(len(r.findings) for r in results)

    print(f"notes: {count} ({langs.count('de')} German), findings: {findings}")
    print(f"raw nlp.pipe (blank + sentencizer): {raw:.2f} s = {count / raw:,.0f} notes/s")
    print(f"notelint (read, detect, pipe, rules): {full:.2f} s = {count / full:,.0f} notes/s")
    print(f"ratio notelint/raw time: {full / raw:.2f}  (engine + rules overhead: {(full - raw) / raw:.0%} of raw)")


def cold_start(runs: int) -> None:
    # a note of ordinary length (125 words), so every rule runs, readability included
    note = os.path.join(os.path.dirname(__file__), os.pardir, "examples", "good-en.txt")
    bare = [sys.executable, "-c", "import spacy; spacy.blank('en')"]
    # --no-cache: a cold run lints for real (a cached run does not even import spaCy)
    ours = [sys.executable, "-m", "notelint", "--exit-zero", "--no-cache", note]
    # bytecode cached, as for an installed package (PYTHONDONTWRITEBYTECODE would compile every module anew)
    env = dict(os.environ, PYTHONPYCACHEPREFIX=os.path.join(tempfile.gettempdir(), "notelint-bench-pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for cmd in (bare, ours):  # warm the bytecode and notelint's syllable tables
        subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True, env=env)
    times = {"bare": [], "notelint": []}
    for _ in range(runs):
        for name, cmd in (("bare", bare), ("notelint", ours)):
            start = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True, env=env)
            times[name].append(time.perf_counter() - start)
    b, n = statistics.median(times["bare"]), statistics.median(times["notelint"])
    print(f"cold: python -c 'import spacy; spacy.blank(\"en\")': {b:.2f} s (median of {runs})")
    print(f"cold: notelint note.txt: {n:.2f} s (median of {runs})")
    print(f"ratio notelint/bare start: {n / b:.2f}  (aim: <= 1.3)")
    fast = [sys.executable, "-m", "notelint", "--help"]
    start = time.perf_counter()
    for _ in range(runs):
        subprocess.run(fast, stdout=subprocess.DEVNULL, check=True, env=env)
    print(f"cold: notelint --help: {(time.perf_counter() - start) / runs:.2f} s (mean of {runs})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--notes", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    throughput(args.notes)
    cold_start(args.runs)


if __name__ == "__main__":
    main()
