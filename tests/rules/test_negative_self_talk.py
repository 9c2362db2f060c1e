from rulecase import Case, make_tests
from rulecase import de_letter as de
from rulecase import en_letter as en

RULE = "negative-self-talk"




W = "warning"

FIRES = [
    Case("en", en("Thank you for meeting with me on Tuesday about the Data Analyst role. I know I'm not the most "
                  "qualified candidate, but I would bring a lot of energy to the reporting team."),
         expect=[("I know I'm not the most qualified candidate", W)], id="en-catalog-not-the-most"),
    Case("en", en("Thank you for your time yesterday. I was so nervous that I rambled through the question about "
                  "forecasting. I hope my CV speaks for itself."),
         expect=[("I was so nervous", W), ("I rambled", W)], id="en-nervous-rambled"),
    Case("en", en("Thanks for the conversation about the analytics platform. I messed up the SQL exercise, and "
                  "I probably didn't come across as confident as I am. I'd still love to join the team."),
         expect=[("I messed up", W), ("I probably didn't", W)], id="en-messed-up-probably"),
    Case("en", en("Thank you for the panel interview. I'm not sure I'm qualified for the lead part of the role, "
                  "but I learn quickly."),
         expect=[("I'm not sure I'm qualified", W)], id="en-not-sure-qualified"),
    Case("en", en("Thank you for showing me the lab. I blanked on the last question about sampling bias; my "
                  "mind went blank after a long day."),
         expect=[("I blanked", W), ("my mind went blank", W)], id="en-blanked"),
    Case("en", en("Thank you for your time. I was a little nervous at the start, and I'm afraid I didn't explain "
                  "the churn model well."),
         expect=[("I was a little nervous", W), ("I'm afraid I didn't explain", W)], id="en-afraid-didnt"),
    Case("en", en("I enjoyed the case discussion, even though I bombed the market sizing question and I may not be "
                  "the strongest candidate on paper."),
         expect=[("I bombed the market sizing question", W), ("I may not be the strongest", W)], id="en-bombed"),
    Case("en", en("Thank you for the call. My nerves got the better of me, and I froze when you asked about "
                  "stakeholder conflicts."),
         expect=[("My nerves got the better of me", W), ("I froze", W)], id="en-nerves-froze"),
    Case("de", de("vielen Dank für das Gespräch am Dienstag. Ich weiß, dass ich nicht die Qualifizierteste bin, "
                  "aber ich arbeite mich schnell ein."),
         expect=[("Ich weiß, dass ich nicht die Qualifizierteste", W)], id="de-catalog-qualifizierteste"),
    Case("de", de("vielen Dank für Ihre Zeit. Ich war sehr nervös und habe mich bei der Frage zur Budgetplanung "
                  "mehrfach verhaspelt."),
         expect=[("Ich war sehr nervös", W)], id="de-nervoes"),
    Case("de", de("danke für das Gespräch gestern. Anfangs war ich etwas nervös, und ich habe mich bei der "
                  "Präsentation verhaspelt. Ich bin wohl nicht die erste Wahl, aber hoch motiviert."),
         expect=[("war ich etwas nervös", W), ("ich habe mich bei der Präsentation verhaspelt", W),
                 ("Ich bin wohl nicht", W)], id="de-verhaspelt-wohl-nicht"),
    Case("de", de("herzlichen Dank für den Einblick in Ihr Labor. Bei der Statistikfrage hatte ich leider einen "
                  "Blackout, und ich habe wohl keinen guten Eindruck hinterlassen."),
         expect=[("einen Blackout", W), ("keinen guten Eindruck hinterlassen", W)], id="de-blackout-eindruck"),
    Case("de", de("vielen Dank für das Gespräch. Ich bin zwar nicht der erfahrenste Entwickler, habe aber drei "
                  "Jahre mit Kafka gearbeitet. Vor lauter Aufregung habe ich das Beispiel vergessen."),
         expect=[("Ich bin zwar nicht der erfahrenste", W), ("Vor lauter Aufregung", W)], id="de-erfahrenste"),
]

SILENT = [
    Case("en", en("Thank you for the conversation on Tuesday. You noted I lack Tableau; I've since been certified, "
                  "and I rebuilt our sales dashboard in it last week."), id="en-catalog-near-miss"),
    Case("en", en("Thank you for putting me at ease. I wasn't nervous for long, and I enjoyed the discussion "
                  "about your forecasting pipeline."), id="en-negated-nervous"),
    Case("en", en("I was not nervous at all; the team made the afternoon feel like a working session. "
                  "I'd welcome the chance to continue it."), id="en-not-nervous"),
    Case("en", en("You asked about data privacy. I blanked out the client names in the sample I sent, and I froze "
                  "the scope early in that project to ship on time."), id="en-blanked-out-froze-scope"),
    Case("en", en("I probably didn't mention that I also maintain the dbt models at my current job; I'd be glad "
                  "to walk you through them."), id="en-probably-didnt-mention"),
    Case("en", en("I stumbled upon your engineering blog last year, and our talk about the messaging queue "
                  "confirmed how much I want to join."), id="en-stumbled-upon"),
    Case("en", en("The candidate experience was great: your recruiter explained that many people get nervous in "
                  "case interviews, which I appreciated."), id="en-others-nervous"),
    Case("en", en("Our conversation about the most ambitious migration I led was a highlight for me. "
                  "I'm confident I can bring the same focus to your team."), id="en-most-ambitious"),
    Case("de", de("vielen Dank für das Gespräch. Sie vermissten Tableau-Erfahrung; inzwischen bin ich zertifiziert "
                  "und habe ein erstes Dashboard gebaut."), id="de-catalog-near-miss"),
    Case("de", de("danke für die angenehme Atmosphäre. Ich war gar nicht nervös, weil Sie das Gespräch so offen "
                  "geführt haben."), id="de-gar-nicht-nervoes"),
    Case("de", de("vielen Dank für Ihre Zeit. Ich bin wohl nicht die Einzige, die sich für die Stelle begeistert, "
                  "aber meine fünf Jahre im Controlling passen genau."), id="de-nicht-die-einzige"),
    Case("de", de("wie versprochen sende ich Ihnen die Arbeitsprobe. Ich habe Ihnen versprochen, auch das "
                  "Zertifikat nachzureichen; es liegt bei."), id="de-versprochen"),
    Case("de", de("Ihre offene Art hat mir jede Nervosität genommen. Besonders die Frage nach der Migration "
                  "hat mich gereizt."), id="de-nervositaet-genommen"),
    Case("de", de("vielen Dank für das Gespräch. Ich bin mir sicher, dass ich das Team mit meiner Erfahrung "
                  "in SAP gut ergänzen kann."), id="de-selbstsicher"),
]

test_fires, test_silent = make_tests(RULE, FIRES, SILENT)
