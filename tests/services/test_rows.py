"""The cursor-level helpers of the hot paths give what the ORM would give."""

from __future__ import annotations

import pytest

from annotations.models import Sentence
from annotations.projects.services import (
    guidelines_add,
    project_create,
    project_documents_add,
    project_label_keys,
    project_member_set,
)
from annotations.services.annotating import AnnotationDraft, annotations_bulk_create
from annotations.services.rows import (
    annotation_keys_on_sentences,
    api_tokens_with_key,
    document_sentences,
    labels_and_project_keys,
    projects_holding_document,
)

pytestmark = pytest.mark.django_db


def test_document_sentences_match_the_orm(document):
    found_document, sentences = document_sentences(document.pk)
    assert found_document.pk == document.pk
    expected = {s.pk: (s.document_id, s.index, s.start, s.end) for s in Sentence.objects.filter(document=document)}
    assert {pk: (s.document_id, s.index, s.start, s.end) for pk, s in sentences.items()} == expected
    # Other fields load when first read, as with .only("id").
    assert found_document.text == document.text


def test_document_sentences_of_a_missing_document_is_none(db):
    assert document_sentences(987654) is None


def test_labels_and_project_keys_match_the_orm(labels, admin_user):
    project = project_create(name="Without rhetoric", by=admin_user)
    project.labels.remove(labels["rhetoric"])
    read, keys = labels_and_project_keys(project.pk)
    assert set(read) == set(labels)
    assert all(read[key].name == labels[key].name and read[key].pk == labels[key].pk for key in labels)
    assert keys == project_label_keys(project) and "rhetoric" not in keys and keys


def test_projects_holding_document_for_a_member_and_for_everyone(document, annotator, admin_user):
    mine = project_create(name="Mine", by=admin_user)
    theirs = project_create(name="Theirs", by=admin_user)
    for project in (mine, theirs):
        project_documents_add(project=project, documents=[document.pk], by=admin_user)
    project_member_set(project=mine, user=annotator, role="annotator", by=admin_user)
    newest = guidelines_add(project=mine, text="Count the dead once.", by=admin_user)

    found = projects_holding_document(document.pk, member_id=annotator.pk)
    assert mine.pk in [p.pk for p in found] and theirs.pk not in [p.pk for p in found]
    assert next(p for p in found if p.pk == mine.pk).current_guidelines_id == newest.pk
    everyone = [p.pk for p in projects_holding_document(document.pk, member_id=None)]
    assert everyone == sorted(everyone) and {mine.pk, theirs.pk} <= set(everyone)
    assert projects_holding_document(document.pk + 1000, member_id=None) == []


def test_annotation_keys_on_sentences(annotator, document, labels):
    sentence = document.sentences.order_by("index").first()
    annotations_bulk_create(
        annotator=annotator, document=document, drafts=[AnnotationDraft(sentence=sentence, label=labels["rhetoric"])]
    )
    assert annotation_keys_on_sentences([sentence.pk]) == [(annotator.pk, sentence.pk, labels["rhetoric"].pk)]
    assert annotation_keys_on_sentences([]) == []


def test_user_group_names(annotator, reviewer, outsider):
    from annotations.services.rows import user_group_names

    assert user_group_names(annotator.pk) == ["annotator"]
    assert user_group_names(reviewer.pk) == ["reviewer"]
    assert user_group_names(outsider.pk) == []


def test_api_tokens_with_key_read_like_the_orm(annotator):
    from knox.settings import CONSTANTS

    from annotations.accounts.models import ApiToken

    _, key = ApiToken.objects.create(user=annotator)
    [read] = api_tokens_with_key(key[: CONSTANTS.TOKEN_KEY_LENGTH])
    stored = ApiToken.objects.get(pk=read.pk)
    for field in ApiToken._meta.concrete_fields:
        assert getattr(read, field.attname) == getattr(stored, field.attname), field.name
    assert read.expiry.tzinfo is not None  # timezone-aware, as the ORM reads it on every database
    assert read.user.username == "ann" and read.user.date_joined == annotator.date_joined
    assert api_tokens_with_key("no-such-key") == []


