"""Adversarial files and configuration, through the command line.

Each input is either read correctly (where its encoding can be recognised) or refused with one
clear line on stderr and exit code 2, while the other files are still linted; nothing blocks,
nothing prints a traceback, and a huge file is refused before it is read whole.
"""

from __future__ import annotations

import builtins
import contextlib
import io
import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOOD = ("Dear Ms. Lee,\n\nThank you for the interview today about the Data Analyst role. I enjoyed hearing how "
        "your team uses data to plan deliveries, and I would be glad to bring my forecasting work to it.\n\n"
        "Best regards,\nAna Ruiz\n")
DATES = ["--interview-date", "2026-05-12 15:00", "--sent", "2026-05-13 09:00"]


def run(*args, cwd=None, timeout=120, stdin=None):
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    env.pop("NOTELINT_CACHE_DIR", None)
    proc = subprocess.run([sys.executable, "-m", "notelint", *args], capture_output=True, cwd=cwd or str(ROOT),
                          env=env, timeout=timeout, stdin=subprocess.DEVNULL if stdin is None else stdin)
    return proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace")


def cli(*args):
    """notelint in this process (for failures simulated with monkeypatch)."""
    from notelint.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def no_cache() -> list[str]:
    from notelint.cli import build_parser

    return ["--no-cache"] if "--no-cache" in build_parser().format_help() else []


def refused(err: str, name: str, needle: str) -> None:
    """Exactly one line about ``name``, saying ``needle``; no traceback."""
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines() if name in line]
    assert len(lines) == 1, err
    assert lines[0].startswith("notelint: ") and needle in lines[0], lines[0]


def deny_open(monkeypatch, path) -> None:
    """Make opening ``path`` fail as for a file without read permission (the tests run as root),
    however it is opened (a file object or a plain descriptor)."""
    for owner in (builtins, os):
        def deny(file, *args, _real=owner.open, **kwargs):
            if str(file) == str(path):
                raise PermissionError(13, "Permission denied", str(file))
            return _real(file, *args, **kwargs)

        monkeypatch.setattr(owner, "open", deny)


@pytest.fixture
def good(tmp_path):
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- encodings


def test_invalid_utf8_is_read_as_a_legacy_single_byte_encoding(tmp_path):
    """Not UTF-8: read as Windows-1252 (Latin-1 where 1252 has no character), so umlauts survive."""
    path = tmp_path / "brief.txt"
    data = "Sehr geehrte Frau Müller,\n\nvielen Dank für das Gespräch über die Stelle als Analystin. "
    path.write_bytes(data.encode("cp1252") + b"\x81\x8d\n\nMit freundlichen Gr\xfc\xdfen\nAna\n")
    code, out, err = run("--format", "json", *DATES, *no_cache(), str(path))
    assert code in (0, 1) and "Traceback" not in err, err
    entry = json.loads(out)["files"][0]
    assert entry["language"] == "de"
    text = path.read_bytes().decode("latin-1")
    for f in entry["findings"]:
        assert 0 <= f["start"] <= f["end"] <= len(text)


def test_utf16_without_bom_is_recognised(tmp_path):
    path = tmp_path / "note.txt"
    path.write_bytes(("Thanks for the interview, hope to hear back.\n").encode("utf-16-le"))
    code, out, err = run("--format", "json", "--select", "too-short", *DATES, *no_cache(), str(path))
    assert code == 1, err
    finding = json.loads(out)["files"][0]["findings"][0]
    assert (finding["line"], finding["column"], finding["end_column"]) == (1, 1, 45)


# --------------------------------------------------------------------------- size and memory


def _peak_rss_kib(args: list[str], cwd: str) -> tuple[int, int, str]:
    """Exit code, peak RSS (KiB) and stderr of a notelint run, measured in a fresh parent process."""
    probe = textwrap.dedent("""
        import json, os, resource, subprocess, sys
        proc = subprocess.run([sys.executable, "-m", "notelint", *sys.argv[1:]], capture_output=True)
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        print(json.dumps([proc.returncode, peak, proc.stderr.decode("utf-8", "replace")]))
    """)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, cwd=cwd, env=env, timeout=300)
    code, peak, err = json.loads(proc.stdout)
    return code, peak, err


