"""Token authentication for scripts: knox's hashed, expiring tokens, refused (and deleted) once their
user is deactivated or has changed password since the token was issued."""

from __future__ import annotations

from django.utils import timezone
from knox.auth import TokenAuthentication
from knox.signals import token_expired
from rest_framework import exceptions

# How often a token's last use is written down, and the user's expired tokens swept with it.
LAST_USED_EVERY_SECONDS = 60


class ApiTokenAuthentication(TokenAuthentication):
    def _cleanup_token(self, auth_token) -> bool:
        """Whether the presented token has expired (it is deleted then). knox also reads all the user's
        other tokens here to delete the expired ones, a query on every request; that sweep runs with the
        last-used write below instead, at most once a minute."""
        if auth_token.expiry is not None and auth_token.expiry < timezone.now():
            username = auth_token.user.get_username()
            auth_token.delete()
            token_expired.send(sender=self.__class__, username=username, source="auth_token")
            return True
        return False

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
        if auth_token.last_used is None or (now - auth_token.last_used).total_seconds() > LAST_USED_EVERY_SECONDS:
            tokens = type(auth_token).objects
            tokens.filter(pk=auth_token.pk).update(last_used=now)
            tokens.filter(user=user, expiry__lt=now).delete()
        return user, auth_token
