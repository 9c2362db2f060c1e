"""Template mode and its two rules: unknown-placeholder and missing-interviewer-slot."""

import notelint
from rulecase import Case, make_tests

EN = ("Dear {{intervewer}},\n\nThank you for the interview about the {{role}} role at {{company}}. "
      "I enjoyed hearing how your team works.\n\nBest regards,\n{{your_name}}\n")
DE = ("Sehr geehrte/r {{Ansprechpartnr}},\n\nvielen Dank für das Gespräch über die Stelle als [Position] bei "
      "[Firma]. Es hat mir sehr gefallen.\n\nMit freundlichen Grüßen\n[Ihr Name]\n")
ALLOWED = ["interviewer", "role", "company", "your_name", "Ansprechpartner", "Position", "Firma", "Ihr Name"]
CONFIG = {"allowed": ALLOWED}


def lint_with_allowed(text, lang, tmp_path, select):
    cfg = tmp_path / ".notelint.toml"
    cfg.write_text("[rules.unknown-placeholder]\nallowed = [" + ", ".join(f'"{a}"' for a in ALLOWED) + "]\n")
    return notelint.lint(text, lang=lang, template=True, select=select, config=str(cfg))


def test_unknown_placeholder_suggests_the_closest_name(tmp_path):
    [f] = lint_with_allowed(EN, "en", tmp_path, ["unknown-placeholder"])
    assert (EN[f.start:f.end], f.severity.value) == ("{{intervewer}}", "error")
    assert '"interviewer"' in f.message and f.replacement == "{{interviewer}}"
    [f] = lint_with_allowed(DE, "de", tmp_path, ["unknown-placeholder"])
    assert DE[f.start:f.end] == "{{Ansprechpartnr}}" and f.replacement == "{{Ansprechpartner}}"


def test_unknown_placeholder_near_misses(tmp_path):
    good_en = EN.replace("intervewer", "interviewer")
    good_de = DE.replace("Ansprechpartnr", "Ansprechpartner")
    assert lint_with_allowed(good_en, "en", tmp_path, ["unknown-placeholder"]) == []
    assert lint_with_allowed(good_de, "de", tmp_path, ["unknown-placeholder"]) == []
    assert lint_with_allowed(good_en.replace("{{interviewer}}", "{{ Interviewer }}"), "en", tmp_path,
                             ["unknown-placeholder"]) == []
    # without an allowed list the rule stays silent, and outside template mode it never runs
    assert notelint.lint(EN, template=True, select=["unknown-placeholder"]) == []


def test_template_slots_are_not_faults_and_other_rules_judge_the_sentence():
    findings = notelint.lint(EN.replace("intervewer", "interviewer"), template=True)
    names = {f.name for f in findings}
    assert "unfilled-placeholder" not in names
    assert "too-short" in names  # the stand-ins keep the sentence whole for every other rule
    outside = {f.name for f in notelint.lint(EN)}
    assert "unfilled-placeholder" in outside


def test_template_positions_point_into_the_file():
    text = "Dear [Interviewer Name],\n\nSo sorry again!! Thanks for the [Role] interview.\n\nBest,\n[Your Name]\n"
    findings = notelint.lint(text, template=True, select=["excessive-exclamation"])
    assert [text[f.start:f.end] for f in findings] == ["!!"]


RULE = "missing-interviewer-slot"
FIRES = [
    Case("en", "Dear Hiring Manager,\n\nThank you for the interview about the [Role] role at [Company]. "
               "I enjoyed it.\n\nBest regards,\n[Your Name]\n",
         expect=[("Dear Hiring Manager,", "warning")], template=True, id="en-no-slot"),
    Case("en", "Dear {{intervewer}},\n\nThank you for the interview.\n\nBest,\n{{your_name}}\n",
         expect=[("Dear {{intervewer}},", "warning")], template=True, id="en-misspelt-slot-is-no-name"),
    Case("de", "Sehr geehrte Damen und Herren,\n\nvielen Dank für das Gespräch über die Stelle als [Position]."
               "\n\nMit freundlichen Grüßen\n[Ihr Name]\n",
         expect=[("Sehr geehrte Damen und Herren,", "warning")], template=True, id="de-no-slot"),
]
SILENT = [
    Case("en", "Dear [Interviewer Name],\n\nThank you for the interview about the [Role] role.\n\nBest,\n"
               "[Your Name]\n", template=True, id="en-slot"),
    Case("en", "Dear Hiring Manager,\n\nThank you for the interview.\n\nBest,\nAna\n", id="en-not-a-template"),
    Case("de", "Sehr geehrte/r [Ansprechpartner],\n\nvielen Dank für das Gespräch.\n\nMit freundlichen "
               "Grüßen\n[Ihr Name]\n", template=True, id="de-slot"),
    Case("de", "Hallo {{vorname}},\n\ndanke für das Gespräch.\n\nViele Grüße\n{{mein_name}}\n", template=True,
         id="de-first-name-slot"),
]
test_fires, test_silent = make_tests(RULE, FIRES, SILENT)
