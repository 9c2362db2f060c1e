"""Which language a note is written in: English, German, or something else.

Two steps, cheapest first:

1. the share of each language's own stop words among the note's words,
   using spaCy's stop-word lists (well under a millisecond); a clear share
   decides (German letters ä, ö, ü, ß tip a close call towards German);
2. when that is unsure (short notes, or another language), py3langid, a
   small offline language identifier, loaded only then (about 0.7 s once).

A note too short for either (one or two words) is taken to be in the
default language (English unless configured).
"""

from __future__ import annotations

import threading

from . import lazyre

SUPPORTED = ("en", "de")

_WORD = lazyre.compile(r"[^\W\d_]+")
_GERMAN_LETTERS = lazyre.compile(r"[äöüßÄÖÜ]")

# A real English or German note of some length has well over this share of stop words.
_CLEAR_SHARE = 0.18
_MIN_WORDS = 3
# py3langid must be this sure before a note is declared to be in another language.
_OTHER_CONFIDENCE = 0.9

_STOP: dict[str, frozenset[str]] = {}
_IDENTIFIER = None
_LOCK = threading.Lock()


def _stop_words(lang: str) -> frozenset[str]:
    if lang not in _STOP:
        _STOP[lang] = frozenset(_load_stop_words(lang))
    return _STOP[lang]


def _load_stop_words(lang: str):
    """spaCy's stop-word list for ``lang``, read from its own file.

    Importing ``spacy.lang.de.stop_words`` imports all of ``spacy.lang.de``
    (tokenizer exceptions, punctuation rules): 35 ms that an English note
    never needs. The list's module is plain data, so it is run on its own,
    found through spaCy's package folder without importing spaCy (the
    command starts work in other processes before that, syllables.py).
    """
    import importlib
    import importlib.util
    import os

    try:
        package = importlib.util.find_spec("spacy")  # a top-level package is found, not imported
        path = os.path.join(package.submodule_search_locations[0], "lang", lang, "stop_words.py")
        spec = importlib.util.spec_from_file_location(f"notelint._stop_words_{lang}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module.STOP_WORDS
    except Exception:  # noqa: BLE001 - an unusual install: the ordinary import
        return importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS


def _identifier():
    global _IDENTIFIER
    with _LOCK:
        if _IDENTIFIER is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            _IDENTIFIER = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return _IDENTIFIER


def detect(text: str, default: str = "en") -> tuple[str | None, str]:
    """Return (language, reason). Language is "en", "de", or None for another language."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < _MIN_WORDS:
        return default, "too few words to tell; assumed"
    shares = {}
    for lang in SUPPORTED:
        stop = _stop_words(lang)
        shares[lang] = sum(map(stop.__contains__, words)) / len(words)  # in C, not a generator's frame a word
    if _GERMAN_LETTERS.search(text):
        shares["de"] += 0.05
    best = max(shares, key=shares.get)
    if shares[best] >= _CLEAR_SHARE and shares[best] > 2 * min(shares.values()):
        return best, "detected"
    lang, confidence = _identifier().classify(text)
    lang, confidence = str(lang), float(confidence)
    if lang in SUPPORTED:
        return lang, "detected"
    if confidence >= _OTHER_CONFIDENCE:
        return None, f"to be in another language ({lang})"
    if shares[best] > 0:
        return best, "detected"
    return default, "unsure; assumed"
