"""The catalogue of installed rules (notelint/catalogue.py): rules known without importing them, and never stale."""

from __future__ import annotations

import glob
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from notelint import catalogue, registry, syllables
from notelint.catalogue import Deferred
from rule_package import SHOUTING_SUBJECT as PLUGIN, install_rule_package

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    """This process's registry and catalogue state, emptied for one test, with the tables in tmp_path."""
    monkeypatch.setattr(syllables, "folder", str(tmp_path))
    monkeypatch.setattr(registry, "_RULES", None)
    monkeypatch.setattr(registry, "_LOAD_ERRORS", [])
    for name in ("_KEPT_FINGERPRINT", "_FINGERPRINT", "_READ_FROM"):
        monkeypatch.setattr(catalogue, name, None)
    return tmp_path


def catalogues(folder) -> list[str]:
    return glob.glob(os.path.join(str(folder), "tables", "rules-*.catalogue"))


def test_catalogued_rules_are_the_imported_rules(fresh, monkeypatch):
    imported = registry.all_rules()
    assert len(catalogues(fresh)) == 1
    assert not any(isinstance(r.check, Deferred) for r in imported.values())
    kept_fingerprint = catalogue.fingerprint()  # remembered when the catalogue was made
    monkeypatch.setattr(catalogue, "_FINGERPRINT", None)
    imported_fingerprint = catalogue.fingerprint()  # worked out again from the imported rules
    assert imported_fingerprint == kept_fingerprint

    monkeypatch.setattr(registry, "_RULES", None)
    monkeypatch.setattr(catalogue, "_FINGERPRINT", None)
    kept = registry.all_rules()
    assert list(kept) == list(imported)  # the same rules, in code order
    for name, rule in kept.items():
        real = imported[name]
        for field in ("code", "name", "severity", "languages", "summary", "options", "doc"):
            assert getattr(rule, field) == getattr(real, field), (name, field)
        for attribute in ("check", "batch_check", "batch_prepare"):
            function = getattr(rule, attribute)
            if getattr(real, attribute) is None:
                assert function is None, (name, attribute)
            else:
                assert isinstance(function, Deferred) and function.resolve() is getattr(real, attribute)
    # the cache key's part for the rules is the same whichever way they were read
    assert catalogue.fingerprint() == imported_fingerprint


def test_a_catalogued_rule_finds_what_the_imported_rule_finds(fresh, monkeypatch):
    from notelint import lint

    text = (ROOT / "examples" / "sorry-again-en.txt").read_text(encoding="utf-8")
    registry.all_rules()
    expected = [(f.code, f.start, f.end, f.message) for f in lint(text, lang="en")]
    monkeypatch.setattr(registry, "_RULES", None)
    assert isinstance(registry.all_rules()["over-apologizing"].check, Deferred)
    assert [(f.code, f.start, f.end, f.message) for f in lint(text, lang="en")] == expected
    assert any(code == "NL401" for code, *_ in expected)  # over-apologizing
    # linting imported the rules, and the imported ones are used from then on (no stand-in per call)
    from notelint.rules import over_apologizing

    assert registry.all_rules()["over-apologizing"] is over_apologizing.RULE
    assert not any(isinstance(r.check or r.batch_check, Deferred) for r in registry.all_rules().values())


def notelint(*args, cache, env=None, cwd=None) -> subprocess.CompletedProcess:
    environ = dict(os.environ, NOTELINT_CACHE_DIR=str(cache), **(env or {}))
    return subprocess.run([sys.executable, "-m", "notelint", *args], capture_output=True, text=True,
                          env=environ, cwd=cwd)


PROBE = textwrap.dedent('''\
    import sys
    from notelint import cli
    code = cli.main(sys.argv[1:])
    rules = sorted(m for m in sys.modules if m.startswith("notelint.rules.") and not m.rpartition(".")[2].startswith("_"))
    sys.stderr.write("RULE MODULES " + " ".join(rules) + "\\n")
    sys.exit(code)
    ''')


def imported_rule_modules(proc) -> list[str]:
    line = [ln for ln in proc.stderr.splitlines() if ln.startswith("RULE MODULES")][-1]
    return line.split()[2:]


def test_a_run_whose_findings_all_come_from_the_cache_imports_no_rule(tmp_path):
    note = ROOT / "examples" / "sorry-again-en.txt"
    args = [sys.executable, "-c", PROBE, "--format", "json", "--cache-dir", str(tmp_path / "cache"), str(note)]
    fill = subprocess.run(args, capture_output=True, text=True)
    assert fill.returncode == 1, fill.stderr
    assert "notelint.rules.over_apologizing" in imported_rule_modules(fill)
    hit = subprocess.run(args, capture_output=True, text=True)
    assert hit.returncode == 1, hit.stderr
    assert imported_rule_modules(hit) == []
    assert hit.stdout == fill.stdout
    # and a run that lints (no cache) imports them all before the first note, as without a catalogue
    cold = subprocess.run([*args, "--no-cache"], capture_output=True, text=True)
    assert cold.stdout == fill.stdout
    assert len(imported_rule_modules(cold)) == len(registry.all_rules())


def plugin(folder: Path, source: str = PLUGIN) -> dict:
    install_rule_package(folder, "shouting_subject", source, {"shouting-subject": "RULE"}, version="1.0")
    return {"PYTHONPATH": str(folder)}


