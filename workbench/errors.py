"""Error pages for addresses no view answers: JSON under /api/, the site's page elsewhere."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.defaults import page_not_found, server_error


def not_found(request: HttpRequest, exception=None) -> HttpResponse:
    if request.path.startswith("/api/"):
        return JsonResponse(
            {"detail": f"No API endpoint or object at {request.path}. Ids are whole numbers; see /api/v1/docs/."},
            status=404,
        )
    return page_not_found(request, exception)


def server_failed(request: HttpRequest) -> HttpResponse:
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "The server failed on this request; it has been logged."}, status=500)
    return server_error(request)
