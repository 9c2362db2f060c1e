"""Reading notes: encodings, line endings, front matter, positions."""

import codecs

import pytest

from notelint.source import InputError, LineIndex, decode, split_front_matter, text_for_nlp

GERMAN = "Sehr geehrte Frau Müller,\nvielen Dank für das Gespräch über die Stelle. Grüße\n"


@pytest.mark.parametrize("data,encoding", [
    (GERMAN.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + GERMAN.encode("utf-8"), "utf-8 (BOM)"),
    (codecs.BOM_UTF16_LE + GERMAN.encode("utf-16-le"), "utf-16 (BOM)"),
    (codecs.BOM_UTF16_BE + GERMAN.encode("utf-16-be"), "utf-16 (BOM)"),
    (GERMAN.encode("cp1252"), "cp1252"),
    (GERMAN.encode("utf-16-le"), "utf-16-le"),
])
def test_decodes_with_umlauts_intact(data, encoding):
    text, used = decode(data)
    assert text == GERMAN
    assert used == encoding


def test_binary_is_refused():
    with pytest.raises(InputError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01")


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_and_column_in_the_file_as_written(newline):
    text = newline.join(["Dear Ms. Lee,", "", "So sorry again."])
    index = LineIndex(text)
    offset = text.index("sorry")
    assert index.line_col(offset) == (3, 4)
    assert index.line_col(0) == (1, 1)


def test_utf16_positions_count_astral_characters_twice():
    text = "Hi 😊 Müller\nnext"
    index = LineIndex(text)
    offset = text.index("Müller")
    assert index.line_col(offset) == (1, 6)
    assert index.utf16_position(offset) == (0, 6)
    assert index.offset_of_utf16(0, 6) == offset
    assert index.utf16_position(text.index("next")) == (1, 0)


def test_text_for_nlp_keeps_length_and_normalises():
    raw = "I’m here\r\nnext\rline \ud800 end\x00"
    out = text_for_nlp(raw)
    assert len(out) == len(raw)
    assert out == "I'm here \nnext\nline \ufffd end "


def test_front_matter():
    text = "---\ninterview: 2026-05-12 15:00\ncompany: Initech\n---\nDear Ms. Lee,\n"
    front = split_front_matter(text)
    assert front.data["company"] == "Initech"
    assert text[front.end:] == "\nDear Ms. Lee,\n"


def test_front_matter_with_crlf():
    text = "---\r\ncompany: Initech\r\n---\r\nDear Ms. Lee,\r\n"
    front = split_front_matter(text)
    assert front.data == {"company": "Initech"}


def test_not_front_matter_without_closing_fence():
    assert split_front_matter("---\nDear Ms. Lee,\nthanks\n") is None


def test_bad_front_matter_is_one_line():
    with pytest.raises(InputError) as info:
        split_front_matter("---\ncompany: [unclosed\n---\nHi\n")
    assert "\n" not in str(info.value)


# ----------------------------------------------------------------------------- front matter through libyaml

_FRONT_MATTERS = [
    "company: Initech\nrole: Data Analyst",
    "interview: 2026-03-03 10:00\nsent: 2026-03-03T16:00:00\ninterviewer: Mark Evans",
    "interview: 2026-03-03\nsent: 2026-03-04 09:30:15+01:00",
    "template: yes\nlang: de\nother-companies: [Acme, \"Globex, Inc.\"]",
    "ignore:\n  - too-short\n  - NL4\ncompany: 'Müller & Söhne GmbH'",
    "interviewer: Dr. Anna-Lena Weiß\nrole: Werkstudent*in (m/w/d)\nsubject: \"Danke: unser Gespräch\"",
    "company: ~\nrole:\nsent: null\ntemplate: off\ncount: 0x1F\nratio: 1_000.5\nversion: 1.10",
    "company: Acme # a comment\n# a comment line\nrole: >\n  folded\n  text\nnote: |\n  kept\n  lines",
    "a: &x Initech\nb: *x\nc: {d: 1, e: [2, 3]}",
    "company: Initech\ncompany: Globex",
    "key with spaces: value: with colon\n'quoted key': \"esc\\u00e9aped\\n\"",
    "company: [unclosed",
    "company: Initech\n  role: indented wrongly",
    "- a\n- list",
    "just text",
    "company: \"unterminated",
    "\tcompany: tab first",
    "company: bad \x01 control",
    "company: lone \udce9 surrogate",
    "!!python/object:os.system ls",
    "company: !!binary aGVsbG8=",
    "? complex\n: key",
    "%YAML 1.1\n---\ncompany: x",
    "company: x\n...\nrole: y",
    # where libyaml reads otherwise (so PyYAML's parser reads them): a tab in a value, the bare tag,
    # a block scalar's header with a comment, "?" in a flow collection, a byte-order mark, NEL
    "subject: emoji \U0001F600 and tab\tinside",
    "company: !",
    "company: >+#x",
    "company: [Dr.#?x]",
    "company: \ufeffInitech",
    "company: a\x85b",
    "company: a\r\nrole: b\r\n",
]


#: pieces of YAML for random front matter: structure, scalars, and what the two parsers disagree on
_YAML_ATOMS = ["company", "role", "sent", "Initech", "Dr.", "Müller", "2026-03-03", "10:00", "yes", "~", "1.5", "0x1F",
               "-", "- ", ": ", ":", "#", " #c", "'", '"', "[", "]", "{", "}", ",", "&a", "*a", "!", "!!str", "|", ">",
               "|-", ">+", "?", "%", "@", "`", "\\", "\\n", "é", "\U0001F600", "...", "---", "\n", "\n  ",
               "\r\n", " ", "\r", "\t", "\ufeff", "\x85", "\u2028", "a:b", "[a, b]", "{k: v}", "?x", "<<: *a"]


def _outcome(load, body):
    import yaml

    try:
        return "data", load(body)
    except yaml.YAMLError as exc:
        return "error", str(exc)
    except Exception as exc:  # noqa: BLE001 - compared, whatever it is
        return "raised", type(exc).__name__


@pytest.mark.parametrize("body", _FRONT_MATTERS)
def test_front_matter_through_libyaml_gives_what_pyyaml_gave(body):
    import yaml

    from notelint.source import _load_yaml

    assert _outcome(lambda b: _load_yaml(yaml, b), body) == _outcome(yaml.safe_load, body)


def test_random_front_matter_through_libyaml_gives_what_pyyaml_gave():
    hypothesis = pytest.importorskip("hypothesis")
    import yaml

    from notelint.source import _load_yaml

    @hypothesis.given(hypothesis.strategies.lists(hypothesis.strategies.sampled_from(_YAML_ATOMS), min_size=1,
                                                  max_size=25),
                      hypothesis.strategies.booleans())
    def same(atoms, keyed):
        body = ("company: " if keyed else "") + "".join(atoms)
        ours, theirs = _outcome(lambda b: _load_yaml(yaml, b), body), _outcome(yaml.safe_load, body)
        try:
            assert ours == theirs, body
        except RecursionError:  # anchors can make a list that holds itself
            assert repr(ours) == repr(theirs), body

    same()


def test_what_libyaml_reads_otherwise_goes_to_pyyaml(monkeypatch):
    import yaml

    from notelint.source import _load_yaml

    if getattr(yaml, "CSafeLoader", None) is None:
        pytest.skip("this PyYAML is built without libyaml")
    used = []

    class Recording(yaml.CSafeLoader):
        def __init__(self, stream):
            used.append(stream)
            super().__init__(stream)

    monkeypatch.setattr(yaml, "CSafeLoader", Recording)
    assert _load_yaml(yaml, "company: Initech") == {"company": "Initech"}
    assert used == ["company: Initech"]
    used.clear()
    for body in ("subject: a\tb", "company: !", "company: |#x", "company: >-2#x", "company: [a?b]", "company: \ufeffx"):
        try:
            _load_yaml(yaml, body)
        except yaml.YAMLError:
            pass
    assert used == []


def test_front_matter_of_every_shipped_note_reads_the_same_through_libyaml():
    import glob
    import os

    import yaml

    from notelint.source import _FRONT_MATTER, _load_yaml

    root = os.path.join(os.path.dirname(__file__), os.pardir)
    bodies = []
    for path in glob.glob(os.path.join(root, "tests", "corpus", "*")) + glob.glob(os.path.join(root, "examples", "**", "*"),
                                                                              recursive=True):
        if not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8", errors="surrogateescape") as handle:
            match = _FRONT_MATTER.match(handle.read())
        if match:
            bodies.append(match.group("body"))
    assert len(bodies) > 100
    for body in bodies:
        assert _load_yaml(yaml, body) == yaml.safe_load(body), body


def test_front_matter_errors_keep_pyyaml_messages():
    with pytest.raises(InputError) as info:
        split_front_matter("---\ncompany: Initech\n  role: x\n---\nHi\n")
    assert str(info.value) == "front matter (line 3): mapping values are not allowed here"
