"""Token patterns written as short strings, compiled once into spaCy Matchers.

A pattern is a space-separated sequence of token tests, matched on the
lower-cased text of each token:

=================  =========================================================
``sorry``          the token ``sorry``
``expect|demand``  any of these words
``apolog*``        a word starting with ``apolog`` (``*`` only at the end)
``<apologize>``    a token whose lemma is ``apologize`` (lemmas are loaded
                   on demand; use them where the lemma table is reliable)
``_``              any one token that is not whitespace
``_{0,3}``         zero to three such tokens (any ``{m,n}``)
``word?``          optional (also ``a|b?``, ``_?``)
``!word``          any token except ``word`` (``!a|b`` excludes several)
``#NUM``           a number-like token; ``#PUNCT`` punctuation
``(a b|c d)``      a choice between word sequences (the pattern is expanded
                   into one pattern per choice; groups may be optional: ``(...)?``)
=================  =========================================================

Note that ``a|b c`` means "(a or b) then c": ``|`` binds single tokens. Write
``(do n't|do not) know`` to choose between phrases.

spaCy splits contractions, so write ``i 'm`` and ``do n't``; typographic
apostrophes are normalised to ``'`` before tokenizing. Line breaks between
words never stop a match: hard-wrapped notes match like unwrapped ones.

``PatternSet`` holds named patterns per language and finds them in a Doc:

    DEMANDS = PatternSet({
        "en": ["i expect|demand _{0,3} decision|answer"],
        "de": ["ich erwarte _{0,3} entscheidung|antwort"],
    })
    for span in DEMANDS.find(doc): ...

Nothing here knows about thank-you notes; rules own their pattern lists.
"""

from __future__ import annotations

import itertools
import re
import threading
from typing import Any, Iterable, Mapping, Sequence

from .memo import remembered

_QUANT = re.compile(r"^(?P<body>.*?)(?P<quant>\?|\{\d+(?:,\d*)?\})?$")


class PatternError(ValueError):
    """A pattern string that cannot be compiled; the message names it."""


_GROUP = re.compile(r"\(([^()]*)\)(\?)?")


def expand(pattern: str) -> list[str]:
    """Expand ``(a b|c)`` phrase groups into plain patterns, one per choice."""
    match = _GROUP.search(pattern)
    if not match:
        return [" ".join(pattern.split())]
    choices = [c.strip() for c in match.group(1).split("|")]
    if any(not c for c in choices) and not match.group(2):
        raise PatternError(f"{pattern!r}: empty choice in {match.group(0)!r}")
    if match.group(2):
        choices.append("")
    out = []
    for choice in choices:
        out.extend(expand(pattern[: match.start()] + " " + choice + " " + pattern[match.end():]))
    if len(out) > 256:
        raise PatternError(f"{pattern!r}: expands into more than 256 patterns")
    return out


def compile_patterns(pattern: str) -> list[list[dict]]:
    """Compile a pattern string (with phrase groups) into Matcher patterns."""
    return [compile_pattern(p) for p in expand(pattern) if p]


def compile_pattern(pattern: str) -> list[dict]:
    """Compile one pattern string into a spaCy Matcher token pattern."""
    tokens: list[dict] = []
    parts = pattern.split()
    if not parts:
        raise PatternError("empty pattern")
    for part in parts:
        match = _QUANT.match(part)
        body, quant = match.group("body"), match.group("quant")
        if not body:
            raise PatternError(f"{pattern!r}: {part!r} has no token test")
        spec = _token_spec(body, pattern)
        counted = re.fullmatch(r"\{(\d+)(?:,(\d*))?\}", quant or "")
        if counted and counted.group(2) != "":
            # a counted repeat becomes single tokens, so a line break may sit between any two
            low = int(counted.group(1))
            high = int(counted.group(2)) if counted.group(2) is not None else low
            if high < low or high > 20:
                raise PatternError(f"{pattern!r}: {part!r} must count from low to high, at most 20")
            tokens.extend(dict(spec) for _ in range(low))
            tokens.extend(dict(spec, OP="?") for _ in range(high - low))
            continue
        if quant:
            spec["OP"] = quant
        tokens.append(spec)
    if not tokens:
        raise PatternError(f"{pattern!r}: nothing to match")
    if all(t.get("OP") in ("?", "*") or str(t.get("OP", "")).startswith("{0") for t in tokens):
        raise PatternError(f"{pattern!r}: every token is optional, so it would match nothing")
    # A line break inside a sentence ("an der Stelle\ninteressiert") is a whitespace token of its
    # own in spaCy; let every gap between words hold such tokens, so wrapped text still matches.
    spaced: list[dict] = []
    for index, spec in enumerate(tokens):
        if index:
            spaced.append(dict(_GAP))
        spaced.append(spec)
    return spaced


