"""Running a batch of prepared notes: the cache first, then in this process or in worker processes.

The rules' findings for each note come from the cache, from this process
(batched through ``nlp.pipe``) or from worker processes (``--jobs``); either
way suppressions and the baseline are applied here, in the order the files
were given, so the output is byte-identical whatever the source.

Workers each build the Finder, the Linter and the spaCy pipelines once, take
chunks of files, and send back plain findings (no Docs, no Notes).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Sequence

#: below this many notes to lint, worker processes cost more (each starts
#: spaCy and loads its tables, one to two seconds of CPU) than they save
PARALLEL_MIN_NOTES = 2000
#: on fewer CPUs than this, workers lost to one process in our measurements
#: (2 CPUs shared with other work: 3,000 notes took 12-18 s in one process,
#: 20-24 s with -j 2); see docs/performance.md
PARALLEL_MIN_CPUS = 4


@dataclass(frozen=True)
class WorkerSpec:
    """What a worker needs to lint a file as this process would."""

    config: str | None = None  # --config
    overrides: Any = None  # notelint.note.Metadata from the command line
    lang: str | None = None
    select: Sequence[str] | None = None
    ignore: Sequence[str] | None = None
    model: str | None = None


def resolve_jobs(jobs: int | None, pending: int) -> int:
    """The number of processes: ``None`` = automatic, 0 = one per CPU.

    Automatic: one process, unless there are thousands of notes to lint and
    at least four CPUs; then one process per CPU but one, at most four.
    """
    cpus = os.cpu_count() or 1
    if jobs is None:
        return min(cpus - 1, 4) if pending >= PARALLEL_MIN_NOTES and cpus >= PARALLEL_MIN_CPUS else 1
    if jobs <= 0:
        return cpus
    return jobs


def run(linter, items: list, cache=None, jobs: int | None = 1, spec: WorkerSpec | None = None,
        sources: Sequence[str | None] | None = None) -> list:
    """Lint ``(FileResult, Config)`` pairs prepared by ``prepare_file``/``prepare_text``; returns the results in order.

    ``sources`` names the file each item was read from (None for standard
    input); only files can go to worker processes.
    """
    sources = list(sources) if sources is not None else [None] * len(items)
    pending = []
    for (result, config), source in zip(items, sources):
        if result.note is None or result.error:
            continue
        key = cache.key(result, config) if cache is not None else None
        if key is not None:
            entry = cache.load(key)
            if entry is not None and cache.apply(result, entry):
                cache.hits += 1
                continue
            cache.misses += 1
        pending.append((result, config, key, source))

    processes = resolve_jobs(jobs, len(pending))
    linter.keep_raw = True
    try:
        if processes > 1 and spec is not None:
            _run_in_workers([(r, s) for r, _, _, s in pending if s is not None], spec, processes)
            linter.run([(r, c) for r, c, _, s in pending if s is None])
        else:
            linter.run([(r, c) for r, c, _, _ in pending])
    finally:
        linter.keep_raw = False
    if cache is not None:
        for result, _, key, _ in pending:
            if key is not None:
                cache.store(key, result)
    for result, config in items:
        linter.finish(result, config)
    return [result for result, _ in items]


# ----------------------------------------------------------------------------- workers

_STATE: dict = {}


def _init_worker(spec: WorkerSpec) -> None:
    from .config import Finder
    from .linter import Linter

    linter = Linter(select=spec.select, ignore=spec.ignore, model=spec.model)
    linter.keep_raw = True
    _STATE.update(spec=spec, finder=Finder(spec.config), linter=linter)


def _lint_chunk(paths: list[str]) -> list[dict]:
    from .linter import prepare_file

    spec, finder, linter = _STATE["spec"], _STATE["finder"], _STATE["linter"]
    items = [(prepare_file(path, config, spec.overrides, spec.lang), config)
             for path, config in ((p, finder.for_path(p)) for p in paths)]
    linter.run(items)
    out = []
    for result, _ in items:
        note = result.note
        out.append({
            "error": result.error,
            "language": note.language if note is not None else None,
            "language_reason": note.language_reason if note is not None else None,
            "notice": result.notice,
            "pipeline": result.pipeline,
            "internal_errors": list(result.internal_errors),
            "findings": list(result.findings),
        })
    return out


def _chunks(count: int, processes: int) -> list[tuple[int, int]]:
    size = max(32, min(500, -(-count // (processes * 4))))
    return [(start, min(count, start + size)) for start in range(0, count, size)]


def _run_in_workers(files: list, spec: WorkerSpec, processes: int) -> None:
    from concurrent.futures import ProcessPoolExecutor

    paths = [source for _, source in files]
    if not paths:
        return
    with ProcessPoolExecutor(max_workers=processes, initializer=_init_worker, initargs=(spec,)) as pool:
        spans = _chunks(len(paths), processes)
        futures = [pool.submit(_lint_chunk, paths[a:b]) for a, b in spans]
        for (a, b), future in zip(spans, futures):
            for (result, _), raw in zip(files[a:b], future.result()):
                if raw["error"]:
                    result.error = raw["error"]
                    continue
                result.note.language, result.note.language_reason = raw["language"], raw["language_reason"]
                result.notice, result.pipeline = raw["notice"], raw["pipeline"]
                result.internal_errors.extend(raw["internal_errors"])
                result.findings = raw["findings"]
