"""API tokens: django-rest-knox's hashed, expiring token, with a name and the password it was issued under."""

from __future__ import annotations

import hashlib
import hmac

from django.conf import settings
from django.db import models
from knox.models import AbstractAuthToken


def password_fingerprint(user) -> str:
    """A keyed hash of the user's stored password hash: it changes whenever the password does, and
    reveals nothing about it."""
    return hmac.new(settings.SECRET_KEY.encode(), user.password.encode(), hashlib.sha256).hexdigest()


class ApiToken(AbstractAuthToken):
    name = models.CharField(max_length=100, blank=True, help_text="What the token is for, as its owner named it")
    password_fingerprint = models.CharField(
        max_length=64, help_text="Which password the token was issued under; a new password revokes it"
    )
    last_used = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "API token"
        ordering = ["-created"]

    def __str__(self) -> str:
        return f"{self.token_key}… of {self.user} ({self.name or 'unnamed'})"

    def issued_under_current_password(self) -> bool:
        return hmac.compare_digest(self.password_fingerprint, password_fingerprint(self.user))
