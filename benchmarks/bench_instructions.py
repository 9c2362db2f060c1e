"""Instructions a note costs to lint, counted by valgrind: a measure that the machine's load leaves alone.

    python3 benchmarks/bench_instructions.py [--notes 1000] [--corpus generated|handwritten|recombined]
                                             [--against FOLDER]

The shared machines this runs on move wall and CPU times by 10-30% from
minute to minute, which hides a change worth 5%. This counts the machine
instructions instead (``valgrind --tool=callgrind``, with a fixed
``PYTHONHASHSEED`` so that sets and dicts are laid out alike every time):
one process lints 300 notes to load spaCy, the rules and their memos, and
then ``--notes`` more, with ``Linter.run`` as the workers run it (rules
rule by rule over batches, duplicate-across-recipients' per-note part; the
rule-timeout set far off, since everything runs 50 times slower);
a second process stops after the 300. The difference, divided by
``--notes``, is what a note costs, the same on a busy machine as on an
idle one. Language detection, spaCy's pipeline and the rules are in it;
reading the files, the report and the parallel workers are not.

``--against FOLDER`` counts the same for another checkout of notelint (for
example ``git worktree add /tmp/before HEAD~3``) and prints the ratio. The
same code counted in two folders differs by up to about 1% (the folder's
name changes what the interpreter hashes and allocates): a smaller
difference says nothing.
Each count takes a minute or two; the two checkouts are counted at once.
Needs valgrind (``apt-get install valgrind``); skipped with a message
without it.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
WARM = 300

#: run in the counted process: lint WARM notes, then (if asked) N more
CHILD = r"""
import importlib.util, os, sys
root, kind, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
sys.path[:0] = [root, os.path.join(root, "benchmarks")]
import notelint
# the checkout's rules/ as notelint.rules, as an install maps it
spec = importlib.util.spec_from_file_location("notelint.rules", os.path.join(root, "rules", "__init__.py"),
                                              submodule_search_locations=[os.path.join(root, "rules")])
module = importlib.util.module_from_spec(spec)
sys.modules["notelint.rules"] = module
spec.loader.exec_module(module)
import corpus
from notelint.config import Config
from notelint.linter import Linter, prepare_text
if kind == "handwritten":
    pool = [text for _, text in corpus.handwritten()]
    texts = (pool * (1 + (WARM + count) // len(pool)))[:WARM + count]
elif kind == "recombined":
    texts = corpus.recombined(WARM + count)
else:
    texts = corpus.notes(WARM + count)
# the rule-timeout alarm as in a run, but far off: under valgrind a note takes 50 times as long
config = Config(rule_timeout=1e6)
linter = Linter()
linter.keep_raw = linter.batch_summaries = True
linter.run([(prepare_text(t, None, config, None, None), config) for t in texts[:WARM]])
if count:
    linter.run([(prepare_text(t, f"n{i}.txt", config, None, None, detect=False), config)
                for i, t in enumerate(texts[WARM:])])
""".replace("WARM", str(WARM))


def counted(command: list[str], out: str, env: dict | None = None, **options) -> subprocess.Popen:
    """``command`` started under valgrind's callgrind (its file ``out``), with a fixed hash seed; read
    the count with :func:`total_instructions`."""
    return subprocess.Popen(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *command],
        env=dict(os.environ if env is None else env, PYTHONHASHSEED="0"),
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, **options,
    )


def _start(root: str, kind: str, count: int, out: str) -> subprocess.Popen:
    return counted([sys.executable, "-c", CHILD, root, kind, str(count)], out)


def total_instructions(proc: subprocess.Popen, what: str, ok: tuple = (0,)) -> int:
    """The instructions valgrind counted in ``proc`` (its standard error a pipe), or exit saying why not."""
    _, err = proc.communicate()
    found = re.findall(r"I\s+refs:\s+([\d,]+)", err)
    if proc.returncode not in ok or not found:
        sys.exit(f"the count for {what} failed (exit {proc.returncode}):\n{err[-2000:]}")
    return int(found[-1].replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--notes", type=int, default=1000, help="notes counted after the warm-up (default 1000)")
    parser.add_argument("--corpus", choices=("generated", "handwritten", "recombined"), default="generated")
    parser.add_argument("--against", metavar="FOLDER", help="another checkout of notelint to count alike")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("skipping: valgrind is not installed (apt-get install valgrind)")
        return
    if args.notes < 1:
        parser.error("--notes must be at least 1")
    roots = {"this checkout": os.path.dirname(HERE)}
    if args.against:
        if not os.path.isfile(os.path.join(args.against, "notelint", "__init__.py")):
            parser.error(f"--against {args.against}: not a checkout of notelint (no notelint/__init__.py)")
        roots["--against"] = os.path.abspath(args.against)
    with tempfile.TemporaryDirectory(prefix="notelint-instructions-") as tmp:
        running = {(name, count): _start(root, args.corpus, count, os.path.join(tmp, f"{index}-{count}.out"))
                   for index, (name, root) in enumerate(roots.items()) for count in (0, args.notes)}
        totals = {key: total_instructions(proc, f"{key[0]}, {key[1]} notes") for key, proc in running.items()}
    print(f"{args.corpus} notes, {args.notes:,} counted after {WARM} to warm up (PYTHONHASHSEED=0):")
    per_note = {}
    for name, root in roots.items():
        per_note[name] = (totals[(name, args.notes)] - totals[(name, 0)]) / args.notes
        print(f"  {name} ({root}): {per_note[name] / 1e6:.2f} million instructions a note")
    if args.against:
        print(f"this checkout / --against: {per_note['this checkout'] / per_note['--against']:.3f}")


if __name__ == "__main__":
    main()
