"""The composite GitHub Action in action.yml.

GitHub Actions cannot run here, so the tests check the action's structure and
then run its own shell scripts the way a runner would (``bash -e`` with the
inputs in the environment and a ``GITHUB_OUTPUT`` file), with the notelint of
this test run standing in for the one the install step puts on PATH.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
ACTION = ROOT / "action.yml"
EXAMPLE = ROOT / "examples" / "career-center"


@pytest.fixture(scope="module")
def action() -> dict:
    return yaml.safe_load(ACTION.read_text(encoding="utf-8"))


def _step(action: dict, name: str) -> dict:
    steps = [s for s in action["runs"]["steps"] if s.get("name") == name]
    assert len(steps) == 1, f"no single step named {name!r}"
    return steps[0]


def test_action_metadata(action):
    assert action["name"] == "notelint"
    assert action["description"]
    assert set(action["inputs"]) >= {"paths", "args", "version", "fail-on"}
    for name, spec in action["inputs"].items():
        assert spec["description"], name
        assert spec.get("required", False) is False, f"{name} should have a default"
        assert "default" in spec, name
    assert action["inputs"]["paths"]["default"] == "."
    assert action["inputs"]["version"]["default"] == ""
    assert action["runs"]["using"] == "composite"
    assert action["outputs"]["exit-code"]["value"] == "${{ steps.lint.outputs.exit-code }}"


def test_sets_up_python_first(action):
    first = action["runs"]["steps"][0]
    assert first["uses"].startswith("actions/setup-python@v")
    assert first["with"]["python-version"] == "${{ inputs.python-version }}"


def test_every_run_step_names_its_shell(action):
    for step in action["runs"]["steps"]:
        if "run" in step:
            assert step["shell"] == "bash", step.get("name")


def test_install_step_uses_the_action_checkout_or_a_version(action):
    step = _step(action, "Install notelint")
    assert step["env"]["NOTELINT_ACTION_PATH"] == "${{ github.action_path }}"
    assert step["env"]["NOTELINT_VERSION"] == "${{ inputs.version }}"
    assert 'pip install --disable-pip-version-check --quiet "$NOTELINT_ACTION_PATH"' in step["run"]
    assert '"notelint==${NOTELINT_VERSION#v}"' in step["run"]


def test_no_input_is_spliced_into_a_script(action):
    """Inputs come in through env: a crafted input cannot become shell code."""
    for step in action["runs"]["steps"]:
        assert "${{" not in step.get("run", ""), step.get("name")


def test_lint_step_calls_notelint_with_the_inputs(action):
    step = _step(action, "Run notelint")
    assert step["id"] == "lint"
    assert step["env"] == {
        "NOTELINT_PATHS": "${{ inputs.paths }}",
        "NOTELINT_ARGS": "${{ inputs.args }}",
        "NOTELINT_FAIL_ON": "${{ inputs.fail-on }}",
        "NOTELINT_CACHE_DIR": "${{ runner.temp }}/notelint-cache",
    }
    command = next(line for line in step["run"].splitlines() if line.strip().startswith("notelint "))
    assert re.search(r"--format github\b", command)
    assert "$NOTELINT_ARGS" in command and "$NOTELINT_PATHS" in command
    assert '"${fail_on[@]}"' in command and '--fail-on "$NOTELINT_FAIL_ON"' in step["run"]


# ----------------------------------------------------------------------------- the scripts, run


def _run_step(action: dict, name: str, inputs: dict, tmp_path: Path, cwd: Path):
    """Run a step's script as the runner does: bash -e, inputs in env, GITHUB_OUTPUT."""
    step = _step(action, name)
    output = tmp_path / "github_output"
    output.write_text("", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NOTELINT_", "GITHUB_"))}
    env.update({
        "GITHUB_OUTPUT": str(output), "GITHUB_ACTIONS": "true", "NO_COLOR": "1",
        "PATH": os.path.dirname(sys.executable) + os.pathsep + env.get("PATH", ""),
    })
    for key, value in step["env"].items():
        if value.startswith("${{ runner.temp }}"):
            env[key] = str(tmp_path / "runner-temp") + value[len("${{ runner.temp }}"):]
            continue
        match = re.fullmatch(r"\$\{\{ inputs\.([\w-]+) \}\}", value)
        assert match, value
        env[key] = inputs.get(match.group(1), action["inputs"][match.group(1)]["default"])
    script = tmp_path / "step.sh"
    script.write_text(step["run"], encoding="utf-8")
    proc = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)
    outputs = dict(line.split("=", 1) for line in output.read_text(encoding="utf-8").splitlines() if "=" in line)
    return proc, outputs


