from rulecase import Case, make_tests

RULE = "de-grussformel"

SIE = (
    "Sehr geehrte Frau Weber,\n\n"
    "vielen Dank für das offene Gespräch am Dienstag über die Stelle als Datenanalystin. "
    "Besonders Ihr Plan, die Berichtszeit zu halbieren, hat mich beschäftigt. "
    "Ich freue mich auf Ihre Rückmeldung.\n\n"
)
DU = (
    "Hallo Tom,\n\n"
    "danke dir für das lockere Gespräch gestern. Deine Frage nach meinem letzten Projekt hat mich "
    "zum Nachdenken gebracht, und ich habe dir die Folien angehängt. Ich freue mich, von dir zu hören.\n\n"
)

FIRES = [
    Case("de", SIE + "Mit freundlichen Grüßen,\nAna Ruiz", expect=[(",", "warning")], id="de-catalog-comma"),
    Case("de", SIE + "Mit freundlichen Grüßen.\nAna Ruiz\n", expect=[(".", "warning")], id="de-period"),
    Case("de", SIE + "Freundliche Grüße aus Wien,\nAna Ruiz", expect=[(",", "warning")], id="de-comma-after-place"),
    Case("de", DU + "Viele Grüße,\nAna", expect=[(",", "warning")], id="de-du-comma"),
    Case("de", SIE + "Mit freundlichen Grüssen,\nAna Ruiz", expect=[(",", "warning")], id="de-ch-comma"),
    Case("de", SIE + "MfG\nAna Ruiz", expect=[("MfG", "warning")], id="de-mfg"),
    Case("de", DU + "LG Ana", expect=[("LG", "warning")], id="de-lg-du-note"),
    Case("de", DU + "VG, Ana", expect=[("VG", "warning")], id="de-vg-comma-name"),
    Case("de", SIE + "LG\nAna Ruiz", expect=[("LG", "warning")], id="de-lg-sie-note"),
    Case("de", DU + "Gruß\nAna", expect=[("Gruß", "warning")], id="de-bare-gruss"),
    Case("de", SIE + "Grüße\nAna Ruiz", expect=[("Grüße", "info")], id="de-bare-gruesse"),
    Case("de", SIE + "Liebe Grüße\nAna Ruiz", expect=[("Liebe Grüße", "warning")], id="de-liebe-gruesse-sie"),
    Case("de", SIE + "Ganz liebe Grüße,\nAna", expect=[("Ganz liebe Grüße", "warning"), (",", "warning")],
         id="de-ganz-liebe-gruesse-comma"),
    Case("de", SIE + "Tschüss\nAna", expect=[("Tschüss", "warning")], id="de-tschuess-sie"),
    Case("de", SIE + "Beste Grüße\nAna Ruiz", expect=[("Beste Grüße", "info")], id="de-beste-gruesse"),
    Case("de", SIE + "Hochachtungsvoll\nAna Ruiz", expect=[("Hochachtungsvoll", "info")], id="de-hochachtungsvoll"),
]

SILENT = [
    Case("de", SIE + "Mit freundlichen Grüßen\nAna Ruiz", id="de-catalog-ok"),
    Case("de", DU + "Viele Grüße\nAna Ruiz", id="de-viele-gruesse-du"),
    Case("de", DU + "Liebe Grüße\nAna", id="de-liebe-gruesse-du"),
    Case("de", DU + "LG Electronics ist übrigens mein alter Arbeitgeber.\n\nCiao\nAna", id="de-ciao-du"),
    Case("de", SIE + "Herzliche Grüße aus Graz\nAna Ruiz", id="de-herzliche-gruesse-aus"),
    Case("de", SIE + "Mit freundlichen Grüssen\nAna Ruiz", id="de-ch-ss"),
    Case("de", SIE + "Freundliche Grüße\nAna Ruiz\nLG Electronics GmbH\nTel. 030 1234567", id="de-lg-company"),
    Case("de", SIE + "Mit freundlichem Gruß\nAna Ruiz", id="de-freundlichem-gruss"),
    Case("de", SIE + "Mit besten Grüßen\nAna Ruiz", id="de-mit-besten-gruessen"),
    Case("de", SIE + "Viele Grüße\nAna Ruiz", id="de-viele-gruesse-sie"),
    Case("de", SIE + "Ana Ruiz", id="de-no-closing"),
    Case("de", SIE + "Viele Grüße an Frau Kaya und das ganze Team.\n\nMit freundlichen Grüßen\nAna Ruiz",
         id="de-gruesse-an-in-body"),
    Case("de", "Liebe Frau Weber,\n\nvielen Dank, dass Sie sich am Freitag so viel Zeit für mich genommen haben. "
               "Ihre Fragen zu meinem Projekt haben mir Spaß gemacht.\n\nHerzliche Grüße\nAna Ruiz",
         id="de-herzliche-gruesse-sie"),
]

test_fires, test_silent = make_tests(RULE, FIRES, SILENT)


def test_punctuation_fix_removes_it():
    from rulecase import run_rule

    (_, _, finding), = run_rule(RULE, FIRES[0])
    assert finding.replacement == ""
