"""``python -m notelint``: the same as the ``notelint`` command."""

from .cli import main

raise SystemExit(main())
