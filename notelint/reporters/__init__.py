"""Output formats. Each module has ``report(results, out, ctx)``.

``results`` is a list of :class:`notelint.linter.FileResult`; ``ctx`` a
:class:`ReportContext`. Adding a format means adding a module and a line here.
"""

from __future__ import annotations

import importlib
import os
from dataclasses import dataclass

#: format name -> module (imported only when used)
FORMATS = {
    "text": "notelint.reporters.text",
    "concise": "notelint.reporters.concise",
    "json": "notelint.reporters.json_format",
    "github": "notelint.reporters.github",
    "sarif": "notelint.reporters.sarif",
    "junit": "notelint.reporters.junit",
}


def default_format(environ) -> str:
    """text, or github annotations inside a GitHub Actions run."""
    return "github" if environ.get("GITHUB_ACTIONS") == "true" else "text"


@dataclass
class ReportContext:
    """What a report format needs besides the results: the command's choices about output."""

    color: bool = False
    statistics: bool = False
    message_lang: str = "en"
    fail_on: str = "warning"
    extra_rules: tuple = ()  # house rules from configuration, for formats that list rules (SARIF)

    @staticmethod
    def display_path(path: str | None) -> str:
        """Paths relative to the current directory where possible (CI annotations need it)."""
        if not path or path == "-":
            return path or "<text>"
        if not os.path.isabs(path):  # as relpath would give it, without its two abspath calls
            norm = os.path.normpath(path)
            return path if norm.startswith("..") else norm
        # under the current directory (the usual case), as relpath gives it, without its two abspath calls
        cwd, norm = os.getcwd(), os.path.normpath(path)
        prefix = cwd if cwd.endswith(os.sep) else cwd + os.sep
        if norm.startswith(prefix) and len(norm) > len(prefix) and os.sep == "/" and not norm.startswith("//"):
            return norm[len(prefix):]
        try:
            rel = os.path.relpath(path)
        except ValueError:
            return path
        return path if rel.startswith("..") else rel


def get(name: str):
    return importlib.import_module(FORMATS[name])
