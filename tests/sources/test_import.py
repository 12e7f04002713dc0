"""Importing saved pages and PDFs: the extracted text becomes a document, the original is kept, and
a refused or failed import stores nothing."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from django.db import DatabaseError, connection
from django.utils import timezone

from annotations.models import Actor, Document, Sentence
from annotations.services.documents import documents_import_file
from annotations.sources.models import SourceFile
from tests.sources.pdfs import blank_pdf, encrypted_pdf, pdf_with_text
from tests.sources.storage import stored_files
from tests.sources.test_extract import page, report_pdf

pytestmark = pytest.mark.django_db


def test_a_saved_page_becomes_a_document_with_its_original_kept(reviewer, sources_dir):
    data = page("darat_izza_market.html")
    before = timezone.now()
    report = documents_import_file(name="saved/darat_izza_market.html", data=data, imported_by=reviewer)
    after = timezone.now()
    assert report.problems == [] and report.existing == []
    (document,) = report.created
    document.refresh_from_db()
    assert document.title == "Airstrikes kill four civilians in Darat Izza market"
    assert document.publisher.name == "Idlib Monitor"
    assert document.url == "https://monitor.example.org/2024/03/darat-izza-market"
    assert document.published_on == dt.date(2024, 3, 11)
    assert "four civilians were killed and 21 others were injured" in document.text
    assert "Please enter your comment" not in document.text
    assert Sentence.objects.filter(document=document).count() >= 4

    source = document.source_file
    sha256 = hashlib.sha256(data).hexdigest()
    assert (source.sha256, source.size, source.media_type) == (sha256, len(data), "text/html")
    assert (source.original_name, source.original_url) == ("darat_izza_market.html", document.url)
    assert (source.author, source.imported_by) == ("Rami Haddad", reviewer)
    assert before <= source.captured_at <= after
    assert source.stored_name == f"{sha256}.html"
    assert (sources_dir / source.stored_name).read_bytes() == data


def test_the_publisher_of_a_page_resolves_to_a_known_actor_by_alias(sources_dir):
    known = Actor.objects.create(name="Idlib Human Rights Monitor", kind="monitor", aliases=["Idlib Monitor"])
    (document,) = documents_import_file(name="market.htm", data=page("darat_izza_market.html")).created
    assert Document.objects.get(pk=document.pk).publisher == known
    assert Actor.objects.count() == 1


def test_a_pdf_becomes_a_document_with_its_original_kept(sources_dir):
    data = report_pdf()
    (document,) = documents_import_file(name="idlib-report.pdf", data=data).created
    document.refresh_from_db()
    assert document.title == "Civilian harm in Idlib"
    assert document.published_on == dt.date(2024, 3, 11)
    assert "Thirteen people were killed in Atarib on 3 March." in document.text
    assert document.source_file.media_type == "application/pdf"
    assert stored_files(sources_dir) == [f"{hashlib.sha256(data).hexdigest()}.pdf"]


def test_the_time_a_saving_tool_wrote_into_the_page_is_its_capture_time(sources_dir):
    note = b"<!--\n Page saved with SingleFile \n url: https://monitor.example.org/saved \n"
    note += b" saved date: Mon Mar 11 2024 10:12:13 GMT+0000 (Coordinated Universal Time)\n-->\n"
    (document,) = documents_import_file(name="single.html", data=note + page("darat_izza_market.html")).created
    source = SourceFile.objects.get(document=document)
    assert source.captured_at == dt.datetime(2024, 3, 11, 10, 12, 13, tzinfo=dt.UTC)
    assert source.original_url == "https://monitor.example.org/saved"


def test_a_page_imported_twice_is_already_there_and_stored_once(sources_dir):
    data = page("darat_izza_market.html")
    first = documents_import_file(name="market.html", data=data)
    again = documents_import_file(name="market-copy.html", data=data)
    assert again.created == [] and [d.pk for d in again.existing] == [d.pk for d in first.created]
    assert SourceFile.objects.count() == 1
    assert len(stored_files(sources_dir)) == 1


def _refused(name: str, data: bytes) -> list[str]:
    return [str(problem) for problem in documents_import_file(name=name, data=data).problems]


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("menu_only.html", page("menu_only.html"), "menu_only.html holds no article text"),
        ("locked.pdf", encrypted_pdf(report_pdf()), "locked.pdf is an encrypted PDF"),
        ("scan.pdf", blank_pdf(), "scan.pdf has no text on any of its 1 page(s)"),
        ("report.html", report_pdf(), "report.html is called a web page but its content is a PDF"),
        ("page.pdf", page("darat_izza_market.html"), "page.pdf is called a PDF but its content is not a PDF"),
    ],
)
def test_a_bad_source_is_refused_naming_the_file_and_stores_nothing(sources_dir, name, data, message):
    (problem,) = _refused(name, data)
    assert problem.startswith(f"{name}: ") and message in problem
    assert (Document.objects.count(), SourceFile.objects.count(), stored_files(sources_dir)) == (0, 0, [])


def test_a_source_over_the_size_limit_is_refused_and_stores_nothing(settings, sources_dir):
    settings.WORKBENCH_MAX_SOURCE_BYTES = 2048
    data = pdf_with_text([["Four people were killed when the market was shelled on Monday."]] * 30)
    assert len(data) > 2048
    (problem,) = _refused("long.pdf", data)
    assert f"long.pdf is {len(data):,} bytes; the limit for a source file is 2,048 bytes" in problem
    assert (Document.objects.count(), SourceFile.objects.count(), stored_files(sources_dir)) == (0, 0, [])


def test_a_text_over_the_document_limit_is_refused_and_stores_nothing(settings, sources_dir):
    settings.WORKBENCH_MAX_DOCUMENT_BYTES = 100
    (problem,) = _refused("market.html", page("darat_izza_market.html"))
    assert problem.startswith("market.html: text: The text is") and "the limit is 100 bytes" in problem
    assert (Document.objects.count(), SourceFile.objects.count(), stored_files(sources_dir)) == (0, 0, [])


@pytest.fixture
def source_rows_refused(db):
    """The database refuses every new source-file row (a trigger, so the failure is the database's own)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "CREATE FUNCTION test_refuse_source() RETURNS trigger AS $$ BEGIN "
                "RAISE EXCEPTION 'source rows refused by the test'; END $$ LANGUAGE plpgsql"
            )
            cursor.execute(
                "CREATE TRIGGER test_refuse_source BEFORE INSERT ON annotations_sourcefile "
                "FOR EACH ROW EXECUTE FUNCTION test_refuse_source()"
            )
        else:
            cursor.execute(
                "CREATE TRIGGER test_refuse_source BEFORE INSERT ON annotations_sourcefile "
                "BEGIN SELECT RAISE(ABORT, 'source rows refused by the test'); END"
            )
    yield
    with connection.cursor() as cursor:
        cursor.execute(
            "DROP TRIGGER test_refuse_source"
            + (" ON annotations_sourcefile" if connection.vendor == "postgresql" else "")
        )
        if connection.vendor == "postgresql":
            cursor.execute("DROP FUNCTION test_refuse_source()")