_GAP = {"IS_SPACE": True, "OP": "*"}


def is_gap(spec: dict) -> bool:
    """Is ``spec`` the whitespace gap put between a pattern's words (not one of the words)?"""
    return spec == _GAP


def _token_spec(body: str, pattern: str) -> dict:
    if body == "_":
        return {"IS_SPACE": False}
    if body == "#NUM":
        return {"LIKE_NUM": True}
    if body == "#PUNCT":
        return {"IS_PUNCT": True}
    if body.startswith("<") and body.endswith(">") and len(body) > 2:
        words = body[1:-1].lower().split("|")
        return {"LEMMA": {"IN": words}} if len(words) > 1 else {"LEMMA": words[0]}
    negate = body.startswith("!") and len(body) > 1
    if negate:
        body = body[1:]
    words = body.lower().split("|")
    if any(not w for w in words):
        raise PatternError(f"{pattern!r}: empty alternative in {body!r}")
    prefixes = [w[:-1] for w in words if w.endswith("*") and len(w) > 1]
    exact = [w for w in words if not (w.endswith("*") and len(w) > 1)]
    if prefixes:
        alternatives = [re.escape(p) + ".*" for p in prefixes] + [re.escape(w) for w in exact]
        either = "|".join(alternatives)
        regex = f"^(?!(?:{either})$)" if negate else f"^(?:{either})$"
        return {"LOWER": {"REGEX": regex}, "IS_SPACE": False}
    if negate:
        return {"LOWER": {"NOT_IN": exact}, "IS_SPACE": False}
    return {"LOWER": {"IN": exact}} if len(exact) > 1 else {"LOWER": exact[0]}


def uses_lemmas(patterns: Iterable[list[dict]]) -> bool:
    return any("LEMMA" in spec for pattern in patterns for spec in pattern)


class PatternSet:
    """Named pattern strings per language, compiled once per spaCy vocabulary.

    ``patterns`` maps a language code to a list of pattern strings, or to a
    mapping of label -> list of pattern strings (the label comes back with each
    match, so one set can hold several kinds of phrase).
    """

    def __init__(self, patterns: Mapping[str, Sequence[str] | Mapping[str, Sequence[str]]]):
        # compiled per language on first use: a run over English notes never compiles the German
        # patterns, and listing or explaining rules compiles none
        self._strings = {lang: dict(entries) if isinstance(entries, Mapping) else {"match": list(entries)}
                         for lang, entries in patterns.items()}
        self._compiled: dict[str, dict[str, list[list[dict]]]] = {}
        self._lock = threading.Lock()
        self._serial = next(_SERIALS)
        self._plans: dict[str, _Plan] = {}

    @property
    def languages(self) -> frozenset[str]:
        return frozenset(self._strings)

    def compiled(self, lang: str) -> dict[str, list[list[dict]]]:
        """The Matcher patterns for one language, by label (raises PatternError for a bad pattern string)."""
        done = self._compiled.get(lang)
        if done is None:
            done = self._compiled[lang] = {
                label: [c for p in strings for c in compile_patterns(p)] for label, strings in self._strings[lang].items()
            }
        return done

    def _plan(self, lang: str) -> "_Plan":
        plan = self._plans.get(lang)
        if plan is None:
            with self._lock:
                plan = self._plans.get(lang) or _Plan(self.compiled(lang), lang)
                self._plans[lang] = plan
        return plan

    def find(self, doc, labels: Iterable[str] | None = None):
        """Non-overlapping matching spans (longest first), in text order.

        Each span's ``label_`` is the label of the group it came from.
        """
        lang = doc.lang_  # a property that calls into the vocabulary: read once
        if lang not in self._strings:
            return []
        # rules often ask again for the same Doc (once per sentence, or two rules
        # sharing a set): match once per Doc and set, and filter each time
        memo = ("notelint.patterns", self._serial)
        spans = doc.user_data.get(memo)
        if spans is None:
            plan = self._plan(lang)
            if plan.lemmas:
                from .pipeline import for_doc

                for_doc(doc).ensure_lemmas(doc)
            spans = doc.user_data[memo] = plan.run(doc)
        if labels is not None:
            wanted = set(labels)
            spans = [s for s in spans if s.label_ in wanted]
        if len(spans) < 2:  # most sets find nothing in most notes
            return list(spans)
        from spacy.util import filter_spans

        return sorted(filter_spans(spans), key=lambda s: s.start)




