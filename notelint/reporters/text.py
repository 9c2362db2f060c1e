"""The default format, for people: one line per finding, its suggestion beneath.

    notes/lee.txt:4:1: NL401 over-apologizing Apologizing again ... .
      [error] suggestion: Thank Ms. Lee for her flexibility instead.
    notes/lee.txt: fix 1 error before sending
    Found 1 problem (1 error) in 1 file.
"""

from __future__ import annotations

from collections import Counter

from ..findings import Severity
from ..verdict import verdict

_COLORS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_BOLD, _DIM, _RESET, _GREEN = "\033[1m", "\033[2m", "\033[0m", "\033[32m"


def report(results, out, ctx) -> None:
    paint = (lambda code, s: f"{code}{s}{_RESET}") if ctx.color else (lambda code, s: s)
    totals: Counter = Counter()
    by_rule: Counter = Counter()
    names = {}
    checked = 0
    for result in results:
        path = ctx.display_path(result.path)
        if result.error:
            continue
        if result.notice:
            out.write(f"{path}: {result.notice}\n")
            continue
        checked += 1
        for f in result.findings:
            totals[f.severity] += 1
            by_rule[f.code] += 1
            names[f.code] = f.name
            head = f"{paint(_BOLD, path)}:{f.line}:{f.column}: {paint(_COLORS[f.severity], f.code)} {f.name} {f.message}"
            out.write(head + "\n")
            tail = f"  [{f.severity.value}]"
            if f.suggestion:
                tail += f" suggestion: {f.suggestion}"
            out.write(paint(_DIM, tail) + "\n")
        for message in result.internal_errors:
            out.write(f"{path}: {message}\n")
        v = verdict(result.findings, ctx.message_lang if ctx.message_lang != "auto" else (result.language or "en"))
        out.write(f"{paint(_BOLD, path)}: {paint(_GREEN if v.ready else _COLORS[Severity.ERROR], v.text)}\n")
    if ctx.statistics and by_rule:
        out.write("\n")
        for code, count in sorted(by_rule.items(), key=lambda item: (-item[1], item[0])):
            out.write(f"{count:>5}  {code}  {names[code]}\n")
    total = sum(totals.values())
    parts = [f"{totals[s]} {s.value}{'s' if totals[s] != 1 and s is not Severity.INFO else ''}"
             for s in (Severity.ERROR, Severity.WARNING, Severity.INFO) if totals[s]]
    files = f"{checked} file{'s' if checked != 1 else ''}"
    if total:
        out.write(f"Found {total} problem{'s' if total != 1 else ''} ({', '.join(parts)}) in {files}.\n")
    elif checked:
        out.write(f"No problems found in {files}.\n")
