"""The annotate page names a document's original (a saved page or PDF) and links its download."""

from __future__ import annotations

import hashlib

import pytest
from django.template.defaultfilters import filesizeformat
from django.urls import reverse

from annotations.services.documents import documents_import_file
from tests.sources.test_extract import page

pytestmark = pytest.mark.django_db


def test_the_annotate_page_shows_the_original_with_its_size_hash_and_download(client, annotator, sources_dir):
    data = page("darat_izza_market.html")
    (document,) = documents_import_file(name="darat_izza_market.html", data=data).created
    client.force_login(annotator)
    html = client.get(reverse("annotate", args=[document.pk])).content.decode()
    sha256 = hashlib.sha256(data).hexdigest()
    assert f"Original: darat_izza_market.html, {filesizeformat(len(data))}, SHA-256" in html
    assert f'<code title="{sha256}">{sha256[:12]}</code>' in html
    assert f'<a href="/api/v1/documents/{document.pk}/source/" download="darat_izza_market.html">Download</a>' in html


def test_a_document_imported_as_text_shows_no_original(client, annotator, document):
    client.force_login(annotator)
    response = client.get(reverse("annotate", args=[document.pk]))
    assert response.status_code == 200
    assert "Original:" not in response.content.decode()


def test_source_files_are_view_only_in_the_admin(client, admin_user, sources_dir):
    (document,) = documents_import_file(name="darat_izza_market.html", data=page("darat_izza_market.html")).created
    source = document.source_file
    client.force_login(admin_user)
    listing = client.get(reverse("admin:annotations_sourcefile_changelist"))
    assert listing.status_code == 200 and "darat_izza_market.html" in listing.content.decode()
    shown = client.get(reverse("admin:annotations_sourcefile_change", args=[source.pk]))
    assert shown.status_code == 200 and 'name="_save"' not in shown.content.decode()
    assert client.get(reverse("admin:annotations_sourcefile_add")).status_code == 403
    assert (
        client.post(reverse("admin:annotations_sourcefile_delete", args=[source.pk]), {"post": "yes"}).status_code
        == 403
    )
