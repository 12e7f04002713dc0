"""Large uploads become background import jobs: progress in the API, all or nothing, a real worker run."""

from __future__ import annotations

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from annotations.import_jobs import ImportJob, ImportJobChunk, ImportJobDocument
from annotations.models import Actor, Document, Sentence
from annotations.services import imports

UPLOAD = "/api/v1/documents/upload/"
# The worker commits and closes its connection between tasks, as in production: so these tests
# commit too (and put the migrations' rows back afterwards).
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture(autouse=True)
def small_thresholds(settings):
    # Jobs start at 20 documents and store 7 per transaction, so a small file spans several chunks.
    settings.WORKBENCH_IMPORT_SYNC_MAX_DOCUMENTS = 20
    settings.WORKBENCH_IMPORT_CHUNK_DOCUMENTS = 7


def corpus(count: int, *, bad_line: int | None = None) -> bytes:
    lines = []
    for n in range(1, count + 1):
        record = {
            "title": f"Report {n}",
            "text": f"Shelling hit village {n}. Two people were killed.\nThe SOC condemned it.",
            "publisher": "OCHA" if n % 2 else "SNHR",
            "published_on": "2024-11-28",
        }
        lines.append("{broken" if n == bad_line else json.dumps(record))
    return ("\n".join(lines) + "\n").encode()


def upload(client, data: bytes, name: str = "big.jsonl"):
    return client.post(UPLOAD, {"file": SimpleUploadedFile(name, data)}, format="multipart")


def run_worker() -> None:
    """The real worker, as `make run` starts it, until the queue is empty."""
    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0.01", verbosity=0)


def job_of(client, response) -> dict:
    return client.get(response["Location"]).json()


def test_a_large_upload_is_queued_as_a_job_and_the_worker_imports_it(client_for, reviewer):
    client = client_for(reviewer)
    response = upload(client, corpus(50))
    assert response.status_code == 202, response.json()
    body = response.json()
    assert body["state"] == "queued" and body["total"] == 50 and body["done"] == 0 and not body["finished"]
    assert response["Location"] == f"/api/v1/import-jobs/{body['id']}/"
    assert not Document.objects.exists(), "nothing is imported inside the request"

    run_worker()

    job = job_of(client, response)
    assert job["state"] == "succeeded" and job["finished"]
    assert (job["done"], job["total"], job["created_count"], job["existing_count"]) == (50, 50, 50, 0)
    assert job["problems"] == [] and job["created_by"] == "rev"
    assert Document.objects.count() == 50 and Sentence.objects.count() == 150
    first = Document.objects.get(title="Report 1")
    assert [first.text[s.start : s.end] for s in first.sentences.order_by("index")] == [
        "Shelling hit village 1.",
        "Two people were killed.",
        "The SOC condemned it.",
    ]
    assert first.publisher.name == "OCHA" and first.imported_by == reviewer
    assert Actor.objects.filter(name__in=["OCHA", "SNHR"]).count() == 2
    assert not ImportJobChunk.objects.exists(), "the stored lines are dropped once the job is done"
    assert ImportJobDocument.objects.filter(job_id=job["id"]).count() == 50


def test_the_same_texts_again_are_reported_as_already_there(client_for, reviewer):
    client = client_for(reviewer)
    upload(client, corpus(30))
    run_worker()
    again = upload(client, corpus(30), name="again.jsonl")
    run_worker()
    job = job_of(client, again)
    assert job["state"] == "succeeded" and job["created_count"] == 0 and job["existing_count"] == 30
    assert Document.objects.count() == 30


def test_a_bad_line_half_way_fails_the_job_and_nothing_is_imported(client_for, reviewer):
    client = client_for(reviewer)
    response = upload(client, corpus(60, bad_line=31))
    assert response.status_code == 202
    run_worker()
    job = job_of(client, response)
    assert job["state"] == "failed" and job["finished"]
    assert job["problem_count"] == 1
    assert job["problems"][0]["source"] == "big.jsonl line 31"
    assert job["problems"][0]["message"].startswith("malformed JSON")
    assert job["detail"].startswith("Nothing was imported: big.jsonl line 31: malformed JSON")
    assert not Document.objects.exists() and not Sentence.objects.exists()
    assert not Actor.objects.exists(), "nothing is written before every line has passed its checks"


