"""The cache of findings: hits, misses, invalidation, corrupt entries, and no spaCy on an all-hit run."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import textwrap

import pytest

from notelint import cache as cache_mod
from notelint.note import Metadata
from notelint.cli import main

NOTE = textwrap.dedent("""\
    Dear Ms. Lee,

    Thank you so much for the interview today about the Data Analyst role!!! I am so sorry
    again for being late, sorry.

    Best regards,
    Ana Ruiz
""")

GERMAN = textwrap.dedent("""\
    Sehr geehrte Frau Weber,

    vielen Dank für das Gespräch heute über die Stelle als Datenanalystin. Nochmals
    Entschuldigung für meine Verspätung. Ich freue mich auf Ihre Rückmeldung.

    Mit freundlichen Grüßen
    Ana Ruiz
""")


@pytest.fixture
def notes(tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "a.txt").write_text(NOTE, encoding="utf-8")
    (folder / "b.txt").write_text(GERMAN, encoding="utf-8")
    (folder / "c.md").write_text("---\ncompany: Initech\n---\n" + NOTE, encoding="utf-8")
    return folder


def run(capsys, *argv) -> tuple[int, str]:
    code = main([*argv])
    return code, capsys.readouterr().out


def entries(cache_dir) -> list[str]:
    return sorted(os.path.join(root, n) for root, _, names in os.walk(cache_dir) for n in names
                  if n.endswith(".json"))


def test_default_location(monkeypatch):
    env = {"NOTELINT_CACHE_DIR": "/x/cache", "XDG_CACHE_HOME": "/y"}
    assert cache_mod.default_dir(env) == "/x/cache"
    assert cache_mod.default_dir({"XDG_CACHE_HOME": "/y"}) == os.path.join("/y", "notelint")
    assert cache_mod.default_dir({}) == os.path.join(os.path.expanduser("~"), ".cache", "notelint")


def test_miss_then_hit_gives_identical_output(notes, tmp_path, capsys):
    cdir = tmp_path / "cache"
    for fmt in ("json", "text"):
        plain = run(capsys, "--no-cache", "--format", fmt, str(notes))
        first = run(capsys, "--cache-dir", str(cdir), "--format", fmt, str(notes))
        second = run(capsys, "--cache-dir", str(cdir), "--format", fmt, str(notes))
        assert plain == first == second
        assert plain[0] == 1 and "too-short" in plain[1]
    assert len(entries(cdir)) == 3  # one per note; the output format is not part of the key


def test_no_cache_neither_reads_nor_writes(notes, tmp_path, capsys):
    cdir = tmp_path / "cache"
    run(capsys, "--no-cache", "--cache-dir", str(cdir), str(notes))
    assert not cdir.exists()


def test_environment_variable_sets_the_folder(notes, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("NOTELINT_CACHE_DIR", str(tmp_path / "envcache"))
    run(capsys, str(notes / "a.txt"))
    assert len(entries(tmp_path / "envcache")) == 1


def test_content_change_is_a_miss(notes, tmp_path, capsys):
    cdir = tmp_path / "cache"
    run(capsys, "--cache-dir", str(cdir), str(notes / "a.txt"))
    (notes / "a.txt").write_text(NOTE.replace("sorry\nagain", "glad\nagain"), encoding="utf-8")
    _, out = run(capsys, "--cache-dir", str(cdir), "--format", "json", str(notes / "a.txt"))
    _, fresh = run(capsys, "--no-cache", "--format", "json", str(notes / "a.txt"))
    assert out == fresh
    assert len(entries(cdir)) == 2


@pytest.mark.parametrize("options", [
    ["--select", "NL1"],
    ["--ignore", "too-short"],
    ["--lang", "de"],
    ["--company", "Initech"],
    ["--interview-date", "2026-05-12 15:00", "--sent", "2026-05-20 09:00"],
    ["--template"],
])
def test_options_that_change_findings_are_part_of_the_key(notes, tmp_path, capsys, options):
    cdir = tmp_path / "cache"
    run(capsys, "--cache-dir", str(cdir), str(notes / "a.txt"))
    cached = run(capsys, "--cache-dir", str(cdir), "--format", "json", *options, str(notes / "a.txt"))
    fresh = run(capsys, "--no-cache", "--format", "json", *options, str(notes / "a.txt"))
    assert cached == fresh
    assert len(entries(cdir)) == 2


def test_config_change_is_a_miss(notes, tmp_path, capsys):
    cdir = tmp_path / "cache"
    run(capsys, "--cache-dir", str(cdir), str(notes / "a.txt"))
    (notes / ".notelint.toml").write_text('[rules.too-short]\nseverity = "info"\n', encoding="utf-8")
    cached = run(capsys, "--cache-dir", str(cdir), "--format", "json", str(notes / "a.txt"))
    fresh = run(capsys, "--no-cache", "--format", "json", str(notes / "a.txt"))
    assert cached == fresh
    assert '"severity": "info"' in cached[1]


def test_version_change_is_a_miss(notes, tmp_path, capsys, monkeypatch):
    import notelint

    cdir = tmp_path / "cache"
    run(capsys, "--cache-dir", str(cdir), str(notes / "a.txt"))
    monkeypatch.setattr(notelint, "__version__", "999.0")
    monkeypatch.setattr(cache_mod, "_ENVIRONMENT", None)
    run(capsys, "--cache-dir", str(cdir), str(notes / "a.txt"))
    monkeypatch.setattr(cache_mod, "_ENVIRONMENT", None)
    assert len(entries(cdir)) == 2


def test_corrupt_or_foreign_entries_are_ignored(notes, tmp_path, capsys):
    cdir = tmp_path / "cache"
    expected = run(capsys, "--no-cache", "--format", "json", str(notes))
    run(capsys, "--cache-dir", str(cdir), str(notes))
    paths = entries(cdir)
    with open(paths[0], "w") as handle:
        handle.write("{not json")
    with open(paths[1], "w") as handle:
        json.dump({"key": "someone else's", "findings": []}, handle)
    with open(paths[2], "wb") as handle:
        handle.write(b"\xff\xfe\x00")
    assert run(capsys, "--cache-dir", str(cdir), "--format", "json", str(notes)) == expected
    # and the entries were rewritten
    assert run(capsys, "--cache-dir", str(cdir), "--format", "json", str(notes)) == expected


def test_unwritable_cache_is_not_an_error(notes, tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    expected = run(capsys, "--no-cache", str(notes))
    assert main(["--cache-dir", str(blocker / "cache"), str(notes)]) == expected[0]
    out, err = capsys.readouterr()
    assert out == expected[1]
    # one warning line, naming the folder and why: a cache that silently stays empty makes every run slow
    assert err.splitlines() == [
        f"notelint: warning: cannot write the cache in {blocker / 'cache'} (Not a directory); findings were not "
        "cached (choose another folder with --cache-dir, or use --no-cache)"]


def test_a_cache_that_is_written_gives_no_warning(notes, tmp_path, capsys):
    main(["--cache-dir", str(tmp_path / "cache"), str(notes)])
    assert capsys.readouterr().err == ""
    main(["--cache-dir", str(tmp_path / "cache"), str(notes)])  # all from the cache
    assert capsys.readouterr().err == ""


def test_clock_dependent_notes_are_not_cached(notes, tmp_path, capsys):
    cdir = tmp_path / "cache"
    # an interview time and no send time: the timing rules compare with "now"
    run(capsys, "--cache-dir", str(cdir), "--interview-date", "2026-05-12 15:00", str(notes / "a.txt"))
    assert entries(cdir) == []
    run(capsys, "--cache-dir", str(cdir), "--interview-date", "2026-05-12 15:00", "--sent", "2026-05-13 09:00",
        str(notes / "a.txt"))
    assert len(entries(cdir)) == 1


def test_suppressions_stay_live(notes, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(notes)
    cdir = tmp_path / "cache"
    run(capsys, "--cache-dir", str(cdir), "a.txt")
    # a new baseline absorbs findings that came from the cache
    run(capsys, "--cache-dir", str(cdir), "--baseline", "baseline.json", "a.txt")
    code, out = run(capsys, "--cache-dir", str(cdir), "--baseline", "baseline.json", "a.txt")
    assert code == 0 and "too-short" not in out
    # front matter suppressions apply to cached findings too
    (notes / "d.txt").write_text("---\nignore: [too-short]\n---\n" + NOTE, encoding="utf-8")
    for _ in range(2):
        _, out = run(capsys, "--cache-dir", str(cdir), "d.txt")
        assert "too-short" not in out and "over-apologizing" in out


ALL_HIT = """
import sys
from notelint.cli import main
code = main(sys.argv[1:])
heavy = sorted(m for m in ("spacy", "thinc", "numpy", "textstat", "py3langid") if m in sys.modules)
sys.stderr.write("HEAVY=" + ",".join(heavy) + "\\n")
raise SystemExit(code)
"""


def test_an_all_hit_run_does_not_import_spacy(notes, tmp_path):
    cdir = tmp_path / "cache"
    argv = [sys.executable, "-c", ALL_HIT, "--cache-dir", str(cdir), "--format", "json", str(notes)]
    cold = subprocess.run(argv, capture_output=True, text=True, timeout=300)
    warm = subprocess.run(argv, capture_output=True, text=True, timeout=300)
    assert "spacy" in cold.stderr.split("HEAVY=")[1]
    assert warm.stderr.strip().endswith("HEAVY="), warm.stderr
    assert (cold.returncode, cold.stdout) == (warm.returncode, warm.stdout)


def test_findings_survive_being_rows():
    """Cache entries and worker answers carry findings as plain rows."""
    import json

    from notelint.findings import Finding, Severity, from_rows, to_rows

    findings = [Finding("NL101", "too-short", Severity.WARNING, 1, 2, 3, 4, 5, 60, "short", None, None, None),
                Finding("NL201", "aggressive-pushy", Severity.ERROR, 2, 1, 2, 9, 70, 78, "pushy", "ask", "x", "a.txt")]
    assert from_rows(to_rows(findings)) == findings
    assert from_rows(json.loads(json.dumps(to_rows(findings)))) == findings  # as a cache entry stores them
    back = from_rows(to_rows(findings))[1]
    assert back.severity is Severity.ERROR and back.path == "a.txt" and hash(back) == hash(findings[1])
    with pytest.raises(dataclasses.FrozenInstanceError):
        back.line = 3  # still a frozen Finding
    for bad in ([list(to_rows(findings)[0])[:-1]], [[*to_rows(findings)[0], "extra"]],
                [["NL101", "too-short", "fatal", *to_rows(findings)[0][3:]]]):
        with pytest.raises((TypeError, KeyError)):
            from_rows(bad)


@pytest.mark.parametrize("options", [["--template"], ["--ignore", "duplicate-across-recipients"]])
def test_a_hit_never_makes_the_notes_text(notes, tmp_path, capsys, monkeypatch, options):
    """A note whose findings come from the cache is not prepared for the rules (slots, normalising).
    Only a rule comparing the notes of a run reads them again, and templates it leaves alone."""
    from notelint import linter

    made = []
    real = linter._text_and_slots

    def counted(text, body_start, template):
        made.append(text)
        return real(text, body_start, template)

    monkeypatch.setattr(linter, "_text_and_slots", counted)
    cdir = tmp_path / "cache"
    first = run(capsys, "--cache-dir", str(cdir), "--format", "json", *options, str(notes))
    assert len(made) == 3
    made.clear()
    assert run(capsys, "--cache-dir", str(cdir), "--format", "json", *options, str(notes)) == first
    assert made == []


def test_a_note_without_a_send_time_is_keyed_by_the_day_it_was_read(tmp_path):
    """Its send time is "now": entries made at 09:00 and 17:00 are one, the next day's another."""
    import dataclasses
    import datetime as dt

    from notelint.config import Config
    from notelint.linter import prepare_text
    from notelint.note import Moment

    store = cache_mod.Cache(str(tmp_path))
    config = Config()

    def key_when(stamp):
        result = prepare_text(NOTE, "a.txt", config, None, "en", detect=False)
        assert result.note.sent_defaulted
        note = result.note
        note.metadata = dataclasses.replace(note.metadata, sent=Moment(dt.datetime.fromisoformat(stamp), True))
        return store.key(result, config)

    morning, evening = key_when("2026-05-12 09:00"), key_when("2026-05-12 17:00")
    assert morning == evening and morning != key_when("2026-05-13 09:00")
    with_company = prepare_text(NOTE, "a.txt", config, Metadata(company="Initech"), "en", detect=False)
    assert store.key(with_company, config) not in (morning, None)


