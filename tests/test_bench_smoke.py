"""The benchmark's machinery on a tiny corpus against the live test server (make bench runs it at scale)."""

from __future__ import annotations

import os

import pytest

from bench.corpus import generate
from bench.http import Api, obtain_token
from bench.measure import bulk_items, export, import_documents, label_documents, list_pages, sentence_ids, summary
from bench.setup_data import approve


def test_corpus_is_deterministic_and_planned_per_sentence():
    first, again = list(generate(5, sentences=12)), list(generate(5, sentences=12))
    assert [d.text for d in first] == [d.text for d in again]
    assert len({d.text for d in first}) == 5
    assert all(len(d.text.splitlines()) == len(d.labels) == 12 for d in first)
    assert [d.text for d in generate(5, sentences=12, seed=1)] != [d.text for d in first]


def test_summary_percentiles():
    assert summary([0.001 * n for n in range(1, 101)]) == {"n": 100, "p50_ms": 50.5, "p95_ms": 95.0, "mean_ms": 50.5}
    assert summary([])["p50_ms"] is None


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_bench_measurements_run_over_http(live_server, reviewer, annotator):
    corpus = list(generate(5, sentences=10))
    reviewer_api = Api(live_server.url, obtain_token(live_server.url, "rev", "rev-password"))
    annotator_api = Api(live_server.url, obtain_token(live_server.url, "ann", "ann-password"))

    imported, ids = import_documents(reviewer_api, corpus, batch=2)
    assert imported["documents"] == 5 and len(ids) == 5
    sentences = sentence_ids(reviewer_api, ids)
    assert all(len(sentences[i]) == 10 for i in ids)

    jobs = [(i, bulk_items(doc, sentences[i])) for i, doc in zip(ids, corpus, strict=True)]
    labelled = label_documents([annotator_api], jobs)
    assert labelled["documents"] == 5 and labelled["annotations"] == 50 and labelled["error_count"] == 0
    assert labelled["p50_ms"] > 0

    pages = list_pages(reviewer_api, pages=2, page_size=20)
    assert pages["n"] == 2 and pages["rows_per_page"] == 20

    assert approve(["ann"], reviewer="rev") == {"approved": 50}
    exported = export(reviewer_api, "/api/v1/exports/annotations.jsonl", server_pids=[os.getpid()], repeats=2)
    assert exported["rows"] == 50 and exported["identical"] and exported["bytes"] > 0
    for api in (reviewer_api, annotator_api):
        api.close()


def test_the_benchmark_server_speaks_plain_http_whatever_the_shell_says(monkeypatch, tmp_path):
    """`make bench` runs outside pytest, where nothing sets HTTPS=0: with DEBUG off the app would
    redirect every request to https and the benchmark would wait for an answer that never comes."""
    from bench.server import app_environment

    monkeypatch.delenv("HTTPS", raising=False)
    assert app_environment("sqlite:///bench.sqlite3", tmp_path)["HTTPS"] == "0"


@pytest.mark.django_db
def test_the_export_floor_reads_every_export_column(annotator, reviewer, document, labels):
    """The floor the export is measured against reads the same columns the export writes."""
    from django.db import connection

    from annotations.exports.rows import ANNOTATION_COLUMNS
    from annotations.services.annotating import AnnotationDraft, annotation_create
    from annotations.services.reviewing import annotation_approve, annotation_submit
    from bench.floor import FLOOR_SQL

    if connection.vendor != "sqlite":
        pytest.skip("the floor is SQLite's (group_concat)")
    made = annotation_create(
        annotator=annotator, draft=AnnotationDraft(sentence=document.sentences.first(), label=labels["rhetoric"])
    )
    annotation_approve(annotation=annotation_submit(annotation=made, by=annotator), reviewer=reviewer)
    with connection.cursor() as cursor:
        cursor.execute(FLOOR_SQL)
        rows = cursor.fetchall()
    assert len(rows) == 1 and len(rows[0]) == len(ANNOTATION_COLUMNS)
