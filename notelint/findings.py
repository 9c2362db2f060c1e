"""The values notelint passes around: severities, what a rule reports, and findings."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Severity(str, enum.Enum):
    """How serious a finding is. Ordered: info < warning < error."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANK[self]

    @classmethod
    def parse(cls, value: object) -> "Severity":
        """Read a severity from user input; raises ValueError naming the choices."""
        if isinstance(value, Severity):
            return value
        try:
            return cls(str(value).strip().lower())
        except ValueError:
            raise ValueError(
                f"{value!r} is not a severity (choose error, warning or info)"
            ) from None

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.value


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


@dataclass(frozen=True, slots=True)
class Problem:
    """What a rule yields: a span of the note's text and what is wrong with it.

    ``start`` and ``end`` are character offsets into ``note.text``. ``severity``
    overrides the rule's default for this one problem (a rule may grade its
    findings, e.g. a note two days late is a warning, a week late an error).
    ``replacement``, when given, is text that can replace the span as a fix.
    """

    start: int
    end: int
    message: str
    suggestion: str | None = None
    severity: Severity | None = None
    replacement: str | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    """One reported problem, positioned in the file as written.

    ``line``/``column`` and ``end_line``/``end_column`` are 1-based and count
    characters (code points); ``start``/``end`` are character offsets into the
    file's decoded text. ``end_column`` points just past the last character.
    """

    code: str
    name: str
    severity: Severity
    line: int
    column: int
    end_line: int
    end_column: int
    start: int
    end: int
    message: str
    suggestion: str | None = None
    replacement: str | None = None
    path: str | None = None

    def to_dict(self) -> dict:
        """The finding as in the JSON output (see docs/json-schema.md)."""
        return {
            "code": self.code,
            "name": self.name,
            "severity": self.severity.value,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "start": self.start,
            "end": self.end,
            "message": self.message,
            "suggestion": self.suggestion,
            "replacement": self.replacement,
        }


def count_severities(findings) -> tuple[int, int, int]:
    """How many of ``findings`` are errors, warnings and info. Counted by identity: a Severity's hash
    (``Enum.__hash__``) and its ``value`` are Python calls, and a report counts every finding."""
    error, warning = _ERROR, _WARNING  # an Enum class's members are found through its metaclass: once
    errors = warnings = infos = 0
    for finding in findings:
        severity = finding.severity
        if severity is error:
            errors += 1
        elif severity is warning:
            warnings += 1
        else:
            infos += 1
    return errors, warnings, infos


_ERROR, _WARNING = Severity.ERROR, Severity.WARNING


def to_rows(findings) -> list[tuple]:
    """Findings as plain tuples (the severity as its name), to store or to send to another process:
    pickled or written as JSON, a tuple costs a tenth of a dataclass."""
    return [(f.code, f.name, f.severity.value, f.line, f.column, f.end_line, f.end_column, f.start, f.end,
             f.message, f.suggestion, f.replacement, f.path) for f in findings]


def from_rows(rows) -> list[Finding]:
    """The findings :func:`to_rows` gave (raises on a malformed row)."""
    levels, set_severity = _LEVELS, _SETTERS[2]
    out = []
    for row in rows:
        if len(row) != ROW_SIZE:
            raise TypeError(f"a finding row holds {ROW_SIZE} values, not {len(row)}")
        finding = finding_of(row)
        set_severity(finding, levels[row[2]])  # the row holds its name
        out.append(finding)
    return out


def finding_of(values) -> Finding:
    """A Finding holding ``values``, in the order of its fields.

    It is filled through its slots rather than its frozen ``__init__``, which makes an
    ``object.__setattr__`` call per field: half the time, for the thousands of findings a run
    makes, a cached run or a worker's answer brings back (1.1 against 1.9 us a finding).
    """
    finding = _NEW(Finding)
    for setter, value in zip(_SETTERS, values):
        setter(finding, value)
    return finding


_NEW = object.__new__
#: a severity by its name (from_rows runs for every cached note)
_LEVELS = {s.value: s for s in Severity}
#: each field's slot setter, in the order of the fields (and of a row)
_SETTERS = [Finding.__dict__[name].__set__ for name in Finding.__slots__]


#: how many values a row holds
ROW_SIZE = 13
