"""Per-word and per-token tables kept for the process: notes share most of their words."""

from __future__ import annotations

from typing import Callable


def remembered(memo: dict, keys: list, make: Callable, limit: int) -> list:
    """``[memo[key] for key in keys]``, each key not in ``memo`` made with ``make(key)`` and kept there;
    ``memo`` is emptied once it holds ``limit`` values. The look-ups run in C, and only the few keys
    not met before in Python."""
    if len(memo) >= limit:
        memo.clear()
    out = list(map(memo.get, keys))
    if None in out:
        for i, value in enumerate(out):
            if value is None:
                out[i] = memo[keys[i]] = make(keys[i])
    return out
