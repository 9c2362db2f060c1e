"""spaCy's tokenizer cache after a special case, with and without notelint's warm-up, side by side.

    python3 benchmarks/bench_tokenizer.py [--passes 20] [--generated 3000] [--runs 5]

spaCy 3.8's tokenizer remembers how it split each whitespace-separated chunk
of a text, except every chunk after a special case ("Ms.", "Dr.", "I'm",
"z.B.") in the same text (explosion/spaCy#13950). Nearly every thank-you note
greets someone as "Ms." or "Dr.", so spaCy splits most of its words afresh on
every note. notelint's pipelines first tokenize each chunk they have not
seen on its own, which spaCy does remember (notelint/pipeline.py).

Two corpora:
- hand-written: the labelled notes of tests/corpus (English and German),
  read --passes times, as a repository of notes that share their
  vocabulary but not their sentences;
- generated: --generated notes from benchmarks/corpus.py, built from a
  few dozen sentences, so even plain spaCy finds nearly every chunk cached
  (some of its notes open with "Hi Priya," and cache every word).

For each, the median of --runs (the two variants taking turns) of:
1. spaCy alone: the blank pipeline with notelint's sentencizer, nlp.pipe
   over the texts, against notelint's Pipeline.pipe (the same, warmed);
2. the whole lint: Linter.run over the same notes with the warm-up off and
   on.
It also checks that both variants make the same tokens. The machines are
shared and noisy: compare the ratios within one run, not seconds across runs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import corpus  # noqa: E402
import machine  # noqa: E402


def handwritten(passes: int) -> list[str]:
    return [text for _, text in corpus.handwritten()] * passes


def _fresh(warm: bool):
    """Freshly built pipelines (empty caches), with the warm-up on or off."""
    from notelint import pipeline

    pipeline._PIPELINES.clear()
    for lang in ("en", "de"):
        pipe = pipeline.get(lang)
        if not warm:
            pipe._warm = lambda texts: texts
    return pipeline


def spacy_alone(texts_by_lang: dict, warm: bool) -> tuple[float, list]:
    pipeline = _fresh(warm)
    tokens = []
    started = time.perf_counter()
    for lang, texts in texts_by_lang.items():
        for doc in pipeline.get(lang).pipe(texts):
            tokens.append(len(doc))
    return time.perf_counter() - started, tokens


def whole_lint(texts: list[str], warm: bool) -> float:
    from notelint.config import Config
    from notelint.linter import Linter, prepare_text

    _fresh(warm)
    config = Config()
    linter = Linter()
    linter.run([(prepare_text(t, None, config, None, None), config) for t in corpus.notes(50)])  # rules' matchers
    _fresh(warm)  # empty caches again, rules kept
    items = [(prepare_text(t, f"note{i}.txt", config, None, None), config) for i, t in enumerate(texts)]
    started = time.perf_counter()
    linter.run(items)
    return time.perf_counter() - started


def same_tokens(texts_by_lang: dict) -> bool:
    def tokens(warm):
        pipeline = _fresh(warm)
        return [[(t.text, t.whitespace_, t.idx, t.is_sent_start) for t in doc]
                for lang, texts in texts_by_lang.items() for doc in pipeline.get(lang).pipe(texts)]

    return tokens(False) == tokens(True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--passes", type=int, default=20, help="times the hand-written notes are read (default 20)")
    parser.add_argument("--generated", type=int, default=3000, help="generated notes (default 3000)")
    parser.add_argument("--runs", type=int, default=5, help="runs of each variant, taking turns (default 5)")
    args = parser.parse_args()

    from notelint import registry
    from notelint.language import detect

    registry.load_checks()
    print(f"machine: {machine.describe()}")
    print("| notes | count | spaCy alone: plain / warmed (ms a note) | ratio | whole lint: plain / warmed | ratio |")
    print("|---|---|---|---|---|---|")
    for name, texts in (("hand-written", handwritten(args.passes)), ("generated", corpus.notes(args.generated))):
        by_lang: dict[str, list[str]] = {}
        for text in texts:
            by_lang.setdefault(detect(text)[0] or "en", []).append(text)
        if not same_tokens(by_lang):
            sys.exit(f"{name}: the warmed pipeline made other tokens")
        alone = {False: [], True: []}
        lint = {False: [], True: []}
        for _ in range(args.runs):
            for warm in (False, True):
                alone[warm].append(spacy_alone(by_lang, warm)[0] / len(texts) * 1000)
                lint[warm].append(whole_lint(texts, warm) / len(texts) * 1000)
        a0, a1 = statistics.median(alone[False]), statistics.median(alone[True])
        l0, l1 = statistics.median(lint[False]), statistics.median(lint[True])
        print(f"| {name} | {len(texts):,} | {a0:.3f} / {a1:.3f} | {a1 / a0:.2f} | {l0:.3f} / {l1:.3f} | {l1 / l0:.2f} |")
    print("\nsame tokens with and without the warm-up: yes (checked on both corpora)")


if __name__ == "__main__":
    main()
