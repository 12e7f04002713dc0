"""Running migrations forwards and back inside a test, for the migration tests with data in them (the
``migrator`` fixture in tests/conftest.py)."""

from __future__ import annotations

from django.db import connection
from django.db.migrations.executor import MigrationExecutor


def migrate_to(targets):
    """Migrate the test database to ``targets`` and return the historical models' registry there."""
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps
