"""Robustness figures: peak memory on huge inputs, time on pathological ones, property-test counts.

    python benchmarks/bench_adversarial.py                 # memory and time figures
    python benchmarks/bench_adversarial.py --properties    # also run the property tests per profile

Peak memory is the ru_maxrss of a notelint subprocess (resource.getrusage(RUSAGE_CHILDREN) in a
fresh parent process, so no other child counts). docs/robustness.md quotes these figures.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOOD = ("Dear Ms. Lee,\n\nThank you for the interview today about the Data Analyst role. I enjoyed hearing how "
        "your team plans deliveries.\n\nBest regards,\nAna Ruiz\n")
DATES = ["--interview-date", "2026-05-12 15:00", "--sent", "2026-05-13 09:00", "--no-cache"]

PROBE = textwrap.dedent("""
    import json, resource, subprocess, sys, time
    start = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "notelint", *sys.argv[1:]], capture_output=True)
    print(json.dumps([proc.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
                      time.monotonic() - start, proc.stderr.decode("utf-8", "replace")[-300:]]))
""")


def measure(args: list[str], cwd: str) -> tuple[int, float, float, str]:
    """exit code, peak RSS in MB, seconds, end of stderr."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, cwd=cwd, env=env, timeout=900)
    code, kib, seconds, err = json.loads(proc.stdout)
    return code, kib / 1024, seconds, err.strip().splitlines()[-1] if err.strip() else ""


def memory_and_time() -> list[tuple[str, int, float, float, str]]:
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        good = base / "good.txt"
        good.write_text(GOOD)
        huge = base / "huge.txt"
        with open(huge, "w") as handle:
            while handle.tell() < 50_000_000:
                handle.write("Thank you for the interview. " * 1000)
        line = base / "line.txt"
        line.write_text("Thanks " + "a" * 5_000_000 + "\n")
        bangs = base / "bangs.txt"
        bangs.write_text("Dear Ms. Lee, thank you" + "!" * 200_000 + "\n")
        raised = base / "raised.toml"
        raised.write_text("max-file-size = 20000000\n")
        cases = [
            ("one ordinary note", [*DATES, str(good)]),
            ("50 MB file (refused by max-file-size)", [*DATES, str(good), str(huge)]),
            ("5 MB single line (refused by max-file-size)", [*DATES, str(good), str(line)]),
            ("5 MB single line, max-file-size 20 MB (refused: too long to check)",
             ["--config", str(raised), *DATES, str(good), str(line)]),
            ("200,000 '!' in one run (tokenized in pieces)", [*DATES, str(bangs)]),
        ]
        for name, args in cases:
            code, mb, seconds, last = measure(args, folder)
            rows.append((name, code, mb, seconds, last))
    return rows


def properties() -> dict[str, str]:
    """Run the property tests under each Hypothesis profile; returns pytest's statistics per profile."""
    out = {}
    for profile in ("ci", "long"):
        env = dict(os.environ, HYPOTHESIS_PROFILE=profile, PYTHONPATH=str(ROOT))
        env.pop("CI", None)
        start = time.monotonic()
        proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                               "tests/test_properties.py", "--hypothesis-show-statistics", "-k", "not extreme"],
                              capture_output=True, cwd=str(ROOT), env=env, timeout=7200)
        text = proc.stdout.decode()
        counts = re.findall(r"(tests/test_properties.py::\S+):\n(?:.*\n)*?\s+- during generate phase.*\n"
                            r"(?:.*\n)*?\s+- (\d+) passing examples", text)
        summary = text.strip().splitlines()[-1] if text.strip() else ""
        out[profile] = {"seconds": round(time.monotonic() - start), "summary": summary,
                        "passing examples (generate phase)": {name.split("::")[1]: int(n) for name, n in counts}}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--properties", action="store_true", help="also run the property tests per profile (slow)")
    args = parser.parse_args()
    print(f"{'case':<72} {'exit':>4} {'peak RSS':>9} {'time':>7}")
    for name, code, mb, seconds, last in memory_and_time():
        print(f"{name:<72} {code:>4} {mb:>7.0f} MB {seconds:>6.1f}s")
        if last:
            print(f"    {last}")
    if args.properties:
        print(json.dumps(properties(), indent=2))


if __name__ == "__main__":
    main()
