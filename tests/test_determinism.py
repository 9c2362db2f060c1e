"""Determinism: the same notes and configuration give byte-identical output, run after run, with or
without the cache, and whatever the number of parallel jobs.

``sent`` defaults to now, so every run here gives explicit dates.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ["text", "concise", "json", "sarif", "junit", "github"]
DATES = ["--interview-date", "2026-05-12 15:00", "--sent", "2026-05-13 09:00"]


def run(*args, cwd: Path, env_extra: dict | None = None) -> tuple[int, bytes, bytes]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), NO_COLOR="1")
    env.pop("GITHUB_ACTIONS", None)
    env.update(env_extra or {})
    proc = subprocess.run([sys.executable, "-m", "notelint", *args], capture_output=True, cwd=str(cwd), env=env,
                          timeout=300)
    return proc.returncode, proc.stdout, proc.stderr


def _help() -> str:
    return run("--help", cwd=ROOT)[1].decode()


@pytest.fixture(scope="module")
def notes(tmp_path_factory) -> Path:
    """The shipped example notes (English and German, text, Markdown and e-mail), copied many times over."""
    folder = tmp_path_factory.mktemp("determinism") / "notes"
    sources = [p for p in (ROOT / "examples").rglob("*") if p.is_file() and p.suffix in (".txt", ".md", ".eml")]
    assert sources
    for copy in range(2):
        for number, source in enumerate(sorted(sources)):
            target = folder / f"set{copy}" / f"{number:02d}-{source.name}"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
    (folder / "set0" / "odd.txt").write_bytes("Danke f\xfcr das Gespr\xe4ch!!! \U0001F60A\r\n".encode("utf-8"))
    return folder


def _no_cache() -> list[str]:
    return ["--no-cache"] if "--no-cache" in _help() else []


@pytest.mark.parametrize("fmt", FORMATS)
def test_same_input_same_bytes(notes, fmt):
    args = ["--format", fmt, "--statistics" if fmt == "text" else "--exit-zero", *DATES, *_no_cache(), "."]
    first = run(*args, cwd=notes)
    second = run(*args, cwd=notes)
    assert first[0] == second[0]
    assert first[1] == second[1], f"{fmt} output differs between two runs"
    assert first[2] == second[2]
    assert first[1]  # something was reported


@pytest.mark.skipif("--jobs" not in _help(), reason="notelint has no --jobs option yet")
@pytest.mark.parametrize("fmt", ["json", "text"])
def test_parallel_jobs_give_the_same_bytes(notes, fmt):
    args = ["--format", fmt, "--exit-zero", *DATES, *_no_cache(), "."]
    one = run("-j", "1", *args, cwd=notes)
    two = run("-j", "2", *args, cwd=notes)
    assert one[0] == two[0]
    assert one[1] == two[1], f"{fmt} output differs between -j 1 and -j 2"
    assert one[2] == two[2]


@pytest.mark.skipif("--cache-dir" not in _help(), reason="notelint has no cache yet")
def test_the_cache_gives_the_same_bytes(notes, tmp_path):
    args = ["--format", "json", "--exit-zero", *DATES, "."]
    cold = run("--cache-dir", str(tmp_path / "cache"), *args, cwd=notes)
    warm = run("--cache-dir", str(tmp_path / "cache"), *args, cwd=notes)
    uncached = run("--no-cache", *args, cwd=notes)
    assert cold[1] == warm[1] == uncached[1]
    assert cold[0] == warm[0] == uncached[0]


def test_the_api_is_deterministic():
    from notelint import lint

    text = (ROOT / "examples" / "sorry-again-en.txt").read_text(encoding="utf-8")
    runs = [lint(text, interview="2026-05-12 15:00", sent="2026-05-13 09:00") for _ in range(3)]
    assert runs[0] == runs[1] == runs[2] and runs[0]
