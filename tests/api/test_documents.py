"""Documents and sentences: per-user progress, filters, import by reviewers, query counts."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from annotations.models import Actor, Document, Sentence
from annotations.services.reviewing import annotation_submit
from tests.api.conftest import label_sentences, long_document
from tests.conftest import SAMPLE_TEXT

LIST = "/api/v1/documents/"
UPLOAD = "/api/v1/documents/upload/"
SENTENCES = "/api/v1/sentences/"


def stored() -> tuple[int, int, int]:
    return Document.objects.count(), Sentence.objects.count(), Actor.objects.count()


# --- list and retrieve ---------------------------------------------------------------------------


def test_list_shows_each_callers_own_progress(client_for, annotator, second_annotator, document, labels):
    made = label_sentences(annotator=annotator, document=document, label=labels["rhetoric"], count=2)
    label_sentences(annotator=annotator, document=document, label=labels["call_to_action"], count=1)
    annotation_submit(annotation=made[0], by=annotator)
    label_sentences(annotator=second_annotator, document=document, label=labels["rhetoric"])

    (mine,) = client_for(annotator).get(LIST).json()["results"]
    assert mine["sentence_count"] == 4
    assert mine["progress"] == {
        "labelled_sentences": 2,
        "annotations": {"draft": 2, "submitted": 1, "approved": 0, "rejected": 0},
    }
    (theirs,) = client_for(second_annotator).get(LIST).json()["results"]
    assert theirs["progress"]["labelled_sentences"] == 4
    assert theirs["progress"]["annotations"]["draft"] == 4
    assert "text" not in mine


def test_retrieve_has_text_and_sentences(client_for, annotator, document):
    body = client_for(annotator).get(f"{LIST}{document.pk}/").json()
    assert body["text"] == SAMPLE_TEXT
    assert [s["index"] for s in body["sentences"]] == [0, 1, 2, 3]
    second = body["sentences"][1]
    assert second["text"] == SAMPLE_TEXT[second["start"] : second["end"]]
    assert second["text"].startswith("The Syrian Civil Defense said four civilians")
    assert client_for(annotator).get(f"{LIST}999/").status_code == 404


def test_document_filters_and_ordering(client_for, annotator, document):
    snhr = Actor.objects.create(name="SNHR")
    old = long_document(2, title="Old report", publisher=snhr, published_on=dt.date(2019, 5, 1))
    french = long_document(2, title="Rapport", language="fr", published_on=dt.date(2021, 1, 1))
    client = client_for(annotator)

    def ids(**params) -> list[int]:
        response = client.get(LIST, params)
        assert response.status_code == 200, response.json()
        return [d["id"] for d in response.json()["results"]]

    assert ids(q="darat izza") == [document.pk]
    assert ids(q="Old REPORT") == [old.pk]
    assert ids(publisher=snhr.pk) == [old.pk]
    assert ids(published_after="2020-01-01") == [french.pk]
    assert ids(published_before="2020-01-01") == [old.pk]
    assert ids(language="fr") == [french.pk]
    assert ids(ordering="-published_on", published_after="2000-01-01") == [french.pk, old.pk]
    assert ids(ordering="title") == [document.pk, old.pk, french.pk]
    assert client.get(LIST, {"published_after": "last week"}).status_code == 400
    assert client.get(LIST, {"limit": 1}).json()["count"] == 3


@pytest.mark.parametrize("size", [5, 50])
def test_document_list_query_count_does_not_grow(client_for, annotator, labels, size, django_assert_max_num_queries):
    publisher = Actor.objects.create(name="Monitor")
    for number in range(size):
        document = long_document(2, title=f"Report {number}", publisher=publisher)
        label_sentences(annotator=annotator, document=document, label=labels["rhetoric"], count=1)
    client = client_for(annotator)
    # 1 session, 2 user, 3 the caller's project memberships (the list holds only their projects'
    # documents), 4 COUNT for the page links, 5 the page with publisher joined and the sentence count
    # and the caller's progress as subqueries.
    with django_assert_max_num_queries(5):
        response = client.get(LIST, {"limit": size})
    results = response.json()["results"]
    assert len(results) == size
    assert all(d["progress"]["labelled_sentences"] == 1 and d["publisher"]["name"] == "Monitor" for d in results)


# --- JSON import ---------------------------------------------------------------------------------


def test_reviewer_imports_a_document_as_json(client_for, reviewer):
    payload = {
        "title": "Atarib market strike",
        "text": "Warplanes struck the market in Atarib. At least 13 people were killed.",
        "publisher": "SNHR",
        "published_on": "2017-11-13",
        "url": "https://example.org/atarib",
    }
    response = client_for(reviewer).post(LIST, payload)
    assert response.status_code == 201, response.json()
    (created,) = response.json()["created"]
    document = Document.objects.get(pk=created["id"])
    assert document.publisher.name == "SNHR" and document.published_on == dt.date(2017, 11, 13)
    assert document.imported_by == reviewer and document.sentences.count() == 2
    assert response.json()["existing"] == [] and response.json()["problems"] == []

    again = client_for(reviewer).post(LIST, payload)
    assert again.status_code == 200
    assert again.json()["existing"][0]["id"] == document.pk
    assert Document.objects.count() == 1


def test_admin_imports_a_list_of_documents(client_for, admin_user):
    response = client_for(admin_user).post(LIST, [{"text": "One. Two."}, {"text": "Three. Four."}], format="json")
    assert response.status_code == 201
    assert len(response.json()["created"]) == 2


def test_annotators_cannot_import(client_for, annotator, outsider):
    for user in (annotator, outsider):
        response = client_for(user).post(LIST, {"text": "Some text."})
        assert response.status_code == 403
        assert response.json()["detail"] == "Only reviewers and admins can change this."
    assert not Document.objects.exists()


@pytest.mark.parametrize(
    ("payload", "field", "words"),
    [
        ({"title": "x"}, "text", "missing or empty"),
        ({"text": "   "}, "text", "The text is empty."),
        ({"text": "Fine.", "published_on": "13/11/2017"}, "published_on", "YYYY-MM-DD"),
        ({"text": "Fine.", "author": "me"}, "non_field_errors", "unknown field(s) author"),
        ({"text": 42}, "text", "must be a string"),
        ([{"text": "Good one."}, {"text": ""}], "[1].text", "missing or empty"),
        ("just a string", "non_field_errors", "JSON object"),
    ],
)
def test_bad_json_import_is_400_and_stores_nothing(client_for, reviewer, payload, field, words):
    before = stored()
    response = client_for(reviewer).post(LIST, payload, format="json")
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert field in errors, errors
    assert words in " ".join(errors[field])
    assert stored() == before


def test_text_over_the_document_limit_is_refused(client_for, reviewer, settings):
    settings.WORKBENCH_MAX_DOCUMENT_BYTES = 20
    response = client_for(reviewer).post(LIST, {"text": "A sentence that is longer than twenty bytes."})
    assert response.status_code == 400
    assert "the limit is 20 bytes" in response.json()["errors"]["text"][0]
    assert not Document.objects.exists()


# --- file upload ---------------------------------------------------------------------------------


def upload(client, name: str, data: bytes):
    return client.post(UPLOAD, {"file": SimpleUploadedFile(name, data)}, format="multipart")


def test_reviewer_uploads_a_text_file(client_for, reviewer):
    response = upload(client_for(reviewer), "atarib.txt", b"Atarib strike\nWarplanes hit the market. 13 died.")
    assert response.status_code == 201, response.json()
    document = Document.objects.get()
    assert document.title == "Atarib strike"


def test_reviewer_uploads_jsonl(client_for, reviewer):
    lines = [json.dumps({"text": f"Report {n}. Nobody was hurt.", "publisher": "OCHA"}) for n in range(3)]
    response = upload(client_for(reviewer), "batch.jsonl", "\n".join(lines).encode())
    assert response.status_code == 201
    assert len(response.json()["created"]) == 3
    assert Actor.objects.filter(name="OCHA").count() == 1


def test_a_document_whose_no_break_space_made_the_segmenter_panic_is_imported_whole(client_for, reviewer):
    text = "Clinic H\xa0. Two nurses were injured.\nThe second line."
    response = upload(client_for(reviewer), "batch.jsonl", json.dumps({"text": text}).encode())
    assert response.status_code == 201, response.json()
    document = Document.objects.get()
    sentences = [text[s.start : s.end] for s in document.sentences.order_by("start")]
    assert sentences and "".join(sentences).replace(" ", "") == text.replace(" ", "").replace("\n", "")


def test_upload_with_a_bad_line_stores_nothing(client_for, reviewer):
    data = b'{"text": "A good document."}\n{"text": "broken\n'
    before = stored()
    response = upload(client_for(reviewer), "batch.jsonl", data)
    assert response.status_code == 400
    body = response.json()
    assert body["problems"] == [{"source": "batch.jsonl line 2", "message": body["problems"][0]["message"]}]
    assert "malformed JSON" in body["problems"][0]["message"]
    assert body["detail"].startswith("Nothing was imported: batch.jsonl line 2: malformed JSON")
    assert stored() == before


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("report.docx", b"PK\x03\x04", "unsupported file type .docx"),
        ("report.pdf", b"%PDF-1.4", "report.pdf is a damaged PDF"),
        ("report.txt", b"\x00\x01binary", "binary file"),
        ("report.txt", b"caf\xe9 bombed.", "not UTF-8"),
    ],
)
def test_unusable_files_are_400(client_for, reviewer, name, data, words):
    response = upload(client_for(reviewer), name, data)
    assert response.status_code == 400
    assert words in response.json()["detail"]
    assert not Document.objects.exists()


def test_upload_needs_a_file_field_and_multipart(client_for, reviewer, annotator):
    missing = client_for(reviewer).post(UPLOAD, {}, format="multipart")
    assert missing.status_code == 400 and "file" in missing.json()["errors"]
    as_json = client_for(reviewer).post(UPLOAD, {"file": "x"}, format="json")
    assert as_json.status_code == 415
    assert as_json.json()["accepted"] == ["multipart/form-data"]
    assert upload(client_for(annotator), "a.txt", b"Text.").status_code == 403
    assert not Document.objects.exists()


# --- sentences -----------------------------------------------------------------------------------


def test_sentences_of_a_document_in_order_with_cursor_pages(client_for, annotator, document):
    other = long_document(5)
    client = client_for(annotator)
    first = client.get(SENTENCES, {"document": other.pk, "page_size": 2}).json()
    assert [s["index"] for s in first["results"]] == [0, 1]
    assert first["results"][0]["text"].startswith(f"Report {other.title} line 0:")
    rest = client.get(first["next"]).json()
    assert [s["index"] for s in rest["results"]] == [2, 3]
    assert all(s["document"] == other.pk for s in first["results"] + rest["results"])
    found = client.get(SENTENCES, {"q": "regime warplanes"}).json()["results"]
    assert [s["id"] for s in found] == [document.sentences.get(index=2).pk]
    assert client.get(SENTENCES, {"document": "abc"}).status_code == 400


@pytest.mark.parametrize("size", [5, 50])
def test_sentence_list_query_count_does_not_grow(client_for, annotator, size, django_assert_max_num_queries):
    document = long_document(size)
    client = client_for(annotator)
    # 1 session, 2 user, 3 the caller's project memberships (only their projects' sentences), 4 the
    # page of sentences with their text cut out by the database.
    with django_assert_max_num_queries(4):
        response = client.get(SENTENCES, {"document": document.pk, "page_size": size})
    assert len(response.json()["results"]) == size


def test_an_import_time_filter_with_an_offset_postgresql_cannot_store_is_read_in_utc(client_for, annotator):
    # -22:07 is a valid ISO offset that PostgreSQL refuses as a time zone; the filter means an instant.
    reply = client_for(annotator).get("/api/v1/documents/", {"imported_after": "2020-01-01T00:00:00-22:07"})
    assert reply.status_code == 200


def test_an_import_time_filter_that_leaves_the_calendar_is_refused(client_for, annotator):
    reply = client_for(annotator).get("/api/v1/documents/", {"imported_after": "0001-01-01T00:00:00+05:00"})
    assert reply.status_code == 400
    assert "imported_after" in reply.json()["errors"]


def test_an_arabic_query_finds_a_document_whatever_its_diacritics_and_letter_forms(client_for, annotator):
    from annotations.services.documents import document_create

    arabic, _ = document_create(text="وقعت مَجْزَرَةُ الإمامِ عليّ في إدلب؛ قُتل ٣ أشخاص.", title="مجزرة الإمام علي")
    client = client_for(annotator)

    def ids(q: str) -> list[int]:
        return [d["id"] for d in client.get(LIST, {"q": q}).json()["results"]]

    assert ids("مجزره الامام") == [arabic.pk]
    assert ids("ادلب") == [arabic.pk]
    assert ids("قتل 3") == [arabic.pk]
    assert ids("الرقة") == []


def test_an_arabic_query_finds_sentences_whatever_their_diacritics_and_letter_forms(client_for, annotator, document):
    from annotations.services.documents import document_create

    arabic, _ = document_create(
        text="قصفت الطائرات مَدْرَسَةً في مَعَرَّة النعمان. استُشهد ١٢ مدنياً بينهم أطفال. نُقل الجرحى إلى مشفى الهدى.",
        title="قصف معرة النعمان",
    )
    by_index = {s.index: s.pk for s in arabic.sentences.all()}
    client = client_for(annotator)

    def ids(q: str) -> list[int]:
        response = client.get(SENTENCES, {"q": q})
        assert response.status_code == 200
        return [s["id"] for s in response.json()["results"]]

    assert ids("مدرسه في معره") == [by_index[0]]  # taa marbuta written as haa, no shadda or harakat
    assert ids("استشهد 12 مدنيا") == [by_index[1]]  # Western digits, no tanwin
    assert ids("اطفال") == [by_index[1]]  # plain alef for أ
    assert ids("مشفي الهدي") == [by_index[2]]  # yaa for alef maqsura
    assert ids("الرقة") == []
    assert ids("regime warplanes") == [document.sentences.get(index=2).pk]  # English stays a plain search
