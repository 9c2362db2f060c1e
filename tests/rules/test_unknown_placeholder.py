from rulecase import Case, make_tests

RULE = "unknown-placeholder"
EN = ("Dear {{intervewer}},\n\nThank you for the interview about the {{role}} role at {{company}}. "
      "I enjoyed hearing how your team works.\n\nBest regards,\n{{your_name}}\n")
DE = ("Sehr geehrte/r {{Ansprechpartnr}},\n\nvielen Dank für das Gespräch über die Stelle als [Position] bei "
      "[Firma]. Es hat mir sehr gefallen.\n\nMit freundlichen Grüßen\n[Ihr Name]\n")
FIRES = [
    Case("en", EN, expect=[("{{intervewer}}", "error")], template=True, config="placeholders.toml", id="en-misspelt"),
    Case("en", EN.replace("{{role}}", "{{job_titel}}"), expect=[("{{intervewer}}", "error"), ("{{job_titel}}", "error")],
         template=True, config="placeholders.toml", id="en-two-unknown"),
    Case("de", DE, expect=[("{{Ansprechpartnr}}", "error")], template=True, config="placeholders.toml",
         id="de-misspelt"),
]
SILENT = [
    Case("en", EN.replace("intervewer", "interviewer"), template=True, config="placeholders.toml", id="en-known"),
    Case("en", EN.replace("{{intervewer}}", "{{ Interviewer }}"), template=True, config="placeholders.toml",
         id="en-case-and-spaces"),
    Case("en", EN, template=True, id="en-no-allowed-list"),
    Case("en", EN, config="placeholders.toml", id="en-not-a-template"),
    Case("de", DE.replace("Ansprechpartnr", "Ansprechpartner"), template=True, config="placeholders.toml",
         id="de-known"),
]
test_fires, test_silent = make_tests(RULE, FIRES, SILENT)
