"""salary-benefits (NL501): the note asks about pay, bonus, time off or perks.

What it does
    Finds the words for pay and benefits (salary range, compensation, PTO,
    vacation days, bonus, equity, stock options, benefits package, relocation
    package; Gehalt, Gehaltsspanne, Gehaltsvorstellung, Vergütung,
    Urlaubstage, Dienstwagen, Bonus, Zusatzleistungen) and warns when the
    writer raises them for themselves: in a question, next to "my"/"mein",
    with an amount, or with a verb such as confirm, discuss, expect, negotiate
    (bestätigen, besprechen, klären, verhandeln). One warning per sentence;
    the span is the pay word.

    Domain senses stay silent: the words as part of the employer's product or
    work ("the salary data pipeline you described", "your compensation
    analytics team", "our bonus-malus model", "pay equity", "Ihre Software
    für die Gehaltsabrechnung"), a sentence about a product, platform or
    customers without a personal cue, "benefits" as a verb or "the benefits
    of...", and idioms such as "as a bonus". When the note's ``role``
    metadata is itself about pay (Compensation Analyst, Payroll Specialist,
    Referentin Vergütung), only a personal cue ("my salary", "meine
    Gehaltsvorstellung") counts.

Why
    The thank-you note is for thanks and fit; pay and perks belong to the
    offer stage, and raising them here reads as if money is what you took
    away from the conversation [S13, S33, S34].

Example
    Fires::

        Could you confirm the salary range for the role?

        Wie hoch ist die Gehaltsspanne für die Stelle?

    Passes::

        I liked how the product benefits small clinics.

        Die Software bringt kleinen Praxen Vorteile.
"""

from __future__ import annotations

import re

from notelint import lazyre
from notelint.findings import Problem
from notelint.patterns import PatternSet
from notelint.registry import Rule

from ._content import compounds, content_sentences, within

TERMS = PatternSet({
    "en": {
        "strong": [  # always about the writer's own pay
            "salary|pay|compensation expectations|expectation|requirements|requirement|wishes",
            "expected|desired salary|compensation|pay",
        ],
        "term": [
            "salary|salaries",
            "salary|pay|compensation range|band|bands|level|offer|package|structure|details|scale|grade",
            "base|starting|annual|target salary|pay",
            "pay range|band|bands|scale|grade|rate|package|increase|raise|rise",
            "compensation",
            "pto",
            "paid time off",
            "paid leave",
            "vacation|holiday days|time|allowance|policy|entitlement",
            "days of vacation|pto|leave",
            "annual leave",
            "bonus|bonuses",
            "signing|joining bonus",
            "sign - on bonus",
            "bonus structure|scheme|plan|target",
            "equity",
            "equity grant|package|stake|component|offer|split",
            "stock options",
            "rsu|rsus",
            "benefits|benefit package|plan|plans|overview|details|summary",
            "benefits",
            "health insurance",
            "remote|wfh|home office? allowance|stipend",
            "relocation package|assistance|support|allowance|costs|bonus",
            "company car",
        ],
        "my": ["my"],
    },
    "de": {
        "term": [
            "#NUM? tage urlaub",
            "13. monatsgehalt",
        ],
        "my": ["mein|meine|meinen|meiner|meinem|meines"],
    },
})

#: German pay words are compounds; matched as whole tokens.
DE_TERM = lazyre.compile(
    r"(?:jahres|monats|brutto|netto|grund|einstiegs|ziel|fix|fest|basis|wunsch|start|anfangs|mindest)?gehalt"
    r"|gehälter|gehalts[a-zäöüß-]+"
    r"|vergütung(?:en|s[a-zäöüß-]+)?|bezahlung"
    r"|urlaubs(?:tage?n?|anspruch|regelung(?:en)?|geld)"
    r"|dienstwagen|firmenwagen|firmenauto|dienstfahrrad|jobrad"
    r"|(?:jahres|ziel)?bonus|boni|bonus(?:zahlung|regelung|struktur|modell)(?:en)?"
    r"|prämien?|zusatzleistungen|sozialleistungen|benefits|aktienoptionen|mitarbeiterbeteiligung"
    r"|umzugs(?:pauschale|kosten|hilfe|unterstützung)|homeoffice-pauschale|home-office-pauschale"
    r"|weihnachtsgeld"
)
DE_STRONG = lazyre.compile(r"gehalts(?:vorstellung|wunsch|erwartung)(?:en)?|wunschgehalt")
#: Parts of a German compound that make it the employer's product or work.
DE_DOMAIN_PART = lazyre.compile(
    r".*(?:abrechnung|daten|software|system|modul|plattform|tool|analyse|analytik|rechner|buchhaltung|"
    r"report|bericht|prozess|malus|programm|app).*"
)

