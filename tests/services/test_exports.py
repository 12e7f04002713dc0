"""Exports from the database: contents, filters, blind annotation, splits, constant memory, loaders."""

from __future__ import annotations

import csv
import io
import json
import tracemalloc

import pytest
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection

from annotations.exports import queries as export_queries
from annotations.exports.rows import ANNOTATION_COLUMNS, split_for
from annotations.exports.services import export_build
from annotations.models import Actor, Annotation
from annotations.services.annotating import AnnotationDraft, annotation_create
from annotations.services.incidents import incident_create, incident_link
from annotations.services.reviewing import annotation_approve, annotation_reject, annotation_submit
from tests.exports_data import make_claims, many_approved


@pytest.fixture
def claims(document, labels, annotator, second_annotator, reviewer):
    return make_claims(
        document=document, labels=labels, annotator=annotator, second_annotator=second_annotator, reviewer=reviewer
    )


def text_of(user, shape="annotations", fmt="jsonl", **params) -> str:
    return "".join(export_build(user=user, shape=shape, fmt=fmt, params=params).chunks)


def rows_of(user, shape="annotations", **params) -> list[dict]:
    return [json.loads(line) for line in text_of(user, shape, **params).splitlines()]


def test_annotations_export_covers_approved_annotations_with_their_context(claims, reviewer):
    rows = rows_of(reviewer)
    assert [row["id"] for row in rows] == [claims.claim.pk, claims.attribution.pk]
    claim, attribution = rows
    sentence = claims.claim.sentence
    assert claim["text"] == "The Syrian Civil Defense said four civilians were killed and 21 injured."
    assert (claim["sentence_start"], claim["sentence_end"]) == (sentence.start, sentence.end)
    assert claim["span_text"] == claims.document.text[claims.claim.span_start : claims.claim.span_end]
    assert claim["label"] == "casualty_claim" and claim["status"] == "approved"
    assert claim["figures"] == {
        "killed_min": 4,
        "killed_max": 4,
        "injured_min": 21,
        "injured_max": 21,
        "children_killed": None,
        "women_killed": None,
        "children_injured": None,
        "women_injured": None,
        "qualifier": "exact",
        "scope": "incident",
        "preliminary": True,
        "cited_source": "Syrian Civil Defense",
        "raw_text": "four civilians were killed and 21 injured",
        "is_suggested": False,
    }
    assert claim["incidents"] == [claims.incident.pk]
    assert claim["responsibility"] is None
    assert attribution["responsibility"] == {"actor": "Regime forces", "stance": "suspected"}
    assert attribution["figures"] is None
    assert claim["publisher"] == "SOC Media" and claim["url"] == "https://example.org/darat-izza"
    assert claim["text_sha256"] == claims.document.text_sha256
    assert claim["reviewed_at"].endswith("Z") and claim["created_at"].endswith("Z")
    assert claim["split"] in ("train", "dev", "test")


def test_annotators_are_pseudonymous_by_default(claims, reviewer, annotator):
    rows = rows_of(reviewer)
    assert {row["annotator"] for row in rows} == {rows[0]["annotator"]}
    assert rows[0]["annotator"].startswith("user-") and "ann" not in rows[0]["annotator"]
    assert rows[0]["reviewer"] != rows[0]["annotator"]
    assert rows_of(reviewer, identities="usernames")[0]["annotator"] == "ann"


def test_annotators_cannot_ask_for_usernames(claims, annotator):
    with pytest.raises(PermissionDenied):
        text_of(annotator, identities="usernames")


def test_status_filter_and_all_statuses(claims, reviewer):
    assert [row["id"] for row in rows_of(reviewer, status="submitted")] == [claims.call.pk]
    assert len(rows_of(reviewer, status="all")) == 4
    assert [row["label"] for row in rows_of(reviewer, label="attribution")] == ["attribution"]


def test_annotator_exports_only_their_own_annotations(claims, second_annotator, annotator):
    assert rows_of(second_annotator) == []
    assert [row["id"] for row in rows_of(second_annotator, status="all")] == [claims.others_draft.pk]
    assert {row["annotator"] for row in rows_of(annotator, status="all")} == {rows_of(annotator)[0]["annotator"]}
    assert len(rows_of(annotator, status="all")) == 3