def test_a_50_mb_file_is_refused_before_it_is_read(tmp_path, good):
    big = tmp_path / "huge.txt"
    with open(big, "w", encoding="utf-8") as handle:
        chunk = "Thank you for the interview. " * 1000
        while handle.tell() < 50_000_000:
            handle.write(chunk)
    code, baseline_peak, _ = _peak_rss_kib([*DATES, *no_cache(), str(good)], str(tmp_path))
    assert code in (0, 1)
    code, peak, err = _peak_rss_kib([*DATES, *no_cache(), str(good), str(big)], str(tmp_path))
    assert code == 2
    refused(err, "huge.txt", "too large")
    assert peak - baseline_peak < 25_000, f"peak RSS grew by {peak - baseline_peak} KiB for a refused 50 MB file"


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="needs Linux's /proc")
def test_a_file_longer_than_its_reported_size_is_read_whole_up_to_the_limit():
    """Files are read as long as fstat says, then on if there is more (a file still being written;
    /proc files report no size at all), never past the size limit."""
    from notelint.linter import read_bytes
    from notelint.source import InputError

    data = read_bytes("/proc/self/status", 100_000)
    assert data.startswith(b"Name:") and b"\nPid:" in data and b"\nVmRSS:" in data  # all of it, not 1 byte
    with pytest.raises(InputError, match="too large"):
        read_bytes("/proc/self/status", 100)


def test_an_ordinary_file_is_read_in_one_call_and_a_growing_one_whole(tmp_path, monkeypatch):
    """A file holding what fstat says is read with one read call (asking for one byte more and getting
    exactly the size is the end); a file that grew since fstat, or shrank, is still read whole, and
    an empty one gives no bytes."""
    import threading

    from notelint import fileio

    note = tmp_path / "note.txt"
    note.write_bytes(b"Thank you for the interview.\n")
    calls = []
    real_read, me = os.read, threading.get_ident()
    monkeypatch.setattr(fileio.os, "read",  # counted in this thread only (others may be reading meanwhile)
                        lambda fd, n: (threading.get_ident() == me and calls.append(n)) or real_read(fd, n))
    assert fileio.read_limited(str(note), 1000) == b"Thank you for the interview.\n" and len(calls) == 1
    real_fstat = os.fstat

    def reporting(size):
        def fstat(fd):
            st = real_fstat(fd)
            if threading.get_ident() != me:
                return st
            return os.stat_result((st.st_mode, st.st_ino, st.st_dev, st.st_nlink, st.st_uid, st.st_gid, size,
                                   st.st_atime, st.st_mtime, st.st_ctime))
        return fstat

    for reported in (5, 0, 200):  # grew since fstat (or reports no size), shrank since fstat
        calls.clear()
        monkeypatch.setattr(fileio.os, "fstat", reporting(reported))
        assert fileio.read_limited(str(note), 1000) == b"Thank you for the interview.\n", reported
        assert len(calls) >= 2
    monkeypatch.setattr(fileio.os, "fstat", real_fstat)
    (tmp_path / "empty.txt").write_bytes(b"")
    assert fileio.read_limited(str(tmp_path / "empty.txt"), 1000) == b""


def test_a_5_mb_single_line(tmp_path, good):
    line = tmp_path / "line.txt"
    line.write_text("Thanks " + "a" * 5_000_000 + "\n", encoding="utf-8")
    code, out, err = run(*DATES, *no_cache(), str(good), str(line), cwd=str(tmp_path))
    assert code == 2
    refused(err, "line.txt", "too large")
    assert "good.txt" in out  # the other file was linted
    # with the size limit raised, spaCy's own length limit applies: refused per note, not per run
    (tmp_path / ".notelint.toml").write_text("max-file-size = 20000000\n")
    code, out, err = run(*DATES, *no_cache(), str(good), str(line), cwd=str(tmp_path))
    assert code == 2
    refused(err, "line.txt", "too long to check")
    assert "good.txt" in out


