"""API test helpers: clients signed in as the named users, and documents big enough for paging."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from annotations.models import Annotation, Sentence
from annotations.services.annotating import AnnotationDraft, annotations_bulk_create
from annotations.services.documents import document_create


@pytest.fixture
def client_for(db):
    """``client_for(user)``: an APIClient signed in with a session (as the pages are)."""

    def make(user=None) -> APIClient:
        client = APIClient()
        if user is not None:
            client.force_login(user)
        return client

    return make


@pytest.fixture
def sentences(document) -> list[Sentence]:
    return list(document.sentences.order_by("index"))


def long_document(sentence_count: int, *, title: str = "Long report", **fields):
    text = " ".join(
        f"Report {title} line {n}: {n + 1} people were injured in the shelling." for n in range(sentence_count)
    )
    document, _ = document_create(text=text, title=title, **fields)
    return document


def label_sentences(*, annotator, document, label, count: int | None = None):
    """Bulk-label the first ``count`` sentences of ``document`` (all when None)."""
    sentences = list(document.sentences.order_by("index"))[:count]
    drafts = [AnnotationDraft(sentence=s, label=label) for s in sentences]
    made = annotations_bulk_create(annotator=annotator, document=document, drafts=drafts)
    return list(Annotation.objects.filter(pk__in=[new.pk for new in made]).order_by("pk"))


@pytest.fixture
def a(db):
    """Project A with its manager, reviewer, annotator and work (tests/api/projects_setup.py)."""
    from tests.api.projects_setup import make_side

    return make_side("A")


@pytest.fixture
def b(db):
    """Project B, like A: a second project whose members must see nothing of A."""
    from tests.api.projects_setup import make_side

    return make_side("B")
