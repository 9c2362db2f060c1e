"""-j/--jobs: the same bytes and exit code whatever the number of processes."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), os.pardir, "benchmarks"))
import corpus  # noqa: E402

from notelint.parallel import FORK_MIN_NOTES, MAX_AUTO_JOBS, PARALLEL_MIN_NOTES, can_fork, resolve_jobs  # noqa: E402


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    path = tmp_path_factory.mktemp("notes")
    corpus.write(str(path), 20, seed=3)
    (path / "broken.txt").write_bytes(b"")  # an input error among the notes
    (path / "front.md").write_text("---\ncompany: Initech\nignore: [too-short]\n---\nDear Sam,\n\nThanks!\n",
                                   encoding="utf-8")
    return path


def lint(*argv):
    proc = subprocess.run([sys.executable, "-m", "notelint", "--no-cache", *argv],
                          capture_output=True, timeout=600)
    return proc.returncode, proc.stdout, proc.stderr


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_two_processes_give_the_same_bytes_as_one(folder, fmt):
    one = lint("-j", "1", "--format", fmt, str(folder))
    two = lint("-j", "2", "--format", fmt, str(folder))
    assert one == two
    assert one[0] == 2  # the empty file is an input error, reported after linting the rest
    assert b"broken.txt" in one[2]


def test_exit_code_for_findings_is_the_same(folder):
    files = sorted(str(p) for p in folder.glob("note*.txt"))
    one = lint("-j", "1", *files)
    three = lint("--jobs", "3", *files)
    assert one == three and one[0] == 1


def test_jobs_and_cache_together(folder, tmp_path):
    argv = ["--format", "json", "--cache-dir", str(tmp_path / "c"), str(folder)]
    plain = lint("-j", "1", "--format", "json", str(folder))
    first = subprocess.run([sys.executable, "-m", "notelint", "-j", "2", *argv], capture_output=True, timeout=600)
    second = subprocess.run([sys.executable, "-m", "notelint", "-j", "2", *argv], capture_output=True, timeout=600)
    assert (first.returncode, first.stdout) == (second.returncode, second.stdout) == plain[:2]


def test_automatic_job_count(monkeypatch):
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert resolve_jobs(None, 10, fork=True) == 1  # too few notes for workers to pay
    assert resolve_jobs(None, FORK_MIN_NOTES, fork=True) == 2  # forked workers start in milliseconds
    assert resolve_jobs(None, PARALLEL_MIN_NOTES, fork=False) == 1  # starting afresh lost on 2 CPUs
    assert resolve_jobs(0, 10) == 2
    assert resolve_jobs(3, 10) == 3
    monkeypatch.setattr(os, "cpu_count", lambda: 16)
    assert resolve_jobs(None, FORK_MIN_NOTES, fork=True) == MAX_AUTO_JOBS
    assert resolve_jobs(None, PARALLEL_MIN_NOTES - 1, fork=False) == 1
    assert resolve_jobs(None, PARALLEL_MIN_NOTES, fork=False) == 4
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    assert resolve_jobs(None, 100_000, fork=True) == 1


def test_the_default_forks_workers_for_many_notes_with_the_same_output(tmp_path):
    """Enough notes for the automatic choice to fork workers: the report is the one -j 1 gives."""
    if not can_fork() or (os.cpu_count() or 1) < 2:
        pytest.skip("workers are forked only on Linux with two or more CPUs")
    folder = tmp_path / "many"
    corpus.write(str(folder), FORK_MIN_NOTES + 20)
    one = lint("-j", "1", "--format", "json", str(folder))
    auto = lint("--format", "json", str(folder))
    assert one == auto and one[0] == 1


def test_ctrl_c_stops_forked_workers_without_a_traceback(tmp_path):
    """Ctrl-C (SIGINT to the whole process group, as a terminal sends it) mid-run: exit 130 with one line,
    and no worker left running."""
    import signal
    import time

    if not can_fork() or (os.cpu_count() or 1) < 2:
        pytest.skip("workers are forked only on Linux with two or more CPUs")
    folder = tmp_path / "many"
    corpus.write(str(folder), 4000)
    proc = subprocess.Popen([sys.executable, "-m", "notelint", "--no-cache", "--exit-zero", "--format", "json",
                             str(folder)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    # wait until the workers are forked (a sleep long enough on a slow machine let a fast one finish the run)
    deadline = time.monotonic() + 60
    while len(_process_group(proc.pid)) < 2 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGINT)
    err = proc.communicate(timeout=120)[1].decode("utf-8", "replace")
    assert "Traceback" not in err, err
    assert proc.returncode in (0, 130), (proc.returncode, err)
    if proc.returncode == 130:
        assert err.strip().splitlines()[-1] == "notelint: interrupted", err
    for _ in range(50):  # terminated workers are reaped by now, or very soon
        try:
            os.killpg(proc.pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        pytest.fail("a worker process outlived the interrupted run")


def test_ctrl_c_while_workers_start_is_held_back_until_they_have(tmp_path):
    """A Ctrl-C that reaches a worker between its fork and its initializer (each worker here sends one to
    the whole group the moment it is forked): no traceback from a worker, and the run stops with exit 130."""
    if not can_fork() or (os.cpu_count() or 1) < 2:
        pytest.skip("workers are forked only on Linux with two or more CPUs")
    folder = tmp_path / "many"
    corpus.write(str(folder), 400)
    probe = ("import os, signal, sys\n"
             "from notelint.cli import program\n"
             "os.register_at_fork(after_in_child=lambda: os.killpg(0, signal.SIGINT))\n"
             "sys.argv[0] = 'notelint'\n"
             "raise SystemExit(program())\n")
    proc = subprocess.run([sys.executable, "-c", probe, "--no-cache", "-j", "2", "--format", "json", str(folder)],
                          capture_output=True, timeout=300, start_new_session=True)
    err = proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err and "Exception ignored" not in err, err
    assert proc.returncode == 130, (proc.returncode, err)
    assert err.strip().splitlines()[-1] == "notelint: interrupted", err


def _process_group(group: int) -> list[int]:
    """The processes in a process group (Linux: from /proc)."""
    found = []
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat", "rb") as handle:
                    fields = handle.read().rsplit(b")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == group:  # the fields after the name: state, parent, process group
                found.append(int(name))
    return found


def test_workers_that_start_afresh_give_the_same_findings(folder, monkeypatch):
    """Where processes cannot be forked, workers read the files themselves: same findings as one process."""
    from notelint import parallel
    from notelint.config import Finder
    from notelint.linter import Linter, prepare_file

    paths = sorted(str(p) for p in folder.glob("note*.txt"))
    finder = Finder()

    def lint_with(jobs):
        items = [(prepare_file(p, finder.for_path(p), None, None), finder.for_path(p)) for p in paths]
        results = parallel.run(Linter(), items, jobs=jobs, spec=parallel.WorkerSpec(), sources=paths)
        return [[(f.code, f.start, f.end, f.message) for f in r.findings] for r in results]

    one = lint_with(1)
    monkeypatch.setattr(parallel, "can_fork", lambda: False)
    assert lint_with(2) == one and any(one)


#: a run whose only worker is sending a large answer when Ctrl-C arrives (SIGALRM stands in for it)
HALF_SENT = """
import multiprocessing, signal, sys, types
from concurrent.futures import ProcessPoolExecutor
from notelint import cli, parallel

