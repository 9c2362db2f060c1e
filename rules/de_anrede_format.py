"""de-anrede-format (NL602): a German salutation with the wrong form, title or punctuation.

What it does
    Reads the Anrede at the top of the note ("Sehr geehrte Frau Dr. Weber,",
    "Lieber Herr Ruiz,", and a second one after a comma or "und") and checks:

    - gender agreement: "Sehr geehrter Frau", "Sehr geehrte Herr", "Lieber
      Frau", "Liebe Herr" are errors (the fix is the agreeing form);
    - "Herrn" belongs in the address block, not in the Anrede: warning, fix
      "Herr";
    - an academic title without "Frau"/"Herr" ("Sehr geehrte Dr. Weber") is an
      error (fix "Frau Dr." or "Herr Dr." when the adjective shows which);
    - "!" after the Anrede instead of a comma: warning, fix ",";
    - after the comma the letter goes on in lower case: a capitalised first
      word that is never a noun or a name ("Vielen", "Herzlichen", "Ich",
      "Danke", "Das", "Mit", ...) is a warning with the lower-case word as the
      fix. Nouns, names and the polite "Sie"/"Ihr" keep their capital, so only
      a closed list of such words is checked;
    - titles (info): "Doktor" is abbreviated to "Dr.", "Prof." is written out
      ("Professor", "Professorin"), and only the highest title is used ("Frau
      Professorin Weber", not "Frau Prof. Dr. Weber"). The Austrian grades
      ("Mag.", "Mag.a", "DI", "Dipl.-Ing.", "Ing.") are fine.

    An Anrede without any punctuation (the Swiss style, where the letter goes
    on with a capital) is left alone. When a title lacks "Frau"/"Herr", the
    title findings are not added on top of that error.

Why
    German guides on business letters: "Sehr geehrte Frau / Sehr geehrter Herr
    [Titel] Name," with a comma and a lower-case continuation; "Dr." belongs
    in the Anrede, "Professor" is written out, only the highest title is
    named, and Austria uses all academic grades [D14, D15, D16, D17].

Example
    Fires::

        Sehr geehrter Frau Dr. Weber! Vielen Dank für das Gespräch.

    Passes::

        Sehr geehrte Frau Dr. Weber,
        vielen Dank für das Gespräch.
"""

from __future__ import annotations

import re

from notelint import lazyre
from notelint.findings import Problem, Severity
from notelint.registry import Rule

from ._letter import letter

_TITLE = (
    r"(?:Prof\.|Professor(?:in)?|Doktor(?:in)?|DDr\.|Dr\.(?:-Ing\.)?"
    r"(?:[ \t]+(?:med\.(?:[ \t]?(?:dent|vet)\.)?|rer\.[ \t]?nat\.|phil\.|jur\.|h\.[ \t]?c\.))?"
    r"|Mag\.(?:a\.?|\(FH\))?|MMag\.|Dipl\.-Ing\.(?:[ \t]?\(FH\))?|DI|Ing\.|Dkfm\.|PD|Priv\.-Doz\.)"
)
_NAME_WORD = r"[A-ZÄÖÜ][\w'-]*"
_PARTICLE = r"(?:von|van|de|der|den|zu|vom|zur|di|da|el)"
_ANREDE = lazyre.compile(
    rf"(?P<adj>(?:[Ss]ehr[ \t]+geehrte[rs]?|[Ll]iebe[rs]?)|(?P<plain>[Hh]allo|[Gg]uten[ \t]+(?:Tag|Morgen|Abend)"
    rf"|[Gg]rüß[ \t]+[Gg]ott|[Gg]rüezi))"
    rf"(?:[ \t]+(?P<form>Frau|Herrn?))?"
    rf"(?P<titles>(?:[ \t]+{_TITLE})*)"
    rf"[ \t]+(?P<name>Damen[ \t]+und[ \t]+Herren|(?:{_PARTICLE}[ \t]+)*{_NAME_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)*{_NAME_WORD}){{0,2}})"
    rf"[ \t]*(?P<punct>[,!]?)"
)
_ONE_TITLE = lazyre.compile(_TITLE)
_STARTS = lazyre.compile(r"(?:^[ \t]*|,[ \t]*|[ \t]und[ \t]+)(?=[SsLlHhGg])")
# Words that start the first sentence after the Anrede and are never nouns or names.
_LOWER_AFTER_COMMA = frozenset("""
    vielen herzlichen besten allerbesten tausend ganz recht nochmals noch erneut zunächst zuerst zuallererst vorab
    gerne gern danke ich wir es das der die den dem des ein eine einen einem einer mein meine meinen meinem
    mit für über nach vor in im am an auf bei seit zum zur von vom aus durch heute gestern vorgestern letzte
    letzten letzter als wie da nun jetzt herzlich schon hiermit gleich wieder kurz zu besonders dass wenn weil
    obwohl nachdem diese dieser dieses diesen so bitte anbei leider eben soeben gerade wirklich auch erst einmal
    haben hatte hat habe bin war möchte würde wollte freue
""".split())


