"""notelint side by side with proselint, write-good and the raw spaCy pipeline, in one run.

    python3 benchmarks/bench_peers.py [--sizes 1000,10000] [--runs 5] [--repeat 1] [--jobs auto]
                                      [--corpus generated|recombined] [--proselint CMD] [--write-good CMD]

Every tool lints the same generated notes (benchmarks/corpus.py: English and
German thank-you notes, 30% German), written to a temporary folder, one file
per note. --corpus chooses them: "generated" (the default) builds every note
from a few dozen sentences, so spaCy's tokenizer and notelint's pattern memo
find nearly every word and stretch cached; "recombined" joins paragraphs of
the hand-written notes in tests/corpus, with their vocabulary, line breaks
and special cases ("Ms.", "I'm"), which is what a repository of real notes
looks like to a cache. For each tool it prints:

- cold start: whole-process wall time for one note of ordinary length
  (examples/good-en.txt, 125 words, and examples/gut-de.txt, 104 words;
  median of --runs, interleaved across tools). notelint's readability
  rule keeps syllable tables in its cache folder, built on the first run on
  a machine; that first run is timed once on its own ("first run ever");
- throughput over each size: wall time of the tool's best ordinary
  invocation (notelint: the folder, as for a repository of notes; the
  peers: every file in one process, with argument lists cut to stay well
  under ARG_MAX, so a huge corpus may take a few processes), and notes per
  second (with --repeat N: the median of N rounds, the tools taking turns,
  and the range of each ratio over the rounds);
- peak memory: the largest "Maximum resident set size" of the processes of
  that run (GNU time), per process.

notelint runs with its defaults (automatic --jobs) and --no-cache (a cold
run: the cache is measured by bench_cache.py). "raw spaCy" is the pipeline
notelint uses, spacy.blank(lang) + sentencizer for English and German,
running nlp.pipe(batch_size=64) over the same texts in one process: no rules,
no reading of configuration; the ratio notelint/raw is notelint's share of
that throughput, for the whole run (notelint in its default number of
processes) and per process (aim: at least 0.7 per process). "notelint engine
alone" is notelint in one process with one rule that has nothing to do on
these notes (subject-line): the floor under any set of rules, to read the
0.7 aim against.

Peers that are not installed are skipped with a message. proselint:
``pip install proselint==0.16.0`` (run as ``proselint check -o json FILES``);
write-good: ``npm install -g write-good@1.0.8`` (``write-good --parse FILES``).
Python bytecode is cached (PYTHONPYCACHEPREFIX in a temporary folder), as it
is for an installed package. The first line names the machine (CPUs, processor,
Python, and Node.js when write-good runs): the tools do not speed up or slow
down by the same factor from one processor to another (benchmarks/machine.py).
The machines are shared and noisy: compare the ratios within one run, not
seconds across runs.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(__file__))
import corpus  # noqa: E402
import machine  # noqa: E402

#: notelint in one process with one rule that returns at once for a note without a subject line
ENGINE = "notelint engine alone (-j 1, subject-line only)"

#: stay far below ARG_MAX (often 2 MB) and the kernel's per-argument limits
ARG_BUDGET = 100_000

RAW = r"""
import sys
import spacy
pipes = {}
for lang in ("en", "de"):
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    pipes[lang] = nlp
groups = {"en": [], "de": []}
with open(sys.argv[1], encoding="utf-8") as manifest:
    for line in manifest:
        lang, path = line.rstrip("\n").split("\t", 1)
        with open(path, encoding="utf-8") as handle:
            groups[lang].append(handle.read())
count = 0
for lang, texts in groups.items():
    for doc in pipes[lang].pipe(texts, batch_size=64):
        count += len(doc)
