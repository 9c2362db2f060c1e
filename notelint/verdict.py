"""The send-readiness verdict: one line a job seeker understands.

A note is ready to send when nothing at warning or error level was found;
info findings are tips and never hold a note back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from .findings import Finding, Severity


@dataclass(frozen=True)
class Verdict:
    ready: bool
    text: str

    def to_dict(self) -> dict:
        return {"ready": self.ready, "text": self.text}


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


_WORDS = {
    "en": {
        "error": ("error", "errors"), "warning": ("warning", "warnings"), "info": ("tip", "tips"),
        "ready": "ready to send", "ready_tips": "ready to send ({tips} to consider)",
        "fix": "fix {what} before sending", "and": " and ",
        "not_checked": "not checked",
    },
    "de": {
        "error": ("Fehler", "Fehler"), "warning": ("Warnung", "Warnungen"), "info": ("Hinweis", "Hinweise"),
        "ready": "bereit zum Versenden", "ready_tips": "bereit zum Versenden ({tips} zum Überlegen)",
        "fix": "vor dem Versenden {what} beheben", "and": " und ",
        "not_checked": "nicht geprüft",
    },
}


_SEVERITIES = tuple(Severity)
_BLOCKING = ((Severity.ERROR, "error"), (Severity.WARNING, "warning"))


def verdict(findings: Iterable[Finding], message_lang: str = "en") -> Verdict:
    words = _WORDS.get(message_lang, _WORDS["en"])
    counts = dict.fromkeys(_SEVERITIES, 0)
    for finding in findings:
        counts[finding.severity] += 1
    blocking = [_plural(counts[s], *words[name]) for s, name in _BLOCKING if counts[s]]
    if blocking:
        return Verdict(False, words["fix"].format(what=words["and"].join(blocking)))
    if counts[Severity.INFO]:
        return Verdict(True, words["ready_tips"].format(tips=_plural(counts[Severity.INFO], *words["info"])))
    return Verdict(True, words["ready"])


def unchecked(message_lang: str = "en") -> Verdict:
    return Verdict(False, _WORDS.get(message_lang, _WORDS["en"])["not_checked"])
