"""The admin: every model registered, and the lists a reviewer uses render with real data."""

import pytest
from django.apps import apps
from django.contrib import admin
from django.urls import reverse

from annotations.models import Annotation, Document
from annotations.services.annotating import AnnotationDraft, annotation_create
from annotations.services.seed import seed_corpus_load

pytestmark = pytest.mark.django_db


def test_every_model_of_the_app_is_in_the_admin():
    for model in apps.get_app_config("annotations").get_models():
        assert admin.site.is_registered(model), f"{model.__name__} is not in the admin"


@pytest.fixture
def seeded(annotator, labels):
    seed_corpus_load()
    document = Document.objects.get(title__startswith="Regime airstrike kills 13")
    annotation_create(
        annotator=annotator,
        draft=AnnotationDraft(
            sentence=document.sentences.get(index=0), label=labels["casualty_claim"], figures={"killed_min": 13}
        ),
    )
    return document


def test_every_changelist_renders_for_an_admin(client, admin_user, seeded):
    client.force_login(admin_user)
    for model in apps.get_app_config("annotations").get_models():
        url = reverse(f"admin:annotations_{model._meta.model_name}_changelist")
        response = client.get(url)
        assert response.status_code == 200, url


def test_annotation_list_shows_sentence_text_and_document(client, admin_user, seeded):
    client.force_login(admin_user)
    response = client.get(reverse("admin:annotations_annotation_changelist"))
    page = response.content.decode()
    assert "where 13 people, including seven members of the same family" in page
    assert seeded.title in page


def test_admin_search_finds_documents_by_text(client, admin_user, seeded):
    client.force_login(admin_user)
    response = client.get(reverse("admin:annotations_document_changelist"), {"q": "Ahl Saraqib"})
    page = response.content.decode()
    assert "Increased Assad and Russian Attacks" in page
    assert "Regime airstrike kills 13" not in page


def test_document_text_is_read_only_in_the_admin(client, admin_user, seeded):
    client.force_login(admin_user)
    url = reverse("admin:annotations_document_change", args=[seeded.pk])
    client.post(url, {"title": "Renamed", "text": "Replaced text", "language": "en"})
    seeded.refresh_from_db()
    assert "Replaced text" not in seeded.text
    assert Annotation.objects.count() == 1


def test_annotations_are_view_only_in_the_admin_so_history_is_kept(client, admin_user, seeded):
    client.force_login(admin_user)
    annotation = Annotation.objects.get()
    url = reverse("admin:annotations_annotation_change", args=[annotation.pk])
    assert client.get(url).status_code == 200  # it can be looked at
    response = client.post(url, {"note": "edited behind the services", "label": annotation.label_id})
    assert response.status_code == 403
    annotation.refresh_from_db()
    assert annotation.note == "" and annotation.version == 1
    delete_url = reverse("admin:annotations_annotation_delete", args=[annotation.pk])
    assert client.post(delete_url, {"post": "yes"}).status_code == 403
    assert Annotation.objects.filter(pk=annotation.pk).exists()
