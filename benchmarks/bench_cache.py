"""A CI re-run over an unchanged template repository: cold, then from the cache.

    python3 benchmarks/bench_cache.py [--templates 1000] [--runs 3] [--instructions]

Generates bench_templates.py's repository of templates (about 30% German,
placeholders, a .notelint.toml with a ``templates`` glob) as a git work
tree, like a CI checkout, then runs
``notelint --format json templates`` in a fresh process:

- fill: an empty ``--cache-dir`` (the first run of a CI job with a new cache:
  a cold run plus writing the entries);
- cold: ``--no-cache`` (what every run costs without the cache), and
- cached: the same as fill again, every note a hit (what the next push
  costs), taking turns with cold --runs times (the machine's speed drifts:
  each pair is measured side by side);
- one changed: one template edited, the rest hits.

For each it prints the wall time and the peak memory of the notelint process
(median of --runs for cold and cached), checks that the cached report is
byte-identical to the cold one, and prints cached/cold (aim: under 0.10).
Python bytecode is cached (PYTHONPYCACHEPREFIX), as for an installed package.
The machines are shared and noisy: compare the ratios within one run.

``--instructions`` also counts the machine instructions of one cached run
with valgrind (``valgrind --tool=callgrind``, ``PYTHONHASHSEED=0``), which the
machine's load leaves alone: the same code gives the same count to within
0.01%, so a change worth 1% of the cached run shows (the wall times above
cannot). Python's own start is in it: about 140 million instructions here.
Without valgrind the count is skipped with a message.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(__file__))
from bench_instructions import counted, total_instructions  # noqa: E402
from bench_templates import measured, write_repository  # noqa: E402
from machine import describe  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--templates", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--instructions", action="store_true",
                        help="also count the instructions of one cached run (valgrind)")
    args = parser.parse_args()

    tmp = tempfile.mkdtemp(prefix="notelint-cache-bench-")
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("GITHUB_ACTIONS", None)
    env["PYTHONPYCACHEPREFIX"] = os.path.join(tmp, "pycache")
    repo = os.path.join(tmp, "repo")
    cache_dir = os.path.join(tmp, "cache")
    german = write_repository(repo, args.templates)
    if shutil.which("git"):  # a CI job lints a git checkout (and .gitignore is honoured)
        subprocess.run(["git", "init", "-q", repo], check=False)
    print(f"machine: {describe()}")
    print(f"repository: {args.templates} templates ({german} German) in {repo}")
    # compile Python's bytecode for everything a run imports (spaCy included), with the tables kept
    # elsewhere, so the fill run below measures filling the cache and building the tables only
    part = os.path.join("templates", sorted(os.listdir(os.path.join(repo, "templates")))[0])
    measured(["--no-cache", "--cache-dir", os.path.join(tmp, "warm"), part], repo, env)

    fill = measured(["--cache-dir", cache_dir, "templates"], repo, env)
    colds, hits, ratios = [], [], []
    for _ in range(args.runs):  # cold and cached take turns: the machine's speed drifts
        wall, peak, code, cold_out = measured(["--no-cache", "templates"], repo, env)
        colds.append((wall, peak))
        hit_wall, peak, code, out = measured(["--cache-dir", cache_dir, "templates"], repo, env)
        hits.append((hit_wall, peak))
        ratios.append(hit_wall / wall)
        assert out == cold_out, "the cached report differs from the cold one"
    assert fill[3] == cold_out, "the report of the run that filled the cache differs from the cold one"
    instructions = None
    if args.instructions:
        if shutil.which("valgrind") is None:
            print("instructions: skipped, valgrind is not installed (apt-get install valgrind)")
        else:
            proc = counted([sys.executable, "-m", "notelint", "--format", "json", "--cache-dir", cache_dir, "templates"],
                           os.path.join(tmp, "callgrind.out"), env, cwd=repo)
            instructions = total_instructions(proc, "the cached run", ok=(0, 1))
    changed = os.path.join(repo, "templates", sorted(os.listdir(os.path.join(repo, "templates")))[0])
    changed = os.path.join(changed, "00", sorted(os.listdir(os.path.join(changed, "00")))[0])
    with open(changed, "a", encoding="utf-8") as handle:
        handle.write("\nP.S. One more thing.\n")
    one = measured(["--cache-dir", cache_dir, "templates"], repo, env)
    entries = sum(len(files) for _, _, files in os.walk(cache_dir))
    size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(cache_dir) for f in fs)

    cold_wall = statistics.median(w for w, _ in colds)
    hit_wall = statistics.median(w for w, _ in hits)
    print()
    print("| run | wall time | peak memory |")
    print("|---|---|---|")
    print(f"| cold (--no-cache), median of {args.runs} | {cold_wall:.2f} s | {max(p for _, p in colds):.0f} MB |")
    print(f"| first run, filling the cache | {fill[0]:.2f} s | {fill[1]:.0f} MB |")
    print(f"| cached, unchanged, median of {args.runs} | {hit_wall:.2f} s | {max(p for _, p in hits):.0f} MB |")
    print(f"| cached, one template changed | {one[0]:.2f} s | {one[1]:.0f} MB |")
    print()
    print(f"cache: {entries} entries, {size / 1024:,.0f} KiB; cached reports byte-identical to cold: yes")
    print(f"cached/cold wall time: {hit_wall / cold_wall:.3f} (aim: < 0.10); "
          f"pair by pair: median {statistics.median(ratios):.3f}, {min(ratios):.3f}-{max(ratios):.3f}")
    if instructions is not None:
        print(f"cached run: {instructions / 1e6:,.0f} million instructions (valgrind, PYTHONHASHSEED=0)")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    started = time.perf_counter()
    main()
    print(f"(benchmark took {time.perf_counter() - started:.0f} s)")
