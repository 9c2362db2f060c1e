import notelint
from rulecase import Case, make_tests
from rulecase import de_letter as de
from rulecase import en_letter as en

RULE = "emoji-emoticon"




W = "warning"

FIRES = [
    Case("en", en("Thank you for the interview on Monday. Great talking today :)\nI look forward to hearing "
                  "about next steps."),
         expect=[(":)", W)], id="en-catalog-smiley"),
    Case("en", en("Thanks for the tour of the warehouse ;-) and for the coffee :D It was a pleasure."),
         expect=[(";-)", W), (":D", W)], id="en-wink-grin"),
    Case("en", en("Thank you for the interview 🙏 I really enjoyed meeting the team 👍🏽"),
         expect=[("🙏", W), ("👍🏽", W)], id="en-emoji-skin-tone"),
    Case("en", en("Thanks for the chat about the platform team. Back in full 👩🏽‍💻 mode now!"),
         expect=[("👩🏽‍💻", W)], id="en-zwj-sequence"),
    Case("en", en("Thank you for your time today. The Berlin office looked great 🇩🇪🎉🎉"),
         expect=[("🇩🇪🎉🎉", W)], id="en-flag-and-run"),
    Case("en", en("Thank you for the conversation. It was sad to hear the project was paused :( but I'd love "
                  "to help restart it."),
         expect=[(":(", W)], id="en-frown"),
    Case("en", en("Thanks so much for the interview, I loved the team <3"),
         expect=[("<3", W)], id="en-heart-text"),
    Case("en", en("Thank you for the interview. I enjoyed the design critique.", closing="Best,\nAna ❤️"),
         expect=[("❤️", W)], id="en-emoji-in-signature"),
    Case("de", de("vielen Dank für das nette Gespräch. Hat mich gefreut 😊"),
         expect=[("😊", W)], id="de-catalog-emoji"),
    Case("de", de("danke für die Führung durch das Lager :-) Ich melde mich nächste Woche mit den Unterlagen ^^"),
         expect=[(":-)", W), ("^^", W)], id="de-emoticons"),
    Case("de", de("vielen Dank für Ihre Zeit ☺ Die Aufgabe zur Routenplanung hat mir Spaß gemacht :))"),
         expect=[("☺", W), (":))", W)], id="de-text-smiley-double"),
    Case("de", de("vielen Dank für das Gespräch! Ich freue mich auf die nächste Runde XD"),
         expect=[("XD", W)], id="de-xd-at-line-end"),
]

SILENT = [
    Case("en", en("Thank you for the interview. Options we discussed: (a) remote, (b) hybrid, 8) on-site "
                  "twice a month."), id="en-catalog-enumeration"),
    Case("en", en("Thank you for meeting me at 10:30 on Tuesday. Q3: the revenue target you mentioned is "
                  "ambitious; my plan is at https://example.org/plan:v2."), id="en-times-labels-urls"),
    Case("en", en("Thank you for the design review. I've prototyped in Figma and Adobe XD, and I can keep "
                  "latency <3 ms on the search page."), id="en-adobe-xd-less-than"),
    Case("en", en("Thank you for the interview. The steps were (i) discovery, (ii) pilot and (iii) rollout; "
                  "I've done all three.", closing="Best regards,\nAna Ruiz\n☎ +49 30 1234567\n✉ ana@example.org"),
         id="en-roman-labels-signature-symbols"),
    Case("en", en("Thank you for the interview. I ticked off the checklist ✓ and rated the workshop ★★★★★ in "
                  "the survey."), id="en-text-symbols"),
    Case("en", en("Thank you for the interview. I've certified on Initech® tools and Acme™ pumps © 2025 "
                  "editions, and I'd bring that to the field team."), id="en-trademark-signs"),
    Case("en", en("Thank you for the case interview. The ratio was 3:2 in favour of option B (see slide 4)."),
         id="en-ratio-parenthesis"),
    Case("de", de("vielen Dank für das Gespräch. Varianten: (a) remote, (b) hybrid."), id="de-catalog-enumeration"),
    Case("de", de("vielen Dank für das Gespräch am Dienstag um 10:30 Uhr. Ziel für Q3: die Quote auf 80 % "
                  "steigern; mehr dazu unter https://example.de/plan."), id="de-uhrzeit-url"),
    Case("de", de("vielen Dank für die Einladung. Die drei Punkte waren 1) Budget, 2) Personal und 3) Zeitplan; "
                  "zu allen habe ich Ideen."), id="de-nummerierte-liste"),
    Case("de", de("vielen Dank für das Gespräch. Mein Portfolio finden Sie unter https://ana.example/arbeiten; "
                  "das Passwort lautet Atlas:2026."), id="de-url-passwort"),
    Case("de", de("vielen Dank für die Einladung. Das Verhältnis von Innen- zu Außendienst (3:1) passt gut, "
                  "und die Fahrzeit von 0:45 h ist machbar."), id="de-verhaeltnis-dauer"),
    Case("de", de("vielen Dank für das Gespräch.", closing="Mit freundlichen Grüßen\nAna Ruiz\n☎ 030 1234567"),
         id="de-telefonsymbol-signatur"),
    Case("en", en("Thank you for the interview. My notes are tagged ^important^ and #followup, and the demo "
                  "script is at ana.example/demo:D2."), id="en-tags-and-paths"),
    Case("de", de("vielen Dank für Ihre Zeit. Die Mischung aus Zahlen;Fakten und Gesprächen (z. B. mit dem "
                  "Vertrieb) hat mir gefallen."), id="de-semikolon-klammer"),
]

test_fires, test_silent = make_tests(RULE, FIRES, SILENT)


def _replacements(text, lang="en"):
    return [(text[f.start:f.end], f.replacement) for f in notelint.lint(text, lang=lang, select=[RULE])]


def test_deleting_is_offered_only_where_it_leaves_clean_text():
    text = en("Thank you for today!😊 It was great 👍 talking with you :)")
    assert _replacements(text) == [("😊", ""), ("👍", None), (":)", "")]
