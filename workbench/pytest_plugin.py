"""Loaded by pytest (entry point in pyproject.toml) before Django starts: the test environment.

Tests run like a deployment (DEBUG off), which needs a SECRET_KEY; this gives them a throwaway one.
The test client and the live server speak plain HTTP, so HTTPS redirects and secure-only cookies
are off unless a test asks for them (tests/test_deploy_settings.py checks the production set).
"""
import os

import pytest

os.environ.setdefault("SECRET_KEY", "test-only-secret-key-not-for-deployment")
os.environ.setdefault("HTTPS", "0")


def _flush_keeps_the_history_trigger() -> None:
    """Tests that use a live server empty the database between tests with `flush`, which on SQLite is
    one DELETE per table; the event history refuses DELETE (a trigger). Only here, in tests, the
    flush lifts that trigger for its own statements and puts it back after them."""
    from django.db.backends.sqlite3.base import DatabaseWrapper

    operations = DatabaseWrapper.ops_class

    flush = operations.sql_flush

    def sql_flush(self, style, tables, *, reset_sequences=False, allow_cascade=False):
        statements = flush(self, style, tables, reset_sequences=reset_sequences, allow_cascade=allow_cascade)
        if "annotations_event" not in tables or not statements:
            return statements
        from annotations.triggers import SQLITE_EVENTS_NEVER_DELETED

        drop, create = SQLITE_EVENTS_NEVER_DELETED
        return [drop, *statements, create]

    operations.sql_flush = sql_flush


@pytest.hookimpl(trylast=True)
def pytest_configure(config) -> None:
    _flush_keeps_the_history_trigger()
