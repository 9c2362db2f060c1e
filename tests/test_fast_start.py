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


def test_the_command_starts_without_the_collector_and_turns_it_on_with_spacy():
    """``notelint`` (cli.program) starts with the garbage collector off; the first pipeline freezes
    what is alive and turns it back on, so the notes that follow are collected as usual."""
    probe = (
        "import gc, sys\n"
        "from notelint import cli, pipeline\n"
        "states = []\n"
        "build = pipeline.Pipeline\n"
        "def watched(*args):\n"
        "    states.append(gc.isenabled())\n"
        "    return build(*args)\n"
        "pipeline.Pipeline = watched\n"
        "sys.argv = ['notelint', '--no-cache', '--exit-zero', 'examples/good-en.txt']\n"
        "code = cli.program()\n"
        "sys.stderr.write(f'STATES={states} ENABLED={gc.isenabled()} FROZEN={gc.get_freeze_count() > 100000} '\n"
        "                 f'YOUNG={gc.get_threshold()[0]}\\n')\n"
        "raise SystemExit(code)\n"
    )
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120,
                          cwd=__file__.rsplit("/tests/", 1)[0])
    assert proc.returncode == 0, proc.stderr
    assert "STATES=[False] ENABLED=True FROZEN=True YOUNG=50000" in proc.stderr


def test_a_program_using_the_api_keeps_its_own_collector_settings(monkeypatch):
    import gc

    from notelint import lint, pipeline

    monkeypatch.setattr(pipeline, "_PIPELINES", {})  # the pipeline is built in this test
    assert pipeline.settle_collector is False
    frozen, thresholds = gc.get_freeze_count(), gc.get_threshold()
    lint("Dear Ms. Lee,\n\nThank you for the interview today.\n\nBest regards,\nAna", lang="en")
    assert gc.isenabled() and gc.get_freeze_count() == frozen and gc.get_threshold() == thresholds


# spaCy's command line (typer, requests, httpx, weasel) is imported with ``import spacy``; notelint leaves it
# until something asks for it (pipeline.import_spacy)
CLI_PROBE = """
import sys
{first}
sys.stdout.write("LOADED=" + ",".join(m for m in ("typer", "requests", "httpx", "weasel") if m in sys.modules) + "\\n")
import spacy
{use}
sys.stdout.write("THEN=" + ",".join(m for m in ("typer", "requests") if m in sys.modules) + "\\n")
"""
NOTELINT_FIRST = """
from notelint import pipeline
nlp = pipeline.get("en").nlp
sys.stdout.write("TOKENS=" + "|".join(t.text for t in nlp("Dear Ms. Lee, thanks.")) + "\\n")
"""


def _cli_probe(use: str = "", first: str = NOTELINT_FIRST) -> str:
    proc = subprocess.run([sys.executable, "-c", CLI_PROBE.format(first=first, use=use)], capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_a_pipeline_is_built_without_spacys_command_line():
    out = _cli_probe()
    assert "TOKENS=Dear|Ms.|Lee|,|thanks|.\n" in out
    assert "LOADED=\n" in out and "THEN=\n" in out


@pytest.mark.parametrize("use", [
    # each way of reaching spaCy's command line gets what it gets in a program that imported spaCy itself
    "from spacy.cli import download; print('GOT', download.__module__, callable(download))",
    "import spacy.cli.download as d; print('GOT', d.__module__, callable(d))",
    "import spacy.cli.download; print('GOT', callable(spacy.cli.download), spacy.cli.download.__module__)",
    "import spacy.cli.download; d = sys.modules['spacy.cli.download']; print('GOT', d.__name__, callable(d.download))",
    "print('GOT', spacy.cli.setup_cli.__module__, type(spacy.cli).__name__)",
    "import spacy.cli; print('GOT', callable(spacy.cli.info), spacy.cli.info.__module__)",
    "print('GOT', sorted(spacy.info(silent=True))[:2])",
])
def test_spacys_command_line_is_there_when_asked_for(use):
    out = _cli_probe(use)
    got = [line for line in out.splitlines() if line.startswith("GOT ")]
    assert len(got) == 1
    assert got == [line for line in _cli_probe(use, first="").splitlines() if line.startswith("GOT ")]
    assert "THEN=typer,requests" in out


def test_a_program_that_imported_spacy_first_keeps_it_as_it_is():
    out = subprocess.run([sys.executable, "-c", "import sys, spacy\nfrom notelint import pipeline\n"
                          "pipeline.get('en')\nprint(type(sys.modules['spacy.cli']).__name__)"],
                         capture_output=True, text=True, timeout=120).stdout
    assert out == "module\n"
