"""Password guessing is slowed and stopped, weak passwords are refused, and neither reveals which
accounts exist."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from rest_framework.test import APIClient

TOKEN = "/api/v1/auth/token/"
LOGIN = "/accounts/login/"


def _guess(client: APIClient, username: str, password: str = "not-the-password"):
    return client.post(TOKEN, {"username": username, "password": password})


@pytest.mark.parametrize("username", ["ann", "no-such-account"])
def test_the_token_endpoint_locks_an_account_name_after_repeated_wrong_passwords(annotator, username):
    client = APIClient()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert _guess(client, username).status_code == 400
    assert _guess(client, username).status_code == 429  # the last allowed failure locks
    locked = _guess(client, username, "ann-password")
    # The same answer whether or not the account exists, and the right password no longer helps.
    assert locked.status_code == 429
    assert int(locked["Retry-After"]) == settings.AXES_COOLOFF_MINUTES * 60
    assert locked.json()["detail"].startswith("Too many failed sign-in attempts")


def test_the_token_endpoint_is_throttled_per_address_even_for_right_passwords(annotator):
    client = APIClient()
    rate = int(settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]["sign_in"].split("/")[0])
    for _ in range(rate):
        assert _guess(client, "ann", "ann-password").status_code == 200
    throttled = _guess(client, "ann", "ann-password")
    assert throttled.status_code == 429
    assert int(throttled["Retry-After"]) > 0


@pytest.mark.parametrize("username", ["ann", "no-such-account"])
def test_the_sign_in_page_locks_out_after_repeated_wrong_passwords(client, annotator, username):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        page = client.post(LOGIN, {"username": username, "password": "not-the-password"})
        assert page.status_code == 200  # the form again, with its error
    assert client.post(LOGIN, {"username": username, "password": "wrong"}).status_code == 429
    locked = client.post(LOGIN, {"username": username, "password": "ann-password"})
    assert locked.status_code == 429
    assert b"Too many failed sign-in attempts" in locked.content
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("weak", ["password", "12345678", "aaaaaaaa", "password123", "0123456789"])
def test_weak_passwords_are_refused(annotator, weak):
    with pytest.raises(ValidationError):
        validate_password(weak, user=annotator)


def test_a_strong_password_passes(annotator):
    validate_password("river-lantern-cobalt-42", user=annotator)


def test_the_admin_refuses_a_weak_password_for_a_new_user(client, admin_user):
    client.force_login(admin_user)
    response = client.post(
        "/admin/auth/user/add/",
        {"username": "newcomer", "password1": "12345678", "password2": "12345678", "usable_password": "true"},
    )
    assert response.status_code == 200
    assert b"This password is entirely numeric" in response.content or b"too common" in response.content
    from django.contrib.auth.models import User

    assert not User.objects.filter(username="newcomer").exists()
