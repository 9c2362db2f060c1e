from rulecase import Case, make_tests

RULE = "salary-benefits"


def en(*sentences):
    return ("Dear Ms. Lee,\n\nThank you for talking with me on Tuesday about the Data Analyst role. "
            + " ".join(sentences) + "\n\nBest regards,\nAna Ruiz\n")


def de(*sentences):
    return ("Sehr geehrte Frau Weber,\n\nvielen Dank für das Gespräch am Dienstag über die Stelle als "
            "Datenanalystin. " + " ".join(sentences) + "\n\nMit freundlichen Grüßen\nAna Ruiz\n")


FIRES = [
    Case("en", en("I enjoyed hearing about the reporting pipeline.", "Could you confirm the salary range?",
                  "I look forward to the next steps."),
         expect=[("salary range", "warning")], id="en-catalog-confirm-range"),
    Case("en", en("The team seems great.", "What does the benefits package include?"),
         expect=[("benefits package", "warning")], id="en-benefits-package-question"),
    Case("en", en("I would expect a base salary of at least $120,000 for this level of responsibility.",
                  "I hope that works for you."),
         expect=[("base salary", "warning")], id="en-expect-amount"),
    Case("en", en("My salary expectations are flexible, and I am open to a conversation.",
                  "I am excited about the role."),
         expect=[("salary expectations", "warning")], id="en-my-expectations"),
    Case("en", en("How many vacation days does the role come with?",
                  "And is there a signing bonus?"),
         expect=[("vacation days", "warning"), ("signing bonus", "warning")], id="en-two-questions"),
    Case("en", en("I'd love to know more about the PTO policy and remote allowance.",
                  "Your roadmap sounds exciting."),
         expect=[("PTO", "warning")], id="en-one-per-sentence"),
    Case("en", en("I look forward to discussing compensation and equity in the next round."),
         expect=[("compensation", "warning")], id="en-discuss-compensation"),
    Case("en", en("Is there a relocation package for candidates moving from abroad?"),
         expect=[("relocation package", "warning")], id="en-relocation"),
    Case("en", en("Even though your platform is impressive, my bonus matters most to me.",),
         expect=[("bonus", "warning")], id="en-my-beats-product-word"),
    Case("de", de("Ihre Pläne für das neue Dashboard haben mich überzeugt.", "Wie hoch ist die Gehaltsspanne?",
                  "Ich freue mich auf Ihre Rückmeldung."),
         expect=[("Gehaltsspanne", "warning")], id="de-catalog-spanne"),
    Case("de", de("Meine Gehaltsvorstellung liegt bei 65.000 Euro brutto im Jahr.",
                  "Ich freue mich auf die nächsten Schritte."),
         expect=[("Gehaltsvorstellung", "warning")], id="de-vorstellung"),
    Case("de", de("Gibt es für die Stelle einen Dienstwagen?", "Und wie viele Urlaubstage sind vorgesehen?"),
         expect=[("Dienstwagen", "warning"), ("Urlaubstage", "warning")], id="de-dienstwagen-urlaub"),
    Case("de", de("Gern würde ich noch über die Vergütung sprechen.", "Das Team hat mir sehr gefallen."),
         expect=[("Vergütung", "warning")], id="de-verguetung-sprechen"),
    Case("de", de("Können Sie mir die Übersicht über die Zusatzleistungen noch zusenden?"),
         expect=[("Zusatzleistungen", "warning")], id="de-zusatzleistungen"),
    Case("de", de("Mein Einstiegsgehalt sollte nicht unter dem jetzigen liegen.",),
         expect=[("Einstiegsgehalt", "warning")], id="de-mein-compound"),
    Case("de", de("Wird der Bonus jährlich oder quartalsweise ausgezahlt?"),
         expect=[("Bonus", "warning")], id="de-bonus-question"),
]

SILENT = [
    Case("en", en("I liked how the product benefits small clinics.",
                  "It is exactly the kind of work I want to do next."), id="en-catalog-benefits-verb"),
    Case("en", en("The salary data pipeline you described sounds like a great first project.",
                  "I have built similar pipelines in Airflow."), id="en-salary-data-pipeline"),
    Case("en", en("Meeting your compensation analytics team was a highlight of the day.",
                  "Their dashboards are impressive."), id="en-compensation-analytics-team"),
    Case("en", en("I enjoyed explaining our bonus-malus model and hearing your questions about it."),
         id="en-bonus-malus"),
    Case("en", en("How does the payroll product calculate bonuses for part-time staff?",
                  "I kept thinking about that edge case."), id="en-payroll-product-question"),
    Case("en", en("As a bonus, I got to meet the whole team over lunch."), id="en-as-a-bonus"),
    Case("en", en("Could you tell me more about your approach to pay equity?"), id="en-pay-equity"),
    Case("en", en("What are the benefits of moving the clinics to the new platform?"), id="en-benefits-of"),
    Case("en", en("Thank you for walking me through the benefits package.",
                  "It was kind of you to take the time."), id="en-thanks-for-explaining"),
    Case("en", en("I was impressed by your salary benchmarking tool and the survey behind it."),
         id="en-benchmarking-tool"),
    Case("en", en("Your work on equity in hiring is exactly why I applied."), id="en-equity-in-hiring"),
    Case("en", en("I'll be on vacation next week, but I can answer email."), id="en-on-vacation"),
    Case("en", en("Is the launch still planned for June?", "I would love to help with it."),
         id="en-question-without-pay"),
    Case("de", de("Die Software bringt kleinen Praxen Vorteile.", "Genau daran möchte ich mitarbeiten."),
         id="de-catalog-vorteile"),
    Case("de", de("Ihre Software für die Gehaltsabrechnung hat mich beeindruckt."), id="de-gehaltsabrechnung"),
    Case("de", de("Das Gespräch war sehr gehaltvoll.", "Sie haben die Präsentation kurz gehalten."),
         id="de-gehaltvoll-gehalten"),
    Case("de", de("Als Bonus durfte ich das ganze Team kennenlernen."), id="de-als-bonus"),
    Case("de", de("Wie funktioniert das Bonus-Malus-System für Ihre Kunden?"), id="de-bonus-malus"),
    Case("de", de("Wie berechnet Ihre Plattform die Vergütung der Fahrer?"), id="de-product-question"),
    Case("de", de("Ab Montag bin ich im Urlaub, per E-Mail aber gut erreichbar."), id="de-im-urlaub"),
    Case("de", de("Die Gehaltsdaten Ihrer Kunden sicher zu verarbeiten, ist eine spannende Aufgabe."),
         id="de-gehaltsdaten"),
]

PAY_ROLE_EN = en("Could we discuss how you benchmark salary bands across regions?",
                 "I have done this for two years at Acme.")
PAY_ROLE_DE = de("Wie legen Sie die Gehaltsbänder für neue Standorte fest?", "Das habe ich bei Acme betreut.")
FIRES += [
    Case("en", PAY_ROLE_EN, expect=[("salary bands", "warning")], id="en-pay-question-without-role"),
    Case("en", en("Could you confirm my salary range before the next round?"),
         expect=[("salary range", "warning")], role="Compensation Analyst", id="en-pay-role-own-salary"),
]
SILENT += [
    Case("en", PAY_ROLE_EN, role="Compensation Analyst", id="en-pay-role-domain-question"),
    Case("de", PAY_ROLE_DE, role="Referentin Vergütung", id="de-pay-role-domain-question"),
]

test_fires, test_silent = make_tests(RULE, FIRES, SILENT)
