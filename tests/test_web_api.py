"""The page's HTTP API, as the page and other clients use it (Starlette's TestClient)."""

from __future__ import annotations

import json
import logging
import re
import warnings

import pytest

pytest.importorskip("starlette", reason="the web extra is not installed (pip install 'notelint[web]')")
pytest.importorskip("uvicorn", reason="the web extra is not installed (pip install 'notelint[web]')")

with warnings.catch_warnings():  # Starlette may prefer another HTTP client for its TestClient; no matter here
    warnings.filterwarnings("ignore", message="Using `httpx`")
    from starlette.testclient import TestClient  # noqa: E402

from notelint import cli, web  # noqa: E402
from notelint.registry import all_rules  # noqa: E402
from notelint.web.app import LOOPBACK_HOSTS, STATIC, create_app  # noqa: E402

APOLOGIES = "So sorry again for the mix-up. I truly apologize."
NOTE = f"""Dear Ms. Lee,

Thank you for taking the time to speak with me this afternoon about the Data Analyst role at Initech. {APOLOGIES} I enjoyed hearing how your team cut its weekly reporting time in half, and the story of the first dashboard that nobody used until it answered one question well has stayed with me.

You asked how I would approach messy sales data. I would start by agreeing with the sales managers on the three definitions that matter most, and only then build something new.

I look forward to hearing about the next steps.

Best regards,
Ana Ruiz
"""


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app()) as client:  # runs the start-up warm-up, as uvicorn does
        yield client


def lint(client, **body):
    return client.post("/api/lint", json=body)


def shape(value):
    """The JSON shape: keys and value types, not the values."""
    if isinstance(value, dict):
        return {key: shape(item) for key, item in value.items()}
    if isinstance(value, list):
        return [shape(value[0])] if value else []
    return "null" if value is None else type(value).__name__


# ----------------------------------------------------------------------------- answers


def test_lint_answers_like_format_json(client, tmp_path, capsys):
    path = tmp_path / "note.txt"
    path.write_text(NOTE, encoding="utf-8")
    cli.main(["--format", "json", "--company", "Initech", str(path)])
    expected = json.loads(capsys.readouterr().out)

    answer = lint(client, text=NOTE, company="Initech", path="note.txt")
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/json"
    got = answer.json()
    assert shape(got) == shape(expected)
    assert got["files"][0]["findings"] == expected["files"][0]["findings"]
    assert got["files"][0]["verdict"] == expected["files"][0]["verdict"]
    assert got["files"][0]["path"] == "note.txt"


def test_apologies_are_found_at_their_character_offsets(client):
    text = "🙂🎉 " + NOTE  # offsets count code points, not UTF-16 units
    found = lint(client, text=text).json()["files"][0]
    apologies = [f for f in found["findings"] if f["code"] == "NL401"]
    assert [text[f["start"]:f["end"]] for f in apologies] == ["So sorry again", "I truly apologize"]
    assert not found["verdict"]["ready"] and found["verdict"]["text"].startswith("fix ")
    assert found["language"] == "en"


def test_metadata_reaches_the_rules(client):
    late = lint(client, text=NOTE, interview="2026-05-01 15:00", sent="2026-05-12T09:00").json()
    assert "NL101" in {f["code"] for f in late["files"][0]["findings"]}
    on_time = lint(client, text=NOTE, interview="2026-05-12 08:00", sent="2026-05-12T15:00").json()
    assert "NL101" not in {f["code"] for f in on_time["files"][0]["findings"]}


def test_empty_form_fields_mean_not_given(client):
    answer = lint(client, text=NOTE, interview="", sent="  ", interviewer="", company=None, role="",
                  template=False, lang="auto", path=None)
    assert answer.status_code == 200


def test_language_is_detected_or_set(client):
    german = ("Sehr geehrte Frau Dr. Weber,\n\nvielen Dank für das freundliche Gespräch heute. Es tut mir "
              "wirklich leid, dass ich zu spät kam.\n\nMit freundlichen Grüßen\nAna Ruiz")
    detected = lint(client, text=german).json()["files"][0]
    assert detected["language"] == "de"
    assert detected["verdict"]["text"].startswith("vor dem Versenden")  # the verdict speaks the note's language
    assert lint(client, text=german, lang="en").json()["files"][0]["language"] == "en"


def test_an_empty_note_is_answered_not_refused(client):
    answer = lint(client, text="   \n")
    assert answer.status_code == 200
    assert answer.json()["files"][0]["error"] == "empty note (no text to check)"


def test_markup_in_a_note_comes_back_as_plain_data(client):
    text = "<script>alert(1)</script> " + NOTE.replace("Ms. Lee", "Ms. <b>Lee</b>")
    answer = lint(client, text=text, interviewer="<img src=x onerror=alert(1)>")
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/json"
    assert isinstance(answer.json()["files"][0]["findings"], list)


def test_lone_surrogates_do_not_break_the_answer(client):
    body = '{"text": "\\ud800 Dear Ms. Lee, thank you \\ud83d\\ude00 for the talk."}'
    answer = client.post("/api/lint", content=body, headers={"Content-Type": "application/json"})
    assert answer.status_code == 200


# ----------------------------------------------------------------------------- refusals


