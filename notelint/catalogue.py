"""The catalogue of installed rules: what a run knows of them without importing them.

Reading the configuration, checking ``--select``, building the cache key
and writing the report need each rule's code, name, severity, languages,
summary, options and documentation, but not its code. Importing the 49
rule modules took about 12 ms: a tenth of a re-run whose findings all come
from the cache. notelint therefore keeps those facts, read from the rules
themselves, in the cache folder's ``tables`` folder, and a run builds its
rules from them. A rule's ``check`` (and ``batch_check``,
``batch_prepare``) is then a stand-in that imports the rule's module the
first time it is called; a run that lints notes imports every rule module
before the first note and uses the imported rules from then on
(:func:`notelint.registry.load_checks`), as it did without the catalogue.

A catalogue is used only while what it was read from is unchanged:

- it is named after the ``notelint.rules`` entry points, where the
  packages they name are imported from, and the versions of notelint and
  Python;
- it lists every file beside each rule module and in the notelint
  package, with its size and modification time, and these must all be
  the same (a rule edited in place, a helper module added or removed).

The same files, with each rule's definition, make the rules' part of the
cache key (:func:`fingerprint`), so a catalogue is never older than the
cache entries read through it. A rule whose definition depends on anything
else (an environment variable read when its module is imported) is read
afresh only when one of those files changes; delete the cache folder to
read it now. No catalogue is kept while a rule plugin fails to load (its
error is reported on every run).
"""

from __future__ import annotations

import marshal
import os
import sys

from .fileio import blake2b

#: bump when the catalogue's content changes shape
_FORMAT = 1
_FIELDS = ("code", "name", "severity", "languages", "summary", "options", "doc")
_CALLABLES = ("check", "batch_check", "batch_prepare")
#: the rules' fingerprint (see :func:`fingerprint`) when the rules came from a catalogue
_KEPT_FINGERPRINT: str | None = None
_FINGERPRINT: str | None = None
#: the catalogue this process built its rules from
_READ_FROM: str | None = None


class Deferred:
    """A catalogued rule's ``check`` (or ``batch_check``, ``batch_prepare``): imports the rule's module
    when first called. A run that lints imports the rules before the first note and uses the imported
    ones (:func:`notelint.registry.load_checks`); a stand-in is called only on a run that needs one rule
    without linting (a batch rule on a fully cached run) or for a rule that no longer loads."""

    __slots__ = ("value", "attribute", "code", "name", "target")

    def __init__(self, value: str, attribute: str, code: str, name: str):
        self.value, self.attribute, self.code, self.name, self.target = value, attribute, code, name, None

    def resolve(self):
        """The rule's own function (importing its module); raises RegistryError if the rule does not load."""
        if self.target is None:
            from .registry import RegistryError

            target = getattr(load(self.value, self.code, self.name), self.attribute)
            if target is None:
                _forget()
                raise RegistryError(f"rule {self.value} is not what notelint's catalogue of rules says; "
                                    f"run notelint again")
            self.target = target
        return self.target

    def __call__(self, *args, **kwargs):
        return (self.target or self.resolve())(*args, **kwargs)

    def __repr__(self) -> str:
        return f"Deferred({self.value!r}, {self.attribute!r})"


def catalogued(rule) -> bool:
    """Does ``rule`` come from the catalogue (its ``check`` or ``batch_check`` a stand-in, not yet imported)?"""
    return isinstance(rule.check or rule.batch_check, Deferred)


def load(value: str, code: str, name: str):
    """The rule the entry point ``value`` names, imported; RegistryError if it fails to load or is not the
    catalogued rule ``code``/``name`` (the catalogue is then deleted: the next run imports every rule)."""
    from .installed import EntryPoint
    from .registry import RegistryError, Rule

    try:
        rule = EntryPoint("", value).load()
    except Exception as exc:  # noqa: BLE001 - reported as the rule's internal error
        _forget()
        raise RegistryError(f"rule {value} failed to load: {type(exc).__name__}: {exc}") from None
    if not isinstance(rule, Rule) or (rule.code, rule.name) != (code, name):
        _forget()
        raise RegistryError(f"rule {value} is not what notelint's catalogue of rules says; run notelint again")
    return rule


def _path(points: list) -> str | None:
    """Where the catalogue for these entry points is kept (None: where their modules live is unknown)."""
    from . import __version__
    from .syllables import kept_path

    packages = sorted({value.partition(":")[0].strip().partition(".")[0] for _, value in points})
    try:
        origins = [(name, _origin(name)) for name in packages]
    except Exception:  # noqa: BLE001 - a package that cannot be found: its rules are imported
        return None
    key = repr((_FORMAT, __version__, sys.version, points, origins))
    return kept_path(f"rules-{blake2b(key.encode('utf-8', 'surrogateescape'), digest_size=16).hexdigest()}.catalogue")


