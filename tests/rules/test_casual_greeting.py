import notelint
from rulecase import Case, make_tests

RULE = "casual-greeting"

EN_BODY = (
    "Thank you for taking the time to meet with me yesterday about the Data Analyst role. "
    "I enjoyed hearing how your team cut reporting time in half, and I would love to help build on that.\n\n"
    "Best regards,\nAna Ruiz\n"
)
# A note that addresses the reader as Sie.
DE_SIE = (
    "vielen Dank für das Gespräch am Dienstag über die Stelle als Datenanalystin. "
    "Besonders Ihr Plan, die Berichtszeit zu halbieren, hat mich beschäftigt. "
    "Gern sende ich Ihnen die besprochene Beispielanalyse.\n\n"
    "Mit freundlichen Grüßen\nAna Ruiz\n"
)
# A note to someone the applicant says du to (a start-up that is on first-name terms).
DE_DU = (
    "danke für das entspannte Gespräch gestern über die Stelle im Datenteam. "
    "Dein Plan, die Berichte zu automatisieren, hat mich echt beschäftigt, "
    "und ich würde sehr gern mit euch daran arbeiten.\n\n"
    "Viele Grüße\nAna\n"
)
# No pronoun of address at all: formality unknown.
DE_NEUTRAL = (
    "danke für das Gespräch gestern über die Stelle im Datenteam. "
    "Der Plan, die Berichte zu automatisieren, hat mich beschäftigt.\n\n"
    "Viele Grüße\nAna\n"
)

FIRES = [
    Case("en", "Hey there,\n\n" + EN_BODY, expect=[("Hey there", "warning")], id="en-hey-there"),
    Case("en", "Hey,\n\n" + EN_BODY, expect=[("Hey", "warning")], id="en-hey"),
    Case("en", "Hey Priya,\n\n" + EN_BODY, expect=[("Hey", "warning")], id="en-hey-name"),
    Case("en", "Yo Priya!\n\n" + EN_BODY, expect=[("Yo", "warning")], id="en-yo"),
    Case("en", "Hiya Priya,\n" + EN_BODY, expect=[("Hiya", "warning")], id="en-hiya"),
    Case("en", "Hi,\n\n" + EN_BODY, expect=[("Hi", "warning")], id="en-hi-no-name"),
    Case("en", "Hello there,\n\n" + EN_BODY, expect=[("Hello there", "warning")], id="en-hello-there"),
    Case("en", "Hi all,\n\n" + EN_BODY, expect=[("Hi all", "warning")], id="en-hi-all"),
    Case("en", "Hello, thank you for taking the time to meet with me yesterday.\n\nBest regards,\nAna Ruiz",
         expect=[("Hello", "warning")], id="en-hello-runs-into-sentence"),
    Case("en", "Greetings,\n\n" + EN_BODY, expect=[("Greetings", "warning")], id="en-greetings"),
    Case("en", "Hi Priya,\n\n" + EN_BODY, expect=[("Hi", "info")], id="en-hi-first-name"),
    Case("en", "Hi {{first_name}},\n\n" + EN_BODY, expect=[("Hi", "info")], template=True, id="en-hi-placeholder"),
    Case("en", "May 12\nhi priya,\n" + EN_BODY, expect=[("hi", "info")], id="en-hi-second-line"),
    Case("de", "Hallo Frau Weber,\n\n" + DE_SIE, expect=[("Hallo", "warning")], id="de-hallo-frau"),
    Case("de", "Hallo, Herr Dr. Weber,\n\n" + DE_SIE, expect=[("Hallo", "warning")], id="de-hallo-comma-herr"),
    Case("de", "Hi Frau Weber,\n\n" + DE_SIE, expect=[("Hi", "error")], id="de-hi-frau"),
    Case("de", "Hallo,\n\n" + DE_SIE, expect=[("Hallo", "error")], id="de-hallo-sie-note"),
    Case("de", "Moin,\n\n" + DE_SIE, expect=[("Moin", "error")], id="de-moin-sie-note"),
    Case("de", "Servus!\n\n" + DE_SIE, expect=[("Servus", "error")], id="de-servus-sie-note"),
    Case("de", "Hey zusammen,\n\n" + DE_SIE, expect=[("Hey zusammen", "error")], id="de-hey-zusammen-sie-note"),
    Case("de", "Hi Anna,\n\n" + DE_SIE, expect=[("Hi", "warning")], id="de-first-name-in-sie-note"),
    Case("de", "Hey,\n\n" + DE_DU, expect=[("Hey", "warning")], id="de-hey-du-note"),
    Case("de", "Hallo,\n\n" + DE_NEUTRAL, expect=[("Hallo", "warning")], id="de-hallo-no-name"),
    Case("de", "Hey Anna,\n\n" + DE_DU, expect=[("Hey", "warning")], id="de-hey-name-du-note"),
]

