"""gift-or-bribe (NL502): the note comes with a gift card, voucher or present.

What it does
    Warns when the writer gives the interviewer something: a gift card,
    voucher or gift certificate, a present, a bottle of wine, flowers,
    tickets for them (Gutschein, Geschenk, Präsent, Flasche Wein, Blumen,
    "eine kleine Aufmerksamkeit"). The gift word must come with a sign of
    giving ("I sent", "enclosed", "enjoy", "for you", "as a thank-you";
    "ich habe Ihnen ... geschickt", "anbei", "für Sie", "als Dankeschön").
    The span is the gift word.

    Silent: thanks for something the interviewer gave you ("Thanks for the
    coffee", "Danke für den Parkgutschein"), the employer's product ("the
    gift-card product your team builds", "Ihre Gutscheinplattform"), and
    figures of speech ("the gift of your time", "a gift for storytelling").

Why
    A gift to the person deciding on your application looks like an attempt
    to buy a favour; many employers must refuse or report it, and it makes
    the interviewer uncomfortable. A sincere note is the thank-you
    [S11, S32, S50].

Example
    Fires::

        Enjoy the coffee gift card I sent.

        Ich habe Ihnen einen Gutschein geschickt.

    Passes::

        Thanks for the coffee during the interview.

        Danke auch für den Kaffee.
"""

from __future__ import annotations

from notelint import lazyre
from notelint.findings import Problem
from notelint.patterns import PatternSet
from notelint.registry import Rule

from ._content import compounds, content_sentences, within

GIFTS = PatternSet({
    "en": {
        "gift": [
            "gift -? card|cards|certificate|certificates",
            "e -? gift -? card|cards",
            "egift card|cards",
            "giftcard|giftcards",
            "voucher|vouchers",
            "gift|gifts",
            "a|small|little|tiny present",
            "bottle of wine|champagne|prosecco|whisky|whiskey|bubbly|scotch|bourbon",
            "bouquet|flowers",
            "box of chocolates",
            "chocolates",
            "gift basket|hamper|box",
            "hamper",
            "a little something",
        ],
        "tickets": ["tickets|ticket"],
    },
    "de": {
        "gift": [
            "kleine|kleines aufmerksamkeit",
            "flasche|fläschchen wein|sekt|champagner|whisky|prosecco|rotwein|weißwein",
            "blumen|blumenstrauß|pralinen",
        ],
        "tickets": ["karten|tickets|eintrittskarten"],
    },
})
#: German gift words are compounds (Amazon-Gutschein, Geschenkkarte); matched as whole tokens.
DE_GIFT = lazyre.compile(
    r"[a-zäöüß-]*gutschein(?:e|en|karte|karten|code|codes|s)?|[a-zäöüß-]*geschenk(?:e|en|chen|karte|karten|korb|box)?"
    r"|präsent(?:e|korb|körbe)?"
)
DE_DOMAIN_PART = lazyre.compile(r".*gutschein(?:system|plattform|software|app|modul|programm|geschäft|verkauf|markt|lösung).*")

