import pathlib

import notelint
from rulecase import Case, make_tests

RULE = "new-info-dump"


def en(*sentences):
    return ("Dear Ms. Lee,\n\nThank you for talking with me yesterday about the Backend Engineer role. "
            + " ".join(sentences) + "\n\nBest regards,\nAna Ruiz\n")


def de(*sentences):
    return ("Sehr geehrte Frau Weber,\n\nvielen Dank für das Gespräch gestern über die Stelle als "
            "Backend-Entwicklerin. " + " ".join(sentences) + "\n\nMit freundlichen Grüßen\nAna Ruiz\n")


FIRES = [
    Case("en", en("I forgot to mention I know Rust, Go and Spanish.", "I look forward to hearing from you."),
         expect=[("I forgot to mention", "info")], id="en-catalog-forgot"),
    Case("en", en("I should have mentioned that I led our migration to Kubernetes.",),
         expect=[("I should have mentioned", "info")], id="en-should-have-mentioned"),
    Case("en", en("I didn't get a chance to mention my volunteer work at the food bank."),
         expect=[("I didn't get a chance to mention", "info")], id="en-didnt-get-a-chance"),
    Case("en", en("The team sounds great.", "One more thing I didn't mention: I hold a pilot's license."),
         expect=[("One more thing I didn't mention", "info")], id="en-one-more-thing"),
    Case("en", en("I also know Rust, Go, Kotlin and Spanish.", "I hope to hear from you soon."),
         expect=[("Rust, Go, Kotlin and Spanish", "info")], id="en-skill-list"),
    Case("en", en("I am fluent in English, German and French."),
         expect=[("English, German and French", "info")], id="en-fluent-list"),
    Case("en", en("I forgot to mention my Go experience.", "I also use Terraform, Ansible and Helm."),
         expect=[("I forgot to mention", "info"), ("Terraform, Ansible and Helm", "info")], id="en-both-kinds"),
    Case("de", de("Ich vergaß zu erwähnen: Rust, Go, Spanisch.", "Ich freue mich auf Ihre Antwort."),
         expect=[("Ich vergaß zu erwähnen", "info")], id="de-catalog-vergass"),
    Case("de", de("Was ich im Gespräch noch nicht erwähnt habe: Ich habe drei Jahre in Madrid gearbeitet."),
         expect=[("Was ich im Gespräch noch nicht erwähnt habe", "info")], id="de-noch-nicht-erwaehnt"),
    Case("de", de("Ich habe leider vergessen zu erwähnen, dass ich einen Staplerschein habe."),
         expect=[("Ich habe leider vergessen zu erwähnen", "info")], id="de-vergessen-zu-erwaehnen"),
    Case("de", de("Ich spreche Englisch, Spanisch und Italienisch."),
         expect=[("Englisch, Spanisch und Italienisch", "info")], id="de-sprachen-liste"),
    Case("de", de("Außerdem habe ich Erfahrung mit SAP, DATEV und Excel."),
         expect=[("SAP, DATEV und Excel", "info")], id="de-erfahrung-liste"),
]

SILENT = [
    Case("en", en("You asked how I'd cut churn; I'd start with cohort data.", "I'd love to dig into it."),
         id="en-catalog-anchored"),
    Case("en", en("You asked about my languages; to expand, I also speak Spanish, Italian and Portuguese."),
         id="en-anchored-list-same-sentence"),
    Case("en", en("You asked about my languages.", "To expand, I also speak Spanish, Italian and Portuguese."),
         id="en-anchored-list-next-sentence"),
    Case("en", en("I know how much your team values clean code, testing and speed."), id="en-know-how-much"),
    Case("en", en("Not to mention, the view from your office was great."), id="en-not-to-mention"),
    Case("en", en("I forgot to mention how much I enjoyed the office tour."), id="en-forgot-warmth"),
    Case("en", en("As we discussed, I use Python, SQL and dbt every day."), id="en-as-discussed"),
    Case("en", en("I enjoyed meeting Sam, Priya and Tom."), id="en-people-list"),
    Case("en", en("I have experience with React and Vue."), id="en-two-skills"),
    Case("en", en("I know your products, your values and your history well."), id="en-know-your-company"),
    Case("en", en("I should have said it more clearly: I would start with the cohort data."),
         id="en-revisit-own-answer"),
    Case("de", de("Sie fragten nach Abwanderung; ich würde mit Kohortendaten beginnen."), id="de-catalog-anchored"),
    Case("de", de("Zu Ihrer Frage nach meinen Sprachkenntnissen: Ich spreche Englisch, Spanisch und Italienisch."),
         id="de-anchored-list"),
    Case("de", de("Ich habe mich sehr über das Gespräch mit Frau Koch, Herrn Braun und Herrn Yilmaz gefreut."),
         id="de-people-list"),
    Case("de", de("Wie Sie bereits erwähnt haben, ist das Team klein."), id="de-sie-erwaehnten"),
    Case("de", de("Wie besprochen nutze ich Python, SQL und dbt jeden Tag."), id="de-wie-besprochen"),
    Case("de", de("Ich kenne Ihre Produkte, Ihre Werte und Ihre Geschichte gut."), id="de-kenne-ihre-firma"),
]

test_fires, test_silent = make_tests(RULE, FIRES, SILENT)


def test_min_skills_option(tmp_path: pathlib.Path):
    config = tmp_path / ".notelint.toml"
    config.write_text('[rules.new-info-dump]\nmin-skills = 2\n', encoding="utf-8")
    text = en("I have experience with React and Vue.")
    found = notelint.lint(text, lang="en", select=[RULE], config=str(config))
    assert [text[f.start:f.end] for f in found] == ["React and Vue"]
