"""E-mail drafts (.eml): headers become metadata, the text body becomes the note.

Parsed with the standard library's e-mail parser. ``Subject`` becomes the
subject, ``Date`` the send time, ``To`` the recipient (its display name).
The note is the first text/plain part (or the HTML part converted to text
when there is no plain one). Quoted replies ("> ...", "On ... wrote:",
"-----Original Message-----", "Am ... schrieb ...:") and everything below a
"-- " signature line are not note text.

Positions: when the body stands in the file as written (7bit/8bit transfer
encoding, the usual case for drafts), the note's text is the file's text
with headers and excluded parts blanked, so every position points into the
file. When it does not (quoted-printable, base64), the note's text is the
decoded body and positions count lines of that body, starting after the
headers; the JSON output's ``notice`` says so.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from .source import InputError, blank_out


@dataclass
class EmailNote:
    text: str  # same length as the file's text when ``verbatim``
    verbatim: bool
    body_start: int
    metadata: dict
    subject_span: tuple[int, int] | None  # offsets of the Subject value, in text


_CUT = re.compile(
    r"^(?:-- ?$|--$|-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Forwarded message|Weitergeleitete Nachricht)"
    r"|On .{4,200} wrote:\s*$|Am .{4,200} schrieb .{1,200}:\s*$|From: .+$|Von: .+$)",
    re.MULTILINE | re.IGNORECASE,
)
_QUOTED = re.compile(r"^[ \t]*>.*$", re.MULTILINE)


def excluded_ranges(body: str) -> list[tuple[int, int]]:
    """Ranges of ``body`` that are not the writer's note: quotes and signature."""
    ranges = [(m.start(), m.end()) for m in _QUOTED.finditer(body)]
    cut = _CUT.search(body)
    if cut:
        ranges.append((cut.start(), len(body)))
    return ranges


class _HTMLText(HTMLParser):
    _BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "blockquote", "table"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self._skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n\n" if tag in ("p", "div", "blockquote") else "\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self._skip = max(0, self._skip - 1)

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(re.sub(r"[ \t\r\n]+", " ", data))


def html_to_text(html: str) -> str:
    parser = _HTMLText()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t]*\n[ \t]*", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def _body_part(message):
    plain = message.get_body(preferencelist=("plain",))
    if plain is not None:
        return plain, False
    html = message.get_body(preferencelist=("html",))
    if html is not None:
        return html, True
    return None, False


def read(data: bytes, text: str) -> EmailNote:
    """Split an e-mail draft; ``text`` is the file's decoded text. Raises InputError."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not message.keys():
        raise InputError("not an e-mail message (no headers)")
    metadata: dict = {}
    subject = message.get("Subject")
    if subject is not None:
        metadata["subject"] = str(subject)
    date = message.get("Date")
    if date:
        try:
            metadata["sent"] = email.utils.parsedate_to_datetime(str(date))
        except (TypeError, ValueError):
            raise InputError(f"the Date header {str(date)!r} is not a date") from None
    to = message.get("To")
    if to:
        name, _addr = email.utils.parseaddr(str(to))
        if name:
            metadata["interviewer"] = name

    part, is_html = _body_part(message)
    if part is None:
        raise InputError("the e-mail has no text body")
    try:
        body = part.get_content()
    except (LookupError, ValueError) as exc:
        raise InputError(f"the e-mail body cannot be decoded: {exc}") from None
    if is_html:
        body = html_to_text(body)

    header_end = _header_end(text)
    subject_span = _subject_span(text, header_end) if subject is not None else None
    cte = str(part.get("Content-Transfer-Encoding", "7bit")).lower()
    position = -1
    if not is_html and cte in ("7bit", "8bit", "binary"):
        for candidate in (body, body.replace("\n", "\r\n")):
            stripped = candidate.rstrip("\r\n")
            if stripped:
                position = text.find(stripped, header_end)
            if position >= 0:
                body_len = len(stripped)
                break
    if position >= 0:
        note_text = blank_out(text, 0, position)
        note_text = blank_out(note_text, position + body_len, len(text))
        for start, end in excluded_ranges(text[position : position + body_len]):
            note_text = blank_out(note_text, position + start, position + end)
        return EmailNote(note_text, True, position, metadata, subject_span)
    for start, end in excluded_ranges(body):
        body = blank_out(body, start, end)
    return EmailNote(body, False, 0, metadata, None)


def _header_end(text: str) -> int:
    match = re.search(r"\r?\n\r?\n|\r\r", text)
    return match.end() if match else len(text)


def _subject_span(text: str, header_end: int) -> tuple[int, int] | None:
    match = re.search(r"^Subject:[ \t]*(.*?)[ \t]*$", text[:header_end], re.MULTILINE | re.IGNORECASE)
    if not match or not match.group(1):
        return None
    return match.start(1), match.end(1)