def test_metadata_that_cannot_be_hashed_still_gets_a_key(tmp_path):
    """Values from the command line and front matter are hashable; one put there by a program need not be."""
    from notelint.config import Config
    from notelint.linter import prepare_text

    store = cache_mod.Cache(str(tmp_path))
    config = Config()
    result = prepare_text(NOTE, "a.txt", config, Metadata(company="Initech"), "en", detect=False)
    plain = store.key(result, config)
    result.note.metadata = result.note.metadata.replaced(ignore=["NL101"])  # a list
    odd = store.key(result, config)
    assert odd is not None and odd != plain
    assert store.key(result, config) == odd  # the same every time


# ----------------------------------------------------------------------------- the run's pack


def packs(cache_dir) -> list[str]:
    return sorted(os.path.join(root, n) for root, _, names in os.walk(cache_dir) for n in names
                  if n.endswith(".pack"))


@pytest.fixture
def packed(monkeypatch):
    """Runs of any size keep a pack (by default only runs over 200 notes or more do)."""
    monkeypatch.setattr(cache_mod, "PACK_MIN_NOTES", 1)


def test_a_run_over_a_few_notes_keeps_no_pack(notes, tmp_path, capsys):
    cdir = tmp_path / "cache"
    run(capsys, "--cache-dir", str(cdir), str(notes))
    run(capsys, "--cache-dir", str(cdir), str(notes))
    assert len(entries(cdir)) == 3 and packs(cdir) == []


