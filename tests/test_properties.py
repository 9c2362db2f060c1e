"""Property-based tests: whatever text notelint is given, it terminates, never raises, and every
position it reports lies inside the text and agrees with itself.

Checked through the Python API (``notelint.lint``), the command line (``notelint.cli.main`` in
process, on files written for each example) and the language server (diagnostic ranges in UTF-16,
recomputed here independently). The number of examples comes from the Hypothesis profile chosen in
conftest.py: "ci" when CI=true, "long" with HYPOTHESIS_PROFILE=long, "dev" otherwise.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import tempfile
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import notelint  # noqa: E402
from notelint import InputError, lint  # noqa: E402
from notelint.source import DEFAULT_MAX_BYTES  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATES = {"interview": "2026-05-12 15:00", "sent": "2026-05-13 09:00"}


def _examples(share: float, floor: int = 5) -> int:
    """A share of the profile's example count (for tests whose examples cost more)."""
    return max(floor, int(settings().max_examples * share))


# --------------------------------------------------------------------------- the oracle
# Positions recomputed from scratch, without notelint.source.LineIndex.


def line_starts(text: str) -> list[int]:
    """Offsets where lines start; a line ends at LF, CRLF or a lone CR."""
    starts = [0]
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\r" and i + 1 < n and text[i + 1] == "\n":
            starts.append(i + 2)
            i += 2
            continue
        if ch in "\r\n":
            starts.append(i + 1)
        i += 1
    return starts


def line_col(starts: list[int], offset: int) -> tuple[int, int]:
    """1-based line and character column of an offset (linear search, on purpose)."""
    line = 0
    for number, start in enumerate(starts):
        if start <= offset:
            line = number
        else:
            break
    return line + 1, offset - starts[line] + 1


def utf16_units(segment: str) -> int:
    return len(segment.encode("utf-16-le", "surrogatepass")) // 2


def utf16_position(text: str, starts: list[int], offset: int) -> tuple[int, int]:
    line, col = line_col(starts, offset)
    start = starts[line - 1]
    return line - 1, utf16_units(text[start:start + col - 1])


def check_span(text: str, starts: list[int], start: int, end: int, line: int, column: int, end_line: int,
               end_column: int, what: str) -> None:
    assert isinstance(start, int) and isinstance(end, int), what
    assert 0 <= start <= end <= len(text), f"{what}: span {start}..{end} outside 0..{len(text)}"
    assert (line, column) == line_col(starts, start), f"{what}: start {start} is not line {line} col {column}"
    assert (end_line, end_column) == line_col(starts, end), f"{what}: end {end} is not line {end_line} col {end_column}"


# --------------------------------------------------------------------------- what a user might paste

FRAGMENTS = [
    "Dear Ms. Lee,\n\n", "Sehr geehrte Frau Müller,\n\n", "Thank you for the interview today. ",
    "Vielen Dank für das freundliche Gespräch. ", "I am so sorry again!!! ", "Es tut mir leid. ",
    "Best regards,\nAna Ruiz\n", "Mit freundlichen Grüßen\nJonas Berg\n", "thx u r gr8 ", "OMG!!! 😊😊 ",
    "[Name] at [Company] ", "---\ninterview: 2026-05-12\n---\n", "---\nbroken: [\n---\n",
    "<!-- notelint-disable -->", "<!-- notelint-enable -->", "I expect an answer by Friday. ",
    "\r\n", "\r", "\n", "\n\n\n", "\t", "\0", "\x07\x1b[31m", "\x7f", "\u2028", "\u2029", "\x85",
    "\ufeff", "\u200b", "\u200c\u200d", "\u2060", "\u00ad", "\u202e", "\u202a\u202c", "\u200f",
    "e\u0301\u0302\u0303", "a" + "\u0300" * 40, "👩‍💻", "👨‍👩‍👧‍👦", "🇩🇪🇺🇸", "👍🏽", "❤️", "🏳️‍🌈",
    "שלום תודה על הראיון ", "شكرا جزيلا على المقابلة ", "面接ありがとうございました。", "Спасибо за интервью. ",
    "ﬁnance ﬀ ", "ß ẞ İ ı ", "𝐓𝐡𝐚𝐧𝐤𝐬 ", "\U0010ffff", "\ufffd", "’", "‘quoted’ ", "„Zitat“ ",
    "https://example.com/a?b=c ", "ana@example.com ", "#NUM 12,5 % 3.000 € ", "...", "!!!", "?!?",
    "ALL CAPS SHOUTING HERE ", "Re: Re: Fwd: ", "Subject: Thanks\n\n",
]


