"""What a benchmark prints about the machine it ran on.

The same code runs at different speeds on different processors, and not by
the same factor for every tool: write-good (Node.js) took 3.4-5.1 s over
10,000 notes on one machine and 5.9-7.5 s on another, where notelint took
3.9-4.2 s and 4.6-4.8 s. A table read without its processor can mislead;
each benchmark's first line names it.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys

CPUINFO = "/proc/cpuinfo"


def processor(cpuinfo: str = CPUINFO) -> str:
    """The processor's model name: Linux's ``model name`` line, else what ``platform`` says, else "unknown"."""
    try:
        with open(cpuinfo, encoding="utf-8", errors="replace") as handle:
            for line in handle:
                key, _, value = line.partition(":")
                if key.strip() == "model name" and value.strip():
                    return value.strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown"


def node_version() -> str | None:
    """``node --version`` (write-good runs on it), or None without Node.js."""
    node = shutil.which("node")
    if node is None:
        return None
    try:
        proc = subprocess.run([node, "--version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    return proc.stdout.strip() or None


def describe(with_node: bool = False) -> str:
    """``2 CPUs (AMD EPYC), Python 3.11.7`` (and ``, Node.js v20.20.2`` with ``with_node``)."""
    text = f"{os.cpu_count()} CPUs ({processor()}), Python {sys.version.split()[0]}"
    node = node_version() if with_node else None
    return f"{text}, Node.js {node}" if node else text
