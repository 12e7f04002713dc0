"""Signing in: tokens for scripts, sessions with CSRF for the pages, and who the caller is."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from rest_framework.test import APIClient

from annotations.accounts.models import ApiToken

TOKEN = "/api/v1/auth/token/"
ME = "/api/v1/me/"


def _token(client: APIClient, username: str = "ann", password: str = "ann-password", **extra) -> str:
    response = client.post(TOKEN, {"username": username, "password": password, **extra})
    assert response.status_code == 200, response.json()
    return response.json()["token"]


def test_token_obtain_use_and_revoke(annotator):
    client = APIClient()
    key = _token(client)
    # Each sign-in is its own token (one per script or machine), stored only as a hash.
    other = _token(client)
    assert other != key
    assert not ApiToken.objects.filter(digest__in=[key, other]).exists()
    assert ApiToken.objects.filter(user=annotator).count() == 2

    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    assert client.get(ME).json()["username"] == "ann"

    # DELETE with a token revokes that token only.
    assert client.delete(TOKEN).status_code == 204
    after = client.get(ME)
    assert after.status_code in (401, 403)
    assert after.json()["detail"] == "Invalid token."
    client.credentials(HTTP_AUTHORIZATION=f"Token {other}")
    assert client.get(ME).status_code == 200


def test_tokens_expire(annotator):
    client = APIClient()
    key = _token(client)
    ApiToken.objects.filter(user=annotator).update(expiry=timezone.now() - dt.timedelta(seconds=1))
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    assert client.get(ME).status_code in (401, 403)
    assert not ApiToken.objects.filter(user=annotator).exists()


def test_other_expired_tokens_are_swept_with_the_last_used_write_not_on_every_request(annotator):
    client = APIClient()
    stale, key = _token(client), _token(client)
    ApiToken.objects.filter(token_key=stale[:15]).update(expiry=timezone.now() - dt.timedelta(seconds=1))
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    assert client.get(ME).status_code == 200  # first use: last_used written, the expired token swept
    assert ApiToken.objects.filter(user=annotator).count() == 1
    with CaptureQueriesContext(connection) as queries:
        assert client.get(ME).status_code == 200
    on_tokens = [q["sql"] for q in queries.captured_queries if "accounts_apitoken" in q["sql"]]
    assert len(on_tokens) == 1, on_tokens  # the look-up of the presented token, nothing else


def test_a_password_change_revokes_every_token(annotator):
    client = APIClient()
    key = _token(client)
    annotator.set_password("a-new-and-longer-passphrase")
    annotator.save()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    refused = client.get(ME)
    assert refused.status_code in (401, 403)
    assert "password changed" in refused.json()["detail"]
    assert not ApiToken.objects.filter(user=annotator).exists()


def test_deactivation_revokes_every_token(annotator):
    client = APIClient()
    key = _token(client)
    annotator.is_active = False
    annotator.save()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    assert client.get(ME).status_code in (401, 403)
    assert not ApiToken.objects.filter(user=annotator).exists()


def test_a_user_lists_and_revokes_their_own_tokens(annotator, second_annotator):
    mine = APIClient()
    key = _token(mine, name="nightly export")
    _token(APIClient(), username="ann2", password="ann2-password")
    mine.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    listed = mine.get("/api/v1/auth/tokens/").json()
    assert [(t["name"], t["key"]) for t in listed] == [("nightly export", key[:15])]
    assert "token" not in listed[0] and "digest" not in listed[0]

    theirs = ApiToken.objects.get(user=second_annotator).token_key
    assert mine.delete(f"/api/v1/auth/tokens/{theirs}/").status_code == 404
    assert ApiToken.objects.filter(user=second_annotator).exists()
    assert mine.delete(f"/api/v1/auth/tokens/{key[:15]}/").status_code == 204
    assert mine.get(ME).status_code in (401, 403)


@pytest.mark.parametrize(
    ("user", "roles"),
    [
        ("annotator", (True, False, False)),
        ("reviewer", (True, True, False)),
        ("admin_user", (True, True, True)),
        ("outsider", (False, False, False)),
    ],
)
def test_me_tells_the_roles(client_for, request, user, roles):
    person = request.getfixturevalue(user)
    body = client_for(person).get(ME).json()
    assert body["id"] == person.pk and body["username"] == person.username
    assert (body["is_annotator"], body["is_reviewer"], body["is_admin"]) == roles


@pytest.mark.parametrize(
    ("method", "url"),
    [
        ("get", ME),
        ("get", "/api/v1/labels/"),
        ("get", "/api/v1/actors/"),
        ("post", "/api/v1/actors/"),
        ("get", "/api/v1/documents/"),
        ("get", "/api/v1/documents/1/"),
        ("post", "/api/v1/documents/"),
        ("post", "/api/v1/documents/upload/"),
        ("get", "/api/v1/sentences/"),
        ("get", "/api/v1/annotations/"),
        ("post", "/api/v1/annotations/"),
        ("get", "/api/v1/annotations/1/"),
        ("patch", "/api/v1/annotations/1/"),
        ("delete", "/api/v1/annotations/1/"),
        ("post", "/api/v1/annotations/1/submit/"),
        ("post", "/api/v1/documents/1/annotations/bulk/"),
        ("post", "/api/v1/documents/1/submit/"),
        ("get", "/api/v1/schema/?format=json"),
    ],
)
def test_everything_needs_sign_in(db, method, url):
    response = getattr(APIClient(), method)(url)
    assert response.status_code in (401, 403)
    assert response.json()["detail"] == "Authentication credentials were not provided."


def test_session_writes_need_the_csrf_token(annotator, document, labels):
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(annotator)
    sentence = document.sentences.first()
    refused = client.post("/api/v1/annotations/", {"sentence": sentence.pk, "label": "rhetoric"})
    assert refused.status_code == 403
    assert "CSRF" in refused.json()["detail"]

    # What a page does: send back the CSRF cookie's value in the X-CSRFToken header.
    secret = "k" * 32
    client.cookies["csrftoken"] = secret
    accepted = client.post(
        "/api/v1/annotations/", {"sentence": sentence.pk, "label": "rhetoric"}, HTTP_X_CSRFTOKEN=secret
    )
    assert accepted.status_code == 201
