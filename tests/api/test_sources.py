"""Saved pages and PDFs through the real API: upload, the document's ``source_file``, and the
download of the original (an attachment, checked against its SHA-256, hidden outside one's projects)."""

from __future__ import annotations

import hashlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError

from annotations.models import Document
from annotations.projects.services import project_create, project_member_set
from annotations.sources.models import SourceFile
from tests.sources.pdfs import encrypted_pdf
from tests.sources.storage import stored_files
from tests.sources.test_extract import page, report_pdf

UPLOAD = "/api/v1/documents/upload/"
PAGE = page("darat_izza_market.html")


def upload(client, name: str, data: bytes):
    return client.post(UPLOAD, {"file": SimpleUploadedFile(name, data)}, format="multipart")


def source_url(document_id: int) -> str:
    return f"/api/v1/documents/{document_id}/source/"


@pytest.fixture
def imported(client_for, reviewer, sources_dir) -> Document:
    response = upload(client_for(reviewer), "Darat Izza market.html", PAGE)
    assert response.status_code == 201, response.json()
    return Document.objects.get(pk=response.json()["created"][0]["id"])


def test_an_uploaded_page_shows_its_original_in_the_document(client_for, annotator, imported):
    body = client_for(annotator).get(f"/api/v1/documents/{imported.pk}/").json()
    assert body["title"] == "Airstrikes kill four civilians in Darat Izza market"
    assert body["publisher"]["name"] == "Idlib Monitor"
    assert body["published_on"] == "2024-03-11"
    source = body["source_file"]
    assert source["name"] == "Darat Izza market.html"
    assert (source["media_type"], source["size"]) == ("text/html", len(PAGE))
    assert source["sha256"] == hashlib.sha256(PAGE).hexdigest()
    assert source["url"] == "https://monitor.example.org/2024/03/darat-izza-market"
    assert source["author"] == "Rami Haddad"
    assert source["download_url"] == source_url(imported.pk)
    (listed,) = client_for(annotator).get("/api/v1/documents/").json()["results"]
    assert listed["source_file"] == source


def test_a_document_imported_as_text_has_no_original(client_for, annotator, document):
    client = client_for(annotator)
    assert client.get(f"/api/v1/documents/{document.pk}/").json()["source_file"] is None
    response = client.get(source_url(document.pk))
    assert response.status_code == 404
    assert response.json()["detail"] == f"Document {document.pk} has no original file: it was imported as text."


def test_the_download_is_the_exact_bytes_as_an_attachment_never_inline(client_for, annotator, imported):
    response = client_for(annotator).get(source_url(imported.pk))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PAGE
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"] == 'attachment; filename="Darat Izza market.html"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Length"] == str(len(PAGE))
    assert response["X-Content-SHA256"] == hashlib.sha256(PAGE).hexdigest()


def test_a_pdf_uploads_and_downloads_as_a_pdf_attachment(client_for, reviewer, annotator, sources_dir):
    data = report_pdf()
    response = upload(client_for(reviewer), "report.pdf", data)
    assert response.status_code == 201, response.json()
    download = client_for(annotator).get(source_url(response.json()["created"][0]["id"]))
    assert b"".join(download.streaming_content) == data
    assert download["Content-Type"] == "application/pdf"
    assert download["Content-Disposition"] == 'attachment; filename="report.pdf"'


def test_a_tampered_original_is_refused(client_for, annotator, imported, sources_dir):
    path = sources_dir / imported.source_file.stored_name
    path.write_bytes(PAGE.replace(b"four civilians", b"five civilians"))
    response = client_for(annotator).get(source_url(imported.pk))
    assert response.status_code == 409
    assert "source file does not match its checksum" in response.json()["detail"]
    assert response.json()["current"]["sha256"] == hashlib.sha256(PAGE).hexdigest()


def test_a_missing_original_is_a_404_with_a_message(client_for, annotator, imported, sources_dir):
    (sources_dir / imported.source_file.stored_name).unlink()
    response = client_for(annotator).get(source_url(imported.pk))
    assert response.status_code == 404
    assert "is missing from storage" in response.json()["detail"]


def test_an_original_changed_while_it_streams_is_cut_short(client_for, annotator, imported, sources_dir, monkeypatch):
    monkeypatch.setattr("annotations.sources.services.READ_BLOCK", 256)
    response = client_for(annotator).get(source_url(imported.pk))
    assert response.status_code == 200  # checked and intact when the answer started
    (sources_dir / imported.source_file.stored_name).write_bytes(PAGE.replace(b"Monday", b"Sunday"))
    sent = []
    with pytest.raises(Exception, match="source file does not match its checksum"):
        for block in response.streaming_content:
            sent.append(block)
    assert len(b"".join(sent)) < len(PAGE)


