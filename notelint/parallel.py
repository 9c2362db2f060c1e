"""Running a batch of prepared notes: the cache first, then in this process or in worker processes.

The rules' findings for each note come from the cache, from this process
(batched through ``nlp.pipe``) or from worker processes (``--jobs``); either
way suppressions and the baseline are applied here, in the order the files
were given, so the output is byte-identical whatever the source.

Where processes can be forked (Linux), workers are forked from this process
once it has loaded what they need, and lint chunks of the prepared notes they
inherit; elsewhere each worker builds the Finder, the Linter and the spaCy
pipelines once and reads its chunks of files. Either way they send back plain
findings (no Docs, no Notes).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Sequence

#: Where workers are forked from a process that has spaCy and the rules loaded (Linux), a worker
#: costs milliseconds: on a shared 2-CPU machine -j 2 drew level with one process at 100-200 notes
#: and beat it from there (300: 1.07 s against 1.15 s; 1,000: 1.7-1.8 s against 2.1 s). See docs/performance.md.
FORK_MIN_NOTES = 200
#: Where workers must start afresh (spawn: macOS, Windows), each loads spaCy and its tables, one to
#: two seconds of CPU, and workers lost to one process below thousands of notes.
PARALLEL_MIN_NOTES = 2000
PARALLEL_MIN_CPUS = 4
#: more processes than this rarely pay: reading files and writing the report stay in one process
MAX_AUTO_JOBS = 8
#: set once a run has stopped its workers mid-chunk: the pool's thread may then never finish (a
#: worker stopped while sending leaves half an answer in the pipe), so the command must not wait
#: for it at exit (cli.program)
stopped_workers = False


@dataclass(frozen=True)
class WorkerSpec:
    """What a worker needs to lint a file as this process would."""

    config: str | None = None  # --config
    overrides: Any = None  # notelint.note.Metadata from the command line
    lang: str | None = None
    select: Sequence[str] | None = None
    ignore: Sequence[str] | None = None
    model: str | None = None


def resolve_jobs(jobs: int | None, pending: int, fork: bool | None = None) -> int:
    """The number of processes: ``None`` = automatic, 0 = one per CPU.

    Automatic: one process per CPU (at most eight) when there are enough
    notes to lint for workers to pay: 200 where workers are forked, 2,000
    (and at least four CPUs) where they start afresh; else one process.
    """
    cpus = os.cpu_count() or 1
    if jobs is None:
        if cpus < 2 or pending < FORK_MIN_NOTES:
            return 1
        fork = can_fork() if fork is None else fork
        if fork:
            return min(cpus, MAX_AUTO_JOBS)
        if cpus >= PARALLEL_MIN_CPUS and pending >= PARALLEL_MIN_NOTES:
            return min(cpus - 1, 4)
        return 1
    if jobs <= 0:
        return cpus
    return jobs


def run(linter, items: list, cache=None, jobs: int | None = 1, spec: WorkerSpec | None = None,
        sources: Sequence[str | None] | None = None, before_lint=None) -> list:
    """Lint ``(FileResult, Config)`` pairs prepared by ``prepare_file``/``prepare_text``; returns the results in order.

    ``sources`` names the file each item was read from (None for standard
    input); only files can go to worker processes. ``before_lint`` is called
    with the ``(FileResult, Config)`` pairs that the cache does not answer,
    if there are any, before they are linted.
    """
    sources = list(sources) if sources is not None else [None] * len(items)
    if cache is not None:
        cache.load_run(len(items))
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

    if before_lint is not None and pending:
        before_lint([(r, c) for r, c, _, _ in pending])
    processes = resolve_jobs(jobs, len(pending))
    linter.keep_raw = True
    try:
        if processes > 1 and can_fork():
            _run_forked(linter, [(r, c) for r, c, _, _ in pending], processes)
        elif processes > 1 and spec is not None:
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
        cache.save_run()
        cache.prune()
    for result, config in items:
        linter.finish(result, config)
    return [result for result, _ in items]


# ----------------------------------------------------------------------------- workers

_STATE: dict = {}


def _init_worker(spec: WorkerSpec) -> None:
    from .config import Finder
    from .linter import Linter

    _ignore_interrupts()
    linter = Linter(select=spec.select, ignore=spec.ignore, model=spec.model)
    linter.keep_raw = True
    linter.batch_summaries = True
    _STATE.update(spec=spec, finder=Finder(spec.config), linter=linter)


def _lint_chunk(paths: list[str]) -> list[dict]:
    from .linter import prepare_file

    spec, finder, linter = _STATE["spec"], _STATE["finder"], _STATE["linter"]
    items = [(prepare_file(path, config, spec.overrides, spec.lang), config)
             for path, config in ((p, finder.for_path(p)) for p in paths)]
    linter.run(items)
    return _payload(items)


def _payload(items) -> list[dict]:
    """What a worker sends back for each linted note: plain data, no Docs or Notes."""
    return [{"error": result.error, "internal_errors": list(result.internal_errors), "batch": result.batch,
             **result.outcome()} for result, _ in items]


def _chunks(count: int, processes: int) -> list[tuple[int, int]]:
    """Spans of the notes for the workers: up to 500 notes, shrinking towards the end (down to 32) so
    the workers finish at about the same time rather than one waiting on another's last big chunk."""
    spans, start = [], 0
    while start < count:
        size = max(32, min(500, (count - start) // (processes * 2)))
        spans.append((start, min(count, start + size)))
        start += size
    return spans


def _run_in_workers(files: list, spec: WorkerSpec, processes: int) -> None:
    from concurrent.futures import ProcessPoolExecutor

    paths = [source for _, source in files]
    if not paths:
        return
    pool = ProcessPoolExecutor(max_workers=processes, initializer=_init_worker, initargs=(spec,))
    _gather(pool, _lint_chunk, [result for result, _ in files], processes, lambda a, b: (paths[a:b],))


def _gather(pool, task, results: list, processes: int, arguments) -> None:
    """Lint ``results`` in chunks on ``pool`` (``task(*arguments(start, end))`` per chunk) and merge the answers.

    On Ctrl-C (or an error) the workers are stopped at once rather than after their current chunks
    (and :data:`stopped_workers` is set).
    """
    global stopped_workers
    try:
        spans = _chunks(len(results), processes)
        with _interrupts_held():  # submitting starts the workers
            futures = [pool.submit(task, *arguments(a, b)) for a, b in spans]
        for (a, b), future in zip(spans, futures):
            _merge(results[a:b], future.result())
    except BaseException:
        stopped_workers = True
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            process.terminate()
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()


class _interrupts_held:
    """Hold Ctrl-C back while worker processes start (a context manager).

    A worker starts with this process's way of handling SIGINT and ignores it
    only once its initializer runs; a Ctrl-C in between (the terminal sends it
    to every process of the group) interrupted the worker inside Python's
    fork handlers, which printed a traceback. With SIGINT blocked, the workers
    start with it blocked (their initializer then ignores it), and this
    process gets a Ctrl-C that came meanwhile as soon as they have started.
    """

    def __enter__(self) -> None:
        import signal
        import threading

        self.previous = None
        if hasattr(signal, "pthread_sigmask") and threading.current_thread() is threading.main_thread():
            self.previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})

    def __exit__(self, *exc) -> None:
        if self.previous is not None:
            import signal

            signal.pthread_sigmask(signal.SIG_SETMASK, self.previous)


