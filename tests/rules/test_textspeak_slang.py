import notelint
from rulecase import Case, make_tests
from rulecase import de_letter as de
from rulecase import en_letter as en

RULE = "textspeak-slang"




W, I = "warning", "info"

FIRES = [
    Case("en", en("Thx for ur time on Monday. I enjoyed the discussion about the data pipeline."),
         expect=[("Thx", W), ("ur", W)], id="en-catalog"),
    Case("en", en("Thank you for the interview. I'm gonna send u the portfolio tonight, pls let me know if the "
                  "link works."),
         expect=[("gonna", W), ("u", W), ("pls", W)], id="en-gonna-u-pls"),
    Case("en", en("Thanks for the call. BTW, I finished the AWS course, and tbh the labs were kinda fun."),
         expect=[("BTW", W), ("tbh", W), ("kinda", W)], id="en-btw-tbh-kinda"),
    Case("en", en("Thank you for the tour, lol, I still can't believe the robot arm. idk how you keep it so "
                  "quiet cuz it's huge."),
         expect=[("lol", W), ("idk", W), ("cuz", W)], id="en-lol-idk-cuz"),
    Case("en", en("Thank you for your time. I wanna learn more about the platform, and ty again for the "
                  "coffee, omg it was good."),
         expect=[("wanna", W), ("ty", W), ("omg", W)], id="en-wanna-ty-omg"),
    Case("de", de("Thx, war mega! Das Gespräch über die Routenplanung hat mir sehr gefallen."),
         expect=[("Thx", W), ("mega", W)], id="de-catalog"),
    Case("de", de("vielen Dank für das Gespräch. Der Workshop war voll cool und echt krass, einfach der Hammer."),
         expect=[("voll", W), ("cool", I), ("krass", W), ("Hammer", W)], id="de-voll-cool-krass-hammer"),
    Case("de", de("danke für die Einladung, die Tour durchs Lager war geil. Vlt sehen wir uns bald wieder, "
                  "und LG an das ganze Team!"), expect=[("geil", W), ("Vlt", W), ("LG", W)], id="de-geil-vlt-lg"),
    Case("de", de("vielen Dank für das Gespräch, das war sehr aufschlussreich. Die Unterlagen folgen morgen, "
                  "lg auch an Herrn Maier."), expect=[("lg", W)], id="de-lg-klein"),
    Case("de", de("vielen Dank für das Gespräch. Mega, dass ich das Team kennenlernen durfte. Btw, die "
                  "Unterlagen schicke ich morgen."),
         expect=[("Mega", W), ("Btw", W)], id="de-mega-satzanfang-btw"),
]

SILENT = [
    Case("en", en("Thanks for the U.S. office tour and for introducing me to the US-based analytics team."),
         id="en-catalog-us"),
    Case("en", en("Thank you for the interview. The story about the U-turn on pricing, section (u) of the "
                  "contract and the IMO audit were all new to me."), id="en-u-turn-label-imo"),
    Case("en", en("Thank you for the interview. I worked with Ty Burrell's production company and wrote a "
                  "paper on Ur in Mesopotamia."), id="en-names"),
    Case("en", en("Thank you for the conversation. I'm going to send the portfolio tonight; please let me know "
                  "if the link works.", closing="Thx,\nAna"), id="en-signoff-left-to-closing-rule"),
    Case("en", "Dear Ms. Lee,\n\nThank you for the interview on Monday. I enjoyed the discussion about the data "
               "pipeline and the team.\n\nThx, A.\n", id="en-thx-signoff-without-closing"),
    Case("en", en("Thank you for the interview. I've led B2B sales in the UK and the USA, and I'm glad to "
                  "share more about it."), id="en-country-codes"),
    Case("en", en("Thank you for meeting me. Your point about thinking in cohorts, not users, stayed with me, "
                  "and I'd like to apply it to churn."), id="en-plain"),
    Case("de", de("vielen Dank für die Führung im US-Büro, u. a. im Labor, z. B. beim Megawatt-Projekt und "
                  "beim Mega-Projekt in Hamburg."), id="de-catalog-us-buero"),
    Case("de", de("vielen Dank für das Gespräch. Hinter dem Konzept stehe ich voll und ganz. Mein "
                  "Referendariat habe ich am LG Köln gemacht."), id="de-voll-und-ganz-landgericht"),
    Case("de", de("vielen Dank für den Rundgang. Der Hammer lag noch auf der Werkbank, als Sie mir die "
                  "Fertigung zeigten."), id="de-hammer-werkzeug"),
    Case("de", de("vielen Dank für das Gespräch. Die Unterlagen sende ich bis Freitag.", closing="LG\nAna"),
         id="de-lg-als-grussformel"),
    Case("de", de("vielen Dank für das Gespräch. Die Unterlagen sende ich bis Freitag.\nLG Ana"),
         id="de-lg-zeile-ist-grussformel"),
    Case("de", de("vielen Dank für das Gespräch. Vor meinem Wechsel habe ich bei LG Electronics und am LG "
                  "München gearbeitet."), id="de-lg-firma-gericht"),
    Case("de", de("vielen Dank für das Gespräch. Ihre Anmerkungen zur u.a. sehr gut dokumentierten Schnittstelle "
                  "haben mir geholfen."), id="de-ua-ohne-leerzeichen"),
]

test_fires, test_silent = make_tests(RULE, FIRES, SILENT)


def _fixes(text, lang="en"):
    return [(text[f.start:f.end], f.replacement) for f in notelint.lint(text, lang=lang, select=[RULE])]


def test_clear_cases_offer_the_long_form():
    text = en("Thx for ur time. I'm gonna send u the deck, pls check it, and BTW the link is in the footer.")
    assert _fixes(text) == [("Thx", "Thanks"), ("ur", "your"), ("gonna", "going to"), ("u", "you"),
                            ("pls", "please"), ("BTW", "by the way")]


def test_german_fixes():
    text = de("Thx für das Gespräch. Vlt können wir nächste Woche telefonieren.")
    assert _fixes(text, "de") == [("Thx", "Danke"), ("Vlt", "Vielleicht")]


def test_lower_cased_gate_finds_what_case_blind_matching_finds():
    """The gate reads the lower-cased content without re.IGNORECASE; that finds what case-blind
    matching finds only while the words are lower case and lower-casing keeps every character what the
    patterns see of it. Every character is checked, except the ones the rule sends past the gate."""
    import re
    import sys

    from notelint.rules import textspeak_slang as rule
    from notelint.rules._tone import CASE_BLIND_ONLY

    for lang, entries in rule.SLANG.items():
        for word, _, _ in entries:
            assert word == word.lower(), (lang, word)
    word_char, context = re.compile(r"\w"), re.compile(r"[\w.\-'&/@]")
    ascii_word = re.compile(r"[a-z0-9']", re.IGNORECASE)

    def keeps(char):
        low = char.lower()
        if len(low) != 1:
            return False
        for test in (word_char, context):
            if bool(test.match(char)) != bool(test.match(low)):
                return False
        if not ascii_word.match(char):
            return True
        return ascii_word.match(low) is not None and low.isascii() and re.fullmatch(re.escape(low), char, re.I) is not None

    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert keeps(char) or char in CASE_BLIND_ONLY, hex(code)
    assert not any(keeps(char) for char in CASE_BLIND_ONLY)


def test_case_blind_only_letters_skip_the_gate():
    # "plſ" (a long s) is "pls" to case-blind matching, but not once lower-cased
    [finding] = notelint.lint(en("Thank you for the interview, plſ send the slides when you can."),
                              lang="en", select=[RULE])
    assert finding.message.startswith("'plſ'")