# --------------------------------------------------------------------------- odd paths


def test_symlink_loops_and_dangling_links_in_a_folder(tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    (folder / "loop.txt").symlink_to("loop.txt")  # a link to itself
    (folder / "dangling.txt").symlink_to("nowhere.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to("..", target_is_directory=True)  # a folder loop
    (folder / "sub" / "also.txt").write_text(GOOD)
    start = time.monotonic()
    code, out, err = run("--format", "concise", *DATES, *no_cache(), str(folder), timeout=60)
    assert time.monotonic() - start < 60
    assert code == 2
    refused(err, "loop.txt", "symbolic links")
    refused(err, "dangling.txt", "no such file")
    assert len(err.strip().splitlines()) == 2, err
    linted = {line.split(":")[0] for line in out.splitlines()}
    assert linted <= {str(folder / "good.txt"), str(folder / "sub" / "also.txt")}, out
    # explicitly named, a loop is one line too
    code, _, err = run(*no_cache(), str(folder / "loop.txt"), timeout=60)
    assert code == 2
    refused(err, "loop.txt", "symbolic links")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_fifos_and_devices_are_refused_without_blocking(tmp_path, good):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    code, out, err = run(*DATES, *no_cache(), str(good), str(fifo), "/dev/zero", "/dev/null", timeout=60)
    assert code == 2
    refused(err, "pipe.txt", "not a regular file (a FIFO)")
    refused(err, "/dev/zero", "not a regular file (a character device)")
    refused(err, "/dev/null", "not a regular file")
    assert "good.txt" in out
    # a FIFO inside a linted folder
    code, out, err = run(*DATES, *no_cache(), str(tmp_path), timeout=60)
    assert code == 2
    refused(err, "pipe.txt", "not a regular file")


@pytest.mark.parametrize("front", [
    "company: " + "[" * 3000 + "]" * 3000,  # PyYAML's parser recurses once per level
    "company: " + "[" * 30 + "]" * 30,
    "company: " + "{a: " * 25 + "1" + "}" * 25,
    "company: &x [*x]",  # a list that holds itself
])
def test_front_matter_nested_too_deep_is_one_line(tmp_path, good, front):
    note = tmp_path / "deep.txt"
    note.write_text(f"---\n{front}\n---\n{GOOD}", encoding="utf-8")
    code, out, err = run(*DATES, *no_cache(), str(good), str(note))
    assert code == 2
    refused(err, "deep.txt", "front matter nests lists or mappings more than 20 levels deep")


def test_front_matter_nested_as_deep_as_allowed_is_read():
    from notelint.source import MAX_FRONT_MATTER_DEPTH, split_front_matter

    levels = MAX_FRONT_MATTER_DEPTH - 1  # the mapping of keys is the first level
    value = split_front_matter("---\ncompany: " + "[" * levels + "x" + "]" * levels + "\n---\nHi\n").data["company"]
    for _ in range(levels):
        assert isinstance(value, list) and len(value) == 1
        value = value[0]
    assert value == "x"


def test_a_directory_named_like_a_note(tmp_path, good):
    (tmp_path / "folder.txt").mkdir()
    (tmp_path / "folder.txt" / "inside.txt").write_text(GOOD)
    code, out, err = run(*DATES, *no_cache(), str(good), str(tmp_path / "folder.txt" / "missing.txt"))
    assert code == 2
    refused(err, "missing.txt", "no such file")


def test_a_file_deleted_between_discovery_and_reading(tmp_path, monkeypatch):
    import notelint.cli as cli_module

    folder = tmp_path / "notes"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text(GOOD)
    real = cli_module.discover

    def discover_then_delete(*args, **kwargs):
        files = real(*args, **kwargs)
        os.unlink(folder / "b.txt")
        return files

    monkeypatch.setattr(cli_module, "discover", discover_then_delete)
    code, out, err = cli("--format", "concise", "--exit-zero", *DATES, *no_cache(), str(folder))
    assert code == 2
    refused(err, "b.txt", "no such file")


def test_an_unreadable_file(tmp_path, monkeypatch, good):
    """The tests run as root, who can read anything: the denial is simulated."""
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD)
    deny_open(monkeypatch, locked)
    code, out, err = cli("--format", "concise", *DATES, *no_cache(), str(good), str(locked))
    assert code == 2
    refused(err, "locked.txt", "permission denied")
    assert "good.txt" in out


# --------------------------------------------------------------------------- configuration


def _config_error(tmp_path, good, toml: str, needle: str, name: str = ".notelint.toml") -> None:
    (tmp_path / name).write_text(toml, encoding="utf-8")
    code, out, err = cli(*DATES, *no_cache(), str(good))
    assert code == 2, (toml, out, err)
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    assert err.startswith("notelint: ") and needle in err, err


@pytest.mark.parametrize("toml, needle", [
    ("not = [toml", "not valid TOML"),
    ("a = " + "[" * 5000 + "]" * 5000, "TOML"),
    ("\"\xff\" = 1", "unknown key"),
    ("select = [\"no-such-rule\"]", "matches no rule"),
    ("ignore = [\"NL999\"]", "matches no rule"),
    ("[rules.no-such-rule]\nseverity = \"error\"", "no such rule"),
    ("[rules.too-short]\nseverity = \"loud\"", "severity"),
    ("[rules.too-short]\nno-such-option = 1", "no option"),
    ("[rules.too-short]\nmin-words = -5", "negative"),
    ("[rules.too-short]\nmin-words = nan", "min-words"),
    ("rules = 3", "rules"),
    ("metadata = 3", "metadata"),
    ("[metadata]\ninterview = \"yesterday\"", "interview"),
    ("suppress = 3", "suppress"),
    ("[[suppress]]\npath = \"x\"", "rule"),
    ("house-rules = 3", "house-rules"),
    ("rule-timeout = -1", "rule-timeout"),
    ("rule-timeout = \"soon\"", "rule-timeout"),
    ("rule-timeout = inf", "rule-timeout"),
])
def test_malformed_configuration(tmp_path, good, toml, needle):
    _config_error(tmp_path, good, toml, needle)


WRONG_VALUES = ["1", "-1", "0", "1.5", "true", "\"\"", "\"x\"", "[1]", "[[\"x\"]]", "{ a = 1 }", "2026-05-12"]


def test_wrong_types_for_every_key(tmp_path, good):
    from notelint.config import KEYS

    keys = [*KEYS, "metadata", "rules", "house-rules", "suppress"]
    for key in keys:
        for value in WRONG_VALUES:
            (tmp_path / ".notelint.toml").write_text(f"{key} = {value}\n", encoding="utf-8")
            code, _, err = cli(*DATES, *no_cache(), str(good))
            assert "Traceback" not in err
            assert code in (0, 1, 2), (key, value)
            if code == 2:
                assert len(err.strip().splitlines()) == 1, (key, value, err)
                assert key in err or key.replace("-", "_") in err or key.split("-")[0] in err.lower(), (key, value, err)


def test_config_that_is_a_directory_a_fifo_or_unreadable(tmp_path, good, monkeypatch):
    (tmp_path / "conf.toml").mkdir()
    code, _, err = cli("--config", str(tmp_path / "conf.toml"), *no_cache(), str(good))
    assert code == 2 and len(err.splitlines()) == 1 and "directory" in err.lower(), err
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "fifo.toml")
        code, _, err = run("--config", str(tmp_path / "fifo.toml"), *no_cache(), str(good), timeout=60)
        assert code == 2 and len(err.splitlines()) == 1 and "not a regular file" in err, err
        code, _, err = run("--config", "/dev/zero", *no_cache(), str(good), timeout=60)
        assert code == 2 and len(err.splitlines()) == 1 and "not a regular file" in err, err
    config = tmp_path / "locked.toml"
    config.write_text("fail-on = \"error\"\n")
    deny_open(monkeypatch, config)
    code, _, err = cli("--config", str(config), *no_cache(), str(good))
    assert code == 2 and len(err.splitlines()) == 1 and "Permission denied" in err, err


