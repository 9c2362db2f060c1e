"""A career center's template repository at scale: 1,000 templates, linted as CI would.

    python3 benchmarks/bench_templates.py [--templates 1000] [--keep DIR]

Generates a repository of templates (benchmarks/corpus.py's notes, about 30%
German, with their names, roles and companies turned into placeholders such
as [Interviewer Name], {{company}}, [Position] and [Ihr Name]) plus a
.notelint.toml with a ``templates`` glob and the allowed placeholder names,
then runs the ``notelint`` command over it twice: with ``--template`` on the
folder, and through the ``templates`` glob alone. For each run it prints the
wall time and the peak memory (maximum resident set size of the notelint
process).

Cold means a fresh process and no result cache. When notelint has a result
cache (``--cache-dir`` and ``--no-cache`` in ``notelint --help``), the glob run
is repeated with a cache: once to fill it and once more to read it back
(warm). Without those options only cold runs are measured, and the output
says so. The machines are shared and noisy: compare runs, not single figures.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
import corpus  # noqa: E402

ALLOWED = ["Interviewer Name", "company", "Position", "Your Name", "Nachname", "Ihr Name", "Skill", "Date"]

# corpus values -> the placeholders a template holds instead
_SLOTS = [
    (r"^(Dear|Hi|Hello) (?:Ms\.|Mr\.|Dr\.)? ?[A-Z][a-z]+,", r"\1 [Interviewer Name],"),
    (r"^(Sehr geehrte[r]? (?:Frau|Herr)|Liebe[r]? (?:Frau|Herr)) [A-Z][a-z]+,", r"\1 [Nachname],"),
    (r"Data Analyst|Product Designer|Nurse|Datenanalystin|Produktdesigner", "[Position]"),
    (r"\b(SQL|user research|Python|patient care)\b", "[Skill]"),
    (r"\b(today|yesterday|on Tuesday)\b", "on [Date]"),
    (r"(Best regards,|Sincerely,|Thanks again,)\n.+$", r"\1\n[Your Name]"),
    (r"(Mit freundlichen Grüßen|Viele Grüße)\n.+$", r"\1\n[Ihr Name]"),
]


def template(text: str) -> str:
    for pattern, replacement in _SLOTS:
        text = re.sub(pattern, replacement, text, flags=re.M)
    # name the employer once in the opening sentence
    text = re.sub(r"( role)([.,])", r"\1 at {{company}}\2", text, count=1)
    text = re.sub(r"( Stelle als \[Position\])([.,])", r"\1 bei {{company}}\2", text, count=1)
    return text


def write_repository(folder: str, count: int, seed: int = 11) -> int:
    rng = random.Random(seed)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, ".notelint.toml"), "w", encoding="utf-8") as handle:
        handle.write('templates = ["templates/**"]\n\n[rules.unknown-placeholder]\n')
        handle.write(f"allowed = {json.dumps(ALLOWED, ensure_ascii=False)}\n")
    german = 0
    for i in range(count):
        lang = "de" if rng.random() < 0.3 else "en"
        german += lang == "de"
        sub = os.path.join(folder, "templates", lang, f"{i // 100:02d}")
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, f"template{i:05d}.txt"), "w", encoding="utf-8") as handle:
            handle.write(template(corpus.note(rng, lang)))
    return german


#: runs the command in its argv and reports its wall time, peak RSS and exit code on stderr's last line
_MEASURE = (
    "import json, resource, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "proc = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE)\n"
    "wall = time.perf_counter() - start\n"
    "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
    "sys.stderr.write('MEASURE ' + json.dumps([wall, peak, proc.returncode]) + '\\n')\n"
    "sys.stdout.buffer.write(proc.stdout)\n"
)


def measured(args: list[str], cwd: str, env: dict | None = None) -> tuple[float, float, int, bytes]:
    """``notelint --format json ARGS`` in a fresh measuring process (so ru_maxrss is this run's alone):
    wall seconds, peak RSS in MiB, exit code and the report's bytes. Exits saying why when notelint did
    not lint: an exit code other than 0 or 1, a traceback, or no JSON report (``No module named
    notelint`` exits 1 and prints nothing)."""
    proc = subprocess.run([sys.executable, "-c", _MEASURE, sys.executable, "-m", "notelint", "--format", "json", *args],
                          cwd=cwd, capture_output=True, env=env)
    err = proc.stderr.decode(errors="replace")
    line = [ln for ln in err.splitlines() if ln.startswith("MEASURE ")][-1]
    wall, peak_kib, code = json.loads(line[len("MEASURE "):])
    try:
        report = json.loads(proc.stdout)
    except ValueError:
        report = None
    if code not in (0, 1) or "Traceback" in err or not isinstance(report, dict):
        sys.exit(f"notelint {' '.join(args)} printed no report (exit {code}); "
                 f"is notelint importable by {sys.executable}?\n" + err[-2000:])
    return wall, peak_kib / 1024, code, proc.stdout


def run(args: list[str], cwd: str) -> tuple[float, float, int, dict]:
    """:func:`measured`, with the report parsed."""
    wall, peak, code, out = measured(args, cwd)
    return wall, peak, code, json.loads(out)


def summary(report: dict) -> str:
    files = report.get("files", [])
    findings = [f for entry in files for f in entry["findings"]]
    codes: dict[str, int] = {}
    for f in findings:
        codes[f["name"]] = codes.get(f["name"], 0) + 1
    top = ", ".join(f"{name} {n}" for name, n in sorted(codes.items(), key=lambda kv: -kv[1])[:4])
    return f"{len(files)} files, {len(findings)} findings ({top})"


def has_cache_options(cwd: str) -> bool:
    help_text = subprocess.run([sys.executable, "-m", "notelint", "--help"], cwd=cwd, capture_output=True,
                               text=True).stdout
    return "--cache-dir" in help_text and "--no-cache" in help_text


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--templates", type=int, default=1000)
    parser.add_argument("--keep", metavar="DIR", help="write the repository here and keep it")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        repo = args.keep or os.path.join(tmp, "templates-repo")
        german = write_repository(repo, args.templates)
        size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(repo) for f in fs)
        print(f"repository: {args.templates} templates ({german} German), {size / 1024:,.0f} KiB, in {repo}")
        cache = has_cache_options(repo)
        cold = ["--no-cache"] if cache else []

        rows = []
        wall, peak, code, report = run([*cold, "--template", "templates"], repo)
        rows.append(("cold, --template templates", wall, peak, code, report))
        wall, peak, code, report = run([*cold, "templates"], repo)
        rows.append(("cold, templates glob", wall, peak, code, report))
        if cache:
            cache_dir = os.path.join(tmp, "cache")
            for label in ("cache filled, templates glob", "warm cache, templates glob"):
                wall, peak, code, report = run(["--cache-dir", cache_dir, "templates"], repo)
                rows.append((label, wall, peak, code, report))

        for label, wall, peak, code, report in rows:
            rate = args.templates / wall if wall else 0
            print(f"{label:<32} {wall:6.2f} s  {rate:6.0f} templates/s  peak {peak:6.0f} MiB  exit {code}  "
                  f"{summary(report)}")
        if not cache:
            print("cache: notelint has no --cache-dir/--no-cache options yet, so only cold runs are measured")
    return 0


if __name__ == "__main__":
    sys.exit(main())
