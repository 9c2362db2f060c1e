"""The pattern language rules and house rules are written in."""

import pytest

from notelint import pipeline
from notelint.patterns import PatternError, PatternSet, compile_pattern, expand


def find(patterns, text, lang="en"):
    doc = next(pipeline.get(lang).pipe([text]))
    return [(s.text, s.label_) for s in PatternSet({lang: patterns}).find(doc)]


def test_words_alternatives_prefixes_and_gaps():
    assert find(["i expect|demand _{0,3} decision|answer"], "I expect your final decision by Friday.") == [
        ("I expect your final decision", "match")]
    assert find(["apolog*"], "Apologies, I apologized.") == [("Apologies", "match"), ("apologized", "match")]
    assert find(["so? sorry"], "I am so sorry.") == [("so sorry", "match")]
    assert find(["!no need"], "No need. We need it.") == [("We need", "match")]


def test_lemmas_are_loaded_on_demand():
    assert find(["<apologize>"], "I apologized twice.") == [("apologized", "match")]


def test_phrase_groups():
    assert expand("(do n't|do not) know") == ["do n't know", "do not know"]
    assert expand("i (really)? need") == ["i really need", "i need"]
    assert find(["i (do n't|do not) know"], "I don't know. I do not know.") == [
        ("I do n't know".replace(" n't", "n't"), "match"), ("I do not know", "match")]


def test_labels():
    found = find({"demand": ["i expect"], "offer": ["another offer"]}, "I expect it. I have another offer.")
    assert found == [("I expect", "demand"), ("another offer", "offer")]


def test_german():
    assert find(["es tut mir _{0,2} leid"], "Es tut mir wirklich leid.", "de") == [("Es tut mir wirklich leid", "match")]


@pytest.mark.parametrize("bad", ["", "a?", "_{0,3}", "a || b", "(a|)"])
def test_bad_patterns(bad):
    with pytest.raises(PatternError):
        for p in expand(bad) or [""]:
            compile_pattern(p)


def test_line_breaks_inside_a_phrase_still_match():
    assert find(["i expect _{0,3} decision"], "I expect your\nfinal decision.") == [("I expect your\nfinal decision", "match")]
    assert find(["an der stelle interessiert"], "sehr an der Stelle\ninteressiert.", "de") == [
        ("an der Stelle\ninteressiert", "match")]