def test_outsiders_cannot_export_and_annotators_cannot_export_incidents(claims, outsider, annotator):
    with pytest.raises(PermissionDenied):
        text_of(outsider)
    with pytest.raises(PermissionDenied):
        text_of(annotator, "incidents")


@pytest.mark.parametrize(
    ("shape", "fmt", "params", "field"),
    [
        ("labels", "jsonl", {}, "shape"),
        ("annotations", "xml", {}, "format"),
        ("annotations", "jsonl", {"status": "finished"}, "status"),
        ("annotations", "jsonl", {"train": "most"}, "train"),
        ("annotations", "jsonl", {"train": "0.5"}, "split"),
        ("annotations", "jsonl", {"split": "maybe"}, "split"),
        ("annotations", "jsonl", {"document": "seven"}, "document"),
    ],
)
def test_bad_parameters_are_refused_with_the_field_named(reviewer, shape, fmt, params, field):
    with pytest.raises(ValidationError) as error:
        export_build(user=reviewer, shape=shape, fmt=fmt, params=params)
    assert field in error.value.message_dict


def test_split_follows_the_document_and_its_ratios(claims, reviewer, labels, annotator):
    many_approved(count=300, labels=labels, annotator=annotator, reviewer=reviewer)
    rows = rows_of(reviewer)
    by_document: dict[int, set[str]] = {}
    for row in rows:
        by_document.setdefault(row["document_id"], set()).add(row["split"])
    assert all(len(splits) == 1 for splits in by_document.values())  # no document straddles splits
    assert {row["split"] for row in rows_of(reviewer, train="0", dev="0", test="1")} == {"test"}
    assert "split" not in rows_of(reviewer, split="0")[0]


def test_sentences_export_lists_approved_labels_per_sentence(claims, reviewer):
    rows = rows_of(reviewer, "sentences")
    assert [row["sentence_index"] for row in rows] == [0, 1, 2, 3]  # every sentence of a labelled document
    assert [row["labels"] for row in rows] == [[], ["casualty_claim"], ["attribution"], []]
    assert rows[1]["text"] == "The Syrian Civil Defense said four civilians were killed and 21 injured."
    assert len({row["split"] for row in rows}) == 1


def test_incidents_export_summarises_each_incident(claims, reviewer):
    (row,) = rows_of(reviewer, "incidents")
    assert row["id"] == claims.incident.pk and row["title"] == "Darat Izza market strike"
    assert (row["killed_min"], row["killed_max"], row["injured_min"]) == (4, 4, 21)
    assert row["independent_sources"] == 1 and row["conflict"] is False
    assert row["suggested_grade"] == "weak" and row["annotation_ids"] == [claims.claim.pk]


def test_csv_has_the_flat_columns(claims, reviewer):
    lines = text_of(reviewer, fmt="csv").splitlines()
    assert lines[0].split(",") == [*ANNOTATION_COLUMNS, "split"]
    assert len(lines) == 3
    assert ",true," in lines[1]  # preliminary


def test_export_query_count_does_not_grow_with_rows(claims, reviewer, labels, annotator, django_assert_max_num_queries):
    many_approved(count=250, labels=labels, annotator=annotator, reviewer=reviewer)
    # 1 the reviewer's groups (role check), 2 the rows with their joins and subqueries; on PostgreSQL the
    # rows are read in one transaction (a savepoint here, inside the test's transaction: two statements more)
    with django_assert_max_num_queries(2 if connection.vendor != "postgresql" else 4):
        assert len(text_of(reviewer).splitlines()) == 252


def _peak_while_streaming(user, fmt: str = "jsonl") -> tuple[int, int]:
    tracemalloc.start()
    try:
        rows = -1 if fmt == "csv" else 0  # the CSV header
        for chunk in export_build(user=user, shape="annotations", fmt=fmt, params={"status": "approved"}).chunks:
            rows += chunk.count("\n")
        return rows, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_memory_does_not_grow_with_the_number_of_rows(reviewer, labels, annotator, monkeypatch, fmt):
    # Small chunks so that a few thousand rows span many of them.
    monkeypatch.setattr(export_queries, "CHUNK_SIZE", 100)
    monkeypatch.setattr("annotations.exports.rows.LINES_PER_CHUNK", 100)
    many_approved(count=600, labels=labels, annotator=annotator, reviewer=reviewer, title="Small")
    small_rows, small_peak = _peak_while_streaming(reviewer, fmt)
    many_approved(count=2400, labels=labels, annotator=annotator, reviewer=reviewer, title="Large")
    large_rows, large_peak = _peak_while_streaming(reviewer, fmt)
    assert (small_rows, large_rows) == (600, 3000)
    assert large_peak < small_peak * 1.5, (small_peak, large_peak)


