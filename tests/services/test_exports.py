"""Exports from the database: contents, filters, blind annotation, splits, constant memory, loaders."""

from __future__ import annotations

import json
import tracemalloc

import pytest
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError

from annotations.exports import queries as export_queries
from annotations.exports.rows import ANNOTATION_COLUMNS
from annotations.exports.services import export_build
from tests.exports_data import make_claims, many_approved


@pytest.fixture(autouse=True)
def fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


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
    # 1 the reviewer's groups (role check), 2 the rows with their joins and subqueries
    with django_assert_max_num_queries(2):
        assert len(text_of(reviewer).splitlines()) == 252


def _peak_while_streaming(user) -> tuple[int, int]:
    tracemalloc.start()
    try:
        rows = 0
        for chunk in export_build(user=user, shape="annotations", fmt="jsonl", params={"status": "approved"}).chunks:
            rows += chunk.count("\n")
        return rows, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_does_not_grow_with_the_number_of_rows(reviewer, labels, annotator, monkeypatch):
    # Small chunks so that a few thousand rows span many of them.
    monkeypatch.setattr(export_queries, "CHUNK_SIZE", 100)
    monkeypatch.setattr("annotations.exports.rows.LINES_PER_CHUNK", 100)
    many_approved(count=600, labels=labels, annotator=annotator, reviewer=reviewer, title="Small")
    small_rows, small_peak = _peak_while_streaming(reviewer)
    many_approved(count=2400, labels=labels, annotator=annotator, reviewer=reviewer, title="Large")
    large_rows, large_peak = _peak_while_streaming(reviewer)
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
