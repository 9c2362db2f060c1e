"""House rules: declarative rules from configuration, never code."""

import pytest

import notelint
from notelint.config import ConfigError, parse

EN = "Dear Ms. Lee,\n\nI am a passionate team player. I utilize SQL in order to win. I can help.\n\nBest,\nAna\n"
DE = "Sehr geehrte Frau Weber,\n\nich melde mich zeitnah mit den Unterlagen. Ich bin ein Teamplayer.\n\nGrüße\nAna\n"


@pytest.fixture
def config_file(tmp_path):
    path = tmp_path / ".notelint.toml"
    path.write_text(
        '[[house-rules]]\ncode = "HR001"\nname = "no-passion-cliche"\nkind = "existence"\nlang = ["en"]\n'
        'message = "\'{match}\' is a cliché."\nsuggestion = "Say what you did."\n'
        'phrases = ["passionate", "team player"]\n\n'
        '[[house-rules]]\ncode = "HR002"\nname = "prefer-plain-words"\nkind = "substitution"\n'
        'swap = { "utilize" = "use", "in order to" = "to", "zeitnah" = "bald" }\n\n'
        '[[house-rules]]\ncode = "HR003"\nname = "few-i"\nkind = "occurrence"\nlang = "en"\n'
        'phrases = ["i"]\nmax = 2\n\n'
        '[[house-rules]]\ncode = "HR004"\nname = "note-length"\nkind = "metric"\nmetric = "words"\n'
        'min = 30\nseverity = "info"\n'
    )
    return str(path)


def spans(text, findings):
    return [(f.code, text[f.start:f.end], f.severity.value) for f in findings]


def test_all_four_kinds_fire_in_english(config_file):
    findings = notelint.lint(EN, config=config_file, select=["HR"])
    assert spans(EN, findings) == [
        ("HR004", EN.strip(), "info"),
        ("HR001", "passionate", "warning"),
        ("HR001", "team player", "warning"),
        ("HR002", "utilize", "warning"),
        ("HR002", "in order to", "warning"),
        ("HR003", "I", "warning"),
    ]
    swap = [f for f in findings if f.code == "HR002"]
    assert [f.replacement for f in swap] == ["use", "to"]
    assert findings[1].message == "'passionate' is a cliché." and findings[1].suggestion == "Say what you did."


def test_language_scoping(config_file):
    findings = notelint.lint(DE, config=config_file, select=["HR"])
    assert [(c, s) for c, s, _ in spans(DE, findings)] == [("HR004", DE.strip()), ("HR002", "zeitnah")]


def test_near_misses_stay_silent(config_file):
    text = ("Dear Ms. Lee,\n\nThank you for the conversation about the analyst role and the data team. "
            "Your plan to use plain dashboards stayed with me, and I would love to help build them.\n\nBest,\nAna\n")
    assert notelint.lint(text, config=config_file, select=["HR"]) == []


@pytest.mark.parametrize("entry,error", [
    ({"code": "NL999", "name": "x", "kind": "existence", "phrases": ["a"]}, "must not start with NL|not start with NL"),
    ({"code": "HR001", "name": "Bad Name", "kind": "existence", "phrases": ["a"]}, "kebab-case"),
    ({"code": "HR001", "name": "x", "kind": "regex", "phrases": ["a"]}, "kind must be one of"),
    ({"code": "HR001", "name": "x", "kind": "existence"}, "missing key 'phrases'"),
    ({"code": "HR001", "name": "x", "kind": "existence", "phrases": ["a"], "pattern": "(a+)+$"}, "unknown key 'pattern'"),
    ({"code": "HR001", "name": "x", "kind": "existence", "phrases": ["a?"]}, "every token is optional"),
    ({"code": "HR001", "name": "x", "kind": "metric", "metric": "letters", "max": 3}, "metric must be one of"),
    ({"code": "HR001", "name": "x", "kind": "occurrence", "phrases": ["a"], "max": "many"}, "whole number"),
    ({"code": "HR001", "name": "too-short", "kind": "existence", "phrases": ["a"]}, "already taken"),
    ({"code": "HR001", "name": "x", "kind": "existence", "phrases": ["a"], "message": "{nope}"}, "unknown placeholder"),
])
def test_bad_house_rules_are_one_line_errors(entry, error):
    import re

    with pytest.raises(ConfigError) as info:
        parse({"house-rules": [entry]}, "cfg.toml")
    assert re.search(error, str(info.value)), str(info.value)
    assert "\n" not in str(info.value) and "cfg.toml" in str(info.value)


def test_house_rules_are_selectable_on_the_command_line(config_file, tmp_path):
    import subprocess
    import sys

    note = tmp_path / "n.txt"
    note.write_text(EN)
    proc = subprocess.run([sys.executable, "-m", "notelint", "--select", "no-passion-cliche", "--format", "concise",
                           str(note)], capture_output=True, text=True)
    assert proc.returncode == 1, proc.stderr
    assert [line.split(": ")[2].split()[0] for line in proc.stdout.splitlines()] == ["HR001", "HR001"]
