"""Dataset releases: saved once with their filters, size and SHA-256, downloaded byte-identical later."""

from __future__ import annotations

import hashlib

import pytest

from annotations.models import Annotation, DatasetRelease
from annotations.services.annotating import annotation_update
from annotations.services.reviewing import annotation_approve, annotation_reopen, annotation_submit
from tests.exports_data import make_claims

RELEASES = "/api/v1/releases/"


@pytest.fixture(autouse=True)
def releases_dir(settings, tmp_path):
    settings.WORKBENCH_RELEASES_DIR = tmp_path / "releases"
    return settings.WORKBENCH_RELEASES_DIR


@pytest.fixture
def claims(document, labels, annotator, second_annotator, reviewer):
    return make_claims(
        document=document, labels=labels, annotator=annotator, second_annotator=second_annotator, reviewer=reviewer
    )


def download(client, release_id: int) -> bytes:
    response = client.get(f"{RELEASES}{release_id}/download/")
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def test_release_is_saved_with_its_counts_and_hash(client_for, reviewer, claims, releases_dir):
    response = client_for(reviewer).post(
        RELEASES,
        {"name": "claims v1", "shape": "annotations", "format": "jsonl", "filters": {"label": "casualty_claim"}},
    )
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["row_count"] == 1
    assert body["filters"] == {"label": ["casualty_claim"]}
    assert body["created_by"] == {"id": reviewer.pk, "username": "rev"}
    stored = DatasetRelease.objects.get(pk=body["id"])
    data = (releases_dir / stored.file_path).read_bytes()
    assert len(data) == body["byte_count"] and hashlib.sha256(data).hexdigest() == body["sha256"]
    assert not list(releases_dir.glob(".partial-*"))


def test_release_downloads_byte_identical_after_annotations_change(
    client_for, reviewer, second_reviewer, annotator, claims
):
    client = client_for(reviewer)
    release = client.post(RELEASES, {"name": "all approved", "shape": "annotations", "format": "jsonl"}).json()
    first = download(client, release["id"])
    assert hashlib.sha256(first).hexdigest() == release["sha256"]

    # Reopen the approved claim, change its figures, and approve it again.
    reopened = annotation_reopen(annotation=claims.claim, reviewer=reviewer)
    edited = annotation_update(annotation=reopened, by=annotator, version=reopened.version, figures={"killed_min": 5})
    annotation_submit(annotation=edited, by=annotator)
    annotation_approve(annotation=Annotation.objects.get(pk=edited.pk), reviewer=second_reviewer)
    fresh = b"".join(client.get("/api/v1/exports/annotations.jsonl").streaming_content)
    assert fresh != first  # the live export has moved on ...

    again = download(client, release["id"])
    assert again == first  # ... the release has not
    assert hashlib.sha256(again).hexdigest() == release["sha256"]


def test_download_headers_name_the_file_and_hash(client_for, reviewer, claims):
    client = client_for(reviewer)
    release = client.post(RELEASES, {"name": "sentences/v2", "shape": "sentences", "format": "csv"}).json()
    response = client.get(f"{RELEASES}{release['id']}/download/")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="sentences-v2.sentences.csv"'
    assert response["ETag"] == f'"{release["sha256"]}"'
    assert int(response["Content-Length"]) == release["byte_count"]


def test_releases_list_and_detail(client_for, reviewer, claims):
    client = client_for(reviewer)
    made = [client.post(RELEASES, {"name": f"r{n}", "shape": "annotations", "format": "csv"}).json() for n in (1, 2)]
    listed = client.get(RELEASES).json()
    assert [item["id"] for item in listed] == [made[1]["id"], made[0]["id"]]
    detail = client.get(f"{RELEASES}{made[0]['id']}/").json()
    assert detail["row_count"] == 2 and detail["download_url"].endswith(f"/{made[0]['id']}/download/")


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"shape": "annotations", "format": "jsonl"}, "name"),
        ({"name": "x", "shape": "labels", "format": "jsonl"}, "shape"),
        ({"name": "x", "shape": "annotations", "format": "parquet"}, "format"),
        ({"name": "x", "shape": "annotations", "format": "jsonl", "filters": {"status": "finished"}}, "status"),
        ({"name": "x", "shape": "annotations", "format": "jsonl", "filters": {"train": "2"}}, "train"),
        ({"name": "x", "shape": "annotations", "format": "jsonl", "owner": "me"}, "owner"),
    ],
)
def test_bad_release_requests_store_nothing(client_for, reviewer, claims, releases_dir, payload, field):
    response = client_for(reviewer).post(RELEASES, payload)
    assert response.status_code == 400
    assert field in response.json()["errors"]
    assert DatasetRelease.objects.count() == 0
    assert not releases_dir.exists() or not any(releases_dir.iterdir())


def test_only_reviewers_and_admins_handle_releases(client_for, reviewer, annotator, admin_user, claims):
    release = client_for(reviewer).post(RELEASES, {"name": "r", "shape": "annotations", "format": "jsonl"}).json()
    annotator_client = client_for(annotator)
    assert annotator_client.get(RELEASES).status_code == 403
    assert annotator_client.post(RELEASES, {"name": "x", "shape": "annotations", "format": "jsonl"}).status_code == 403
    assert annotator_client.get(f"{RELEASES}{release['id']}/download/").status_code == 403
    assert download(client_for(admin_user), release["id"])


def test_missing_release_file_is_a_404_not_other_bytes(client_for, reviewer, claims, releases_dir):
    client = client_for(reviewer)
    release = client.post(RELEASES, {"name": "r", "shape": "annotations", "format": "jsonl"}).json()
    (releases_dir / DatasetRelease.objects.get(pk=release["id"]).file_path).unlink()
    response = client.get(f"{RELEASES}{release['id']}/download/")
    assert response.status_code == 404 and "missing" in response.json()["detail"]
    assert client.get(f"{RELEASES}999999/download/").status_code == 404
