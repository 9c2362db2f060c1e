"""What is installed: the rules' entry points and the versions that change findings.

Both come from ``importlib.metadata``, whose import and scan of every
installed distribution took about 16 ms: a tenth of a re-run whose findings
all come from the cache, and a sixth of ``notelint rules``. notelint reads
them through it once and keeps the answer in the cache folder's ``tables``
folder, with a fingerprint of what it was read from:

- ``sys.path`` itself;
- for each folder on it: the names of the distributions in it
  (``name-version.dist-info``, ``.egg-info``), so installing, removing or
  upgrading a package changes the fingerprint;
- for each of those, the size and modification time of its
  ``entry_points.txt`` (an entry point edited in place);
- for each zip file on it (Python's own library, an egg): its size and time.

Making the fingerprint lists those folders: about a millisecond. When
it differs from the kept one, ``importlib.metadata`` is asked again. A
Python with another distribution finder on ``sys.meta_path`` (one that
answers ``find_distributions``, beyond the standard path finder) is always
asked afresh, and so is any run where the fingerprint cannot be made.
"""

from __future__ import annotations

import importlib
import os
import sys
import threading

from .fileio import blake2b
from .registry import ENTRY_POINT_GROUP

#: packages whose versions can change findings (part of the cache key; pathspec reads the ``templates`` globs)
PACKAGES = ("spacy", "spacy-lookups-data", "textstat", "py3langid", "pyphen", "pathspec")
_FORMAT = 2  # 2: pathspec joined PACKAGES
_LOCK = threading.Lock()
_INDEX: dict | None = None


class EntryPoint:
    """A ``notelint.rules`` entry point: ``name`` and ``value`` (``module:attribute``), loaded on demand."""

    __slots__ = ("name", "value")

    def __init__(self, name: str, value: str):
        self.name, self.value = name, value

    def load(self):
        """Import the module and return the attribute, as importlib.metadata.EntryPoint.load does."""
        module, _, attribute = self.value.partition("[")[0].strip().partition(":")
        found = importlib.import_module(module.strip())
        for part in filter(None, attribute.strip().split(".")):
            found = getattr(found, part)
        return found

    def __repr__(self) -> str:
        return f"EntryPoint({self.name!r}, {self.value!r})"


def entry_points() -> list[EntryPoint]:
    """The ``notelint.rules`` entry points of the installed distributions, as importlib.metadata lists
    them (without repeats; the registry orders them and reports clashes)."""
    return [EntryPoint(name, value) for name, value in _index()["entry_points"]]


def version(name: str) -> str:
    """The installed version of one of :data:`PACKAGES`, or ``"-"``."""
    return _index()["versions"].get(name, "-")


def _index() -> dict:
    global _INDEX
    with _LOCK:
        if _INDEX is None:
            stamp = _fingerprint()
            if stamp is None:
                _INDEX = _scan()
            else:
                from .syllables import kept

                _INDEX = kept(f"installed-{stamp}.index", _scan, _checked)
        return _INDEX


def _scan() -> dict:
    """Ask importlib.metadata (what the kept index holds)."""
    from importlib.metadata import PackageNotFoundError, entry_points as found, version as installed

    points = sorted({(ep.name, ep.value) for ep in found(group=ENTRY_POINT_GROUP)})
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = installed(name)
        except PackageNotFoundError:
            versions[name] = "-"
    return {"format": _FORMAT, "entry_points": [list(p) for p in points], "versions": versions}


def _checked(index) -> dict:
    """The kept index, if it is one (else raise: it is made again)."""
    if not (isinstance(index, dict) and index.get("format") == _FORMAT
            and all(isinstance(p, list) and len(p) == 2 and all(isinstance(s, str) for s in p)
                    for p in index["entry_points"])
            and isinstance(index["versions"], dict)):
        raise ValueError("not an index of installed packages")
    return index


def _fingerprint() -> str | None:
    """A hash of what importlib.metadata reads the installed distributions from, or None."""
    from importlib.machinery import PathFinder

    if any(hasattr(finder, "find_distributions") and finder is not PathFinder for finder in sys.meta_path):
        return None
    parts = [sys.version, *sys.path]
    try:
        for entry in sys.path:
            folder = entry or "."
            if os.path.isdir(folder):
                for name in sorted(os.listdir(folder)):
                    if name.endswith((".dist-info", ".egg-info")):
                        try:
                            info = os.stat(os.path.join(folder, name, "entry_points.txt"))
                            parts.append(f"{name}:{info.st_size}:{info.st_mtime_ns}")
                        except OSError:
                            parts.append(name)
            elif os.path.exists(folder):
                info = os.stat(folder)
                parts.append(f"{folder}:{info.st_size}:{info.st_mtime_ns}")
    except OSError:
        return None
    return blake2b("\n".join(parts).encode("utf-8", "surrogateescape"), digest_size=12).hexdigest()
