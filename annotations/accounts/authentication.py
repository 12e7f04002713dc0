"""Token authentication for scripts: knox's hashed, expiring tokens, refused (and deleted) once their
user is deactivated or has changed password since the token was issued."""

from __future__ import annotations

import binascii
from hmac import compare_digest

from django.utils import timezone
from knox.auth import TokenAuthentication
from knox.crypto import hash_token
from knox.settings import CONSTANTS, knox_settings
from knox.signals import token_expired
from rest_framework import exceptions

from annotations.services.rows import api_tokens_with_key

# How often a token's last use is written down, and the user's expired tokens swept with it.
LAST_USED_EVERY_SECONDS = 60


class ApiTokenAuthentication(TokenAuthentication):
    def authenticate_credentials(self, token: bytes):
        """knox's check (each token with the key's prefix: expired ones deleted, then the digest
        compared), reading the tokens and their user through the cursor: through the ORM the look-up
        cost a tenth of a labelling request's CPU."""
        token = token.decode("utf-8")
        for auth_token in api_tokens_with_key(token[: CONSTANTS.TOKEN_KEY_LENGTH]):
            if self._cleanup_token(auth_token):
                continue
            try:
                digest = hash_token(token)
            except (TypeError, binascii.Error):
                raise exceptions.AuthenticationFailed("Invalid token.") from None
            if compare_digest(digest, auth_token.digest):
                if knox_settings.AUTO_REFRESH and auth_token.expiry:
                    self.renew_token(auth_token)
                return self.validate_user(auth_token)
        raise exceptions.AuthenticationFailed("Invalid token.")

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
