"""Per-rule precision and recall of notelint over the labelled corpus in tests/corpus/.

    python3 benchmarks/precision_recall.py                 # table, clean good notes, false positives
    python3 benchmarks/precision_recall.py --lang de       # German notes only
    python3 benchmarks/precision_recall.py --json          # machine output
    python3 benchmarks/precision_recall.py --min-precision 0.9 --min-clean 0.9   # exit 1 below

Each note in the corpus is labelled (tests/corpus/labels.toml) with the rules a career advisor
would circle at warning or error level (``expect``) and, optionally, the info-level rules expected
(``info``). A rule's finding counts only at warning or error level: a true positive when the note
expects the rule, a false positive when it does not; an expected rule that does not fire at
warning or error level is a false negative. Notes are linted with notelint's default
configuration (no project configuration is read), so the figures measure the rules as shipped.
See docs/corpus.md.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import dataclass, field

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "tests", "corpus")
LABELS = "labels.toml"
NOTE_SUFFIXES = (".txt", ".md", ".eml")

# The rule names of the rule catalog. Labels may name a catalog rule that is not installed yet
# (it is then reported as "not installed"); a name outside this list and the registry is a typo.
CATALOG_RULES = (
    "sent-too-late", "sent-too-early", "too-short", "too-long",
    "missing-greeting", "casual-greeting", "generic-salutation", "casual-signoff", "subject-line",
    "generic-template", "unfilled-placeholder", "wrong-company-name", "recipient-name-mismatch",
    "missing-thanks", "missing-role-reference", "missing-interest", "duplicate-across-recipients",
    "over-apologizing", "negative-self-talk", "aggressive-pushy", "presumptuous-assumes-offer",
    "desperation-begging", "over-flattery", "excessive-exclamation", "emoji-emoticon",
    "all-caps-shouting", "textspeak-slang",
    "salary-benefits", "gift-or-bribe", "profanity-sarcasm", "criticizes-interviewer", "new-info-dump",
    "de-sie-du-mixing", "de-anrede-format", "de-grussformel", "de-konjunktiv-hedging",
)


class CorpusError(Exception):
    """The corpus or its labels are inconsistent."""


@dataclass
class Label:
    name: str
    lang: str
    good: bool
    expect: frozenset[str]
    info: frozenset[str]


@dataclass
class RuleCount:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    installed: bool = True

    @property
    def fired(self) -> int:
        return self.tp + self.fp

    @property
    def precision(self) -> float | None:
        return self.tp / self.fired if self.fired else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


@dataclass
class Measurement:
    rules: dict[str, RuleCount]
    notes: int
    good: int
    clean_good: int
    false_positives: list[dict] = field(default_factory=list)
    false_negatives: list[dict] = field(default_factory=list)
    unclean_good: list[dict] = field(default_factory=list)
    info_expected: dict[str, list[int]] = field(default_factory=dict)  # rule -> [found, expected]
    info_missed: list[dict] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # input or internal errors while linting

    def totals(self) -> RuleCount:
        total = RuleCount()
        for count in self.rules.values():
            if count.installed:
                total.tp += count.tp
                total.fp += count.fp
                total.fn += count.fn
        return total

    @property
    def clean_share(self) -> float | None:
        return self.clean_good / self.good if self.good else None


# ---------------------------------------------------------------------------------------- corpus


def note_files(corpus: str = CORPUS) -> list[str]:
    """File names of the notes in the corpus (sorted)."""
    return sorted(
        name for name in os.listdir(corpus)
        if name.endswith(NOTE_SUFFIXES) and os.path.isfile(os.path.join(corpus, name))
    )


def load_labels(corpus: str = CORPUS) -> dict[str, Label]:
    """The labels of the corpus, checked for shape; raises CorpusError."""
    path = os.path.join(corpus, LABELS)
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise CorpusError(f"{path}: {exc}") from None
    labels = {}
    for name, entry in data.items():
        if not isinstance(entry, dict):
            raise CorpusError(f"{LABELS}: [{name!r}] must be a table")
        unknown = set(entry) - {"lang", "good", "expect", "info"}
        if unknown:
            raise CorpusError(f"{LABELS}: [{name!r}] has unknown keys {sorted(unknown)}")
        lang = entry.get("lang")
        if lang not in ("en", "de"):
            raise CorpusError(f"{LABELS}: [{name!r}] needs lang = \"en\" or \"de\"")
        expect, info = entry.get("expect"), entry.get("info", [])
        if not isinstance(expect, list) or not isinstance(info, list):
            raise CorpusError(f"{LABELS}: [{name!r}] needs expect = [...] (and info, if given, a list)")
        good = bool(entry.get("good", False))
        if good and expect:
            raise CorpusError(f"{LABELS}: [{name!r}] is marked good but expects {expect}")
        labels[name] = Label(name, lang, good, frozenset(expect), frozenset(info))
    return labels


def check_consistency(corpus: str = CORPUS, labels: dict[str, Label] | None = None) -> list[str]:
    """What is wrong between the files, the labels and the known rule names (empty when all is well)."""
    from notelint.registry import all_rules

    labels = load_labels(corpus) if labels is None else labels
    files = set(note_files(corpus))
    problems = [f"{name}: no label entry in {LABELS}" for name in sorted(files - set(labels))]
    problems += [f"{LABELS}: [{name!r}] has no note file" for name in sorted(set(labels) - files)]
    known = set(CATALOG_RULES) | set(all_rules())
    for label in labels.values():
        for rule in sorted(label.expect | label.info):
            if rule not in known:
                problems.append(f"{LABELS}: [{label.name!r}] names an unknown rule {rule!r}")
    return problems


# ---------------------------------------------------------------------------------------- linting


def lint_corpus(corpus: str = CORPUS, names: list[str] | None = None):
    """Lint the notes in-process with the default configuration; returns {name: FileResult}."""
    from notelint.config import Config
    from notelint.linter import Linter, prepare_file

    config = Config()
    names = note_files(corpus) if names is None else names
    linter = Linter()
    items = [(prepare_file(os.path.join(corpus, name), config, None, None, display=name), config) for name in names]
    linter.run(items)
    from notelint import batch

    batch.run(linter, items)  # rules that compare the notes of one run, as the command line does
    return {name: result for name, (result, _) in zip(names, items)}


def _flagged(result, finding) -> str:
    source = result.note.source if result.note is not None else ""
    text = " ".join(source[finding.start:finding.end].split())
    return text if len(text) <= 70 else text[:67] + "..."


def measure(corpus: str = CORPUS, lang: str | None = None) -> Measurement:
    """Lint the corpus and count per rule; raises CorpusError when files and labels disagree."""
    from notelint.findings import Severity
    from notelint.registry import all_rules

    labels = load_labels(corpus)
    problems = check_consistency(corpus, labels)
    if problems:
        raise CorpusError("; ".join(problems))
    names = [name for name in note_files(corpus) if lang is None or labels[name].lang == lang]
    results = lint_corpus(corpus, names)
    installed = set(all_rules())
    rules: dict[str, RuleCount] = {name: RuleCount() for name in sorted(installed)}
    for label in labels.values():
        for rule in label.expect:
            rules.setdefault(rule, RuleCount(installed=rule in installed))
    m = Measurement(rules=rules, notes=len(names), good=0, clean_good=0)
    for name in names:
        label, result = labels[name], results[name]
        if result.error or result.notice:
            m.problems.append(f"{name}: {result.error or result.notice}")
        m.problems += [f"{name}: {message}" for message in result.internal_errors]
        if result.note is not None and not result.notice and result.note.language != label.lang:
            m.problems.append(f"{name}: detected as {result.note.language!r}, labelled {label.lang!r}")
        loud = [f for f in result.findings if f.severity.rank >= Severity.WARNING.rank]
        fired = {f.name for f in loud}
        any_level = {f.name for f in result.findings}
        for finding in loud:
            if finding.name not in label.expect:
                m.false_positives.append({
                    "file": name, "rule": finding.name, "severity": finding.severity.value,
                    "line": finding.line, "column": finding.column,
                    "text": _flagged(result, finding), "message": finding.message,
                })
        for rule in sorted(fired & label.expect):
            rules[rule].tp += 1
        for rule in sorted(fired - label.expect):
            rules.setdefault(rule, RuleCount()).fp += 1
        for rule in sorted(label.expect - fired):
            rules[rule].fn += 1
            m.false_negatives.append({
                "file": name, "rule": rule,
                "installed": rules[rule].installed,
                "fired_at_info": rule in any_level,
            })
        for rule in sorted(label.info):
            counts = m.info_expected.setdefault(rule, [0, 0])
            counts[1] += 1
            if rule in any_level:
                counts[0] += 1
            else:
                m.info_missed.append({"file": name, "rule": rule, "installed": rule in installed})
        if label.good:
            m.good += 1
            if loud:
                m.unclean_good.append({"file": name, "rules": sorted(fired)})
            else:
                m.clean_good += 1
    return m


# ---------------------------------------------------------------------------------------- output


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def table(m: Measurement) -> str:
    """The per-rule table with totals, as Markdown (readable in a terminal too)."""
    lines = ["| rule | TP | FP | FN | precision | recall |", "|---|---:|---:|---:|---:|---:|"]
    for name, c in sorted(m.rules.items()):
        if not c.installed:
            continue
        if c.tp == c.fp == c.fn == 0:
            continue
        lines.append(f"| {name} | {c.tp} | {c.fp} | {c.fn} | {_ratio(c.precision)} | {_ratio(c.recall)} |")
    t = m.totals()
    lines.append(f"| **total** | {t.tp} | {t.fp} | {t.fn} | {_ratio(t.precision)} | {_ratio(t.recall)} |")
    return "\n".join(lines)


def report(m: Measurement) -> str:
    out = [f"notes: {m.notes} (good: {m.good})", "", table(m), ""]
    silent = sorted(n for n, c in m.rules.items() if c.installed and c.tp == c.fp == c.fn == 0)
    if silent:
        out.append("installed, not labelled and silent at warning/error level: " + ", ".join(silent))
    missing = sorted(n for n, c in m.rules.items() if not c.installed)
    if missing:
        out.append("labelled but not installed (not in the totals): " + ", ".join(
            f"{n} ({m.rules[n].fn} expected)" for n in missing))
    share = m.clean_share
    out.append(f"clean good notes: {m.clean_good} of {m.good}"
               + (f" ({share:.0%}) have nothing above info" if share is not None else ""))
    for entry in m.unclean_good:
        out.append(f"  {entry['file']}: {', '.join(entry['rules'])}")
    if m.info_expected:
        out.append("info-level expectations found (at any level): " + ", ".join(
            f"{rule} {found}/{expected}" for rule, (found, expected) in sorted(m.info_expected.items())))
        for miss in m.info_missed:
            out.append(f"  missed: {miss['file']}: {miss['rule']}" + ("" if miss["installed"] else " (not installed)"))
    out.append("")
    out.append(f"false positives ({len(m.false_positives)}):")
    for fp in m.false_positives:
        out.append(f"  {fp['file']}:{fp['line']}:{fp['column']}: {fp['rule']} [{fp['severity']}] \"{fp['text']}\"")
    out.append(f"false negatives ({len([f for f in m.false_negatives if f['installed']])} of installed rules):")
    for fn in m.false_negatives:
        if fn["installed"]:
            note = " (fired at info only)" if fn["fired_at_info"] else ""
            out.append(f"  {fn['file']}: {fn['rule']}{note}")
    if m.problems:
        out.append("")
        out.append("problems while linting:")
        out += [f"  {p}" for p in m.problems]
    return "\n".join(out)


def as_json(m: Measurement) -> dict:
    t = m.totals()
    return {
        "notes": m.notes,
        "good": m.good,
        "clean_good": m.clean_good,
        "clean_share": m.clean_share,
        "rules": {
            name: {"tp": c.tp, "fp": c.fp, "fn": c.fn, "precision": c.precision, "recall": c.recall,
                   "installed": c.installed}
            for name, c in sorted(m.rules.items())
        },
        "totals": {"tp": t.tp, "fp": t.fp, "fn": t.fn, "precision": t.precision, "recall": t.recall},
        "info_expected": {rule: {"found": f, "expected": e} for rule, (f, e) in sorted(m.info_expected.items())},
        "false_positives": m.false_positives,
        "false_negatives": m.false_negatives,
        "unclean_good": m.unclean_good,
        "info_missed": m.info_missed,
        "problems": m.problems,
    }


def below_floors(m: Measurement, min_precision: float | None, min_clean: float | None) -> list[str]:
    """Why the measurement fails the floors (empty when it passes)."""
    failures = []
    if min_precision is not None:
        for name, c in sorted(m.rules.items()):
            if c.fired >= 2 and c.precision is not None and c.precision < min_precision:
                failures.append(f"{name}: precision {c.precision:.2f} < {min_precision:.2f} ({c.fp} false positives)")
    if min_clean is not None and m.clean_share is not None and m.clean_share < min_clean:
        failures.append(f"clean good notes {m.clean_good} of {m.good} ({m.clean_share:.0%}) < {min_clean:.0%}")
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=CORPUS, help="corpus folder (default: tests/corpus)")
    parser.add_argument("--lang", choices=("en", "de"), help="measure only notes in this language")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--min-precision", type=float, metavar="P",
                        help="exit 1 when a rule with at least 2 firings has precision below P")
    parser.add_argument("--min-clean", type=float, metavar="S",
                        help="exit 1 when the share of good notes with nothing above info is below S")
    args = parser.parse_args(argv)
    try:
        m = measure(args.corpus, args.lang)
    except CorpusError as exc:
        print(f"precision_recall: {exc}", file=sys.stderr)
        return 2
    failures = below_floors(m, args.min_precision, args.min_clean)
    if args.json:
        data = as_json(m)
        data["below_floors"] = failures
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print(report(m))
        if failures:
            print("\nbelow the floors:")
            print("\n".join(f"  {f}" for f in failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.path.insert(0, ROOT)
    sys.exit(main())
