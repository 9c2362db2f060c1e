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