#: Signs that the writer is the one giving.
GIVING = PatternSet({
    "en": {
        "give": [
            "i _{0,3} sent|send|sending|left|leaving|dropped|ordered|mailed|shipped|bought|included|attached|enclosed|added|put",
            "i _{0,2} got|bought|picked you|your",
            "enclosed|attached|inside|enjoy|here 's|here is|treat yourself|on me|my treat",
            "please accept",
            "as a small|little|tiny? thank -? you|thanks|token",
            "a small|little token",
            "token of my appreciation|thanks|gratitude",
            "for you|yourself",
            "for your team|desk|office",
        ],
        "recipient": [
            "for you|yourself",
            "for your team|family",
            "i _{0,3} sent|send|sending|got|bought|ordered|left you",
            "you and your team|partner",
        ],
    },
    "de": {
        "give": [
            "ich habe|hab _{0,5} geschickt|gesendet|geschenkt|beigelegt|beigefügt|mitgeschickt|hinterlassen|hinterlegt|bestellt|zukommen",
            "habe|hab ich _{0,5} geschickt|gesendet|geschenkt|beigelegt|beigefügt|mitgeschickt|hinterlassen|hinterlegt|bestellt|zukommen",
            "ich schicke|sende|lasse|lege|hinterlege",
            "anbei|beiliegend|beigefügt|beigelegt",
            "genießen sie",
            "lassen sie _{0,3} schmecken",
            "als _{0,2} dankeschön|anerkennung|dank",
            "für sie|euch",
            "für ihr team|büro",
        ],
        "recipient": [
            "für sie|euch",
            "für ihr team",
            "ich habe|hab ihnen|dir|euch",
            "habe|hab ich ihnen|dir|euch",
            "ich schicke|sende ihnen",
        ],
    },
})
#: Signs that the interviewer gave it, so the note thanks them for it.
RECEIVING = PatternSet({
    "en": [
        "thank|thanks you? _{0,2} for",
        "you _{0,2} gave|handed|sent|offered|provided|arranged me|us",
        "i _{0,2} received|used|redeemed",
    ],
    "de": [
        "danke|dank|bedanke _{0,3} für",
        "sie mir _{0,4} gegeben|geschenkt|überreicht|geschickt|angeboten",
        "ich _{0,3} erhalten|bekommen|eingelöst",
    ],
})
#: A word after the gift word that makes it the employer's product or business.
DOMAIN_NEXT = {
    "en": {
        "product", "products", "platform", "team", "program", "programs", "fraud", "business", "industry", "market",
        "app", "feature", "features", "api", "integration", "checkout", "redemption", "sales", "marketplace",
        "startup", "service", "system", "provider", "providers", "partners", "launch", "rollout", "space", "idea",
        "project", "flow", "campaign", "campaigns", "company", "economy",
        "processing", "balance", "balances", "revenue", "volume", "volumes", "data", "analytics",
    },
    "de": {"system", "plattform", "software", "app", "programm", "geschäft", "markt", "lösung", "team", "projekt"},
}
#: After "gift" alone, these make it a figure of speech or a shop ("the gift of your time", "a gift for words").
GIFT_WORD_NEXT = {"of", "for", "shop", "shops", "guide", "guides", "wrapping", "wrap"}


def _gift_spans(note, doc, sent):
    spans = [(s.start, s.end, s.label_) for s in GIFTS.find(doc) if sent.start <= s.start < sent.end]
    if note.language == "de":
        for tok in compounds(doc, DE_GIFT, sent.start_char, sent.end_char):
            if not DE_DOMAIN_PART.fullmatch(tok.lower_) and not any(s <= tok.i < e for s, e, _ in spans):
                spans.append((tok.i, tok.i + 1, "gift"))
    return sorted(spans)


def _domain_sense(doc, start, end, lang) -> bool:
    nxt = end + 1 if end < len(doc) and doc[end].text == "-" else end
    following = doc[nxt].lower_ if nxt < len(doc) else ""
    if following in DOMAIN_NEXT[lang]:
        return True  # "your gift card platform"
    if lang == "en" and doc[end - 1].lower_ in ("gift", "gifts") and following in GIFT_WORD_NEXT:
        # "the gift of your time", "a gift for storytelling"; but "a gift for you" is a gift
        after = doc[nxt + 1].lower_ if nxt + 1 < len(doc) else ""
        return not (following == "for" and after in ("you", "yourself", "your"))
    return False


def check(note, options):
    doc, lang = note.doc, note.language
    if not GIFTS.find(doc) and not (lang == "de" and compounds(doc, DE_GIFT)):
        return  # no gift word anywhere in the note (most notes): the giving and receiving cues cannot matter
    giving = GIVING.find(doc, labels=("give",))
    recipient = GIVING.find(doc, labels=("recipient",))
    receiving = RECEIVING.find(doc)
    for sent in content_sentences(note):
        gifts = [g for g in _gift_spans(note, doc, sent) if not _domain_sense(doc, g[0], g[1], lang)]
        if not gifts:
            continue
        gives, to_them, received = within(giving, sent), within(recipient, sent), within(receiving, sent)
        for start, end, label in gifts:
            cues = to_them if label == "tickets" else gives
            if not cues:
                continue
            # "Thanks for the voucher you gave me": received, unless the writer also says they gave
            if any(r.start < start for r in received) and not any(
                c.start < start and doc[c.start].lower_ in ("i", "ich") for c in gives
            ) and not any(c.start > start for c in gives):
                continue
            span = doc[start:end]
            yield Problem(
                span.start_char, span.end_char,
                f"Sending the interviewer a gift (\"{span.text}\") can look like an attempt to buy a favour, "
                "and many employers must refuse it.",
                suggestion="Leave the gift out: a specific, sincere note is the thank-you.",
            )
            break


RULE = Rule(
    code="NL502",
    name="gift-or-bribe",
    severity="warning",
    languages=("en", "de"),
    summary="The note comes with a gift card, voucher or present for the interviewer.",
    check=check,
)
