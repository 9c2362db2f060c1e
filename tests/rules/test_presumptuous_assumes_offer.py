from rulecase import Case, make_tests

RULE = "presumptuous-assumes-offer"


def en(middle, greeting="Dear Mr. Okafor,", closing="Kind regards,\nLena Vogt"):
    return (f"{greeting}\n\nThank you for walking me through the platform team's roadmap yesterday. "
            f"The migration to event-driven billing sounds like a real challenge. {middle}\n\n{closing}\n")


def de(middle, greeting="Sehr geehrter Herr Okafor,", closing="Viele Grüße\nLena Vogt"):
    return (f"{greeting}\n\nherzlichen Dank für den Einblick in die Roadmap Ihres Plattform-Teams gestern. "
            f"Die Umstellung auf ereignisbasierte Abrechnung klingt nach einer echten Aufgabe. {middle}\n\n"
            f"{closing}\n")


FIRES = [
    Case("de", "Sehr geehrte Frau Wolf,\n\nvielen Dank für das Gespräch. Ab meinem ersten Arbeitstag werde ich den "
               "Abschlussprozess neu ordnen.\n\nMit freundlichen Grüßen\nFranziska Horn",
         expect=[("Ab meinem ersten Arbeitstag", "warning")], id="de-ab-meinem-ersten-arbeitstag"),
    Case("en", en("When I start, I'll overhaul your reporting."),
         expect=[("When I start", "warning")], id="en-catalog-when-i-start"),
    Case("en", en("Once I join the team, I can take over the Tableau migration."),
         expect=[("Once I join", "warning")], id="en-once-i-join"),
    Case("en", en("After I'm hired, I'd like to move the team to weekly demos."),
         expect=[("After I'm hired", "warning")], id="en-after-hired"),
    Case("en", en("When you hire me, you will get a billing expert."),
         expect=[("When you hire me", "warning")], id="en-when-you-hire-me"),
    Case("en", en("On my first day, I would meet every engineer on the billing team."),
         expect=[("On my first day", "warning")], id="en-first-day"),
    Case("en", en("On my first day at Initech, I would set up the billing sandbox."),
         expect=[("On my first day", "warning")], company="Initech", id="en-first-day-at-company"),
    Case("en", en("In my first 90 days I'd rebuild the invoicing dashboards."),
         expect=[("In my first 90 days", "warning")], id="en-first-90-days"),
    Case("en", en("I'm sure my future colleagues will appreciate a cleaner pipeline."),
         expect=[("my future colleagues", "warning")], id="en-future-colleagues"),
    Case("en", en("See you on Monday!"),
         expect=[("See you on Monday", "warning")], id="en-see-you-monday"),
    Case("en", en("I look forward to working with you."),
         expect=[("I look forward to working with you", "info")], id="en-working-with-you-info"),
    Case("en", en("I look forward to working with you on the billing rewrite."),
         expect=[("I look forward to working with you", "info")], id="en-working-with-you-on"),
    Case("en", en("Looking forward to working together."),
         expect=[("Looking forward to working together", "info")], id="en-working-together-info"),
    Case("en", en("When I join, my first week will go to reading your runbooks. "
                  "I look forward to working with you."),
         expect=[("When I join", "warning"), ("my first week", "warning"),
                 ("I look forward to working with you", "info")],
         id="en-warning-and-info"),
    Case("de", de("Wenn ich anfange, baue ich das Reporting um."),
         expect=[("Wenn ich anfange", "warning")], id="de-catalog-wenn-ich-anfange"),
    Case("de", de("Wenn ich bei Ihnen anfange, kümmere ich mich zuerst um das Reporting."),
         expect=[("Wenn ich bei Ihnen anfange", "warning")], id="de-wenn-ich-bei-ihnen-anfange"),
    Case("de", de("Sobald ich im Team starte, übernehme ich die Migration."),
         expect=[("Sobald ich im Team starte", "warning")], id="de-sobald-ich-starte"),
    Case("de", de("An meinem ersten Arbeitstag würde ich alle Kolleginnen kennenlernen."),
         expect=[("An meinem ersten Arbeitstag", "warning")], id="de-erster-arbeitstag"),
    Case("de", de("In meinen ersten 90 Tagen würde ich die Dashboards neu bauen."),
         expect=[("In meinen ersten 90 Tagen", "warning")], id="de-erste-90-tage"),
    Case("de", de("Meine zukünftigen Kolleginnen wirkten sehr offen."),
         expect=[("Meine zukünftigen Kolleginnen", "warning")], id="de-zukuenftige-kolleginnen"),
    Case("de", de("Wenn Sie mich einstellen, bekommen Sie eine erfahrene Analystin."),
         expect=[("Wenn Sie mich einstellen", "warning")], id="de-wenn-sie-mich-einstellen"),
    Case("de", de("Ich freue mich auf die Zusammenarbeit."),
         expect=[("Ich freue mich auf die Zusammenarbeit", "info")], id="de-zusammenarbeit-info"),
    Case("de", de("Ich freue mich schon sehr auf die zukünftige Zusammenarbeit mit Ihnen."),
         expect=[("Ich freue mich schon sehr auf die zukünftige Zusammenarbeit", "info")],
         id="de-zukuenftige-zusammenarbeit-info"),
    Case("de", de("Wir sehen uns am Montag!"),
         expect=[("Wir sehen uns am Montag", "warning")], id="de-wir-sehen-uns"),
]

