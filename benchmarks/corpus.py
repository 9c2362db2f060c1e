"""Generated thank-you notes for benchmarks, reproducible (seeded), of two kinds.

- ``note``/``notes``: built from a few dozen sentences with a few slots each.
  Every note is made of the same handful of words, so whatever caches by
  word or stretch (spaCy's tokenizer, notelint's pattern memo) finds nearly
  everything cached after a few notes.
- ``recombined_note``/``recombined``: the paragraphs of the hand-written
  notes of tests/corpus (about 130, good and bad, in both languages),
  recombined: a greeting and a closing from one note, one to three body
  paragraphs from others. The notes have the vocabulary, line breaks and
  special cases ("Ms.", "Dr.", "I'm", "z.B.") of hand-written notes, as
  many different notes as anyone cares to make.
"""

from __future__ import annotations

import os
import random
import re

EN_OPEN = ["Dear Ms. Lee,", "Dear Mr. Okafor,", "Hi Priya,", "Dear Dr. Weber,", "Hello Sam,"]
EN_BODY = [
    "Thank you for taking the time to talk with me {when} about the {role} role.",
    "I enjoyed hearing how your team {project}.",
    "You asked how I would handle {topic}; I have thought more about it and would start with a short review.",
    "I am so sorry again for the mix-up about the time.",
    "That kind of practical work is exactly what I want to do next.",
    "My background in {skill} would help me contribute from the first weeks.",
    "I expect your decision by Friday.",
    "I look forward to hearing about next steps!",
    "It was great to meet the whole team and see the office.",
    "Please let me know if I can send anything else that helps.",
]
DE_OPEN = ["Sehr geehrte Frau Weber,", "Sehr geehrter Herr Maier,", "Liebe Frau Okafor,"]
DE_BODY = [
    "vielen Dank für das Gespräch {when_de} über die Stelle als {role_de}.",
    "Besonders Ihr Plan, {project_de}, hat mich beschäftigt.",
    "Sie fragten, wie ich mit {topic_de} umgehen würde; ich beginne mit einer kurzen Prüfung.",
    "Nochmals Entschuldigung für meine Verspätung.",
    "Genau an solchen Aufgaben möchte ich arbeiten.",
    "Meine Erfahrung mit {skill} hilft mir dabei vom ersten Tag an.",
    "Ich freue mich auf Ihre Rückmeldung.",
    "Das Team hat mir einen sehr guten Eindruck gemacht.",
]
FILL = {
    "when": ["today", "yesterday", "on Tuesday"], "role": ["Data Analyst", "Product Designer", "Nurse"],
    "project": ["halved its reporting time", "moved to weekly releases", "rebuilt the intake process"],
    "topic": ["messy sales data", "a missed deadline", "a difficult stakeholder"],
    "skill": ["SQL", "user research", "Python", "patient care"],
    "when_de": ["heute", "gestern", "am Dienstag"], "role_de": ["Datenanalystin", "Produktdesigner"],
    "project_de": ["die Berichtszeit zu halbieren", "wöchentlich zu veröffentlichen"],
    "topic_de": ["unsauberen Daten", "einem verpassten Termin"],
}
EN_CLOSE = ["Best regards,\nAna Ruiz", "Sincerely,\nJordan Smith", "Thanks again,\nLee Chen"]
DE_CLOSE = ["Mit freundlichen Grüßen\nAna Ruiz", "Viele Grüße\nJonas Berg"]


def _fill(rng: random.Random, template: str) -> str:
    return template.format(**{k: rng.choice(v) for k, v in FILL.items()})


def note(rng: random.Random, lang: str = "en") -> str:
    opens, body, close = (EN_OPEN, EN_BODY, EN_CLOSE) if lang == "en" else (DE_OPEN, DE_BODY, DE_CLOSE)
    paragraphs = []
    for _ in range(rng.randint(1, 3)):
        paragraphs.append(" ".join(_fill(rng, s) for s in rng.sample(body, rng.randint(2, 4))))
    return f"{rng.choice(opens)}\n\n" + "\n\n".join(paragraphs) + f"\n\n{rng.choice(close)}\n"


def notes(count: int, seed: int = 7, german_share: float = 0.3) -> list[str]:
    rng = random.Random(seed)
    return [note(rng, "de" if rng.random() < german_share else "en") for _ in range(count)]


def write(folder, count: int, seed: int = 7) -> list[str]:
    import os

    os.makedirs(folder, exist_ok=True)
    paths = []
    for i, text in enumerate(notes(count, seed)):
        path = os.path.join(folder, f"note{i:05d}.txt")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        paths.append(path)
    return paths


# ----------------------------------------------------------------------------- recombined hand-written notes

_HANDWRITTEN = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "tests", "corpus")
_PARTS: dict = {}


def handwritten() -> list[tuple[str, str]]:
    """The hand-written notes of tests/corpus as files hold them (front matter included): (name, text) pairs."""
    found = []
    for name in sorted(os.listdir(_HANDWRITTEN)):
        if name.endswith(".txt"):
            with open(os.path.join(_HANDWRITTEN, name), encoding="utf-8") as handle:
                found.append((name, handle.read()))
    return found


def _parts(lang: str) -> tuple[list, list]:
    """(frames, bodies) of the hand-written notes in ``lang``: frames are (greeting, closing) pairs."""
    if not _PARTS:
        for lang_ in ("en", "de"):
            _PARTS[lang_] = ([], [])
        for name, text in handwritten():
            if name[:2] not in _PARTS:
                continue
            if text.startswith("---\n"):  # front matter: facts about the note, not its text
                text = text.split("\n---\n", 1)[-1]
            paragraphs = [p.strip("\n") for p in re.split(r"\n[ \t]*\n", text) if p.strip()]
            frames, bodies = _PARTS[name[:2]]
            if len(paragraphs) >= 3:
                frames.append((paragraphs[0], paragraphs[-1]))
                bodies.extend(paragraphs[1:-1])
    return _PARTS[lang]


def recombined_note(rng: random.Random, lang: str = "en") -> str:
    frames, bodies = _parts(lang)
    greeting, closing = rng.choice(frames)
    body = rng.sample(bodies, rng.randint(1, 3))
    return "\n\n".join([greeting, *body, closing]) + "\n"


def recombined(count: int, seed: int = 7, german_share: float = 0.3) -> list[str]:
    rng = random.Random(seed)
    return [recombined_note(rng, "de" if rng.random() < german_share else "en") for _ in range(count)]