def _long_word(n: int) -> str:
    return "a" * n


texts = st.one_of(
    st.text(max_size=200),
    st.text(alphabet=st.characters(exclude_categories=()), max_size=200),  # includes lone surrogates
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20)), max_size=40).map("".join),
    st.tuples(st.sampled_from(FRAGMENTS), st.integers(1, 20_000)).map(lambda t: t[0] + _long_word(t[1])),
    st.tuples(st.sampled_from(FRAGMENTS[:10]), st.integers(1, 400)).map(lambda t: t[0] * t[1]),
)
#: text a file can hold as UTF-8 (no lone surrogates)
file_texts = texts.map(lambda s: s.encode("utf-8", "replace").decode("utf-8"))


# --------------------------------------------------------------------------- the Python API


def _check_findings(text: str, findings) -> None:
    starts = line_starts(text)
    previous = -1
    for f in findings:
        check_span(text, starts, f.start, f.end, f.line, f.column, f.end_line, f.end_column, f"{f.code} {f.name}")
        assert f.start >= previous, "findings are in text order"
        previous = f.start
        assert f.message and "\n" not in f.message and "\r" not in f.message, f"{f.code}: message {f.message!r}"


@given(text=texts)
def test_lint_accepts_any_text(text):
    try:
        findings = lint(text, **DATES)
    except InputError as exc:  # documented: text over the size limit, front matter that cannot be used
        assert len(text) > DEFAULT_MAX_BYTES or str(exc).startswith("front matter"), exc
        assert "\n" not in str(exc)
        return
    _check_findings(text, findings)


def _lint(text, **kwargs):
    try:
        return lint(text, **kwargs)
    except InputError as exc:  # front matter (or e-mail headers) that cannot be used: one line saying why
        assert "\n" not in str(exc)
        assert str(exc).startswith("front matter") or str(kwargs.get("path", "")).endswith(".eml"), exc
        return []


@given(text=texts, lang=st.sampled_from(["en", "de"]), template=st.booleans())
def test_lint_with_a_forced_language_and_as_template(text, lang, template):
    """Forcing the language makes every rule run, whatever the text is."""
    findings = _lint(text, lang=lang, template=template, **DATES)
    _check_findings(text, findings)


@given(text=texts, kind=st.sampled_from([".md", ".eml"]))
@settings(max_examples=_examples(0.5))
def test_markdown_and_email_paths(text, kind):
    """Markdown comments and e-mail headers are parsed from the text: any text still lints."""
    findings = _lint(text, path=f"note{kind}", lang="en", **DATES)
    if kind == ".eml":  # positions point into the decoded body, which may differ from the text
        for f in findings:
            assert 0 <= f.start <= f.end and f.line >= 1 and f.column >= 1
        return
    _check_findings(text, findings)


# ----------------------------------------------------------------------------- extremes, each once


@pytest.mark.parametrize("text", [
    "Dear Ms. Lee,\n\n" + "Thank you for the interview. " * 2000 + "\n\nBest,\nAna",  # thousands of sentences
    "Dear Ms. Lee, " + "a" * 200_000,  # an extremely long word
    ("Danke! " * 20 + "\n") * 500,  # many short lines
    "x\r" * 50_000,  # lone CRs
    "\u200b" * 100_000 + "Thanks",
    "👩‍💻" * 30_000,
    "e" + "\u0301" * 100_000,
    "Thank you" + "!" * 100_000,  # spaCy's tokenizer was quadratic on such runs (20 s for 10,000)
    "Danke " + "😊" * 50_000 + ")" * 50_000,
], ids=["sentences", "long-word", "short-lines", "lone-cr", "zero-width", "emoji-zwj", "combining", "bangs",
        "emoji-run"])
