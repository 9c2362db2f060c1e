"""E-mail drafts (.eml)."""

from notelint.config import Config
from notelint.email_source import excluded_ranges, html_to_text
from notelint.linter import prepare_file, prepare_text

DRAFT = (
    "From: Ana Ruiz <ana@example.com>\n"
    "To: Priya Lee <lee@initech.example>\n"
    "Subject: Thank you - Data Analyst interview\n"
    "Date: Wed, 20 May 2026 09:00:00 +0000\n"
    "Content-Type: text/plain; charset=utf-8\n"
    "Content-Transfer-Encoding: 8bit\n"
    "\n"
    "Dear Ms. Lee,\n\nThanks for the interview, hope to hear back.\n\nBest,\nAna\n"
    "\n-- \nAna Ruiz, +49 170 000000\n"
    "\nOn Tue, 19 May 2026, Priya Lee wrote:\n> Thanks for coming in today. I'm so sorry!\n"
)


def test_headers_become_metadata_and_body_keeps_file_positions(tmp_path):
    path = tmp_path / "draft.eml"
    path.write_bytes(DRAFT.encode("utf-8"))
    result = prepare_file(str(path), Config(), None, None)
    note = result.note
    assert note.kind == "email"
    assert note.metadata.subject == "Thank you - Data Analyst interview"
    assert note.metadata.interviewer == "Priya Lee"
    assert note.metadata.sent.value.day == 20
    assert len(note.text) == len(note.source)
    body = note.text[note.body_start:]
    assert "Thanks for the interview" in body
    assert "Ana Ruiz, +49" not in note.text  # signature excluded
    assert "so sorry" not in note.text  # quoted reply excluded
    assert "From:" not in note.text  # headers are not note text
    start = note.text.index("Thanks for the interview")
    assert DRAFT[start:start + 6] == "Thanks"


def test_quoted_printable_body_is_decoded():
    raw = (
        "Subject: Danke\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
        "Vielen Dank f=C3=BCr das Gespr=C3=A4ch.\n"
    )
    result = prepare_text(raw, "d.eml", Config(), None, "de")
    assert "für das Gespräch" in result.note.text


def test_html_only_draft_is_converted():
    assert html_to_text("<p>Dear Ms. Lee,</p><p>Thank you <b>so</b> much.<br>Ana</p><script>x</script>") == (
        "Dear Ms. Lee,\n\nThank you so much.\nAna\n"
    )


def test_excluded_ranges_signature_and_quotes():
    body = "Hi\n> quoted\nText\n-- \nsig\n"
    ranges = excluded_ranges(body)
    assert (3, 11) in ranges
    assert ranges[-1] == (body.index("-- "), len(body))