# ----------------------------------------------------------------------------- anchors
#
# spaCy's Matcher tries every pattern at every token (creating a Token object
# per token for the IN/REGEX tests), and each note meets the pattern sets of
# dozens of rules: over 400 patterns in all, of which about one in twenty can
# match a given note. Every token test on the lower-cased text that a pattern
# cannot do without (not optional: a word, a list of words, a prefix) is an
# anchor: if the note has no word passing one of them, the pattern cannot
# match. So for each note a set runs a Matcher holding only the patterns
# whose anchors all appear (cached by that selection, which repeats a lot
# from note to note), or no Matcher at all. The matches are those of the
# whole set: a left-out pattern could match nothing, and the others keep
# their order. (One Matcher for every set's selection at once walks the note
# once instead of about eight times, but its selections hardly repeat, and
# building a Matcher per note costs more than the walks it saves.) Which
# anchors a note holds is found once per note for every set at once
# (_AnchorIndex), not by each set again.

_SERIALS = itertools.count(1)
_MATCHER_CACHE_SIZE = 512
#: selections a set builds its own Matcher for before it builds one Matcher of all its patterns
#: (below, _Plan.run)
SHARED_MATCHER_AFTER = 8


def _anchors_of(pattern: list[dict]) -> list[tuple[int, Any]]:
    """The pattern's anchors, each with its place among the pattern's words (whitespace gaps not counted)."""
    out = []
    for place, spec in enumerate(spec for spec in pattern if not is_gap(spec)):
        op = str(spec.get("OP", ""))
        if op in ("?", "*", "!") or op.startswith("{0") or op.startswith("{,"):
            continue
        lower = spec.get("LOWER")
        if isinstance(lower, str):
            out.append((place, frozenset((lower,))))
        elif isinstance(lower, dict):
            if "IN" in lower:
                out.append((place, frozenset(lower["IN"])))
            elif "REGEX" in lower and not lower["REGEX"].startswith("^(?!"):
                out.append((place, re.compile(lower["REGEX"], re.MULTILINE)))
    return out


