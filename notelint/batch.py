"""Rules that compare the notes of one run with each other.

Most rules judge one note at a time; a batch rule (``Rule.batch_check``)
sees every note linted in the run, e.g. to catch the same note sent to two
interviewers. It runs after the per-note rules (and after the cache and any
worker processes), in this process, over the notes' text and metadata (no
spaCy Doc), and its findings go through the same suppressions. Its per-note
part (``Rule.batch_prepare``), if it has one, runs with the other rules, in
the worker processes when there are any.
"""

from __future__ import annotations


def summary(rule, result, options, kept: bool = True):
    """A note's ``batch_prepare`` summary: the one made when it was linted or kept in the cache (unless
    ``kept`` is false), else made now."""
    if kept and rule.code in result.batch:
        return result.batch[rule.code]
    return rule.batch_prepare(result.note, options)


def prepare(result, rules) -> None:
    """Make the batch rules' summaries of a note while it is being linted (``rules``: ``batch_rules_for``)."""
    for rule, _, options in rules:
        if rule.batch_prepare is not None and result.note.language in rule.languages:
            try:
                result.batch[rule.code] = rule.batch_prepare(result.note, options)
            except Exception:  # noqa: BLE001 - made again in batch.run, which reports the error
                pass


def run(linter, items) -> None:
    """Add batch rules' findings to the results of ``items`` (``(FileResult, Config)`` pairs)."""
    from .linter import to_finding

    checked = [(r, c) for r, c in items if r.note is not None and not r.error and not r.notice]
    if len(checked) < 2:
        return
    by_rule: dict[str, tuple] = {}
    for result, config in checked:
        for rule, severity, options in linter.batch_rules_for(config):
            if result.note.language not in rule.languages:
                continue
            entry = by_rule.setdefault(rule.code, (rule, severity, options, []))
            entry[3].append((result, config))
    for rule, severity, options, members in by_rule.values():
        if len(members) < 2:
            continue
        by_note = {id(r.note): (r, c) for r, c in members}
        try:
            hits = _compare(rule, members, options, kept=True)
        except Exception as exc:  # a broken rule must not take the run down
            failure, hits = exc, None
            if rule.batch_prepare is not None:  # or a summary from a damaged cache entry: make them all again
                try:
                    hits = _compare(rule, members, options, kept=False)
                except Exception as again:  # noqa: BLE001
                    failure = again
            if hits is None:
                members[0][0].internal_errors.append(
                    f"internal error in rule {rule.name} ({rule.code}): {type(failure).__name__}: {failure}")
                continue
        for note, problem in hits:
            if id(note) not in by_note:
                continue
            result, config = by_note[id(note)]
            finding = to_finding(note, rule, problem, severity)
            if not linter.suppressed(result, config, finding, rule):
                result.findings.append(finding)
                result.findings.sort(key=lambda f: (f.start, f.end, f.code))


def _compare(rule, members, options, kept: bool) -> list:
    if rule.batch_prepare is None:
        return list(rule.batch_check([r.note for r, _ in members], options))
    return list(rule.batch_check([(r.note, summary(rule, r, options, kept)) for r, _ in members], options))