def _merge(results: list, payload: list[dict]) -> None:
    """Put a worker's answers into this process's results."""
    for result, raw in zip(results, payload):
        if raw["error"]:
            result.error = raw["error"]
            continue
        result.restore(raw)
        result.internal_errors.extend(raw["internal_errors"])
        result.batch = raw["batch"]


# ----------------------------------------------------------------------------- forked workers
#
# Where processes can be forked (Linux), this process lints the first notes of
# each language itself, which loads the spaCy pipelines, the lemma tables and
# the rules' Matchers, and then forks the workers: they start with all of that
# in memory (shared until written) and with the prepared notes, so a worker
# costs milliseconds instead of a second or two of spaCy start-up, and no file
# is read twice.

#: notes of each language this process lints before forking (warming what the workers inherit)
WARM_NOTES = 8


def can_fork() -> bool:
    import multiprocessing
    import sys

    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def _run_forked(linter, items: list, processes: int) -> None:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    warm, rest, seen = [], [], {}
    for item in items:
        key = (item[0].note.language, getattr(item[1], "model", None))
        if seen.get(key, 0) < WARM_NOTES:
            seen[key] = seen.get(key, 0) + 1
            warm.append(item)
        else:
            rest.append(item)
    linter.run(warm)
    if not rest:
        return
    _STATE.update(items=rest, linter=linter)
    pool = ProcessPoolExecutor(max_workers=processes, mp_context=multiprocessing.get_context("fork"),
                               initializer=_ignore_interrupts)
    try:
        _gather(pool, _lint_span, [result for result, _ in rest], processes, lambda a, b: (a, b))
    finally:
        _STATE.clear()


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to this process, which stops them: no half-finished output from a worker."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _lint_span(start: int, end: int) -> list[dict]:
    items = _STATE["items"][start:end]
    _STATE["linter"].run(items)
    return _payload(items)
