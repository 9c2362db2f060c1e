"""The machine line the benchmarks print (benchmarks/machine.py): the processor is named, because the
same code runs at different speeds, and not by the same factor for every tool, on different processors."""

import importlib.util
import os
import subprocess
import sys

_spec = importlib.util.spec_from_file_location(
    "bench_machine", os.path.join(os.path.dirname(__file__), os.pardir, "benchmarks", "machine.py"))
machine = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(machine)

CPUINFO = """processor\t: 0
vendor_id\t: AuthenticAMD
model name\t: AMD EPYC 7B13
flags\t\t: fpu vme

processor\t: 1
model name\t: AMD EPYC 7B13
"""


def test_the_processor_is_read_from_linux_cpuinfo(tmp_path):
    (tmp_path / "cpuinfo").write_text(CPUINFO)
    assert machine.processor(str(tmp_path / "cpuinfo")) == "AMD EPYC 7B13"


def test_without_cpuinfo_or_a_model_line_platform_names_it(tmp_path, monkeypatch):
    monkeypatch.setattr(machine.platform, "processor", lambda: "arm")
    assert machine.processor(str(tmp_path / "missing")) == "arm"
    (tmp_path / "cpuinfo").write_text("processor\t: 0\nmodel name\t:\n")
    assert machine.processor(str(tmp_path / "cpuinfo")) == "arm"
    monkeypatch.setattr(machine.platform, "processor", lambda: "")
    monkeypatch.setattr(machine.platform, "machine", lambda: "")
    assert machine.processor(str(tmp_path / "missing")) == "unknown"


def test_the_line_names_cpus_processor_python_and_node_when_asked(monkeypatch, tmp_path):
    monkeypatch.setattr(machine, "processor", lambda: "Test CPU")
    python = sys.version.split()[0]
    assert machine.describe() == f"{os.cpu_count()} CPUs (Test CPU), Python {python}"
    node = tmp_path / "node"
    node.write_text("#!/bin/sh\necho v99.1.0\n")
    node.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    assert machine.describe(with_node=True) == f"{os.cpu_count()} CPUs (Test CPU), Python {python}, Node.js v99.1.0"
    node.unlink()
    assert machine.describe(with_node=True) == f"{os.cpu_count()} CPUs (Test CPU), Python {python}"


def test_the_tokenizer_benchmark_prints_the_machine_line_first():
    script = os.path.join(os.path.dirname(__file__), os.pardir, "benchmarks", "bench_tokenizer.py")
    proc = subprocess.run([sys.executable, script, "--passes", "1", "--generated", "20", "--runs", "1"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    first = proc.stdout.splitlines()[0]
    assert first.startswith(f"machine: {os.cpu_count()} CPUs (") and f"), Python {sys.version.split()[0]}" in first