@pytest.mark.parametrize("body, field", [
    ({"text": 5}, "text"),
    ({"text": None}, "text"),
    ({}, "text"),
    ({"text": "hi", "template": "yes"}, "template"),
    ({"text": "hi", "company": ["Initech"]}, "company"),
    ({"text": "hi", "lang": "fr"}, "lang"),
    ({"text": "hi", "interviewr": "Ms. Lee"}, "interviewr"),
    ({"text": "hi", "interview": "last Tuesday"}, "interview"),
    ({"text": "hi", "sent": "2026-13-45"}, "sent"),
])
def test_bad_requests_are_a_400_naming_the_field(client, body, field):
    answer = client.post("/api/lint", json=body)
    assert answer.status_code == 400
    message = answer.json()["error"]
    assert field in message and "\n" not in message


@pytest.mark.parametrize("raw", [b"{not json", b"", b"\xff\xfe\x00", b"[1, 2]", b'"text"', b"[" * 100000])
def test_malformed_json_is_a_400(client, raw):
    answer = client.post("/api/lint", content=raw, headers={"Content-Type": "application/json"})
    assert answer.status_code == 400
    assert "\n" not in answer.json()["error"]


def test_the_body_must_be_declared_json(client):
    answer = client.post("/api/lint", content=json.dumps({"text": NOTE}), headers={"Content-Type": "text/plain"})
    assert answer.status_code == 415
    assert "application/json" in answer.json()["error"]


def test_large_requests_are_a_413():
    with TestClient(create_app()) as client:
        answer = lint(client, text="word " * 50_000)  # about 250 KB
        assert answer.status_code == 413
        assert "200 KB" in answer.json()["error"]
        assert lint(client, text=NOTE).status_code == 200  # and the app goes on
    with TestClient(create_app(max_body=1024)) as small:
        assert lint(small, text="x" * 2000).status_code == 413


def test_wrong_method_and_path_are_json_errors(client):
    wrong = client.get("/api/lint")
    assert wrong.status_code == 405 and "POST" in wrong.json()["error"]
    missing = client.get("/api/nothing")
    assert missing.status_code == 404 and "error" in missing.json()


def test_only_local_host_names_are_answered_when_serving_this_machine():
    with TestClient(create_app(allowed_hosts=list(LOOPBACK_HOSTS)), base_url="http://127.0.0.1:8765") as client:
        assert client.get("/api/status").status_code == 200
        assert client.get("/api/status", headers={"Host": "evil.example"}).status_code == 400


# ----------------------------------------------------------------------------- rules, status


def test_rules_lists_every_rule_with_its_documentation(client):
    rules = client.get("/api/rules").json()["rules"]
    assert [r["code"] for r in rules] == [r.code for r in all_rules().values()]
    apology = next(r for r in rules if r["code"] == "NL401")
    assert apology["name"] == "over-apologizing"
    assert set(apology) == {"code", "name", "severity", "languages", "summary", "doc"}
    assert apology["severity"] in ("error", "warning", "info") and set(apology["languages"]) <= {"en", "de"}
    assert "What it does" in apology["doc"]


def test_status_says_ready_and_counts_only(client):
    status = client.get("/api/status").json()
    assert status["ready"] is True
    assert set(status) == {"ready", "version", "checked", "refused"}


def test_notes_are_not_logged(client, caplog):
    secret = "Zanzibar-quartz-7731"
    with caplog.at_level(logging.DEBUG):
        lint(client, text=NOTE + secret, company=secret)
        lint(client, text=secret, interview=secret)  # even a refused one
    assert secret not in caplog.text


# ----------------------------------------------------------------------------- the page


def page_files(client):
    html = client.get("/")
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    assets = re.findall(r'(?:src|href)="(/static/[^"]+)"', html.text)
    assert {"/static/app.js", "/static/app.css"} <= set(assets)
    return {"/": html.text, **{a: client.get(a).text for a in assets}}


def test_the_page_loads_nothing_from_elsewhere(client):
    for name, text in page_files(client).items():
        assert not re.search(r"https?://", text), f"{name} names an external URL"
        assert not re.search(r"""(?:src|href)\s*=\s*["']?//""", text), f"{name} names a protocol-relative URL"
        assert "@import" not in text and "@font-face" not in text
    policy = client.get("/").headers["content-security-policy"]
    assert "default-src 'none'" in policy and "script-src 'self'" in policy


def test_the_page_never_puts_text_in_as_html(client):
    script = client.get("/static/app.js").text
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in script
    assert "textContent" in script


def test_every_static_file_is_packaged_next_to_the_app():
    assert {p.name for p in STATIC.iterdir()} == {"index.html", "app.js", "app.css"}


# ----------------------------------------------------------------------------- notelint serve


class FakeServer:
    """Stands in for uvicorn.Server: records how notelint serve would listen."""

    seen = None

    def __init__(self, config):
        FakeServer.seen = config
        self.started = True

    def run(self):
        pass


def test_serve_listens_on_this_machine_only_by_default(monkeypatch):
    monkeypatch.setattr(web.uvicorn, "Server", FakeServer)
    assert web.main([]) == 0
    config = FakeServer.seen
    assert (config.host, config.port, config.access_log) == ("127.0.0.1", 8765, False)
    assert web.main(["--host", "0.0.0.0", "--port", "9000"]) == 0
    assert (FakeServer.seen.host, FakeServer.seen.port) == ("0.0.0.0", 9000)


def test_serve_refuses_bad_options(capsys):
    assert cli.main(["serve", "--port", "70000"]) == 2
    assert "--port" in capsys.readouterr().err
    assert web.main(["--config", "/nonexistent/notelint.toml"]) == 2
    assert "configuration file not found" in capsys.readouterr().err
