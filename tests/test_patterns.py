"""The pattern language rules and house rules are written in."""

import pytest

from notelint import pipeline
from notelint.patterns import PatternError, PatternSet, compile_pattern, compile_patterns, expand


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


# ----------------------------------------------------------------------------- matching only where it can match
#
# A pattern set runs its Matcher only on stretches of the note around the words its patterns cannot do
# without, and remembers the matches of each stretch of tokens. These tests hold that to what one Matcher
# with every pattern, run over the whole note, finds.


def _reference(pset, doc):
    """What ``PatternSet.find`` must return: every pattern of the set, matched over the whole Doc."""
    from spacy.matcher import Matcher
    from spacy.tokens import Span
    from spacy.util import filter_spans

    matcher = Matcher(doc.vocab)
    for label, compiled in pset.compiled(doc.lang_).items():
        matcher.add(label, compiled)
    spans = [Span(doc, s, e, label=doc.vocab.strings[m]) for m, s, e in matcher(doc)]
    return [(s.start, s.end, s.label_) for s in sorted(filter_spans(spans), key=lambda s: s.start)]


def _rule_pattern_sets():
    import gc

    from notelint.registry import load_checks

    load_checks()  # import every rule module (all_rules alone may read them from the catalogue)
    return [o for o in gc.get_objects() if isinstance(o, PatternSet)]


def _corpus_notes():
    from pathlib import Path

    return sorted(p.read_text(encoding="utf-8") for p in (Path(__file__).parent / "corpus").rglob("*.txt"))


@pytest.mark.parametrize("lang", ["en", "de"])
def test_every_rule_pattern_set_finds_what_a_whole_note_matcher_finds(lang):
    from notelint.language import detect

    sets = [s for s in _rule_pattern_sets() if lang in s.languages]
    texts = [t for t in _corpus_notes() if detect(t)[0] == lang]
    assert len(sets) >= 10 and len(texts) >= 30
    nlp = pipeline.get(lang)
    compared = found = 0
    for _ in range(2):  # the second time every stretch comes from the memo
        for doc in nlp.pipe(texts):
            nlp.ensure_lemmas(doc)
            for pset in sets:
                got = [(s.start, s.end, s.label_) for s in pset.find(doc)]
                assert got == _reference(pset, doc), (pset, doc.text[:80])
                compared += 1
                found += len(got)
    assert found > 50, "the corpus should exercise the patterns"


def test_a_match_across_a_line_break_and_at_the_edges_of_a_note():
    patterns = ["i (really|truly)? expect _{0,3} answer", "sorry"]
    for text in ("I really\n\nexpect an\nanswer", "sorry", "Sorry.\nI expect\nyour answer. Sorry",
                 "I expect it. Then an answer."):
        doc = next(pipeline.get("en").pipe([text]))
        pset = PatternSet({"en": patterns})
        assert [(s.start, s.end, s.label_) for s in pset.find(doc)] == _reference(pset, doc), text


def test_each_placing_word_looks_as_far_as_its_own_patterns_reach():
    """"by" places only a one-word pattern, so its window is the word itself; "omega" ends a pattern of
    up to six words, so its window reaches back past "by" to "alpha" and no further to the right; "send"
    is the second of up to four words (windows are joined in text order)."""
    from notelint import patterns as module

    patterns = ["by", "alpha|beta _{0,4} omega", "kindly|please send _? it"]
    pset = PatternSet({"en": patterns})
    for text in ("alpha by x y omega", "Alpha by omega and by then, please send it by Friday.",
                 "by by alpha\n\nx by omega by", "beta x by y z omega", "by alpha x y z w omega"):
        doc = next(pipeline.get("en").pipe([text]))
        assert [(s.start, s.end, s.label_) for s in pset.find(doc)] == _reference(pset, doc), text
    plan = pset._plan("en")
    matcher, placing, _ = plan._build(doc.vocab, tuple(range(len(plan.entries))))
    assert placing == {"by": (0, 0), "omega": (5, 0), "send": (1, 2)}
    doc = next(pipeline.get("en").pipe(["by x y z omega, and then a b c d by the way"]))
    assert module._windows(doc, placing) == [(0, 5), (12, 13)]
    doc = next(pipeline.get("en").pipe(["a b please send\n\nit now c"]))
    assert [t.text for t in doc] == ["a", "b", "please", "send", "\n\n", "it", "now", "c"]
    assert module._windows(doc, placing) == [(2, 7)]  # the line break is not one of the words


