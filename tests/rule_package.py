"""A third-party rule package written into a folder, for tests that need plugins."""

from __future__ import annotations

from pathlib import Path

#: a working third-party rule module (install it as ``shouting_subject``)
SHOUTING_SUBJECT = '''\
"""shouting-subject (XP101): a third-party rule.

What it does
    Flags the word "URGENT".
"""
from notelint import Problem
from notelint.registry import Rule


def check(note, options):
    at = note.text.find("URGENT")
    if at >= 0:
        yield Problem(at, at + 6, "Do not mark a thank-you note urgent.")


RULE = Rule(code="XP101", name="shouting-subject", severity="warning", languages=("en",),
            summary="Flags URGENT.", check=check)
'''


def install_rule_package(folder: Path, module: str, source: str, rules: dict[str, str], version: str = "0.0") -> str:
    """Write ``module``.py and a dist-info registering ``rules`` (entry-point name -> attribute of the module)
    in the "notelint.rules" group, as an installed package would; returns the folder, for PYTHONPATH."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{module}.py").write_text(source, encoding="utf-8")
    info = folder / f"{module}-{version}.dist-info"
    info.mkdir(exist_ok=True)
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {module.replace('_', '-')}\nVersion: {version}\n")
    (info / "entry_points.txt").write_text(
        "[notelint.rules]\n" + "".join(f"{name} = {module}:{attribute}\n" for name, attribute in rules.items()))
    return str(folder)
