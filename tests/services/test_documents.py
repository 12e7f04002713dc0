"""Importing documents: what gets in, what is refused (with file and line), and that nothing half-lands."""

import json

import pytest
from django.core.exceptions import ValidationError

from annotations.models import Actor, Document, Sentence
from annotations.services.documents import (
    document_create,
    documents_import_file,
    title_from_text,
)

pytestmark = pytest.mark.django_db


def jsonl(*records) -> bytes:
    return "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records).encode()


def test_a_text_is_stored_with_its_sentences_and_hash():
    document, created = document_create(text="One sentence here. Another one there.", title="Two")
    assert created
    assert len(document.text_sha256) == 64
    assert [document.text[s.start : s.end] for s in document.sentences.order_by("index")] == [
        "One sentence here.",
        "Another one there.",
    ]


def test_the_same_text_imported_again_is_reported_as_already_there():
    first, _ = document_create(text="Same text.", title="First")
    again, created = document_create(text="Same text.", title="Second title")
    assert not created
    assert again.pk == first.pk
    assert Document.objects.count() == 1


def test_txt_file_takes_its_title_from_a_short_first_line():
    report = documents_import_file(name="report.txt", data=b"Strike on the market\nFour people were killed.")
    assert [d.title for d in report.created] == ["Strike on the market"]


def test_txt_file_without_a_headline_takes_its_title_from_the_file_name():
    report = documents_import_file(name="dir/atarib_report.txt", data=b"Thirteen people were killed in Atarib.")
    assert [d.title for d in report.created] == ["atarib_report"]


def test_title_is_not_taken_from_a_long_first_sentence():
    text = "A" * 200 + "\nMore."
    assert title_from_text(text, "fallback") == "fallback"


def test_jsonl_file_imports_each_line_with_its_metadata():
    data = jsonl(
        {
            "title": "One",
            "text": "First text.",
            "publisher": "SNHR",
            "published_on": "2024-11-28",
            "url": "https://example.org/a",
        },
        {"title": "Two", "text": "Second text.", "language": "en"},
    )
    Actor.objects.create(name="Syrian Network for Human Rights", kind="monitor", aliases=["SNHR"])
    report = documents_import_file(name="batch.jsonl", data=data)
    assert report.problems == []
    one = Document.objects.get(title="One")
    assert one.publisher.name == "Syrian Network for Human Rights"  # matched by alias
    assert str(one.published_on) == "2024-11-28"
    assert one.url == "https://example.org/a"
    assert Document.objects.count() == 2


def problems_of(name: str, data: bytes) -> list[str]:
    report = documents_import_file(name=name, data=data)
    assert not report.created
    return [str(p) for p in report.problems]


def test_empty_text_is_refused_and_nothing_is_stored():
    assert problems_of("empty.txt", b"   \n\n") == ["empty.txt: text: The text is empty."]
    assert Document.objects.count() == 0 and Sentence.objects.count() == 0


def test_text_that_is_not_utf8_is_refused():
    (problem,) = problems_of("latin1.txt", "Caf\u00e9 bombed".encode("latin-1"))
    assert problem.startswith("latin1.txt: This is not UTF-8 text")
    assert Document.objects.count() == 0