# ----------------------------------------------------------------------------- house rules


def _house(phrases: list[str]) -> str:
    return ("[[house-rules]]\ncode = \"HR001\"\nname = \"house\"\nkind = \"existence\"\n"
            f"phrases = {json.dumps(phrases)}\n")


PATHOLOGICAL = [
    ["_? " * 20 + "a"],  # every optional word doubles the matcher's paths
    ["_{0,3} _{0,3} _{0,3} b"],
    ["_{1,} b"],  # an open-ended repeat
    ["(a|b|c|d) (a|b|c|d) (a|b|c|d) (a|b|c|d) (a|b|c|d)"],  # groups that multiply
    ["_? _? _? _? _? x" + str(i) for i in range(12)],  # cheap alone, not together
]


@pytest.mark.parametrize("phrases", PATHOLOGICAL, ids=["optional-20", "ranges", "open-ended", "groups", "many"])
def test_pathological_house_phrases_are_refused_quickly(tmp_path, phrases):
    (tmp_path / ".notelint.toml").write_text(_house(phrases))
    note = tmp_path / "note.txt"
    note.write_text(GOOD + " ".join(["a", "aa", "x", "b"] * 2000) + "\n")
    start = time.monotonic()
    code, _, err = run(*no_cache(), str(note), cwd=str(tmp_path), timeout=60)
    assert time.monotonic() - start < 60
    assert code == 2 and "Traceback" not in err, err
    assert len(err.strip().splitlines()) == 1 and "HR001" in err, err