class _Plan:
    """A set's patterns in one language, with their anchors and a Matcher per selection."""

    def __init__(self, groups: Mapping[str, list[list[dict]]], lang: str | None = None):
        self.anchors: list = []
        index: dict = {}
        #: (label, pattern, anchor ids)
        self.entries: list[tuple[str, list[dict], frozenset]] = []
        #: for each entry, how many of its words can come before and after each of its anchors in a match
        #: (None: a match's length has no bound)
        self._reaches: list[dict[int, tuple[int, int]] | None] = []
        for label, compiled in groups.items():
            for pattern in compiled:
                ids, reaches, length = [], {}, _length(pattern)
                for place, anchor in _anchors_of(pattern):
                    key = anchor if isinstance(anchor, frozenset) else ("re", anchor.pattern)
                    if key not in index:
                        index[key] = len(self.anchors)
                        self.anchors.append(anchor)
                    ids.append(index[key])
                    if length is not None:  # an anchor twice in a pattern: its first place will do
                        reaches.setdefault(index[key], (place, length - 1 - place))
                self.entries.append((label, pattern, frozenset(ids)))
                self._reaches.append(reaches if length is not None else None)
        # The anchors present in a note are one integer, a bit per anchor: each word's bits are
        # looked up (a word may pass several word-list anchors), the regex anchors tried one by one.
        self._bits: dict[str, int] = {}
        self._regexes: list[tuple[int, re.Pattern]] = []
        for aid, anchor in enumerate(self.anchors):
            if isinstance(anchor, frozenset):
                for word in anchor:
                    self._bits[word] = self._bits.get(word, 0) | 1 << aid
            else:
                self._regexes.append((1 << aid, anchor))
        #: the bits each pattern needs (0: no anchors, always tried)
        self._needs = [sum(1 << aid for aid in ids) for _, _, ids in self.entries]
        #: the patterns chosen for each set of present anchors (it repeats from note to note)
        self._chosen: dict[int, tuple[int, ...]] = {}
        self._matchers: dict[tuple[int, tuple[int, ...]], tuple] = {}
        #: selection Matchers built so far, and the Matcher of every pattern of the set, per vocabulary
        self._built = 0
        self._shared: dict[int, Any] = {}
        self._lock = threading.Lock()
        #: does a pattern test lemmas (then they are part of what a stretch of tokens is)?
        self.lemmas = uses_lemmas(pattern for _, pattern, _ in self.entries)
        #: where this plan's bits start among every plan's (_AnchorIndex)
        self.offset = _INDEX.add(self)
        #: names the plan's matches in the memo of stretches (_RESULTS)
        self.serial = next(_SERIALS)
        self._all = (1 << len(self.anchors)) - 1
        #: how common each word-list anchor's words are, roughly, to choose the one that places a pattern
        #: (below: common words place windows all over a note)
        stop = _common_words(lang)
        self._commonness = {aid: (bool(stop.intersection(anchor)), len(anchor), -min(map(len, anchor)), aid)
                            for aid, anchor in enumerate(self.anchors) if isinstance(anchor, frozenset)}

    def held(self, doc) -> int:
        """The bits of this plan's anchors that ``doc`` holds."""
        return _INDEX.present(doc) >> self.offset & self._all

    def run(self, doc) -> list:
        """The set's raw matches in ``doc`` (``PatternSet.find`` filters them)."""
        present = self.held(doc)
        chosen = self._chosen.get(present)
        if chosen is None:
            chosen = tuple(i for i, needs in enumerate(self._needs) if needs & present == needs)
            with self._lock:
                _keep(self._chosen, present, chosen, _MATCHER_CACHE_SIZE)
        if not chosen:
            return []
        from spacy.tokens import Span

        key = (id(doc.vocab), chosen)
        cached = self._matchers.get(key)
        if cached is None:
            cached = self._select(doc.vocab, chosen)
            with self._lock:
                _keep(self._matchers, key, cached, _MATCHER_CACHE_SIZE)
        matcher, placing, placing_regexes = cached
        if placing_regexes:
            _, joined, odd, _ = _words(doc)
            # the note's words that pass a placing prefix: "thank*" places "thanks" and "thankful"
            # (``joined`` holds one word a line; the rare words with a line break are tried alone)
            placing = dict(placing)
            for regex, reach in placing_regexes:
                for word in [m.group() for m in regex.finditer(joined)] + [w for w in odd if regex.search(w)]:
                    placing[word] = _wider(placing.get(word), reach)
        ids = _token_ids(doc, self.lemmas)
        found = []
        for a, b in _windows(doc, placing):
            # the same stretch of words gives the same matches: thank-you notes repeat their phrases. They
            # are the matches of every pattern of the set, whichever Matcher finds them: a pattern that
            # matches in the stretch has all its anchors there, so every selection for a note holding the
            # stretch has it (a new selection finds the stretches already seen)
            memo_key = (self.serial, ids[a:b].tobytes())
            hits = _RESULTS.get(memo_key)
            if hits is None:
                window = doc if (a, b) == (0, len(doc)) else doc[a:b]
                hits = _keep(_RESULTS, memo_key, tuple(matcher(window)), _RESULTS_SIZE)
            found.extend(Span(doc, a + start, a + end, label=match_id) for match_id, start, end in hits)
        return found

    def _select(self, vocab, chosen: tuple[int, ...]) -> tuple:
        """The Matcher for a selection of patterns, and where to run it (as :meth:`_build`).

        A Matcher costs about 45 us a pattern to build, and a set whose
        patterns hold common words meets a new selection of them every few
        notes (generic-template's stock phrases: 212 selections of about 6
        patterns in 5,000 generated notes, 2% of their time). Once a set has
        built ``SHARED_MATCHER_AFTER`` Matchers, a selection that has windows
        is matched with one Matcher of all the set's patterns instead, built
        once. It finds the same matches there: a pattern left out of the
        selection lacks one of its anchors in the whole note, so it matches
        nowhere in it. It costs more a token, but it runs only on a stretch
        not seen before (most stretches are: the memo of stretches below), and
        a run over a few notes never builds it.
        """
        if self._built < SHARED_MATCHER_AFTER:
            self._built += 1
            return self._build(vocab, chosen)
        placing, regexes = self._placing(chosen)
        if placing is None:  # the whole note is searched: every pattern would be tried at every token
            return self._matcher(vocab, chosen), placing, regexes
        shared = self._shared.get(id(vocab))
        if shared is None:
            shared = self._shared[id(vocab)] = self._matcher(vocab, range(len(self.entries)))
        return shared, placing, regexes

    def _matcher(self, vocab, chosen):
        """A Matcher with the chosen patterns, named by label."""
        from spacy.matcher import Matcher

        # spaCy's schema check would cost half of each build (notes keep meeting new selections); the
        # patterns all come from compile_pattern, whose output tests/test_patterns.py checks against it
        matcher = Matcher(vocab, validate=False)
        by_label: dict[str, list] = {}
        for i in chosen:
            label, pattern, _ = self.entries[i]
            by_label.setdefault(label, []).append(pattern)
        for label, patterns in by_label.items():
            matcher.add(label, patterns)
        return matcher

    def _build(self, vocab, chosen: tuple[int, ...]) -> tuple:
        """A Matcher with the chosen patterns (named by label) and where to run it."""
        return (self._matcher(vocab, chosen), *self._placing(chosen))

    def _placing(self, chosen: tuple[int, ...]) -> tuple:
        """Where to run the chosen patterns: (placing words, placing prefixes), or (None, ()) for the whole note."""
        # the words that place the chosen patterns (each has one in every match), each with how many
        # words a match of the patterns it places can hold before and after it, and the prefixes that
        # place those without a word anchor ("thank*": the note's words passing it place it); None if
        # one of them has neither: then the whole note is searched. A word that places only short
        # patterns (a single "by") needs only a short window, however long the other patterns are, and
        # the last word of a pattern ("omega" in "alpha _{0,4} omega") only a window to its left.
        placing: dict[str, tuple[int, int]] = {}
        regexes: dict[re.Pattern, tuple[int, int]] = {}
        for i in chosen:
            _, pattern, ids = self.entries[i]
            reaches = self._reaches[i]
            words = [a for a in ids if isinstance(self.anchors[a], frozenset)]
            prefixes = [a for a in sorted(ids) if not isinstance(self.anchors[a], frozenset)]
            if reaches is None or not (words or prefixes):
                return None, ()
            if words:
                # the rarest-looking word list: no stop word ("i", "for", "your"), fewest words, longest words
                best = min(words, key=self._commonness.__getitem__)
                for word in self.anchors[best]:
                    placing[word] = _wider(placing.get(word), reaches[best])
            else:
                regex = self.anchors[prefixes[0]]
                regexes[regex] = _wider(regexes.get(regex), reaches[prefixes[0]])
        return placing, tuple(regexes.items())