def test_an_edited_rule_is_read_afresh(tmp_path):
    env = plugin(tmp_path / "plugin")
    note = tmp_path / "n.txt"
    note.write_text("URGENT: thank you for the interview on Monday about the analyst role.\n", encoding="utf-8")
    cache = tmp_path / "cache"
    first = notelint("--select", "XP101", "--format", "json", str(note), cache=cache, env=env)
    assert [f["severity"] for f in json.loads(first.stdout)["files"][0]["findings"]] == ["warning"]
    assert len(catalogues(cache)) == 1

    module = tmp_path / "plugin" / "shouting_subject.py"
    module.write_text(PLUGIN.replace('severity="warning"', 'severity="error"'), encoding="utf-8")
    listing = notelint("rules", cache=cache, env=env)
    assert ["XP101", "shouting-subject", "error"] in [ln.split()[:3] for ln in listing.stdout.splitlines()]
    second = notelint("--select", "XP101", "--format", "json", str(note), cache=cache, env=env)
    assert [f["severity"] for f in json.loads(second.stdout)["files"][0]["findings"]] == ["error"]


def test_a_damaged_catalogue_is_made_again(tmp_path):
    cache = tmp_path / "cache"
    note = ROOT / "examples" / "good-en.txt"
    expected = notelint("--no-cache", "--format", "json", str(note), cache=cache)
    [path] = catalogues(cache)
    Path(path).write_bytes(b"\x00not a catalogue")
    again = notelint("--no-cache", "--format", "json", str(note), cache=cache)
    assert (again.returncode, again.stdout, again.stderr) == (expected.returncode, expected.stdout, expected.stderr)
    assert Path(path).read_bytes() != b"\x00not a catalogue"
    listing = notelint("rules", cache=cache)
    assert listing.returncode == 0 and "NL103  too-short" in listing.stdout


def test_no_catalogue_is_kept_while_a_plugin_fails_to_load(tmp_path):
    env = plugin(tmp_path / "plugin", "raise ImportError('missing dependency xyz')\n")
    cache = tmp_path / "cache"
    note = ROOT / "examples" / "good-en.txt"
    for _ in range(2):  # reported on every run, not only the first
        proc = notelint("--no-cache", str(note), cache=cache, env=env)
        assert proc.returncode == 2
        assert "failed to load: ImportError: missing dependency xyz" in proc.stderr
    assert catalogues(cache) == []


def test_a_catalogued_rule_that_no_longer_loads_is_an_internal_error_and_the_catalogue_goes(tmp_path):
    """A rule module that fails to import although its file looks the same (size and time kept)."""
    env = plugin(tmp_path / "plugin")
    cache = tmp_path / "cache"
    note = tmp_path / "n.txt"
    note.write_text("URGENT: thank you for the interview on Monday about the analyst role.\n", encoding="utf-8")
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # else Python would run the old bytecode of a file that looks the same
    assert notelint("--no-cache", "--select", "XP101", str(note), cache=cache, env=env).returncode == 1
    shutil.rmtree(tmp_path / "plugin" / "__pycache__", ignore_errors=True)
    module = tmp_path / "plugin" / "shouting_subject.py"
    info = module.stat()
    broken = "raise ImportError('gone')\n"
    module.write_text(broken + "#" * (len(PLUGIN.encode()) - len(broken) - 1) + "\n", encoding="utf-8")
    os.utime(module, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert module.stat().st_size == info.st_size
    assert len(catalogues(cache)) == 1

    proc = notelint("--no-cache", "--select", "XP101", str(note), cache=cache, env=env)
    assert proc.returncode == 2
    assert "internal error in rule shouting-subject (XP101): RegistryError: rule shouting_subject:RULE failed to load: " \
           "ImportError: gone" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert catalogues(cache) == []
    after = notelint("--no-cache", "--select", "XP101", str(note), cache=cache, env=env)
    assert "rule plugin 'shouting-subject' (shouting_subject:RULE) failed to load: ImportError: gone" in after.stderr


def test_a_rule_without_documentation_is_explained_the_same_from_the_catalogue(tmp_path):
    env = plugin(tmp_path / "plugin", PLUGIN.replace('"""shouting-subject (XP101): a third-party rule.', '"""', 1)
                 .replace('"""\n', "", 1).replace('What it does\n    Flags the word "URGENT".\n"""\n', ""))
    source = (tmp_path / "plugin" / "shouting_subject.py").read_text(encoding="utf-8")
    assert '"""' not in source  # no module docstring: the rule's summary is its explanation
    cache = tmp_path / "cache"
    first = notelint("rule", "XP101", cache=cache, env=env)
    assert len(catalogues(cache)) == 1
    second = notelint("rule", "XP101", cache=cache, env=env)
    assert first.returncode == second.returncode == 0
    assert first.stdout == second.stdout
    assert first.stdout.endswith("\nFlags URGENT.\n")


def test_one_catalogue_serves_every_folder_notelint_runs_in(tmp_path):
    """``python -m notelint`` puts the current folder on sys.path; the catalogue follows the rules' files."""
    cache = tmp_path / "cache"
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        assert notelint("rules", cache=cache, cwd=tmp_path / folder).returncode == 0
    assert len(catalogues(cache)) == 1
