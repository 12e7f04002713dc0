"""Signing in for scripts (tokens to obtain, list and revoke) and who the caller is.

The pages use Django's session with CSRF protection (DRF's SessionAuthentication enforces the CSRF
token on unsafe methods); scripts send ``Authorization: Token <key>``. Tokens are stored hashed,
expire (``API_TOKEN_TTL_HOURS``), and stop working when their user's password changes or the user
is deactivated. Wrong passwords are throttled per address and lock the account name (django-axes).
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import authenticate
from django.urls import path
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.exceptions import Throttled
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.throttling import ScopedRateThrottle
from rest_framework.views import APIView

from annotations.accounts.lockout import locked_out_message
from annotations.accounts.models import ApiToken
from annotations.accounts.services import token_issue, tokens_revoke
from annotations.api.schema import error_responses
from annotations.roles import can_annotate, is_reviewer


class CredentialsSerializer(serializers.Serializer):
    username = serializers.CharField(max_length=150)
    password = serializers.CharField(style={"input_type": "password"}, trim_whitespace=False, max_length=4096)
    name = serializers.CharField(
        max_length=100, required=False, default="", allow_blank=True, help_text="What the token is for (optional)"
    )


class TokenSerializer(serializers.Serializer):
    token = serializers.CharField(help_text="Shown once: only its hash is stored")
    key = serializers.CharField(help_text="The token's first characters, to recognise and revoke it")
    expiry = serializers.DateTimeField(allow_null=True)


class TokenInfoSerializer(serializers.Serializer):
    key = serializers.CharField(source="token_key")
    name = serializers.CharField()
    created = serializers.DateTimeField()
    expiry = serializers.DateTimeField(allow_null=True)
    last_used = serializers.DateTimeField(allow_null=True)


class MeSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    username = serializers.CharField()
    is_annotator = serializers.BooleanField(help_text="May create annotations (annotators, reviewers, admins)")
    is_reviewer = serializers.BooleanField(help_text="Sees every annotation and decides on them")
    is_admin = serializers.BooleanField()


class SignInThrottle(ScopedRateThrottle):
    """Sign-in attempts per client address (``SIGN_IN_RATE``, default 30 a minute)."""

    scope_attr = "throttle_scope"


def _locked_out() -> Throttled:
    return Throttled(wait=settings.AXES_COOLOFF_MINUTES * 60, detail=locked_out_message())


class TokenView(APIView):
    """POST: trade a username and password for a new token. DELETE: revoke the token of this request
    (signed in with a session: every token of the caller)."""

    throttle_scope = "sign_in"

    def get_permissions(self):
        return [AllowAny()] if self.request.method == "POST" else [IsAuthenticated()]

    def get_throttles(self):
        return [SignInThrottle()] if self.request.method == "POST" else []

    def get_authenticators(self):
        # Obtaining a token must not trip over a stale session cookie's CSRF check.
        method = getattr(getattr(self, "request", None), "method", None)  # no request while the schema is built
        return [] if method == "POST" else super().get_authenticators()

    @extend_schema(
        request=CredentialsSerializer, responses={200: TokenSerializer, **error_responses(400, 429)}, auth=[]
    )
    def post(self, request: Request) -> Response:
        credentials = CredentialsSerializer(data=request.data)
        credentials.is_valid(raise_exception=True)
        data = credentials.validated_data
        user = authenticate(request=request._request, username=data["username"], password=data["password"])
        if getattr(request._request, "axes_locked_out", False):
            raise _locked_out()
        if user is None:
            raise serializers.ValidationError(
                {"non_field_errors": ["Wrong username or password, or the account is disabled."]}
            )
        token, clear = token_issue(user=user, name=data["name"])
        return Response({"token": clear, "key": token.token_key, "expiry": token.expiry})

    @extend_schema(request=None, responses={204: None, **error_responses()})
    def delete(self, request: Request) -> Response:
        if isinstance(request.auth, ApiToken):
            tokens_revoke(user=request.user, key=request.auth.token_key)
        else:
            tokens_revoke(user=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


class TokenListView(APIView):
    @extend_schema(summary="Your API tokens (never their clear text)", responses={200: TokenInfoSerializer(many=True)})
    def get(self, request: Request) -> Response:
        tokens = ApiToken.objects.filter(user=request.user)
        return Response(TokenInfoSerializer(tokens, many=True).data)


class TokenDetailView(APIView):
    @extend_schema(summary="Revoke one of your tokens", request=None, responses={204: None, **error_responses(404)})
    def delete(self, request: Request, key: str) -> Response:
        if not tokens_revoke(user=request.user, key=key):
            return Response({"detail": "You have no token with that key."}, status=status.HTTP_404_NOT_FOUND)
        return Response(status=status.HTTP_204_NO_CONTENT)


class MeView(APIView):
    @extend_schema(responses={200: MeSerializer, **error_responses()})
    def get(self, request: Request) -> Response:
        user = request.user
        return Response(
            {
                "id": user.pk,
                "username": user.get_username(),
                "is_annotator": can_annotate(user),
                "is_reviewer": is_reviewer(user),
                "is_admin": bool(user.is_superuser),
            }
        )


urlpatterns = [
    path("auth/token/", TokenView.as_view(), name="api-token"),
    path("auth/tokens/", TokenListView.as_view(), name="api-token-list"),
    path("auth/tokens/<str:key>/", TokenDetailView.as_view(), name="api-token-detail"),
    path("me/", MeView.as_view(), name="api-me"),
]
