"""One line per finding, for editors and scripts (Vim ALE, Emacs flycheck, grep):

    path:line:col: severity: CODE name message

No colour, no suggestion lines, no summary. Columns are 1-based characters.
"""

from __future__ import annotations


def report(results, out, ctx) -> None:
    for result in results:
        path = ctx.display_path(result.path)
        for f in result.findings:
            message = " ".join(f.message.split())
            out.write(f"{path}:{f.line}:{f.column}: {f.severity.value}: {f.code} {f.name} {message}\n")