def test_extreme_inputs_finish(text):
    """Each finishes, without an exception; a rule may overrun rule-timeout on such a note (reported, not raised)."""
    import warnings

    for lang in (None, "en", "de"):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", notelint.RuleFailedWarning)
            findings = _lint(text, lang=lang, **DATES)
        _check_findings(text, findings)
        for warning in caught:
            assert "rule-timeout" in str(warning.message), warning.message


def test_text_over_the_limit_is_refused_not_crashed():
    with pytest.raises(InputError, match="max-file-size"):
        lint("a " * (DEFAULT_MAX_BYTES // 2 + 10))


# --------------------------------------------------------------------------- the command line


def _cli(args: list[str]) -> tuple[int, str, str]:
    from notelint.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(args)
    return code, out.getvalue(), err.getvalue()


def _no_cache() -> list[str]:
    from notelint.cli import build_parser

    return ["--no-cache"] if "--no-cache" in build_parser().format_help() else []


@given(text=file_texts, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
       fmt=st.sampled_from(["json", "text", "concise", "sarif", "junit", "github"]),
       lang=st.sampled_from([[], ["--lang", "en"], ["--lang", "de"]]))
@settings(max_examples=_examples(0.5), suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
def test_cli_on_any_file(text, encoding, fmt, lang):
    from notelint.source import InputError as SourceInputError, decode

    data = text.encode(encoding, "replace")
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "note.txt")
        with open(path, "wb") as handle:
            handle.write(data)
        code, out, err = _cli(["--format", fmt, "--interview-date", DATES["interview"], "--sent", DATES["sent"],
                               *lang, *_no_cache(), path])
    assert code in (0, 1, 2)
    assert "Traceback" not in err
    try:
        decoded, _ = decode(data)
    except SourceInputError:
        decoded = None
    if code == 2:  # refused: one line saying why
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("notelint: "), err
    if fmt != "json":
        return
    report = json.loads(out)
    (entry,) = report["files"]
    if decoded is None or entry.get("error"):
        assert code == 2
        return
    starts = line_starts(decoded)
    for f in entry["findings"]:
        check_span(decoded, starts, f["start"], f["end"], f["line"], f["column"], f["end_line"], f["end_column"],
                   f"{f['code']} {f['name']}")


# --------------------------------------------------------------------------- the language server


@pytest.fixture(scope="module")
def server():
    from lsp_client import Client

    with tempfile.TemporaryDirectory() as folder:
        client = Client(cwd=folder)
        client.initialize({"debounce": 0})
        client.folder = folder
        client.count = 0
        yield client
        client.close()


def _lsp_expected(text: str) -> list[tuple]:
    """What the server should publish, from the Python API, positions recomputed here in UTF-16."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", notelint.RuleFailedWarning)
        try:
            findings = lint(text)
        except InputError:
            return []
    starts = line_starts(text)
    return sorted((f.code, *utf16_position(text, starts, f.start), *utf16_position(text, starts, f.end))
                  for f in findings)


@given(text=texts)
@settings(max_examples=_examples(0.5), suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
def test_language_server_ranges(server, text):
    server.count += 1
    uri = Path(server.folder, f"note{server.count}.txt").as_uri()
    server.open(uri, text, version=1)
    published = server.diagnostics(uri, version=1, timeout=120)
    server.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    starts = line_starts(text)
    line_units = [utf16_units(text[s:e]) for s, e in zip(starts, [*starts[1:], len(text)])]
    got = []
    for d in published["diagnostics"]:
        r = d["range"]
        for end in ("start", "end"):
            line, character = r[end]["line"], r[end]["character"]
            assert 0 <= line < len(starts), d
            assert 0 <= character <= line_units[line], d
        assert (r["start"]["line"], r["start"]["character"]) <= (r["end"]["line"], r["end"]["character"]), d
        if "code" in d:
            got.append((d["code"], r["start"]["line"], r["start"]["character"], r["end"]["line"],
                        r["end"]["character"]))
    sample = text[:4096]
    binary = "\0" in sample or sum(ch in "".join(map(chr, [*range(0, 9), *range(14, 32), 127])) for ch in sample) \
        > 0.1 * max(len(sample), 1)
    if not binary:
        assert sorted(got) == _lsp_expected(text)
    assert server.proc.poll() is None, "the server is still running"