class _AnchorIndex:
    """Which anchors of every plan made so far each word passes, and which of them a Doc holds.

    A note meets about 20 sets, and most of its words are in none of their
    anchors. So the anchors a note holds are found once per Doc for every
    plan at once: every plan's anchors have their own bits in one wide
    integer (a plan's bits start at its ``offset``), each distinct word of
    the process has its mask of the anchors it passes (a word-list anchor
    holding it, a prefix anchor, "thank*", that it passes; made once per word
    and remembered, since notes share most of their words), and a Doc's
    anchors are the OR of its distinct words' masks. Each plan then reads its
    own bits. A plan made later (its set used for the first time) makes
    every word's mask and every Doc's anchors stale, and they are made again.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        #: the first bit not yet given to a plan
        self._width = 0
        #: word -> the bits of the word-list anchors that hold it (all plans)
        self._words: dict[str, int] = {}
        #: (bit, regular expression) of every prefix anchor (all plans)
        self._regexes: tuple[tuple[int, re.Pattern], ...] = ()
        #: word -> the bits of every anchor it passes (made on first sight of the word)
        self._masks: dict[str, int] = {}
        self.version = 0

    def add(self, plan: "_Plan") -> int:
        """Take in a new plan's anchors; returns the offset of its bits."""
        with self._lock:
            offset = self._width
            words = dict(self._words)
            for word, bits in plan._bits.items():
                words[word] = words.get(word, 0) | bits << offset
            self._words = words
            self._regexes = self._regexes + tuple((bit << offset, regex) for bit, regex in plan._regexes)
            self._width = offset + len(plan.anchors)
            self._masks = {}  # a word's mask now includes this plan's anchors
            self.version += 1  # last: a Doc's anchors found meanwhile carry the old version
            return offset

    def present(self, doc) -> int:
        """The bits of the anchors ``doc`` holds, of every plan (made once per Doc)."""
        cached = doc.user_data.get("notelint.patterns.present")
        version = self.version
        if cached is not None and cached[0] == version:
            return cached[1]
        masks = self._masks
        if len(masks) >= 200_000:
            masks.clear()
        present = 0
        for word in _words(doc)[0]:
            mask = masks.get(word)
            if mask is None:
                mask = masks[word] = self._mask(word)
            present |= mask
        doc.user_data["notelint.patterns.present"] = (version, present)
        return present

    def _mask(self, word: str) -> int:
        """The bits of every anchor ``word`` passes (a regular expression holds to one line: a word,
        or each line of one)."""
        mask = self._words.get(word, 0)
        for bit, regex in self._regexes:
            if regex.search(word):
                mask |= bit
        return mask


