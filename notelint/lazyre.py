"""Regular expressions compiled when first used, not when their module is imported.

The rules hold about 170 regular expressions at module level. Compiling them
all took about 40 ms of every run that imports the rules, including
``notelint rules`` and a re-run whose findings all come from the cache, which
never use most of them. ``lazyre.compile`` takes the same arguments as
``re.compile`` and returns a stand-in that compiles on its first use; from
then on its methods are the compiled pattern's own (bound once, so a call
costs what it costs on the pattern).

Use it for module-level constants; pass ``.compiled`` where an ``re.Pattern``
itself is needed (the ``re`` module's functions do not accept the stand-in).
"""

from __future__ import annotations

import re
import threading

#: what a stand-in forwards once compiled: every public attribute of re.Pattern
_FORWARD = tuple(name for name in dir(re.Pattern) if not name.startswith("_"))
_LOCK = threading.Lock()


class LazyPattern:
    __slots__ = ("_source", "_flags", "__dict__")

    def __init__(self, pattern: str, flags: int = 0):
        self._source = pattern
        self._flags = flags

    @property
    def compiled(self) -> re.Pattern:
        """The compiled pattern (compiled now if it was not yet)."""
        found = self.__dict__.get("_compiled")
        if found is None:
            found = re.compile(self._source, self._flags)
            with _LOCK:
                self.__dict__.update({name: getattr(found, name) for name in _FORWARD})
                self.__dict__["_compiled"] = found
        return found

    def __getattr__(self, name: str):
        # reached only before the first compile (afterwards the forwarded attributes are in __dict__)
        if name in _FORWARD:
            return getattr(self.compiled, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __repr__(self) -> str:
        return f"lazyre.compile({self._source!r}, {self._flags!r})"


def compile(pattern: str, flags: int = 0) -> LazyPattern:  # noqa: A001 - the name re.compile users expect
    """Like ``re.compile``, compiled on first use; invalid patterns raise then, not at import."""
    return LazyPattern(pattern, flags)


def word_start(words) -> str:
    r"""A regular expression that finds what ``\b(?:w1|w2|...)`` finds, for literal words that each
    start with a word character, in a pattern without ``re.IGNORECASE``.

    Python's engine skips ahead to the characters a pattern can start with only when the pattern
    starts with them, not with ``\b``: a pattern starting with ``\b`` is tried at every position of
    the text (about 8 microseconds over a note). This one starts with each word's first character
    and checks the word boundary right after it, as ``(?<!\w.)`` (no word character before that
    first character), the words grouped by first character in their order: at any position only
    one group can match, and it tries its words in the given order, so the matches are the same.
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        if not re.match(r"\w", word):
            raise ValueError(f"word_start: {word!r} does not start with a word character")
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "(?:" + "|".join(f"{re.escape(first)}(?<!\\w.)(?:{'|'.join(rests)})" for first, rests in groups.items()) + ")"
