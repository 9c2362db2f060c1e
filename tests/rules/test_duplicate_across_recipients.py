from rulecase import Case, make_tests

RULE = "duplicate-across-recipients"

EN_BODY = (
    "Thank you for meeting with me today as part of the panel for the Data Protection Officer role at Harwick Bank. "
    "I enjoyed our discussion of the new consent records and how the bank plans to answer access requests within a "
    "week instead of a month.\n\nYou asked how I would train branch staff on data requests. I would start with a "
    "one-page checklist and a short role-play in each team meeting, as I did for forty branches at my current "
    "employer.\n\nI am very interested in the role and look forward to hearing about next steps."
)
EN_OWN = (
    "\n\nMr. Collins, your question about vendor audits stayed with me: I would begin with the three vendors that "
    "hold customer records and agree a yearly review with each of them before the next renewal."
)
DE_BODY = (
    "vielen Dank für das Gespräch heute in der Runde zur Stelle als Datenschutzbeauftragte. Besonders die Pläne für "
    "das neue Einwilligungsregister und die schnellere Beantwortung von Auskunftsersuchen haben mich beschäftigt.\n\n"
    "Sie fragten, wie ich die Filialen schulen würde. Ich beginne mit einer einseitigen Checkliste und einem kurzen "
    "Rollenspiel in jeder Teamsitzung, so wie in vierzig Filialen bei meinem jetzigen Arbeitgeber.\n\n"
    "Die Aufgabe reizt mich sehr, und ich freue mich auf die nächsten Schritte."
)


def en(greeting, body=EN_BODY):
    return f"{greeting}\n\n{body}\n\nKind regards,\nHelen Marsh\n"


def de(greeting, body=DE_BODY):
    return f"{greeting}\n\n{body}\n\nMit freundlichen Grüßen\nHelen Marsh\n"


FIRES = [
    Case("en", en("Dear Ms. Adeyemi,"), expect=[(EN_BODY, "error")],
         batch=[(en("Dear Mr. Collins,"), {})], id="en-name-swapped"),
    Case("en", en("Dear Ms. Adeyemi,"), expect=[(EN_BODY, "warning")],
         batch=[(en("Dear Mr. Collins,", EN_BODY.replace("forty branches", "thirty-eight branches")), {})],
         id="en-nearly-the-same"),
    Case("en", en("Dear Ms. Adeyemi,"), expect=[(EN_BODY, "error")], interviewer="Ms. Funmi Adeyemi",
         batch=[(en("Dear Mr. Collins,"), {"interviewer": "Mr. Ian Collins"})], id="en-with-metadata"),
    Case("de", de("Sehr geehrte Frau Hahn,"), expect=[(DE_BODY, "error")],
         batch=[(de("Sehr geehrter Herr Brandt,"), {})], id="de-name-swapped"),
]

SILENT = [
    Case("en", en("Dear Ms. Adeyemi,"), batch=[(en("Dear Mr. Collins,", EN_BODY + EN_OWN), {})],
         id="en-each-has-their-own-paragraph-but-still-similar"),
    Case("en", en("Dear Ms. Adeyemi,"), batch=[(en("Dear Ms. Adeyemi,"), {})], id="en-same-recipient"),
    Case("en", en("Dear Ms. Adeyemi,"), batch=[], id="en-alone"),
    Case("en", en("Dear [Interviewer Name],"), template=True, batch=[(en("Dear [Interviewer Name],"), {"template": True})],
         id="en-templates-are-meant-to-be-alike"),
    Case("de", de("Sehr geehrte Frau Hahn,"),
         batch=[(de("Sehr geehrter Herr Brandt,", "vielen Dank für das Gespräch über die Stelle. Ihre Frage nach den "
                    "Lieferanten hat mich weiter beschäftigt; ich würde mit den drei Dienstleistern beginnen, die "
                    "Kundendaten halten, und mit jedem eine jährliche Prüfung vereinbaren."), {})],
         id="de-different-notes"),
]

test_fires, test_silent = make_tests(RULE, FIRES, SILENT)


def test_the_command_line_compares_the_files_of_one_run(tmp_path):
    import subprocess
    import sys

    (tmp_path / "lee.txt").write_text(en("Dear Ms. Lee,"))
    (tmp_path / "collins.txt").write_text(en("Dear Mr. Collins,"))
    (tmp_path / "other.txt").write_text(de("Sehr geehrte Frau Hahn,"))
    proc = subprocess.run([sys.executable, "-m", "notelint", "--select", RULE, "--format", "concise", str(tmp_path)],
                          capture_output=True, text=True)
    lines = proc.stdout.splitlines()
    assert proc.returncode == 1
    assert len(lines) == 2
    assert "collins.txt" in lines[0] and "same as lee.txt except for the name" in lines[0]
    assert "lee.txt" in lines[1] and "same as collins.txt" in lines[1]


def test_batch_findings_go_through_every_suppression():
    from notelint import batch
    from notelint.config import Config
    from notelint.linter import Linter, prepare_text

    config = Config()
    ignored = "---\nignore: [duplicate-across-recipients]\n---\n" + en("Dear Ms. Lee,")
    disabled = "<!-- notelint-disable duplicate-across-recipients -->\n" + en("Dear Mr. Collins,")
    plain = en("Dear Dr. Weber,")
    items = [(prepare_text(text, path, config, None, "en"), config)
             for text, path in ((ignored, "a.txt"), (disabled, "b.md"), (plain, "c.txt"))]
    linter = Linter(select=[RULE])
    linter.run(items)
    batch.run(linter, items)
    (a, _), (b, _), (c, _) = items
    assert a.findings == [] and b.findings == []
    assert [f.name for f in c.findings] == [RULE]
    # what suppressed the batch findings is no longer reported as unused
    assert a.unused_suppressions == [] and b.unused_suppressions == []