def test_a_run_reads_its_entries_from_its_pack(notes, tmp_path, capsys, packed):
    cdir = tmp_path / "cache"
    expected = run(capsys, "--no-cache", "--format", "json", str(notes))
    assert run(capsys, "--cache-dir", str(cdir), "--format", "json", str(notes)) == expected
    assert len(packs(cdir)) == 1
    for path in entries(cdir):
        os.remove(path)
    # every finding comes from the pack: nothing is linted again, so no entry file is written
    assert run(capsys, "--cache-dir", str(cdir), "--format", "json", str(notes)) == expected
    assert entries(cdir) == []


def test_a_changed_note_is_linted_and_the_pack_written_again(notes, tmp_path, capsys, packed):
    cdir = tmp_path / "cache"
    run(capsys, "--cache-dir", str(cdir), str(notes))
    (pack,) = packs(cdir)
    before = os.stat(pack).st_mtime_ns, open(pack, "rb").read()
    run(capsys, "--cache-dir", str(cdir), str(notes))
    assert (os.stat(pack).st_mtime_ns, open(pack, "rb").read()) == before  # all from the pack: not written
    (notes / "a.txt").write_text(NOTE.replace("sorry\nagain", "glad\nagain"), encoding="utf-8")
    expected = run(capsys, "--no-cache", "--format", "json", str(notes))
    assert run(capsys, "--cache-dir", str(cdir), "--format", "json", str(notes)) == expected
    assert open(pack, "rb").read() != before[1]
    for path in entries(cdir):
        os.remove(path)
    assert run(capsys, "--cache-dir", str(cdir), "--format", "json", str(notes)) == expected
    assert entries(cdir) == []  # the new note's entry is in the pack


