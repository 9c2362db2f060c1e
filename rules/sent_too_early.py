"""sent-too-early (NL102): the note goes out minutes after the interview, or before it.

What it does
    Compares the note's send time with the end of the interview (metadata
    ``interview`` and ``sent``; ``sent`` defaults to now). A note sent less
    than ``min-minutes`` minutes after the interview, or before the interview
    ended, gets an info finding on its first line. Reads metadata only; stays
    silent when either time is missing or given as a date without a time of
    day.

Why
    A note typed on the phone in the lift reads as a reflex, not as thought
    about the conversation; career advisers suggest waiting at least an hour
    or so, and a note written before the interview cannot mention anything
    from it [S2, S18, S19]. A short same-day note is fine, hence only info.

Example
    Fires (interview 2026-05-12 15:00, sent 2026-05-12 15:20)::

        Dear Ms. Lee,
        thank you for this afternoon's conversation ...

    Passes: the same note sent at 17:30 that day, or the next morning.

Options
    ``min-minutes`` (60): how long after the interview a note may go out.
"""

from notelint.findings import Problem
from notelint.registry import Rule

from ._letter import letter


def check(note, options):
    meta = note.metadata
    interview, sent = meta.interview, meta.sent
    if interview is None or sent is None or not (interview.has_time and sent.has_time):
        return
    minutes = (sent.value - interview.value).total_seconds() / 60
    if minutes >= options["min-minutes"]:
        return
    lines = letter(note).lines
    if not lines:
        return
    start, end = lines[0].stripped_span
    if minutes < 0:
        message = ("The note would go out before the interview has ended, so it cannot say anything "
                   "about the conversation.")
        suggestion = "Send it after the interview, once you can mention something you discussed."
    else:
        message = (f"The note would go out {int(minutes)} minute{'s' if int(minutes) != 1 else ''} after the "
                   "interview; sent this fast it can read as a reflex rather than a considered thank-you.")
        suggestion = ("Wait an hour or two (the same day is still ideal) and reread it before sending, "
                      "unless the team decides within the hour.")
    yield Problem(start, end, message, suggestion=suggestion)


RULE = Rule(
    code="NL102",
    name="sent-too-early",
    severity="info",
    languages=("en", "de"),
    summary="The note is sent less than an hour after the interview, or before it.",
    check=check,
    options={"min-minutes": 60},
)
