"""A real Chromium for the browser tests, and helpers to act in it as a person would.

The browser is Debian's ``/usr/bin/chromium`` driven by Playwright; nothing is ever downloaded.
Without it the browser tests skip (saying how to enable them), unless WORKBENCH_REQUIRE_BROWSER=1
(set by ``.ci/run`` under CI), which turns a missing browser into a failure.
"""

from __future__ import annotations

import importlib
import os
import time
from pathlib import Path

import pytest
from django.apps import apps

CHROMIUM = Path(os.environ.get("WORKBENCH_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}


def _browser_missing(reason: str):
    if os.environ.get("WORKBENCH_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason} and WORKBENCH_REQUIRE_BROWSER=1 makes the browser tests mandatory.")
    pytest.skip(f"{reason}: install Debian's chromium (`apt-get install chromium`) to run the browser tests.")


@pytest.fixture(autouse=True)
def _rows_from_data_migrations(request):
    """A live-server test runs on a transactional database that is emptied after each test, which also
    empties the rows the data migrations made (labels, role groups); put them back first. (Serialized
    rollback cannot do it here: under Playwright's greenlets the test sees another connection object.)"""
    if request.node.get_closest_marker("browser") is None:
        return
    request.getfixturevalue("transactional_db")
    for module, function in (("0003_seed_labels", "seed_labels"), ("0004_roles", "create_groups")):
        migration = importlib.import_module(f"annotations.migrations.{module}")
        getattr(migration, function)(apps, None)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        _browser_missing(f"No Chromium at {CHROMIUM}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _browser_missing("Playwright is not installed (pip install -e '.[test]')")
    # Playwright's sync API runs an event loop in this thread; the tests still call the ORM here.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(viewport=DESKTOP, accept_downloads=True, base_url=live_server.url)
    context.set_default_timeout(10_000)
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    # A refused request (4xx) is part of several tests and shows as a console error; server errors never are.
    page.on(
        "console",
        lambda msg: (
            problems.append(f"console: {msg.text}")
            if msg.type == "error" and "Failed to load resource" not in msg.text
            else None
        ),
    )
    page.on(
        "response",
        lambda response: problems.append(f"HTTP {response.status} {response.url}") if response.status >= 500 else None,
    )
    page.script_problems = problems
    # Requests the page still has in flight when a test ends (a hint fetched, a draft saved) would be running on
    # the live server while the database is emptied, and SQLite then refuses the flush ("table is locked").
    in_flight: set = set()
    page.on("request", lambda request: in_flight.add(request))
    page.on("requestfinished", lambda request: in_flight.discard(request))
    page.on("requestfailed", lambda request: in_flight.discard(request))
    yield page
    deadline = time.monotonic() + 5
    while in_flight and time.monotonic() < deadline and not page.is_closed():
        page.wait_for_timeout(50)
    context.close()


@pytest.fixture
def screenshot_dir() -> Path:
    folder = Path(os.environ.get("WORKBENCH_SCREENSHOT_DIR") or "test-artifacts/screenshots").resolve()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def sign_in(page, user, password: str | None = None) -> None:
    """Sign in through the login form (test users' passwords are '<username>-password')."""
    page.goto("/accounts/login/")
    page.get_by_label("User name").fill(user.username)
    page.get_by_label("Password").fill(password or f"{user.username}-password")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


def sign_out(page) -> None:
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url("**/accounts/login/**")
