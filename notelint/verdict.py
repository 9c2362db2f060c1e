"""The send-readiness verdict: one line a job seeker understands.

A note is ready to send when nothing at warning or error level was found;
info findings are tips and never hold a note back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from .findings import Finding, count_severities


@dataclass(frozen=True)
class Verdict:
    """Whether a note is ready to send, and the one line that says so."""

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


#: verdicts made, by what they were made from: a report judges every file, and most files' counts recur
_MADE: dict[tuple[int, int, int, str], Verdict] = {}


def verdict(findings: Iterable[Finding], message_lang: str = "en") -> Verdict:
    errors, warnings, infos = count_severities(findings)
    key = (errors, warnings, infos, message_lang)
    made = _MADE.get(key)
    if made is None:
        if len(_MADE) >= 10_000:
            _MADE.clear()
        made = _MADE[key] = _judged(errors, warnings, infos, _WORDS.get(message_lang, _WORDS["en"]))
    return made  # frozen: safe to share


def _judged(errors: int, warnings: int, infos: int, words: dict) -> Verdict:
    blocking = [_plural(count, *words[name]) for count, name in ((errors, "error"), (warnings, "warning")) if count]
    if blocking:
        return Verdict(False, words["fix"].format(what=words["and"].join(blocking)))
    if infos:
        return Verdict(True, words["ready_tips"].format(tips=_plural(infos, *words["info"])))
    return Verdict(True, words["ready"])


def unchecked(message_lang: str = "en") -> Verdict:
    return Verdict(False, _WORDS.get(message_lang, _WORDS["en"])["not_checked"])
