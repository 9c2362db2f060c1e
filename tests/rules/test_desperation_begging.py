from rulecase import Case, make_tests

RULE = "desperation-begging"


def en(middle, greeting="Hello Ms. Park,", closing="Best,\nSam Reyes"):
    return (f"{greeting}\n\nThank you for meeting with me this morning about the Support Engineer opening. "
            f"Hearing how your team triages tickets by customer impact was eye-opening. {middle}\n\n{closing}\n")


def de(middle, greeting="Sehr geehrte Frau Park,", closing="Freundliche Grüße\nSam Reyes"):
    return (f"{greeting}\n\nvielen Dank für das Gespräch heute Morgen über die Stelle im Support. "
            f"Wie Ihr Team Tickets nach Kundenwirkung sortiert, fand ich sehr aufschlussreich. {middle}\n\n"
            f"{closing}\n")


FIRES = [
    Case("en", en("Please give me a chance — I need this job."),
         expect=[("Please give me a chance", "warning"), ("I need this job", "warning")], id="en-catalog"),
    Case("en", en("I really need this job after a long search."),
         expect=[("I really need this job", "warning")], id="en-really-need"),
    Case("en", en("I'm begging you to reconsider my application."),
         expect=[("I'm begging you", "warning")], id="en-begging"),
    Case("en", en("I will take any role you have."),
         expect=[("I will take any role", "warning")], id="en-take-any-role"),
    Case("en", en("I'd be happy with any position on the team."),
         expect=[("any position", "warning")], id="en-any-position"),
    Case("en", en("I'll do anything to join your team."),
         expect=[("I'll do anything", "warning")], id="en-do-anything"),
    Case("en", en("Honestly, I'm desperate for this opportunity."),
         expect=[("I'm desperate", "warning")], id="en-desperate"),
    Case("en", en("Please hire me."),
         expect=[("Please hire me", "warning")], id="en-please-hire-me"),
    Case("en", en("Just give me a chance to prove myself."),
         expect=[("Just give me a chance to prove myself", "warning")], id="en-just-give-chance"),
    Case("de", de("Bitte geben Sie mir eine Chance."),
         expect=[("Bitte geben Sie mir eine Chance", "warning")], id="de-catalog"),
    Case("de", de("Ich brauche diesen Job unbedingt."),
         expect=[("Ich brauche diesen Job unbedingt", "warning")], id="de-brauche-job"),
    Case("de", de("Ich flehe Sie an, mich zu berücksichtigen."),
         expect=[("Ich flehe Sie an", "warning")], id="de-flehe"),
    Case("de", de("Ich bitte Sie inständig um eine Zusage."),
         expect=[("Ich bitte Sie inständig", "warning")], id="de-instaendig"),
    Case("de", de("Egal welche Stelle, ich nehme sie."),
         expect=[("Egal welche Stelle", "warning")], id="de-egal-welche-stelle"),
    Case("de", de("Ich würde jede beliebige Stelle annehmen."),
         expect=[("jede beliebige Stelle", "warning")], id="de-jede-beliebige"),
    Case("de", de("Ich nehme jede Stelle im Team."),
         expect=[("jede Stelle", "warning")], id="de-nehme-jede-stelle"),
    Case("de", de("Ich mache alles, was nötig ist."),
         expect=[("Ich mache alles", "warning")], id="de-mache-alles"),
    Case("de", de("Bitte stellen Sie mich ein."),
         expect=[("Bitte stellen Sie mich ein", "warning")], id="de-bitte-einstellen"),
]

SILENT = [
    # the catalog's near-misses
    Case("en", en("I'd welcome the chance to discuss next steps."), id="en-catalog-welcome-chance"),
    Case("de", de("Über die Chance auf nächste Schritte freue ich mich."), id="de-catalog-chance"),
    Case("en", en("You asked what I need to do my best work: clear priorities and quiet time."),
         id="en-what-i-need"),
    Case("en", en("Anything at all that helps your decision, I can send."), id="en-anything-at-all"),
    # confident wording with the same words
    Case("en", en("The role would give me a chance to grow into on-call leadership."), id="en-would-give-chance"),
    Case("en", en("Any role I have held involved writing clear runbooks."), id="en-any-role-i-held"),
    Case("en", en("Are there any positions on the platform team as well?"), id="en-any-positions-question"),
    Case("en", en("I beg to differ with my own answer on escalations, so here is a better one."),
         id="en-beg-to-differ"),
    Case("en", en("Your question begs a longer answer, which I have attached."), id="en-begs"),
    Case("en", en("I'd do anything else you need for the process, such as a work sample."),
         id="en-anything-else"),
    Case("en", en("I need the ticket export only if you want me to prepare the case study."), id="en-need-export"),
    Case("en", en("I don't need this job; I want it, because your triage model is what I believe in."),
         id="en-dont-need"),
    Case("de", de("Die Stelle gibt mir die Chance, mich weiterzuentwickeln."), id="de-gibt-mir-chance"),
    Case("de", de("Ich habe jede Stelle im Bericht noch einmal geprüft."), id="de-jede-stelle-bericht"),
    Case("de", de("Ich mache alles mit Python und automatisiere gern."), id="de-alles-mit-python"),
    Case("de", de("Ich brauche für die Stelle noch ein Arbeitszeugnis, das reiche ich nach."),
         id="de-brauche-zeugnis"),
    Case("de", de("Sie fragten, was ich brauche, um gute Arbeit zu leisten."), id="de-was-ich-brauche"),
    Case("en", en("I'm open to discussing which team would be the best fit."), id="en-open-which-team"),
    Case("en", en("I would love the chance to work with such a thoughtful team."), id="en-love-the-chance"),
    Case("en", en("Thank you for giving me the chance to meet the on-call engineers."), id="en-giving-chance"),
    Case("de", de("Ich bin überzeugt, dass ich schnell einen Beitrag leisten kann."), id="de-ueberzeugt"),
    Case("de", de("An jeder Stelle des Gesprächs merkte ich, wie wichtig Ihnen Kundennähe ist."),
         id="de-an-jeder-stelle"),
    Case("de", de("Ich mache alles Nötige für die Einarbeitung gern selbst."), id="de-alles-noetige"),
    Case("de", de("Ich würde mich über die Gelegenheit freuen, das Team kennenzulernen."), id="de-gelegenheit"),
]

test_fires, test_silent = make_tests(RULE, FIRES, SILENT)