SILENT = [
    Case("en", "Dear Ms. Lee,\n\n" + EN_BODY, id="en-dear"),
    Case("en", "Dear Priya,\n\n" + EN_BODY, id="en-dear-first-name"),
    Case("en", "Hello Ms. Lee,\n\n" + EN_BODY, id="en-hello-title"),
    Case("en", "Hello Priya,\n\n" + EN_BODY, id="en-hello-first-name"),
    Case("en", "Hi Dr. Okafor,\n\n" + EN_BODY, id="en-hi-title"),
    Case("en", "Good morning Ms. Lee,\n\n" + EN_BODY, id="en-good-morning"),
    Case("en", "Dear Ms. Lee and team,\n\n" + EN_BODY, id="en-name-and-team"),
    Case("en", "To whom it may concern,\n\n" + EN_BODY, id="en-generic-is-another-rule"),
    Case("en", "Thank you for meeting with me yesterday. Hey, that demo was impressive.\n\nBest,\nAna",
         id="en-hey-not-a-greeting"),
    Case("en", EN_BODY, id="en-no-greeting"),
    Case("en", "Priya,\n\n" + EN_BODY, id="en-bare-first-name"),
    Case("en", "Good morning,\n\n" + EN_BODY, id="en-good-morning-no-name"),
    Case("en", "Dear Hiring Team,\n\n" + EN_BODY, id="en-dear-hiring-team-is-another-rule"),
    Case("en", "Hi Ms. Lee,\n\n" + EN_BODY, id="en-hi-ms"),
    Case("de", "Sehr geehrte Frau Weber,\n\n" + DE_SIE, id="de-sehr-geehrte"),
    Case("de", "Guten Tag Frau Weber,\n\n" + DE_SIE, id="de-guten-tag"),
    Case("de", "Guten Tag,\n\n" + DE_SIE, id="de-guten-tag-no-name"),
    Case("de", "Liebe Frau Weber,\n\n" + DE_SIE, id="de-liebe-frau"),
    Case("de", "Hallo Anna,\n\n" + DE_DU, id="de-hallo-du-note"),
    Case("de", "Hi Anna,\n\n" + DE_DU, id="de-hi-du-note"),
    Case("de", "Liebe Anna,\n\n" + DE_DU, id="de-liebe-du-note"),
    Case("de", "Hallo Anna,\n\n" + DE_NEUTRAL, id="de-hallo-name-neutral"),
    Case("de", "Frau Weber,\n\n" + DE_SIE, id="de-bare-name"),
    Case("de", "Hallo [Vorname],\n\n" + DE_DU, template=True, id="de-placeholder-name-template"),
    Case("de", "Hallo [Vorname],\n\n" + DE_DU, id="de-placeholder-name"),
    Case("de", "Grüezi Frau Weber,\n\n" + DE_SIE, id="de-gruezi"),
    Case("de", "Sehr geehrtes Team,\n\n" + DE_SIE, id="de-sehr-geehrtes-team"),
    Case("de", "Sie sprachen von einem Plan. Hallo zu sagen fiel mir leicht.\n\nViele Grüße\nAna",
         id="de-no-greeting"),
]

test_fires, test_silent = make_tests(RULE, FIRES, SILENT)


def _config(tmp_path, value):
    path = tmp_path / ".notelint.toml"
    path.write_text(f'[rules.casual-greeting]\nhi-first-name = "{value}"\n')
    return str(path)


def test_hi_first_name_can_be_turned_off(tmp_path):
    text = "Hi Priya,\n\n" + EN_BODY
    assert notelint.lint(text, lang="en", select=[RULE], config=_config(tmp_path, "off")) == []
    strict = notelint.lint(text, lang="en", select=[RULE], config=_config(tmp_path, "warning"))
    assert [f.severity.value for f in strict] == ["warning"]


def test_off_does_not_silence_hey(tmp_path):
    found = notelint.lint("Hey Priya,\n\n" + EN_BODY, lang="en", select=[RULE], config=_config(tmp_path, "off"))
    assert [f.severity.value for f in found] == ["warning"]
