"""Suppressions kept outside the text, baselines, and file discovery."""

import json
import os
import subprocess
import sys

import pytest

ONE_LINER = "Thanks for the interview, hope to hear back.\n"


def run(*args, cwd):
    proc = subprocess.run([sys.executable, "-m", "notelint", *args], capture_output=True, text=True, cwd=cwd)
    return proc.returncode, proc.stdout, proc.stderr


@pytest.fixture
def repo(tmp_path):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "short.txt").write_text(ONE_LINER)
    (tmp_path / "notes" / "other.txt").write_text(ONE_LINER)
    return tmp_path


def test_config_suppression_by_rule_and_path_and_unused_report(repo):
    (repo / ".notelint.toml").write_text(
        'select = ["too-short"]\n'
        '[[suppress]]\nrule = "too-short"\npath = "notes/short.txt"\n'
        '[[suppress]]\nrule = "NL1"\npath = "notes/other.txt"\ntext = "not in the note"\n'
        '[[suppress]]\nrule = "too-short"\npath = "elsewhere/*.txt"\n'
    )
    code, out, err = run("--format", "concise", ".", cwd=repo)
    assert code == 1
    assert [line.split(":")[0] for line in out.splitlines()] == ["notes/other.txt"]
    # the text-scoped entry applied to a linted file and matched nothing; the elsewhere/ one applied to none
    assert err.count("unused suppression") == 1
    assert "suppress #2" in err and "text 'not in the note'" in err


def test_config_suppression_by_text(repo):
    (repo / ".notelint.toml").write_text(
        'select = ["too-short"]\n[[suppress]]\nrule = "too-short"\ntext = "hope to hear back"\n')
    code, out, err = run(".", cwd=repo)
    assert code == 0 and "NL103" not in out and "unused" not in err


def test_bad_suppression_is_a_config_error(repo):
    (repo / ".notelint.toml").write_text('[[suppress]]\nrule = "too-short"\nfile = "x"\n')
    code, _, err = run(".", cwd=repo)
    assert code == 2 and "unknown key 'file'" in err and len(err.splitlines()) == 1
    (repo / ".notelint.toml").write_text('[[suppress]]\nrule = "no-such-rule"\n')
    code, _, err = run(".", cwd=repo)
    assert code == 2 and "no-such-rule" in err


def test_front_matter_ignore_and_unused(repo):
    (repo / "notes" / "short.txt").write_text("---\nignore: [too-short, excessive-exclamation]\n---\n" + ONE_LINER)
    code, out, err = run("--select", "too-short,excessive-exclamation", "notes/short.txt", cwd=repo)
    assert code == 0 and "NL103" not in out
    assert "front matter: ignore excessive-exclamation matched nothing" in err


def test_markdown_disable_comments(repo):
    note = repo / "notes" / "note.md"
    note.write_text("<!-- notelint-disable too-short -->\n" + ONE_LINER + "<!-- notelint-enable -->\n")
    code, out, err = run("--select", "too-short", str(note), cwd=repo)
    assert code == 0 and "NL103" not in out and "unused" not in err
    note.write_text("<!-- notelint-disable excessive-exclamation -->\n" + ONE_LINER)
    code, out, err = run("--select", "too-short,excessive-exclamation", str(note), cwd=repo)
    assert code == 1 and "NL103" in out
    assert "notelint-disable" in err and "matched nothing" in err


def test_markdown_comments_are_not_note_text():
    import notelint

    text = "<!-- a long comment with many words that should not be counted as the note -->\n" + ONE_LINER
    [f] = notelint.lint(text, path="n.md", select=["too-short"])
    assert "only 8 words" in f.message


