"""Writing files safely: a temporary file beside the target, then an atomic rename.

A reader never sees a half-written file, and an interrupted run (Ctrl-C, a
crash) leaves the old file as it was.
"""

from __future__ import annotations

import os
import tempfile


def write_atomic(path: str, data: str | bytes, encoding: str = "utf-8", fsync: bool = True) -> None:
    """Write ``data`` to ``path`` atomically; ``fsync=False`` skips the flush to disk (for cache entries,
    where losing the newest writes in a power cut is harmless and a thousand fsyncs are not)."""
    folder = os.path.dirname(os.path.abspath(path)) or "."
    payload = data.encode(encoding) if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=".notelint-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            if fsync:
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