print(count)
"""


def chunks(prefix: list[str], files: list[str]) -> list[list[str]]:
    out, current, size = [], [], 0
    for path in files:
        if current and size + len(path) + 1 > ARG_BUDGET:
            out.append(prefix + current)
            current, size = [], 0
        current.append(path)
        size += len(path) + 1
    if current:
        out.append(prefix + current)
    return out


def timed(commands: list[list[str]], env: dict, ok_codes: tuple[int, ...]) -> tuple[float, float]:
    """Run commands one after another; (wall seconds, peak RSS in MB over them)."""
    gnu_time = shutil.which("time") if os.path.exists("/usr/bin/time") else None
    peak = 0.0
    start = time.perf_counter()
    for cmd in commands:
        if gnu_time:
            proc = subprocess.run(["/usr/bin/time", "-f", "MAXRSS=%M", *cmd], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        else:
            proc = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if proc.returncode not in ok_codes or "Traceback (most recent call last)" in proc.stderr:
            raise RuntimeError(f"{shlex.join(cmd[:4])} ... exited {proc.returncode}: {proc.stderr[-500:]}")
        for line in proc.stderr.splitlines():
            if line.startswith("MAXRSS="):
                peak = max(peak, int(line[7:]) / 1024)
    wall = time.perf_counter() - start
    if not gnu_time:
        import resource

        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # the largest child so far
    return wall, peak


class Tool:
    def __init__(self, name: str, prefix: list[str], ok_codes: tuple[int, ...], manifest: bool = False,
                 folder: bool = False):
        self.name, self.prefix, self.ok_codes, self.manifest = name, prefix, ok_codes, manifest
        self.folder = folder  # takes the corpus folder itself, as for a repository of notes

    def commands(self, files: list[str], manifest: str) -> list[list[str]]:
        if self.manifest:
            return [self.prefix + [manifest]]
        if self.folder and len(files) > 1 and len({os.path.dirname(f) for f in files}) == 1:
            return [self.prefix + [os.path.dirname(files[0])]]
        return chunks(self.prefix, files)


def _peer(command: str | None, name: str, install: str) -> list[str] | None:
    """The command that runs a peer (``--NAME CMD`` or NAME on PATH), or None with a message saying why it is skipped."""
    if command is None:
        found = shutil.which(name)
        if found is None:
            print(f"skipping {name}: not installed ({install}, or --{name} CMD)")
        return [found] if found else None
    words = shlex.split(command)
    if not words or shutil.which(words[0]) is None:
        print(f"skipping {name}: {command!r} is not a program that can be run ({install}, or --{name} CMD)")
        return None
    return words


def find_tools(args) -> list[Tool]:
    py = sys.executable
    jobs = [] if args.jobs == "auto" else ["-j", args.jobs]
    tools = [
        Tool("notelint", [py, "-m", "notelint", "--no-cache", "--exit-zero", "--format", "json", *jobs], (0,),
             folder=True),
        Tool("raw spaCy (blank+sentencizer)", [py, "-c", RAW], (0,), manifest=True),
        # the floor under any set of rules: reading, front matter, language detection, spaCy, the report
        Tool(ENGINE, [py, "-m", "notelint", "--no-cache", "--exit-zero", "--format", "json", "-j", "1",
                      "--select", "subject-line"], (0,), folder=True),
    ]
    proselint = _peer(args.proselint, "proselint", "pip install proselint==0.16.0")
    if proselint:
        tools.append(Tool("proselint 0.16", [*proselint, "check", "-o", "json"], (0, 1)))
    write_good = _peer(args.write_good, "write-good", "npm install -g write-good@1.0.8")
    if write_good:
        tools.append(Tool("write-good 1.0.8", [*write_good, "--parse"], (0, 255)))
    return tools


def write_corpus(folder: str, count: int, kind: str = "generated") -> tuple[list[str], str]:
    import random

    os.makedirs(folder, exist_ok=True)
    rng = random.Random(7)
    files, lines = [], []
    for i in range(count):
        lang = "de" if rng.random() < 0.3 else "en"
        text = corpus.recombined_note(rng, lang) if kind == "recombined" else corpus.note(rng, lang)
        path = os.path.join(folder, f"note{i:05d}.txt")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        files.append(path)
        lines.append(f"{lang}\t{path}")
    manifest = os.path.join(folder, "..", f"manifest-{count}.tsv")
    with open(manifest, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    return files, manifest


def write_one(folder: str, example: str, lang: str) -> tuple[list[str], str]:
    """One example note (ordinary length) as a corpus of one."""
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, os.path.basename(example))
    shutil.copyfile(os.path.join(os.path.dirname(__file__), os.pardir, "examples", example), path)
    manifest = os.path.join(folder, "manifest.tsv")
    with open(manifest, "w", encoding="utf-8") as handle:
        handle.write(f"{lang}\t{path}\n")
    return [path], manifest


def _range(runs: dict, other: str, mine: str, size: int) -> str:
    """The range over the rounds of the throughput ratio ``mine``/``other`` (their wall times, inverted)."""
    ratios = [theirs[0] / ours[0] for theirs, ours in zip(runs[(other, size)], runs[(mine, size)])]
    return f" (rounds: {min(ratios):.2f}-{max(ratios):.2f})" if len(ratios) > 1 else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000", help="corpus sizes, comma-separated")
    parser.add_argument("--runs", type=int, default=5, help="cold one-note runs per tool (median)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs over each corpus per tool, taking turns (the median is shown, and each "
                             "ratio's range over the rounds: the machine's speed drifts)")
    parser.add_argument("--corpus", choices=("generated", "recombined"), default="generated",
                        help="generated: notes built from a few dozen sentences (default); recombined: the "
                             "paragraphs of the hand-written notes of tests/corpus, recombined (benchmarks/corpus.py)")
    parser.add_argument("--jobs", default="auto", help="notelint -j value (default: notelint's own default)")
    parser.add_argument("--proselint", help="command that runs proselint (default: proselint on PATH)")
    parser.add_argument("--write-good", help="command that runs write-good (default: write-good on PATH)")
    args = parser.parse_args()

    root = tempfile.mkdtemp(prefix="notelint-peers-")
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = os.path.join(root, "pycache")
    env.pop("GITHUB_ACTIONS", None)
    tools = find_tools(args)
    print(f"machine: {machine.describe(with_node=any(t.name.startswith('write-good') for t in tools))}; "
          f"{args.corpus} corpus in {root}")

    singles = {lang: write_one(os.path.join(root, f"one-{lang}"), example, lang)
               for lang, example in (("en", "good-en.txt"), ("de", "gut-de.txt"))}
    env["NOTELINT_CACHE_DIR"] = os.path.join(root, "notelint-cache")
    for tool in tools:  # warm the bytecode cache, the file system and notelint's tables
        for one, one_manifest in singles.values():
            timed(tool.commands(one, one_manifest), env, tool.ok_codes)
    fresh = dict(env, NOTELINT_CACHE_DIR=os.path.join(root, "notelint-cache-fresh"))  # no tables built yet
    first_ever = timed(tools[0].commands(*singles["en"]), fresh, tools[0].ok_codes)[0]
    cold: dict[tuple[str, str], list[float]] = {(t.name, lang): [] for t in tools for lang in singles}
    bare = [sys.executable, "-c", "import spacy; spacy.blank('en')"]
    bare_times: list[float] = []
    for _ in range(args.runs):
        for tool in tools:
            for lang, (one, one_manifest) in singles.items():
                cold[(tool.name, lang)].append(timed(tool.commands(one, one_manifest), env, tool.ok_codes)[0])
        bare_times.append(timed([bare], env, (0,))[0])

    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    runs: dict[tuple[str, int], list[tuple[float, float]]] = {}
    for size in sizes:
        files, manifest = write_corpus(os.path.join(root, f"n{size}"), size, args.corpus)
        for _ in range(max(1, args.repeat)):  # round after round, so every tool meets the same drift
            for tool in tools:
                wall, peak = timed(tool.commands(files, manifest), env, tool.ok_codes)
                runs.setdefault((tool.name, size), []).append((wall, peak))
                print(f"  {tool.name} over {size:,}: {wall:.1f} s, {size / wall:,.0f} notes/s, peak {peak:.0f} MB",
                      flush=True)
    results = {key: (statistics.median(w for w, _ in value), max(p for _, p in value)) for key, value in runs.items()}

    def ratio_range(tool: str, size: int) -> str:
        return _range(runs, tool, "notelint", size)

    bare_start = statistics.median(bare_times)
    print()
    header = ("| tool | one note, cold (en / de) | " + " | ".join(f"{s:,} notes" for s in sizes)
              + " | peak memory |")
    print(header)
    print("|" + "---|" * (3 + len(sizes)))
    print(f"| import spacy + blank('en') | {bare_start:.2f} s | " + " | ".join("" for _ in sizes) + " | |")
    for tool in tools:
        start = " / ".join(f"{statistics.median(cold[(tool.name, lang)]):.2f}" for lang in singles)
        cells = [f"{results[(tool.name, s)][0]:.1f} s ({s / results[(tool.name, s)][0]:,.0f}/s)" for s in sizes]
        peak = max(results[(tool.name, s)][1] for s in sizes)
        print(f"| {tool.name} | {start} s | " + " | ".join(cells) + f" | {peak:.0f} MB |")

    print()
    big = max(sizes)
    nl = results[("notelint", big)][0]
    raw = results[("raw spaCy (blank+sentencizer)", big)][0]
    for lang in singles:
        print(f"notelint one {lang} note, cold / bare spaCy start: "
              f"{statistics.median(cold[('notelint', lang)]) / bare_start:.2f} (aim: <= 1.3)")
    print(f"notelint first run ever (syllable tables built), one en note: {first_ever:.2f} s, "
          f"{first_ever / bare_start:.2f} x the bare spaCy start")
    # the aim is per process: notelint's whole run used its processes, the raw pipeline one
    from notelint.parallel import resolve_jobs

    processes = resolve_jobs(None if args.jobs == "auto" else int(args.jobs), big)
    print(f"notelint throughput / raw spaCy pipeline over {big:,}: {raw / nl:.2f}"
          f"{ratio_range('raw spaCy (blank+sentencizer)', big)} with notelint in {processes} process"
          f"{'es' if processes > 1 else ''} and raw spaCy in one: {raw / nl / processes:.2f} per process "
          "(aim: >= 0.7 per process)")
    engine = results[(ENGINE, big)][0]
    print(f"notelint engine alone (one process, one near-empty rule) / raw spaCy pipeline over {big:,}: "
          f"{raw / engine:.2f}{_range(runs, 'raw spaCy (blank+sentencizer)', ENGINE, big)}: what the 0.7 aim "
          "leaves for the rules is the part of this above 0.7")
    for tool in tools:
        if tool.name.startswith(("proselint", "write-good")):
            other = results[(tool.name, big)][0]
            print(f"notelint throughput / {tool.name} over {big:,}: {other / nl:.2f}x{ratio_range(tool.name, big)}")
    print(f"notelint peak memory over {big:,}: {results[('notelint', big)][1]:.0f} MB per process (aim: < 300 MB)")
    shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    import importlib.util

    missing = [name for name in ("notelint", "spacy") if importlib.util.find_spec(name) is None]
    if missing:
        sys.exit(f"bench_peers: {' and '.join(missing)} cannot be imported by {sys.executable}; "
                 "install notelint first (pip install -e .) and run the benchmark with that Python")
    try:
        main()
    except RuntimeError as exc:  # a tool failed on the corpus: say which, without a traceback
        sys.exit(f"bench_peers: {exc}")