def test_every_refused_line_is_counted_and_the_first_ones_listed(client_for, reviewer):
    lines = [json.dumps({"text": f"Fine {n}."}) for n in range(30)] + ['{"title": "no text"}'] * 150
    response = upload(client_for(reviewer), "\n".join(lines).encode())
    run_worker()
    job = ImportJob.objects.get(pk=response.json()["id"])
    assert job.state == "failed" and job.problem_count == 150 and len(job.problems) == imports.MAX_PROBLEMS_KEPT
    assert job.problems[0] == {"source": "big.jsonl line 31", "message": "text: is missing or empty"}
    assert not Document.objects.exists()


def test_a_failure_while_storing_removes_what_earlier_chunks_stored(client_for, reviewer, monkeypatch):
    stored_calls = []
    real_store = imports.documents_store

    def store_then_fail(**kwargs):
        stored_calls.append(len(kwargs["items"]))
        if len(stored_calls) == 3:  # the third transaction of 7 documents: 14 are stored by then
            raise RuntimeError("disk full")
        return real_store(**kwargs)

    monkeypatch.setattr(imports, "documents_store", store_then_fail)
    client = client_for(reviewer)
    response = upload(client, corpus(40))
    run_worker()
    job = job_of(client, response)
    assert job["state"] == "failed"
    assert "stopped after 14 of 40 documents (RuntimeError: disk full)" in job["detail"]
    assert "the 14 documents stored before were removed again" in job["detail"]
    assert job["created_count"] == 0
    assert not Document.objects.exists() and not Sentence.objects.exists()


def test_small_uploads_are_still_imported_within_the_request(client_for, reviewer):
    response = upload(client_for(reviewer), corpus(20))
    assert response.status_code == 201 and len(response.json()["created"]) == 20
    assert not ImportJob.objects.exists()


def test_an_upload_over_the_byte_threshold_is_a_job_too(client_for, reviewer, settings):
    settings.WORKBENCH_IMPORT_SYNC_MAX_BYTES = 1024
    response = upload(client_for(reviewer), corpus(10))
    assert response.status_code == 202 and response.json()["total"] == 10


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"\x00\x01" + corpus(30), "binary file"),
        (corpus(25) + b'{"text": "caf\xe9 bombed."}\n', "not UTF-8 text"),
        (b"\n \n" * 30, "holds no documents"),
    ],
)
def test_an_unreadable_large_file_is_refused_at_once(client_for, reviewer, data, words):
    response = upload(client_for(reviewer), data)
    assert response.status_code == 400, response.json()
    assert words in response.json()["detail"]
    assert not ImportJob.objects.exists() and not ImportJobChunk.objects.exists()


def test_a_job_runs_once(client_for, reviewer):
    response = upload(client_for(reviewer), corpus(25))
    run_worker()
    job = imports.import_job_run(job_id=response.json()["id"])
    assert job.state == "succeeded" and Document.objects.count() == 25


def test_jobs_are_for_reviewers_and_admins(client_for, reviewer, annotator, outsider, admin_user):
    job_id = upload(client_for(reviewer), corpus(25)).json()["id"]
    for user in (annotator, outsider):
        assert client_for(user).get(f"/api/v1/import-jobs/{job_id}/").status_code == 403
        assert client_for(user).get("/api/v1/import-jobs/").status_code == 403
    assert client_for(None).get(f"/api/v1/import-jobs/{job_id}/").status_code in (401, 403)
    listed = client_for(admin_user).get("/api/v1/import-jobs/").json()
    assert [job["id"] for job in listed["results"]] == [job_id]
    assert client_for(reviewer).get("/api/v1/import-jobs/999999/").status_code == 404
