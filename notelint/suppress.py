"""Suppressing findings without touching the note's text, in one place.

Rules know nothing of suppression; the linter filters their findings here:

- configuration: ``[[suppress]]`` entries with ``rule`` (code, prefix or
  name), an optional ``path`` glob (relative to the config file, gitignore
  style) and an optional ``text`` (the finding's span must contain it);
- front matter: ``ignore: [rule, ...]``;
- Markdown notes: ``<!-- notelint-disable rule, rule -->`` up to
  ``<!-- notelint-enable -->`` (no rule: every rule);
- a baseline file (``--baseline``): findings recorded once are not reported
  again; only new ones count.

Every kind that matches nothing is reported as unused, so stale
suppressions do not pile up.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field

from .findings import Finding
from .registry import matches

BASELINE_VERSION = 1


@dataclass
class Suppression:
    rule: str
    path: str | None
    text: str | None
    origin: str  # where it was written, for messages
    spec: object = None  # notelint.globs.Globs for ``path``
    root: str = "."
    used: int = 0
    seen: int = 0  # linted files its path applied to

    def applies_to(self, file_path: str | None) -> bool:
        if self.spec is None:
            return True
        if not file_path:
            return False
        rel = os.path.relpath(os.path.abspath(file_path), self.root).replace(os.sep, "/")
        return not rel.startswith("../") and self.spec.match_file(rel)

    def covers(self, finding: Finding, rule_obj, source: str) -> bool:
        """Does this suppression cover a finding (in a file it applies to)?"""
        if not matches(rule_obj, self.rule):
            return False
        if self.text is not None and self.text.lower() not in source[finding.start:finding.end].lower():
            return False
        return True

    def describe(self) -> str:
        parts = [f"rule {self.rule}"]
        if self.path:
            parts.append(f"path {self.path}")
        if self.text:
            parts.append(f"text {self.text!r}")
        return f"{self.origin} ({', '.join(parts)})"


def parse_config_suppressions(value, where: str, root: str) -> tuple[Suppression, ...]:
    """Validate ``[[suppress]]`` entries; raises ValueError naming the entry and key."""
    from .globs import compile_globs

    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ValueError("suppress must be a list of [[suppress]] tables")
    out = []
    for number, entry in enumerate(value, 1):
        label = f"suppress #{number}"
        unknown = set(entry) - {"rule", "path", "text"}
        if unknown:
            raise ValueError(f"{label}: unknown key {sorted(unknown)[0]!r} (keys: rule, path, text)")
        rule = entry.get("rule")
        if not isinstance(rule, str) or not rule.strip():
            raise ValueError(f"{label}: rule must name a rule code, prefix or name")
        path, text = entry.get("path"), entry.get("text")
        for key, item in (("path", path), ("text", text)):
            if item is not None and (not isinstance(item, str) or not item):
                raise ValueError(f"{label}: {key} must be non-empty text")
        try:
            spec = compile_globs([path]) if path else None
        except ValueError as exc:
            raise ValueError(f"{label}: path: {exc}") from None
        out.append(Suppression(rule.strip(), path, text, f"{where}: {label}", spec, root))
    return tuple(out)


# --------------------------------------------------------------------------- Markdown comments

_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
_DIRECTIVE = re.compile(r"^\s*notelint-(disable|enable)(?:\s+(.*?))?\s*$", re.DOTALL)


@dataclass
class Region:
    start: int
    end: int
    selectors: tuple[str, ...] | None  # None: every rule
    origin: str
    used: int = 0


def markdown_regions(text: str) -> tuple[list[Region], list[tuple[int, int]]]:
    """Disabled regions from notelint comments, and the spans of all HTML comments."""
    regions: list[Region] = []
    comments = []
    open_regions: list[Region] = []
    for match in _COMMENT.finditer(text):
        comments.append((match.start(), match.end()))
        directive = _DIRECTIVE.match(match.group(1))
        if not directive:
            continue
        kind, names = directive.groups()
        selectors = tuple(s.strip() for s in (names or "").split(",") if s.strip()) or None
        if kind == "disable":
            line = text.count("\n", 0, match.start()) + 1
            region = Region(match.end(), len(text), selectors, f"line {line}: <!-- notelint-disable -->")
            open_regions.append(region)
            regions.append(region)
        else:
            for region in list(open_regions):
                if selectors is None or region.selectors == selectors:
                    region.end = match.start()
                    open_regions.remove(region)
    return regions, comments


# --------------------------------------------------------------------------- baseline


class BaselineError(Exception):
    """The baseline file cannot be used; the message is one line."""


def relative(path: str | None, root: str) -> str:
    """A path as a baseline records it: relative to the baseline's folder, with forward slashes."""
    return os.path.relpath(os.path.abspath(path), root).replace(os.sep, "/") if path and path != "-" else path or ""


