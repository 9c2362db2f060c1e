"""Language detection: English, German, other, and short notes."""

import pytest

from notelint.language import detect


@pytest.mark.parametrize("text,lang", [
    ("Dear Ms. Lee, thank you for taking the time to meet with me yesterday about the analyst role.", "en"),
    ("Thanks for the interview, hope to hear back.", "en"),
    ("Dear Ms. Lee,\n\nThanks, hope to hear back, 100% sure: yes.\n\nBest,\nAna", "en"),
    ("Hi Priya, great chat today! Loved the demo. Cheers, Sam", "en"),
    ("Sehr geehrte Frau Weber, vielen Dank für das angenehme Gespräch gestern.", "de"),
    ("Danke für das Gespräch, ich hoffe auf Rückmeldung.", "de"),
    ("Hallo Frau Weber, danke für das tolle Gespräch! Viele Grüße, Sam", "de"),
    ("Madame, je vous remercie pour l'entretien d'hier et pour le temps que vous m'avez consacré.", None),
    ("Estimado señor, muchas gracias por la entrevista de ayer y por su tiempo.", None),
    ("Beste mevrouw Lee, hartelijk dank voor het gesprek van gisteren over de functie.", None),
])
def test_detect(text, lang):
    assert detect(text)[0] == lang


def test_too_short_to_tell_uses_default():
    assert detect("Danke!", default="de") == ("de", "too few words to tell; assumed")