def test_outsiders_and_members_of_other_projects_get_404(client_for, outsider, imported):
    elsewhere = project_create(name="Elsewhere", by=None)
    other = type(outsider).objects.create_user(username="other_annotator", password="x")
    project_member_set(project=elsewhere, user=other, role="annotator", by=None)
    for user in (outsider, other):
        assert client_for(user).get(source_url(imported.pk)).status_code == 404
        assert client_for(user).get(f"/api/v1/documents/{imported.pk}/").status_code == 404
    assert client_for(None).get(source_url(imported.pk)).status_code in (401, 403)


def test_a_refused_upload_is_400_naming_the_file_and_stores_nothing(client_for, reviewer, sources_dir):
    response = upload(client_for(reviewer), "locked.pdf", encrypted_pdf(report_pdf()))
    assert response.status_code == 400
    body = response.json()
    assert body["problems"][0]["source"] == "locked.pdf"
    assert "locked.pdf is an encrypted PDF" in body["detail"]
    assert (Document.objects.count(), SourceFile.objects.count(), stored_files(sources_dir)) == (0, 0, [])


def test_the_same_page_uploaded_twice_is_already_there(client_for, reviewer, imported, sources_dir):
    again = upload(client_for(reviewer), "copy.htm", PAGE)
    assert again.status_code == 200
    assert [d["id"] for d in again.json()["existing"]] == [imported.pk]
    assert SourceFile.objects.count() == 1 and len(stored_files(sources_dir)) == 1


def test_import_documents_takes_pages_and_pdfs_from_a_folder(db, tmp_path, sources_dir, capsys):
    folder = tmp_path / "sources-in"
    folder.mkdir()
    (folder / "market.html").write_bytes(PAGE)
    (folder / "report.pdf").write_bytes(report_pdf())
    call_command("import_documents", str(folder))
    out = capsys.readouterr().out
    assert "imported: Airstrikes kill four civilians in Darat Izza market" in out
    assert "imported: Civilian harm in Idlib" in out
    assert "2 imported, 0 already there, 0 refused" in out
    assert sorted(SourceFile.objects.values_list("original_name", flat=True)) == ["market.html", "report.pdf"]
    assert len(stored_files(sources_dir)) == 2


def test_import_documents_refuses_a_bad_pdf_naming_it(db, tmp_path, sources_dir, capsys):
    bad = tmp_path / "locked.pdf"
    bad.write_bytes(encrypted_pdf(report_pdf()))
    with pytest.raises(CommandError, match="0 imported, 0 already there, 1 refused"):
        call_command("import_documents", str(bad))
    assert f"refused: {bad}: {bad} is an encrypted PDF" in capsys.readouterr().err
    assert (Document.objects.count(), SourceFile.objects.count(), stored_files(sources_dir)) == (0, 0, [])


def test_an_upload_may_say_where_and_when_the_original_was_captured(client_for, reviewer, sources_dir):
    form = {
        "file": SimpleUploadedFile("market.html", PAGE),
        "url": "https://archive.example.net/2024/market",
        "captured_at": "2024-03-12T08:00:00+02:00",
    }
    response = client_for(reviewer).post(UPLOAD, form, format="multipart")
    assert response.status_code == 201, response.json()
    source = SourceFile.objects.get()
    assert source.original_url == source.document.url == "https://archive.example.net/2024/market"
    assert source.captured_at.isoformat() == "2024-03-12T06:00:00+00:00"


@pytest.mark.parametrize(
    "name, fields, field, words",
    [
        ("market.html", {"captured_at": "last week"}, "captured_at", "is not a date and time"),
        ("market.html", {"captured_at": "2999-01-01T00:00:00Z"}, "captured_at", "in the future"),
        ("notes.txt", {"url": "https://example.org/notes"}, "url", "Only a saved web page or a PDF"),
    ],
)
def test_bad_capture_fields_are_400_naming_the_field(client_for, reviewer, sources_dir, name, fields, field, words):
    data = PAGE if name.endswith(".html") else b"Four people were killed."
    response = client_for(reviewer).post(UPLOAD, {"file": SimpleUploadedFile(name, data), **fields}, format="multipart")
    assert response.status_code == 400
    assert words in response.json()["errors"][field][0]
    assert (Document.objects.count(), SourceFile.objects.count(), stored_files(sources_dir)) == (0, 0, [])


def test_a_bad_capture_url_is_refused_naming_the_file(client_for, reviewer, sources_dir):
    form = {"file": SimpleUploadedFile("market.html", PAGE), "url": "not an address"}
    response = client_for(reviewer).post(UPLOAD, form, format="multipart")
    assert response.status_code == 400
    assert response.json()["problems"] == [{"source": "market.html", "message": "url: Enter a valid URL."}]
    assert (Document.objects.count(), SourceFile.objects.count(), stored_files(sources_dir)) == (0, 0, [])
