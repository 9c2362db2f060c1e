"""From bytes to text: encodings, line endings, front matter, and positions.

Everything a rule sees is an offset into ``Note.text``. For plain notes that
text has exactly the length of the file's decoded text, so an offset is also a
position in the file as written: front matter is blanked out (not removed),
and characters that would confuse tokenizing are replaced one for one.
"""

from __future__ import annotations

import bisect
import codecs
import re
from dataclasses import dataclass

from . import lazyre

#: Default refusal limit: a thank-you note is a few kilobytes.
DEFAULT_MAX_BYTES = 1_000_000


class InputError(Exception):
    """A file or text notelint cannot lint; the message is one line for the user."""


# --------------------------------------------------------------------------- decoding

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes) -> tuple[str, str]:
    """Decode a note's bytes; returns (text, encoding name).

    UTF-8 (with or without BOM), UTF-16/32 with BOM, UTF-16 without BOM when
    its NUL pattern gives it away, and legacy single-byte files (Windows-1252,
    falling back to Latin-1) so a German note keeps its umlauts. Raises
    InputError for data that looks binary.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.replace("-sig", "") + " (BOM)"
            except UnicodeDecodeError:
                raise InputError(f"not valid {encoding} text although it starts with a byte-order mark") from None
    if b"\0" in data:
        guessed = _bomless_utf16(data)
        if guessed:
            return guessed
        raise InputError("binary file (contains NUL bytes), not a note")
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
            encoding = "cp1252"
        except UnicodeDecodeError:
            text = data.decode("latin-1")
            encoding = "latin-1"
    if _looks_binary(text):
        raise InputError("binary file (mostly control characters), not a note")
    return text, encoding


def _bomless_utf16(data: bytes) -> tuple[str, str] | None:
    if len(data) < 4 or len(data) % 2:
        return None
    even_nuls = data[0::2].count(0)
    odd_nuls = data[1::2].count(0)
    half = len(data) // 2
    for encoding, nuls, other in (("utf-16-le", odd_nuls, even_nuls), ("utf-16-be", even_nuls, odd_nuls)):
        if nuls >= 0.6 * half and other <= 0.1 * half:
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                return None
    return None


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    return bool(sample) and len(_CONTROL.findall(sample)) > 0.1 * len(sample)


# --------------------------------------------------------------------------- positions


class LineIndex:
    """Maps character offsets of a text to 1-based (line, column) and UTF-16 units.

    A line ends at LF, CRLF or a lone CR, as editors count them.
    """

    __slots__ = ("text", "starts")

    _BREAK = lazyre.compile(r"\r\n|\r|\n")

    def __init__(self, text: str):
        self.text = text
        self.starts = [0] + [m.end() for m in self._BREAK.finditer(text)]

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in characters) of a character offset."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def utf16_position(self, offset: int) -> tuple[int, int]:
        """0-based line and UTF-16 code unit column, as the LSP counts them."""
        line, col = self.line_col(offset)
        start = self.starts[line - 1]
        segment = self.text[start : start + col - 1]
        return line - 1, sum(2 if ord(ch) > 0xFFFF else 1 for ch in segment)

    def offset_of_utf16(self, line: int, character: int) -> int:
        """Character offset of a 0-based LSP position (clamped into the text)."""
        if line >= len(self.starts):
            return len(self.text)
        start = self.starts[max(line, 0)]
        end = self.starts[line + 1] if line + 1 < len(self.starts) else len(self.text)
        units = 0
        for index in range(start, end):
            if units >= character:
                return index
            units += 2 if ord(self.text[index]) > 0xFFFF else 1
        return end


# --------------------------------------------------------------------------- text for NLP

# One-for-one replacements so that offsets never move: typographic apostrophes
# become ASCII (so tokenizer exceptions like "I'm" apply), CR becomes a space or
# a newline, and lone surrogates (possible in str from the Python API) become
# U+FFFD, which every tokenizer can encode.
_APOSTROPHES = ("\u2019", "\u2018", "\u02bc")
_SURROGATE = lazyre.compile("[\ud800-\udfff]")


def text_for_nlp(text: str) -> str:
    """A same-length copy of ``text`` that tokenizes well."""
    out = text
    for apostrophe in _APOSTROPHES:  # str.replace: str.translate with a table takes 40 ns a character
        out = out.replace(apostrophe, "'")
    out = out.replace("\r\n", " \n").replace("\r", "\n")
    out = out.replace("\0", " ")
    if _SURROGATE.search(out):
        out = _SURROGATE.sub("\ufffd", out)
    if _LONG_RUN.search(out):
        out = _LONG_RUN.sub(_break_run, out)
    return out


# spaCy's tokenizer strips punctuation and symbols from a token's ends one at a
# time, copying the rest each time: quadratic on a long run of them ("!!!!...",
# a row of emoji), 10,000 "!" take 20 s. Such runs get a space every _RUN
# characters (same length, so offsets still hold).
_RUN = 64
_LONG_RUN = lazyre.compile(r"[^\w\s]{%d,}" % (_RUN + 1))


def _break_run(match: re.Match) -> str:
    run = match.group()
    return "".join(" " if index % _RUN == _RUN - 1 else ch for index, ch in enumerate(run))


# --------------------------------------------------------------------------- front matter

_FRONT_MATTER = re.compile(
    r"\A(?:\ufeff)?---[ \t]*(?:\r\n|\r|\n)(?P<body>.*?)(?:\r\n|\r|\n)---[ \t]*(?=\r\n|\r|\n|\Z)",
    re.DOTALL,
)


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """A note's front matter: the mapping it holds and where the note proper begins."""

    data: dict
    end: int  # offset just past the closing fence