_INDEX = _AnchorIndex()


def _wider(reach: tuple[int, int] | None, other: tuple[int, int]) -> tuple[int, int]:
    """The window that holds both reaches (words before, words after)."""
    if reach is None:
        return other
    return max(reach[0], other[0]), max(reach[1], other[1])


def _common_words(lang: str | None) -> frozenset[str]:
    """spaCy's stop words for ``lang`` (none for an unknown language): the words most notes hold."""
    if lang is None:
        return frozenset()
    from .language import _stop_words

    try:
        return _stop_words(lang)
    except Exception:  # noqa: BLE001 - a language spaCy has no list for: every anchor counts as rare
        return frozenset()


def _length(pattern: list[dict]) -> int | None:
    """The most tokens (not counting whitespace tokens) a match of ``pattern`` can have; None if unbounded."""
    length = 0
    for spec in pattern:
        if is_gap(spec):
            continue
        if spec.get("OP", "?") not in ("?", "!") and "OP" in spec:
            return None
        length += 1
    return length


def _keep(memo: dict, key, value, limit: int):
    """Remember ``value`` under ``key`` in a memo that is emptied when it reaches ``limit`` entries
    (what it holds is cheap to make again); returns ``value``."""
    if len(memo) >= limit:
        memo.clear()
    memo[key] = value
    return value


#: matches per (plan, stretch of tokens), shared by all plans; about 300 bytes an entry
_RESULTS: dict[tuple[int, bytes], tuple] = {}
_RESULTS_SIZE = 100_000


