"""Dataset releases: saved once with their filters, size and SHA-256, downloaded byte-identical later."""

from __future__ import annotations

import hashlib

import pytest
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError

from annotations.errors import Conflict
from annotations.exports.releases import ReleaseCorrupted, release_create, release_open
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


# --- integrity: a release is served only while its bytes hash to its SHA-256 -----------------------------------


def _tamper(path, *, at: int = -3) -> None:
    """Change one digit of the file in place (same size, so a size check alone would pass)."""
    data = bytearray(path.read_bytes())
    index = max(i for i, byte in enumerate(data[:at]) if chr(byte).isdigit())
    data[index] = ord("7") if data[index] != ord("7") else ord("8")
    path.write_bytes(bytes(data))


def test_a_release_file_with_one_digit_changed_is_refused_and_the_refusal_recorded(
    client_for, reviewer, claims, releases_dir
):
    client = client_for(reviewer)
    made = client.post(RELEASES, {"name": "r", "shape": "annotations", "format": "csv"}).json()
    release = DatasetRelease.objects.get(pk=made["id"])
    path = releases_dir / release.file_path
    size = path.stat().st_size
    _tamper(path)
    assert path.stat().st_size == size

    response = client.get(f"{RELEASES}{release.pk}/download/")
    assert response.status_code == 409
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert "release file does not match its checksum" in body["detail"]
    assert body["current"]["sha256"] == release.sha256
    release.refresh_from_db()
    assert release.refusals == 1 and release.last_refused_at is not None
    assert release.sha256 in release.last_refusal

    client.get(f"{RELEASES}{release.pk}/download/")
    release.refresh_from_db()
    assert release.refusals == 2


def test_a_missing_release_file_is_recorded_too(client_for, reviewer, claims, releases_dir):
    client = client_for(reviewer)
    made = client.post(RELEASES, {"name": "r", "shape": "annotations", "format": "jsonl"}).json()
    release = DatasetRelease.objects.get(pk=made["id"])
    (releases_dir / release.file_path).unlink()
    assert client.get(f"{RELEASES}{release.pk}/download/").status_code == 404
    release.refresh_from_db()
    assert release.refusals == 1 and release.last_refusal == "file missing"


def test_a_file_changed_after_the_check_is_cut_short_while_streaming(reviewer, claims, releases_dir):
    release = release_create(by=reviewer, name="r", shape="annotations", fmt="jsonl")
    opened = release_open(release=release, by=reviewer)  # checked: the file is intact now
    _tamper(releases_dir / release.file_path)
    sent = []
    with pytest.raises(ReleaseCorrupted):
        for block in opened.chunks():
            sent.append(block)
    assert len(b"".join(sent)) < release.byte_count  # never the whole (altered) file
    release.refresh_from_db()
    assert release.refusals == 1 and release.last_refusal == "changed while being served"


def test_an_intact_release_streams_in_blocks_with_its_hash(reviewer, claims, releases_dir, monkeypatch):
    monkeypatch.setattr("annotations.exports.releases.READ_BLOCK", 64)
    release = release_create(by=reviewer, name="r", shape="annotations", fmt="jsonl")
    blocks = list(release_open(release=release, by=reviewer).chunks())
    assert len(blocks) > 2
    assert hashlib.sha256(b"".join(blocks)).hexdigest() == release.sha256
    release.refresh_from_db()
    assert release.refusals == 0


# --- names are unique: saving twice makes one release -------------------------------------------------------------


def test_saving_the_same_name_twice_makes_one_release_and_answers_409_with_it(
    client_for, reviewer, second_reviewer, claims, releases_dir
):
    first = client_for(reviewer).post(RELEASES, {"name": "Claims v1", "shape": "annotations", "format": "jsonl"})
    assert first.status_code == 201
    for name in ("Claims v1", " claims V1 "):
        again = client_for(second_reviewer).post(RELEASES, {"name": name, "shape": "sentences", "format": "csv"})
        assert again.status_code == 409, again.json()
        assert "exists already" in again.json()["detail"]
        assert again.json()["current"] == first.json()
    assert DatasetRelease.objects.count() == 1
    assert len([path for path in releases_dir.iterdir() if path.is_file()]) == 1