def test_annotations_jsonl_loads_with_pandas_and_datasets(claims, reviewer, tmp_path, monkeypatch):
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    path = tmp_path / "annotations.jsonl"
    path.write_text(text_of(reviewer), encoding="utf-8")

    import pandas

    frame = pandas.read_json(path, lines=True)
    assert list(frame["label"]) == ["casualty_claim", "attribution"]
    assert frame.loc[0, "figures"]["killed_min"] == 4

    import datasets

    dataset = datasets.load_dataset("json", data_files=str(path), split="train", cache_dir=str(tmp_path / "cache"))
    assert dataset.num_rows == 2
    assert dataset[0]["figures"]["injured_min"] == 21
    assert dataset[1]["responsibility"] == {"actor": "Regime forces", "stance": "suspected"}
    assert dataset[0]["incidents"] == [claims.incident.pk]


def test_database_rendered_jsonl_matches_the_python_record_of_each_row(claims, reviewer, labels, annotator):
    from annotations.exports.queries import annotation_rows
    from annotations.exports.rows import Pseudonyms, annotation_record
    from annotations.exports.services import filtered_annotations

    names = Pseudonyms(settings.SECRET_KEY)
    queryset = filtered_annotations(user=reviewer, params={"status": ["all"]})
    expected = [annotation_record(row) for row in annotation_rows(queryset, names=names, split=lambda pk: "dev")]
    exported = rows_of(reviewer, status="all", train="0", dev="1", test="0")
    assert len(exported) == 4
    assert exported == expected


def test_export_query_is_not_distinct_over_every_column(claims, reviewer):
    from annotations.exports.services import filtered_annotations

    # SELECT DISTINCT over the export's columns would sort the whole export (and, inside the sentence
    # labels' correlated subquery, make the sentences export quadratic).
    assert "DISTINCT" not in str(filtered_annotations(user=reviewer, params={"status": ["approved"]}).query)
    linked = filtered_annotations(user=reviewer, params={"incident": [str(claims.incident.pk)]})
    assert [a.pk for a in linked] == [claims.claim.pk]
    assert [row["labels"] for row in rows_of(reviewer, "sentences", incident=claims.incident.pk)] == [
        [],
        ["casualty_claim"],
        [],
        [],
    ]


@pytest.mark.parametrize("who", ["reviewer", "annotator"])
def test_sqlite_streams_the_export_in_id_order_without_sorting_it(claims, request, who):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    if connection.vendor != "sqlite":
        pytest.skip("the query plan checked here is SQLite's")
    user = request.getfixturevalue(who)
    with CaptureQueriesContext(connection) as queries:
        text_of(user)
    with connection.cursor() as cursor:
        plan = cursor.execute("EXPLAIN QUERY PLAN " + queries.captured_queries[-1]["sql"]).fetchall()
    assert not any("TEMP B-TREE" in str(step) for step in plan), plan


# --- spreadsheet safety, the CSV rendered by the database, the BOM, the reviewer's decision --------------------


def _csv_rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