def test_binary_files_are_refused():
    (problem,) = problems_of("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert "binary file" in problem
    assert Document.objects.count() == 0


def test_text_over_the_size_limit_is_refused(settings):
    settings.WORKBENCH_MAX_DOCUMENT_BYTES = 100
    (problem,) = problems_of("big.txt", b"Word. " * 50)
    assert problem == "big.txt: big.txt is 300 bytes; the limit for one document is 100 bytes."
    (problem,) = problems_of("big.jsonl", jsonl({"title": "Big", "text": "Word. " * 50}))
    assert problem == "big.jsonl line 1: text: The text is 300 bytes; the limit is 100 bytes."
    assert Document.objects.count() == 0


def test_malformed_jsonl_line_is_named_and_the_good_lines_still_import():
    report = documents_import_file(name="mixed.jsonl", data=jsonl({"title": "Good", "text": "Fine."}, "{not json"))
    assert [d.title for d in report.created] == ["Good"]
    (problem,) = report.problems
    assert str(problem).startswith("mixed.jsonl line 2: malformed JSON")


def test_unknown_jsonl_fields_are_refused_with_their_names():
    (problem,) = problems_of("x.jsonl", jsonl({"text": "Fine.", "author": "me", "tags": []}))
    assert problem.startswith("x.jsonl line 1: unknown field(s) author, tags; allowed:")


def test_jsonl_line_without_text_is_refused():
    (problem,) = problems_of("x.jsonl", jsonl({"title": "No text"}))
    assert problem == "x.jsonl line 1: text: is missing or empty"


def test_bad_publication_date_is_refused():
    (problem,) = problems_of("x.jsonl", jsonl({"text": "Fine.", "published_on": "28/11/2024"}))
    assert problem == "x.jsonl line 1: published_on: '28/11/2024' is not a date written YYYY-MM-DD"


def test_unsupported_file_types_are_refused():
    assert problems_of("report.docx", b"PK\x03\x04") == [
        "report.docx: unsupported file type .docx; import .txt, .jsonl, .html, .htm, .pdf files"
    ]


def test_a_document_without_title_is_refused():
    with pytest.raises(ValidationError, match="needs a title"):
        document_create(text="Some text.", title="  ")
    assert Document.objects.count() == 0


def test_a_jsonl_line_may_hold_unicode_line_separators_inside_its_strings():
    # JSON Lines ends a line with a line feed only; json.dumps(ensure_ascii=False) leaves U+2028 as it is.
    text = "First part\u2028still the same line. Second sentence."
    report = documents_import_file(name="u2028.jsonl", data=jsonl({"title": "Sep", "text": text}))
    assert report.problems == []
    assert Document.objects.get().text == text


def test_a_batch_with_the_same_text_twice_stores_it_once():
    report = documents_import_file(
        name="twice.jsonl", data=jsonl({"title": "A", "text": "Same text."}, {"title": "B", "text": "Same text."})
    )
    assert [d.title for d in report.created] == ["A"]
    assert [d.pk for d in report.existing] == [report.created[0].pk]
    assert Document.objects.count() == 1 and Sentence.objects.count() == 1


def test_a_bad_url_is_refused_with_the_field_named():
    (problem,) = problems_of("x.jsonl", jsonl({"text": "Fine.", "url": "not a url"}))
    assert problem == "x.jsonl line 1: url: Enter a valid URL."


ARABIC = "قصف على سرمين\nقُتل خمسة مدنيين، وأُصيب تسعة آخرون. هل يبقى العالم صامتاً؟ ندعو إلى التحرك."


def test_an_arabic_text_without_a_language_is_detected_as_arabic_and_segmented():
    document, _ = document_create(text=ARABIC, title="سرمين")
    assert document.language == "ar"
    assert [document.text[s.start : s.end] for s in document.sentences.order_by("index")] == [
        "قصف على سرمين",
        "قُتل خمسة مدنيين، وأُصيب تسعة آخرون.",
        "هل يبقى العالم صامتاً؟",
        "ندعو إلى التحرك.",
    ]


def test_an_english_text_without_a_language_stays_english():
    document, _ = document_create(text="Four people were killed in Sarmin.", title="Sarmin")
    assert document.language == "en"


def test_the_language_in_the_metadata_wins_over_detection():
    data = jsonl({"title": "Stated", "text": ARABIC, "language": "en"}, {"title": "Detected", "text": ARABIC + " "})
    report = documents_import_file(name="batch.jsonl", data=data)
    assert report.problems == []
    assert Document.objects.get(title="Stated").language == "en"
    assert Document.objects.get(title="Detected").language == "ar"


def test_an_arabic_txt_file_is_detected_as_arabic():
    report = documents_import_file(name="sarmin.txt", data=ARABIC.encode())
    assert [d.language for d in report.created] == ["ar"]


def test_an_arabic_publisher_name_finds_the_actor_by_its_alias_whatever_the_diacritics():
    Actor.objects.create(name="Syrian Civil Defense", kind="first_responder", aliases=["الدفاع المدني"])
    data = jsonl({"title": "DC", "text": ARABIC, "publisher": "الدِّفاع المدنيّ"})
    documents_import_file(name="batch.jsonl", data=data)
    assert Document.objects.get(title="DC").publisher.name == "Syrian Civil Defense"
