import pathlib

import notelint
from rulecase import Case, make_tests

RULE = "de-konjunktiv-hedging"

HEDGY = (
    "Sehr geehrte Frau Weber,\n\n"
    "vielen Dank für das Gespräch am Dienstag. Ich würde mich sehr freuen, wenn ich Ihnen zeigen könnte, "
    "was ich mit Ihrer Pipeline machen kann. Ich möchte Ihnen dazu gern ein Beispiel schicken.\n\n"
    "Mit freundlichen Grüßen\nAna Ruiz\n"
)

FIRES = [
    Case("de", HEDGY, expect=[("möchte", "info")], id="de-catalog-three"),
    Case("de", "Sehr geehrter Herr Brandt,\n\nvielen Dank für das offene Gespräch. Es wäre schön, wenn wir "
               "bald weitersprechen könnten. Ich hätte noch einige Ideen zur Datenqualität, und ich würde "
               "sie gern vorstellen.\n\nMit freundlichen Grüßen\nAna Ruiz",
         expect=[("hätte", "info"), ("würde", "info")], id="de-four-forms"),
    Case("de", "Liebe Anna,\n\ndanke dir für gestern! Ich wäre gern dabei, und ich könnte sofort anfangen. "
               "Wir würden gut zusammenpassen, glaube ich.\n\nViele Grüße\nAna",
         expect=[("würden", "info")], id="de-du-note-three"),
    Case("de", "Sehr geehrte Frau Weber,\n\nmöchte ich mich für das Gespräch bedanken? Ja! Ich würde gern mehr "
               "über das Team erfahren. Das wäre für mich ein guter nächster Schritt.\n\n"
               "Mit freundlichen Grüßen\nAna Ruiz",
         expect=[("wäre", "info")], id="de-das-waere"),
]

SILENT = [
    Case("de", "Sehr geehrte Frau Weber,\n\nvielen Dank für das Gespräch am Dienstag. Ich freue mich darauf, "
               "Ihnen zu zeigen, was ich mit Ihrer Pipeline machen kann. Ein Beispiel schicke ich Ihnen gern "
               "bis Freitag.\n\nMit freundlichen Grüßen\nAna Ruiz", id="de-catalog-indicative"),
    Case("de", "Sehr geehrte Frau Weber,\n\nvielen Dank für das Gespräch. Ich würde mich freuen, wenn ich Ihnen "
               "mehr zeigen könnte. Ein Beispiel schicke ich Ihnen bis Freitag.\n\n"
               "Mit freundlichen Grüßen\nAna Ruiz", id="de-two-forms"),
    Case("de", "Sehr geehrter Herr Brandt,\n\nvielen Dank für das Gespräch. Sie sagten, das Team würde im "
               "Herbst wachsen und die Stelle könnte schon im Oktober besetzt werden. Wenn Sie möchten, "
               "schicke ich Ihnen Arbeitsproben. Ich freue mich auf Ihre Rückmeldung.\n\n"
               "Mit freundlichen Grüßen\nAna Ruiz", id="de-reported-speech-and-offer"),
    Case("de", "Sehr geehrte Frau Weber,\n\nvielen Dank für das Gespräch. Falls Sie noch Fragen hätten oder "
               "Unterlagen bräuchten, melde ich mich gern. Ihre Kollegen meinten, die Entscheidung wäre bald "
               "gefallen. Ich möchte mich nochmals herzlich bedanken.\n\nMit freundlichen Grüßen\nAna Ruiz",
         id="de-not-about-me"),
]

test_fires, test_silent = make_tests(RULE, FIRES, SILENT)


def _long_note():
    filler = ("Im Gespräch ging es um die Pipeline, die Berichte und die Zusammenarbeit mit dem Vertrieb. "
              "Das Team arbeitet seit einem Jahr an einer neuen Plattform für Kundendaten. ")
    return HEDGY.replace("vielen Dank für das Gespräch am Dienstag. ",
                         "vielen Dank für das Gespräch am Dienstag. " + filler * 10)


def test_long_notes_are_not_checked():
    text = _long_note()
    assert len(text.split()) > 250
    assert notelint.lint(text, lang="de", select=[RULE]) == []


def test_min_count_option(tmp_path: pathlib.Path):
    config = tmp_path / ".notelint.toml"
    config.write_text('[rules.de-konjunktiv-hedging]\nmin-count = 2\n', encoding="utf-8")
    found = notelint.lint(HEDGY, lang="de", select=[RULE], config=str(config))
    assert [HEDGY[f.start:f.end] for f in found] == ["könnte", "möchte"]
    assert "'würde'" in found[0].message
