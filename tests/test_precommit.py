"""notelint as a pre-commit hook, run by the real ``pre-commit`` tool.

Two ways in:

- fast: the hooks of ``.pre-commit-hooks.yaml`` copied into a ``repo: local``
  config with ``language: system`` (the notelint installed for the tests),
  so every run checks the hook ids, entries and file filters in seconds;
- real: ``repo: <this repository>`` at ``rev: <HEAD>``, as a career center's
  repository would use it: pre-commit clones notelint at that commit and
  pip-installs it into its own virtualenv (spaCy and all, from the package
  index; about a minute). It runs where ``CI`` is set, or with
  ``NOTELINT_PRECOMMIT_CLONE=1``; HEAD must hold ``.pre-commit-hooks.yaml``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = ROOT / ".pre-commit-hooks.yaml"

GOOD_EN = """\
Dear [Interviewer Name],

Thank you for taking the time to speak with me today about the [Position] role at {{company}}. I enjoyed hearing how your team plans the next release and how you share work across the group.

Our conversation confirmed my interest in the role. My experience with [Skill] would help me contribute to that work from the first weeks.

Please let me know if I can send anything else that would help.

Best regards,
[Your Name]
"""

GOOD_DE = """\
Sehr geehrte Frau [Nachname],

vielen Dank für das freundliche Gespräch heute über die Stelle als [Position] bei {{company}}. Besonders die Einblicke in die Arbeit Ihres Teams haben mir gefallen.

Das Gespräch hat mein Interesse an der Stelle bestärkt. Mit meiner Erfahrung in [Fachgebiet] kann ich das Team von Anfang an unterstützen.

Ich freue mich darauf, von Ihnen zu hören.

Mit freundlichen Grüßen
[Ihr Name]
"""

# the same apology three times: over-apologizing (NL401) fires
FLAWED_EN = """\
Dear [Interviewer Name],

Thank you for meeting with me today about the [Position] role at {{company}}. I am sorry again for starting late; I apologize for any trouble it caused your schedule.

I enjoyed our conversation about the team's plans, and it confirmed my interest in the role. My experience with [Skill] would help me contribute quickly. Again, I apologize for the late start.

Best regards,
[Your Name]
"""


def _pre_commit() -> list[str]:
    try:
        import pre_commit  # noqa: F401
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("pre-commit is not installed; it belongs in the test extra of pyproject.toml")
        pytest.skip("pre-commit is not installed (pip install pre-commit)")
    return [sys.executable, "-m", "pre_commit"]


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    for key in list(env):
        if key.startswith(("GIT_", "PRE_COMMIT")) or key == "GITHUB_ACTIONS":
            del env[key]
    env.update({
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "PRE_COMMIT_COLOR": "never",
        "NO_COLOR": "1",
        # the notelint of this test run comes first on PATH for language: system
        "PATH": os.path.dirname(sys.executable) + os.pathsep + env.get("PATH", ""),
        "GIT_AUTHOR_NAME": "Career Center", "GIT_AUTHOR_EMAIL": "careers@example.org",
        "GIT_COMMITTER_NAME": "Career Center", "GIT_COMMITTER_EMAIL": "careers@example.org",
        "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(tmp_path / "home"),
    })
    (tmp_path / "home").mkdir(exist_ok=True)
    return env


def _git(repo: Path, *args: str, env=None) -> subprocess.CompletedProcess:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, env=env, check=True)


def _template_repo(tmp_path: Path, config: dict, env) -> Path:
    """A career center's template repository with one good and one flawed template per language."""
    repo = tmp_path / "templates-repo"
    (repo / "templates" / "en").mkdir(parents=True)
    (repo / "templates" / "de").mkdir(parents=True)
    (repo / "templates" / "en" / "good.txt").write_text(GOOD_EN, encoding="utf-8")
    (repo / "templates" / "de" / "gut.txt").write_text(GOOD_DE, encoding="utf-8")
    (repo / "templates" / "en" / "late-start.txt").write_text(FLAWED_EN, encoding="utf-8")
    (repo / "README.md").write_text("# Our thank-you note templates\n", encoding="utf-8")
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    subprocess.run(["git", "init", "-q", "-b", "main", str(repo)], check=True, env=env)
    _git(repo, "add", "-A", env=env)
    return repo


def _run(cmd, repo: Path, env, *args: str, timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run([*cmd, "run", *args], cwd=repo, env=env, capture_output=True, text=True,
                          timeout=timeout)


def _local_hooks() -> list[dict]:
    """The manifest's hooks, run with the installed notelint instead of a fresh virtualenv."""
    hooks = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    return [{**hook, "language": "system"} for hook in hooks]


# ----------------------------------------------------------------------------- the manifest


def test_manifest_declares_both_hooks():
    hooks = {h["id"]: h for h in yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))}
    assert set(hooks) == {"notelint", "notelint-templates"}
    for hook in hooks.values():
        assert hook["language"] == "python"
        assert hook["types_or"] == ["text", "markdown"]
        assert hook["files"] == r"\.(txt|md|eml)$"
        assert hook["name"] and hook["description"]
    assert hooks["notelint"]["entry"] == "notelint"
    assert hooks["notelint-templates"]["entry"].split() == ["notelint", "--template"]


def test_manifest_is_valid_for_pre_commit(tmp_path):
    cmd = _pre_commit()
    proc = subprocess.run([*cmd, "validate-manifest", str(MANIFEST)], capture_output=True, text=True,
                          env=_env(tmp_path))
    assert proc.returncode == 0, proc.stdout + proc.stderr


