"""The shared harness for rule tests: firing notes and near-misses, exact spans.

A rule's test module (tests/rules/test_<module>.py) declares::

    RULE = "over-apologizing"
    FIRES = [
        Case("en", "Dear Ms. Lee, ... So sorry again ...",
             expect=[("So sorry", "error")], interview=None),
    ]
    SILENT = [
        Case("en", "... sorry to hear about the reorg ..."),
    ]
    test_fires, test_silent = make_tests(RULE, FIRES, SILENT)

``expect`` lists, in text order, the exact text of each finding's span and
its severity; a FIRES case passes only if the rule reports exactly those.
A SILENT case passes only if the rule reports nothing. tests/test_registry.py
fails for any rule without FIRES and SILENT cases in each language it
supports.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

import notelint


@dataclass
class Case:
    lang: str
    text: str
    expect: list[tuple[str, str]] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    id: str | None = None

    def __init__(self, lang, text, expect=None, id=None, **meta):
        self.lang, self.text, self.expect, self.id, self.meta = lang, text, list(expect or []), id, meta


DATA = __import__("pathlib").Path(__file__).parent / "rules" / "data"


def en_letter(body: str, closing: str = "Best regards,\nAna Ruiz") -> str:
    """A plain English letter around ``body``, for rules that judge the content."""
    return f"Dear Ms. Lee,\n\n{body}\n\n{closing}\n"


def de_letter(body: str, closing: str = "Mit freundlichen Grüßen\nAna Ruiz") -> str:
    """The German counterpart of :func:`en_letter`."""
    return f"Sehr geehrte Frau Weber,\n\n{body}\n\n{closing}\n"


def run_rule(rule: str, case: Case):
    """Lint a case with only ``rule`` selected; returns [(span text, severity, finding)].

    ``config="name.toml"`` in a Case's keywords uses tests/rules/data/name.toml;
    ``batch=[(text, metadata), ...]`` lints the case together with other notes
    (for rules that compare notes).
    """
    meta = dict(case.meta)
    if "config" in meta:
        meta["config"] = str(DATA / meta["config"])
    if "batch" in meta:
        findings = _lint_batch(rule, case.lang, case.text, meta)
    else:
        findings = notelint.lint(case.text, lang=case.lang, select=[rule], **meta)
    return [(case.text[f.start:f.end], f.severity.value, f) for f in findings]


def _lint_batch(rule, lang, text, meta):
    """Lint ``text`` together with the notes in ``meta["batch"]`` (a list of (text, metadata) pairs),
    as one run of the command line would; returns the findings of ``text``."""
    from notelint import batch
    from notelint.config import Config
    from notelint.linter import Linter, prepare_text
    from notelint.note import Metadata

    others = meta.pop("batch")
    config = Config()
    items = []
    for index, (body, data) in enumerate([(text, meta), *others]):
        result = prepare_text(body, f"note{index}.txt", config, Metadata.from_mapping(data, "case") if data else None,
                              lang)
        items.append((result, config))
    linter = Linter(select=[rule])
    linter.run(items)
    batch.run(linter, items)
    return items[0][0].findings


def _ids(cases):
    return [c.id or f"{c.lang}-{i}" for i, c in enumerate(cases)]


def make_tests(rule: str, fires: list[Case], silent: list[Case]):
    @pytest.mark.parametrize("case", fires, ids=_ids(fires))
    def test_fires(case):
        got = run_rule(rule, case)
        assert [(span, sev) for span, sev, _ in got] == case.expect, [f.message for *_, f in got]
        for _, _, finding in got:
            assert finding.name == rule
            assert finding.message and finding.message[-1] in ".!?)\""

    @pytest.mark.parametrize("case", silent, ids=_ids(silent))
    def test_silent(case):
        got = run_rule(rule, case)
        assert got == [], [(span, sev, f.message) for span, sev, f in got]

    return test_fires, test_silent