def test_the_database_refuses_a_second_release_of_the_same_name(reviewer, claims):
    release_create(by=reviewer, name="claims", shape="annotations", fmt="jsonl")
    with pytest.raises(IntegrityError), transaction.atomic():
        DatasetRelease.objects.create(
            name="CLAIMS", shape="annotations", format="jsonl", row_count=0, byte_count=0, sha256="0" * 64
        )


def test_a_name_taken_by_a_concurrent_request_is_a_409_and_leaves_no_file(reviewer, claims, releases_dir, monkeypatch):
    # Another request commits a release of the same name between this one's check and its insert.
    from annotations.exports import releases

    release_create(by=reviewer, name="claims", shape="annotations", fmt="jsonl")
    real, checks = releases._name_taken, []

    def checked_too_early(name):
        checks.append(name)
        return None if len(checks) == 1 else real(name)

    monkeypatch.setattr(releases, "_name_taken", checked_too_early)
    with pytest.raises(Conflict) as error:
        release_create(by=reviewer, name="claims", shape="sentences", fmt="csv")
    assert error.value.current["name"] == "claims"
    assert DatasetRelease.objects.count() == 1
    assert len([path for path in releases_dir.iterdir() if path.is_file()]) == 1


# --- releases are kept --------------------------------------------------------------------------------------------


def test_release_rows_cannot_be_deleted(reviewer, claims, releases_dir):
    release = release_create(by=reviewer, name="r", shape="annotations", fmt="jsonl")
    with pytest.raises(ProtectedError):
        release.delete()
    with pytest.raises(ProtectedError):
        DatasetRelease.objects.all().delete()
    assert DatasetRelease.objects.filter(pk=release.pk).exists()
    assert (releases_dir / release.file_path).is_file()


def test_the_admin_offers_no_way_to_delete_a_release(client, admin_user, reviewer, claims):
    release = release_create(by=reviewer, name="r", shape="annotations", fmt="jsonl")
    client.force_login(admin_user)
    assert client.get(f"/admin/annotations/datasetrelease/{release.pk}/delete/").status_code == 403
    changelist = client.get("/admin/annotations/datasetrelease/")
    assert changelist.status_code == 200
    assert b"delete_selected" not in changelist.content
    response = client.post(
        "/admin/annotations/datasetrelease/",
        {"action": "delete_selected", "_selected_action": [release.pk], "post": "yes"},
    )
    assert DatasetRelease.objects.filter(pk=release.pk).exists()
    assert response.status_code in (200, 302)


def test_release_row_count_is_rows_not_lines(reviewer, claims, releases_dir):
    Annotation.objects.filter(pk=claims.claim.pk).update(note="first line\nsecond line\r\nthird")
    release = release_create(by=reviewer, name="r", shape="annotations", fmt="csv")
    assert release.row_count == 2


def test_release_files_go_through_the_storage_api(reviewer, claims, settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "releases": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": tmp_path / "x"}},
    }
    release = release_create(by=reviewer, name="r", shape="annotations", fmt="jsonl")
    stored = (tmp_path / "x" / release.file_path).read_bytes()
    assert hashlib.sha256(stored).hexdigest() == release.sha256


def test_the_migration_renames_releases_that_share_a_name(reviewer, claims):
    """Before names were unique two releases could share one: the oldest keeps it, the others get a number."""
    import importlib
    from pathlib import Path

    from django.apps import apps
    from django.db import connection

    import annotations.migrations as package

    (path,) = Path(package.__file__).parent.glob("*_release_names_unique_and_refusals.py")
    migration = importlib.import_module(f"annotations.migrations.{path.stem}")
    with connection.cursor() as cursor:
        cursor.execute("DROP INDEX release_name_unique")  # as before the migration; the test's transaction restores it
    fields = {"shape": "annotations", "format": "jsonl", "row_count": 0, "byte_count": 0, "sha256": "0" * 64}
    made = [DatasetRelease.objects.create(name=name, **fields) for name in ("v1", "V1", "v1", "v1 (2)", "other")]
    migration.rename_duplicates(apps, None)
    names = [DatasetRelease.objects.get(pk=release.pk).name for release in made]
    assert names == ["v1", "V1 (3)", "v1 (4)", "v1 (2)", "other"]
