"""Token authentication for scripts: knox's hashed, expiring tokens, refused (and deleted) once their
user is deactivated or has changed password since the token was issued."""

from __future__ import annotations

from django.utils import timezone
from knox.auth import TokenAuthentication
from rest_framework import exceptions


class ApiTokenAuthentication(TokenAuthentication):
    def validate_user(self, auth_token):
        user = auth_token.user
        if not user.is_active:
            user.auth_token_set.all().delete()
            raise exceptions.AuthenticationFailed("This account is disabled; its tokens are revoked.")
        if not auth_token.issued_under_current_password():
            auth_token.delete()
            raise exceptions.AuthenticationFailed("Token revoked: the password changed since it was issued.")
        now = timezone.now()
        # Written at most once a minute per token, so a busy script does not write on every request.
        if auth_token.last_used is None or (now - auth_token.last_used).total_seconds() > 60:
            type(auth_token).objects.filter(pk=auth_token.pk).update(last_used=now)
        return user, auth_token
