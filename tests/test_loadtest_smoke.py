"""A short form of `make loadtest` in every CI run: a few annotators and a reviewer against gunicorn
on a fresh database (PostgreSQL when DATABASE_URL names one) while an import runs, then every count
checked against the database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_short_load_test_loses_nothing_and_answers_no_5xx():
    database_url = os.environ.get("DATABASE_URL", "")
    args = ["--users", "6", "--seconds", "6", "--documents", "24", "--json"]
    if database_url.startswith("postgres"):
        args += ["--database-url", database_url]
    done = subprocess.run(
        [sys.executable, "-m", "bench.loadtest", *args], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert done.stdout, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["server_errors"] == []
    assert result["operations"]["label document"]["requests"] > 0
    assert result["database_check"]["created_missing"] == 0
    assert result["database_check"]["created_reported"] == result["database_check"]["annotations_in_database"]
    assert result["database_check"]["decisions_not_stored"] == 0
    assert result["database_check"]["decided_twice"] == 0
    assert result["ok"], result
    assert done.returncode == 0