def _gender(adj: str) -> str | None:
    word = adj.split()[-1].lower()
    return {"r": "m", "e": "f", "s": "n"}.get(word[-1])


def _agree(adj: str, gender: str) -> str:
    base = adj[:-1] if adj[-1] in "rs" else adj
    return base + ("r" if gender == "m" else "")


def check(note, options):
    text = note.text
    for start, end in _salutation_lines(note):
        line = text[start:end]
        for anchor in _STARTS.finditer(line):
            m = _ANREDE.match(line, anchor.end())
            if m:
                yield from _check_one(text, start, m)


def _salutation_lines(note):
    lines = letter(note).lines[:3]
    for i, ln in enumerate(lines):
        if i and not re.match(r"\s*(?:sehr geehrte|liebe|hallo|guten|grüß|grüezi)", ln.text, re.IGNORECASE):
            break
        yield ln.start, ln.end


def _check_one(text, offset, m):
    def span(group):
        return offset + m.start(group), offset + m.end(group)

    adj, form, plain = m.group("adj"), m.group("form"), m.group("plain")
    gender = None if plain else _gender(adj)
    titles = [(offset + m.start("titles") + t.start(), offset + m.start("titles") + t.end(), t.group())
              for t in _ONE_TITLE.finditer(m.group("titles"))]
    if form:
        wanted = "f" if form == "Frau" else "m"
        if gender and gender != wanted:
            fixed = f"{_agree(adj, wanted)} {'Frau' if form == 'Frau' else 'Herr'}"
            yield Problem(
                offset + m.start("adj"), offset + m.end("form"),
                f"'{adj}' does not agree with '{form}': it is 'Sehr geehrte Frau' / 'Sehr geehrter Herr' "
                "('Liebe Frau' / 'Lieber Herr').",
                suggestion=f"Write '{fixed}'.",
                severity=Severity.ERROR,
                replacement=fixed,
            )
        elif form == "Herrn":
            yield Problem(
                *span("form"),
                "'Herrn' belongs in the address block; in the Anrede it is 'Herr'.",
                suggestion="Write 'Herr'.",
                severity=Severity.WARNING,
                replacement="Herr",
            )
        yield from _titles(titles, form)
    elif titles:
        first = titles[0]
        who = {"f": "Frau", "m": "Herr"}.get(gender)
        yield Problem(
            first[0], first[1],
            f"An academic title in the Anrede goes after 'Frau' or 'Herr': '{first[2]}' alone reads as a mistake.",
            suggestion=f"Write '{who} {first[2]}'." if who else "Write 'Frau' or 'Herr' before the title.",
            severity=Severity.ERROR,
            replacement=f"{who} {first[2]}" if who else None,
        )
    punct = m.group("punct")
    if punct == "!":
        yield Problem(
            *span("punct"),
            "A German Anrede ends with a comma, not an exclamation mark; '!' there is old-fashioned and loud.",
            suggestion="Put a comma after the name and go on in lower case: 'Sehr geehrte Frau Weber,⏎vielen Dank …'.",
            severity=Severity.WARNING,
            replacement=",",
        )
    elif punct == ",":
        nxt = re.compile(r"\s*([^\W\d_]+)").match(text, offset + m.end("punct"))
        if nxt:
            word = nxt.group(1)
            if word[0].isupper() and not word.isupper() and word.lower() in _LOWER_AFTER_COMMA:
                yield Problem(
                    nxt.start(1), nxt.end(1),
                    f"After the comma of the Anrede the letter goes on in lower case, so '{word}' is written "
                    f"'{word.lower()}' (only nouns, names and the polite 'Sie' keep their capital).",
                    suggestion=f"Write '{word.lower()}'.",
                    severity=Severity.WARNING,
                    replacement=word.lower(),
                )


def _titles(titles, form):
    prof = [t for t in titles if t[2].startswith("Prof")]
    doctor = [t for t in titles if t[2].startswith(("Dr", "DDr", "Doktor"))]
    professor = "Professorin" if form == "Frau" else "Professor"
    if prof and doctor:
        first, last = min(prof[0], doctor[0]), max(prof[-1], doctor[-1])
        yield Problem(
            first[0], last[1],
            "Only the highest title goes in the Anrede: 'Professor' (written out) without the 'Dr.'.",
            suggestion=f"Write '{form} {professor} …'.",
            severity=Severity.INFO,
            replacement=professor,
        )
        return
    for start, end, title in titles:
        if title == "Prof.":
            yield Problem(
                start, end,
                "In the Anrede 'Professor' is written out, not abbreviated.",
                suggestion=f"Write '{professor}'.",
                severity=Severity.INFO,
                replacement=professor,
            )
        elif title.startswith("Doktor"):
            yield Problem(
                start, end,
                "In the Anrede the doctorate is abbreviated: 'Dr.', not 'Doktor'.",
                suggestion="Write 'Dr.'.",
                severity=Severity.INFO,
                replacement="Dr.",
            )


RULE = Rule(
    code="NL602",
    name="de-anrede-format",
    severity="warning",
    languages=("de",),
    summary="The German salutation has the wrong gender, title or punctuation.",
    check=check,
)
