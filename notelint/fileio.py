"""Writing files safely: a temporary file beside the target, then an atomic rename.

A reader never sees a half-written file, and an interrupted run (Ctrl-C, a
crash) leaves the old file as it was.
"""

from __future__ import annotations

import os
import tempfile


def write_atomic(path: str, data: str | bytes, encoding: str = "utf-8") -> None:
    folder = os.path.dirname(os.path.abspath(path)) or "."
    payload = data.encode(encoding) if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=".notelint-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        if os.path.exists(path):
            os.chmod(tmp, os.stat(path).st_mode & 0o7777)
        else:
            os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
