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


def read_regular(path: str, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes (a configuration, a baseline).

    Raises OSError as ``open`` does (FileNotFoundError, PermissionError,
    IsADirectoryError, ...) and ValueError, with a one-line reason, for a
    FIFO, device or socket (opened without blocking and never read) or a
    file over the limit.
    """
    import stat

    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    with open(path, "rb", opener=lambda p, _: os.open(p, flags)) as handle:
        info = os.fstat(handle.fileno())
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(21, "Is a directory", path)
        if not stat.S_ISREG(info.st_mode):
            raise ValueError("not a regular file (a FIFO, device or socket)")
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise ValueError(f"larger than {limit:,} bytes")
    return data
