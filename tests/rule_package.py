"""A third-party rule package written into a folder, for tests that need plugins."""

from __future__ import annotations

from pathlib import Path


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
