"""``--format json``: a versioned, documented schema (docs/json-schema.md)."""

from __future__ import annotations

import json

from .. import __version__
from ..findings import Severity
from ..verdict import unchecked, verdict

#: Bump the major number on any incompatible change to the shape below.
SCHEMA_VERSION = "1.0"
_ENCODER = json.JSONEncoder(ensure_ascii=False)


def file_entry(result, ctx) -> dict:
    lang = ctx.message_lang if ctx.message_lang != "auto" else (result.language or "en")
    checked = not result.error and not result.notice
    return {
        "path": ctx.display_path(result.path),
        "language": result.language,
        "pipeline": result.pipeline,
        "error": result.error,
        "notice": result.notice,
        "internal_errors": list(result.internal_errors),
        "verdict": (verdict(result.findings, lang) if checked else unchecked(lang)).to_dict(),
        "findings": [f.to_dict() for f in result.findings],
    }


def document(results, ctx) -> dict:
    return {
        "version": SCHEMA_VERSION,
        "tool": {"name": "notelint", "version": __version__},
        "files": [file_entry(r, ctx) for r in results],
        "summary": summary(results),
    }


def summary(results) -> dict:
    counts = {s.value: 0 for s in Severity}
    for r in results:
        for f in r.findings:
            counts[f.severity.value] += 1
    return {
        "files": len(results),
        "checked": sum(1 for r in results if not r.error and not r.notice),
        "errors": counts["error"],
        "warnings": counts["warning"],
        "info": counts["info"],
        "unreadable": sum(1 for r in results if r.error),
    }


def report(results, out, ctx) -> None:
    """One key per line, and one line per file: readable, and written by json's fast C encoder
    (an indented dump of a thousand files takes a third of a cached run). Files are written one
    by one, so a report on 10,000 notes never sits in memory whole."""
    dumps = _ENCODER.encode  # one encoder for every line (json.dumps with an option makes one per call)
    out.write("{\n")
    out.write(f'  "version": {dumps(SCHEMA_VERSION)},\n')
    out.write(f'  "tool": {dumps({"name": "notelint", "version": __version__})},\n')
    out.write('  "files": [')
    for index, result in enumerate(results):
        out.write(f"{',' if index else ''}\n    {dumps(file_entry(result, ctx))}")
    out.write("\n  ],\n" if results else "],\n")
    out.write(f'  "summary": {dumps(summary(results))}\n')
    out.write("}\n")
