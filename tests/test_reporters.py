"""CI output formats: GitHub annotations, SARIF (schema-valid), JUnit."""

import io
import json
import pathlib
import xml.etree.ElementTree as ET

import pytest

from notelint.config import Config
from notelint.linter import Linter, prepare_text
from notelint.reporters import ReportContext, default_format, get

SCHEMA = pathlib.Path(__file__).resolve().parents[2] / "shared" / "schemas" / "sarif-schema-2.1.0.json"
NOTE = "Dear Ms. Lee,\n\nThanks, hope to hear back, 100% sure: yes.\n\nBest,\nAna\n"


@pytest.fixture(scope="module")
def results():
    config = Config()
    ok = prepare_text(
        "Dear Ms. Lee,\n\nThank you for talking with me today about the Data Analyst role. I enjoyed hearing "
        "how your team halved its reporting time with the new pipeline, and it made me even more excited "
        "about the position. My SQL background would help from day one, and I would love to contribute to "
        "that work.\n\nBest regards,\nAna Ruiz\n", "notes/ok.txt", config, None, None)
    bad = prepare_text(NOTE, "notes/bad.txt", config, None, None)
    unreadable = prepare_text("", "notes/empty.txt", config, None, None)
    Linter(select=["too-short"]).run([(ok, config), (bad, config), (unreadable, config)])
    return [ok, bad, unreadable]


def render(name, results):
    out = io.StringIO()
    get(name).report(results, out, ReportContext())
    return out.getvalue()


def test_github_annotations(results):
    out = render("github", results).splitlines()
    assert out[0] == (
        "::error file=notes/bad.txt,line=3,col=1,endLine=3,endColumn=43,title=NL103 too-short::"
        "The note is only 8 words: a one-line thank-you reads as an afterthought and can cost you the job. "
        "Suggestion: Add two or three sentences: something specific from the conversation, why it makes you "
        "want the role, and what you would bring to it."
    )
    assert out[-1] == "notelint: 1 finding in 3 files"


def test_github_escapes_percent_and_newlines():
    from notelint.reporters.github import _data, _prop

    assert _data("100%\nsure") == "100%25%0Asure"
    assert _prop("a:b,c") == "a%3Ab%2Cc"


def test_github_is_default_in_actions():
    assert default_format({"GITHUB_ACTIONS": "true"}) == "github"
    assert default_format({}) == "text"