def test_rows_insert_writes_every_row_across_statements(annotator):
    """More rows than one statement's parameters allow (999 on SQLite) all land, in order."""
    from annotations.models import Document
    from annotations.services.documents import document_create
    from annotations.services.rows import MAX_PARAMETERS, rows_insert

    text = "A strike hit the market. " * 500
    stored, _ = document_create(text=text, title="Long", imported_by=annotator)
    Sentence.objects.filter(document=stored).delete()
    count = 2 * (MAX_PARAMETERS // 5) + 7  # two full statements and a short one
    rows = [(stored.pk, index, index * 25, index * 25 + 24, False) for index in range(count)]
    rows_insert(Sentence, ("document_id", "index", "start", "end", "is_boilerplate"), rows)
    read = list(Sentence.objects.filter(document=stored).order_by("index").values_list("index", "start", "end"))
    assert read == [(index, start, end) for _, index, start, end, _ in rows]
    assert Document.objects.get(pk=stored.pk).sentences.count() == count


def test_rows_insert_refuses_a_bad_row_in_a_later_statement_and_keeps_nothing(annotator):
    """The database's checks (here the sentence-within-text trigger) apply to every row, and the
    caller's transaction takes back the statements that went in before the bad one."""
    from django.db import IntegrityError, transaction

    from annotations.services.documents import document_create
    from annotations.services.rows import MAX_PARAMETERS, rows_insert

    text = "A strike hit the market. " * 500
    stored, _ = document_create(text=text, title="Long", imported_by=annotator)
    Sentence.objects.filter(document=stored).delete()
    count = MAX_PARAMETERS // 5 + 10
    rows = [(stored.pk, index, index * 25, index * 25 + 24, False) for index in range(count)]
    rows[-1] = (stored.pk, count - 1, 0, len(text) + 1, False)  # ends past the text
    with pytest.raises(IntegrityError), transaction.atomic():
        rows_insert(Sentence, ("document_id", "index", "start", "end", "is_boilerplate"), rows)
    assert not Sentence.objects.filter(document=stored).exists()


def test_rows_insert_with_and_without_query_logging_stores_the_same_and_guards_a_broken_transaction(annotator):
    """Logged (debugging, query counting) the statement goes through Django's cursor; otherwise straight
    to the driver on SQLite. Both store the same rows, and neither writes inside a transaction an earlier
    error broke."""
    from django.db import IntegrityError, connection, transaction
    from django.db.transaction import TransactionManagementError
    from django.test.utils import CaptureQueriesContext

    from annotations.services.documents import document_create
    from annotations.services.rows import rows_insert

    text = "A strike hit the market. " * 40
    stored, _ = document_create(text=text, title="Long", imported_by=annotator)
    Sentence.objects.filter(document=stored).delete()
    columns = ("document_id", "index", "start", "end", "is_boilerplate")
    with CaptureQueriesContext(connection) as logged:
        rows_insert(Sentence, columns, [(stored.pk, index, index * 25, index * 25 + 24, False) for index in range(20)])
    rows_insert(Sentence, columns, [(stored.pk, index, index * 25, index * 25 + 24, True) for index in range(20, 40)])
    if connection.vendor == "sqlite":  # PostgreSQL copies the rows (COPY is not logged as a query)
        assert any("annotations_sentence" in query["sql"] for query in logged.captured_queries)
    flags = list(Sentence.objects.filter(document=stored).order_by("index").values_list("index", "is_boilerplate"))
    assert flags == [(index, index >= 20) for index in range(40)]

    with transaction.atomic():
        with pytest.raises(IntegrityError), transaction.atomic(savepoint=False):
            rows_insert(Sentence, columns, [(stored.pk, 0, 0, 5, False)])  # index 0 is taken
        with pytest.raises(TransactionManagementError):
            rows_insert(Sentence, columns, [(stored.pk, 99, 0, 5, False)])
    assert Sentence.objects.filter(document=stored).count() == 40
