"""The cache of findings for repeated runs (``--no-cache``, ``--cache-dir``).

A re-run over notes that have not changed (a CI job over a repository of
templates, a pre-commit hook) takes each note's findings from the cache and
never starts spaCy.

What an entry holds: the rules' findings for one note, before suppressions
and the baseline, and the note's summaries for the rules that compare notes
(``Rule.batch_prepare``; notelint.batch) when they are plain data: strings,
numbers, None, and lists, tuples and integer arrays of them, which come back
as lists (a summary of any other kind is made again when a run needs it; so
are all of a rule's, should it fail on the ones it was given: an entry
damaged by hand then costs time, not a failed run). Suppressions (front matter ``ignore``, Markdown
``notelint-disable`` comments, ``[[suppress]]`` in configuration) and the
baseline are applied afresh on every run, hit or miss, so a changed baseline
or suppression list never needs a new entry, and "unused suppression"
warnings stay right.

What the key covers (any change is a miss): the file's bytes (a BLAKE2
hash) and the name it is reported under; the notelint version, the Python
version and the versions of spaCy, its lookup tables, textstat, py3langid,
pyphen and pathspec; the installed rules (names, codes, severities, options, the
code of each ``check`` and the size and modification time of every file
beside each rule module and in the notelint package); the configuration
file's bytes and the parsed configuration (selection, rule options and
severities, metadata, house rules, templates); the command-line choices
that change findings (``--select``, ``--ignore``, ``--lang``, ``--model``,
the metadata flags, ``--template``, all of which end up in the note's
effective metadata or the settings); and the note's effective metadata.

The clock: a note without a send time is checked as if sent now. The
built-in timing rules compare the send time with the interview time, so a
note with an interview time and no send time is never cached (its findings
change by the hour). Any other note without a send time is cached under
today's date, so a rule that looks at the send date alone (a weekend, a
holiday) is still right: such entries expire at midnight.

Entries are JSON files written atomically (a temporary file, then a
rename); an entry that cannot be read or parsed, or whose key does not
match, is ignored and the note is linted again: the cache never makes a
run fail. An entry that cannot be written leaves the cache alone for the rest
of the run, and the command warns once (:attr:`Cache.write_error`). Results
with an internal rule error are not cached. A run over 200 notes or more
also keeps the entries it used in one file, its pack (``runs/``, named
after the folder it ran in, the paths it was given and the settings), and
the next such run reads them from there: one read instead of one per note.
A run that writes entries also prunes the folder, at most once a day:
entries written over 30 days ago that no pack in use names, packs unused
for 30 days and tables made over 30 days ago go (all are made again when
needed). Delete the folder at any time.

Where: ``--cache-dir DIR``, else ``$NOTELINT_CACHE_DIR``, else
``$XDG_CACHE_HOME/notelint``, else ``~/.cache/notelint``.
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
import marshal
import os
import sys
from dataclasses import fields, is_dataclass, replace
from typing import Any

from .fileio import blake2b, read_limited
from .findings import ROW_SIZE

#: bump when the entry format or the key's meaning changes
FORMAT = 1
#: an entry larger than this is not one notelint wrote (a note is at most 1 MB by default)
_ENTRY_LIMIT = 64 * 1024 * 1024
#: runs over fewer notes read their entries one by one (a pack would save them little, and every
#: list of files given, as a pre-commit hook gives them, would leave a pack behind)
PACK_MIN_NOTES = 200
_PACK_LIMIT = 1024 * 1024 * 1024
#: what no run has written (or, for a pack, used) for this long is deleted by a run that writes entries
PRUNE_AGE = 30 * 24 * 3600
#: a run prunes the folder at most this often (see :meth:`Cache.prune`)
PRUNE_EVERY = 24 * 3600


def default_dir(environ: dict | None = None) -> str:
    """``$NOTELINT_CACHE_DIR``, ``$XDG_CACHE_HOME/notelint`` or ``~/.cache/notelint``."""
    env = os.environ if environ is None else environ
    if env.get("NOTELINT_CACHE_DIR"):
        return env["NOTELINT_CACHE_DIR"]
    if env.get("XDG_CACHE_HOME"):
        return os.path.join(env["XDG_CACHE_HOME"], "notelint")
    return os.path.join(os.path.expanduser("~"), ".cache", "notelint")


def stable(value: Any) -> str:
    """A serialisation of configuration values that is the same in every process."""
    if value is None or isinstance(value, (bool, int, float, str, bytes)):
        return repr(value)
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.value}"
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        return value.isoformat()
    if isinstance(value, dict):
        items = sorted((stable(k), stable(v)) for k, v in value.items())
        return "{" + ",".join(f"{k}:{v}" for k, v in items) + "}"
    if isinstance(value, (set, frozenset)):
        return "{" + ",".join(sorted(stable(v) for v in value)) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(stable(v) for v in value) + "]"
    if callable(value) and hasattr(value, "__code__"):
        body = blake2b(_code_text(value.__code__).encode("utf-8", "surrogatepass"), digest_size=8)
        return f"<{getattr(value, '__module__', '')}.{getattr(value, '__qualname__', '')}:{body.hexdigest()}>"
    if is_dataclass(value):
        parts = [f"{f.name}={stable(getattr(value, f.name))}" for f in fields(value)
                 if f.name not in _SKIP_FIELDS]
        return f"{type(value).__name__}(" + ",".join(parts) + ")"
    return repr(value)  # may name an address: then it never hits, which is safe


def _code_text(code) -> str:
    """A function's bytecode and constants, nested functions included, without addresses."""
    consts = [_code_text(c) if hasattr(c, "co_code") else stable(c) for c in code.co_consts]
    return code.co_code.hex() + "|" + ",".join(consts) + "|" + ",".join(code.co_names)


