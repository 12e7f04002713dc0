"""Issuing and revoking API tokens."""

from __future__ import annotations

from django.db import transaction

from annotations.accounts.models import ApiToken, password_fingerprint


@transaction.atomic
def token_issue(*, user, name: str = "") -> tuple[ApiToken, str]:
    """A new token for ``user``; the clear text is returned once and never stored."""
    return ApiToken.objects.create(user=user, name=name, password_fingerprint=password_fingerprint(user))


@transaction.atomic
def tokens_revoke(*, user, key: str | None = None) -> int:
    """Revoke one of the user's tokens (by its key prefix) or, without a key, all of them. Returns how many."""
    tokens = ApiToken.objects.filter(user=user)
    if key is not None:
        tokens = tokens.filter(token_key=key)
    deleted, _ = tokens.delete()
    return deleted
