#!/usr/bin/env python3
"""The checkout page in headless Chromium, typed into as a customer would.

Starts the built CheckoutServer on 127.0.0.1, opens the page with Japanese as the
browser's language, submits a form the page's own checks (the exported JSON Schema) stop, one
the server rejects and one it accepts, checks what the page shows, and saves screenshots of
the three under Examples/CheckoutServer/output/.

    python3 BrowserTests/checkout_page_test.py .build/release/CheckoutServer
"""
import json
import os
import random
import socket
import subprocess
import sys
import time
import urllib.request

import jsonschema

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

HERE = os.path.dirname(os.path.abspath(__file__))
OUTPUT = os.path.join(HERE, "..", "output")
# The schema differential's mutations and its reading of a validator's errors.
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "Tests", "SchemaDifferential"))
import schema_differential  # noqa: E402


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(binary, port):
    server = subprocess.Popen([binary, "--host", "127.0.0.1", "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1)
            return server
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit("the server did not start")


def browser(language):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=900,1100", f"--lang={language}"]:
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": language})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def open_page(driver, url):
    """Opens the page and waits until its script has the form's schema."""
    driver.get(url)
    WebDriverWait(driver, 10).until(lambda d: d.execute_script("return document.querySelector('form').dataset.checks === 'ready'"))


def fill(driver, values, sends=True):
    """Types `values` and submits. When `sends` is false, the browser's checks are expected
    to stop the form: this waits for their messages, and the page stays the same."""
    for name, value in values.items():
        field = driver.find_element(By.ID, name)
        if field.tag_name == "select":
            field.find_element(By.CSS_SELECTOR, f"option[value='{value}']").click()
            continue
        field.clear()
        if any(ord(c) > 0xFFFF for c in value):
            # ChromeDriver types characters of the Basic Multilingual Plane only; an emoji is
            # pasted, as a customer's input method or clipboard would put it there.
            driver.execute_script("arguments[0].value = arguments[1]", field, value)
        else:
            field.send_keys(value)
    # The answer is a new page: until it has loaded, every element found is the old page's.
    # The old page is marked, and the new one is the loaded page without the mark; while the
    # pages change, ChromeDriver may fail a script or an element lookup, which is retried.
    driver.execute_script("document.documentElement.dataset.submitted = 'yes'")
    driver.find_element(By.ID, "pay").click()
    if not sends:
        WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "p.error[data-source=browser]"))
        return
    WebDriverWait(driver, 10, ignored_exceptions=(WebDriverException,)).until(lambda d: d.execute_script(
        "return document.readyState === 'complete' && document.documentElement.dataset.submitted !== 'yes'"))


def text_of(driver, element_id):
    """The text of the element with that id, or None when the page has none."""
    found = driver.find_elements(By.ID, element_id)
    return found[0].text if found else None


def messages(driver, source=None):
    """The messages beside the fields, as (field, text): the server's, or the browser's
    checks' when `source` is "browser"."""
    found = {(e.get_attribute("data-field"), e.text, e.get_attribute("data-source")) for e in driver.find_elements(By.CSS_SELECTOR, "p.error")}
    return {(field, text) for field, text, origin in found if origin == source}


def was_sent(driver):
    return driver.execute_script("return document.documentElement.dataset.submitted !== 'yes'")


def page_disagreements(driver, port, count=500):
    """The requests on which the page's checks (checkout.js) and Python's jsonschema, under
    the schema the page loads, find different rules broken: a valid form's request and
    `count` mutations of it (values at and past the schema's bounds, other types, texts in
    several scripts, removed and unknown members)."""
    schema = json.loads(urllib.request.urlopen(f"http://127.0.0.1:{port}/checkout.schema.json", timeout=5).read())
    validator = jsonschema.Draft202012Validator(schema)
    valid = {"amount": 1980, "name_kana": "ヤマダ　タロウ", "phone": "09012345678", "email": "taro@example.com",
             "store": "lawson", "provider": "stripe"}
    numbers, texts = schema_differential.schema_values(schema)
    rng = random.Random(20261201)
    requests = [valid] + [schema_differential.mutate(valid, rng, numbers, texts, []) for _ in range(count)]
    requests = [r for r in requests if schema_differential.plain_numbers(r)]
    found_by_page = driver.execute_script(
        "return arguments[1].map((request) => brokenRules(arguments[0], request).map(({rule}) => rule['x-rule']))", schema, requests)
    disagreements = []
    for request, by_page in zip(requests, found_by_page):
        by_jsonschema = {rule for rule, _ in schema_differential.schema_violations(validator, schema, request)}
        if by_jsonschema != set(by_page):
            disagreements.append((request, sorted(by_jsonschema), sorted(set(by_page))))
    return len(requests), disagreements