def test_when_the_database_write_fails_the_stored_original_is_removed(sources_dir, source_rows_refused):
    with pytest.raises(DatabaseError, match="source rows refused by the test"):
        documents_import_file(name="market.html", data=page("darat_izza_market.html"))
    assert (Document.objects.count(), SourceFile.objects.count(), stored_files(sources_dir)) == (0, 0, [])


def test_a_retried_import_reuses_the_file_an_interrupted_one_left(sources_dir):
    data = page("darat_izza_market.html")
    name = f"{hashlib.sha256(data).hexdigest()}.html"
    sources_dir.mkdir(parents=True)
    (sources_dir / name).write_bytes(data)  # stored by an import that died before its transaction committed
    (document,) = documents_import_file(name="market.html", data=data).created
    assert SourceFile.objects.get(document=document).stored_name == name
    assert stored_files(sources_dir) == [name]


def test_an_altered_file_under_the_same_name_is_replaced_by_the_original(sources_dir):
    data = page("darat_izza_market.html")
    name = f"{hashlib.sha256(data).hexdigest()}.html"
    sources_dir.mkdir(parents=True)
    (sources_dir / name).write_bytes(b"<html>not what was imported</html>")
    documents_import_file(name="market.html", data=data)
    assert stored_files(sources_dir) == [name]
    assert (sources_dir / name).read_bytes() == data


def test_an_arabic_page_in_a_legacy_encoding_is_read_as_arabic(sources_dir):
    html = (
        '<html><head><meta charset="windows-1256"><title>غارات على سوق دارة عزة</title>'
        '<meta property="og:site_name" content="الدفاع المدني السوري"></head><body><article>'
        "<p>قال الدفاع المدني السوري إن أربعة مدنيين قتلوا وأصيب واحد وعشرون آخرون في غارات جوية على سوق دارة عزة.</p>"
        "<p>وأضاف أن فرقه انتشلت شخصين من تحت أنقاض محل تجاري منهار في وسط السوق.</p></article></body></html>"
    )
    (document,) = documents_import_file(name="darat-izza-ar.html", data=html.encode("cp1256")).created
    document.refresh_from_db()
    assert (document.title, document.language) == ("غارات على سوق دارة عزة", "ar")
    assert document.publisher.name == "الدفاع المدني السوري"
    assert "أربعة مدنيين قتلوا" in document.text


def test_a_pdf_without_a_title_is_named_by_its_first_line(sources_dir):
    data = pdf_with_text([["Shelling of Ariha", "Four people were killed in the shelling of Ariha on Monday."]])
    (document,) = documents_import_file(name="ariha.pdf", data=data).created
    assert Document.objects.get(pk=document.pk).title == "Shelling of Ariha"
