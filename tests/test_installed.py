"""The index of installed rules and package versions: importlib.metadata's answer, kept until what it read changes."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from importlib.metadata import entry_points, version

import pytest

from notelint import installed
from rule_package import install_rule_package

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

PLUGIN = '''
from notelint.findings import Problem, Severity
from notelint.registry import Rule

def check(note, options):
    return []

RULE = Rule(code="XI901", name="index-probe", severity=Severity.INFO, languages=("en",),
            summary="Finds nothing.", check=check)
OTHER = Rule(code="XI902", name="index-probe-two", severity=Severity.INFO, languages=("en",),
             summary="Finds nothing either.", check=check)
'''

#: the probe rules a fresh process finds, whether it asked importlib.metadata, and plugin load errors
PROBE = (
    "import sys\n"
    "from notelint import installed, syllables\n"
    "syllables.folder = sys.argv[1]\n"
    "scans = []\n"
    "scan = installed._scan\n"
    "installed._scan = lambda: scans.append(1) or scan()\n"
    "from notelint.registry import all_rules, load_errors\n"
    "names = sorted(all_rules())\n"
    "print(','.join(n for n in names if n.startswith('index-probe')), bool(scans), load_errors(), sep='|')\n"
)


def probe(tables, plugins) -> tuple[str, str, str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(plugins), ROOT]))
    proc = subprocess.run([sys.executable, "-c", PROBE, str(tables)], capture_output=True, text=True, env=env,
                          timeout=120, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    return tuple(proc.stdout.strip().split("|"))


def test_the_index_is_importlib_metadatas_answer(tmp_path, monkeypatch):
    monkeypatch.setattr(installed, "_INDEX", None)
    monkeypatch.setattr("notelint.syllables.folder", str(tmp_path))
    expected = sorted({(ep.name, ep.value) for ep in entry_points(group="notelint.rules")})
    assert sorted((ep.name, ep.value) for ep in installed.entry_points()) == expected
    assert len(expected) >= 40
    for name in installed.PACKAGES:
        assert installed.version(name) == version(name)
    assert installed.version("not-a-package") == "-"
    assert len(list((tmp_path / "tables").glob("installed-*.index"))) == 1


def test_an_entry_point_loads_a_module_or_an_attribute_path():
    assert installed.EntryPoint("x", "notelint.findings:Severity.ERROR").load().value == "error"
    assert installed.EntryPoint("x", "notelint.findings").load().__name__ == "notelint.findings"
    assert installed.EntryPoint("x", "notelint.findings:Severity [extra]").load().__name__ == "Severity"
    with pytest.raises(ModuleNotFoundError):
        installed.EntryPoint("x", "no_such_module:RULE").load()


def test_kept_until_a_package_is_installed_or_its_entry_points_change(tmp_path):
    tables, plugins = tmp_path / "cache", tmp_path / "site"
    plugins.mkdir()
    assert probe(tables, plugins) == ("", "True", "[]")  # asked importlib.metadata, and kept the answer
    assert probe(tables, plugins) == ("", "False", "[]")  # the kept answer
    install_rule_package(plugins, "notelint_index_probe", PLUGIN, {"index-probe": "RULE"})
    assert probe(tables, plugins) == ("index-probe", "True", "[]")  # a new distribution: read again
    assert probe(tables, plugins) == ("index-probe", "False", "[]")
    time.sleep(0.01)  # the entry points edited in place (not reinstalled)
    install_rule_package(plugins, "notelint_index_probe", PLUGIN, {"index-probe": "RULE", "two": "OTHER"})
    assert probe(tables, plugins) == ("index-probe,index-probe-two", "True", "[]")
    info = plugins / "notelint_index_probe-0.0.dist-info"
    for child in info.iterdir():
        child.unlink()
    info.rmdir()  # uninstalled: the same state as at first, whose index is still kept
    assert probe(tables, plugins) == ("", "False", "[]")


def test_a_damaged_index_is_read_again(tmp_path):
    tables, plugins = tmp_path / "cache", tmp_path / "site"
    plugins.mkdir()
    probe(tables, plugins)
    (index,) = (tables / "tables").glob("installed-*.index")  # beside it: the catalogue of rules
    index.write_bytes(b"\x00 not an index")
    assert probe(tables, plugins) == ("", "True", "[]")
    assert probe(tables, plugins) == ("", "False", "[]")


def test_another_distribution_finder_means_no_index(tmp_path, monkeypatch):
    class Finder:
        @staticmethod
        def find_distributions(context=None):
            return iter(())

    monkeypatch.setattr(sys, "meta_path", [*sys.meta_path, Finder()])
    assert installed._fingerprint() is None