#: Words next to a pay word that make it the employer's product or field of work.
DOMAIN_NEXT = {
    "en": {
        "data", "pipeline", "pipelines", "analytics", "analysis", "model", "models", "module", "product", "products",
        "software", "tool", "tools", "platform", "feature", "features", "team", "teams", "dashboard", "dashboards",
        "engine", "system", "systems", "service", "api", "app", "calculator", "calculations", "calculation",
        "benchmarking", "benchmarks", "survey", "surveys", "report", "reports", "reporting", "transparency",
        "research", "administration", "enrollment", "provider", "providers", "vendor", "logic", "rules",
        "processing", "management", "planning", "law", "laws", "compliance", "audit", "audits", "consultant",
        "consultants", "consulting", "fund", "funds", "firm", "firms", "analyst", "analysts", "market", "markets",
        "malus", "points", "round", "clients", "customers", "users",
    },
    "de": {
        "daten", "software", "modul", "team", "plattform", "tool", "tools", "produkt", "produkte", "funktion",
        "analyse", "lösung", "lösungen", "system", "abrechnung", "prozesse", "kunden",
    },
}
DOMAIN_PREV = {
    "en": {
        "payroll", "customer", "customers", "client", "clients", "user", "users", "member", "members", "pay",
        "health", "racial", "gender", "private", "brand", "home", "digital", "social", "workers", "worker",
        "executive", "patient", "patients", "product", "products", "software", "app", "platform",
    },
    "de": {"kunden", "lohn-", "lohn", "mobile", "kontaktlose", "digitale"},
}
#: A sentence about these is about the employer's work, unless a personal cue says otherwise.
PRODUCT_WORDS = {
    "en": {
        "product", "products", "platform", "software", "app", "tool", "tools", "feature", "features", "customers",
        "clients", "users", "module", "dashboard", "api", "pipeline", "engine", "analytics", "solution", "startup",
        "payroll", "insurers", "employers",
    },
    "de": {
        "produkt", "produkte", "software", "plattform", "app", "tool", "kunden", "kundinnen", "nutzer", "modul",
        "funktion", "system", "lösung", "dashboard", "startup", "arbeitgeber", "versicherer", "praxen",
    },
}
#: Words that make a pay word a request or a topic the writer raises.
CUES = PatternSet({
    "en": [
        "confirm|clarify|discuss|discussing|negotiate|negotiating|negotiable|expect|expecting|wondering|wonder",
        "curious|ask|asking|details|detail|flexible|flexibility|include|includes|included|increase|minimum",
        "let me know", "like|want|love to know|hear|learn|understand", "more about", "information on|about",
        "send|share _{0,3} details|information|overview|breakdown", "how much|many", "what is|are|would",
        "is|are there", "at least", "in line with", "look|looking forward to discussing",
    ],
    "de": [
        "bestätigen|besprechen|klären|verhandeln|verhandelbar|erwarte|erwarten|erwartung|erwartungen",
        "wissen|erfahren|informationen|details|mitteilen|nennen|zusenden|schicken|interessiert|neugierig",
        "vorstellung|vorstellungen|frage|mindestens|spielraum|flexibel",
        "wie hoch|viele|viel|sieht", "gibt es", "liegt|läge bei", "über _{0,3} sprechen",
    ],
})
#: Roles whose daily work is pay and benefits: there, only a personal cue ("my", an
#: expectation) makes a pay word the writer's own question.
PAY_ROLES = lazyre.compile(
    r"compensation|payroll|benefits|reward|\bhr\b|human resources|people ops|vergütung|gehalt|entgelt|lohn|\bpersonal\w",
    re.I,
)
AMOUNT = lazyre.compile(r"[$€£]|\d+\s?k\b|\d{2,3}[.,]\d{3}|\b(?:usd|eur|euro|euros|dollars|brutto|netto|tsd)\b", re.I)


