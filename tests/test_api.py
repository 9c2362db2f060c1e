"""The Python API: lint() and lint_file()."""

import dataclasses

import pytest

import notelint
from notelint import Finding, InputError, Severity, lint, lint_file

ONE_LINER = "Thanks for the interview, hope to hear back."


def test_lint_returns_immutable_findings_with_json_fields():
    findings = lint(ONE_LINER, select=["too-short"])
    assert len(findings) == 1
    f = findings[0]
    assert isinstance(f, Finding)
    assert (f.code, f.name, f.severity) == ("NL103", "too-short", Severity.ERROR)
    assert (f.line, f.column, f.end_line, f.end_column, f.start, f.end) == (1, 1, 1, 45, 0, 44)
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.message = "x"
    assert set(f.to_dict()) >= {"code", "name", "severity", "line", "column", "end_line", "end_column",
                                "start", "end", "message", "suggestion"}


@pytest.mark.parametrize("text", [
    "", "   ", "\x00\x01\x02", "\ud800\udfff lone surrogates \udc00", "😊" * 50, "a\u202eb\u200d" * 30,
    "Dear Ms. Lee,\r\n\r\n" + "word " * 3000,
])
def test_any_str_is_accepted(text):
    assert isinstance(lint(text), list)


def test_lint_rejects_non_str():
    with pytest.raises(TypeError):
        lint(b"bytes")


def test_metadata_keywords_and_bad_values():
    assert lint(ONE_LINER, interview="2026-05-12", sent="2026-05-13", company="Initech") is not None
    with pytest.raises(ValueError, match="interview"):
        lint(ONE_LINER, interview="last tuesday")
    with pytest.raises(ValueError, match="unknown key"):
        lint(ONE_LINER, interveiw="2026-05-12")


def test_language_is_detected_and_other_languages_are_left_alone():
    assert lint("Danke für das Gespräch, ich hoffe auf Rückmeldung.", select=["too-short"])
    french = "Madame, je vous remercie pour l'entretien d'hier et pour le temps que vous m'avez consacré."
    assert lint(french) == []


