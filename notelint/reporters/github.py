"""``--format github``: GitHub Actions workflow commands, one annotation per finding.

Errors become ``::error``, warnings ``::warning``, info ``::notice``; paths
are relative to the current directory, as GitHub expects. Picked
automatically when ``GITHUB_ACTIONS=true`` and no ``--format`` is given.
"""

from __future__ import annotations

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def report(results, out, ctx) -> None:
    for result in results:
        path = _prop(ctx.display_path(result.path))
        for f in result.findings:
            message = f.message + (f" Suggestion: {f.suggestion}" if f.suggestion else "")
            out.write(
                f"::{_LEVEL[f.severity.value]} file={path},line={f.line},col={f.column},"
                f"endLine={f.end_line},endColumn={f.end_column},title={_prop(f.code + ' ' + f.name)}"
                f"::{_data(message)}\n"
            )
    total = sum(len(r.findings) for r in results)
    out.write(f"notelint: {total} finding{'s' if total != 1 else ''} in {len(results)} file"
              f"{'s' if len(results) != 1 else ''}\n")