def _pay_words(note, doc):
    """(start token, end token, strong) for every pay word in the note, in text order."""
    found = [(span.start, span.end, span.label_ == "strong") for span in TERMS.find(doc, labels=("strong", "term"))]
    if note.language == "de":
        for tok in compounds(doc, DE_TERM):
            if DE_DOMAIN_PART.fullmatch(tok.lower_):
                continue
            if any(s <= tok.i < e for s, e, _ in found):
                continue
            found.append((tok.i, tok.i + 1, bool(DE_STRONG.fullmatch(tok.lower_))))
    return sorted(found)


def _domain_sense(doc, start, end, lang) -> bool:
    """Whether the pay word at tokens [start, end) names the employer's product or field."""
    nxt = end
    if nxt < len(doc) and doc[nxt].text == "-":
        nxt += 1
    if nxt < len(doc) and doc[nxt].lower_ in DOMAIN_NEXT[lang]:
        return True
    prev = doc[start - 1].lower_ if start > 0 else ""
    if prev in DOMAIN_PREV[lang]:
        return True
    first = doc[start].lower_
    after = doc[end].lower_ if end < len(doc) else ""
    if first in ("benefits", "benefit") and after in ("of", "to", "for", "from"):
        return True  # "the benefits of remote work"
    if first == "equity" and end - start == 1 and after in ("in", "of", "and"):
        return True  # "equity in hiring"
    if first in ("bonus", "bonuses") and start >= 2 and doc[start - 2].lower_ == "as":
        return True  # "as a bonus"
    if first in ("benefits", "benefit") and end - start == 1:
        # "the product benefits small clinics": a verb unless a determiner points at a noun
        return prev not in ("the", "any", "what", "and", ",", "&", "/", "company", "employee", "fringe")
    if lang == "de" and first == "bonus" and prev == "als":
        return True
    return False


def check(note, options):
    doc, lang = note.doc, note.language
    pay_words = [t for t in _pay_words(note, doc) if not _domain_sense(doc, t[0], t[1], lang)]
    if not pay_words:
        return  # no word for pay or perks (most notes): the cues around one cannot matter
    my = TERMS.find(doc, labels=("my",))
    cues = CUES.find(doc)
    pay_role = bool(note.metadata.role and PAY_ROLES.search(note.metadata.role))
    for sent in content_sentences(note):
        terms = [t for t in pay_words if sent.start <= t[0] < sent.end]
        if not terms:
            continue
        hit = None
        for start, end, strong in terms:
            mine = any(m.end <= start and start - m.end <= 3 and m.start >= sent.start for m in my)
            if strong or mine:
                hit = (start, end)
                break
        if hit is None:
            words = {t.lower_ for t in sent}
            if pay_role or words & PRODUCT_WORDS[lang]:
                continue
            question = sent.text.rstrip().endswith("?")
            amount = AMOUNT.search(sent.text)
            if question or amount or within(cues, sent):
                hit = terms[0][:2]
        if hit is None:
            continue
        span = doc[hit[0]:hit[1]]
        yield Problem(
            span.start_char, span.end_char,
            f"Raising \"{span.text}\" in a thank-you note suggests pay and perks are what you took away "
            "from the interview; save it for the offer stage.",
            suggestion="Leave pay and benefits out of the note; if the interviewer asks, or once there is "
            "an offer, discuss them then.",
        )


RULE = Rule(
    code="NL501",
    name="salary-benefits",
    severity="warning",
    languages=("en", "de"),
    summary="The note asks about or raises salary, bonus, time off or other perks.",
    check=check,
)
