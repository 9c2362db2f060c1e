"""Third-party rule packages: found through entry points; a broken one is left out, not fatal."""

import importlib.metadata
import os
import subprocess
import sys
import textwrap

import pytest

from notelint import registry


@pytest.fixture
def fresh_registry(monkeypatch):
    """A registry loaded afresh for one test; the process's own is put back afterwards."""
    monkeypatch.setattr(registry, "_RULES", None)
    monkeypatch.setattr(registry, "_LOAD_ERRORS", [])
    yield


def _plugin_dir(tmp_path, body: str, name="broken_rule"):
    """A minimal installed distribution with one notelint.rules entry point."""
    from rule_package import install_rule_package

    install_rule_package(tmp_path, name, textwrap.dedent(body), {name.replace("_", "-"): "RULE"}, version="1.0")
    return tmp_path


def test_a_plugin_that_fails_to_import_is_reported_and_the_rest_still_run(tmp_path):
    folder = _plugin_dir(tmp_path, "raise ImportError('missing dependency xyz')\n")
    note = tmp_path / "n.txt"
    note.write_text("Thanks for the interview, hope to hear back.\n")
    env = dict(os.environ, PYTHONPATH=str(folder))
    proc = subprocess.run([sys.executable, "-m", "notelint", "--select", "too-short", str(note)],
                          capture_output=True, text=True, env=env)
    assert proc.returncode == 2
    assert "rule plugin 'broken-rule' (broken_rule:RULE) failed to load: ImportError: missing dependency xyz" in proc.stderr
    assert "NL103 too-short" in proc.stdout
    assert "Traceback" not in proc.stderr


def test_a_working_plugin_is_listed_and_explained(tmp_path):
    from rule_package import SHOUTING_SUBJECT

    folder = _plugin_dir(tmp_path, SHOUTING_SUBJECT, name="shouting_subject")
    env = dict(os.environ, PYTHONPATH=str(folder))
    listing = subprocess.run([sys.executable, "-m", "notelint", "rules"], capture_output=True, text=True, env=env)
    assert any(line.startswith("XP101  shouting-subject") for line in listing.stdout.splitlines())
    doc = subprocess.run([sys.executable, "-m", "notelint", "rule", "XP101"], capture_output=True, text=True, env=env)
    assert "Flags the word \"URGENT\"." in doc.stdout


def test_clashing_codes_are_left_out(fresh_registry, monkeypatch):
    from notelint import installed

    real = importlib.metadata.entry_points

    def fake(group=None):
        eps = list(real(group=group))
        clash = importlib.metadata.EntryPoint(name="clash", value="notelint.rules.too_short:RULE", group=group)
        return eps + [importlib.metadata.EntryPoint(name="zz-other", value="tests_does_not_exist:RULE",
                                                    group=group), clash]

    monkeypatch.setattr(importlib.metadata, "entry_points", fake)
    monkeypatch.setattr(installed, "_INDEX", installed._scan())  # what importlib.metadata now answers
    rules = registry.all_rules()
    assert "too-short" in rules
    errors = registry.load_errors()
    assert any("zz-other" in e and "failed to load" in e for e in errors)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_batch_rule_whose_per_note_half_raises_is_reported_once(tmp_path, jobs):
    """A plugin batch rule with a broken batch_prepare: an internal error (exit 2), the other rules'
    findings still reported, no traceback, in one process and with forked workers."""
    folder = _plugin_dir(tmp_path / "plugin", '''
        """broken-batch (XP201): a batch rule whose per-note half fails."""
        from notelint.registry import Rule

        def prepare(note, options):
            raise RuntimeError("cannot summarise")

        def compare(pairs, options):
            return []

        RULE = Rule(code="XP201", name="broken-batch", severity="warning", languages=("en",),
                    summary="Fails.", check=None, batch_check=compare, batch_prepare=prepare)
        ''', name="broken_batch")
    notes = tmp_path / "notes"
    notes.mkdir()
    for i in range(12):  # past the first notes linted before workers start
        (notes / f"n{i:02}.txt").write_text(f"Thanks for the interview, hope to hear back. ({i})\n")
    env = dict(os.environ, PYTHONPATH=str(folder))
    proc = subprocess.run([sys.executable, "-m", "notelint", "--no-cache", "-j", jobs, "--select", "too-short,XP201",
                           "--format", "concise", str(notes)], capture_output=True, text=True, env=env)
    assert proc.returncode == 2, proc.stderr
    errors = [line for line in proc.stderr.splitlines() if "internal error in rule broken-batch" in line]
    assert len(errors) == 1 and "RuntimeError: cannot summarise" in errors[0]
    assert proc.stdout.count("NL103") == 12
    assert "Traceback" not in proc.stderr
