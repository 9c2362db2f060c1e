"""Generated thank-you notes for benchmarks: varied, realistic, reproducible (seeded)."""

from __future__ import annotations

import random

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
