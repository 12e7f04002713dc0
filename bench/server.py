"""A fresh database and the app under gunicorn on 127.0.0.1, started and stopped by the benchmark."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from bench.http import Api
from bench.measure import worker_pids

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Database:
    """A SQLite file in ``directory``, or a new PostgreSQL database next to the one ``url`` names (dropped after)."""

    def __init__(self, directory: Path, url: str | None = None):
        self.url, self._admin_url, self.name = url, None, None
        if not url:
            self.path = directory / "bench.sqlite3"
            self.url = f"sqlite:///{self.path}"
            self.kind = "sqlite"
            return
        self.kind, self.path = "postgresql", None
        parts = urlsplit(url)
        self.name = f"{parts.path.lstrip('/') or 'workbench'}_bench_{os.getpid()}"
        self._admin_url = urlunsplit(parts._replace(path="/postgres"))
        self.url = urlunsplit(parts._replace(path=f"/{self.name}"))
        self._execute(f'DROP DATABASE IF EXISTS "{self.name}"', f'CREATE DATABASE "{self.name}"')

    def _execute(self, *statements: str) -> None:
        import psycopg

        with psycopg.connect(self._admin_url, autocommit=True) as connection:
            for statement in statements:
                connection.execute(statement)

    def drop(self) -> None:
        if self.kind == "postgresql":
            self._execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def app_environment(database_url: str, directory: Path) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "workbench.settings",
        "DATABASE_URL": database_url,
        "SECRET_KEY": "bench-secret-key-not-for-production",
        "DEBUG": "0",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        # The benchmark speaks plain HTTP to 127.0.0.1: no redirect to HTTPS, no secure-only cookies.
        "HTTPS": "0",
        "WORKBENCH_RELEASES_DIR": str(directory / "releases"),
        "MEDIA_ROOT": str(directory / "media"),
        "CONN_MAX_AGE": "600",
        "LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(ROOT),
    }


def run_python(environment: dict[str, str], *args: str) -> str:
    """Run ``python *args`` in the project with the app's environment; its standard output."""
    done = subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=environment, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"python {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return done.stdout


def setup_step(environment: dict[str, str], *args: str) -> dict:
    return json.loads(run_python(environment, "-m", "bench.setup_data", *args))


class Gunicorn:
    """gunicorn with ``workers`` gthread workers (keep-alive connections), on a free port of 127.0.0.1."""

    def __init__(self, environment: dict[str, str], *, workers: int = 4, threads: int = 1, log: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._log = log.open("w")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "workbench.wsgi:application",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(workers),
                "--worker-class",
                "gthread",
                "--threads",
                str(threads),
                "--keep-alive",
                "30",
                "--timeout",
                "600",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=environment,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        self.workers = workers

    def wait_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.process.returncode}; see {self._log.name}")
            try:
                api = Api(self.url, timeout=2)
                status = api.send("GET", "/api/v1/me/").status
                api.close()
                if status in (401, 403) and len(self.worker_pids()) >= self.workers:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"gunicorn did not answer within {timeout} s; see {self._log.name}")

    def worker_pids(self) -> list[int]:
        return worker_pids(self.process.pid)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()


class JobWorker:
    """The background-job worker (``manage.py db_worker``), as ``make run`` starts it next to gunicorn."""

    def __init__(self, environment: dict[str, str], *, log: Path):
        self._log = log.open("w")
        self.process = subprocess.Popen(
            [sys.executable, "manage.py", "db_worker", "--no-reload", "--no-startup-delay", "--interval", "0.1"],
            cwd=ROOT,
            env=environment,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()


def wait_for_job(api: Api, url: str, *, timeout: float = 600, until=lambda job: job["finished"]) -> dict:
    """Poll an import job until ``until(job)`` holds; the job's last state."""
    deadline = time.monotonic() + timeout
    while True:
        job = api.call("GET", url).json()
        if until(job) or time.monotonic() > deadline:
            return job
        time.sleep(0.05)


class RunServer:
    """Django's development server as ``make dev`` runs it (DEBUG on, one process, no autoreload here)."""

    def __init__(self, environment: dict[str, str], *, log: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._log = log.open("w")
        self.process = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{self.port}"],
            cwd=ROOT,
            env={**environment, "DEBUG": "1"},
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )

    def wait_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"runserver exited with {self.process.returncode}; see {self._log.name}")
            try:
                api = Api(self.url, timeout=2)
                status = api.send("GET", "/api/v1/me/").status
                api.close()
                if status in (401, 403):
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"runserver did not answer within {timeout} s; see {self._log.name}")

    def worker_pids(self) -> list[int]:
        return [self.process.pid]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()