def split_front_matter(text: str) -> FrontMatter | None:
    """Front matter fenced by ``---`` lines at the very top of a note, if any.

    Raises InputError when the block is there but is not a mapping.
    """
    match = _FRONT_MATTER.match(text)
    if not match:
        return None
    import yaml  # only notes with front matter pay for it

    try:
        data = _load_yaml(yaml, match.group("body")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "cannot be read"
        raise InputError(f"front matter{where}: {problem}") from None
    except RecursionError:  # PyYAML's parser recurses once per level of "[[[..."
        raise InputError(_TOO_DEEP) from None
    if not isinstance(data, dict):
        raise InputError("front matter must be 'key: value' lines")
    if _depth(data) > MAX_FRONT_MATTER_DEPTH:  # printing or comparing such a value would recurse as deep
        raise InputError(_TOO_DEEP)
    return FrontMatter({str(k).strip().lower(): v for k, v in data.items()}, match.end())


#: how deep front matter may nest lists and mappings (metadata is a level or two deep)
MAX_FRONT_MATTER_DEPTH = 20
_TOO_DEEP = f"front matter nests lists or mappings more than {MAX_FRONT_MATTER_DEPTH} levels deep"


def _depth(value) -> int:
    """How deep ``value`` nests lists and mappings (counted without recursion; stops past the limit)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, (list, dict)):
            deepest = max(deepest, level)
            if level > MAX_FRONT_MATTER_DEPTH:
                break
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, level + 1) for child in children)
    return deepest


#: what libyaml reads otherwise than PyYAML's own parser (found by running both on random text): a tab,
#: NEL, a line or paragraph separator or a byte-order mark inside the block; the bare tag "!" ("key: !"
#: is None to PyYAML and "" to libyaml); a block scalar's header with a comment right after it ("|#",
#: ">+#"); a question mark (PyYAML takes "?" in a flow collection for a key wherever it stands)
_PYYAML_ONLY = lazyre.compile(r"[\t\x85\u2028\u2029\ufeff!?]|[|>][-+0-9]*#")


def _load_yaml(yaml, body: str):
    """``yaml.safe_load``, through libyaml where PyYAML has it and the two are known to agree.

    The same constructor makes the same data, in an eighth of the time (37 against 290
    microseconds for a note's five lines; the parent process reads every note's front matter before
    any is linted or found in the cache). Front matter libyaml reads otherwise (``_PYYAML_ONLY``)
    or refuses is read by PyYAML's own parser, so errors quote its messages as before;
    tests/test_source.py holds the two to the same outcome.
    """
    fast = getattr(yaml, "CSafeLoader", None)
    if fast is not None and not _PYYAML_ONLY.search(body):
        try:
            return yaml.load(body, Loader=fast)  # noqa: S506 - CSafeLoader is the safe loader
        except Exception:  # a YAML error, or text libyaml cannot take (a lone surrogate)
            pass
    return yaml.safe_load(body)


def blank_out(text: str, start: int, end: int) -> str:
    """Replace text[start:end] by spaces, keeping its line breaks."""
    return text[:start] + re.sub(r"[^\r\n]", " ", text[start:end]) + text[end:]
