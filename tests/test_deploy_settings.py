"""A deployment is secure by default: `check --deploy` passes with the documented production
environment, and every answer carries the security headers."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# The production environment the README documents (a real deployment uses its own secret).
PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": "x7#Kq2!vZr9@Lm4$Tp8^Wc1&Ny6*Hd3(Fs5)Gb0-Jk+Ue=Ao_Ri~Xe.Yw,Qz;Pv:",
    "ALLOWED_HOSTS": "workbench.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://workbench.example.org",
    "SECURE_HSTS_PRELOAD": "1",
}


def _manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    # DJANGO_ALLOW_ASYNC_UNSAFE is set by the browser tests in this process; no deployment sets it.
    inherited = ("HTTPS", "DEBUG", "SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE")
    clean = {k: v for k, v in os.environ.items() if k not in inherited}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=clean | env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_passes_with_the_documented_production_environment():
    result = _manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_warns_when_https_is_switched_off():
    result = _manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION, HTTPS="0")
    assert result.returncode != 0
    assert "SECURE_SSL_REDIRECT" in result.stdout + result.stderr


@pytest.mark.django_db
def test_pages_and_api_carry_the_security_headers(client, annotator):
    client.force_login(annotator)
    for url in ("/", "/api/v1/me/"):
        response = client.get(url)
        assert response.status_code == 200
        policy = response["Content-Security-Policy"]
        assert "script-src 'self'" in policy and "default-src 'self'" in policy
        assert "unsafe-inline" not in policy.split("style-src-attr")[0]  # no inline script or <style>
        assert "camera=()" in response["Permissions-Policy"]
        assert "no-store" in response["Cache-Control"]
        assert response["X-Frame-Options"] == "DENY"
        assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
def test_the_sign_in_page_for_anonymous_visitors_is_not_marked_private(client):
    response = client.get("/accounts/login/")
    assert response.status_code == 200
    assert "Content-Security-Policy" in response


@pytest.mark.django_db
def test_static_files_stay_cacheable(client):
    response = client.get("/static/annotations/workbench.css")
    assert response.status_code == 200
    assert "no-store" not in response.get("Cache-Control", "")


@pytest.mark.django_db
def test_the_api_docs_page_runs_without_inline_script(client, annotator):
    client.force_login(annotator)
    page = client.get("/api/v1/docs/")
    assert page.status_code == 200
    html = page.content.decode()
    # Every <script> has a src: the Content-Security-Policy allows no inline script.
    assert html.count("<script") == html.count("<script src=")


def test_a_server_worker_loads_the_code_and_freezes_it_before_its_first_request():
    """Loading workbench.wsgi (what gunicorn does in each worker) imports the views and the services
    behind them and moves what it loaded out of the garbage collector's sight."""
    script = (
        "import gc, sys; import workbench.wsgi; "
        "print(gc.get_freeze_count(), 'annotations.services.documents' in sys.modules, "
        "'annotations.api.documents' in sys.modules)"
    )
    clean = {k: v for k, v in os.environ.items() if k not in ("HTTPS", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE")}
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=clean | PRODUCTION, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    frozen, services, views = result.stdout.split()
    assert int(frozen) > 50_000 and services == "True" and views == "True"


def test_make_run_serves_and_works_with_debug_off():
    """`make run` loads the demo with DEBUG on (demo accounts exist only there), then starts gunicorn and
    the job worker with it off: with DEBUG on Django keeps and formats every SQL statement."""
    result = subprocess.run(["make", "-n", "run"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    serving = next(line for line in result.stdout.splitlines() if "db_worker" in line)
    assert serving.startswith("export DEBUG=0 HTTPS=0 SECRET_KEY=")
    assert serving.index("DEBUG=0") < serving.index("db_worker") < serving.index("-m gunicorn")