def test_baseline_adopts_then_reports_only_new_findings(repo):
    code, _, err = run("--select", "too-short", "--baseline", "notelint-baseline.json", ".", cwd=repo)
    assert code == 0 and "wrote notelint-baseline.json with 2 findings" in err
    data = json.loads((repo / "notelint-baseline.json").read_text())
    assert data["version"] == 1
    assert {(f["path"], f["code"]) for f in data["findings"]} == {("notes/short.txt", "NL103"), ("notes/other.txt", "NL103")}
    code, out, err = run("--select", "too-short", "--baseline", "notelint-baseline.json", ".", cwd=repo)
    assert code == 0 and "NL103" not in out
    (repo / "notes" / "new.txt").write_text("Thanks!\n")
    code, out, _ = run("--select", "too-short", "--format", "concise", "--baseline", "notelint-baseline.json", ".",
                       cwd=repo)
    assert code == 1 and [line.split(":")[0] for line in out.splitlines()] == ["notes/new.txt"]
    # a baselined finding that is gone from a linted file is reported; files not linted are not judged
    (repo / "notes" / "other.txt").write_text(
        "Dear Ms. Lee,\n\nThank you for the interview today about the analyst role. I enjoyed hearing how your "
        "team halved its reporting time, and I would love to help with the next dashboards.\n\nBest,\nAna\n")
    _, _, err = run("--select", "too-short", "--baseline", "notelint-baseline.json", ".", cwd=repo)
    assert "baseline entry (notes/other.txt, NL103" in err
    _, _, err = run("--select", "too-short", "--baseline", "notelint-baseline.json", "notes/short.txt", cwd=repo)
    assert "unused" not in err


def test_corrupt_baseline_is_one_line(repo):
    (repo / "b.json").write_text("{not json")
    code, _, err = run("--baseline", "b.json", ".", cwd=repo)
    assert code == 2 and "not valid JSON" in err and len(err.splitlines()) == 1 and "Traceback" not in err


