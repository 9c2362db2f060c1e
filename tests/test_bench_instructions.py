"""Instruction counts (benchmarks/bench_instructions.py, bench_cache.py --instructions): what they say
without valgrind or with a folder that is not notelint.

(Counting takes minutes under valgrind; docs/performance.md holds its figures.)"""

import os
import shutil
import subprocess
import sys

SCRIPT = os.path.join(os.path.dirname(__file__), os.pardir, "benchmarks", "bench_instructions.py")
CACHE_SCRIPT = os.path.join(os.path.dirname(__file__), os.pardir, "benchmarks", "bench_cache.py")


def test_without_valgrind_it_says_so_and_counts_nothing(tmp_path):
    env = dict(os.environ, PATH=str(tmp_path))  # no valgrind on this PATH
    proc = subprocess.run([sys.executable, SCRIPT, "--notes", "10"], capture_output=True, text=True, env=env)
    assert proc.returncode == 0
    assert proc.stdout.strip() == "skipping: valgrind is not installed (apt-get install valgrind)"


def test_a_folder_that_is_not_a_checkout_is_refused_in_one_line(tmp_path):
    (tmp_path / "valgrind").write_text("#!/bin/sh\nexit 0\n")
    (tmp_path / "valgrind").chmod(0o755)
    env = dict(os.environ, PATH=str(tmp_path))
    proc = subprocess.run([sys.executable, SCRIPT, "--against", str(tmp_path)], capture_output=True, text=True,
                          env=env)
    assert proc.returncode == 2
    assert "not a checkout of notelint (no notelint/__init__.py)" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_the_cache_benchmark_without_valgrind_times_and_skips_the_count(tmp_path):
    env = dict(os.environ, PATH=str(tmp_path))  # git, and no valgrind
    if shutil.which("git"):
        (tmp_path / "git").symlink_to(shutil.which("git"))
    proc = subprocess.run([sys.executable, CACHE_SCRIPT, "--templates", "20", "--runs", "1", "--instructions"],
                          capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "instructions: skipped, valgrind is not installed (apt-get install valgrind)" in proc.stdout
    assert "cached/cold wall time: " in proc.stdout and "million instructions" not in proc.stdout


def test_the_cache_benchmark_refuses_a_run_that_printed_no_report(tmp_path):
    """A Python without notelint (``No module named notelint``) exits 1, as a run with findings does, and
    prints no report: the benchmark says so instead of timing empty runs."""
    fake = tmp_path / "fake" / "notelint"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("")
    (fake / "__main__.py").write_text("raise SystemExit(1)\n")  # exit 1, nothing printed; found first
    env = dict(os.environ, PYTHONPATH=str(tmp_path / "fake"))
    proc = subprocess.run([sys.executable, CACHE_SCRIPT, "--templates", "5", "--runs", "1"],
                          capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 1
    assert proc.stderr.startswith("notelint --no-cache ")
    assert "printed no report (exit 1); is notelint importable by" in proc.stderr.splitlines()[0]
    assert "Traceback" not in proc.stderr
    assert "cached/cold wall time" not in proc.stdout
