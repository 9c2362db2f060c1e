"""Linter.run: the rules run rule by rule over a batch of notes, and each note's findings are its own.

The order is for speed (one rule's code and tables stay in the processor's
caches; docs/performance.md); what a note gets must not depend on which
other notes shared its batch or their configuration.
"""

import os
import sys

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), os.pardir, "benchmarks"))
import corpus  # noqa: E402

from notelint.config import Config, RuleSettings  # noqa: E402
from notelint.findings import Problem  # noqa: E402
from notelint.linter import Linter, prepare_text  # noqa: E402
from notelint.registry import Rule, all_rules  # noqa: E402

NOTE = ("Dear Ms. Lee,\n\nThank you for the interview on Monday. The part about the data team stayed with me.\n\n"
        "Best regards,\nSam Patel\n")


def _probe(code: str, name: str, calls: list, fail_on: str | None = None) -> Rule:
    """A rule that records each call (its name and the note's path) and finds the note's first word."""

    def check(note, options):
        calls.append((name, note.path))
        assert note.doc is not None
        if fail_on is not None and fail_on in note.text:
            raise RuntimeError(f"cannot read {note.path}")
        yield Problem(0, 4, f"{name} was here")

    return Rule(code=code, name=name, severity="warning", languages=("en",), summary="Records calls.",
                check=check, doc=f"{name} ({code}): records calls.")


@pytest.fixture
def probes(monkeypatch):
    """Two probe rules in the registry, and the calls they record."""
    calls: list = []
    rules = dict(all_rules())
    rules["probe-a"] = _probe("XA001", "probe-a", calls)
    rules["probe-b"] = _probe("XB001", "probe-b", calls, fail_on="BROKEN")
    monkeypatch.setattr("notelint.registry._RULES", rules)
    return calls


def _items(count: int, config: Config, lang: str = "en", texts=None) -> list:
    texts = texts or [NOTE] * count
    return [(prepare_text(text, f"n{i}.txt", config, None, lang), config) for i, text in enumerate(texts)]


def test_each_rule_runs_over_the_whole_batch_before_the_next_rule(probes):
    config = Config()
    linter = Linter(select=["probe-a", "probe-b"], batch_size=4)
    linter.run(_items(6, config))
    first, second = [f"n{i}.txt" for i in range(4)], ["n4.txt", "n5.txt"]
    assert probes == ([("probe-a", p) for p in first] + [("probe-b", p) for p in first]
                      + [("probe-a", p) for p in second] + [("probe-b", p) for p in second])


def test_no_more_docs_than_a_batch_are_alive_and_all_are_let_go(monkeypatch):
    items = []
    alive = []

    def check(note, options):
        alive.append(sum(1 for result, _ in items if result.note.doc is not None))
        return ()

    rules = dict(all_rules())
    rules["probe-docs"] = Rule(code="XD001", name="probe-docs", severity="warning", languages=("en",),
                               summary="Counts Docs.", check=check, doc="probe-docs (XD001): counts Docs.")
    monkeypatch.setattr("notelint.registry._RULES", rules)
    items.extend(_items(10, Config()))
    Linter(select=["probe-docs"], batch_size=4).run(items)
    assert alive == [4] * 8 + [2] * 2
    assert all(result.note.doc is None for result, _ in items)


def test_a_rule_failing_on_one_note_of_a_batch_spares_the_other_notes(probes):
    config = Config()
    texts = [NOTE, NOTE.replace("Monday", "BROKEN Monday"), NOTE]
    results = Linter(select=["probe-a", "probe-b"], batch_size=64).run(_items(3, config, texts=texts))
    assert [[f.name for f in r.findings] for r in results] == [["probe-a", "probe-b"], ["probe-a"],
                                                             ["probe-a", "probe-b"]]
    assert results[0].internal_errors == results[2].internal_errors == []
    assert results[1].internal_errors == ["internal error in rule probe-b (XB001): RuntimeError: cannot read n1.txt"]


def test_notes_with_other_configurations_in_one_batch_keep_their_own_rules_and_severities(probes):
    from notelint.findings import Severity

    neither = Config(ignore=("probe-a", "probe-b"))
    only_a = Config(select=("probe-a",))
    b_as_error = Config(rules={"probe-b": RuleSettings(severity=Severity.ERROR)}, ignore=("probe-a",))
    mixed = [item for trio in zip(_items(3, neither), _items(3, only_a), _items(3, b_as_error)) for item in trio]
    results = Linter(batch_size=64).run(mixed)
    found = [[(f.name, f.severity) for f in r.findings if f.name.startswith("probe")] for r in results]
    assert found == [[], [("probe-a", Severity.WARNING)], [("probe-b", Severity.ERROR)]] * 3


def test_a_note_gets_the_same_findings_in_a_batch_as_alone():
    """The labelled corpus, English and German mixed, in batches of 8 and then one note at a time."""
    notes = corpus.handwritten()
    assert len(notes) > 50
    strict = Config(rules={"too-short": RuleSettings(options={"min-words": 80})})
    configs = [Config(), strict]
    batched = Linter(batch_size=8).run(
        [(prepare_text(text, name, configs[i % 2], None, None), configs[i % 2]) for i, (name, text) in enumerate(notes)])
    alone = [Linter().run([(prepare_text(text, name, configs[i % 2], None, None), configs[i % 2])])[0]
             for i, (name, text) in enumerate(notes)]
    assert {r.language for r in batched} == {"en", "de"}
    assert sum(len(r.findings) for r in batched) > 100
    for together, single in zip(batched, alone):
        assert together.findings == single.findings, together.path
        assert together.internal_errors == single.internal_errors == []
