"""Rule isolation: a rule that raises or runs too long costs its own findings, never the others'.

The command line reports each such rule once per note on stderr and exits 2; the JSON output lists
them; a rule over ``rule-timeout`` is stopped on the main thread (an interval timer) and reported
as slow where it cannot be (the language server's worker thread), and the server keeps serving.
The rules under test are a throwaway plugin package on PYTHONPATH, registered through the
"notelint.rules" entry-point group like any third-party rule package.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTE = ("Dear Ms. Lee,\n\nThank you for the interview today about the Data Analyst role. I enjoyed hearing how "
        "your team plans deliveries.\n\nBest regards,\nAna Ruiz\n")
DATES = ["--interview-date", "2026-05-12 15:00", "--sent", "2026-05-13 09:00"]

PLUGIN = '''\
"""Rules that misbehave on purpose."""
import time

from notelint.findings import Problem
from notelint.registry import Rule


def explode(note, options):
    if "BOOM" in note.text:
        raise RuntimeError("kaboom")
    return []


def sleep(note, options):
    if "SLOW" in note.text:
        time.sleep(30)
    if "NAP" in note.text:
        time.sleep(1)
    yield Problem(0, 4, "Slept well.")


def spin(note, options):
    if "SPIN" in note.text:
        while True:
            try:
                pass
            except Exception:  # a rule that swallows everything still cannot swallow the timeout
                pass
    return []


def swallow(note, options):
    if "SWALLOW" in note.text:
        try:
            time.sleep(30)
        except Exception:
            pass
    return []


EXPLODES = Rule(code="XI901", name="test-explodes", severity="warning", languages=("en", "de"),
                summary="raises on BOOM", check=explode, doc="test-explodes (XI901)")
SLEEPS = Rule(code="XI902", name="test-sleeps", severity="info", languages=("en", "de"),
              summary="sleeps on SLOW", check=sleep, doc="test-sleeps (XI902)")
SPINS = Rule(code="XI903", name="test-spins", severity="info", languages=("en", "de"),
             summary="loops on SPIN", check=spin, doc="test-spins (XI903)")
SWALLOWS = Rule(code="XI904", name="test-swallows", severity="info", languages=("en", "de"),
                summary="sleeps and swallows exceptions on SWALLOW", check=swallow, doc="test-swallows (XI904)")
'''


def install_plugin(folder: Path) -> str:
    from rule_package import install_rule_package

    return install_rule_package(folder, "notelint_isolation_rules", PLUGIN, {
        "test-explodes": "EXPLODES", "test-sleeps": "SLEEPS", "test-spins": "SPINS", "test-swallows": "SWALLOWS"})


@pytest.fixture
def plugin(tmp_path):
    return install_plugin(tmp_path / "plugin")


def run(plugin_path: str, *args, cwd: str, timeout: float = 120):
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), plugin_path]))
    proc = subprocess.run([sys.executable, "-m", "notelint", *args], capture_output=True, cwd=cwd, env=env,
                          timeout=timeout)
    return proc.returncode, proc.stdout.decode(), proc.stderr.decode()


def no_cache() -> list[str]:
    from notelint.cli import build_parser

    return ["--no-cache"] if "--no-cache" in build_parser().format_help() else []


def test_a_rule_that_raises_is_reported_once_and_the_others_still_report(tmp_path, plugin):
    bad = tmp_path / "bad.txt"
    bad.write_text("BOOM\n" + NOTE)
    fine = tmp_path / "fine.txt"
    fine.write_text(NOTE)
    code, out, err = run(plugin, "--format", "concise", *DATES, *no_cache(), str(bad), str(fine), cwd=str(tmp_path))
    assert code == 2 and "Traceback" not in err
    lines = [line for line in err.splitlines() if "test-explodes" in line]
    assert len(lines) == 1 and "bad.txt" in lines[0] and "XI901" in lines[0] and "kaboom" in lines[0], err
    assert "XI902" in out  # the other plugin rule still reported on the same note
    assert sum("bad.txt" in line and "NL" in line for line in out.splitlines()) >= 1  # and the built-in rules
    code, out, err = run(plugin, "--format", "json", *DATES, *no_cache(), str(bad), str(fine), cwd=str(tmp_path))
    assert code == 2
    files = {Path(f["path"]).name: f for f in json.loads(out)["files"]}
    assert len(files["bad.txt"]["internal_errors"]) == 1 and "test-explodes" in files["bad.txt"]["internal_errors"][0]
    assert files["fine.txt"]["internal_errors"] == []
    assert any(f["code"] == "XI902" for f in files["bad.txt"]["findings"])


@pytest.mark.parametrize("marker, name", [("SLOW", "test-sleeps"), ("SPIN", "test-spins"),
                                          ("SWALLOW", "test-swallows")])
def test_a_rule_over_the_time_limit_is_stopped(tmp_path, plugin, marker, name):
    (tmp_path / ".notelint.toml").write_text("rule-timeout = 1\n")
    slow = tmp_path / "slow.txt"
    slow.write_text(f"{marker}\n" + NOTE)
    fine = tmp_path / "fine.txt"
    fine.write_text(NOTE)
    start = time.monotonic()
    code, out, err = run(plugin, "--format", "json", *DATES, *no_cache(), str(slow), str(fine), cwd=str(tmp_path),
                         timeout=60)
    assert time.monotonic() - start < 25, "the rule was not stopped"
    assert code == 2 and "Traceback" not in err
    lines = [line for line in err.splitlines() if name in line]
    assert len(lines) == 1 and "stopped after 1 s" in lines[0] and "rule-timeout" in lines[0], err
    files = {Path(f["path"]).name: f for f in json.loads(out)["files"]}
    assert any(name in message for message in files["slow.txt"]["internal_errors"])
    assert any(f["code"].startswith("NL") for f in files["slow.txt"]["findings"]) or files["slow.txt"]["findings"] == []
    assert any(f["code"] == "XI902" for f in files["fine.txt"]["findings"])  # the same rule on another note


def test_the_time_limit_in_process():
    """On the main thread the timer stops the rule; on another thread it is measured and reported as slow."""
    from notelint.linter import _RuleClock
    from notelint.registry import Rule

    def call(rule, limit):
        with _RuleClock() as clock:
            return _once(clock, rule, limit)

    def loop(note, options):
        while True:
            pass

    def nap(note, options):
        time.sleep(0.3)
        return []

    looping = Rule(code="XI911", name="test-loop", severity="info", languages=("en",), summary="x", check=loop,
                   doc="x")
    napping = Rule(code="XI912", name="test-nap", severity="info", languages=("en",), summary="x", check=nap, doc="x")
    problems, message = call(looping, 0.2)
    assert problems == [] and "stopped after 0.2 s" in message
    problems, message = call(napping, 5)
    assert message is None
    import signal

    assert signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, None) and signal.getitimer(signal.ITIMER_REAL)[0] == 0
    box = {}
    thread = threading.Thread(target=lambda: box.update(out=call(napping, 0.1)))
    thread.start()
    thread.join(10)
    problems, message = box["out"]
    assert problems == [] and "is slow" in message and "rule-timeout is 0.1 s" in message


def test_the_language_server_keeps_serving(tmp_path, plugin):
    from lsp_client import Client

    (tmp_path / ".notelint.toml").write_text("rule-timeout = 0.5\n")
    with Client(paths=[plugin], cwd=str(tmp_path)) as client:
        client.initialize({"debounce": 0, "select": ["XI", "too-short"]})
        boom = (tmp_path / "boom.txt").as_uri()
        client.open(boom, "BOOM\n" + NOTE)
        published = client.diagnostics(boom, version=1, timeout=60)
        assert {d.get("code") for d in published["diagnostics"]} >= {"XI902"}
        client.wait_for(lambda m: m.get("method") == "window/logMessage" and "test-explodes" in m["params"]["message"],
                        timeout=30, what="a log line about the broken rule")
        # a sleeping rule is measured in the worker thread, reported as slow, and the server goes on
        mark = client.mark()
        slow = (tmp_path / "slow.txt").as_uri()
        client.open(slow, "NAP\n" + NOTE)
        client.diagnostics(slow, version=1, timeout=90)
        client.wait_for(lambda m: m.get("method") == "window/logMessage" and "is slow" in m["params"]["message"],
                        timeout=30, what="a log line about the slow rule", start=mark)
        fine = (tmp_path / "fine.txt").as_uri()
        client.open(fine, NOTE)
        assert "XI902" in {d.get("code") for d in client.diagnostics(fine, version=1, timeout=60)["diagnostics"]}
        assert client.proc.poll() is None


def test_the_limit_counts_from_each_rules_own_start():
    """The timer is set once per run: a rule that starts late in its period still gets its whole limit,
    and a rule over it is still stopped."""
    from notelint.linter import _RuleClock
    from notelint.registry import Rule

    def nap(note, options):
        time.sleep(0.15)
        return []

    def loop(note, options):
        while True:
            pass

    napping = Rule(code="XI913", name="test-nap-late", severity="info", languages=("en",), summary="x", check=nap,
                   doc="x")
    looping = Rule(code="XI914", name="test-loop-late", severity="info", languages=("en",), summary="x", check=loop,
                   doc="x")
    with _RuleClock() as clock:
        assert _once(clock, napping, 0.25) == ([], None)  # 0.15 s of the first 0.25 s period used
        assert _once(clock, napping, 0.25) == ([], None)  # spans the alarm: it is not this rule's limit
        started = time.monotonic()
        problems, message = _once(clock, looping, 0.25)
        took = time.monotonic() - started
    assert problems == [] and "stopped after 0.25 s" in message
    assert took >= 0.24, took  # its own limit, not what was left of the period


def _once(clock, rule, limit):
    """One rule on one note: its problems and the message about it (or None)."""
    outcomes, trouble = clock.run(rule, [None], {}, limit)
    assert len(outcomes) == 1 and set(trouble) <= {0}
    return outcomes[0], trouble.get(0)


@pytest.mark.parametrize("limit", [0, 0.2])
def test_one_note_that_breaks_or_overruns_a_rule_leaves_its_other_notes_alone(limit):
    """A rule runs over a batch of notes in one loop: the note it breaks on (or is stopped on) gets the
    message and no problems, the notes before and after keep theirs, in their places."""
    from notelint.findings import Problem
    from notelint.linter import _RuleClock
    from notelint.registry import Rule

    def check(note, options):
        if note == "boom":
            yield Problem(0, 1, "half")  # found before it broke: dropped with the rest of this note's
            raise ValueError("no good")
        if note == "loop":
            while True:
                pass
        yield Problem(0, len(note), note)

    rule = Rule(code="XI915", name="test-mixed", severity="info", languages=("en",), summary="x", check=check, doc="x")
    notes = ["first", "boom", "middle", "loop", "last"] if limit else ["first", "boom", "middle", "last"]
    with _RuleClock() as clock:
        outcomes, trouble = clock.run(rule, notes, {}, limit)
    assert [[p.message for p in problems] for problems in outcomes] == [
        [] if note in ("boom", "loop") else [note] for note in notes]
    assert trouble[1] == "internal error in rule test-mixed (XI915): ValueError: no good"
    if limit:
        assert set(trouble) == {1, 3} and "stopped after 0.2 s" in trouble[3]
    else:
        assert set(trouble) == {1}
