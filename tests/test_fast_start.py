"""Commands that lint nothing must not load spaCy, textstat, pygls or numpy."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("spacy", "textstat", "pygls", "numpy", "thinc", "py3langid")

PROBE = """
import sys
from notelint.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
loaded = sorted(m for m in {heavy!r} if m in sys.modules)
sys.stderr.write("LOADED=" + ",".join(loaded) + "\\n")
raise SystemExit(code)
""".format(heavy=HEAVY)


@pytest.mark.parametrize("argv", [
    ["--help"],
    ["--version"],
    ["rules"],
    ["rules", "--format", "json"],
    ["rule", "too-short"],
    ["rule", "NL103"],
    ["check", "--help"],
])
def test_no_heavy_imports(argv):
    proc = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip()
    loaded = proc.stderr.rsplit("LOADED=", 1)[1].strip()
    assert loaded == "", f"notelint {' '.join(argv)} imported {loaded}"