def main():
    binary = sys.argv[1]
    os.makedirs(OUTPUT, exist_ok=True)
    port = free_port()
    server = start_server(binary, port)
    passed, failed = 0, 0

    def check(condition, what):
        nonlocal passed, failed
        if condition:
            passed += 1
            print(f"ok: {what}")
        else:
            failed += 1
            print(f"FAILED: {what}")

    try:
        driver = browser("ja")
        try:
            open_page(driver, f"http://127.0.0.1:{port}/")
            check(driver.find_element(By.CSS_SELECTOR, "label[for=name_kana]").text == "お名前（カナ）", "the page is in Japanese")
            typed = {"amount": "100", "name_kana": "やまだ😀", "phone": "０９０－１２３４－５６７８",
                     "email": "taro@example.com", "store": "lawson", "provider": "stripe"}
            fill(driver, typed, sends=False)
            caught = messages(driver, "browser")
            check(caught == {("amount", "金額（円）は120円以上300000円以下で入力してください。")},
                  "the browser's checks show the amount's message beside it, and leave the name and phone the server fixes")
            check(not was_sent(driver), "the form the schema rejects is not sent")
            driver.save_screenshot(os.path.join(OUTPUT, "caught-in-browser.png"))

            fill(driver, {**typed, "amount": "1980"})
            check(was_sent(driver), "the form the schema accepts is sent")
            shown = messages(driver)
            check(("name_kana", "お名前（カナ）は全角カタカナで入力してください。") in shown, "the server's message for the name is beside it")
            check(not any(field in ("phone", "amount") for field, _ in shown), "the full-width phone number and the amount are accepted")
            check(driver.find_element(By.ID, "name_kana").get_attribute("value") == "やまだ😀", "what was typed is kept")
            driver.save_screenshot(os.path.join(OUTPUT, "rejected.png"))

            fill(driver, {"amount": "1980", "name_kana": "やまだ たろう", "phone": "０９０－１２３４－５６７８",
                          "email": "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ", "store": "family-mart", "provider": "komoju"})
            check(text_of(driver, "value-name_kana") == "ヤマダ　タロウ", "the name is made katakana")
            check(text_of(driver, "value-phone") == "09012345678", "the phone number is made digits")
            check(text_of(driver, "value-email") == "taro@example.com", "the e-mail address is made ASCII")
            changes = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "li.change")]
            check("０９０－１２３４－５６７８ → 09012345678" in changes, "the page lists the phone number's change")
            check(any(c.endswith("→ ヤマダ　タロウ") for c in changes), "the page lists the name's changes")
            driver.save_screenshot(os.path.join(OUTPUT, "accepted.png"))

            open_page(driver, f"http://127.0.0.1:{port}/")
            judged, disagreements = page_disagreements(driver, port)
            check(not disagreements, f"the page's checks find the rules jsonschema finds broken in {judged} requests"
                  + (f"; they differ on {disagreements[0]}" if disagreements else ""))
        finally:
            driver.quit()

        driver = browser("en-US")
        try:
            open_page(driver, f"http://127.0.0.1:{port}/")
            fill(driver, {"amount": "100", "name_kana": "ヤマダ", "phone": "0312345678", "email": "taro@example.com"}, sends=False)
            check(("amount", "Amount (yen) must be between ¥120 and ¥300000.") in messages(driver, "browser"), "an English browser reads English")
        finally:
            driver.quit()
    finally:
        server.terminate()
        log = server.communicate(timeout=10)[0].decode("utf-8", "replace")
    check("やまだ" not in log and "taro" not in log and "090" not in log, "the server's log holds none of the customer's data")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
