from rulecase import Case, make_tests

RULE = "subject-line"

BODY_EN = (
    "Dear Ms. Lee,\n\nThank you for talking with me today about the Data Analyst role. I enjoyed hearing "
    "how your team halved its reporting time.\n\nBest regards,\nAna Ruiz\n"
)
BODY_DE = (
    "Sehr geehrte Frau Weber,\n\nvielen Dank für das Gespräch heute über die Stelle als Datenanalystin. "
    "Ihr Plan, die Berichtszeit zu halbieren, hat mich beschäftigt.\n\nMit freundlichen Grüßen\nAna Ruiz\n"
)


def mail(subject, body, header="Subject"):
    head = "From: Ana Ruiz <ana@example.com>\nTo: Priya Lee <lee@initech.example>\n"
    if subject is not None:
        head += f"{header}: {subject}\n"
    return head + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + body


FIRES = [
    Case("en", mail(None, BODY_EN), expect=[("Dear Ms. Lee,", "error")], path="d.eml", id="en-missing"),
    Case("en", mail("Thank you!!", BODY_EN), expect=[("Thank you!!", "warning"), ("Thank you!!", "warning")],
         path="d.eml", id="en-vague-and-exclaimed"),
    Case("en", mail("Follow up", BODY_EN), expect=[("Follow up", "warning")], path="d.eml", id="en-vague"),
    Case("en", mail("Thank you – Product Designer interview", BODY_EN),
         expect=[("Thank you – Product Designer interview", "error")], path="d.eml", role="Data Analyst",
         id="en-wrong-role"),
    Case("en", mail("Thank you for the interview on 12 May about the Data Analyst position at Initech", BODY_EN),
         expect=[("Thank you for the interview on 12 May about the Data Analyst position at Initech", "info")],
         path="d.eml", id="en-too-long"),
    Case("de", mail("Danke", BODY_DE), expect=[("Danke", "warning")], path="d.eml", id="de-vague"),
    Case("de", mail("Betreff: Vorstellungsgespräch Datenanalystin", BODY_DE),
         expect=[("Betreff: Vorstellungsgespräch Datenanalystin", "info")], path="d.eml", id="de-betreff"),
    Case("de", mail("Vorstellungsgespräch am 12. Mai.", BODY_DE),
         expect=[("Vorstellungsgespräch am 12. Mai.", "info")], path="d.eml", id="de-period"),
    Case("de", mail(None, BODY_DE), expect=[("Sehr geehrte Frau Weber,", "error")], path="d.eml", id="de-missing"),
]

SILENT = [
    Case("en", mail("Thank you – Data Analyst interview, 12 May", BODY_EN), path="d.eml", role="Data Analyst",
         id="en-good"),
    Case("en", mail("Following up on our conversation", BODY_EN), path="d.eml", id="en-conversation"),
    Case("en", BODY_EN, id="en-plain-note-has-no-subject"),
    Case("de", mail("Vorstellungsgespräch Data Analyst am 12. Mai – Dank", BODY_DE), path="d.eml",
         role="Data Analyst", id="de-good"),
    Case("de", BODY_DE, id="de-plain-note"),
]

test_fires, test_silent = make_tests(RULE, FIRES, SILENT)


def test_positions_point_into_the_file():
    import notelint

    text = mail("Thank you!!", BODY_EN)
    findings = notelint.lint(text, path="d.eml", select=[RULE])
    assert {(f.line, f.column, f.end_column) for f in findings} == {(3, 10, 21)}
