"""Rules' regular expressions are compiled on first use (notelint.lazyre), and every one of them compiles."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from notelint import lazyre
from notelint.registry import load_checks


def test_a_lazy_pattern_acts_like_the_compiled_one():
    lazy = lazyre.compile(r"(?P<word>th\w+)", re.IGNORECASE)
    plain = re.compile(r"(?P<word>th\w+)", re.IGNORECASE)
    text = "Thanks for the THOROUGH tour"
    assert "_compiled" not in lazy.__dict__  # nothing compiled yet
    assert lazy.search(text).span() == plain.search(text).span() == (0, 6)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert lazy.sub("x", text) == plain.sub("x", text) == "x for x x tour"
    assert (lazy.pattern, lazy.flags, lazy.groups, lazy.groupindex) == (
        plain.pattern, plain.flags, plain.groups, plain.groupindex)
    assert lazy.compiled is lazy.__dict__["_compiled"]
    assert lazy.search.__self__ is lazy.compiled  # after the first use, calls go straight to the pattern


def test_a_bad_pattern_raises_on_first_use_and_unknown_attributes_stay_errors():
    bad = lazyre.compile(r"(unclosed")
    with pytest.raises(re.error):
        bad.search("x")
    with pytest.raises(AttributeError):
        lazyre.compile("x").no_such_method  # noqa: B018


def _lazy_patterns(value, seen):
    if isinstance(value, lazyre.LazyPattern):
        yield value
    elif isinstance(value, (list, tuple, set, frozenset)) and id(value) not in seen:
        seen.add(id(value))
        for item in value:
            yield from _lazy_patterns(item, seen)
    elif isinstance(value, dict) and id(value) not in seen:
        seen.add(id(value))
        for item in value.values():
            yield from _lazy_patterns(item, seen)


def _rule_modules():
    load_checks()  # import every rule module (all_rules alone may read them from the catalogue)
    return [m for name, m in sorted(sys.modules.items()) if name.startswith("notelint.rules.") and m]


def test_every_rule_regex_compiles():
    """A lazy pattern would otherwise hide a broken regex until a note reached it."""
    found = []
    for module in _rule_modules():
        seen: set[int] = set()
        for value in vars(module).values():
            for lazy in _lazy_patterns(value, seen):
                assert isinstance(lazy.compiled, re.Pattern), f"{module.__name__}: {lazy!r}"
                found.append(lazy)
    assert len(found) > 100  # the rules hold well over a hundred; none is missed by the walk


def test_every_engine_regex_compiles():
    """The engine's own lazy patterns (reading notes, the registry, language detection) compile too,
    including those of a class (LineIndex's line breaks)."""
    import importlib
    import pkgutil

    import notelint

    found = []
    for info in pkgutil.walk_packages(notelint.__path__, "notelint."):
        if info.name.startswith(("notelint.rules", "notelint.web", "notelint.lsp")) or info.name == "notelint.__main__":
            continue  # the rules are walked above; the servers need their extras; __main__ runs the command
        module = importlib.import_module(info.name)
        values = list(vars(module).values())
        values += [v for c in values if isinstance(c, type) and c.__module__ == info.name for v in vars(c).values()]
        for lazy in _lazy_patterns(values, set()):
            assert isinstance(lazy.compiled, re.Pattern), f"{info.name}: {lazy!r}"
            found.append(lazy)
    names = {lazy.pattern for lazy in found}
    assert r"\r\n|\r|\n" in names and r"^[A-Z]{1,5}\d{3}$" in names and r"[^\W\d_]+" in names


def test_loading_the_rules_compiles_none_of_their_regexes():
    """``notelint rules`` and a fully cached run import every rule but lint nothing."""
    probe = (
        "import re, sys\n"
        "from notelint.registry import load_checks\n"
        "re.purge()\n"
        "before = set(sys.modules)\n"
        "load_checks()\n"
        "assert 'notelint.rules.too_short' in sys.modules\n"
        "sys.path.insert(0, 'tests')\n"
        "from test_lazyre import _lazy_patterns\n"
        "compiled = [l for n, m in sys.modules.items() if n.startswith('notelint.rules.')\n"
        "            for v in vars(m).values() for l in _lazy_patterns(v, set()) if '_compiled' in l.__dict__]\n"
        "print(compiled)\n"
    )
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120,
                          cwd=__file__.rsplit("/tests/", 1)[0])
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_word_start_finds_what_a_leading_word_boundary_finds():
    """word_start(words) + rest must match exactly where and what r"\b(?:words)" + rest matches, from
    any start: words sharing a first letter, words that are prefixes of others (in either order),
    phrases, and a rest that backtracks into the choice of word."""
    import random

    cases = [
        (["Mr", "Mrs", "Ms", "Herrn", "Herr", "Frau"], r"\.?\s+([A-Z]\w*)"),
        (["Herr", "Herrn"], r"(n?)\s+(\w+)"),
        (["thank you", "thanks", "Thank you", "danke"], r",\s+(\w+)"),
        (["team", "people", "part of", "bei", "für"], r"[ \t]+(?:at[ \t]+)?(?P<org>[A-ZÄ]\w*)"),
    ]
    rng = random.Random(5)
    for words, rest in cases:
        fast = re.compile(lazyre.word_start(words) + rest)
        plain = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + ")" + rest)
        pieces = list("aMxHT t_1é-.,\n") + [w + end for w in words for end in (" ", ". ", ", ", "n ")] + ["Anna", "Ärzte"]
        found = 0
        for _ in range(4000):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 25)))
            for start in (0, rng.randint(0, len(text))):
                got = [(m.span(), m.groups()) for m in fast.finditer(text, start)]
                assert got == [(m.span(), m.groups()) for m in plain.finditer(text, start)], (words, text, start)
                found += len(got)
        assert found > 500, words


def test_word_start_refuses_a_word_that_does_not_start_with_a_word_character():
    with pytest.raises(ValueError, match="'s"):
        lazyre.word_start(["team", "'s"])