def test_the_costliest_allowed_house_rule_finishes(tmp_path):
    """At the bounds (6 optional words; a total cost of 256) a long note is still linted in bounded time."""
    phrases = ["_? _? _? _? _? _? a", "_{0,3} _{0,3} aa", "_{0,6} x", "!a? !a? !a? !a? !a? !a? b"]
    (tmp_path / ".notelint.toml").write_text(_house(phrases))
    note = tmp_path / "note.txt"
    note.write_text(GOOD + " ".join(["a", "aa", "x", "b"] * 5000) + "\n")  # 20,000 words, ~55 KB
    start = time.monotonic()
    code, out, err = run("--select", "HR001", "--format", "concise", *no_cache(), str(note), cwd=str(tmp_path),
                         timeout=120)
    elapsed = time.monotonic() - start
    assert "Traceback" not in err and code in (1, 2), err
    assert "house-rules" not in err, err  # accepted: these phrases are within the bounds
    assert elapsed < 60, f"{elapsed:.1f} s"


# --------------------------------------------------------------------------- baselines


@pytest.mark.parametrize("content, needle", [
    ("not json", "not valid JSON"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ("[]", "not a notelint baseline"),
    ('{"version": 2, "findings": []}', "not a notelint baseline"),
    ('{"version": 1, "findings": {}}', "not a notelint baseline"),
    ('{"version": 1, "findings": [3]}', "entry #1"),
    ('{"version": 1, "findings": [{"path": "a", "code": "NL103"}]}', "entry #1"),
    ('{"version": 1, "findings": [{"path": 1, "code": "NL103", "text": "x"}]}', "entry #1"),
    ('{"version": 1, "findings": [{"path": "a", "code": "NL103", "text": "x", "count": "2"}]}', "count"),
    ('{"version": 1, "findings": [{"path": "a", "code": "NL103", "text": "x", "count": 1e400}]}', "count"),
    ('{"version": 1, "findings": [{"path": "a", "code": "NL103", "text": "x", "count": -1}]}', "count"),
    (b"\xff\xfe\x00garbage", "baseline"),
])
def test_corrupt_baselines(tmp_path, good, content, needle):
    baseline = tmp_path / "baseline.json"
    if isinstance(content, bytes):
        baseline.write_bytes(content)
    else:
        baseline.write_text(content)
    before = baseline.read_bytes()
    code, _, err = cli("--baseline", str(baseline), *no_cache(), str(good))
    assert code == 2 and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1 and needle in err, err
    assert baseline.read_bytes() == before  # never rewritten


def test_baseline_that_is_a_directory_or_a_device(tmp_path, good):
    (tmp_path / "base.json").mkdir()
    code, _, err = cli("--baseline", str(tmp_path / "base.json"), *no_cache(), str(good))
    assert code == 2 and len(err.splitlines()) == 1 and "directory" in err.lower(), err
    code, _, err = run("--baseline", "/dev/zero", *no_cache(), str(good), timeout=60)
    assert code == 2 and len(err.splitlines()) == 1 and "not a regular file" in err, err


# --------------------------------------------------------------------------- nothing lost


def test_an_interrupted_baseline_run_leaves_no_half_written_file(tmp_path):
    """SIGINT mid-run: either no baseline or a complete one, no temporary file left, exit 130, no traceback."""
    import signal

    folder = tmp_path / "notes"
    folder.mkdir()
    for number in range(3000):  # enough notes for a run to last well past the first signal
        (folder / f"n{number:04d}.txt").write_text(GOOD.replace("today", f"on day {number}") + "Sorry!!! " * 3)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    outcomes = []
    for delay in (0.8, 1.6, 3.0):  # while spaCy loads, while the notes are linted, near or after the end
        baseline = tmp_path / f"new-{delay}.json"
        proc = subprocess.Popen([sys.executable, "-m", "notelint", "--baseline", str(baseline), *DATES, *no_cache(),
                                 str(folder)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=str(tmp_path),
                                env=env)
        time.sleep(delay)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=120)
        err = err.decode("utf-8", "replace")
        assert "Traceback" not in err, err
        assert proc.returncode in (0, 130), (proc.returncode, err)
        if proc.returncode == 130:
            assert err.strip().splitlines()[-1] == "notelint: interrupted", err
        if baseline.exists():
            data = json.loads(baseline.read_text(encoding="utf-8"))  # complete, or it would not parse
            assert data["version"] == 1 and isinstance(data["findings"], list)
        outcomes.append((proc.returncode, baseline.exists()))
        assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".notelint-")], "a temporary file was left"
    assert any(code == 130 for code, _ in outcomes), outcomes  # at least one run was really interrupted


