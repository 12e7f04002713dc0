"""Pages people work in. They read through selectors and write through the REST API."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render


@login_required
def home(request):
    return render(request, "annotations/home.html")
