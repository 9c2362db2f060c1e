"""Reading and writing files: limited plain reads, atomic writes, and the hash notelint keys files by.

Writes go to a temporary file beside the target, then an atomic rename: a
reader never sees a half-written file, and an interrupted run (Ctrl-C, a
crash) leaves the old file as it was.
"""

from __future__ import annotations

import os

try:  # hashlib's own BLAKE2: importing hashlib also loads OpenSSL, 3-4 ms of every run
    from _blake2 import blake2b
except ImportError:  # a Python built without it has BLAKE2 through OpenSSL
    from hashlib import blake2b


def write_atomic(path: str, data: str | bytes, encoding: str = "utf-8", fsync: bool = True) -> None:
    """Write ``data`` to ``path`` atomically; ``fsync=False`` skips the flush to disk (for cache entries,
    where losing the newest writes in a power cut is harmless and a thousand fsyncs are not)."""
    import tempfile  # only runs that write pay for importing it

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


class NotRegular(ValueError):
    """A FIFO, device or socket: opened without blocking and never read. ``mode`` is its st_mode."""

    def __init__(self, mode: int):
        super().__init__("not a regular file (a FIFO, device or socket)")
        self.mode = mode


class TooLarge(ValueError):
    """Over the limit: ``size`` is the size fstat gave, or None when reading went past the limit."""

    def __init__(self, size: int | None, limit: int):
        super().__init__(f"larger than {limit:,} bytes")
        self.size = size


def read_limited(path: str, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, read with plain system calls (a
    note, a cache entry, a configuration, a baseline).

    Raises OSError as ``open`` does (FileNotFoundError, PermissionError,
    IsADirectoryError, ...), :class:`NotRegular` and :class:`TooLarge`. The
    file is read to the size fstat gives and on while it still grows (or
    reports no size, as /proc files do): a first read that asks for one byte
    more than that size and gets exactly the size has met the end, and no
    second read is made to see it. A buffered file object costs about 5 us
    more per file, which a run over thousands of notes or cache entries pays
    for each.
    """
    import stat

    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(21, "Is a directory", path)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegular(info.st_mode)
        if info.st_size > limit:
            raise TooLarge(info.st_size, limit)
        want = info.st_size + 1  # one byte more than fstat says shows a file that is still growing
        parts, size = [], 0
        while size <= limit:
            chunk = os.read(fd, want - size if size < want else limit + 1 - size)
            if not chunk:
                break
            parts.append(chunk)
            size += len(chunk)
            if size == info.st_size and len(parts) == 1:
                break  # all fstat gave, one byte short of what was asked for: the end (no read to see it)
    finally:
        os.close(fd)
    if size > limit:
        raise TooLarge(None, limit)
    return parts[0] if len(parts) == 1 else b"".join(parts)

