from rulecase import Case, make_tests
from rulecase import de_letter as de
from rulecase import en_letter as en

RULE = "criticizes-interviewer"




W = "warning"

FIRES = [
    Case("en", en("Thank you for the interview on Monday. You misunderstood my budget answer: I managed the "
                  "full 2 million, not a part of it."),
         expect=[("You misunderstood", W)], id="en-catalog"),
    Case("en", en("Thanks for your time. As I clearly said in the interview, I led the migration myself. "
                  "You didn't ask about my Rust work, so here it is."),
         expect=[("As I clearly said", W), ("You didn't ask", W)], id="en-clearly-said-didnt-ask"),
    Case("en", en("Thank you for the call. Your hiring process is broken, and you should really fix the "
                  "scheduling tool before the next round."),
         expect=[("Your hiring process is broken", W), ("you should really fix", W)], id="en-process-advice"),
    Case("en", en("With all due respect, you interrupted me twice during the case study. I'd like to finish "
                  "my answer here."),
         expect=[("With all due respect", W), ("you interrupted me", W)], id="en-respect-interrupted"),
    Case("en", en("Thank you for the panel. You seemed a bit distracted during my presentation, so I attach "
                  "the slides again. You need to update the careers page too."),
         expect=[("You seemed a bit distracted", W), ("You need to update", W)], id="en-distracted-need-to"),
    Case("en", en("Thanks for the conversation. You may have misunderstood my notice period; as I said twice, "
                  "it is one month."),
         expect=[("You may have misunderstood", W), ("as I said twice", W)], id="en-softened"),
    Case("de", de("vielen Dank für das Gespräch. Sie haben mich missverstanden: Ich habe das Budget allein "
                  "verantwortet."),
         expect=[("Sie haben mich missverstanden", W)], id="de-catalog"),
    Case("de", de("vielen Dank für Ihre Zeit. Wie ich bereits deutlich sagte, habe ich das Team geleitet. "
                  "Sie sollten unbedingt Ihr Onboarding überarbeiten."),
         expect=[("Wie ich bereits deutlich sagte", W), ("Sie sollten unbedingt", W)], id="de-deutlich-sollten"),
    Case("de", de("danke für das Gespräch. Ihr Bewerbungsprozess ist veraltet, und bei allem Respekt: Sie haben "
                  "mich nie nach Python gefragt."),
         expect=[("Ihr Bewerbungsprozess ist veraltet", W), ("bei allem Respekt", W),
                 ("Sie haben mich nie nach Python gefragt", W)], id="de-prozess-respekt-gefragt"),
    Case("de", de("vielen Dank für das Gespräch. Sie haben mich mehrfach unterbrochen, daher hier meine Antwort "
                  "zur Budgetfrage. Sie sollten Ihre Stellenanzeige überarbeiten."),
         expect=[("Sie haben mich mehrfach unterbrochen", W), ("Sie sollten Ihre Stellenanzeige überarbeiten", W)],
         id="de-unterbrochen-ratschlag"),
]

SILENT = [
    Case("en", en("Thank you for the interview. My budget answer may have been unclear; here's an example: "
                  "I owned the full 2 million."), id="en-catalog-near-miss"),
    Case("en", en("Thank you for the conversation. As I mentioned in the interview, I led the migration, and "
                  "I'd bring that to your platform team."), id="en-as-i-mentioned"),
    Case("en", en("Thank you for your time. You asked about Rust; I've since finished the ownership chapter "
                  "and a small CLI."), id="en-you-asked"),
    Case("en", en("Thank you for the call. You should receive my references by Friday, and you should feel "
                  "free to contact them directly."), id="en-you-should-receive"),
    Case("en", en("Thank you for the interview. Whenever you need to update the dashboards, I can help, and if "
                  "you have to change the schema I've done that before."), id="en-conditional-need-to"),
    Case("en", en("Thank you for the tour. You mentioned your reporting system is outdated; I've migrated "
                  "three such systems."), id="en-reported-outdated"),
    Case("en", en("Thank you for the interview. Your interview process was a pleasure, and I appreciated how "
                  "you ran late to fit me in."), id="en-process-praise"),
    Case("en", en("Thank you for the chat. You interrupted your own meeting to show me the lab, which I "
                  "really appreciated."), id="en-interrupted-meeting"),
    Case("de", de("vielen Dank für das Gespräch. Meine Antwort war vielleicht unklar; hier ein Beispiel aus "
                  "meinem letzten Projekt."), id="de-catalog-near-miss"),
    Case("de", de("vielen Dank für Ihre Zeit. Wie bereits erwähnt, habe ich das Team zwei Jahre geleitet. "
                  "Sie sollten meine Unterlagen bereits erhalten haben."), id="de-wie-bereits-erwaehnt"),
    Case("de", de("vielen Dank für das Gespräch. Ihr Bewerbungsprozess ist sehr gut strukturiert, und Sie "
                  "haben nicht nur nach Python gefragt, sondern auch nach Go."), id="de-lob-nicht-nur"),
    Case("de", de("vielen Dank für das Gespräch. Der Ablauf war zu meiner vollsten Zufriedenheit, und Sie "
                  "erwähnten, dass Ihr System veraltet ist; genau das habe ich schon zweimal migriert."),
         id="de-ablauf-erwaehnten"),
    Case("de", de("vielen Dank für das offene Gespräch. Sie haben mich gefragt, wie ich Prioritäten setze; "
                  "anbei ein Beispiel."), id="de-sie-haben-gefragt"),
]

test_fires, test_silent = make_tests(RULE, FIRES, SILENT)