def test_an_interrupted_write_keeps_the_old_file(tmp_path, monkeypatch):
    """Interrupted at the last moment (the rename), the old baseline stays as it was and no temporary file is left."""
    from notelint import fileio
    from notelint.suppress import Baseline

    target = tmp_path / "baseline.json"
    Baseline.write(str(target), [("a.txt", "NL103", "Thanks")])
    before = target.read_bytes()

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(fileio.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        Baseline.write(str(target), [("b.txt", "NL201", "Hello")])
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["baseline.json"]


def _interrupted_late(where: str) -> tuple[int, str]:
    """Run the command with a main that returns 1 at once, and a Ctrl-C sent (once) from inside
    ``where`` (a function of module ``gc`` or ``cli``) just before it does its work; its exit code
    and standard error."""
    probe = (
        "import gc, os, signal, sys\n"
        "from notelint import cli\n"
        "cli.main = lambda: 1\n"
        f"original, sent = {where}, []\n"
        "def late():\n"
        "    if not sent:\n"
        "        sent.append(1)\n"
        "        os.kill(os.getpid(), signal.SIGINT)\n"
        "    original()\n"
        f"{where} = late\n"
        "raise SystemExit(cli.program())\n"
    )
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, cwd=str(ROOT))
    return proc.returncode, proc.stderr


def test_an_interrupt_after_the_run_keeps_its_exit_code():
    """Ctrl-C landing once the report is written (here: while the command tidies up) changes nothing."""
    assert _interrupted_late("gc.freeze") == (1, "")


def test_an_interrupt_just_as_the_run_returns_keeps_its_exit_code():
    """Ctrl-C landing after the run has returned but before the command ignores it (a faster run made
    this land in tests) changes nothing either: no traceback, the run's own exit code."""
    assert _interrupted_late("cli._ignore_late_interrupts") == (1, "")