def _origin(package: str) -> str:
    """Where the top-level module or package ``package`` is imported from, without importing it (another
    installation of a rule package, or one earlier on ``sys.path``, is another catalogue)."""
    module = sys.modules.get(package)
    spec = getattr(module, "__spec__", None) if module is not None else None
    if spec is None:
        from importlib.util import find_spec

        spec = find_spec(package)
    if spec is None:
        raise ModuleNotFoundError(package)
    return repr((spec.origin, list(spec.submodule_search_locations or ())))


def read(points: list) -> dict | None:
    """The rules by name, built from the kept catalogue, or None (no catalogue, or an out-of-date one)."""
    global _KEPT_FINGERPRINT, _READ_FROM
    path = _path(points)
    if path is None:
        return None
    try:
        with open(path, "rb") as handle:
            kept = marshal.loads(handle.read())
        if kept["format"] != _FORMAT or any(_folder_stats(folder) != stats for folder, stats in kept["folders"]):
            return None
        from .registry import Rule

        rules = {}
        for entry in kept["rules"]:
            fields = dict(zip(_FIELDS, entry["fields"]))
            for attribute in _CALLABLES:
                fields[attribute] = (Deferred(entry["value"], attribute, fields["code"], fields["name"])
                                     if attribute in entry["callables"] else None)
            rules[fields["name"]] = Rule(**fields)
        fingerprint = kept["fingerprint"]
        if not isinstance(fingerprint, str):
            return None
    except Exception:  # noqa: BLE001 - missing, damaged or from another notelint: the rules are imported
        return None
    _KEPT_FINGERPRINT, _READ_FROM = fingerprint, path
    return rules


def _forget() -> None:
    """Delete the catalogue the rules came from: one of them no longer loads as catalogued, and the next run
    imports them all (and reports what is wrong)."""
    if _READ_FROM is not None:
        try:
            os.unlink(_READ_FROM)
        except OSError:
            pass


def keep(points: list, rules: dict, values: dict) -> None:
    """Keep the catalogue of ``rules`` (just imported), whose entry point values are ``values`` by name."""
    global _FINGERPRINT
    path = _path(points)
    if path is None:
        return
    folders, text = _describe(rules)
    _FINGERPRINT = _hash(text)  # what fingerprint() would work out again from these rules and files
    entries = []
    for name, rule in rules.items():
        entries.append({
            "value": values[name],
            "fields": [rule.code, rule.name, rule.severity.value, sorted(rule.languages), rule.summary,
                       dict(rule.options), rule.doc],
            "callables": [a for a in _CALLABLES if getattr(rule, a) is not None],
        })
    kept = {"format": _FORMAT, "folders": folders, "fingerprint": _FINGERPRINT, "rules": entries}
    try:
        data = marshal.dumps(kept)
        if marshal.loads(data) != kept:  # an option marshal keeps differently (a subclass of a built-in type)
            return
        from .fileio import write_atomic

        os.makedirs(os.path.dirname(path), exist_ok=True)
        write_atomic(path, data, fsync=False)
    except (OSError, ValueError):
        pass  # an option marshal cannot keep, or a read-only cache folder: the rules are imported every run


def fingerprint() -> str:
    """A hash of the installed rules' definitions (code, options, the bytecode of each check) and of every
    file beside them and in the notelint package: the rules' part of the cache key (once per process)."""
    global _FINGERPRINT
    if _FINGERPRINT is None:
        from .registry import all_rules

        rules = all_rules()
        if _KEPT_FINGERPRINT is not None and all(catalogued(r) for r in rules.values()):
            _FINGERPRINT = _KEPT_FINGERPRINT
        else:
            _FINGERPRINT = _hash(_describe(rules)[1])
    return _FINGERPRINT


def _hash(text: str) -> str:
    return blake2b(text.encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()


def _describe(rules: dict) -> tuple[list, str]:
    """The folders of the rules' modules and of the notelint package, with their files' stats; and the
    text :func:`fingerprint` hashes (each rule's definition, then those stats)."""
    from .cache import stable

    parts = []
    folders = {os.path.dirname(os.path.abspath(__file__))}
    for rule in rules.values():
        parts.append(stable(rule))
        module = sys.modules.get(getattr(rule.check or rule.batch_check, "__module__", "") or "")
        if module is not None and getattr(module, "__file__", None):
            folders.add(os.path.dirname(os.path.abspath(module.__file__)))
    listed = [(folder, _folder_stats(folder)) for folder in sorted(folders)]
    for _, stats in listed:
        parts.extend(stats)
    return listed, "\n".join(parts)


def _folder_stats(folder: str) -> list[str]:
    """Every file in ``folder`` (not hidden, not bytecode) with its size and modification time."""
    out = []
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return [f"{folder}:unlistable"]
    for entry in entries:
        if entry.name.startswith(".") or entry.name == "__pycache__":
            continue
        try:
            if entry.is_file():
                st = entry.stat()
                out.append(f"{entry.path}:{st.st_size}:{st.st_mtime_ns}")
        except OSError:
            continue
    return out