# ----------------------------------------------------------------------------- fast: language system


def test_templates_hook_fails_on_flawed_template_and_passes_on_good(tmp_path):
    cmd = _pre_commit()
    env = _env(tmp_path)
    hooks = [h for h in _local_hooks() if h["id"] == "notelint-templates"]
    hooks[0]["files"] = r"^templates/.*\.(txt|md|eml)$"  # as a template repository narrows it
    repo = _template_repo(tmp_path, {"repos": [{"repo": "local", "hooks": hooks}]}, env)

    good = _run(cmd, repo, env, "notelint-templates", "--files", "templates/en/good.txt", "templates/de/gut.txt")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout

    bad = _run(cmd, repo, env, "notelint-templates", "--files", "templates/en/late-start.txt")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "Failed" in bad.stdout
    assert "NL401" in bad.stdout and "over-apologizing" in bad.stdout
    assert "templates/en/late-start.txt" in bad.stdout

    # the README is not a template: the files filter keeps it out
    readme = _run(cmd, repo, env, "notelint-templates", "--files", "README.md")
    assert readme.returncode == 0, readme.stdout + readme.stderr
    assert "no files to check" in readme.stdout.lower()


def test_plain_hook_reports_placeholders_that_templates_hook_accepts(tmp_path):
    """The notelint hook treats notes as ready to send, so a placeholder is a fault there."""
    cmd = _pre_commit()
    env = _env(tmp_path)
    repo = _template_repo(tmp_path, {"repos": [{"repo": "local", "hooks": _local_hooks()}]}, env)
    plain = _run(cmd, repo, env, "notelint", "--files", "templates/en/good.txt")
    assert plain.returncode == 1, plain.stdout + plain.stderr
    assert "unfilled-placeholder" in plain.stdout
    templates = _run(cmd, repo, env, "notelint-templates", "--files", "templates/en/good.txt")
    assert templates.returncode == 0, templates.stdout + templates.stderr


def test_git_commit_is_blocked_by_the_installed_hook(tmp_path):
    cmd = _pre_commit()
    env = _env(tmp_path)
    hooks = [h for h in _local_hooks() if h["id"] == "notelint-templates"]
    hooks[0]["files"] = r"^templates/"
    repo = _template_repo(tmp_path, {"repos": [{"repo": "local", "hooks": hooks}]}, env)
    _git(repo, "reset", "-q", env=env)
    subprocess.run([*cmd, "install"], cwd=repo, env=env, check=True, capture_output=True)

    _git(repo, "add", ".pre-commit-config.yaml", "README.md", "templates/en/good.txt", env=env)
    ok = subprocess.run(["git", "commit", "-m", "Add a template"], cwd=repo, env=env, capture_output=True,
                        text=True, timeout=120)
    assert ok.returncode == 0, ok.stdout + ok.stderr

    _git(repo, "add", "templates/en/late-start.txt", env=env)
    blocked = subprocess.run(["git", "commit", "-m", "Add a flawed template"], cwd=repo, env=env,
                             capture_output=True, text=True, timeout=120)
    assert blocked.returncode != 0
    assert "over-apologizing" in blocked.stdout + blocked.stderr
    assert _git(repo, "rev-list", "--count", "HEAD", env=env).stdout.strip() == "1"


# ----------------------------------------------------------------------------- real: clone at HEAD


def _head() -> str:
    proc = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.skip("the notelint checkout is not a git repository")
    return proc.stdout.strip()


@pytest.mark.skipif(not (os.environ.get("CI") or os.environ.get("NOTELINT_PRECOMMIT_CLONE")),
                    reason="clones notelint and installs it with its dependencies (about a minute); "
                           "runs in CI, or set NOTELINT_PRECOMMIT_CLONE=1")
def test_hooks_from_a_clone_of_this_repository(tmp_path):
    cmd = _pre_commit()
    env = _env(tmp_path)
    rev = _head()
    shown = subprocess.run(["git", "-C", str(ROOT), "cat-file", "-e", f"{rev}:.pre-commit-hooks.yaml"])
    assert shown.returncode == 0, "HEAD has no .pre-commit-hooks.yaml"
    config = {"repos": [{
        "repo": str(ROOT),
        "rev": rev,
        "hooks": [
            {"id": "notelint-templates", "files": r"^templates/"},
            {"id": "notelint", "files": r"^notes/"},
        ],
    }]}
    repo = _template_repo(tmp_path, config, env)
    (repo / "notes").mkdir()
    (repo / "notes" / "sent.txt").write_text(
        GOOD_EN.replace("[Interviewer Name]", "Ms. Lee").replace("[Position]", "Data Analyst")
        .replace("{{company}}", "Initech").replace("[Skill]", "SQL").replace("[Your Name]", "Ana Ruiz"),
        encoding="utf-8")
    _git(repo, "add", "-A", env=env)

    install = subprocess.run([*cmd, "install-hooks"], cwd=repo, env=env, capture_output=True, text=True,
                             timeout=900)
    assert install.returncode == 0, install.stdout + install.stderr

    good = _run(cmd, repo, env, "--files", "templates/en/good.txt", "templates/de/gut.txt", "notes/sent.txt",
                timeout=300)
    assert good.returncode == 0, good.stdout + good.stderr
    assert good.stdout.count("Passed") == 2, good.stdout

    bad = _run(cmd, repo, env, "--files", "templates/en/late-start.txt", timeout=300)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "notelint (templates)" in bad.stdout and "Failed" in bad.stdout
    assert "NL401 over-apologizing" in bad.stdout
