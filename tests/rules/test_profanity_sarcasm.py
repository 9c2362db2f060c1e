import notelint
from rulecase import Case, make_tests
from rulecase import de_letter as de
from rulecase import en_letter as en

RULE = "profanity-sarcasm"




E, W, I = "error", "warning", "info"

FIRES = [
    Case("en", en("Thank you for the interview on Monday. Getting there was a bitch, but the conversation made "
                  "up for it."),
         expect=[("bitch", E)], id="en-catalog"),
    Case("en", en("Thanks for your time. It was a hell of a commute, and damn, your coffee machine is good."),
         expect=[("a hell of a", E), ("damn", E)], id="en-hell-of-a-damn"),
    Case("en", en("Thank you for the tour. The old dashboard looked like crap next to yours, and I'm sooo glad "
                  "you showed me the new one."),
         expect=[("crap", E), ("sooo", W)], id="en-crap-elongation"),
    Case("en", en("Thank you for the interview. I loved hearing about your 'innovative' roadmap and the "
                  "\"agile\" planning sessions."),
         expect=[("'innovative'", W), ('"agile"', W)], id="en-scare-quotes"),
    Case("en", en("Thank you for the call. I promise I'll never mention the printer again, just kidding! "
                  "Your team was great, lol jk."),
         expect=[("just kidding", I), ("lol jk", I)], id="en-jokes"),
    Case("en", en("Thanks for the interview. WTF was that last brainteaser, and who writes these shitty "
                  "puzzles?"),
         expect=[("WTF", E), ("shitty", E)], id="en-wtf-shitty"),
    Case("en", en("Thank you for your time. The pain in the ass part of the job, the on-call rota, doesn't "
                  "scare me. It was soooo good to meet the team."),
         expect=[("ass", E), ("soooo", W)], id="en-ass-soooo"),
    Case("de", de("vielen Dank für das Gespräch. Die Anfahrt war scheiße, aber das Gespräch hat sich gelohnt."),
         expect=[("scheiße", E)], id="de-catalog"),
    Case("de", de("vielen Dank für Ihre Zeit. Der Stau war verdammt lang, und bei der Parkplatzsuche habe ich "
                  "die Arschkarte gezogen."),
         expect=[("verdammt", E), ("Arschkarte", E)], id="de-verdammt-arschkarte"),
    Case("de", de("vielen Dank für die Einladung. So ein Mist, dass der Zug ausfiel! Ihre „innovative“ "
                  "Strategie fand ich seeehr spannend."),
         expect=[("So ein Mist", W), ("„innovative“", W), ("seeehr", W)], id="de-mist-anfuehrung-dehnung"),
    Case("de", de("vielen Dank für das Gespräch. Das Wetter war beschissen, nur Spaß! Die Führung war "
                  "suuuper."),
         expect=[("beschissen", E), ("nur Spaß", I), ("suuuper", W)], id="de-beschissen-spass"),
]

SILENT = [
    Case("en", en("Thank you for the interview. Getting there took a while, but the conversation about the "
                  "analytics platform was worth it."), id="en-catalog-near-miss"),
    Case("en", en("Thank you for the interview. I grew up near Scunthorpe, passed the assessment last year "
                  "and took a class on Hellenistic trade routes."), id="en-scunthorpe-assessment-class"),
    Case("en", en("Thank you for walking me through the 'Atlas' project and the \"Orion\" rollout; both map "
                  "well to my experience."), id="en-quoted-names"),
    Case("en", en("Thank you for the conversation. You called it 'scrappy', and I liked the term 'flywheel' "
                  "you used for the growth loop."), id="en-reported-and-named-words"),
    Case("en", en("Thank you for your time today. Your question about the 'why' behind our caching layer made "
                  "me think, and I wrote up the 'how' as well."), id="en-question-words-as-nouns"),
    Case("en", en("Thank you for the interview. Ass. Prof. Kim sends her regards; she supervised my thesis on "
                  "passenger flows."), id="en-abbreviation"),
    Case("en", en("Thank you for the interview. See www.example.com for the demo; the steps (i), (ii) and "
                  "(iii) are in the README. Hmmm, I also added the Brrr test."), id="en-www-roman-hmm"),
    Case("en", en("Thank you for your time. I'm glad the bass section of the company choir needs singers, "
                  "and the classic hello-world demo ran."), id="en-embedded-words"),
    Case("de", de("vielen Dank für das Gespräch. Die Anfahrt dauerte etwas, aber das Gespräch hat sich "
                  "gelohnt."), id="de-catalog-near-miss"),
    Case("de", de("vielen Dank für die Einladung. Ich wohne am Hellweg, nutze Mistral für Prototypen und war "
                  "beim Marsch durch Warschau dabei."), id="de-hellweg-mistral-warschau"),
    Case("de", de("vielen Dank für das Gespräch. Die harsche Kritik an der Schifffahrt, die Kaffeeernte und "
                  "die Brennnessel-Studie fand ich spannend."), id="de-dreifachbuchstaben"),
    Case("de", de("vielen Dank für die Vorstellung des „Atlas“-Projekts. Sie nannten es „wendig“, und den "
                  "Begriff „agil“ verwenden Sie bewusst sparsam."), id="de-namen-und-zitate"),
    Case("de", de("vielen Dank für die Hofführung. Das Ausbringen von Mist und Gülle nach der neuen "
                  "Düngeverordnung kenne ich aus meiner Ausbildung."), id="de-mist-landwirtschaft"),
    Case("de", de("vielen Dank für das Gespräch. Nach dem Shitstorm im Frühjahr hat Ihr Team sehr besonnen "
                  "reagiert, das hat mich beeindruckt."), id="de-shitstorm"),
]

