import pathlib
import subprocess
import sys

import notelint
from rulecase import Case, make_tests
from rulecase import de_letter as de
from rulecase import en_letter as en

RULE = "readability"

STIFF_EN = (
    "Subsequent to our conversation regarding the organizational transformation initiatives currently being "
    "implemented throughout the enterprise, I would like to reiterate my considerable enthusiasm concerning the "
    "opportunity to contribute my interdisciplinary competencies, particularly my comprehensive experience in "
    "stakeholder communication and operational optimization, to your organization's continuing development."
)
STIFF_EN_2 = (
    "I appreciated the opportunity to discuss the Operations Manager position with you and your colleagues. "
    "Your description of the organization's commitment to continuous improvement and employee development was "
    "particularly compelling. Having implemented similar initiatives in manufacturing environments, I am confident "
    "I could contribute meaningfully to your operational objectives."
)
FORMAL_EN = (
    "Thank you for the opportunity to interview for the Senior Financial Analyst position. I appreciated learning "
    "about the department's consolidation project and the challenges of integrating the acquired subsidiaries. "
    "My experience managing quarterly forecasting and variance analysis would allow me to contribute immediately. "
    "I remain very interested in the position and look forward to hearing from you."
)
PLAIN_EN = (
    "Thank you for taking the time to talk with me yesterday about the Data Analyst role. I enjoyed hearing how "
    "your team cut reporting time in half with the new pipeline. That kind of practical work is exactly what I "
    "want to do next, and my SQL background would help from day one. I look forward to hearing about the next steps."
)
STIFF_DE = (
    "im Nachgang zu unserem Gespräch bezüglich der Neuausrichtung der Unternehmenskommunikation möchte ich "
    "nochmals meine ausdrückliche Begeisterung hinsichtlich der ausgeschriebenen Position bekunden, da die "
    "Verknüpfung von strategischer Kommunikationsplanung und operativer Umsetzungsverantwortung meinen beruflichen "
    "Interessenschwerpunkten in außerordentlichem Maße entspricht. Über eine Rückmeldung freue ich mich."
)
STIFF_DE_2 = (
    "vielen Dank für das Gespräch. Die Erläuterungen zur methodischen Vorgehensweise bei der Probandenrekrutierung "
    "unter besonderer Berücksichtigung gemeindebasierter Identifikationsstrategien im Vergleich zu institutionellen "
    "Überweisungsmechanismen fand ich außerordentlich aufschlussreich. Meine langjährige Erfahrung in der "
    "Durchführung von Längsschnittuntersuchungen in unterschiedlichen institutionellen Umgebungen würde eine "
    "unmittelbare Unterstützung Ihrer Forschungsinfrastruktur ermöglichen."
)
FORMAL_DE = (
    "haben Sie vielen Dank für das informative Gespräch am vergangenen Donnerstag. Die Schilderung der anstehenden "
    "Umstellung der Finanzbuchhaltung auf das neue ERP-System hat mich sehr angesprochen. Durch meine Tätigkeit als "
    "Bilanzbuchhalterin bringe ich umfassende Erfahrung in der Konzernkonsolidierung mit. Über die Gelegenheit, "
    "mich persönlich vorzustellen, würde ich mich sehr freuen."
)
PLAIN_DE = (
    "vielen Dank für das offene Gespräch am Dienstag über die Stelle als Datenanalystin. Besonders Ihr Plan, die "
    "Berichtszeit mit der neuen Pipeline zu halbieren, hat mich beschäftigt. Genau an solchen praktischen Aufgaben "
    "möchte ich arbeiten, und meine SQL-Erfahrung hilft dabei vom ersten Tag an. Ich freue mich darauf, von Ihnen "
    "zu hören."
)
SHORT_STIFF_DE = (
    "bezüglich der Neuausrichtung der Unternehmenskommunikation möchte ich nochmals meine ausdrückliche "
    "Begeisterung hinsichtlich der ausgeschriebenen Position bekunden."
)




FIRES = [
    Case("en", en(STIFF_EN), expect=[(STIFF_EN, "info")], id="en-stiff"),
    Case("en", en(STIFF_EN_2), expect=[(STIFF_EN_2, "info")], id="en-stiff-corporate"),
    Case("en", STIFF_EN + "\n", expect=[(STIFF_EN, "info")], id="en-no-greeting-or-sign-off"),
    Case("de", de(STIFF_DE), expect=[(STIFF_DE, "info")], id="de-nominalstil"),
    Case("de", de(STIFF_DE_2), expect=[(STIFF_DE_2, "info")], id="de-fachsprache"),
]

SILENT = [
    Case("en", en(PLAIN_EN), id="en-plain"),
    Case("en", en(FORMAL_EN), id="en-ordinary-formal"),
    Case("en", en("Subsequent to our conversation regarding the organizational transformation initiatives, "
                  "I would like to reiterate my considerable enthusiasm."), id="en-stiff-but-too-short-to-score"),
    Case("en", en("You asked how I would train new staff.\nI would pair each new hire with a senior picker.\n"
                  "- first week: shadowing\n- second week: own route with a buddy\n- third week: alone\n"
                  "I am excited about the chance to help your team grow this year."), id="en-list-lines"),
    Case("de", de(PLAIN_DE), id="de-plain"),
    Case("de", de(FORMAL_DE), id="de-ordinary-formal"),
    Case("de", de(SHORT_STIFF_DE), id="de-stiff-but-too-short-to-score"),
]

test_fires, test_silent = make_tests(RULE, FIRES, SILENT)


def _lint(text, lang, tmp_path, options):
    config = tmp_path / ".notelint.toml"
    lines = [f"{key} = {value}" for key, value in options.items()]
    config.write_text("[rules.readability]\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return notelint.lint(text, lang=lang, select=[RULE], config=str(config))


def test_thresholds_are_options(tmp_path: pathlib.Path):
    assert len(_lint(en(FORMAL_EN), "en", tmp_path, {"en-min-flesch": 30})) == 1
    assert _lint(en(STIFF_EN_2), "en", tmp_path, {"en-min-flesch": 0.5}) != []
    assert _lint(en(PLAIN_EN), "en", tmp_path, {"en-min-flesch": 80}) != []
    assert len(_lint(de(FORMAL_DE), "de", tmp_path, {"de-max-wstf": 8})) == 1
    assert _lint(de(STIFF_DE), "de", tmp_path, {"min-words": 500}) == []


def test_message_gives_score_and_suggestion_names_longest_sentence():
    [finding] = notelint.lint(en(STIFF_EN), lang="en", select=[RULE])
    assert "Flesch reading ease" in finding.message
    assert "longest has 50 words" in finding.suggestion
    [finding] = notelint.lint(de(STIFF_DE), lang="de", select=[RULE])
    assert "Wiener Sachtextformel" in finding.message


def test_languages_keep_their_own_settings():
    from notelint.rules.readability import score

    german_first = score(PLAIN_DE, "de")
    english = score(PLAIN_EN, "en")
    assert score(PLAIN_DE, "de") == german_first
    assert english > 60 and german_first < 8


def test_listing_rules_does_not_import_textstat():
    code = (
        "import sys; from notelint.registry import load_checks; load_checks(); "
        "assert 'notelint.rules.readability' in sys.modules; "
        "assert 'textstat' not in sys.modules, 'textstat imported at load time'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
