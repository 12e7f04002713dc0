"""The original of a document: ``GET /api/v1/documents/{id}/source/`` streams it as an attachment,
checked against its SHA-256 (``annotations.checked_files``, as releases are)."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.http import content_disposition_header
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework.exceptions import NotFound
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.views import APIView

from annotations.api.schema import error_responses
from annotations.exports.views import AnyAcceptNegotiation
from annotations.models import Document
from annotations.projects.access import documents_in_reach
from annotations.sources.extract import is_source_name
from annotations.sources.services import source_file_open

# A saved page may carry scripts: it is never served as HTML, only as bytes to save.
SERVED_AS = {"application/pdf": "application/pdf"}
DEFAULT_SERVED_AS = "application/octet-stream"


def source_upload_fields(request: Request, name: str) -> dict:
    """The optional ``url`` and ``captured_at`` form fields of an upload, for a saved page or PDF: where
    and when the original was captured, when the file itself does not say (or says otherwise)."""
    url = (request.data.get("url") or "").strip()
    raw_when = (request.data.get("captured_at") or "").strip()
    if not (url or raw_when):
        return {}
    if not is_source_name(name):
        field = "url" if url else "captured_at"
        raise ValidationError({field: "Only a saved web page or a PDF (.html, .htm, .pdf) records this."})
    captured_at = None
    if raw_when:
        try:
            captured_at = parse_datetime(raw_when)
        except ValueError:
            captured_at = None
        if captured_at is None:
            raise ValidationError(
                {"captured_at": f"{raw_when!r} is not a date and time (ISO 8601, e.g. 2024-03-11T09:30Z)."}
            )
        if timezone.is_naive(captured_at):
            captured_at = captured_at.replace(tzinfo=dt.UTC)
        if captured_at > timezone.now():
            raise ValidationError({"captured_at": "The capture time is in the future."})
    return {"source_url": url, "captured_at": captured_at}


class DocumentSourceView(APIView):
    permission_classes = [IsAuthenticated]
    content_negotiation_class = AnyAcceptNegotiation

    @extend_schema(
        summary="Download the original of a document (the saved page or PDF it was imported from)",
        description="Always an attachment (`Content-Disposition: attachment`, `X-Content-Type-Options: nosniff`); "
        "a saved page is sent as `application/octet-stream` so that no browser runs it. The bytes are hashed "
        "before and while they are sent: a stored file that no longer matches the SHA-256 recorded at import "
        "is refused (409). 404 when the document is outside your projects or has no original (imported as text).",
        responses={
            (200, "application/octet-stream"): OpenApiResponse(OpenApiTypes.BINARY),
            (200, "application/pdf"): OpenApiResponse(OpenApiTypes.BINARY),
            **error_responses(404, 409),
        },
    )
    def get(self, request: Request, pk: int) -> StreamingHttpResponse:
        document = get_object_or_404(
            documents_in_reach(Document.objects.select_related("source_file").defer("text"), request.user),
            pk=pk,
        )
        source = getattr(document, "source_file", None)
        if source is None:
            raise NotFound(f"Document {pk} has no original file: it was imported as text.")
        try:
            checked = source_file_open(source=source)
        except FileNotFoundError as exc:
            raise Http404(str(exc)) from None
        response = StreamingHttpResponse(
            checked.chunks(), content_type=SERVED_AS.get(source.media_type, DEFAULT_SERVED_AS)
        )
        response["Content-Disposition"] = content_disposition_header(as_attachment=True, filename=source.original_name)
        response["Content-Length"] = str(source.size)
        response["X-Content-Type-Options"] = "nosniff"
        response["Content-Security-Policy"] = "sandbox; default-src 'none'"
        response["ETag"] = f'"{source.sha256}"'
        response["X-Content-SHA256"] = source.sha256
        return response


urlpatterns = [path("documents/<int:pk>/source/", DocumentSourceView.as_view(), name="document-source")]
