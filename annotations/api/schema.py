"""The OpenAPI 3 schema and its interactive docs, plus the error shapes every endpoint documents.

The docs page loads Swagger UI from drf-spectacular-sidecar's static files (no CDN), so it works
offline. (ReDoc is left out: its page template fetches web fonts from Google.)
"""

from __future__ import annotations

from django.urls import path
from drf_spectacular.extensions import OpenApiAuthenticationExtension, OpenApiSerializerExtension
from drf_spectacular.plumbing import build_bearer_security_scheme_object
from drf_spectacular.utils import OpenApiResponse
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework import serializers
from rest_framework.permissions import IsAuthenticated


class ApiTokenScheme(OpenApiAuthenticationExtension):
    """Scripts send `Authorization: Token <token>` (tokens from POST /api/v1/auth/token/)."""

    target_class = "annotations.accounts.authentication.ApiTokenAuthentication"
    name = "tokenAuth"

    def get_security_definition(self, auto_schema):
        return build_bearer_security_scheme_object(header_name="Authorization", token_prefix="Token")


class StrictSerializerScheme(OpenApiSerializerExtension):
    """Input serializers refuse fields they do not know: the schema says so (additionalProperties: false)."""

    target_class = "annotations.api.serializers.base.StrictSerializer"
    match_subclasses = True

    def map_serializer(self, auto_schema, direction):
        schema = auto_schema._map_basic_serializer(self.target, direction)
        if direction == "request":
            schema["additionalProperties"] = False
        return schema


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField(help_text="What went wrong, in words a person can act on")
    errors = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        required=False,
        help_text="Field name (dotted for nested parts, items[3].label for list items) -> messages",
    )


class ConflictSerializer(serializers.Serializer):
    detail = serializers.CharField()
    current = serializers.DictField(required=False, help_text="The stored state: status, version, fields")


ERROR_DESCRIPTIONS = {
    400: ("Invalid input: `errors` names each field", ErrorSerializer),
    403: ("Not signed in, or your role does not allow this", ErrorSerializer),
    404: ("No such object, or not visible to you", ErrorSerializer),
    409: ("Stale version or a state change the review rules do not allow; `current` is the stored state", None),
    413: ("The request body is larger than WORKBENCH_MAX_REQUEST_BYTES", ErrorSerializer),
    415: ("Unsupported content type", ErrorSerializer),
    429: ("Too many attempts: wait the seconds in the Retry-After header", ErrorSerializer),
}


def error_responses(*codes: int) -> dict[int, OpenApiResponse]:
    """OpenAPI responses for the error codes an endpoint can return (403 always applies)."""
    responses = {}
    for code in sorted({403, *codes}):
        description, serializer = ERROR_DESCRIPTIONS[code]
        responses[code] = OpenApiResponse(response=serializer or ConflictSerializer, description=description)
    return responses


SIGNED_IN = [IsAuthenticated]
urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(permission_classes=SIGNED_IN), name="api-schema"),
    # The split view serves Swagger UI's start-up script as a file, so the page runs under a
    # Content-Security-Policy that allows no inline script.
    path(
        "docs/",
        SpectacularSwaggerSplitView.as_view(url_name="api-schema", permission_classes=SIGNED_IN),
        name="api-docs",
    ),
]


def document_query_errors(result, generator, request, public):
    """A spectacular post-processing hook: an operation that takes query parameters (filters, paging)
    can answer 400 naming a bad one; say so wherever the view did not."""
    for operations in result.get("paths", {}).values():
        for operation in operations.values():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            takes_query = any(p.get("in") == "query" for p in operation.get("parameters", []))
            if takes_query and "400" not in operation["responses"]:
                operation["responses"]["400"] = {
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
                    "description": ERROR_DESCRIPTIONS[400][0],
                }
    return result
