"""A small LSP client for tests and benchmarks: JSON-RPC over a server's stdio.

Every wait is bounded by a timeout. Messages from the server are read on a
thread into a list; requests from the server (showDocument, ...) are
answered with ``null`` and kept for inspection.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any, Callable

SERVER = [sys.executable, "-m", "notelint.lsp"]
ROOT = Path(__file__).resolve().parent.parent


class LspError(AssertionError):
    pass


class Client:
    def __init__(self, args: list[str] | None = None, cwd: str | None = None, paths: list[str] | None = None):
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), *(paths or []), env.get("PYTHONPATH")]))
        self.proc = subprocess.Popen(
            SERVER + (args or []), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            cwd=cwd or str(ROOT), env=env,
        )
        self.messages: list[dict] = []  # everything the server sent, in order
        self._cond = threading.Condition()
        self._next_id = 0
        self._write_lock = threading.Lock()
        self.stderr = b""
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._read_stderr, daemon=True).start()

    # ------------------------------------------------------------------ wire

    def _read(self) -> None:
        stream = self.proc.stdout
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    with self._cond:
                        self._cond.notify_all()
                    return
                if line in (b"\r\n", b"\n"):
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.lower() == "content-length":
                    length = int(value.strip())
            message = json.loads(stream.read(length))
            if "method" in message and "id" in message:  # a request from the server
                self._send({"jsonrpc": "2.0", "id": message["id"], "result": None})
            with self._cond:
                self.messages.append(message)
                self._cond.notify_all()

    def _read_stderr(self) -> None:
        for line in self.proc.stderr:
            self.stderr += line

    def write_raw(self, body: bytes) -> None:
        with self._write_lock:
            self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
            self.proc.stdin.flush()

    def _send(self, message: dict) -> None:
        self.write_raw(json.dumps(message).encode("utf-8"))

    # ------------------------------------------------------------------ protocol

    def notify(self, method: str, params: Any = None) -> None:
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def send_request(self, method: str, params: Any = None) -> int:
        self._next_id += 1
        self._send({"jsonrpc": "2.0", "id": self._next_id, "method": method, "params": params})
        return self._next_id

    def request(self, method: str, params: Any = None, timeout: float = 30) -> Any:
        """Send a request and return its result; raises LspError on an error answer."""
        reply = self.response(self.send_request(method, params), timeout)
        if "error" in reply:
            raise LspError(f"{method}: {reply['error']}")
        return reply.get("result")

    def response(self, msg_id: int, timeout: float = 30) -> dict:
        return self.wait_for(lambda m: m.get("id") == msg_id and "method" not in m, timeout, f"answer to {msg_id}")

    def wait_for(self, predicate: Callable[[dict], bool], timeout: float = 30, what: str = "message",
                 start: int = 0) -> dict:
        """The first message (from index ``start``) matching ``predicate``, waiting up to ``timeout`` s."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for message in self.messages[start:]:
                    if predicate(message):
                        return message
                left = deadline - time.monotonic()
                if left <= 0 or self.proc.poll() is not None:
                    raise LspError(f"no {what} within {timeout} s (server {'exited' if self.proc.poll() is not None else 'running'};"
                                   f" stderr: {self.stderr.decode(errors='replace')[-2000:]})")
                self._cond.wait(min(left, 0.1))

    def mark(self) -> int:
        """An index into messages: wait_for(..., start=mark) sees only what came later."""
        with self._cond:
            return len(self.messages)

    def diagnostics(self, uri: str, version: int | None = None, timeout: float = 30, start: int = 0) -> dict:
        """The next publishDiagnostics params for ``uri`` (of ``version`` when given)."""
        def match(m: dict) -> bool:
            return (m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri
                    and (version is None or m["params"].get("version") == version))
        return self.wait_for(match, timeout, f"diagnostics for {uri} v{version}", start)["params"]

    def initialize(self, options: dict | None = None, capabilities: dict | None = None) -> dict:
        result = self.request("initialize", {
            "processId": os.getpid(), "rootUri": None, "initializationOptions": options,
            "capabilities": capabilities or {
                "textDocument": {"publishDiagnostics": {"versionSupport": True}, "hover": {"contentFormat": ["markdown"]}},
                "workspace": {"workspaceEdit": {"documentChanges": True}},
            },
        })
        self.notify("initialized", {})
        return result

    def open(self, uri: str, text: str, version: int = 1, language: str = "plaintext") -> None:
        self.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": language, "version": version, "text": text}})

    def change(self, uri: str, text: str, version: int) -> None:
        self.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                               "contentChanges": [{"text": text}]})

    def close(self, timeout: float = 10) -> int:
        """shutdown + exit; returns the server's exit code."""
        try:
            if self.proc.poll() is None:
                self.request("shutdown", None, timeout)
                self.notify("exit")
            return self.proc.wait(timeout)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait(5)

    def __enter__(self) -> "Client":
        return self

    def __exit__(self, *exc) -> None:
        if self.proc.poll() is None:
            try:
                self.close()
            except Exception:
                self.proc.kill()
                self.proc.wait(5)


# --------------------------------------------------------------------------- test rules

TEST_RULES = '''\
"""test-thx (XT901): a note that writes "thx".

What it does
    Finds ``thx`` and offers "thank you" instead.

Example
    Fires::

        thx for your time
"""
import re
import time

from notelint.findings import Problem
from notelint.registry import Rule


def check_thx(note, options):
    if "SLOW" in note.text:
        time.sleep(1.5)
    for match in re.finditer(r"\\bthx\\b", note.text):
        yield Problem(match.start(), match.end(), "Spell it out.", suggestion="Write 'thank you'.",
                      replacement="thank you")


def check_broken(note, options):
    if "BOOM" in note.text:
        raise RuntimeError("kaboom")
    for match in re.finditer(r"\\bFYI\\b", note.text):
        yield Problem(match.start(), match.end(), "Too casual.")


THX = Rule(code="XT901", name="test-thx", severity="warning", languages=("en", "de"), summary="thx", check=check_thx)
BROKEN = Rule(code="XT902", name="test-broken", severity="info", languages=("en", "de"), summary="breaks",
              check=check_broken, doc="test-broken (XT902): says FYI is casual; raises on BOOM.")
'''


def install_test_rules(folder: Path) -> str:
    """Write a rule plugin (test-thx XT901, test-broken XT902) into ``folder``; returns it for PYTHONPATH.

    The plugin registers through the "notelint.rules" entry-point group like
    any third-party rule package, so the server under test finds it.
    """
    from rule_package import install_rule_package

    return install_rule_package(folder, "notelint_lsp_testrules", TEST_RULES,
                                {"test-thx": "THX", "test-broken": "BROKEN"})
