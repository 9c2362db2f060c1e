"""all-caps-shouting (NL409): words written in capitals for emphasis.

What it does
    Looks for words in capital letters in the note's content (the greeting
    line, the sign-off and the signature below it are not read: a surname in
    capitals there is a convention, not shouting). It warns when there are
    ``min-words`` or more such words of ``min-letters`` letters or more, or
    one of ``long-letters`` letters or more. Adjacent capital words are
    reported as one span ("VERY EXCITED").
    Acronyms and names usually written in capitals (AWS, SAP, NASA, HTML,
    JSON, UNICEF, DACH, IKEA, SCRUM...), the company and interviewer from the
    metadata, Roman numerals, parts of mixed words ("GmbH", "LabVIEW",
    "SAP-Projekte"), words with digits ("HTML5") and placeholders in brackets
    ("[COMPANY]", "{{NAME}}", "<ROLE>") stay silent.

Why
    Capitals read as shouting; an over-eager tone is one of the things that
    make recruiters wince [S23].

Example
    Fires::

        I am VERY EXCITED.
        Ich bin SEHR MOTIVIERT.

    Passes::

        I've shipped AWS and SAP work.
        SAP-Projekte geleitet.

Options
    ``allow`` (empty): more words to accept in capitals, on top of the
    built-in acronyms (e.g. ``["ACME", "BOSCH"]``). ``min-words`` (2),
    ``min-letters`` (4), ``long-letters`` (6).
"""

import re

from notelint import lazyre
from notelint.findings import Problem
from notelint.registry import Rule

from ._tone import content_range

ACRONYMS = frozenset("""
AWS SAP NASA HTML JSON SQL CSS HTTP HTTPS REST YAML UNICEF UNESCO UNHCR UNDP NATO OECD DACH GMBH ASAP
CEO CFO CTO COO CISO CIO CPO CMO CHRO OKRS KPIS IFRS GAAP DSGVO GDPR HIPAA FERPA ISO IEEE ACM MBA PMP CPA
SCRUM SAFE ITIL TOGAF CISSP CISA CISM CCNA CCNP MCSE ISTQB AUTOSAR ASPICE CMMI FMEA HACCP CAPA CATIA ANSYS
ABAQUS SPSS STATA SCADA CRISPR LIDAR RADAR LASER NAND DRAM FPGA ASIC RISC CUDA UNIX POSIX ANSI ASCII UUID
OAUTH SAML LDAP SMTP IMAP VLAN WLAN RFID GRPC AJAX SOAP JPEG TIFF MPEG HDMI USB BIOS COBOL FORTRAN MATLAB
BASIC LISP PERL NGINX MYSQL NOSQL TSQL PLSQL BPMN SYSML DEVOPS MLOPS FINOPS NASDAQ NYSE MDAX SDAX TECDAX
STOXX FIFA UEFA IKEA ALDI LIDL BASF DATEV DEKRA ZEISS HARIBO ADAC OTTO REWE EDEKA NVIDIA ASML INSEAD ESSEC
ESCP IESE CERN DESY EPFL RWTH STEM MINT BAFIN BAFA KFW ERASMUS DAAD BMBF DFG ARAMCO AIESEC LEGO GEICO
NHTSA NIST FINRA FDIC SWIFT SEPA IBAN EMEA APAC LATAM AMER NORAM EBITDA CAGR ARPU SAAS PAAS IAAS FAANG
MANGA AFAIK TODO FIXME README DACH ESG CSRD SFDR NGO NGOS PHD MSC BSC LLM LLMS GPT NLP OCR IELTS TOEFL
GMAT GRE SAT ACT LSAT MCAT USMLE NCLEX CFA FRM ACCA CIMA ICAEW AICPA WIPO WTO IMF NIH NSF DARPA NOAA
USAID FEMA OSHA NHS ILO ICRC UNFPA UNOPS WFP IAEA ESA DLR FRAUNHOFER HELMHOLTZ NASSCOM AMEX VISA
""".split())
ROMAN = lazyre.compile(r"^[IVXLCDM]+$")
# A word in capitals: not joined to letters, digits, apostrophes, hyphens or dots on either side.
# The test of the character before comes after the first capital ("(?<![...].)"): a pattern that starts
# with a capital lets the regular expression engine skip from capital to capital (4 against 12 us a note).
CAPS = lazyre.compile(r"[A-ZÄÖÜẞ](?<![\w'’.\-/@&].)[A-ZÄÖÜẞ]+(?![\w'’\-/@&]|\.\w)")
# (bounded: a placeholder is short, and an unbounded scan is quadratic on a long line of "[")
PLACEHOLDER = lazyre.compile(r"\[[^\]\n]{0,80}\]|\{\{?[^}\n]{0,80}\}?\}|<[^>\n]{0,80}>|%[A-Z_]{1,40}%")


def check(note, options):
    text = note.text
    start, end = content_range(note)
    masked = PLACEHOLDER.sub(lambda m: " " * len(m.group()), text[:end])
    found = list(CAPS.finditer(masked, start, end))
    if not found:
        return  # most notes hold no word in capitals: no need for the allowed words or the signature
    allowed = ACRONYMS | {w.upper() for w in options["allow"]} | _metadata_words(note)
    skip = _signature_lines(text, start, end)
    words = []
    for m in found:
        word = m.group()
        if word in allowed or ROMAN.match(word) or len(set(word)) == 1:
            continue
        if any(a <= m.start() < b for a, b in skip):
            continue
        words.append((m.start(), m.end()))
    shouted = [(s, e) for s, e in words if e - s >= options["min-letters"]]
    longest = max((e - s for s, e in shouted), default=0)
    if len(shouted) < options["min-words"] and longest < options["long-letters"]:
        return
    for s, e in _runs(text, words):
        if not any(s <= a < e for a, _ in shouted):
            continue
        yield Problem(
            s, e,
            f"'{text[s:e]}' is in capitals, which reads as shouting.",
            suggestion="Write it in normal case; if a word needs weight, let the sentence give it.",
        )


def _runs(text, spans):
    """Join spans separated only by spaces into one."""
    runs = []
    for s, e in spans:
        if runs and text[runs[-1][1]:s].strip(" ") == "":
            runs[-1] = (runs[-1][0], e)
        else:
            runs.append((s, e))
    return runs


def _metadata_words(note):
    meta = note.metadata
    words = set()
    for value in (meta.company, meta.interviewer, meta.role, *meta.other_companies):
        if value:
            words.update(w.upper() for w in re.findall(r"\w+", value))
    return words


def _signature_lines(text, start, end):
    """Short lines without sentence punctuation at the end of the content (a name, a title)."""
    lines = [m for m in re.finditer(r"[^\n]+", text[start:end]) if m.group().strip()]
    skip = []
    for m in reversed(lines[-3:]):
        line = m.group().strip()
        if len(line.split()) > 5 or line[-1] in ".!?:;,":
            break
        skip.append((start + m.start(), start + m.end()))
    return skip


RULE = Rule(
    code="NL409",
    name="all-caps-shouting",
    severity="warning",
    languages=("en", "de"),
    summary="Words in capital letters make the note shout.",
    check=check,
    options={"allow": (), "min-words": 2, "min-letters": 4, "long-letters": 6},
)
