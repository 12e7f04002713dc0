"""One place that turns domain errors into HTTP responses, so services never import DRF.

Every error body is JSON with a ``detail`` message a person can act on; validation errors also
carry ``errors``: field name -> list of messages.
"""

from __future__ import annotations

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db import IntegrityError
from django.http import Http404
from rest_framework import status
from rest_framework.exceptions import APIException, UnsupportedMediaType
from rest_framework.exceptions import ValidationError as DRFValidationError
from rest_framework.response import Response
from rest_framework.views import exception_handler

from annotations.errors import Conflict


def _flatten(detail, prefix: str = "") -> dict[str, list[str]]:
    """Nested serializer errors as flat field paths: ``figures.killed_max``, ``items[3].label``."""
    if isinstance(detail, dict):
        flat: dict[str, list[str]] = {}
        for name, value in detail.items():
            if name in ("non_field_errors", "__all__"):
                key = prefix or name
            elif isinstance(name, int):  # DRF reports list items by their index
                key = f"{prefix}[{name}]"
            else:
                key = f"{prefix}.{name}" if prefix else str(name)
            for path, messages in _flatten(value, key).items():
                flat.setdefault(path, []).extend(messages)
        return flat
    if isinstance(detail, list):
        if not any(isinstance(item, dict | list) for item in detail):
            return {prefix or "non_field_errors": [str(item) for item in detail]}
        flat = {}
        for number, item in enumerate(detail):
            if item:  # a list serializer reports {} for the items that are fine
                for path, messages in _flatten(item, f"{prefix}[{number}]").items():
                    flat.setdefault(path, []).extend(messages)
        return flat
    return {prefix or "non_field_errors": [str(detail)]}


def _validation_payload(detail) -> dict:
    errors = _flatten(detail)
    parts = []
    for name, messages in errors.items():
        text = "; ".join(messages) or "is invalid"
        parts.append(text if name in ("non_field_errors", "__all__") else f"{name}: {text}")
    return {"detail": " ".join(parts) or "Invalid input.", "errors": errors}


def _media_types(view) -> list[str]:
    return [parser.media_type for parser in getattr(view, "parser_classes", [])]


def _integrity_response(exc: IntegrityError) -> Response:
    """A database rule caught what validation could not see. Never a 500, and never the database's own
    text on PostgreSQL (it quotes the key values); only the rule's name. A unique rule broken is most
    often two requests saving the same thing at once: 409, try again."""
    cause = exc.__cause__
    diag = getattr(cause, "diag", None)
    rule = getattr(diag, "constraint_name", None) or (str(exc) if diag is None else "")
    unique = type(cause).__name__ == "UniqueViolation" or str(exc).startswith("UNIQUE constraint failed")
    if unique:
        return Response(
            {"detail": "This conflicts with data saved at the same moment (another request, or another tab); "
             "reload and try again.", "rule": rule},
            status=status.HTTP_409_CONFLICT,
        )  # fmt: skip
    return Response({"detail": f"The data breaks a database rule ({rule or 'unnamed'}).", "rule": rule},
                    status=status.HTTP_400_BAD_REQUEST)  # fmt: skip


def workbench_exception_handler(exc, context):
    if isinstance(exc, ValidationError):
        detail = exc.message_dict if hasattr(exc, "error_dict") else exc.messages
        return Response(_validation_payload(detail), status=status.HTTP_400_BAD_REQUEST)
    if isinstance(exc, Conflict):
        body = {"detail": exc.message}
        if exc.current:
            body["current"] = exc.current
        return Response(body, status=status.HTTP_409_CONFLICT)
    if isinstance(exc, PermissionDenied) and str(exc):
        return Response({"detail": str(exc)}, status=status.HTTP_403_FORBIDDEN)
    if isinstance(exc, ObjectDoesNotExist):
        exc = Http404(str(exc))
    if isinstance(exc, IntegrityError):
        return _integrity_response(exc)
    response = exception_handler(exc, context)
    if response is not None and isinstance(exc, UnsupportedMediaType):
        accepted = _media_types(context.get("view"))
        response.data = {"detail": f"{exc.detail} Send {' or '.join(accepted)}.", "accepted": accepted}
    elif response is not None and isinstance(exc, DRFValidationError):
        response.data = _validation_payload(exc.detail)
    elif response is not None and isinstance(exc, APIException) and not isinstance(response.data, dict):
        response.data = {"detail": response.data}
    return response