def test_a_pattern_is_placed_by_its_rarest_looking_word():
    """A window is opened around each word that places a pattern, so the word should be a rare one:
    not a stop word ("i", "to", "ihre"), then one with fewer alternatives, then the longer. The matches
    stay those of a whole-note Matcher, wherever the common words are."""
    pset = PatternSet({"en": ["i am|'m writing to thank|express", "look|looking forward to hearing"],
                       "de": ["ich freue mich auf ihre baldige? rückmeldung|antwort"]})
    plan = pset._plan("en")
    _, placing, _ = plan._build(pipeline.get("en").nlp.vocab, tuple(range(len(plan.entries))))
    assert placing == {"writing": (2, 2), "forward": (1, 2)}
    plan = pset._plan("de")
    _, placing, _ = plan._build(pipeline.get("de").nlp.vocab, tuple(range(len(plan.entries))))
    assert placing == {"freue": (1, 5)}
    for lang, text in (("en", "I am writing to thank you. I think I am, and I look forward to hearing. I'm writing to"),
                       ("de", "Ich freue mich auf Ihre Rückmeldung. Ich freue mich auf Ihre baldige Antwort, ich.")):
        doc = next(pipeline.get(lang).pipe([text]))
        got = [(s.start, s.end, s.label_) for s in pset.find(doc)]
        assert got == _reference(pset, doc) and len(got) == 2, text


def test_the_same_words_elsewhere_give_the_same_matches():
    """The memo is keyed on the exact tokens: the same phrase in another note matches at its own place,
    and a phrase that differs only in case or lemma is matched on its own."""
    pset = PatternSet({"en": ["i expect _{0,3} answer", "<apologize>"]})
    first, second = pipeline.get("en").pipe(["I expect an answer.", "Hello. Hello. I expect an answer. I apologized."])
    pipeline.get("en").ensure_lemmas(second)
    assert [s.text for s in pset.find(first)] == ["I expect an answer"]
    assert [(s.start, s.text) for s in pset.find(second)] == [(4, "I expect an answer"), (10, "apologized")]


def test_a_stretch_matched_under_one_selection_of_patterns_is_not_matched_again_under_another():
    """A note holding more of a set's anchor words gets another Matcher (another selection of the
    set's patterns), but a stretch of words already matched gives the same matches under any
    selection: it is looked up, not matched again."""
    from notelint import patterns as module

    pset = PatternSet({"en": ["thank you", "zebra tour"]})
    first, second = pipeline.get("en").pipe(["Thank you. Regards", "Thank you. Regards. The zebra tour"])
    plan = pset._plan("en")

    def stretches():
        return {key for key in module._RESULTS if key[0] == plan.serial}

    assert [s.text for s in pset.find(first)] == ["Thank you"]
    seen = stretches()
    assert [s.text for s in pset.find(second)] == ["Thank you", "zebra tour"]
    assert len(plan._matchers) == 2  # two selections, two Matchers
    assert len(stretches() - seen) == 1  # only "zebra tour" was matched; "Thank you" was looked up


@pytest.mark.parametrize("lang", ["en", "de"])
def test_one_matcher_of_all_a_sets_patterns_finds_what_a_whole_note_matcher_finds(lang, monkeypatch):
    """A set that keeps meeting new selections of its patterns matches them with one Matcher of all
    its patterns; with that from the first selection on (fresh sets, so no stretch comes from the
    memo), every rule's set still finds what a whole-note Matcher finds."""
    from notelint import patterns as module
    from notelint.language import detect

    monkeypatch.setattr(module, "SHARED_MATCHER_AFTER", 0)
    sets = [PatternSet(s._strings) for s in _rule_pattern_sets() if lang in s.languages]
    texts = [t for t in _corpus_notes() if detect(t)[0] == lang]
    nlp = pipeline.get(lang)
    found = 0
    for doc in nlp.pipe(texts):
        nlp.ensure_lemmas(doc)
        for pset in sets:
            got = [(s.start, s.end, s.label_) for s in pset.find(doc)]
            assert got == _reference(pset, doc), (pset, doc.text[:80])
            found += len(got)
    assert found > 50
    assert sum(bool(plan._shared) for pset in sets for plan in pset._plans.values()) >= 10


