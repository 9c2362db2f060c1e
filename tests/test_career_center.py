"""The career-center example (examples/career-center): a template repository checked in CI.

notelint runs over it as a career center's CI would, from the example's own
folder, and the tests pin exactly which templates get which findings, the CI
formats (GitHub annotations, SARIF against the 2.1.0 schema), the house
rules, the suppression, and adoption with a baseline.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "career-center"
SARIF_SCHEMA = ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"

TEMPLATES = sorted(str(p.relative_to(EXAMPLE)) for p in EXAMPLE.glob("templates/*/*.txt"))
NOTES = sorted(str(p.relative_to(EXAMPLE)) for p in EXAMPLE.glob("notes/*.txt"))

#: every finding at warning level or above, by file: (code, the text it points at)
EXPECTED = {
    "templates/en/after-late-start.txt": [
        ("NL401", "sorry again"), ("NL401", "I apologize"), ("NL401", "I apologize")],
    "templates/en/after-phone-screen.txt": [
        ("HR001", "passionate"), ("NL403", "I expect to hear back from you by Friday")],
    "templates/de/nach-dem-videointerview.txt": [("NL701", "{{comapny}}"), ("HR002", "zeitnah")],
}
FLAWED = sorted(EXPECTED)
CLEAN = [p for p in TEMPLATES + NOTES if p not in EXPECTED]


def notelint(*args: str, cwd: Path = EXAMPLE, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "NO_COLOR")}
    return subprocess.run([sys.executable, "-m", "notelint", *args], cwd=cwd, env=env, input=stdin,
                          capture_output=True, text=True, encoding="utf-8", timeout=300)


def _findings(report: dict, floor=("error", "warning")) -> dict[str, list[tuple[str, str]]]:
    out = defaultdict(list)
    for entry in report["files"]:
        source = (EXAMPLE / entry["path"]).read_text(encoding="utf-8")
        for f in entry["findings"]:
            if f["severity"] in floor:
                out[entry["path"]].append((f["code"], source[f["start"]:f["end"]]))
    return dict(out)


@pytest.fixture(scope="module")
def run_json():
    proc = notelint("--format", "json", ".")
    return proc, json.loads(proc.stdout)


@pytest.fixture()
def copy(tmp_path) -> Path:
    """A copy of the example to change (outside any git work tree)."""
    target = tmp_path / "career-center"
    shutil.copytree(EXAMPLE, target)
    return target


# ----------------------------------------------------------------------------- the example itself


def test_example_layout():
    assert 6 <= len(TEMPLATES) <= 10
    assert any(p.startswith("templates/en/") for p in TEMPLATES)
    assert any(p.startswith("templates/de/") for p in TEMPLATES)
    assert len(NOTES) == 2
    for name in (".notelint.toml", ".pre-commit-config.yaml", ".github/workflows/notelint.yml", "README.md"):
        assert (EXAMPLE / name).is_file(), name
    placeholders = "".join((EXAMPLE / p).read_text(encoding="utf-8") for p in TEMPLATES)
    for slot in ("[Interviewer Name]", "{{company}}", "[Position]", "[Ihr Name]"):
        assert slot in placeholders


def test_lints_the_templates_and_notes_but_not_the_readme():
    proc = notelint("--list-files", ".")
    assert proc.returncode == 0, proc.stderr
    assert sorted(proc.stdout.split()) == sorted(f"./{p}" for p in TEMPLATES + NOTES)


def test_exactly_the_flawed_templates_have_findings(run_json):
    proc, report = run_json
    assert proc.returncode == 1, proc.stderr
    assert sorted(entry["path"] for entry in report["files"]) == sorted(TEMPLATES + NOTES)
    assert all(entry["error"] is None and entry["notice"] is None for entry in report["files"])
    assert _findings(report) == EXPECTED


def test_good_templates_and_notes_are_clean(run_json):
    _, report = run_json
    by_path = {entry["path"]: entry for entry in report["files"]}
    for path in CLEAN:
        assert not [f for f in by_path[path]["findings"] if f["severity"] != "info"], path
        assert by_path[path]["verdict"]["ready"] is True, path
    proc = notelint(*CLEAN)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_the_suppression_is_used(run_json):
    proc, _ = run_json
    assert "unused suppression" not in proc.stderr
    assert proc.stderr == ""


def test_languages_are_detected(run_json):
    _, report = run_json
    for entry in report["files"]:
        assert entry["language"] == ("de" if "/de/" in entry["path"] or "northwind" in entry["path"] else "en")


def test_misspelt_placeholder_names_the_allowed_one(run_json):
    _, report = run_json
    (entry,) = [e for e in report["files"] if e["path"] == "templates/de/nach-dem-videointerview.txt"]
    (finding,) = [f for f in entry["findings"] if f["code"] == "NL701"]
    assert finding["severity"] == "error"
    assert '"company"' in finding["message"]
    assert finding["replacement"] == "{{company}}"


def test_a_note_is_not_a_template(copy):
    """The same text under notes/ is a note to send: its placeholders are faults."""
    shutil.copy(copy / "templates/en/after-first-interview.txt", copy / "notes/draft.txt")
    proc = notelint("--format", "json", "notes/draft.txt", "templates/en/after-first-interview.txt", cwd=copy)
    report = json.loads(proc.stdout)
    codes = {e["path"]: {f["name"] for f in e["findings"]} for e in report["files"]}
    assert "unfilled-placeholder" in codes["notes/draft.txt"]
    assert codes["templates/en/after-first-interview.txt"] == set()


# ----------------------------------------------------------------------------- CI formats


def test_github_annotations(run_json):
    _, report = run_json
    proc = notelint("--format", "github", ".")
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    annotations = [line for line in lines if line.startswith("::")]
    expected = sum(len(e["findings"]) for e in report["files"])
    assert len(annotations) == expected
    pattern = re.compile(r"::(error|warning|notice) file=(templates/(en|de)/[\w-]+\.txt),line=(\d+),col=(\d+),"
                         r"endLine=\d+,endColumn=\d+,title=([A-Z]+\d+ [a-z-]+)::.+")
    seen = defaultdict(list)
    for line in annotations:
        match = pattern.fullmatch(line)
        assert match, line
        seen[match.group(2)].append(match.group(6).split()[0])
    assert {path: sorted(codes) for path, codes in seen.items()} == {
        path: sorted(code for code, _ in found) for path, found in EXPECTED.items()}
    assert "::error file=templates/en/after-late-start.txt,line=3," in proc.stdout
    assert "title=HR001 no-cliches::'passionate' is a cliché" in proc.stdout
    assert lines[-1] == f"notelint: {expected} findings in {len(TEMPLATES + NOTES)} files"


def test_github_format_is_the_default_inside_github_actions():
    env = dict(os.environ, GITHUB_ACTIONS="true")
    proc = subprocess.run([sys.executable, "-m", "notelint", "templates/en/after-phone-screen.txt"], cwd=EXAMPLE,
                          env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1
    assert proc.stdout.startswith("::warning file=templates/en/after-phone-screen.txt,")


@pytest.fixture(scope="module")
def sarif():
    proc = notelint("--format", "sarif", ".")
    assert proc.returncode == 1, proc.stderr
    return json.loads(proc.stdout)


def test_sarif_is_valid_against_the_schema(sarif):
    if not SARIF_SCHEMA.is_file():
        pytest.skip(f"{SARIF_SCHEMA} is not there")
    import jsonschema

    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = sorted(validator.iter_errors(sarif), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])


def test_sarif_results(sarif):
    (run,) = sarif["runs"]
    found = defaultdict(list)
    for result in run["results"]:
        (location,) = result["locations"]
        found[location["physicalLocation"]["artifactLocation"]["uri"]].append(result["ruleId"])
        assert result["level"] in ("error", "warning", "note")
    assert {p: sorted(c) for p, c in found.items()} == {
        p: sorted(code for code, _ in f) for p, f in EXPECTED.items()}
    assert run["invocations"][0]["executionSuccessful"] is True


def test_sarif_lists_the_house_rules(sarif):
    (run,) = sarif["runs"]
    listed = {rule["id"] for rule in run["tool"]["driver"]["rules"]}
    assert {r["ruleId"] for r in run["results"]} <= listed
    assert all("ruleIndex" in r for r in run["results"])


def test_junit_counts_failures():
    import xml.etree.ElementTree as ET

    proc = notelint("--format", "junit", ".")
    assert proc.returncode == 1
    suites = ET.fromstring(proc.stdout)
    assert int(suites.get("failures")) == sum(len(f) for f in EXPECTED.values())
    failing = {s.get("name") for s in suites if int(s.get("failures"))}
    assert failing == set(EXPECTED)


# ----------------------------------------------------------------------------- house rules, suppression


def test_house_rules_fire_where_intended(run_json):
    _, report = run_json
    house = {(e["path"], f["code"], f["name"]) for e in report["files"] for f in e["findings"]
             if f["code"].startswith("HR")}
    assert house == {
        ("templates/en/after-phone-screen.txt", "HR001", "no-cliches"),
        ("templates/de/nach-dem-videointerview.txt", "HR002", "plain-words"),
    }
    (entry,) = [e for e in report["files"] if e["path"] == "templates/de/nach-dem-videointerview.txt"]
    (swap,) = [f for f in entry["findings"] if f["code"] == "HR002"]
    assert swap["replacement"] == "bald" and swap["message"] == "Prefer 'bald' over 'zeitnah'."


def test_house_rules_are_selectable_by_prefix():
    proc = notelint("--format", "concise", "--select", "HR", ".")
    assert proc.returncode == 1
    codes = re.findall(r": (?:error|warning|info): (\w+) ", proc.stdout)
    assert sorted(codes) == ["HR001", "HR002"]


def test_metric_house_rule_fires_on_a_long_template():
    long_note = (EXAMPLE / "templates/en/after-first-interview.txt").read_text(encoding="utf-8")
    paragraph = ("I also enjoyed hearing how the team reviews its work each week and how new colleagues "
                 "learn the tools in their first month. ")
    long_note = long_note.replace("Please let me know", paragraph * 6 + "\n\nPlease let me know")
    proc = notelint("--format", "json", "--select", "HR003", "--stdin-filename", "templates/en/long.txt", "-",
                    stdin=long_note)
    (entry,) = json.loads(proc.stdout)["files"]
    (finding,) = entry["findings"]
    assert finding["code"] == "HR003" and finding["severity"] == "info"
    assert re.fullmatch(r"The note has \d+ words; ours stay under 200\.", finding["message"])
    assert proc.returncode == 0  # info never fails at fail-on = "warning"


def test_suppression_hides_the_quoted_cliche_only_in_its_template(copy):
    config = copy / ".notelint.toml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text[:text.index("[[suppress]]")], encoding="utf-8")
    proc = notelint("--format", "concise", "--select", "HR001", ".", cwd=copy)
    assert "templates/en/after-panel-interview.txt:5:" in proc.stdout
    assert "'team player' is a cliché" in proc.stdout

    # the same phrase in another template is still reported with the suppression in place
    config.write_text(text, encoding="utf-8")
    other = copy / "templates/en/after-final-round.txt"
    other.write_text(other.read_text(encoding="utf-8").replace("to the team.", "to the team as a team player."),
                     encoding="utf-8")
    proc = notelint("--format", "concise", "--select", "HR001", ".", cwd=copy)
    reported = re.findall(r"^(\S+?):\d+:\d+: warning: HR001", proc.stdout, re.M)
    assert sorted(reported) == ["templates/en/after-final-round.txt", "templates/en/after-phone-screen.txt"]


def test_stale_suppression_is_reported(copy):
    panel = copy / "templates/en/after-panel-interview.txt"
    panel.write_text(panel.read_text(encoding="utf-8").replace("a team player", "someone who shares work"),
                     encoding="utf-8")
    proc = notelint(*CLEAN, cwd=copy)
    assert proc.returncode == 0
    assert "unused suppression" in proc.stderr and "no-cliches" in proc.stderr


# ----------------------------------------------------------------------------- adopting with a baseline


def test_adopting_with_a_baseline(copy):
    first = notelint("--baseline", ".notelint-baseline.json", ".", cwd=copy)
    assert first.returncode == 0, first.stdout + first.stderr
    baseline = json.loads((copy / ".notelint-baseline.json").read_text(encoding="utf-8"))
    recorded = sorted((e["path"], e["code"]) for e in baseline["findings"] for _ in range(e["count"]))
    assert recorded == sorted((p, code) for p, found in EXPECTED.items() for code, _ in found)

    again = notelint("--baseline", ".notelint-baseline.json", ".", cwd=copy)
    assert again.returncode == 0 and again.stderr == "", again.stderr

    template = copy / "templates/en/after-final-round.txt"
    template.write_text(template.read_text(encoding="utf-8").replace(
        "Thank you again for your time", "I expect your decision by Friday. Thank you again for your time"),
        encoding="utf-8")
    new = notelint("--format", "concise", "--baseline", ".notelint-baseline.json", ".", cwd=copy)
    assert new.returncode == 1
    assert re.findall(r"^(\S+?):\d+:\d+: \w+: (\w+)", new.stdout, re.M) == [
        ("templates/en/after-final-round.txt", "NL403")]


def test_baseline_with_only_the_changed_files_is_quiet(copy):
    assert notelint("--baseline", ".notelint-baseline.json", ".", cwd=copy).returncode == 0
    proc = notelint("--baseline", ".notelint-baseline.json", "templates/en/after-late-start.txt", cwd=copy)
    assert proc.returncode == 0
    assert "unused suppression" not in proc.stderr, proc.stderr


def test_pre_commit_config_uses_the_notelint_hooks():
    import yaml

    config = yaml.safe_load((EXAMPLE / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    manifest = {h["id"] for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    (repo,) = config["repos"]
    assert repo["repo"].endswith("/notelint") and repo["rev"]
    assert {h["id"] for h in repo["hooks"]} <= manifest
    for hook in repo["hooks"]:
        assert re.search(hook["files"], "templates/en/after-panel-interview.txt")
        assert re.search(hook["files"], "notes/2026-05-ana-ruiz-initech.txt")
        assert not re.search(hook["files"], "README.md")
