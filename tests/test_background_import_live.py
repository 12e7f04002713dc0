"""A background import against the real processes `make run` starts (gunicorn and the job worker) on a
SQLite file: other writers keep working while it runs, and it never runs inside a request."""

from __future__ import annotations

import pytest

from bench.corpus import as_jsonl, generate
from bench.http import Api, obtain_token
from bench.server import Database, Gunicorn, JobWorker, app_environment, run_python, setup_step, wait_for_job
from bench.setup_data import PASSWORD

pytestmark = pytest.mark.skipif(
    __import__("os").environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="about SQLite's single writer; the PostgreSQL run covers jobs in tests/api/test_import_jobs.py",
)


def test_labelling_succeeds_while_a_large_import_runs_in_the_background(tmp_path):
    database = Database(tmp_path)
    environment = {
        **app_environment(database.url, tmp_path),
        "WORKBENCH_IMPORT_CHUNK_DOCUMENTS": "10",
        "WORKBENCH_IMPORT_SYNC_MAX_DOCUMENTS": "50",
    }
    run_python(environment, "manage.py", "migrate", "--no-input", "-v", "0")
    setup_step(environment, "users", "--annotators", "1")
    server = Gunicorn(environment, workers=2, log=tmp_path / "gunicorn.log")
    worker = JobWorker(environment, log=tmp_path / "worker.log")
    try:
        server.wait_ready()
        reviewer = Api(server.url, obtain_token(server.url, "bench_reviewer", PASSWORD))
        annotator = Api(server.url, obtain_token(server.url, "bench_annotator1", PASSWORD))
        small = reviewer.upload(
            "/api/v1/documents/upload/", field="file", filename="one.jsonl", data=as_jsonl(list(generate(1, seed=1)))
        )
        document_id = small.json()["created"][0]["id"]
        sentences = annotator.call("GET", f"/api/v1/documents/{document_id}/").json()["sentences"]

        corpus = list(generate(300, seed=2))
        queued = reviewer.upload(
            "/api/v1/documents/upload/", field="file", filename="big.jsonl", data=as_jsonl(corpus), expect=(202,)
        ).json()
        assert queued["state"] == "queued" and queued["total"] == 300
        running = wait_for_job(
            reviewer,
            queued["url"],
            until=lambda job: job["finished"] or job["done"] > 0 and job["state"] == "importing",
        )
        assert running["state"] == "importing", running

        items = [{"sentence": s["id"], "label": "rhetoric"} for s in sentences]
        labelled = annotator.call("POST", f"/api/v1/documents/{document_id}/annotations/bulk/", {"items": items})
        assert labelled.status == 201 and len(labelled.json()) == len(sentences)

        during = reviewer.call("GET", queued["url"]).json()
        assert not during["finished"], "the import should still have been running (make the corpus larger)"
        finished = wait_for_job(reviewer, queued["url"])
        assert finished["state"] == "succeeded", finished
        assert (finished["done"], finished["created_count"]) == (300, 300)
        listed = reviewer.call("GET", "/api/v1/documents/", params={"limit": 1}).json()
        assert listed["count"] == 301
    finally:
        worker.stop()
        server.stop()
