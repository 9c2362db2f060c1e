"""Rules: what one is, and how notelint finds them.

A rule is a module that defines ``RULE = Rule(...)``; its module docstring is
its documentation (``notelint rule NAME`` prints it). Rules are found through
the ``notelint.rules`` entry-point group, the same way for the built-in rules
and for third-party packages. Loading a rule never imports spaCy.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping

from . import lazyre
from .findings import Problem, Severity

ENTRY_POINT_GROUP = "notelint.rules"
_CODE = lazyre.compile(r"^[A-Z]{1,5}\d{3}$")
_NAME = lazyre.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


class RegistryError(Exception):
    """A rule package is broken; the message says which and why."""


@dataclass(frozen=True)
class Rule:
    """A lint rule.

    ``check(note, options)`` yields :class:`Problem` objects for ``note.text``;
    ``options`` is a mapping with every key of ``options`` here, the defaults
    overridden by configuration. ``languages`` lists the note languages it
    applies to. ``doc`` defaults to the docstring of the module defining
    ``check``.
    """

    code: str
    name: str
    severity: Severity
    languages: frozenset[str]
    summary: str
    check: Callable[[Any, Mapping[str, Any]], Iterable[Problem]] | None
    options: Mapping[str, Any] = field(default_factory=dict)
    doc: str = ""
    #: a rule that compares notes with each other (e.g. the same note sent to two
    #: interviewers) has ``batch_check(notes, options)`` yielding ``(note, Problem)``
    #: over all notes of a run, and ``check=None``
    batch_check: Callable[[list, Mapping[str, Any]], Iterable[tuple[Any, Problem]]] | None = None
    #: optional per-note half of a batch rule: ``batch_prepare(note, options)`` returns a small picklable
    #: summary of one note, computed while the note is linted (with its Doc; in a worker process when
    #: ``--jobs`` runs them) instead of afterwards in one process; ``batch_check`` then gets
    #: ``(note, summary)`` pairs instead of notes. A note whose summary was not made there (its
    #: findings came from the cache) gets it made before ``batch_check`` runs.
    batch_prepare: Callable[[Any, Mapping[str, Any]], Any] | None = None

    def __post_init__(self):
        if not _CODE.match(self.code):
            raise RegistryError(f"rule code {self.code!r} must be letters then three digits, like NL101")
        if not _NAME.match(self.name):
            raise RegistryError(f"rule name {self.name!r} must be kebab-case")
        object.__setattr__(self, "severity", Severity.parse(self.severity))
        object.__setattr__(self, "languages", frozenset(self.languages))
        object.__setattr__(self, "options", dict(self.options))
        if self.check is None and self.batch_check is None:
            raise RegistryError(f"rule {self.name!r} has neither check nor batch_check")
        from .catalogue import catalogued

        if not self.doc and not catalogued(self):  # a stand-in's module is not the rule's
            module = inspect.getmodule(self.check or self.batch_check)
            object.__setattr__(self, "doc", inspect.cleandoc(getattr(module, "__doc__", "") or ""))

    def resolve_options(self, overrides: Mapping[str, Any], where: str) -> dict:
        """Defaults updated by user overrides, type-checked against the defaults."""
        resolved = dict(self.options)
        for key, value in overrides.items():
            if key not in self.options:
                known = ", ".join(sorted(self.options)) or "none"
                raise ValueError(f"{where}: rule {self.name} has no option {key!r} (options: {known})")
            default = self.options[key]
            resolved[key] = _coerce(value, default, f"{where}: {self.name}.{key}")
        return resolved


def _coerce(value: Any, default: Any, where: str) -> Any:
    if default is None:
        return value
    if isinstance(default, bool):
        if isinstance(value, bool):
            return value
        raise ValueError(f"{where} must be true or false, not {value!r}")
    if isinstance(default, (int, float)):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"{where} must be a number, not {value!r}")
        if isinstance(default, int) and not isinstance(value, int):
            raise ValueError(f"{where} must be a whole number, not {value!r}")
        if value < 0:
            raise ValueError(f"{where} must not be negative")
        return value
    if isinstance(default, str):
        if not isinstance(value, str):
            raise ValueError(f"{where} must be text, not {value!r}")
        return value
    if isinstance(default, (list, tuple)):
        if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"{where} must be a list of strings")
        return tuple(value)
    if isinstance(default, dict):
        if not isinstance(value, dict):
            raise ValueError(f"{where} must be a table")
        merged = dict(default)
        for k, v in value.items():
            if k not in default:
                raise ValueError(f"{where} has no key {k!r} (keys: {', '.join(sorted(default))})")
            merged[k] = _coerce(v, default[k], f"{where}.{k}")
        return merged
    return value


_RULES: dict[str, Rule] | None = None
_LOAD_ERRORS: list[str] = []


def all_rules() -> dict[str, Rule]:
    """Every installed rule by name, in code order (cached per process).

    A plugin that fails to load, is not a Rule, or clashes with another rule's
    name or code is left out and recorded in :func:`load_errors`: one broken
    package must not stop the other rules. The rules come from the kept
    catalogue (:mod:`notelint.catalogue`) when it is up to date: their
    modules are then imported when first needed (:func:`load_checks`).
    """
    global _RULES
    if _RULES is None:
        from . import catalogue
        from .installed import entry_points

        points = sorted(entry_points(), key=lambda e: (e.name, e.value))
        names = [[ep.name, ep.value] for ep in points]
        kept = catalogue.read(names)
        if kept is not None:
            _LOAD_ERRORS[:] = []
            _RULES = kept
            return _RULES
        found: dict[str, Rule] = {}
        values: dict[str, str] = {}
        codes: dict[str, str] = {}
        errors: list[str] = []
        for ep in points:
            try:
                rule = ep.load()
            except Exception as exc:  # a broken plugin must not take notelint down
                errors.append(f"rule plugin {ep.name!r} ({ep.value}) failed to load: {type(exc).__name__}: {exc}")
                continue
            if not isinstance(rule, Rule):
                errors.append(f"rule plugin {ep.name!r} ({ep.value}) is not a notelint Rule")
                continue
            if rule.name in found and found[rule.name] is not rule:
                errors.append(f"rule plugin {ep.name!r} ({ep.value}): another rule is already named {rule.name!r}")
                continue
            if rule.code in codes and codes[rule.code] != rule.name:
                errors.append(f"rule plugin {ep.name!r} ({ep.value}): code {rule.code} is already "
                              f"used by {codes[rule.code]!r}")
                continue
            found[rule.name] = rule
            values.setdefault(rule.name, ep.value)
            codes[rule.code] = rule.name
        _LOAD_ERRORS[:] = errors
        _RULES = dict(sorted(found.items(), key=lambda item: item[1].code))
        if not errors:  # a broken plugin is imported (and reported) on every run
            catalogue.keep(names, _RULES, values)
    return _RULES


def load_checks() -> bool:
    """Import the rules that came from the catalogue, and use the imported ones from now on (before
    linting: a rule's first note is not slowed by its import, worker processes forked afterwards
    share the modules, and each call goes straight to the rule). True if the rules were replaced
    (rules chosen before are then out of date)."""
    global _RULES
    from .catalogue import catalogued, load

    rules = all_rules()
    if not any(catalogued(rule) for rule in rules.values()):
        return False
    imported = {}
    for name, rule in rules.items():
        if catalogued(rule):
            try:
                rule = load((rule.check or rule.batch_check).value, rule.code, rule.name)
            except RegistryError:
                pass  # the stand-in's first call raises it again: an internal error of that rule, exit code 2
        imported[name] = rule
    _RULES = imported
    return True


def load_errors() -> list[str]:
    """Rule plugins that could not be used (one line each)."""
    all_rules()
    return list(_LOAD_ERRORS)


def lookup(name_or_code: str) -> Rule | None:
    """A rule by exact name or code (case-insensitive)."""
    key = name_or_code.strip()
    for rule in all_rules().values():
        if key.lower() == rule.name or key.upper() == rule.code:
            return rule
    return None


def matches(rule: Rule, selector: str) -> bool:
    """Does a --select/--ignore entry (code, code prefix, name or ALL) cover the rule?"""
    sel = selector.strip()
    if sel.upper() == "ALL":
        return True
    if sel.lower() == rule.name:
        return True
    return bool(_CODE_PREFIX.match(sel)) and rule.code.startswith(sel.upper())


_CODE_PREFIX = lazyre.compile(r"^[A-Za-z]{1,5}\d{0,3}$")


def check_selector(selector: str, where: str) -> None:
    """Raise ValueError when a selector matches no installed rule."""
    if not any(matches(rule, selector) for rule in all_rules().values()):
        raise ValueError(f"{where}: {selector!r} matches no rule code, prefix or name (see 'notelint rules')")


def selected(select: Iterable[str] | None, ignore: Iterable[str]) -> list[Rule]:
    """The rules a --select/--ignore pair enables, in code order."""
    rules = list(all_rules().values())
    if select is not None:
        chosen = list(select)
        rules = [r for r in rules if any(matches(r, s) for s in chosen)]
    ignored = list(ignore)
    return [r for r in rules if not any(matches(r, s) for s in ignored)]