def test_a_damaged_pack_or_pack_entry_falls_back_to_the_entry_files(notes, tmp_path, capsys, packed, monkeypatch):
    import marshal

    cdir = tmp_path / "cache"
    expected = run(capsys, "--no-cache", "--format", "json", str(notes))
    run(capsys, "--cache-dir", str(cdir), str(notes))
    linted = []  # a note linted again would have its entry stored again
    store = cache_mod.Cache.store
    monkeypatch.setattr(cache_mod.Cache, "store", lambda self, key, result: linted.append(key) or store(self, key, result))
    (pack,) = packs(cdir)
    with open(pack, "wb") as handle:
        handle.write(b"\x00not a pack")
    assert run(capsys, "--cache-dir", str(cdir), "--format", "json", str(notes)) == expected
    kept = marshal.loads(open(pack, "rb").read())  # written again, whole
    assert len(kept) == 3
    first, second = sorted(kept)[:2]
    kept[first] = {**kept[first], "key": "someone else's"}
    kept[second] = {**kept[second], "findings": [["too", "short"]]}
    with open(pack, "wb") as handle:
        handle.write(marshal.dumps(kept))
    assert run(capsys, "--cache-dir", str(cdir), "--format", "json", str(notes)) == expected
    assert linted == []  # every note was answered by the pack or, for the two spoilt entries, its file
    assert len(marshal.loads(open(pack, "rb").read())) == 3


