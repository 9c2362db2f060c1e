"""The labelled development corpus (tests/corpus/): notelint stays quiet on good notes and
catches what a career advisor would circle. See docs/corpus.md.

The floors are what a tool users trust must reach, not the current figures: when one fails,
fix the rule (or, if the label is wrong, the label with a reason), not the floor.
"""

from __future__ import annotations

import importlib.util
import os
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

_spec = importlib.util.spec_from_file_location(
    "precision_recall", os.path.join(ROOT, "benchmarks", "precision_recall.py")
)
pr = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("precision_recall", pr)  # dataclasses look their module up here
_spec.loader.exec_module(pr)

# At least 9 of 10 good notes have nothing above info (the figure).
MIN_CLEAN_SHARE = 0.90
# Of all warning and error findings over the corpus, at least this share is right.
MIN_PRECISION = 0.85
# Of all faults an advisor would circle (rules that are installed), at least this share is caught.
MIN_RECALL = 0.80
# A single rule: with 4 or more firings, at least 3 of 4 right; with 2 or more, more right than wrong.
MIN_RULE_PRECISION = 0.75
MIN_RULE_FIRINGS = 4


@pytest.fixture(scope="module")
def measurement():
    return pr.measure()


def _fp_list(m, rule=None) -> str:
    return "\n".join(
        f"  {fp['file']}:{fp['line']}: {fp['rule']} \"{fp['text']}\""
        for fp in m.false_positives if rule is None or fp["rule"] == rule
    )


def test_every_note_has_a_label_and_every_label_a_note():
    assert pr.check_consistency() == []


def test_corpus_is_big_enough_in_both_languages():
    labels = pr.load_labels()
    assert len(labels) >= 60
    english = [l for l in labels.values() if l.lang == "en"]
    german = [l for l in labels.values() if l.lang == "de"]
    assert len(english) >= 25 and len(german) >= 25
    good = [l for l in labels.values() if l.good]
    assert len(good) >= 30
    assert any(l.good for l in english) and any(l.good for l in german)
    assert any(name.endswith(".eml") for name in labels)


def test_every_catalog_rule_is_labelled_at_least_twice():
    labels = pr.load_labels()
    counts = {rule: 0 for rule in pr.CATALOG_RULES}
    for label in labels.values():
        for rule in label.expect | label.info:
            if rule in counts:
                counts[rule] += 1
    assert [rule for rule, n in counts.items() if n < 2] == []


def test_notes_are_linted_without_errors(measurement):
    assert measurement.problems == []


def test_good_notes_stay_quiet(measurement):
    m = measurement
    unclean = "\n".join(f"  {e['file']}: {', '.join(e['rules'])}" for e in m.unclean_good)
    assert m.clean_share >= MIN_CLEAN_SHARE, (
        f"only {m.clean_good} of {m.good} good notes have nothing above info:\n{unclean}"
    )


def test_overall_precision(measurement):
    total = measurement.totals()
    assert total.precision >= MIN_PRECISION, (
        f"precision {total.precision:.2f} at warning/error level; false positives:\n{_fp_list(measurement)}"
    )


def test_overall_recall(measurement):
    total = measurement.totals()
    missed = "\n".join(
        f"  {fn['file']}: {fn['rule']}" for fn in measurement.false_negatives if fn["installed"]
    )
    assert total.recall >= MIN_RECALL, f"recall {total.recall:.2f}; missed:\n{missed}"


def test_no_rule_cries_wolf(measurement):
    failing = []
    for name, count in sorted(measurement.rules.items()):
        if count.fired >= MIN_RULE_FIRINGS and count.precision < MIN_RULE_PRECISION:
            failing.append(f"{name}: {count.tp} right, {count.fp} wrong\n{_fp_list(measurement, name)}")
        elif count.fired >= 2 and count.fp >= count.tp:
            failing.append(f"{name}: {count.tp} right, {count.fp} wrong\n{_fp_list(measurement, name)}")
    assert failing == [], "\n".join(failing)


def test_script_floors_and_json():
    import io
    import json
    from contextlib import redirect_stdout

    out = io.StringIO()
    with redirect_stdout(out):
        code = pr.main(["--json", "--lang", "en", "--min-clean", "0.9"])
    data = json.loads(out.getvalue())
    assert code in (0, 1)
    assert data["notes"] >= 30 and data["good"] >= 15
    assert set(data["totals"]) == {"tp", "fp", "fn", "precision", "recall"}
    assert (code == 1) == bool(data["below_floors"])
