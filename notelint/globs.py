"""gitignore-style globs (``include``, ``exclude``, ``templates``, a suppression's ``path``), as pathspec reads them.

pathspec turns each glob into a regular expression (``pattern_to_regex`` of
its "gitignore" patterns), and a path matches a list of globs when the last
glob whose expression finds it in the path is not a ``!`` negation. Importing
pathspec takes 13-15 ms (it tries its hyperscan and re2 back ends): a tenth of
a re-run whose findings all come from the cache. So notelint keeps the
expressions pathspec made for a list of globs in the cache folder's
``tables`` folder, named after the globs and pathspec's version, and matches
them with Python's ``re``; pathspec is imported only for globs it has not
translated before. tests/test_globs.py checks that the answers are
pathspec's own.
"""

from __future__ import annotations

import re
from typing import Sequence

_FORMAT = 1


class Globs:
    """A list of globs, ready to match paths relative to the folder they are written for."""

    __slots__ = ("patterns", "_tests")

    def __init__(self, patterns: Sequence[str], rows: list):
        self.patterns = tuple(patterns)
        # the last glob that finds a path decides: try them from the end
        self._tests = [(re.compile(regex), bool(include)) for regex, include in reversed(rows)]

    def match_file(self, path: str) -> bool:
        """Does ``path`` (relative, with ``/`` between folders) match, as ``pathspec.PathSpec.match_file`` answers?"""
        if path.startswith("/"):
            path = path[1:]
        elif path.startswith("./"):
            path = path[2:]
        for regex, include in self._tests:
            if regex.search(path) is not None:
                return include
        return False

    def __repr__(self) -> str:
        return f"Globs({list(self.patterns)!r})"


#: globs compiled in this process, by their text (configurations found for many folders share them)
_COMPILED: dict[tuple[str, ...], Globs] = {}


def compile_globs(patterns: Sequence[str]) -> Globs:
    """The globs in ``patterns``; raises ValueError naming a glob pathspec refuses."""
    patterns = tuple(patterns)
    found = _COMPILED.get(patterns)
    if found is None:
        from .fileio import blake2b
        from .installed import version
        from .syllables import kept

        name = blake2b("\0".join((version("pathspec"), *patterns)).encode("utf-8", "surrogatepass"),
                       digest_size=12).hexdigest()
        found = _COMPILED[patterns] = kept(f"globs-{name}.index", lambda: _translate(patterns),
                                           lambda table: _checked(patterns, table))
    return found


def _translate(patterns: tuple[str, ...]) -> dict:
    """Ask pathspec: each glob's expression and whether it includes (blank lines and comments drop out)."""
    import pathspec

    factory = pathspec.util.lookup_pattern("gitignore")
    rows = []
    for line in patterns:
        try:
            regex, include = factory.pattern_to_regex(line)
        except ValueError:  # pathspec's own message only repeats the glob
            raise ValueError(f"{line!r} is not a gitignore-style glob") from None
        if include is not None:
            rows.append([regex if isinstance(regex, str) else regex.pattern, include])
    return {"format": _FORMAT, "patterns": list(patterns), "rows": rows}


def _checked(patterns: tuple[str, ...], table) -> Globs:
    """The kept table as Globs, if it is the one for ``patterns`` (else raise: it is made again)."""
    if not (isinstance(table, dict) and table.get("format") == _FORMAT and table.get("patterns") == list(patterns)
            and all(isinstance(r, list) and len(r) == 2 and isinstance(r[0], str) and isinstance(r[1], bool)
                    for r in table["rows"])):
        raise ValueError("not a table of globs")
    return Globs(patterns, table["rows"])
