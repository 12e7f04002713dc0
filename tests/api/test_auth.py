"""Signing in: tokens for scripts, sessions with CSRF for the pages, and who the caller is."""

from __future__ import annotations

import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

TOKEN = "/api/v1/auth/token/"
ME = "/api/v1/me/"


def test_token_obtain_use_and_revoke(annotator):
    client = APIClient()
    response = client.post(TOKEN, {"username": "ann", "password": "ann-password"})
    assert response.status_code == 200
    key = response.json()["token"]
    # Asking again gives the same token.
    assert client.post(TOKEN, {"username": "ann", "password": "ann-password"}).json()["token"] == key

    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    assert client.get(ME).json()["username"] == "ann"

    assert client.delete(TOKEN).status_code == 204
    assert not Token.objects.filter(key=key).exists()
    after = client.get(ME)
    assert after.status_code in (401, 403)
    assert after.json()["detail"] == "Invalid token."


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"username": "ann", "password": "wrong"}, "non_field_errors"),
        ({"username": "ann"}, "password"),
    ],
)
def test_token_needs_the_right_credentials(annotator, payload, field):
    response = APIClient().post(TOKEN, payload)
    assert response.status_code == 400
    assert field in response.json()["errors"]
    assert not Token.objects.exists()


def test_revoking_needs_sign_in(db):
    assert APIClient().delete(TOKEN).status_code in (401, 403)


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
