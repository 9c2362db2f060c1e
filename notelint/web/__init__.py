"""``notelint serve``: the local pre-send page (needs ``pip install 'notelint[web]'``).

A job seeker pastes a note into a page on their own machine and sees, as they
type, what notelint sees: highlights on the words, the findings with their
suggestions, and whether the note is ready to send. Nothing leaves the
machine: the page and everything it loads are served by this app, on
127.0.0.1 unless ``--host`` says otherwise.
"""

from __future__ import annotations

import argparse
import logging
import sys
import threading
import webbrowser
from typing import Sequence

# Imported here so that a missing extra shows up when ``notelint serve`` imports this package.
import starlette  # noqa: F401
import uvicorn

from .app import DEFAULT_MAX_BODY, LOOPBACK_HOSTS, create_app

DEFAULT_PORT = 8765

__all__ = ["create_app", "main"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="notelint serve",
        description="Open a page on this computer where you paste a thank-you note and see what to fix "
                    "before sending it. Nothing you write leaves your machine or is stored.",
    )
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default 127.0.0.1: only this computer can open the page)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    parser.add_argument("--open", action="store_true", help="open the page in your web browser")
    parser.add_argument("--config", metavar="PATH",
                        help="use this configuration file (default: the one found from the current folder)")
    parser.add_argument("--max-body", type=int, metavar="KB", default=DEFAULT_MAX_BODY // 1024,
                        help=f"refuse requests larger than this (default {DEFAULT_MAX_BODY // 1024} KB)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the page until Ctrl+C. Returns an exit code."""
    from ..config import ConfigError

    args = build_parser().parse_args(list(argv) if argv is not None else None)
    if not 0 < args.port < 65536:
        sys.stderr.write(f"notelint serve: --port must be between 1 and 65535, not {args.port}\n")
        return 2
    if args.max_body <= 0:
        sys.stderr.write("notelint serve: --max-body must be a positive number of KB\n")
        return 2
    logging.basicConfig(level=logging.INFO, format="notelint serve: %(message)s")
    loopback = args.host in LOOPBACK_HOSTS
    try:
        app = create_app(
            config_path=args.config,
            max_body=args.max_body * 1024,
            # Only answer requests addressed to this machine (no DNS rebinding) when serving it alone.
            allowed_hosts=list(LOOPBACK_HOSTS) if loopback else ["*"],
        )
    except ConfigError as exc:
        sys.stderr.write(f"notelint serve: {exc}\n")
        return 2
    shown_host = "localhost" if loopback else args.host
    url = f"http://{shown_host}:{args.port}/"
    sys.stderr.write(f"notelint serve: open {url} in your browser (Ctrl+C stops it)\n")
    if not loopback:
        sys.stderr.write(f"notelint serve: listening on {args.host}: other machines can reach this page\n")
    if args.open:
        threading.Timer(1.0, webbrowser.open, (url,)).start()
    # access_log=False: request lines are not logged either, only the counts at the end.
    config = uvicorn.Config(app, host=args.host, port=args.port, access_log=False, log_level="warning",
                            server_header=False)
    server = uvicorn.Server(config)
    server.run()
    if not server.started:  # uvicorn has said why (e.g. the port is taken)
        sys.stderr.write(f"notelint serve: could not listen on {args.host}:{args.port}; try another --port\n")
        return 1
    return 0