def fingerprint(finding: Finding, source: str, path: str, root: str) -> tuple[str, str, str]:
    rel = relative(path, root)
    text = " ".join(source[finding.start:finding.end].split())[:200]
    return rel, finding.code, text


@dataclass
class Baseline:
    path: str
    entries: dict[tuple[str, str, str], int] = field(default_factory=dict)
    used: dict[tuple[str, str, str], int] = field(default_factory=dict)

    @property
    def root(self) -> str:
        return os.path.dirname(os.path.abspath(self.path))

    @classmethod
    def load(cls, path: str) -> "Baseline":
        try:
            from .fileio import read_limited

            data = json.loads(read_limited(path, 500_000_000).decode("utf-8"))
        except FileNotFoundError:
            raise
        except (OSError, UnicodeDecodeError) as exc:
            raise BaselineError(f"{path}: cannot read the baseline: {exc}") from None
        except json.JSONDecodeError as exc:
            raise BaselineError(f"{path}: the baseline is not valid JSON (line {exc.lineno}); "
                                f"delete it and run with --baseline again to rewrite it") from None
        except RecursionError:
            raise BaselineError(f"{path}: not a notelint baseline (nested too deeply)") from None
        except ValueError as exc:  # a FIFO, a device, a huge file
            raise BaselineError(f"{path}: cannot read the baseline: {exc}") from None
        if not isinstance(data, dict) or data.get("version") != BASELINE_VERSION or not isinstance(
                data.get("findings"), list):
            raise BaselineError(f"{path}: not a notelint baseline (version {BASELINE_VERSION} expected)")
        entries = {}
        for number, item in enumerate(data["findings"], 1):
            if not isinstance(item, dict) or not all(isinstance(item.get(k), str) for k in ("path", "code", "text")):
                raise BaselineError(f"{path}: baseline entry #{number} lacks path, code or text (each a string)")
            count = item.get("count", 1)
            if isinstance(count, bool) or not isinstance(count, int) or count < 1:
                raise BaselineError(f"{path}: baseline entry #{number}: count must be a positive whole number")
            key = (item["path"], item["code"], item["text"])
            entries[key] = entries.get(key, 0) + count
        return cls(path, entries)

    def absorbs(self, key) -> bool:
        if self.used.get(key, 0) < self.entries.get(key, 0):
            self.used[key] = self.used.get(key, 0) + 1
            return True
        return False

    def unused(self, linted: set[str] | None = None) -> list[str]:
        """Entries that matched nothing, among those for files linted in this run.

        ``linted`` holds the paths (relative to the baseline's folder) that were
        linted; entries for other files are not judged, since a pre-commit hook
        or CI job often lints only the files that changed.
        """
        out = []
        for key, count in sorted(self.entries.items()):
            if linted is not None and key[0] not in linted:
                continue
            left = count - self.used.get(key, 0)
            if left > 0:
                out.append(f"{self.path}: baseline entry ({key[0]}, {key[1]}, {key[2]!r}) matched nothing")
        return out

    @staticmethod
    def write(path: str, keys: list[tuple[str, str, str]]) -> int:
        from .fileio import write_atomic

        counts: dict[tuple[str, str, str], int] = {}
        for key in keys:
            counts[key] = counts.get(key, 0) + 1
        data = {
            "version": BASELINE_VERSION,
            "tool": "notelint",
            "findings": [
                {"path": p, "code": c, "text": t, "count": n} for (p, c, t), n in sorted(counts.items())
            ],
        }
        write_atomic(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return len(keys)