def _token_ids(doc, lemmas: bool):
    """What a Matcher sees of each token, as one row of numbers per token (made once per Doc):
    the exact text (every attribute the patterns test follows from it) and, if asked, the lemma."""
    if not lemmas:
        return token_columns(doc)[:, :TEXT_COLUMN + 1]  # the texts' column: a row's bytes are its text's hash
    ids = doc.user_data.get("notelint.patterns.ids+lemmas")
    if ids is None:
        from spacy.attrs import LEMMA, ORTH

        ids = doc.user_data["notelint.patterns.ids+lemmas"] = doc.to_array([ORTH, LEMMA])
    return ids


def _windows(doc, placing: dict | None) -> list[tuple[int, int]]:
    """Where the Matcher must look: around each placing word, as far as a match it places can reach.

    spaCy's Matcher costs about 0.2 microseconds per token and pattern (it
    makes a Token object per token for the word-list tests), so it runs on
    the stretches of the note that can hold a match rather than on the whole
    note. A match holds a placing word, at most as many other tokens before
    it and after it as ``placing`` gives for that word, and the whitespace
    between them.
    """
    if placing is None:
        return [(0, len(doc))]
    lowers = _words(doc)[3]
    size = len(lowers)
    spans: list[tuple[int, int]] = []
    # the placing words' positions, picked in C (compress over a membership map): most tokens place nothing
    for i in itertools.compress(range(size), map(placing.__contains__, lowers)):
        left, right = placing[lowers[i]]
        a, b = i, i + 1
        while a > 0 and left:
            a -= 1
            if not lowers[a].isspace():
                left -= 1
        while b < size and right:
            if not lowers[b].isspace():
                right -= 1
            b += 1
        while a > 0 and lowers[a - 1].isspace():
            a -= 1
        while b < size and lowers[b].isspace():
            b += 1
        spans.append((a, b))
    # joined where they overlap or touch (a word with a longer reach may start a window further left)
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans) if len(spans) > 1 else spans:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def token_lowers(doc) -> list[str]:
    """Every token's lower-cased text, in order (made once per Doc, so rules need not walk its Tokens again)."""
    return _words(doc)[3]


def _words(doc):
    """The note's distinct lower-cased tokens, as a set and one per line, and all of them in order (cached on the Doc)."""
    cached = doc.user_data.get("notelint.patterns.words")
    if cached is None:
        lowers = _strings(doc, LOWER_COLUMN)
        words = frozenset(lowers)
        odd = [w for w in words if "\n" in w or "\r" in w]
        # in any order: the anchors' regular expressions each match within one line (a word)
        joined = "\n".join(words.difference(odd) if odd else words)
        cached = doc.user_data["notelint.patterns.words"] = (words, joined, odd, lowers)
    return cached


#: strings by their hash in spaCy's string store (the hash of a string is the same in every vocabulary)
_STRINGS: dict[int, str] = {}


def _strings(doc, column: int) -> list[str]:
    """Every token's string in a column of :func:`token_columns` (texts, lower-cased texts): ``t.lower_``
    makes a Token object per token, which costs several times the look-up, and notes share most words."""
    if not len(doc):
        return []
    return remembered(_STRINGS, token_columns(doc)[:, column].tolist(), lambda key: doc.vocab.strings[key], 200_000)


#: the columns of :func:`token_columns`
TEXT_COLUMN, LOWER_COLUMN, OFFSET_COLUMN, SENT_START_COLUMN = range(4)


def token_columns(doc):
    """spaCy's array of every token's text and lower-cased text (as hashes), character offset and
    sentence-start flag (1: starts one), made once per Doc: one ``to_array`` call for the four costs
    little more than one for each."""
    columns = doc.user_data.get("notelint.patterns.columns")
    if columns is None:
        from spacy.attrs import IDX, LOWER, ORTH, SENT_START

        columns = doc.user_data["notelint.patterns.columns"] = doc.to_array([ORTH, LOWER, IDX, SENT_START])
    return columns


def token_texts(doc) -> list[str]:
    """Every token's text, in order (made once per Doc, so rules need not walk its Tokens)."""
    texts = doc.user_data.get("notelint.patterns.texts")
    if texts is None:
        texts = doc.user_data["notelint.patterns.texts"] = _strings(doc, TEXT_COLUMN)
    return texts
