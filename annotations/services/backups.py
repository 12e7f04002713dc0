"""Exact backups of the whole database, with each database's own tool.

`dumpdata`/`loaddata` are not a backup: Django's JSON serializer cuts every timestamp to
milliseconds, and the triggers and sequences are not in it. SQLite is copied page by page with its
online backup API (safe while the workbench runs); PostgreSQL with `pg_dump` in its custom format,
restored with `pg_restore`. Both give back every value exactly.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

from django.db import connection


class BackupError(Exception):
    """The backup or restore could not be made; the message says why."""


def _pg_env_and_args() -> tuple[dict, list[str]]:
    settings = connection.settings_dict
    env = os.environ.copy()
    if settings.get("PASSWORD"):
        env["PGPASSWORD"] = settings["PASSWORD"]
    args = []
    for flag, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if settings.get(key):
            args += [flag, str(settings[key])]
    return env, args


def _run(command: list[str], env: dict) -> None:
    try:
        result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=3600)
    except FileNotFoundError:
        raise BackupError(f"{command[0]} is not installed; it comes with PostgreSQL's client tools.") from None
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip() or result.stdout.strip()}")


def database_backup(*, path: Path) -> Path:
    """Write an exact copy of the current database to ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        target = sqlite3.connect(path)
        try:
            connection.connection.backup(target)
        finally:
            target.close()
        return path
    if connection.vendor == "postgresql":
        env, args = _pg_env_and_args()
        _run(
            ["pg_dump", "--format=custom", "--no-owner", *args, "--file", str(path), connection.settings_dict["NAME"]],
            env,
        )
        return path
    raise BackupError(f"No backup method for the {connection.vendor} database.")


def database_restore(*, path: Path) -> None:
    """Replace the current database's contents with the backup at ``path``. Stop the app servers first."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"No backup file at {path}.")
    if connection.vendor == "sqlite":
        source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            connection.ensure_connection()
            source.backup(connection.connection)
        except sqlite3.DatabaseError as exc:
            raise BackupError(f"{path} is not a SQLite backup: {exc}") from None
        finally:
            source.close()
        return
    if connection.vendor == "postgresql":
        env, args = _pg_env_and_args()
        connection.close()  # pg_restore drops and recreates the tables: hold no lock on them
        _run(
            ["pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction", *args,
             "--dbname", connection.settings_dict["NAME"], str(path)],
            env,
        )  # fmt: skip
        return
    raise BackupError(f"No restore method for the {connection.vendor} database.")
