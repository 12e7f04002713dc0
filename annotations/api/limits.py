"""Refuse API request bodies above WORKBENCH_MAX_REQUEST_BYTES before anything reads them."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse

API_PREFIX = "/api/"
# File uploads of documents have their own, larger limit: a large one becomes a background import.
UPLOAD_PATH = "/api/v1/documents/upload/"


class RequestSizeLimitMiddleware:
    """Answer 413 with a JSON message when an API request declares a body larger than the limit.

    Django's WSGI request reads at most CONTENT_LENGTH bytes, so the declared length is the size
    that would be read. The limit is read per request so that a deployment (or a test) can change it.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path.startswith(API_PREFIX):
            upload = request.path == UPLOAD_PATH
            limit = settings.WORKBENCH_MAX_UPLOAD_BYTES if upload else settings.WORKBENCH_MAX_REQUEST_BYTES
            try:
                size = int(request.META.get("CONTENT_LENGTH") or 0)
            except ValueError:
                return JsonResponse({"detail": "The Content-Length header is not a number."}, status=400)
            if size > limit:
                return JsonResponse(
                    {
                        "detail": (
                            f"The request body is {size:,} bytes; the limit is {limit:,} bytes "
                            + (
                                "(WORKBENCH_MAX_UPLOAD_BYTES). Split the file."
                                if upload
                                else "(WORKBENCH_MAX_REQUEST_BYTES). Send fewer items per request."
                            )
                        ),
                        "limit": limit,
                    },
                    status=413,
                )
        return self.get_response(request)
