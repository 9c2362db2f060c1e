"""notelint as a map function over many notes, with only the standard library.

    python3 benchmarks/scale_multiprocessing.py [--notes 2000] [--processes 2] [--in notes.jsonl] [--out findings.jsonl]

Reads JSON lines ({"id": ..., "text": ..., and optional metadata such as
"interview", "sent", "company", "role", "interviewer", "lang"}), or generates
--notes notes from benchmarks/corpus.py when no --in is given, lints them in
a multiprocessing.Pool, and writes one JSON line per note:
{"id": ..., "findings": [finding.to_dict(), ...]} (or {"id": ..., "error": ...}).

Each worker process builds notelint's rules and spaCy pipelines once (in the
pool's initializer) and then lints record after record: the same shape as a
Spark ``mapPartitions`` or a Ray/Dask task (see docs/scale.md).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
import time

METADATA = ("interview", "sent", "interviewer", "company", "role", "subject", "template", "other_companies")


def warm_up() -> None:
    """Pool initializer: load the rules and both pipelines before the first real note."""
    from notelint import lint

    lint("Dear Ms. Lee, thank you for the interview today. Best regards, Ana", lang="en")
    lint("Sehr geehrte Frau Weber, vielen Dank für das Gespräch. Mit freundlichen Grüßen, Ana", lang="de")


def lint_record(record: dict) -> dict:
    """The map function: one note in, its findings out (never raises)."""
    from notelint import InputError, lint

    metadata = {k: record[k] for k in METADATA if record.get(k) is not None}
    try:
        findings = lint(record["text"], lang=record.get("lang"), **metadata)
    except (InputError, ValueError) as exc:
        return {"id": record.get("id"), "error": str(exc)}
    return {"id": record.get("id"), "findings": [f.to_dict() for f in findings]}


def records(path: str | None, count: int):
    if path:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    yield json.loads(line)
        return
    sys.path.insert(0, os.path.dirname(__file__))
    import corpus

    for i, text in enumerate(corpus.notes(count)):
        yield {"id": i, "text": text, "sent": "2026-05-13 09:00"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--notes", type=int, default=2000)
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--in", dest="source", metavar="JSONL")
    parser.add_argument("--out", metavar="JSONL", default=os.devnull)
    args = parser.parse_args()

    start = time.perf_counter()
    done = findings = 0
    with multiprocessing.Pool(args.processes, initializer=warm_up) as pool, \
            open(args.out, "w", encoding="utf-8") as out:
        # imap keeps the input order; chunksize amortises the inter-process traffic
        for result in pool.imap(lint_record, records(args.source, args.notes), chunksize=64):
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
            done += 1
            findings += len(result.get("findings", ()))
    wall = time.perf_counter() - start
    print(f"{done} notes, {findings} findings, {args.processes} processes: {wall:.1f} s, {done / wall:,.0f} notes/s")


if __name__ == "__main__":
    main()