def test_baseline_write_is_atomic(repo, monkeypatch):
    from notelint import fileio

    target = repo / "keep.json"
    target.write_text("old")

    def fail(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(fileio.os, "fsync", fail)
    with pytest.raises(KeyboardInterrupt):
        fileio.write_atomic(str(target), "new")
    assert target.read_text() == "old"
    assert [p.name for p in repo.iterdir() if p.name.startswith(".notelint-")] == []


def test_discovery_include_exclude_gitignore_and_list_files(repo):
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    (repo / ".gitignore").write_text("notes/private/\n")
    (repo / "notes" / "private").mkdir()
    (repo / "notes" / "private" / "secret.txt").write_text(ONE_LINER)
    (repo / "drafts").mkdir()
    (repo / "drafts" / "d.txt").write_text(ONE_LINER)
    (repo / "notes" / "old-1.txt").write_text(ONE_LINER)
    (repo / ".notelint.toml").write_text('include = ["notes/**"]\nexclude = ["notes/old-*"]\n')
    code, out, _ = run("--list-files", ".", cwd=repo)
    assert code == 0
    assert sorted(out.split()) == ["./notes/other.txt", "./notes/short.txt"]
    # a file named explicitly is always linted
    code, out, _ = run("--list-files", "drafts/d.txt", cwd=repo)
    assert out.split() == ["drafts/d.txt"]


def _tree_with_links(root):
    """Notes, hidden files and folders, and links of every kind: to a note, to a folder, dangling, a loop."""
    for folder in ("a/deep/er", "b", ".hidden", "c"):
        (root / folder).mkdir(parents=True)
    for name in ("a/one.txt", "a/deep/two.md", "a/deep/er/three.txt", "b/four.txt", ".hidden/five.txt", "a/.six.txt",
                 "c/seven.eml"):
        (root / name).write_text(ONE_LINER)
    (root / "b" / "to-one.txt").symlink_to(root / "a" / "one.txt")
    (root / "b" / "to-a").symlink_to(root / "a", target_is_directory=True)
    (root / "b" / "dangling.txt").symlink_to(root / "nowhere.txt")
    (root / "c" / "loop.txt").symlink_to("loop.txt")


def test_the_folder_walk_lists_what_os_walk_lists(tmp_path):
    """discover walks folders with cli._walk, which also says which files are links: it must visit the
    folders os.walk visits, in its order, pruned the same way, and list the same files."""
    from notelint.cli import _walk

    _tree_with_links(tmp_path)
    for prune in (False, True):
        ours, theirs = [], []
        for walked, listing in ((_walk(str(tmp_path)), ours), (os.walk(str(tmp_path)), theirs)):
            for root, dirs, files in walked:
                dirs[:] = sorted(d for d in dirs if not (prune and d.startswith(".")))
                names = sorted(f if isinstance(f, str) else f.name for f in files)
                listing.append((root, list(dirs), names))
        assert ours == theirs
        assert len(ours) == (6 if prune else 7)  # the root, a, a/deep, a/deep/er, b (not b/to-a), c; .hidden
    links = {entry.name: entry.is_symlink() for _, _, files in _walk(str(tmp_path)) for entry in files}
    assert links == {name: os.path.islink(path) for root, _, names in os.walk(str(tmp_path))
                     for name, path in ((n, os.path.join(root, n)) for n in names)}
    assert links["to-one.txt"] and links["dangling.txt"] and links["loop.txt"] and not links["one.txt"]


def test_a_listed_file_that_is_gone_is_not_a_link():
    """Where a listing does not say a file's kind, DirEntry asks the file system, which fails for a
    file deleted meanwhile: as with os.path.islink, that is "not a link", not a traceback."""
    from notelint.cli import _is_link

    class Gone:
        def is_symlink(self):
            raise FileNotFoundError(2, "No such file or directory")

    class Link:
        def is_symlink(self):
            return True

    assert _is_link(Gone()) is False and _is_link(Link()) is True


def test_a_linked_note_takes_the_configuration_of_the_folder_it_points_into(tmp_path):
    _tree_with_links(tmp_path)
    (tmp_path / "a" / ".notelint.toml").write_text('ignore = ["too-short"]\n')
    (tmp_path / "c" / "loop.txt").unlink()
    (tmp_path / "b" / "dangling.txt").unlink()
    for args in (["b"], ["b/to-one.txt", "b/four.txt"]):  # found in a folder, or named
        code, out, err = run("--select", "too-short", "--format", "concise", "--no-cache", *args, cwd=tmp_path)
        assert code == 1, err
        assert [line.split(":")[0] for line in out.splitlines()] == ["b/four.txt"]
    from notelint.config import Finder

    finder = Finder()
    linked = str(tmp_path / "b" / "to-one.txt")
    assert finder.for_path(linked, link=True).ignore == ("too-short",)
    assert finder.for_path(str(tmp_path / "b" / "four.txt"), link=False).ignore == ()
    assert finder.absolute("b/x.txt") == os.path.abspath("b/x.txt")
    assert finder.absolute("c/x.txt", "/elsewhere") == "/elsewhere/x.txt"  # as a folder listing gives it


def test_templates_glob_turns_on_template_mode(repo):
    (repo / "templates").mkdir()
    (repo / "templates" / "t.txt").write_text(
        "Dear [Interviewer Name],\n\nThank you for the interview about the [Role] role at [Company]. I enjoyed "
        "hearing how your team works, and I would love to contribute.\n\nBest regards,\n[Your Name]\n")
    code, out, _ = run("--select", "unfilled-placeholder", "templates/t.txt", cwd=repo)
    assert code == 1 and "NL302" in out
    (repo / ".notelint.toml").write_text('templates = ["templates/**"]\n')
    code, out, _ = run("--select", "unfilled-placeholder", "templates/t.txt", cwd=repo)
    assert code == 0 and "NL302" not in out


def test_baseline_outside_the_current_folder(repo, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("baselines") / "b.json"
    code, _, _ = run("--select", "too-short", "--baseline", str(elsewhere), ".", cwd=repo)
    assert code == 0 and elsewhere.exists()
    code, out, err = run("--select", "too-short", "--baseline", str(elsewhere), ".", cwd=repo)
    assert code == 0 and "NL103" not in out and "unused" not in err
