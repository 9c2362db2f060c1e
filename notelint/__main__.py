"""``python -m notelint``: the same as the ``notelint`` command."""

from .cli import program

raise SystemExit(program())
