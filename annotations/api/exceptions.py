"""One place that turns domain errors into HTTP responses, so services never import DRF.

Every error body is JSON with a ``detail`` message a person can act on; validation errors also
carry ``errors``: field name -> list of messages.
"""

from __future__ import annotations

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db import IntegrityError
from django.http import Http404
from rest_framework import status
from rest_framework.exceptions import APIException
from rest_framework.exceptions import ValidationError as DRFValidationError
from rest_framework.response import Response
from rest_framework.views import exception_handler

from annotations.errors import Conflict


def _validation_payload(detail) -> dict:
    if isinstance(detail, dict):
        errors = {name: messages if isinstance(messages, list) else [messages] for name, messages in detail.items()}
        parts = []
        for name, messages in errors.items():
            text = "; ".join(str(m) for m in messages if not isinstance(m, dict | list)) or "is invalid"
            parts.append(text if name in ("non_field_errors", "__all__") else f"{name}: {text}")
        return {"detail": " ".join(parts) or "Invalid input.", "errors": errors}
    if isinstance(detail, list):
        return {"detail": " ".join(str(m) for m in detail), "errors": {"non_field_errors": detail}}
    return {"detail": str(detail), "errors": {"non_field_errors": [str(detail)]}}


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
        # A constraint caught what validation should have: still a client error, never a 500.
        return Response({"detail": f"The data breaks a database rule: {exc}"}, status=status.HTTP_400_BAD_REQUEST)
    response = exception_handler(exc, context)
    if response is not None and isinstance(exc, DRFValidationError):
        response.data = _validation_payload(exc.detail)
    elif response is not None and isinstance(exc, APIException) and not isinstance(response.data, dict):
        response.data = {"detail": response.data}
    return response
