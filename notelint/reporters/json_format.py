"""``--format json``: a versioned, documented schema (docs/json-schema.md)."""

from __future__ import annotations

import json
from json.encoder import encode_basestring as _string

from .. import __version__
from ..findings import count_severities
from ..verdict import unchecked, verdict

#: Bump the major number on any incompatible change to the shape below.
SCHEMA_VERSION = "1.0"
_ENCODER = json.JSONEncoder(ensure_ascii=False)


def _verdict(result, ctx):
    lang = ctx.message_lang if ctx.message_lang != "auto" else (result.language or "en")
    checked = not result.error and not result.notice
    return verdict(result.findings, lang) if checked else unchecked(lang)


def file_entry(result, ctx) -> dict:
    """A file's entry in the document (what :func:`file_line` writes, as data)."""
    return {
        "path": ctx.display_path(result.path),
        "language": result.language,
        "pipeline": result.pipeline,
        "error": result.error,
        "notice": result.notice,
        "internal_errors": list(result.internal_errors),
        "verdict": _verdict(result, ctx).to_dict(),
        "findings": [f.to_dict() for f in result.findings],
    }


# A report on 1,000 notes writes 4,000 findings: json's encoder builds each from 40-odd small strings
# (10 ms, a tenth of a re-run from the cache), where one format string per finding takes half as long.
# The strings are still escaped by json's own function, the one its encoder calls with ensure_ascii
# off; the positions are ints. tests/test_reporters.py holds every line to json.dumps(file_entry(...)).

_FINDING = ('{"code": %s, "name": %s, "severity": %s, "line": %d, "column": %d, "end_line": %d, '
            '"end_column": %d, "start": %d, "end": %d, "message": %s, "suggestion": %s, "replacement": %s}')
_FILE = ('{"path": %s, "language": %s, "pipeline": %s, "error": %s, "notice": %s, "internal_errors": [%s], '
         '"verdict": {"ready": %s, "text": %s}, "findings": [%s]}')


def _text(value: str | None) -> str:
    return "null" if value is None else _string(value)


def _finding(f) -> str:
    # a Severity is a str holding its value: encoded as is, without Enum's ``value`` property; the two
    # optional texts are tested here rather than through _text (two Python calls a finding)
    suggestion, replacement = f.suggestion, f.replacement
    return _FINDING % (_string(f.code), _string(f.name), _string(f.severity), f.line, f.column, f.end_line,
                       f.end_column, f.start, f.end, _string(f.message),
                       "null" if suggestion is None else _string(suggestion),
                       "null" if replacement is None else _string(replacement))


def file_line(result, ctx) -> str:
    """A file's entry as JSON text: ``json.dumps(file_entry(result, ctx), ensure_ascii=False)``, quicker."""
    judged = _verdict(result, ctx)
    return _FILE % (
        _text(ctx.display_path(result.path)), _text(result.language), _text(result.pipeline), _text(result.error),
        _text(result.notice), ", ".join(map(_string, result.internal_errors)), "true" if judged.ready else "false",
        _string(judged.text), ", ".join(map(_finding, result.findings)),
    )


def document(results, ctx) -> dict:
    return {
        "version": SCHEMA_VERSION,
        "tool": {"name": "notelint", "version": __version__},
        "files": [file_entry(r, ctx) for r in results],
        "summary": summary(results),
    }


def summary(results) -> dict:
    errors = warnings = infos = 0
    for r in results:
        e, w, i = count_severities(r.findings)
        errors, warnings, infos = errors + e, warnings + w, infos + i
    return {
        "files": len(results),
        "checked": sum(1 for r in results if not r.error and not r.notice),
        "errors": errors,
        "warnings": warnings,
        "info": infos,
        "unreadable": sum(1 for r in results if r.error),
    }


def report(results, out, ctx) -> None:
    """One key per line, and one line per file: readable, and quick to write (an indented dump of a
    thousand files took a third of a cached run; each file's line is :func:`file_line`). Files are
    written one by one, so a report on 10,000 notes never sits in memory whole."""
    dumps = _ENCODER.encode  # one encoder for every line (json.dumps with an option makes one per call)
    out.write("{\n")
    out.write(f'  "version": {dumps(SCHEMA_VERSION)},\n')
    out.write(f'  "tool": {dumps({"name": "notelint", "version": __version__})},\n')
    out.write('  "files": [')
    for index, result in enumerate(results):
        out.write(f"{',' if index else ''}\n    {file_line(result, ctx)}")
    out.write("\n  ],\n" if results else "],\n")
    out.write(f'  "summary": {dumps(summary(results))}\n')
    out.write("}\n")
