"""Globs (include, exclude, templates, a suppression's path): pathspec's answers, kept so most runs never import it."""

from __future__ import annotations

import os
import subprocess
import sys

import pathspec
import pytest

from notelint import globs, syllables
from notelint.config import ConfigError, parse

GLOBS = [
    ["templates/**"],
    ["*.txt"],
    ["/top.txt"],
    ["drafts/"],
    ["a/**/b.md"],
    ["**/old/*"],
    ["**/"],
    ["notes/*", "!notes/keep.txt"],
    ["*.txt", "!*.txt", "x/*.txt"],
    ["# a comment", "", "\\#hash.txt"],
    ["short-?.txt", "[ab]*.txt", "dir/[!c]x"],
    ["*"],
]

PATHS = [
    "top.txt", "sub/top.txt", "templates/a.txt", "templates/x/y.txt", "x/templates/a.txt", "drafts/a.txt",
    "drafts", "a/b.md", "a/x/y/b.md", "b.md", "old/a.txt", "z/old/a.txt", "z/old/q/a.txt", "notes/a.txt",
    "notes/keep.txt", "x/a.txt", "x/y/a.txt", "#hash.txt", "short-1.txt", "short-12.txt", "bob.txt",
    "dir/cx", "dir/dx", "a.md", "./top.txt", "/top.txt", "a b/c d.txt", "Ünïcode/ä.txt",
]


@pytest.fixture
def tables(tmp_path, monkeypatch):
    monkeypatch.setattr(syllables, "folder", str(tmp_path))
    monkeypatch.setattr(globs, "_COMPILED", {})
    return tmp_path / "tables"


@pytest.mark.parametrize("patterns", GLOBS, ids=" | ".join)
def test_every_answer_is_pathspecs(tables, patterns):
    spec = pathspec.PathSpec.from_lines("gitignore", patterns)
    made = globs.compile_globs(patterns)
    globs._COMPILED.clear()
    kept = globs.compile_globs(patterns)  # read back from the table
    for path in PATHS:
        assert made.match_file(path) == kept.match_file(path) == spec.match_file(path), path


def test_some_answers_spelled_out(tables):
    """So the comparison above cannot pass with both sides wrong in the same way."""
    listed = globs.compile_globs(["notes/*", "!notes/keep.txt"])
    assert listed.match_file("notes/a.txt") is True
    assert listed.match_file("notes/keep.txt") is False
    assert listed.match_file("other/a.txt") is False
    deep = globs.compile_globs(["templates/**"])
    assert deep.match_file("templates/x/y.txt") is True
    assert deep.match_file("x/templates/a.txt") is False


def test_the_table_is_kept_and_a_damaged_one_made_again(tables):
    globs.compile_globs(["templates/**"])
    (kept,) = [p for p in tables.iterdir() if p.name.startswith("globs-")]
    kept.write_bytes(b"not a table")
    globs._COMPILED.clear()
    assert globs.compile_globs(["templates/**"]).match_file("templates/a.txt")
    assert kept.read_bytes() != b"not a table"


def test_other_globs_or_another_pathspec_are_another_table(tables, monkeypatch):
    globs.compile_globs(["a/**"])
    globs.compile_globs(["b/**"])
    monkeypatch.setattr(globs, "_COMPILED", {})
    from notelint import installed

    real = installed.version
    monkeypatch.setattr(installed, "version", lambda name: "0.0" if name == "pathspec" else real(name))
    globs.compile_globs(["a/**"])
    assert len([p for p in tables.iterdir() if p.name.startswith("globs-")]) == 3


def test_a_kept_table_is_matched_without_importing_pathspec(tmp_path):
    probe = (
        "import sys\n"
        "from notelint import globs, syllables\n"
        "syllables.folder = sys.argv[1]\n"
        "print(globs.compile_globs(['templates/**']).match_file('templates/a.txt'), 'pathspec' in sys.modules)\n"
    )
    first = subprocess.run([sys.executable, "-c", probe, str(tmp_path)], capture_output=True, text=True, check=True)
    again = subprocess.run([sys.executable, "-c", probe, str(tmp_path)], capture_output=True, text=True, check=True)
    assert (first.stdout, again.stdout) == ("True True\n", "True False\n")


@pytest.mark.parametrize("key", ["include", "exclude", "templates"])
def test_a_glob_pathspec_refuses_is_a_configuration_error(tables, key):
    with pytest.raises(ConfigError) as caught:
        parse({key: ["ok/**", "bad\\"]}, "/x/.notelint.toml")
    assert str(caught.value) == f"/x/.notelint.toml: {key}: 'bad\\\\' is not a gitignore-style glob"


def test_a_suppression_path_pathspec_refuses_is_a_configuration_error(tables):
    with pytest.raises(ConfigError) as caught:
        parse({"suppress": [{"rule": "NL103", "path": "!"}]}, "/x/.notelint.toml")
    assert str(caught.value) == "/x/.notelint.toml: suppress #1: path: '!' is not a gitignore-style glob"


def test_a_bad_glob_on_the_command_line_is_one_line(tmp_path):
    (tmp_path / ".notelint.toml").write_text('templates = ["!"]\n')
    (tmp_path / "a.txt").write_text("Thanks for the interview.\n")
    proc = subprocess.run([sys.executable, "-m", "notelint", "--no-cache", "a.txt"], cwd=tmp_path,
                          capture_output=True, text=True, env={**os.environ, "NOTELINT_CACHE_DIR": str(tmp_path)})
    assert (proc.returncode, proc.stdout) == (2, "")
    assert proc.stderr == f"notelint: {tmp_path / '.notelint.toml'}: templates: '!' is not a gitignore-style glob\n"
