"""notelint: a linter for job-interview thank-you notes.

The Python API::

    from notelint import lint
    for finding in lint(text, interview="2026-05-12 15:00", company="Initech"):
        print(finding.line, finding.column, finding.name, finding.message)

``lint`` and ``lint_file`` return lists of :class:`Finding` (immutable, with
the fields of the JSON output). Importing this package does not import spaCy;
the first lint does.
"""

from __future__ import annotations

from typing import Any, Sequence

from .findings import Finding, Problem, Severity
from .note import Metadata, Note
from .source import InputError

__version__ = "0.1.0"


class RuleFailedWarning(RuntimeWarning):
    """A rule raised while checking a note; the other rules' findings were still returned."""


def _warn_internal(result) -> None:
    import warnings

    for message in result.internal_errors:
        warnings.warn(message, RuleFailedWarning, stacklevel=3)

__all__ = [
    "Finding",
    "InputError",
    "Metadata",
    "Note",
    "Problem",
    "RuleFailedWarning",
    "Severity",
    "__version__",
    "lint",
    "lint_file",
]


def _setup(select, ignore, model, config_path, path, metadata):
    from .config import Config, Finder
    from .linter import Linter

    config = Finder(config_path).for_path(path) if (config_path or path) else Config()
    overrides = Metadata.from_mapping(metadata, "metadata") if metadata else None
    return Linter(select=select, ignore=ignore, model=model), config, overrides


def lint(
    text: str,
    *,
    lang: str | None = None,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    model: str | None = None,
    config: str | None = None,
    path: str | None = None,
    **metadata: Any,
) -> list[Finding]:
    """Lint a note given as text; returns its findings in text order.

    ``lang`` is ``"en"`` or ``"de"`` (default: detected). Metadata keywords:
    ``interview``, ``sent`` (dates as ``datetime``, ``date`` or ISO strings),
    ``interviewer``, ``company``, ``role``, ``subject``, ``template``,
    ``other_companies``. ``select``/``ignore`` take codes, code prefixes or
    rule names. ``config`` names a config file; ``path`` (a file name, not
    read) is used to find configuration and in findings.

    A rule that raises is reported as a :class:`RuleFailedWarning` (a
    warning, so the other rules' findings still arrive).

    Any ``str`` is accepted (control characters and lone surrogates included).
    A note in neither English nor German gives no findings. Raises
    :class:`InputError` only for text beyond the size limit and for front
    matter (with a ``.eml`` path: e-mail headers) that cannot be used, and
    ValueError for a bad argument.
    """
    from .linter import prepare_text

    if not isinstance(text, str):
        raise TypeError(f"lint() takes a str, not {type(text).__name__}")
    linter, cfg, overrides = _setup(select, ignore, model, config, path, metadata)
    result = prepare_text(text, path, cfg, overrides, lang)
    if result.error:
        if result.error.startswith("empty note"):
            return []
        raise InputError(result.error)
    linter.run([(result, cfg)])
    if result.error:  # e.g. longer than the language pipeline takes
        raise InputError(result.error)
    _warn_internal(result)
    return list(result.findings)


def lint_file(
    path: str,
    *,
    lang: str | None = None,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    model: str | None = None,
    config: str | None = None,
    **metadata: Any,
) -> list[Finding]:
    """Lint a note file (.txt, .md); raises :class:`InputError` when it cannot be read."""
    from .linter import prepare_file

    linter, cfg, overrides = _setup(select, ignore, model, config, str(path), metadata)
    result = prepare_file(str(path), cfg, overrides, lang)
    if result.error:
        raise InputError(f"{path}: {result.error}")
    linter.run([(result, cfg)])
    _warn_internal(result)
    return list(result.findings)