def test_lint_file_and_missing_file(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text(ONE_LINER, encoding="utf-8")
    assert [f.name for f in lint_file(str(path), select=["too-short"])] == ["too-short"]
    with pytest.raises(InputError, match="no such file"):
        lint_file(str(tmp_path / "missing.txt"))


def test_front_matter_ignore_and_positions(tmp_path):
    text = "---\ncompany: Initech\n---\n" + ONE_LINER
    f = lint(text, select=["too-short"])[0]
    assert (f.line, f.column) == (4, 1)
    assert text[f.start:f.end] == ONE_LINER
    assert lint("---\nignore: [too-short]\n---\n" + ONE_LINER, select=["too-short"]) == []


def test_import_does_not_load_spacy():
    import subprocess
    import sys

    code = "import sys, notelint; assert 'spacy' not in sys.modules, 'spacy imported'"
    subprocess.run([sys.executable, "-c", code], check=True)
    assert notelint.__version__


def test_a_failing_rule_warns_and_the_others_still_report(monkeypatch):
    from notelint.registry import Rule, all_rules

    def boom(note, options):
        raise RuntimeError("boom")

    broken = Rule(code="XX999", name="broken-rule", severity="error", languages=("en",),
                  summary="Always fails.", check=boom, doc="broken-rule (XX999): fails.")
    rules = dict(all_rules())
    rules["broken-rule"] = broken
    monkeypatch.setattr("notelint.registry._RULES", rules)
    with pytest.warns(notelint.RuleFailedWarning, match="broken-rule"):
        findings = lint(ONE_LINER, select=["too-short", "broken-rule"])
    assert [f.name for f in findings] == ["too-short"]


@pytest.mark.parametrize("text", ["", "  \n\t\n", "\0\0 \n\0", "---\ncompany: Initech\n---\n \n"])
def test_a_note_without_text_is_empty(text):
    """NUL bytes count as blank (the tokenizer gets spaces for them), front matter is not text."""
    from notelint.config import Config
    from notelint.linter import make_note

    with pytest.raises(notelint.InputError, match=r"^empty note \(no text to check\)$"):
        make_note(text, "a.txt", Config(), notelint.Metadata(template=True))
    assert lint(text) == []


def test_a_note_of_placeholders_or_one_character_is_linted():
    assert [f.name for f in lint("[Name]", template=True, select=["too-short"])] == ["too-short"]
    assert [f.name for f in lint("\0x\0", select=["too-short"])] == ["too-short"]


def test_a_notes_text_is_made_when_first_read():
    """Filling template slots and normalising the text wait until a rule reads it (see the cache)."""
    from notelint.config import Config
    from notelint.linter import make_note

    note = make_note("Dear [Name],\r\nThanks \u2019 \0!", "a.txt", Config(), notelint.Metadata(template=True),
                     detect=False)
    assert "_derive" in note.__dict__ and "text" not in note.__dict__
    assert note.slots[0].start == 5 and note.text[5:11] != "[Name]"
    assert note.text[12:] == " \nThanks '  !" and len(note.text) == len(note.source)
    assert "_derive" not in note.__dict__ and note.__dict__["text"] is note.text
    with pytest.raises(AttributeError):
        note.no_such_field  # noqa: B018


def test_metadata_precedence_command_line_then_front_matter_then_configuration():
    from notelint.config import Config
    from notelint.linter import make_note

    config = Config(metadata=notelint.Metadata(company="Config Co", role="Analyst", interviewer="Ms. Lee"))
    text = "---\ncompany: Front Co\ninterviewer: Dr. Kim\n---\nDear Dr. Kim, thank you for the interview.\n"
    plain = make_note(text, "a.md", config, notelint.Metadata(), detect=False).metadata
    assert (plain.company, plain.role, plain.interviewer, plain.template) == ("Front Co", "Analyst", "Dr. Kim", False)
    assert plain.sent is not None and plain.sent.has_time  # no send time given: now
    day = notelint.note.Moment.parse("2026-05-12", "sent")
    flags = notelint.Metadata(company="Flag Co", template=True, sent=day)
    forced = make_note(text, "a.md", config, flags, detect=False).metadata
    assert (forced.company, forced.role, forced.interviewer, forced.template) == ("Flag Co", "Analyst", "Dr. Kim", True)
    assert forced.sent is day
    assert notelint.Metadata().merged_over(config.metadata) is config.metadata  # nothing to merge: no copy


def test_a_send_time_of_now_and_template_mode_are_each_notes_own(monkeypatch):
    """make_note remembers the metadata it last completed (notes of a folder share it): a note still
    gets its own configuration's metadata, its own "now" and its own template mode."""
    import datetime as dt

    from notelint import linter
    from notelint.config import Config

    clock = [1_780_000_000.75]
    monkeypatch.setattr(linter.time, "time", lambda: clock[0])
    first, second = Config(metadata=notelint.Metadata(company="Initech")), Config(metadata=notelint.Metadata())
    text = "Dear Ms. Lee, thank you for the interview.\n"
    a = linter.make_note(text, "a.txt", first, detect=False).metadata
    b = linter.make_note(text, "b.txt", first, detect=False).metadata
    assert a.sent.value == dt.datetime.fromtimestamp(1_780_000_000) and a.sent.has_time
    assert a.company == "Initech" and b is a  # the same second, the same configuration: shared
    assert linter.make_note(text, "c.txt", second, detect=False).metadata.company is None
    clock[0] += 1
    later = linter.make_note(text, "d.txt", first, detect=False).metadata
    assert later.sent.value == dt.datetime.fromtimestamp(1_780_000_001) and later.company == "Initech"
    templates = Config(templates=("t/**",))
    assert linter.make_note(text, "t/x.txt", templates, detect=False).metadata.template
    assert not linter.make_note(text, "x.txt", templates, detect=False).metadata.template
    assert linter.make_note(text, "t/y.txt", templates, detect=False).metadata.template
    sent = notelint.note.Moment.parse("2026-05-12", "sent")
    given = linter.make_note(text, "t/z.txt", templates, notelint.Metadata(sent=sent), detect=False).metadata
    assert given.template and given.sent is sent  # a template whose send time is given keeps it
    assert not linter.make_note(text, "z.txt", templates, notelint.Metadata(sent=sent), detect=False).metadata.template
