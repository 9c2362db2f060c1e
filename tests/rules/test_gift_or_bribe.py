from rulecase import Case, make_tests

RULE = "gift-or-bribe"


def en(*sentences):
    return ("Dear Mr. Okafor,\n\nThank you for the interview on Tuesday and for the tour of the warehouse. "
            + " ".join(sentences) + "\n\nKind regards,\nJamal Reed\n")


def de(*sentences):
    return ("Sehr geehrter Herr Braun,\n\nvielen Dank für das Gespräch am Dienstag und den Rundgang durch das "
            "Lager. " + " ".join(sentences) + "\n\nMit freundlichen Grüßen\nJamal Reed\n")


FIRES = [
    Case("en", en("Enjoy the coffee gift card I sent.", "I hope to hear from you soon."),
         expect=[("gift card", "warning")], id="en-catalog-gift-card"),
    Case("en", en("A $25 Starbucks gift card is enclosed as a small thank-you.", "I look forward to next steps."),
         expect=[("gift card", "warning")], id="en-enclosed"),
    Case("en", en("I sent you a small gift to say thanks.", "The role is a great fit for me."),
         expect=[("gift", "warning")], id="en-sent-you-a-gift"),
    Case("en", en("I've left a bottle of wine at reception for you.",),
         expect=[("bottle of wine", "warning")], id="en-bottle-of-wine"),
    Case("en", en("I got two tickets for you to Saturday's game.",),
         expect=[("tickets", "warning")], id="en-tickets-for-you"),
    Case("en", en("Please accept a voucher for the bakery next door as a token of my thanks."),
         expect=[("voucher", "warning")], id="en-voucher"),
    Case("en", en("I loved the gift-card product your team builds, so I've attached a gift card for you."),
         expect=[("gift card", "warning")], id="en-product-then-real-gift"),
    Case("de", de("Ich habe Ihnen einen Gutschein geschickt.", "Ich freue mich auf Ihre Rückmeldung."),
         expect=[("Gutschein", "warning")], id="de-catalog-gutschein"),
    Case("de", de("Anbei finden Sie einen Amazon-Gutschein als kleines Dankeschön."),
         expect=[("Amazon-Gutschein", "warning")], id="de-amazon-gutschein"),
    Case("de", de("Ich habe eine Flasche Wein für Sie am Empfang hinterlassen."),
         expect=[("Flasche Wein", "warning")], id="de-flasche-wein"),
    Case("de", de("Als kleine Aufmerksamkeit habe ich Ihnen Pralinen geschickt."),
         expect=[("kleine Aufmerksamkeit", "warning")], id="de-kleine-aufmerksamkeit"),
    Case("de", de("Ein kleines Präsent für Sie ist unterwegs."),
         expect=[("Präsent", "warning")], id="de-praesent"),
    Case("de", de("Ich habe zwei Karten für Sie an der Kasse hinterlegt."),
         expect=[("Karten", "warning")], id="de-karten-fuer-sie"),
]

SILENT = [
    Case("en", en("Thanks for the coffee during the interview.", "It made the long afternoon easy."),
         id="en-catalog-coffee"),
    Case("en", en("I loved hearing about the gift-card product your team builds."), id="en-gift-card-product"),
    Case("en", en("Your gift card fraud work is impressive."), id="en-gift-card-fraud"),
    Case("en", en("Thank you for the gift of your time."), id="en-gift-of-time"),
    Case("en", en("You have a real gift for making candidates feel at ease."), id="en-a-gift-for"),
    Case("en", en("Thanks for the parking voucher you gave me; it made the day easy."), id="en-received-voucher"),
    Case("en", en("I used the parking voucher from reception, which was very kind."), id="en-used-voucher"),
    Case("en", en("I bought tickets for the logistics conference next month, so I may see you there."),
         id="en-own-tickets"),
    Case("en", en("I will present my portfolio at the next round."), id="en-present-verb"),
    Case("en", en("I sent you my portfolio and the two references you asked for."), id="en-sent-documents"),
    Case("de", de("Danke auch für den Kaffee.", "Das Gespräch hat mir viel Freude gemacht."), id="de-catalog-kaffee"),
    Case("de", de("Ihre Gutscheinplattform hat mich beeindruckt."), id="de-gutscheinplattform"),
    Case("de", de("Danke für den Parkgutschein, das hat den Tag leichter gemacht."), id="de-received-parkgutschein"),
    Case("de", de("Vielen Dank für die Blumen, Ihr Lob hat mich sehr gefreut."), id="de-danke-fuer-die-blumen"),
    Case("de", de("Ihre Zeit war für mich ein echtes Geschenk."), id="de-figurative-geschenk"),
    Case("de", de("Danke, dass Sie mir so viel Zeit geschenkt haben."), id="de-zeit-geschenkt"),
    Case("de", de("Vielen Dank für Ihre Aufmerksamkeit."), id="de-aufmerksamkeit"),
    Case("de", de("Ich habe Karten für die Logistikmesse gekauft."), id="de-own-karten"),
    Case("de", de("Anbei finden Sie meine Zeugnisse."), id="de-anbei-documents"),
]

test_fires, test_silent = make_tests(RULE, FIRES, SILENT)
