"""What a locked-out sign-in gets (django-axes calls this): JSON with Retry-After on the API, the
lockout page on the web. Both say the same for accounts that exist and names that do not."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render


def locked_out_message() -> str:
    return f"Too many failed sign-in attempts. Try again in {settings.AXES_COOLOFF_MINUTES} minutes."


def locked_out_response(request: HttpRequest, original_response=None, credentials=None) -> HttpResponse:
    seconds = settings.AXES_COOLOFF_MINUTES * 60
    if request.path.startswith("/api/"):
        response = JsonResponse({"detail": locked_out_message()}, status=429)
    else:
        context = {"message": locked_out_message(), "minutes": settings.AXES_COOLOFF_MINUTES}
        response = render(request, "registration/locked_out.html", context, status=429)
    response["Retry-After"] = str(seconds)
    return response
