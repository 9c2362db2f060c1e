"""The rule registry's contract: every rule is documented and has examples."""

import importlib.util
import pathlib

import pytest

from notelint.catalogue import Deferred
from notelint.registry import all_rules

RULE_TESTS = pathlib.Path(__file__).parent / "rules"


def _test_modules():
    modules = {}
    for path in sorted(RULE_TESTS.glob("test_*.py")):
        spec = importlib.util.spec_from_file_location(f"ruletests.{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        rule = getattr(module, "RULE", None)
        if rule:
            modules.setdefault(rule, []).append(module)
    return modules


MODULES = _test_modules()
RULES = list(all_rules().values())


def test_builtin_rules_come_through_entry_points():
    assert "too-short" in all_rules()
    for rule in RULES:  # a rule from the catalogue has a stand-in for check that imports the rule's module
        function = rule.check or rule.batch_check
        function = function.resolve() if isinstance(function, Deferred) else function
        assert function.__module__.startswith("notelint.rules."), rule.name


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_rule_has_docs(rule):
    assert rule.doc.startswith(f"{rule.name} ({rule.code})"), "docstring starts with 'name (CODE): ...'"
    for heading in ("What it does", "Why", "Example"):
        assert heading in rule.doc, f"docstring lacks a '{heading}' section"
    assert rule.summary.endswith(".")


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_rule_has_firing_and_silent_examples_in_each_language(rule):
    modules = MODULES.get(rule.name)
    assert modules, f"no tests/rules/test_*.py declares RULE = {rule.name!r}"
    fires = [c for m in modules for c in getattr(m, "FIRES", [])]
    silent = [c for m in modules for c in getattr(m, "SILENT", [])]
    for lang in rule.languages:
        assert any(c.lang == lang and c.expect for c in fires), f"no firing example in {lang}"
        assert any(c.lang == lang for c in silent), f"no near-miss example in {lang}"


def test_codes_and_names_are_unique():
    assert len({r.code for r in RULES}) == len(RULES)
    assert len({r.name for r in RULES}) == len(RULES)
