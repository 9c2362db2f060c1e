"""The language server over its real wire: a subprocess spoken to as an editor would.

Most tests select only the plugin rules written by ``install_test_rules``
(test-thx XT901 with a replacement, test-broken XT902 that can raise), so
rules added later do not change what is expected here.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from lsp_client import Client, install_test_rules
from notelint.lsp import Settings, doc_markdown, ignore_edit

ONLY_TEST_RULES = {"select": ["XT9"], "debounce": 0}

# Emoji (two UTF-16 units each) and umlauts before the finding on the same line.
NOTE = (
    "Dear Ms Müller 😀,\n"
    "\n"
    "I enjoyed our talk 🎉🎉 about Grüße and thx again for your time.\n"
    "FYI I attach the portfolio we discussed.\n"
    "\n"
    "Best regards,\n"
    "Jana\n"
)
THX_LINE = 2
THX_PREFIX = "I enjoyed our talk 🎉🎉 about Grüße and "


@pytest.fixture(scope="module")
def plugin(tmp_path_factory) -> str:
    return install_test_rules(tmp_path_factory.mktemp("plugin"))


@pytest.fixture()
def folder(tmp_path) -> Path:
    """A folder of notes with an empty configuration, so no config above it applies."""
    (tmp_path / ".notelint.toml").write_text("")
    return tmp_path


@pytest.fixture()
def client(plugin, folder):
    with Client(paths=[plugin], cwd=str(folder)) as c:
        yield c


def uri_of(folder: Path, name: str = "note.txt") -> str:
    return (folder / name).as_uri()


def by_code(params: dict, code: str) -> list[dict]:
    return [d for d in params["diagnostics"] if d.get("code") == code]


# --------------------------------------------------------------------------- diagnostics


def test_initialize_advertises_features_in_utf16(client):
    result = client.initialize(ONLY_TEST_RULES)
    caps = result["capabilities"]
    assert result["serverInfo"]["name"] == "notelint"
    assert caps["positionEncoding"] == "utf-16"
    assert caps["hoverProvider"] is True
    assert caps["codeActionProvider"]["codeActionKinds"] == ["quickfix"]
    assert "notelint.showRuleDoc" in caps["executeCommandProvider"]["commands"]
    assert caps["textDocumentSync"]["openClose"] is True


def test_server_picks_utf16_even_when_client_prefers_utf8(client):
    result = client.initialize(ONLY_TEST_RULES, {"general": {"positionEncodings": ["utf-8", "utf-16"]}})
    assert result["capabilities"]["positionEncoding"] == "utf-16"


def test_did_open_publishes_exact_utf16_ranges(client, folder):
    client.initialize(ONLY_TEST_RULES)
    uri = uri_of(folder)
    client.open(uri, NOTE, version=7, language="mail")
    params = client.diagnostics(uri, 7)
    assert params["version"] == 7
    (thx,) = by_code(params, "XT901")
    start = len(THX_PREFIX.encode("utf-16-le")) // 2
    assert start == 40 and len(THX_PREFIX) == 38  # two emoji: two UTF-16 units each
    assert thx["range"] == {"start": {"line": THX_LINE, "character": 40}, "end": {"line": THX_LINE, "character": 43}}
    assert thx["source"] == "notelint"
    assert thx["severity"] == 2  # warning
    assert thx["message"].startswith("test-thx: Spell it out.")
    (fyi,) = by_code(params, "XT902")
    assert fyi["severity"] == 3  # info -> Information
    assert fyi["range"]["start"] == {"line": 3, "character": 0}


def test_too_short_is_an_error_for_any_language_id(plugin, folder):
    with Client(paths=[plugin], cwd=str(folder)) as client:
        client.initialize({"select": ["too-short"], "debounce": 0})
        uri = uri_of(folder, "draft")  # no extension, odd languageId: still a note
        client.open(uri, "Thanks for the interview, hope to hear back 🙂\n", language="whatever")
        (diagnostic,) = client.diagnostics(uri, 1)["diagnostics"]
        assert diagnostic["code"] == "NL103"
        assert diagnostic["severity"] == 1  # error
        assert diagnostic["message"].startswith("too-short: ")
        assert diagnostic["range"] == {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 46}}


def test_quick_changes_publish_only_the_latest_version(client, folder):
    client.initialize({"select": ["XT9"], "debounce": 150})
    uri = uri_of(folder)
    client.open(uri, NOTE)
    client.diagnostics(uri, 1)
    mark = client.mark()
    for version in range(2, 7):
        client.change(uri, NOTE.replace("thx", "thx " * version), version)
    params = client.diagnostics(uri, 6, start=mark)
    assert len(by_code(params, "XT901")) == 6
    time.sleep(0.5)
    published = [m["params"]["version"] for m in client.messages[mark:]
                 if m.get("method") == "textDocument/publishDiagnostics"]
    assert published == [6]


def test_incremental_change_is_applied_before_linting(client, folder):
    client.initialize(ONLY_TEST_RULES)
    uri = uri_of(folder)
    client.open(uri, NOTE)
    client.diagnostics(uri, 1)
    # Replace "thx" by "thanks" with a ranged change, as editors send them.
    client.notify("textDocument/didChange", {
        "textDocument": {"uri": uri, "version": 2},
        "contentChanges": [{"range": {"start": {"line": THX_LINE, "character": 40},
                                      "end": {"line": THX_LINE, "character": 43}}, "text": "thanks"}],
    })
    assert by_code(client.diagnostics(uri, 2), "XT901") == []


def test_slow_lint_of_old_text_is_dropped_and_editor_not_blocked(client, folder):
    client.initialize(ONLY_TEST_RULES)
    uri = uri_of(folder)
    client.open(uri, NOTE + "SLOW\n")  # the test rule sleeps 1.5 s on this text
    time.sleep(0.3)  # the worker is now busy with version 1
    started = time.monotonic()
    client.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}})
    assert time.monotonic() - started < 1.0, "a request waited for the lint"
    client.change(uri, NOTE.replace("thx", "ok"), 2)
    params = client.diagnostics(uri, 2, timeout=30)
    assert by_code(params, "XT901") == []
    versions = [m["params"].get("version") for m in client.messages if m.get("method") == "textDocument/publishDiagnostics"]
    assert 1 not in versions


def test_save_and_close(client, folder):
    client.initialize(ONLY_TEST_RULES)
    uri = uri_of(folder)
    client.open(uri, NOTE)
    client.diagnostics(uri, 1)
    mark = client.mark()
    client.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
    assert by_code(client.diagnostics(uri, 1, start=mark), "XT901")
    mark = client.mark()
    client.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    assert client.diagnostics(uri, start=mark)["diagnostics"] == []


# --------------------------------------------------------------------------- notes notelint cannot lint


@pytest.mark.parametrize("text, expected", [
    ("Bonjour Madame,\n\nje vous remercie pour l'entretien d'hier et pour votre temps.\n\nCordialement,\nMarie\n",
     "notelint checks English and German"),
    ("PK\x03\x04\x00\x00binary\x00\x00\x01\x02 stuff", "binary"),
    ("---\ninterview: [unclosed\n---\nDear Ms Lee,\nthx.\n", "front matter"),
])
def test_unlintable_note_gets_one_information_at_origin(client, folder, text, expected):
    client.initialize(ONLY_TEST_RULES)
    uri = uri_of(folder)
    client.open(uri, text)
    (diagnostic,) = client.diagnostics(uri, 1)["diagnostics"]
    assert diagnostic["severity"] == 3
    assert diagnostic["range"] == {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}
    assert expected in diagnostic["message"]


def test_empty_buffer_gets_no_diagnostics(client, folder):
    client.initialize(ONLY_TEST_RULES)
    uri = uri_of(folder)
    client.open(uri, "\n\n")
    assert client.diagnostics(uri, 1)["diagnostics"] == []


def test_huge_buffer_is_refused_politely(plugin, folder):
    (folder / ".notelint.toml").write_text("max-file-size = 2000\n")
    with Client(paths=[plugin], cwd=str(folder)) as client:
        client.initialize(ONLY_TEST_RULES)
        uri = uri_of(folder)
        client.open(uri, NOTE * 50)
        (diagnostic,) = client.diagnostics(uri, 1)["diagnostics"]
        assert "too large" in diagnostic["message"]
        client.change(uri, NOTE, 2)
        assert by_code(client.diagnostics(uri, 2), "XT901")


def test_configuration_is_found_next_to_the_note(plugin, folder):
    (folder / ".notelint.toml").write_text('ignore = ["test-broken"]\n')
    with Client(paths=[plugin], cwd=str(folder)) as client:
        client.initialize(ONLY_TEST_RULES)
        uri = uri_of(folder)
        client.open(uri, NOTE)
        codes = [d["code"] for d in client.diagnostics(uri, 1)["diagnostics"]]
        assert codes == ["XT901"]
        # a broken configuration is explained, not fatal
        (folder / ".notelint.toml").write_text("select = [\n")
        client.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
        message = client.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                                  and "configuration error" in json.dumps(m), 30, "configuration error")
        assert message["params"]["diagnostics"][0]["severity"] == 3


def test_initialization_options_select_ignore_lang(plugin, folder):
    with Client(paths=[plugin], cwd=str(folder)) as client:
        client.initialize({"select": ["XT9"], "ignore": ["XT901", "no-such-rule"], "lang": "de", "debounce": 0,
                           "unknown": 1})
        logs = client.wait_for(lambda m: m.get("method") == "window/logMessage" and "no-such-rule" in m["params"]["message"])
        assert "ignored" in logs["params"]["message"]
        uri = uri_of(folder)
        client.open(uri, NOTE)
        codes = [d["code"] for d in client.diagnostics(uri, 1)["diagnostics"]]
        assert codes == ["XT902"]


def test_rule_that_raises_is_logged_and_others_still_reported(client, folder):
    client.initialize(ONLY_TEST_RULES)
    uri = uri_of(folder)
    client.open(uri, NOTE + "BOOM\n")
    params = client.diagnostics(uri, 1)
    assert by_code(params, "XT901") and not by_code(params, "XT902")
    log = client.wait_for(lambda m: m.get("method") == "window/logMessage" and "kaboom" in m["params"]["message"])
    assert "test-broken" in log["params"]["message"]


# --------------------------------------------------------------------------- code actions, hover, commands


def code_actions(client, uri, line, character):
    position = {"line": line, "character": character}
    return client.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": {"start": position, "end": position},
        "context": {"diagnostics": []},
    })


def test_code_actions_fix_ignore_and_document(client, folder):
    client.initialize(ONLY_TEST_RULES)
    uri = uri_of(folder)
    client.open(uri, NOTE, version=3)
    client.diagnostics(uri, 3)
    actions = code_actions(client, uri, THX_LINE, 41)
    titles = [a["title"] for a in actions]
    assert titles == ["Replace with 'thank you' (test-thx)", "Ignore test-thx in this note",
                      "Show documentation for test-thx"]
    fix, ignore, docs = actions
    assert fix["kind"] == "quickfix" and fix["isPreferred"] is True
    assert fix["diagnostics"][0]["code"] == "XT901"
    (change,) = fix["edit"]["documentChanges"]
    assert change["textDocument"] == {"uri": uri, "version": 3}
    assert change["edits"] == [{"range": {"start": {"line": THX_LINE, "character": 40},
                                          "end": {"line": THX_LINE, "character": 43}}, "newText": "thank you"}]
    (change,) = ignore["edit"]["documentChanges"]
    assert change["edits"] == [{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
                                "newText": "---\nignore: [test-thx]\n---\n"}]
    assert docs["command"] == {"title": "Show documentation for test-thx", "command": "notelint.showRuleDoc",
                               "arguments": ["test-thx"]}
    # Apply the ignore edit as the editor would: the finding goes away.
    client.change(uri, "---\nignore: [test-thx]\n---\n" + NOTE, 4)
    assert by_code(client.diagnostics(uri, 4), "XT901") == []
    # Nothing to offer where there is no finding, nor for other kinds of action.
    assert code_actions(client, uri, 0, 0) == []


EML = ("Subject: Thank you\r\nTo: Ms Lee <lee@example.com>\r\nContent-Type: text/plain; charset=utf-8\r\n"
       "Content-Transfer-Encoding: {encoding}\r\n\r\nDear Ms Lee,\r\n\r\nthx for the talk about the r=C3=B4le.\r\n")


def test_email_draft_has_no_front_matter_to_edit(client, folder):
    client.initialize(ONLY_TEST_RULES)
    uri = uri_of(folder, "draft.eml")
    client.open(uri, EML.format(encoding="8bit"))
    (thx,) = by_code(client.diagnostics(uri, 1), "XT901")
    assert thx["range"]["start"] == {"line": 7, "character": 0}
    titles = [a["title"] for a in code_actions(client, uri, 7, 1)]
    assert titles == ["Replace with 'thank you' (test-thx)", "Show documentation for test-thx"]


def test_encoded_email_body_findings_go_to_the_top(client, folder):
    client.initialize(ONLY_TEST_RULES)
    uri = uri_of(folder, "draft.eml")
    client.open(uri, EML.format(encoding="quoted-printable"))
    notice, thx = client.diagnostics(uri, 1)["diagnostics"]
    assert "encoded" in notice["message"] and notice["severity"] == 3
    assert thx["code"] == "XT901" and thx["range"]["end"] == {"line": 0, "character": 0}
    assert "decoded e-mail body" in thx["message"]


def test_code_actions_use_plain_changes_without_document_changes_support(client, folder):
    client.initialize(ONLY_TEST_RULES, {"workspace": {}})
    uri = uri_of(folder)
    client.open(uri, NOTE)
    client.diagnostics(uri, 1)
    fix = code_actions(client, uri, THX_LINE, 40)[0]
    assert fix["edit"] == {"changes": {uri: [{"range": {"start": {"line": THX_LINE, "character": 40},
                                                        "end": {"line": THX_LINE, "character": 43}},
                                              "newText": "thank you"}]}}


def test_code_actions_only_for_quickfix_kind(client, folder):
    client.initialize(ONLY_TEST_RULES)
    uri = uri_of(folder)
    client.open(uri, NOTE)
    client.diagnostics(uri, 1)
    position = {"line": THX_LINE, "character": 41}
    assert client.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": {"start": position, "end": position},
        "context": {"diagnostics": [], "only": ["source.organizeImports"]},
    }) == []


def test_show_rule_doc_command(client, folder):
    client.initialize(ONLY_TEST_RULES, {"window": {"showDocument": {"support": True}}})
    assert client.request("workspace/executeCommand", {"command": "notelint.showRuleDoc", "arguments": ["XT901"]}) is None
    request = client.wait_for(lambda m: m.get("method") == "window/showDocument")
    target = Path(request["params"]["uri"].removeprefix("file://"))
    assert target.name == "test-thx.md"
    assert target.read_text(encoding="utf-8").startswith("### test-thx (XT901)")


def test_show_rule_doc_falls_back_to_a_message(client):
    client.initialize(ONLY_TEST_RULES, {})
    client.request("workspace/executeCommand", {"command": "notelint.showRuleDoc", "arguments": ["test-thx"]})
    message = client.wait_for(lambda m: m.get("method") == "window/showMessage")
    assert "thank you" in message["params"]["message"]
    client.request("workspace/executeCommand", {"command": "notelint.showRuleDoc", "arguments": ["nope"]})
    client.wait_for(lambda m: m.get("method") == "window/showMessage" and "no rule named" in m["params"]["message"])


def test_hover_shows_the_rules_documentation(client, folder):
    client.initialize(ONLY_TEST_RULES)
    uri = uri_of(folder)
    client.open(uri, NOTE)
    client.diagnostics(uri, 1)
    hover = client.request("textDocument/hover", {"textDocument": {"uri": uri},
                                                  "position": {"line": THX_LINE, "character": 42}})
    assert hover["contents"]["kind"] == "markdown"
    value = hover["contents"]["value"]
    assert value.startswith("**test-thx** (XT901, warning): Spell it out.")
    assert "### test-thx (XT901)" in value and "```text\nthx for your time\n```" in value
    assert hover["range"] == {"start": {"line": THX_LINE, "character": 40}, "end": {"line": THX_LINE, "character": 43}}
    assert client.request("textDocument/hover", {"textDocument": {"uri": uri},
                                                 "position": {"line": 0, "character": 1}}) is None


# --------------------------------------------------------------------------- robustness and lifecycle


def test_malformed_messages_are_survived(client, folder):
    client.initialize(ONLY_TEST_RULES)
    client.write_raw(b"{this is not json")
    client.write_raw(b'{"jsonrpc": "2.0", "id": 99, "method": "textDocument/hover", "params": {"textDocument": 5}}')
    reply = client.response(99)
    assert reply["error"]["code"] == -32602
    logged = [m["params"]["message"] for m in client.messages if m.get("method") == "window/logMessage"]
    assert any("JSONDecodeError" in line for line in logged), logged
    reply = client.response(client.send_request("notelint/noSuchMethod", {}))
    assert reply["error"]["code"] == -32601
    client.notify("textDocument/didChange", {"textDocument": {"uri": "file:///never/opened.txt", "version": 2},
                                             "contentChanges": [{"text": "x"}]})
    client.request("textDocument/hover", {"textDocument": {"uri": "file:///never/opened.txt"},
                                          "position": {"line": 0, "character": 0}})
    client.request("workspace/executeCommand", {"command": "notelint.showRuleDoc", "arguments": [{"odd": []}]})
    # still serving
    uri = uri_of(folder)
    client.open(uri, NOTE)
    assert by_code(client.diagnostics(uri, 1), "XT901")
    assert client.proc.poll() is None


def test_shutdown_and_exit(client):
    client.initialize(ONLY_TEST_RULES)
    assert client.close() == 0


def test_exit_without_shutdown_is_an_error_code(client):
    client.initialize(ONLY_TEST_RULES)
    client.notify("exit")
    assert client.proc.wait(10) == 1


# --------------------------------------------------------------------------- pure helpers


@pytest.mark.parametrize("source, expected", [
    ("Dear Ms Lee,\n", "---\nignore: [too-short]\n---\nDear Ms Lee,\n"),
    ("Dear Ms Lee,\r\nthx\r\n", "---\r\nignore: [too-short]\r\n---\r\nDear Ms Lee,\r\nthx\r\n"),
    ("\ufeffDear Ms Lee,\n", "\ufeff---\nignore: [too-short]\n---\nDear Ms Lee,\n"),
    ("---\ncompany: Initech\n---\nDear Ms Lee,\n", "---\ncompany: Initech\nignore: [too-short]\n---\nDear Ms Lee,\n"),
    ("---\nignore: [NL1]\ncompany: Initech\n---\nHi\n", "---\nignore: [NL1, too-short]\ncompany: Initech\n---\nHi\n"),
    ("---\nignore: test-thx\n---\nHi\n", "---\nignore: [test-thx, too-short]\n---\nHi\n"),
    ("---\nignore:\n  - NL1\n  - \"odd one\"\nrole: Dev\n---\nHi\n",
     "---\nignore: [NL1, \"odd one\", too-short]\nrole: Dev\n---\nHi\n"),
])
def test_ignore_edit(source, expected):
    start, end, text = ignore_edit(source, "too-short")
    assert source[:start] + text + source[end:] == expected


def test_ignore_edit_declines_what_it_cannot_improve():
    assert ignore_edit("---\nignore: [too-short]\n---\nHi\n", "too-short") is None
    assert ignore_edit("---\n: : [\n---\nHi\n", "too-short") is None


def test_doc_markdown():
    doc = 'name (NL001): title.\n\nWhat it does\n    Finds ``x``.\n\nExample\n    Fires::\n\n        bad x\n\n    Passes: y.\n'
    assert doc_markdown(doc) == (
        "### name (NL001): title.\n\n**What it does**\n\nFinds `x`.\n\n**Example**\n\nFires:\n\n```text\nbad x\n```\n\n"
        "Passes: y.\n")


def test_settings_from_options():
    base = Settings()
    settings, problems = Settings.from_options({"lang": "auto", "model": "blank", "debounce": 25, "select": "NL"}, base)
    assert (settings.lang, settings.model, settings.debounce_ms, settings.select) == (None, "blank", 25.0, ("NL",))
    settings, problems = Settings.from_options({"debounce": -1, "lang": "fr", "select": [1]}, base)
    assert settings == base and len(problems) == 3
    assert Settings.from_options("nonsense", base)[0] == base
