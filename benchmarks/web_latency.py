"""How long the page waits for notelint's findings, measured (no asserts).

    python3 benchmarks/web_latency.py [--url http://127.0.0.1:8765] [--requests 100]

Times ``POST /api/lint`` for a 200-word note, warm, over one kept-alive
connection as the page's fetch uses, and prints the median and p90. Without
``--url`` it starts ``notelint serve`` on a free port itself and stops it
afterwards. Each request changes the note a little, as typing does. The
machines are shared and noisy: read the figures as orders of magnitude.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lsp_latency import NOTE, percentile  # noqa: E402  (the same 200-word note)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_ready(conn: http.client.HTTPConnection, timeout: float = 120) -> float:
    """Seconds until /api/status says the pipelines are loaded."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        try:
            conn.request("GET", "/api/status")
            if json.loads(conn.getresponse().read())["ready"]:
                return time.perf_counter() - started
        except (OSError, http.client.HTTPException, ValueError):
            conn.close()
        time.sleep(0.1)
    raise SystemExit(f"the server at {conn.host}:{conn.port} did not get ready in {timeout:g} s")


def lint(conn: http.client.HTTPConnection, text: str) -> float:
    """Lint one note; returns the engine's seconds from the Server-Timing header."""
    body = json.dumps({"text": text, "interview": "2026-05-12 15:00", "company": "Initech", "lang": "auto"}).encode()
    conn.request("POST", "/api/lint", body, {"Content-Type": "application/json"})
    answer = conn.getresponse()
    data = answer.read()
    if answer.status != 200:
        raise SystemExit(f"POST /api/lint answered {answer.status}: {data[:200]!r}")
    json.loads(data)
    timing = answer.getheader("Server-Timing", "lint;dur=nan")
    return float(timing.partition("dur=")[2]) / 1000


def measure(conn: http.client.HTTPConnection, requests: int) -> tuple[list[float], list[float]]:
    """End-to-end seconds and the engine's seconds, per request."""
    for i in range(5):  # warm: first lints of this process, lemma tables, caches
        lint(conn, NOTE + " " * i)
    total, engine = [], []
    for i in range(requests):
        text = NOTE.replace("Tuesday", "Tuesday" + " really" * (i % 3))
        started = time.perf_counter()
        engine.append(lint(conn, text))
        total.append(time.perf_counter() - started)
    return total, engine


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a running 'notelint serve' (default: start one)")
    parser.add_argument("--requests", type=int, default=100)
    args = parser.parse_args()

    server = None
    url = args.url
    if url is None:
        port = free_port()
        server = subprocess.Popen([sys.executable, "-m", "notelint", "serve", "--port", str(port)],
                                  stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONUNBUFFERED": "1"})
        url = f"http://127.0.0.1:{port}"
    parts = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port or 80, timeout=60)
    try:
        ready = wait_ready(conn)
        total, engine = measure(conn, args.requests)
    finally:
        conn.close()
        if server is not None:
            server.terminate()
            server.wait(timeout=30)

    print(f"note: {len(NOTE.split())} words; {args.requests} requests to {url}/api/lint, warm, one connection")
    if server is not None:
        print(f"server ready (pipelines loaded) {ready:.1f} s after start")
    for what, seconds in (("POST /api/lint end to end", total), ("of which linting (Server-Timing)", engine)):
        ms = [s * 1000 for s in seconds]
        print(f"{what}: median {statistics.median(ms):.1f} ms, p90 {percentile(ms, 0.9):.1f} ms, "
              f"min {min(ms):.1f} ms, max {max(ms):.1f} ms")


if __name__ == "__main__":
    main()
