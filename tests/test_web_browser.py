"""The page in a real browser: a job seeker types a note, sees the highlights and the verdict, fixes it.

Runs Debian's headless Chromium through chromedriver (selenium drives it; it
never downloads a driver). Skipped, with the reason, when they are not
installed. ``NOTELINT_SCREENSHOT=docs/web-screenshot.png`` also saves a
picture of the page with the flawed note (that is how the one in the docs was made).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import time
import urllib.request

import pytest

pytest.importorskip("starlette", reason="the web extra is not installed (pip install 'notelint[web]')")
uvicorn = pytest.importorskip("uvicorn", reason="the web extra is not installed (pip install 'notelint[web]')")
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install selenium)")

from selenium.common.exceptions import NoAlertPresentException, TimeoutException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

from notelint.web import create_app  # noqa: E402

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"

if not (os.access(CHROMIUM, os.X_OK) and os.access(CHROMEDRIVER, os.X_OK)):
    pytest.skip("Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)",
                allow_module_level=True)

APOLOGIES = "So sorry again for the mix-up. I truly apologize."
FIX = "Thank you for your flexibility when my train was delayed."
NOTE = f"""Dear Ms. Lee,

Thank you for taking the time to speak with me this afternoon about the Data Analyst role at Initech. {APOLOGIES} I enjoyed hearing how your team cut its weekly reporting time in half, and the story of the first dashboard that nobody used until it answered one question well has stayed with me.

You asked how I would approach messy sales data. I would start by agreeing with the sales managers on the three definitions that matter most, and only then build something new. That kind of patient, practical work is exactly what I want to do next.

I look forward to hearing about the next steps.

Best regards,
Ana Ruiz
"""
FACTS = {"interviewer": "Ms. Priya Lee", "company": "Initech", "role": "Data Analyst"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    """The app under uvicorn on 127.0.0.1, warm; yields its base URL."""
    port = free_port()
    app = create_app(allowed_hosts=["127.0.0.1", "localhost"])
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url + "/api/status", timeout=2) as answer:
                if json.load(answer)["ready"]:
                    break
        except OSError:
            pass
        time.sleep(0.1)
    else:
        pytest.fail("the app did not start within 60 s")
    yield url
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--window-size=1360,1000",
                f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def api_verdict(url: str, text: str, **facts) -> str:
    """What the API says about the same note: the page must show the same."""
    body = json.dumps({"text": text, **facts}).encode("utf-8")
    request = urllib.request.Request(url + "/api/lint", body, {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as answer:
        return json.load(answer)["files"][0]["verdict"]["text"]


MARKED = """return Array.from(document.querySelectorAll('#highlights mark'))
    .filter(m => m.dataset.codes.split(' ').includes(arguments[0])).map(m => m.textContent);"""


def marked(driver, code: str) -> list[str]:
    return driver.execute_script(MARKED, code)


def wait_for(driver, predicate, what: str, timeout: float = 15):
    try:
        return WebDriverWait(driver, timeout, poll_frequency=0.05).until(lambda d: predicate(d))
    except TimeoutException:
        pytest.fail(f"the page never showed {what}")


def shown_verdict(driver) -> str:
    return driver.find_element(By.ID, "verdict-text").get_attribute("textContent")


def paste(driver, text: str) -> None:
    """Put text in the note as pasting does (chromedriver cannot type characters beyond the BMP)."""
    driver.execute_script(
        "const n = document.getElementById('note'); n.focus(); n.value = arguments[0];"
        "n.dispatchEvent(new Event('input', {bubbles: true}));", text)


def test_typing_a_note_shows_the_apologies_then_fixing_them_clears_it(server, browser):
    browser.get(server + "/")
    for key, value in FACTS.items():
        browser.find_element(By.ID, key).send_keys(value)
    note = browser.find_element(By.ID, "note")
    note.send_keys(NOTE)
    wait_for(browser, lambda d: sorted(marked(d, "NL401")) == ["I truly apologize", "So sorry again"],
             "the two apologies highlighted")
    items = browser.find_elements(By.CSS_SELECTOR, '#findings li[data-code="NL401"]')
    assert len(items) == 2 and "ERROR" in items[0].text.upper()  # a word, not just a colour

    text = note.get_attribute("value")
    assert text == NOTE
    expected = api_verdict(server, text, **FACTS)
    wait_for(browser, lambda d: shown_verdict(d) == expected, f"the verdict {expected!r}")
    assert expected.startswith("fix ")
    if os.environ.get("NOTELINT_SCREENSHOT"):
        browser.execute_script("window.scrollTo(0, 0)")
        time.sleep(0.3)
        browser.save_screenshot(os.environ["NOTELINT_SCREENSHOT"])

    items[1].find_element(By.CSS_SELECTOR, ".finding-head").click()  # a finding shows its words in the note
    assert browser.execute_script("const n = arguments[0]; return n.value.slice(n.selectionStart, n.selectionEnd);",
                                  note) == "I truly apologize"

    # Select the two apology sentences, as with the mouse, and type the fix over them.
    start = text.index(APOLOGIES)
    browser.execute_script("arguments[0].focus(); arguments[0].setSelectionRange(arguments[1], arguments[2]);",
                           note, start, start + len(APOLOGIES))
    note.send_keys(FIX)
    fixed = NOTE.replace(APOLOGIES, FIX)
    wait_for(browser, lambda d: note.get_attribute("value") == fixed and not marked(d, "NL401")
             and not d.find_elements(By.CSS_SELECTOR, '#findings li[data-code="NL401"]'),
             "the apology highlights gone")
    expected = api_verdict(server, fixed, **FACTS)
    wait_for(browser, lambda d: shown_verdict(d) == expected, f"the verdict {expected!r}")


def test_offsets_after_emoji_and_markup_stay_on_the_right_words(server, browser):
    browser.get(server + "/")
    text = NOTE.replace("Dear Ms. Lee,", "Dear Ms. Lee 😊🎉, <script>alert(1)</script>")
    paste(browser, text)
    wait_for(browser, lambda d: sorted(marked(d, "NL401")) == ["I truly apologize", "So sorry again"],
             "the apologies highlighted exactly, after two emoji")
    layer = browser.find_element(By.ID, "highlights").get_attribute("textContent")
    assert "<script>alert(1)</script>" in layer  # shown as text
    assert not browser.find_elements(By.CSS_SELECTOR, "#highlights script, #findings script")
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018 - the markup never ran


def test_language_is_detected_and_can_be_overridden(server, browser):
    browser.get(server + "/")
    paste(browser, "Sehr geehrte Frau Dr. Weber,\n\nvielen Dank für das freundliche Gespräch heute. "
                   "Es tut mir wirklich leid, dass ich zu spät kam.\n\nMit freundlichen Grüßen\nAna Ruiz")
    shown = lambda d: d.find_element(By.ID, "lang-shown").text  # noqa: E731
    wait_for(browser, lambda d: shown(d) == "German (detected)", "the note detected as German")
    browser.find_element(By.CSS_SELECTOR, '#lang option[value="en"]').click()
    wait_for(browser, lambda d: shown(d) == "English (chosen)", "the language override")
    browser.find_element(By.CSS_SELECTOR, 'button[data-ui-lang="de"]').click()
    wait_for(browser, lambda d: shown(d) == "Englisch (gewählt)", "the page in German")
    assert browser.find_element(By.ID, "findings-title").text.startswith("Was notelint gefunden hat")
    browser.find_element(By.CSS_SELECTOR, 'button[data-ui-lang="en"]').click()