#: fields that never change a rule's findings (suppressions are applied live;
#: counters change during a run)
_SKIP_FIELDS = frozenset({"suppress", "fail_on", "include", "exclude", "respect_gitignore", "extensions"})


def _usable(entry, key: str) -> bool:
    """Is ``entry`` (from an entry file or a pack) the entry for ``key``, with well-formed findings?"""
    try:
        return (isinstance(entry, dict) and entry.get("key") == key
                and all(isinstance(row, list) and len(row) == ROW_SIZE for row in entry["findings"]))
    except Exception:  # noqa: BLE001 - findings missing or not a list
        return False


def _file_hash(path: str) -> str:
    try:
        with open(path, "rb") as handle:
            return blake2b(handle.read(), digest_size=16).hexdigest()
    except OSError:
        return "unreadable"


_ENVIRONMENT: str | None = None


def environment() -> str:
    """notelint's version, Python's, the relevant packages', and the installed rules (once per process)."""
    global _ENVIRONMENT
    if _ENVIRONMENT is None:
        from . import __version__, catalogue
        from .installed import PACKAGES, version

        parts = [f"notelint={__version__}", f"python={sys.version_info[0]}.{sys.version_info[1]}"]
        parts.extend(f"{name}={version(name)}" for name in PACKAGES)
        parts.append(catalogue.fingerprint())
        _ENVIRONMENT = blake2b("\n".join(parts).encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()
    return _ENVIRONMENT


class Cache:
    """Findings per note, on disk, for one set of command-line choices.

    ``settings`` are the choices that change findings and are not part of a
    note's effective metadata: ``select``, ``ignore``, ``model``, ``lang``.
    """

    def __init__(self, directory: str, run: str | None = None, **settings: Any):
        self.root = directory
        self.directory = os.path.join(directory, f"v{FORMAT}")
        self.settings = stable(settings)
        self._configs: dict[int, tuple[Any, str]] = {}
        self._metadata: dict[tuple[Any, bool], str] = {}
        self._writable = True
        #: why this run could not write an entry (the command warns once), None if nothing failed
        self.write_error: str | None = None
        self.hits = 0
        self.misses = 0
        self.stored = 0
        #: the run's pack (see :meth:`load_run`): what this kind of run read last time, and what it reads now
        self._pack_path: str | None = None
        if run is not None:
            name = blake2b(f"{run}\0{self.settings}".encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
            self._pack_path = os.path.join(self.directory, "runs", f"{name}.pack")
        self._pack: dict = {}
        self._used: dict[str, dict] = {}

    # ------------------------------------------------------------------ keys

    def _config_key(self, config) -> str:
        cached = self._configs.get(id(config))
        if cached is not None and cached[0] is config:
            return cached[1]
        text = stable(config)
        if config.path:
            text += "|" + _file_hash(config.path)
        self._configs[id(config)] = (config, text)
        return text

    def _metadata_key(self, metadata, sent_defaulted: bool) -> str:
        """The note's effective metadata as key text; a send time of "now" is left out (the clock
        part of the key has the date). Many notes share their metadata (a repository's templates)."""
        key: tuple | None = (metadata, sent_defaulted)
        try:
            cached = self._metadata.get(key)
        except TypeError:  # a value that cannot be hashed (not from the command line or front matter)
            key, cached = None, None
        if cached is None:
            cached = stable(replace(metadata, sent=None) if sent_defaulted else metadata)
            if key is not None:
                self._metadata[key] = cached
        return cached

    def key(self, result, config) -> str | None:
        """The entry's key for a prepared result, or None when it must not be cached."""
        note = result.note
        if note is None or result.error or not result.digest:
            return None
        metadata = note.metadata
        clock = ""
        if note.sent_defaulted:
            if metadata.interview is not None:
                return None  # the timing rules compare the interview with "now"
            clock = metadata.sent.value.date().isoformat()  # "now" when the note was read
        parts = (
            environment(), self.settings, self._config_key(config), result.path or "", result.digest,
            self._metadata_key(metadata, note.sent_defaulted), note.language if note.language_reason == "set" else "",
            clock,
        )
        return blake2b("\0".join(parts).encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()

    def _path(self, key: str) -> str:
        return f"{self.directory}{os.sep}{key[:2]}{os.sep}{key[2:]}.json"  # os.path.join: 2 us a note

    # ------------------------------------------------------------------ entries

    # A run over many notes reads its entries from one file, the run's pack, instead of one file each
    # (about 7 ms of a 130 ms re-run over 1,000 templates): the entries the same command, in the same
    # folder and with the same choices, used last time. The pack is only a faster way to the entries:
    # each is checked as an entry file is, one that is missing or unusable is read from its own
    # file, and the pack is written again (exactly the entries this run used) when they differ.

    def load_run(self, expected: int) -> None:
        """Read the run's pack, for a run that will look up ``expected`` entries (few: no pack)."""
        if self._pack_path is None or expected < PACK_MIN_NOTES:
            self._pack_path = None
            return
        try:
            pack = marshal.loads(read_limited(self._pack_path, _PACK_LIMIT))
        except Exception:  # noqa: BLE001 - missing or damaged: the entry files answer
            return
        if isinstance(pack, dict):
            self._pack = pack
            _mark_used(self._pack_path)

    def save_run(self) -> None:
        """Write the run's pack if this run used other entries than the pack held (never raises)."""
        if self._pack_path is None or not self._writable or not self._used:
            return
        if self._used.keys() == self._pack.keys() and all(self._pack[k] is e for k, e in self._used.items()):
            return
        try:
            from .fileio import write_atomic

            os.makedirs(os.path.dirname(self._pack_path), exist_ok=True)
            write_atomic(self._pack_path, marshal.dumps(self._used), fsync=False)
        except Exception:  # noqa: BLE001 - like an entry: an unwritable pack is skipped
            pass

    def load(self, key: str) -> dict | None:
        """The stored entry, or None (missing, unreadable, corrupt: all mean lint again)."""
        entry = self._pack.get(key)
        if entry is None or not _usable(entry, key):
            try:
                entry = json.loads(read_limited(self._path(key), _ENTRY_LIMIT).decode("utf-8"))
            except Exception:  # noqa: BLE001 - a bad entry is a miss, never an error
                return None
            if not _usable(entry, key):
                return None
        if self._pack_path is not None:
            self._used[key] = entry
        return entry

    def apply(self, result, entry: dict) -> bool:
        """Fill a prepared result from an entry; False (result untouched) if the entry is unusable."""
        try:
            result.restore(entry)
        except Exception:  # noqa: BLE001
            return False
        summaries = entry.get("batch")
        if isinstance(summaries, dict):
            result.batch = dict(summaries)
        return True

    def store(self, key: str, result) -> None:
        """Write a result's entry (never raises; an unwritable cache is skipped)."""
        if not self._writable or result.internal_errors or result.error:
            return
        entry = {"key": key, **result.outcome()}
        summaries = _plain(result.batch) if result.batch else None
        if summaries:
            entry["batch"] = summaries
        if self._pack_path is not None:
            self._used[key] = {**entry, "findings": [list(row) for row in entry["findings"]]}
        path = self._path(key)
        try:
            from .fileio import write_atomic

            os.makedirs(os.path.dirname(path), exist_ok=True)
            write_atomic(path, json.dumps(entry, separators=(",", ":")), fsync=False)
            self.stored += 1
        except Exception as exc:  # noqa: BLE001 - a read-only or full disk must not fail the run
            self._writable = False
            self.write_error = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__

    # ------------------------------------------------------------------ pruning

    # Without pruning the folder only grows: an entry for every version of every note ever linted, a
    # pack for every list of paths, tables for every notelint and Python. A CI job that keeps the
    # folder (the GitHub Action saves it after every commit) would carry all of that from run to run.

    def prune(self) -> int:
        """Delete what no run has written for :data:`PRUNE_AGE`; returns how many files (never raises).

        Only a run that wrote entries prunes (a run whose findings all came from the cache pays
        nothing), at most once every :data:`PRUNE_EVERY`. Deleted: entries written that long ago that
        no pack names, packs no run has used that long (a run that reads its pack marks it used once
        a day), kept tables made that long ago (made again when next needed) and temporary files
        left by an interrupted write. All of it is made again when needed: pruning costs, at worst,
        a note linted again.
        """
        if not self.stored or not self._writable:
            return 0
        try:
            return self._prune()
        except Exception:  # noqa: BLE001 - like a write: pruning must not fail the run
            return 0

    def _prune(self) -> int:
        import time

        now = time.time()
        marker = os.path.join(self.directory, "pruned")
        try:
            if now - os.stat(marker).st_mtime < PRUNE_EVERY:
                return 0
        except OSError:
            pass  # never pruned
        try:
            with open(marker, "wb"):
                pass
            os.utime(marker)
        except OSError:
            return 0
        cutoff = now - PRUNE_AGE
        removed = 0
        named: set = set()  # entries a pack still in use names
        for item in _files(os.path.join(self.directory, "runs")):
            if item.name.endswith(".pack") and _mtime(item) >= cutoff:
                try:
                    named.update(marshal.loads(read_limited(item.path, _PACK_LIMIT)))
                except Exception:  # noqa: BLE001 - a damaged pack names nothing
                    pass
            elif _old(item, cutoff):
                removed += _remove(item.path)
        for folder in _folders(self.directory):
            for item in _files(folder.path):
                if item.name.endswith(".json") and folder.name + item.name[:-5] in named:
                    continue
                if _old(item, cutoff):
                    removed += _remove(item.path)
        for item in _files(os.path.join(self.root, "tables")):  # every file there is a kept table
            if _mtime(item) < cutoff:
                removed += _remove(item.path)
        return removed


def _plain(value: Any) -> Any:
    """``value`` as data JSON and marshal both keep (tuples and arrays become lists), or None when it
    is not such data (then it is not kept)."""
    try:
        return _plain_data(value, 0)
    except TypeError:
        return None


def _plain_data(value: Any, depth: int) -> Any:
    """:func:`_plain`'s conversion; raises TypeError at anything else, or nested more than 10 deep."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if type(value).__module__ == "array" and getattr(value, "typecode", "?") in "bBhHiIlLqQ":  # array.array
        return value.tolist()
    if depth < 10 and isinstance(value, (list, tuple)):
        return [_plain_data(item, depth + 1) for item in value]
    if depth < 10 and isinstance(value, dict) and all(isinstance(k, str) for k in value):
        return {k: _plain_data(v, depth + 1) for k, v in value.items()}
    raise TypeError(f"not plain data: {type(value).__name__}")


def _files(folder: str) -> list:
    """The files in ``folder`` (none if it cannot be listed)."""
    try:
        with os.scandir(folder) as found:
            return [item for item in found if item.is_file(follow_symlinks=False)]
    except OSError:
        return []


def _folders(directory: str) -> list:
    """The entry folders (two hexadecimal digits) of the cache's format folder."""
    try:
        with os.scandir(directory) as found:
            return [item for item in found if len(item.name) == 2 and item.is_dir(follow_symlinks=False)
                    and all(c in "0123456789abcdef" for c in item.name)]
    except OSError:
        return []


def _mtime(item) -> float:
    try:
        return item.stat(follow_symlinks=False).st_mtime
    except OSError:
        return float("inf")  # gone meanwhile: nothing to delete


def _old(item, cutoff: float) -> bool:
    """An entry or pack (by its name) written before ``cutoff``, or a temporary file left then."""
    name = item.name
    ours = name.endswith((".json", ".pack")) or (name.startswith(".notelint-") and name.endswith(".tmp"))
    return ours and _mtime(item) < cutoff


def _remove(path: str) -> int:
    try:
        os.unlink(path)
        return 1
    except OSError:
        return 0


def _mark_used(path: str) -> None:
    """Note that a run used the pack at ``path`` (its time, moved at most once every PRUNE_EVERY)."""
    import time

    try:
        if time.time() - os.stat(path).st_mtime > PRUNE_EVERY:
            os.utime(path)
    except OSError:
        pass  # a read-only cache folder: nothing is pruned from it either

