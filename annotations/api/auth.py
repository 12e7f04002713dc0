"""Signing in for scripts (a token to obtain and revoke) and who the caller is.

The pages use Django's session with CSRF protection (DRF's SessionAuthentication enforces the CSRF
token on unsafe methods); scripts send ``Authorization: Token <key>``.
"""

from __future__ import annotations

from django.contrib.auth import authenticate
from django.urls import path
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.authtoken.models import Token
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from annotations.api.schema import error_responses
from annotations.roles import can_annotate, is_reviewer


class CredentialsSerializer(serializers.Serializer):
    username = serializers.CharField()
    password = serializers.CharField(style={"input_type": "password"}, trim_whitespace=False)


class TokenSerializer(serializers.Serializer):
    token = serializers.CharField()


class MeSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    username = serializers.CharField()
    is_annotator = serializers.BooleanField(help_text="May create annotations (annotators, reviewers, admins)")
    is_reviewer = serializers.BooleanField(help_text="Sees every annotation and decides on them")
    is_admin = serializers.BooleanField()


class TokenView(APIView):
    """POST: trade a username and password for a token. DELETE: revoke the caller's token."""

    def get_permissions(self):
        return [AllowAny()] if self.request.method == "POST" else [IsAuthenticated()]

    def get_authenticators(self):
        # Obtaining a token must not trip over a stale session cookie's CSRF check.
        method = getattr(getattr(self, "request", None), "method", None)  # no request while the schema is built
        return [] if method == "POST" else super().get_authenticators()

    @extend_schema(request=CredentialsSerializer, responses={200: TokenSerializer, **error_responses(400)}, auth=[])
    def post(self, request: Request) -> Response:
        credentials = CredentialsSerializer(data=request.data)
        credentials.is_valid(raise_exception=True)
        user = authenticate(request=request._request, **credentials.validated_data)
        if user is None:
            raise serializers.ValidationError(
                {"non_field_errors": ["Wrong username or password, or the account is disabled."]}
            )
        token, _ = Token.objects.get_or_create(user=user)
        return Response({"token": token.key})

    @extend_schema(request=None, responses={204: None, **error_responses()})
    def delete(self, request: Request) -> Response:
        Token.objects.filter(user=request.user).delete()
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
    path("me/", MeView.as_view(), name="api-me"),
]