def test_a_set_shares_one_matcher_after_a_few_selections_unless_the_whole_note_is_searched(monkeypatch):
    from notelint import patterns as module

    monkeypatch.setattr(module, "SHARED_MATCHER_AFTER", 2)
    nlp = pipeline.get("en")

    def matchers(patterns, texts):
        pset = PatternSet({"en": patterns})
        for doc in nlp.pipe(texts):
            assert [(s.start, s.end, s.label_) for s in pset.find(doc)] == _reference(pset, doc), doc.text
        plan = pset._plan("en")
        return [matcher for matcher, _, _ in plan._matchers.values()], plan  # in the order the notes met them

    # five selections: the first two get their own Matcher, the next three share one
    used, plan = matchers(["alpha", "beta", "gamma", "delta _{0,2} epsilon"],
                          ["Alpha.", "Beta.", "Alpha and beta.", "Gamma, delta then epsilon.", "Beta, gamma."])
    assert len(used) == 5 and len({id(m) for m in used}) == 3
    assert len(plan._shared) == 1 and used[2] is used[3] is used[4] is plan._shared[id(nlp.nlp.vocab)]
    # a pattern with no word to place it ("#NUM") is in every selection: each searches the whole note
    # with a Matcher of its own, never with every pattern
    used, plan = matchers(["alpha", "beta", "gamma", "#NUM"], ["Alpha 1.", "Beta 2.", "Alpha beta 3.", "Gamma 4."])
    assert len(used) == 4 and len({id(m) for m in used}) == 4 and not plan._shared


def test_compiled_patterns_pass_spacys_pattern_check():
    """PatternSet builds its Matchers without spaCy's schema check (it costs half of each build):
    what compile_pattern makes of every rule's patterns and of each feature of the language must pass it."""
    from spacy.schemas import validate_token_pattern

    features = ["sorry", "expect|demand", "apolog*", "!a|b", "<apologize>", "<be|have>", "a _ _{0,3} b", "_{2}",
                "word? a|b? _? c", "x{1,}", "#NUM #PUNCT", "(a b|c d)? e", "!thank* you", "a* b|c*"]
    patterns = [c for f in features for c in compile_patterns(f)]
    for pset in _rule_pattern_sets():
        for lang in pset.languages:
            patterns.extend(c for compiled in pset.compiled(lang).values() for c in compiled)
    assert len(patterns) > 500
    for pattern in patterns:
        assert validate_token_pattern(pattern) == [], pattern


def test_anchor_regexes_match_one_word_at_a_time():
    """A note's words are searched for the prefix anchors ("thank*") joined one a line, in no set order:
    that holds only while every anchor regex matches within one line, as if each word were tried alone."""
    from notelint.patterns import _words

    texts = _corpus_notes()[:60]
    checked = 0
    for lang in ("en", "de"):
        plans = [s._plan(lang) for s in _rule_pattern_sets() if lang in s.languages]
        for doc in pipeline.get(lang).pipe(texts):
            words, joined, odd, _ = _words(doc)
            plain = words.difference(odd)
            assert sorted(joined.split("\n")) == sorted(plain) and not any("\n" in w or "\r" in w for w in plain)
            for plan in plans:
                for _, regex in plan._regexes:
                    assert regex.pattern.startswith("^(?:") and regex.pattern.endswith(")$"), regex.pattern
                    assert {m.group() for m in regex.finditer(joined)} == {w for w in plain if regex.fullmatch(w)}
                    checked += 1
    assert checked > 100


def _naive_present(plan, doc) -> int:
    """The bits of ``plan``'s anchors that ``doc`` holds, found the plain way: each word tried on each anchor."""
    from notelint.patterns import token_lowers

    present = 0
    for word in set(token_lowers(doc)):
        for aid, anchor in enumerate(plan.anchors):
            if word in anchor if isinstance(anchor, frozenset) else anchor.search(word):
                present |= 1 << aid
    return present


def test_the_anchors_a_note_holds_are_found_for_every_plan_at_once():
    from notelint.patterns import _INDEX

    texts = _corpus_notes()
    checked = held = 0
    for lang in ("en", "de"):
        plans = [s._plan(lang) for s in _rule_pattern_sets() if lang in s.languages]
        for doc in pipeline.get(lang).pipe(texts):
            version = _INDEX.version
            for plan in plans:
                assert plan.held(doc) == _naive_present(plan, doc), (plan.entries[0], doc.text[:60])
                checked += 1
                held += bool(plan.held(doc))
            assert doc.user_data["notelint.patterns.present"][0] == version  # found once, for every plan
    assert checked > 1000 and held > 500


def test_a_set_first_used_after_a_notes_anchors_were_found_is_still_placed():
    from notelint.patterns import _INDEX

    doc = next(pipeline.get("en").pipe(["Thanks again, I appreciated the zebra-striped tour of the warehouse."]))
    assert PatternSet({"en": ["warehouse"]}).find(doc)  # the note's table of anchors is made now
    made = _INDEX.version
    late = PatternSet({"en": ["appreciat* the", "zebra - striped tour"]})
    got = [(s.start, s.end, s.label_) for s in late.find(doc)]  # a new plan: the table is made again
    assert _INDEX.version > made
    assert got == _reference(late, doc) and len(got) == 2