SILENT = [
    Case("de", "Sehr geehrte Frau Wolf,\n\nvielen Dank für das Gespräch. Ab meinem ersten Arbeitstag bei meinem "
               "früheren Arbeitgeber habe ich Abschlüsse betreut.\n\nMit freundlichen Grüßen\nFranziska Horn",
         id="de-ab-erstem-tag-past-job"),
    Case("en", "Dear Ms. Lee,\n\nThank you for the interview. You asked what I would do in my first month; I "
               "would listen to every account owner before changing anything.\n\nBest regards,\nAna",
         id="en-answering-their-first-month-question"),
    Case("de", "Sehr geehrte Frau Weber,\n\nvielen Dank für das Gespräch. Sie fragten, was ich an meinem ersten "
               "Tag tun würde: zuhören.\n\nMit freundlichen Grüßen\nAna",
         id="de-answering-their-first-day-question"),
    # the catalog's near-misses
    Case("en", en("If I join, I'd first learn your reporting stack."), id="en-catalog-if-i-join"),
    Case("de", de("Sollte ich zum Team stoßen, arbeite ich mich zuerst ein."), id="de-catalog-sollte-ich"),
    Case("en", en("When I started my last job, I spent a week shadowing the analysts."), id="en-past-started"),
    Case("de", de("Ich freue mich auf Ihre Rückmeldung."), id="de-freue-rueckmeldung"),
    Case("en", en("I look forward to hearing from you."), id="en-hearing-from-you"),
    # hedged wording
    Case("en", en("Should I join the team, I would start with the billing tests."), id="en-should-i-join"),
    Case("en", en("I would look forward to working with you if given the chance."), id="en-hedged-working"),
    Case("en", en("I look forward to the possibility of working with you."), id="en-possibility"),
    Case("de", de("Über eine Zusammenarbeit würde ich mich sehr freuen."), id="de-ueber-zusammenarbeit"),
    Case("de", de("Ich freue mich auf die Zusammenarbeit, falls es klappt."), id="de-hedged-falls"),
    Case("de", de("Ich würde mich freuen, wenn ich zum Team stoßen dürfte."), id="de-wuerde-mich-freuen"),
    Case("de", de("Falls Sie mich einstellen, lerne ich zuerst Ihre Abrechnungslogik."), id="de-falls-einstellen"),
    # past jobs and habits
    Case("en", en("On my first day at Globex, I met every analyst on the floor."), company="Initech",
         id="en-first-day-past-job"),
    Case("en", en("In my first week at my previous employer I rewrote the billing export."), id="en-first-week-past"),
    Case("en", en("When I join a new team, I always start by reading the runbooks."), id="en-habit-new-team"),
    Case("en", en("When I start a project, I map the stakeholders first."), id="en-habit-project"),
    Case("de", de("Als ich bei meinem letzten Arbeitgeber anfing, war vieles neu."), id="de-past-anfing"),
    Case("de", de("An meinem ersten Arbeitstag bei Globex lernte ich alle kennen."), company="Initech",
         id="de-first-day-past-job"),
    Case("de", de("Wenn ich ein neues Projekt beginne, lese ich zuerst die Doku."), id="de-habit-projekt"),
    # another appointment, not a first working day
    Case("en", en("See you on Monday for the second round."), id="en-see-you-second-round"),
    Case("en", en("I'm glad the next interview is set. See you on Monday!"), id="en-see-you-next-interview"),
    Case("de", de("Wir sehen uns am Montag zum Zweitgespräch."), id="de-zweitgespraech"),
    # look-alikes
    Case("en", en("Your plans for the future team structure made sense to me."), id="en-future-team-structure"),
    Case("en", en("My first impression of the codebase was very positive."), id="en-first-impression"),
    Case("de", de("Meine ersten Eindrücke vom Team waren sehr positiv."), id="de-erste-eindruecke"),
]

test_fires, test_silent = make_tests(RULE, FIRES, SILENT)