def answer(start, end):
    return [{"error": "x" * 64_000_000}]

def main():
    def interrupt(*_):
        raise KeyboardInterrupt
    signal.signal(signal.SIGALRM, interrupt)
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
    signal.setitimer(signal.ITIMER_REAL, float(sys.argv[1]))
    try:
        parallel._gather(pool, answer, [types.SimpleNamespace()], 1, lambda a, b: (a, b))
        signal.setitimer(signal.ITIMER_REAL, 0)  # inside the try: the alarm may come just as the answer is in
    except KeyboardInterrupt:
        sys.stderr.write("notelint: interrupted\\n")
        return 130
    return 0

cli.main = main
raise SystemExit(cli.program())
"""


def test_workers_stopped_while_answering_do_not_hold_the_command_at_exit():
    """A worker stopped halfway through sending its answer leaves half a message in the pipe; the
    process pool's thread waits for the rest, and Python joins it at exit. The command leaves anyway."""
    if not can_fork():
        pytest.skip("needs forked workers")
    codes = []
    for delay in ("0.05", "0.1", "0.15", "0.25"):
        try:
            proc = subprocess.run([sys.executable, "-c", HALF_SENT, delay], capture_output=True, text=True, timeout=60)
        except subprocess.TimeoutExpired:
            pytest.fail(f"the command hung at exit after an interrupt at {delay} s")
        assert "Traceback" not in proc.stderr, proc.stderr
        codes.append(proc.returncode)
    assert set(codes) <= {0, 130} and 130 in codes, codes


def test_a_run_that_stopped_no_workers_exits_as_usual():
    """Exit handlers still run (and the exit code holds) when no worker was stopped."""
    probe = ("import atexit, sys\n"
             "from notelint import cli\n"
             "cli.main = lambda: 1\n"
             "atexit.register(lambda: sys.stderr.write('exit handlers ran\\n'))\n"
             "raise SystemExit(cli.program())\n")
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert (proc.returncode, proc.stderr) == (1, "exit handlers ran\n")


@pytest.mark.parametrize("value, message", [
    ("-1", "expected 0 (one per CPU) or more processes, not -1"),
    ("two", "expected a whole number of processes, not 'two'"),
    ("1.5", "expected a whole number of processes, not '1.5'"),
])
def test_a_bad_job_count_is_a_usage_error(value, message, tmp_path, capsys):
    from notelint.cli import main

    note = tmp_path / "n.txt"
    note.write_text("Dear Sam,\n\nThank you for the interview.\n\nBest,\nAna\n")
    with pytest.raises(SystemExit) as stopped:
        main(["-j", value, str(note)])
    assert stopped.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == f"notelint: error: argument -j/--jobs: {message}"