def test_sarif_is_valid_against_the_official_schema(results):
    jsonschema = pytest.importorskip("jsonschema")
    if not SCHEMA.exists():
        pytest.fail(f"SARIF schema not found at {SCHEMA} (shared/ must sit beside the repository)")
    doc = json.loads(render("sarif", results))
    jsonschema.validate(doc, json.loads(SCHEMA.read_text()))
    run = doc["runs"][0]
    assert run["tool"]["driver"]["name"] == "notelint"
    assert any(rule["id"] == "NL103" and rule["name"] == "too-short" for rule in run["tool"]["driver"]["rules"])
    [result] = run["results"]
    assert result["ruleId"] == "NL103" and result["level"] == "error"
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "notes/bad.txt"
    assert result["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 3, "startColumn": 1, "endLine": 3, "endColumn": 43}
    assert run["invocations"][0]["executionSuccessful"] is False


def test_sarif_is_the_document_indented_with_a_line_per_result(results):
    """The SARIF report writes its document itself (json's indenting encoder is slow): the text must
    parse to exactly the document, indented as json.dumps(indent=2) down to the results, one a line."""
    from notelint.reporters.sarif import document

    ctx = ReportContext()
    for given in (results, results[:1]):  # with a result and with none
        text = render("sarif", given)
        assert json.loads(text) == document(given, ctx)
        lines = text.splitlines()
        tool = json.dumps(document(given, ctx)["runs"][0]["tool"], ensure_ascii=False, indent=2).splitlines()
        assert lines[:5] == ["{", '  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",',
                             '  "version": "2.1.0",', '  "runs": [', "    {"]
        assert lines[5:5 + len(tool)] == ['      "tool": ' + tool[0]] + ["      " + t for t in tool[1:-1]] + [
            "      " + tool[-1] + ","]
        assert lines[-4:] == ["      ]" if given is results else '      "results": []', "    }", "  ]", "}"]
    result_lines = [line for line in render("sarif", results).splitlines() if line.startswith('        {"ruleId"')]
    assert [json.loads(line) for line in result_lines] == document(results, ctx)["runs"][0]["results"]


def test_junit(results):
    root = ET.fromstring(render("junit", results))
    assert root.tag == "testsuites"
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("3", "1", "1")
    suites = {s.get("name"): s for s in root}
    assert suites["notes/ok.txt"].find("testcase").get("name") == "no problems"
    failure = suites["notes/bad.txt"].find("testcase/failure")
    assert failure.get("type") == "error" and "one-line" in failure.get("message")
    assert suites["notes/empty.txt"].find("testcase/error") is not None


def test_junit_drops_what_xml_cannot_carry(results):
    """XML 1.0 has no control characters but tab and line breaks, and no lone surrogates: they are
    dropped from paths, messages and suggestions; everything else, astral characters too, is kept."""
    import dataclasses

    from notelint.linter import FileResult

    [finding] = results[1].findings
    dirty = "a\x00b\x08c\x0bd\x0ce\x1ff\ud800g\udfffh\ti\nj\rk \x7f é 😊 \ufffd"
    clean = "abcdefgh\ti\nj\rk \x7f é 😊 \ufffd"
    note = FileResult("notes/\x01odd.txt", findings=[dataclasses.replace(finding, message=dirty, suggestion=dirty)])
    root = ET.fromstring(render("junit", [note, FileResult("notes/x.txt", error=dirty)]))
    failure = root.find("testsuite/testcase/failure")
    assert root.find("testsuite").get("name") == "notes/odd.txt"
    assert failure.get("message") == clean
    assert failure.text == f"notes/odd.txt:3:1: {clean}\nSuggestion: {clean}".replace("\r", "\n")  # XML's line ends
    assert root.findall("testsuite")[1].find("testcase/error").get("message") == root.find(
        "testsuite/testcase/failure").get("message")


def test_the_verdict_counts_what_holds_a_note_back():
    from notelint.findings import Finding, Severity
    from notelint.verdict import unchecked, verdict

    def found(*levels):
        return [Finding("NL101", "too-short", level, 1, 1, 1, 2, 0, 1, "m") for level in levels]

    e, w, i = Severity.ERROR, Severity.WARNING, Severity.INFO
    assert verdict(found(w, e, w, i)).to_dict() == {"ready": False, "text": "fix 1 error and 2 warnings before sending"}
    assert verdict(found(w)).text == "fix 1 warning before sending"
    assert verdict(found(i, i)).to_dict() == {"ready": True, "text": "ready to send (2 tips to consider)"}
    assert verdict(found()).to_dict() == {"ready": True, "text": "ready to send"}
    assert verdict(found(e, e, w), "de").text == "vor dem Versenden 2 Fehler und 1 Warnung beheben"
    assert verdict(found(i), "de").text == "bereit zum Versenden (1 Hinweis zum Überlegen)"
    assert verdict(found(w), "fr").text == "fix 1 warning before sending"  # unknown message language: English
    # verdicts are remembered by their counts and language: the same counts in another language, and
    # the same number of findings at other levels, are judged afresh
    assert verdict(found(w), "de").text == "vor dem Versenden 1 Warnung beheben"
    assert verdict(found(e), "de").text == "vor dem Versenden 1 Fehler beheben"
    assert verdict(found(i)).text == "ready to send (1 tip to consider)"
    assert unchecked("de").to_dict() == {"ready": False, "text": "nicht geprüft"}


def test_display_paths_are_what_relpath_gives(tmp_path, monkeypatch):
    """Paths are shown relative to the current directory where possible; the quick way for paths
    under it gives what os.path.relpath gives, for every shape of path."""
    import os

    def reference(path):
        if not path or path == "-":
            return path or "<text>"
        rel = os.path.relpath(path)
        return path if rel.startswith("..") else rel

    here = tmp_path / "repo" / "notes"
    here.mkdir(parents=True)
    for cwd in (here, tmp_path, pathlib.Path("/")):
        monkeypatch.chdir(cwd)
        base = str(cwd)
        paths = [f"{base}/a.txt", f"{base}/sub/a.txt", f"{base}/", base, f"{base}/./a.txt", f"{base}//a.txt",
                 f"{base}/sub/../a.txt", f"{base}/../a.txt", f"{base}x/a.txt", f"//{base.lstrip('/')}/a.txt",
                 "/", "/etc/passwd", "a.txt", "./a.txt", "../a.txt", "-", "", None]
        for path in paths:
            if str(cwd) == "/" and path == "../a.txt":
                continue  # shown as given (outside the current directory), though ".." of "/" is "/"
            assert ReportContext.display_path(path) == reference(path), (cwd, path)


def test_json_lines_are_what_json_dumps_gives(results):
    """The JSON report formats each file's line itself (quicker than json's encoder): it must be
    exactly json.dumps(file_entry(...)), for unread, unchecked and failing notes and for strings
    that need escaping."""
    import dataclasses

    from notelint.linter import FileResult
    from notelint.reporters.json_format import file_entry, file_line

    [finding] = results[1].findings
    awkward = 'a "quoted" \\ back\tslash\nline \x00\x1f\x7f é ß “curly” 😊 \u2028 \ud800 end'
    odd = FileResult(awkward, findings=[
        dataclasses.replace(finding, message=awkward, suggestion=None, replacement=awkward, code="HOUSE1"),
        dataclasses.replace(finding, suggestion="", replacement="", line=10 ** 12, start=0),
    ], internal_errors=["rule x failed: \"boom\"\n", "two"], pipeline="blank-de")
    notice = FileResult("notes/fr.txt", notice="Note en français: not checked", pipeline=None)
    cases = [*results, odd, notice, FileResult(None)]
    for lang in ("en", "de", "auto"):
        ctx = ReportContext(message_lang=lang)
        for result in cases:
            line = file_line(result, ctx)
            assert line == json.dumps(file_entry(result, ctx), ensure_ascii=False), (lang, result.path)
    document = json.loads(render("json", cases))
    assert [f["path"] for f in document["files"]] == ["notes/ok.txt", "notes/bad.txt", "notes/empty.txt", awkward,
                                                      "notes/fr.txt", "<text>"]
    assert document["files"][3]["findings"][0]["message"] == awkward
    assert document["files"][3]["verdict"] == {"ready": False, "text": "fix 2 errors before sending"}


def test_the_json_summary_counts_each_severity(results):
    """The summary's counts (findings.count_severities, shared with the verdict) against a count by value."""
    import collections
    import dataclasses

    from notelint.findings import Severity
    from notelint.linter import FileResult

    [finding] = results[1].findings
    mixed = FileResult("notes/mixed.txt", findings=[dataclasses.replace(finding, severity=s) for s in (
        Severity.INFO, Severity.ERROR, Severity.WARNING, Severity.INFO, Severity.ERROR, Severity.INFO)])
    cases = [*results, mixed]
    summary = json.loads(render("json", cases))["summary"]
    counted = collections.Counter(f.severity.value for r in cases for f in r.findings)
    assert (summary["errors"], summary["warnings"], summary["info"]) == (
        counted["error"], counted["warning"], counted["info"])
    assert counted["info"] == 3 and counted["error"] >= 2 and counted["warning"] >= 1