def test_another_folder_or_other_paths_are_another_pack(notes, tmp_path, capsys, packed, monkeypatch):
    cdir = tmp_path / "cache"
    run(capsys, "--cache-dir", str(cdir), str(notes))
    run(capsys, "--cache-dir", str(cdir), str(notes / "a.txt"), str(notes / "b.txt"))
    monkeypatch.chdir(notes)
    run(capsys, "--cache-dir", str(cdir), str(notes))
    assert len(packs(cdir)) == 3 and len(entries(cdir)) == 3


# ----------------------------------------------------------------------------- pruning

DAY = 24 * 3600


def aged(path, days: float):
    """``path`` as if last written ``days`` ago."""
    import time

    then = time.time() - days * DAY
    os.utime(path, (then, then))
    return path


def old_file(path, days: float, data: bytes = b"{}"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return aged(path, days)


def test_a_run_that_writes_prunes_what_no_run_has_written_for_30_days(notes, tmp_path, capsys):
    cdir = tmp_path / "cache"
    run(capsys, "--cache-dir", str(cdir), str(notes / "a.txt"))
    kept = entries(cdir)
    aged(cdir / "v1" / "pruned", 2)  # the last pruning was two days ago
    stale = old_file(cdir / "v1" / "ab" / ("0" * 38 + ".json"), 40)
    recent = old_file(cdir / "v1" / "ab" / ("1" * 38 + ".json"), 20)
    left_over = old_file(cdir / "v1" / "ab" / ".notelint-x1y2.tmp", 40)
    old_pack = old_file(cdir / "v1" / "runs" / ("2" * 32 + ".pack"), 40, b"\x00")
    old_table = old_file(cdir / "tables" / "rules-0.catalogue", 40)
    recent_table = old_file(cdir / "tables" / "rules-1.catalogue", 10)
    (notes / "b.txt").write_text(NOTE, encoding="utf-8")  # a note not linted before: this run writes
    run(capsys, "--cache-dir", str(cdir), str(notes / "a.txt"), str(notes / "b.txt"))
    assert not stale.exists() and not left_over.exists() and not old_pack.exists() and not old_table.exists()
    assert recent.exists() and recent_table.exists()
    assert set(kept) < set(entries(cdir))  # what the runs wrote stays


def test_pruning_happens_at_most_once_a_day_and_never_on_a_run_that_writes_nothing(notes, tmp_path, capsys):
    cdir = tmp_path / "cache"
    run(capsys, "--cache-dir", str(cdir), str(notes / "a.txt"))
    stale = old_file(cdir / "v1" / "ab" / ("0" * 38 + ".json"), 40)
    (notes / "b.txt").write_text(NOTE, encoding="utf-8")
    run(capsys, "--cache-dir", str(cdir), str(notes / "a.txt"), str(notes / "b.txt"))
    assert stale.exists()  # the first run pruned today already
    aged(cdir / "v1" / "pruned", 2)
    run(capsys, "--cache-dir", str(cdir), str(notes / "a.txt"), str(notes / "b.txt"))
    assert stale.exists()  # every note came from the cache: nothing written, nothing pruned


def test_entries_a_pack_in_use_names_are_kept_however_old(notes, tmp_path, capsys, packed):
    cdir = tmp_path / "cache"
    run(capsys, "--cache-dir", str(cdir), str(notes))
    before = entries(cdir)
    for path in before:
        aged(path, 40)
    aged(cdir / "v1" / "pruned", 2)
    (notes / "a.txt").write_text(NOTE + "\nOne more line about the analyst role.\n", encoding="utf-8")
    run(capsys, "--cache-dir", str(cdir), str(notes))
    after = entries(cdir)
    # the unchanged notes' entries are in the run's pack and stay; the changed note's old entry goes
    assert len(after) == 3 and len(set(before) & set(after)) == 2


def test_a_pack_a_run_reads_is_marked_used(notes, tmp_path, capsys, packed):
    cdir = tmp_path / "cache"
    run(capsys, "--cache-dir", str(cdir), str(notes))
    [pack] = packs(cdir)
    aged(pack, 3)
    run(capsys, "--cache-dir", str(cdir), str(notes))
    import time

    assert time.time() - os.stat(pack).st_mtime < DAY


def test_summaries_for_comparing_notes_are_kept_with_the_findings(tmp_path, capsys, monkeypatch):
    """duplicate-across-recipients compares the notes of a run from a summary of each; a note whose
    findings come from the cache brings its summary too, so nothing is parsed again (the same
    duplicates are found, from the entry files and from a pack)."""
    from notelint.rules import _letter

    body = ("Thank you for meeting with me today about the Data Protection Officer role at Harwick Bank. I enjoyed "
            "our discussion of the new consent records and how the bank plans to answer access requests within a "
            "week instead of a month. I would start with a one-page checklist and a short role-play in each team "
            "meeting, as I did for forty branches at my current employer.")
    folder = tmp_path / "notes"
    folder.mkdir()
    for name, greeting in (("adeyemi", "Dear Ms. Adeyemi,"), ("collins", "Dear Mr. Collins,")):
        (folder / f"{name}.txt").write_text(f"{greeting}\n\n{body}\n\nKind regards,\nHelen Marsh\n", encoding="utf-8")
    (folder / "other.txt").write_text(NOTE, encoding="utf-8")
    cdir = tmp_path / "cache"
    argv = ("--cache-dir", str(cdir), "--format", "json", "--select", "duplicate-across-recipients", str(folder))
    cold = run(capsys, *argv)
    assert cold[1].count('"code": "NL308"') == 2
    kept = [json.load(open(path)) for path in entries(cdir)]
    assert sorted(entry["batch"]["NL308"][0] for entry in kept) == ["dear mr collins", "dear ms adeyemi", "dear ms lee"]

    def parsed(*_):
        raise AssertionError("a note from the cache was parsed again for its summary")

    monkeypatch.setattr(_letter, "letter", parsed)
    assert run(capsys, *argv) == cold
    monkeypatch.setattr(cache_mod, "PACK_MIN_NOTES", 1)
    assert run(capsys, *argv) == cold  # writes the pack
    for path in entries(cdir):
        os.remove(path)
    assert run(capsys, *argv) == cold  # from the pack alone
    monkeypatch.undo()
    with open(folder / "adeyemi.txt", "a", encoding="utf-8") as handle:
        handle.write("\n")  # a miss, whose summary is made afresh, compared with kept ones
    assert run(capsys, *argv) == cold
    # an entry damaged by hand, still JSON and still for its note: the summaries are made again, no failure
    for path in entries(cdir):
        with open(path, encoding="utf-8") as handle:
            entry = json.load(handle)
        entry["batch"]["NL308"] = ["dear mr collins", "not a range", None, 7]
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(entry, handle)
    for path in packs(cdir):
        os.remove(path)
    assert run(capsys, *argv) == cold  # the exit code too: an internal error would make it 2


def test_only_plain_summaries_are_kept(tmp_path):
    from array import array

    from notelint.config import Config
    from notelint.linter import prepare_text

    assert cache_mod._plain({"NL308": ("lee", (3, 9), array("q", [5, -7]), "Dear Ms. Lee,")}) == {
        "NL308": ["lee", [3, 9], [5, -7], "Dear Ms. Lee,"]}
    assert cache_mod._plain({"NL308": None, "X": [1.5, True, {"a": "b"}]}) == {"NL308": None, "X": [1.5, True, {"a": "b"}]}
    for odd in ({"X": object()}, {"X": {1: "a"}}, {"X": array("d", [1.0])}, {"X": [[{1}]]}, {"X": [[[[[[[[[[[[1]]]]]]]]]]]]}):
        assert cache_mod._plain(odd) is None, odd
    cache = cache_mod.Cache(str(tmp_path))
    config = Config()
    for key, summaries in (("a" * 40, {"NL308": ("lee", (3, 9), array("q", [5]), "Dear")}), ("b" * 40, {"X": object()})):
        result = prepare_text(NOTE, "a.txt", config, None, None)
        result.batch = summaries
        cache.store(key, result)
        entry = cache.load(key)
        fresh = prepare_text(NOTE, "a.txt", config, None, None)
        assert cache.apply(fresh, entry)
        assert fresh.batch == ({"NL308": ["lee", [3, 9], [5], "Dear"]} if key[0] == "a" else {})  # else: made again