@pytest.fixture
def formulas(document, labels, annotator, reviewer):
    """A rejected claim whose note, figures and actor look like spreadsheet formulas, in a document whose title,
    url and publisher do too, and an approved one with quotes, commas and new lines in its note."""
    document.title = '=HYPERLINK("http://evil.example","open")'
    document.url = "+cmd|' /C calc'!A0"
    document.publisher = Actor.objects.create(name="@SUM(1+1)", kind="media")
    document.save(update_fields=["title", "url", "publisher"])
    sentences = list(document.sentences.order_by("index"))
    cited = Actor.objects.create(name="-2+3", kind="monitor")
    claim = annotation_create(
        annotator=annotator,
        draft=AnnotationDraft(
            sentence=sentences[1],
            label=labels["casualty_claim"],
            note="\tindented =1+1",
            figures={"killed_min": 4, "killed_max": 4, "cited_source": cited, "raw_text": "\r4 killed"},
        ),
    )
    annotation_submit(annotation=claim, by=annotator)
    rejected = annotation_reject(
        annotation=Annotation.objects.get(pk=claim.pk),
        reviewer=reviewer,
        reason="wrong_figures",
        comment='=2+2, "four" or five?',
    )
    plain = annotation_create(
        annotator=annotator,
        draft=AnnotationDraft(sentence=sentences[2], label=labels["attribution"], note='He said "no",\nthen left.'),
    )
    annotation_submit(annotation=plain, by=annotator)
    approved = annotation_approve(annotation=Annotation.objects.get(pk=plain.pk), reviewer=reviewer)
    return rejected, approved


def test_csv_cells_that_a_spreadsheet_would_run_start_with_a_quote_and_jsonl_stays_exact(formulas, reviewer):
    rejected, _ = formulas
    row = next(row for row in _csv_rows(text_of(reviewer, fmt="csv", status="all")) if row["id"] == str(rejected.pk))
    assert row["note"] == "'\tindented =1+1"
    assert row["review_comment"] == '\'=2+2, "four" or five?'
    assert row["document_title"] == '\'=HYPERLINK("http://evil.example","open")'
    assert row["url"] == "'+cmd|' /C calc'!A0"
    assert row["publisher"] == "'@SUM(1+1)"
    assert row["cited_source"] == "'-2+3"
    assert row["figures_raw_text"] == "'\r4 killed"
    assert row["killed_min"] == "4" and row["label"] == "casualty_claim"  # numbers and codes untouched

    record = next(record for record in rows_of(reviewer, status="all") if record["id"] == rejected.pk)
    assert record["note"] == "\tindented =1+1"
    assert record["review_comment"] == '=2+2, "four" or five?'
    assert record["document_title"].startswith("=HYPERLINK") and record["publisher"] == "@SUM(1+1)"
    assert record["figures"]["cited_source"] == "-2+3" and record["figures"]["raw_text"] == "\r4 killed"


def test_other_csv_shapes_are_spreadsheet_safe_too(formulas, reviewer):
    sentences = _csv_rows(text_of(reviewer, "sentences", fmt="csv", status="all"))
    assert {row["document_title"] for row in sentences} == {'\'=HYPERLINK("http://evil.example","open")'}
    assert {row["publisher"] for row in sentences} == {"'@SUM(1+1)"}
    blamed = Actor.objects.create(name="=evil()", kind="armed_group")
    incident = incident_create(by=reviewer, title="+Atarib strike")
    claim, _ = formulas
    incident_link(incident=incident, annotation=claim, by=reviewer)
    assert blamed.pk
    (row,) = _csv_rows(text_of(reviewer, "incidents", fmt="csv", status="all"))
    assert row["title"] == "'+Atarib strike"


def test_usernames_that_look_like_formulas_are_neutralised_in_csv(claims, reviewer, annotator):
    annotator.username = "=bob"
    annotator.save(update_fields=["username"])
    rows = _csv_rows(text_of(reviewer, fmt="csv", identities="usernames"))
    assert {row["annotator"] for row in rows} == {"'=bob"}
    assert {row["annotator"] for row in rows_of(reviewer, identities="usernames")} == {"=bob"}


def test_review_reason_and_comment_are_exported(formulas, reviewer):
    rejected, approved = formulas
    records = {record["id"]: record for record in rows_of(reviewer, status="all")}
    assert records[rejected.pk]["review_reason"] == "wrong_figures"
    assert records[rejected.pk]["review_comment"] == '=2+2, "four" or five?'
    assert records[approved.pk]["review_reason"] == "" and records[approved.pk]["review_comment"] == ""
    header = text_of(reviewer, fmt="csv").splitlines()[0].split(",")
    assert header.index("review_comment") == header.index("review_reason") + 1