def _pairs_sharing(shingles, limit):
    """The plain definition: how many shingles found in 2 to ``limit`` notes each pair of notes shares."""
    from collections import Counter
    from itertools import combinations

    notes_with = {}
    for note, values in enumerate(shingles):
        for value in values:
            notes_with.setdefault(value, []).append(note)
    shared = Counter()
    for notes in notes_with.values():
        if 2 <= len(notes) <= limit:
            shared.update(combinations(notes, 2))
    return shared


def test_close_pairs_are_the_pairs_that_share_enough():
    """Prefix filtering finds every pair sharing at least min-similarity of the larger note's shingles,
    with the exact count, as counting every pair would: near-copies, stock phrases in more notes than
    the limit, short and empty notes, several thresholds."""
    import random
    from array import array

    from notelint.rules import duplicate_across_recipients as rule

    rng = random.Random(7)
    stock = [rng.randrange(-2**63, 2**63) for _ in range(30)]  # in most notes: over the limit
    originals = [[rng.randrange(-2**63, 2**63) for _ in range(rng.randrange(1, 60))] for _ in range(40)]
    shingles = []
    for _ in range(400):
        values = set(rng.choice(originals))
        for value in list(values):  # a near-copy: some shingles dropped or replaced
            if rng.random() < rng.choice((0.0, 0.05, 0.2, 0.5)):
                values.discard(value)
                if rng.random() < 0.5:
                    values.add(rng.randrange(-50, 50))  # small numbers: shared by chance
        values.update(rng.sample(stock, rng.randrange(0, 10)))
        shingles.append(array("q", sorted(values) if rng.random() < 0.5 else values))
    shingles += [array("q"), array("q", [stock[0]])]
    for limit in (50, 400):
        plain = _pairs_sharing(shingles, limit)
        for minimum in (0.0, 0.3, 0.5, 0.8, 0.95, 1.0):
            def enough(pairs):
                return {(a, b): common for (a, b), common in pairs.items()
                        if not common < minimum * max(len(shingles[a]), len(shingles[b]))}

            found = rule._close_pairs(shingles, limit, minimum)
            assert all(found[pair] == plain[pair] for pair in found)  # exact counts, and only sharing pairs
            assert enough(found) == enough(plain), (limit, minimum)
            assert enough(plain) or minimum == 1.0
        assert len(rule._close_pairs(shingles, limit, 0.8)) < len(plain) / 5  # and far fewer to count


def test_summaries_made_in_worker_processes_find_the_same(tmp_path):
    """The per-note half of the rule runs where each note is linted (-j 2: in forked workers)."""
    import subprocess
    import sys

    import random

    words = EN_BODY.split()
    for i in range(10):  # the first notes of a language are linted before the workers start
        random.Random(i).shuffle(words)
        (tmp_path / f"a{i:02}.txt").write_text(en(f"Dear Dr. Weber{i},", " ".join(words)))
    (tmp_path / "y-lee.txt").write_text(en("Dear Ms. Lee,"))
    (tmp_path / "z-collins.txt").write_text(en("Dear Mr. Collins,"))
    outputs = []
    for jobs in ("1", "2"):
        proc = subprocess.run([sys.executable, "-m", "notelint", "--no-cache", "-j", jobs, "--select", RULE,
                               "--format", "concise", str(tmp_path)], capture_output=True, text=True)
        assert proc.returncode == 1, proc.stderr
        outputs.append(proc.stdout)
    assert outputs[0] == outputs[1]
    lines = outputs[1].splitlines()
    assert len(lines) == 2 and "y-lee.txt" in lines[0] and "same as z-collins.txt except for the name" in lines[0]


def test_shingles_are_runs_of_lower_cased_words_whatever_their_order():
    """A shingle is the hash of a run of words' CRC-32s (lower-cased): the same number in every
    process, the same for a word in any capitals, one per distinct run (made with zip and a
    per-process memo of the words' numbers; held here to the plain definition)."""
    import zlib

    from notelint.rules import duplicate_across_recipients as rule

    def plain(words, size):
        codes = [zlib.crc32(w.lower().encode("utf-8", "surrogatepass")) for w in words]
        if len(codes) < size:
            return {hash(tuple(codes))} if codes else set()
        return {hash(tuple(codes[i:i + size])) for i in range(len(codes) - size + 1)}

    for text in (EN_BODY, DE_BODY, "a b", "", "Straße STRASSE ΟΔΟΣ οδος İstanbul a a a a a a a"):
        words = rule._WORD.findall(text)
        for size in (1, 3, 5):
            got = rule._shingles(words, size)
            assert len(got) == len(set(got)) and set(got) == plain(words, size), (text[:20], size)
    assert rule._shingles(["Thank", "YOU", "for", "the", "Interview"], 5) == \
        rule._shingles(["thank", "you", "for", "the", "interview"], 5)


def test_shingles_survive_the_word_memo_being_emptied_meanwhile(monkeypatch):
    """The memo of words' numbers is shared by the threads of one process (the language server):
    emptied by another thread between filling and reading it, the numbers are made afresh."""
    from notelint.rules import duplicate_across_recipients as rule

    class Emptied(dict):
        def __getitem__(self, key):
            raise KeyError(key)

    words = rule._WORD.findall(EN_BODY)
    expected = rule._shingles(words, 5)
    monkeypatch.setattr(rule, "_CODES", Emptied())
    assert rule._shingles(words, 5) == expected
