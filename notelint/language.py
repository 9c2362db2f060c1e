"""Which language a note is written in: English, German, or something else.

The measure is the share of a language's own stop words among a note's words,
using spaCy's stop-word lists (no extra dependency, well under a millisecond).
German letters (ä, ö, ü, ß) tip a close call towards German.
"""

from __future__ import annotations

import re

SUPPORTED = ("en", "de")

_WORD = re.compile(r"[^\W\d_]+")
_GERMAN_LETTERS = re.compile(r"[äöüßÄÖÜ]")

# A real English or German note has well over this share of stop words.
_MIN_SHARE = 0.18
_MIN_WORDS = 6

_STOP: dict[str, frozenset[str]] = {}


def _stop_words(lang: str) -> frozenset[str]:
    if lang not in _STOP:
        if lang == "en":
            from spacy.lang.en.stop_words import STOP_WORDS
        else:
            from spacy.lang.de.stop_words import STOP_WORDS
        _STOP[lang] = frozenset(STOP_WORDS)
    return _STOP[lang]


def detect(text: str, default: str = "en") -> tuple[str | None, str]:
    """Return (language, reason). Language is "en", "de", or None for another language.

    Too few words to tell gives ``default``.
    """
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < _MIN_WORDS:
        return default, "too few words to tell; assumed"
    shares = {}
    for lang in SUPPORTED:
        stop = _stop_words(lang)
        shares[lang] = sum(1 for w in words if w in stop) / len(words)
    if _GERMAN_LETTERS.search(text):
        shares["de"] += 0.05
    best = max(shares, key=shares.get)
    if shares[best] < _MIN_SHARE:
        return None, f"neither English nor German (stop words: en {shares['en']:.0%}, de {shares['de']:.0%})"
    return best, "detected"