def test_database_rendered_csv_reads_back_as_the_python_rendering(formulas, reviewer):
    """The CSV lines the database renders parse to the same cells as csv.writer over the flat rows."""
    from annotations.exports.queries import annotation_rows
    from annotations.exports.rows import Pseudonyms, annotation_flat, csv_lines
    from annotations.exports.services import document_splitter, filtered_annotations

    rejected, _ = formulas
    for title in ("Atarib", "Idlib"):
        incident_link(incident=incident_create(by=reviewer, title=title), annotation=rejected, by=reviewer)
    annotations = filtered_annotations(user=reviewer, params={"status": ["all"]})
    names = Pseudonyms(settings.SECRET_KEY)
    expected = "".join(
        csv_lines(
            [*ANNOTATION_COLUMNS, "split"],
            map(
                annotation_flat,
                annotation_rows(annotations, names=names, split=document_splitter(annotations, split_for)),
            ),
        )
    )
    rendered = text_of(reviewer, fmt="csv", status="all")
    assert list(csv.reader(io.StringIO(rendered))) == list(csv.reader(io.StringIO(expected)))
    rows = _csv_rows(rendered)
    assert len(rows) == 2 and rows[1]["note"] == 'He said "no",\nthen left.'
    assert rows[0]["incidents"] == ";".join(
        str(pk) for pk in sorted(rejected.incident_links.values_list("incident_id", flat=True))
    )


def test_csv_can_start_with_a_byte_order_mark(claims, reviewer):
    plain = text_of(reviewer, fmt="csv")
    marked = text_of(reviewer, fmt="csv", bom="1")
    assert marked == "\ufeff" + plain
    assert not plain.startswith("\ufeff")
    with pytest.raises(ValidationError) as error:
        text_of(reviewer, fmt="jsonl", bom="1")
    assert "bom" in error.value.message_dict


def test_an_annotators_export_holds_nothing_of_another_annotator(
    document, labels, annotator, second_annotator, reviewer
):
    """Blind annotation: whatever the shape, format, status or filter, another annotator's work stays out."""
    sentences = list(document.sentences.order_by("index"))
    marker = "MARKER-7f3a"
    theirs = annotation_create(
        annotator=second_annotator,
        draft=AnnotationDraft(
            sentence=sentences[1],
            label=labels["casualty_claim"],
            note=marker,
            figures={"killed_min": 4, "killed_max": 4, "raw_text": f"{marker} four"},
        ),
    )
    annotation_submit(annotation=theirs, by=second_annotator)
    annotation_reject(
        annotation=Annotation.objects.get(pk=theirs.pk), reviewer=reviewer, reason="other", comment=marker
    )
    others_label = annotation_create(
        annotator=second_annotator, draft=AnnotationDraft(sentence=sentences[3], label=labels["rhetoric"])
    )
    mine = annotation_create(
        annotator=annotator, draft=AnnotationDraft(sentence=sentences[2], label=labels["attribution"])
    )
    for shape in ("annotations", "sentences"):
        for fmt in ("jsonl", "csv"):
            for params in (
                {},
                {"status": "all"},
                {"status": "all", "annotator": str(second_annotator.pk)},
                {"q": marker},
            ):
                text = text_of(annotator, shape, fmt, **params)
                assert marker not in text and "rhetoric" not in text, (shape, fmt, params)
                assert "casualty_claim" not in text, (shape, fmt, params)
    mine_only = rows_of(annotator, status="all")
    assert [row["id"] for row in mine_only] == [mine.pk]
    assert others_label.pk not in {row["id"] for row in mine_only}


def test_a_value_holding_the_databases_quote_mark_cannot_break_out_of_its_field(formulas, reviewer):
    """The database marks text fields with a control character; a value that holds it is written by csv.writer."""
    from annotations.exports.queries import CSV_QUOTE_MARK

    rejected, approved = formulas
    Annotation.objects.filter(pk=approved.pk).update(note=f'=x{CSV_QUOTE_MARK},"{CSV_QUOTE_MARK}')
    rows = {row["id"]: row for row in _csv_rows(text_of(reviewer, fmt="csv", status="all"))}
    assert rows[str(approved.pk)]["note"] == f"'=x{CSV_QUOTE_MARK},\"{CSV_QUOTE_MARK}"
    assert rows[str(approved.pk)]["publisher"] == "'@SUM(1+1)"
    assert rows[str(rejected.pk)]["note"] == "'\tindented =1+1"
    assert list(rows) == [str(rejected.pk), str(approved.pk)]