def test_lint_step_annotates_and_fails_on_findings(action, tmp_path):
    proc, outputs = _run_step(action, "Run notelint", {"paths": "templates/en templates/de"}, tmp_path, EXAMPLE)
    assert proc.returncode == 1, proc.stderr
    assert outputs == {"exit-code": "1"}
    lines = [line for line in proc.stdout.splitlines() if line.startswith("::")]
    assert lines and all(re.match(r"::(error|warning|notice) file=templates/(en|de)/[\w-]+\.txt,line=\d+,", l)
                         for l in lines)
    assert any("title=NL401 over-apologizing" in line for line in lines)


def test_lint_step_passes_args_and_fail_on(action, tmp_path):
    # only errors fail: the warnings (pushy line, house rules) are still annotated
    proc, outputs = _run_step(action, "Run notelint", {
        "paths": "templates/en/after-phone-screen.txt notes", "fail-on": "error"}, tmp_path, EXAMPLE)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert outputs == {"exit-code": "0"}
    assert "::warning file=templates/en/after-phone-screen.txt" in proc.stdout

    proc, outputs = _run_step(action, "Run notelint", {
        "paths": "templates", "args": "--select NL401 --exit-zero"}, tmp_path, EXAMPLE)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    titles = set(re.findall(r"title=([^:]+)::", proc.stdout))
    assert titles == {"NL401 over-apologizing"}


def test_lint_step_exit_code_2_on_a_missing_path(action, tmp_path):
    proc, outputs = _run_step(action, "Run notelint", {"paths": "no-such-folder"}, tmp_path, EXAMPLE)
    assert proc.returncode == 2
    assert outputs == {"exit-code": "2"}
    assert "no-such-folder" in proc.stderr


def test_the_cache_is_kept_between_runs_unless_turned_off(action):
    """actions/cache keeps the folder the lint step points notelint at; a new entry per commit,
    restored from the newest one (a saved entry never changes)."""
    assert action["inputs"]["cache"]["default"] == "true"
    step = _step(action, "Keep notelint's cache")
    assert step["uses"].startswith("actions/cache@v")
    assert step["if"] == "${{ inputs.cache == 'true' }}"
    assert step["with"]["path"] == _step(action, "Run notelint")["env"]["NOTELINT_CACHE_DIR"]
    assert step["with"]["key"].endswith("-${{ github.sha }}")
    assert step["with"]["key"].startswith(step["with"]["restore-keys"])
    names = [s.get("name") for s in action["runs"]["steps"]]
    assert names.index("Keep notelint's cache") < names.index("Run notelint")


def test_a_second_run_of_the_lint_step_reads_the_cache(action, tmp_path):
    """Two runs with the same cache folder: the second finds every note there (same output)."""
    first, _ = _run_step(action, "Run notelint", {"paths": "templates"}, tmp_path, EXAMPLE)
    entries = list((tmp_path / "runner-temp" / "notelint-cache").rglob("*.json"))
    assert entries, "the first run wrote no cache entries"
    stamps = {path: path.stat().st_mtime_ns for path in entries}
    second, _ = _run_step(action, "Run notelint", {"paths": "templates"}, tmp_path, EXAMPLE)
    assert (second.returncode, second.stdout) == (first.returncode, first.stdout)
    assert {path: path.stat().st_mtime_ns for path in entries} == stamps  # read, not written again


def test_example_workflow_uses_the_action():
    workflow = yaml.safe_load((EXAMPLE / ".github" / "workflows" / "notelint.yml").read_text(encoding="utf-8"))
    # PyYAML reads the bare key `on` as True
    triggers = workflow.get("on", workflow.get(True))
    assert "pull_request" in triggers
    steps = [s for job in workflow["jobs"].values() for s in job["steps"]]
    uses = [s.get("uses", "") for s in steps]
    assert any(u.startswith("actions/checkout@") for u in uses)
    notelint = [s for s in steps if re.search(r"/notelint@|^\./", s.get("uses", ""))]
    assert notelint, uses
    assert set(notelint[0].get("with", {})) <= set(yaml.safe_load(ACTION.read_text(encoding="utf-8"))["inputs"])