test_fires, test_silent = make_tests(RULE, FIRES, SILENT)


#: one word or phrase for each alternative of each word list
EVERY_ALTERNATIVE = {
    ("profanity", "en"): ["motherfucker", "f**cking", "bullshit", "bitching", "goddamn", "dammit", "crappy",
                          "jackass", "assholes", "bastards", "wtf", "fml", "pissed", "one hell of a",
                          "what the hell", "the hell out", "like hell", "hell no", "was pure hell"],
    ("profanity", "de"): ["Scheisse", "gefickt", "verdammte", "verarscht", "beschissene", "Kacke", "Kackwetter",
                          "Wichser", "Hurensohn", "fucking", "shit", "WTF"],
    ("mild", "de"): ["so ein Mist", "totaler Mist", "Mist!", "Mistkerl", "Miststück"],
    ("jokes", "en"): ["lol jk", "j/k", "just kidding", "only joking", "I'm kidding", "hahaha", "hehe"],
    ("jokes", "de"): ["haha jk", "nur Spaß", "kleiner Scherz", "Spass beiseite", "haha", "hehe", "kleiner Witz"],
}


def test_every_word_the_lists_catch_holds_one_of_their_cues():
    """A note holding none of a list's cues skips that list: each cue list must cover every alternative
    (a word added to a list without a cue would never be found; add the cue with the word)."""
    from notelint.rules import profanity_sarcasm as rule

    lists = {"profanity": rule.PROFANITY, "mild": rule.MILD, "jokes": rule.JOKES}
    for (kind, lang), words in EVERY_ALTERNATIVE.items():
        for word in words:
            found = lists[kind][lang].search(word)
            assert found is not None and found.group().rstrip("!") == word.rstrip("!"), (kind, lang, word)
            assert any(cue in word.lower() for cue in rule.CUES[kind][lang]), (kind, lang, word)


def test_quote_pattern_finds_what_its_plain_form_finds():
    """The scare-quote pattern tests the character before the opening quote after the quote (so the
    regex engine can skip to quote characters); it must find what the plain form finds, also in a
    range of a text, where the character before the range still counts."""
    import random
    import re

    from notelint.rules import profanity_sarcasm as rule

    word = r"([a-zäöüß][\w-]{2,})"
    plain = re.compile(r"(?<![\w'])(?:" + "|".join(f"{o}{word}{c}" for o, c in rule._QUOTES) + r")(?![\w'])")
    rng = random.Random(5)
    alphabet = "abcÄß-_1 .'\"„“‚«»”x\n"
    for _ in range(30_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        start, end = sorted((rng.randint(0, len(text)), rng.randint(0, len(text))))
        assert ([(m.span(), m.groups()) for m in rule._QUOTED.finditer(text, start, end)]
                == [(m.span(), m.groups()) for m in plain.finditer(text, start, end)]), (text, start, end)


def test_stretched_words_in_mixed_case():
    found = notelint.lint(en("Thank you for the tour. I am SoOo glad I came, and the demo was great."),
                          lang="en", select=[RULE])
    assert [f.message.split("'")[1] for f in found] == ["SoOo"]
