"""Dataset releases: an export saved once as a file, served later only while its bytes still match.

A release records its filters, row count, size and SHA-256 next to the file. The file is written
through Django's storage API (the ``releases`` storage when settings define one, else the local
folder ``WORKBENCH_RELEASES_DIR``). A download hashes the stored file before the first byte is
sent and again while it streams: a file that no longer hashes to the recorded SHA-256 is refused
(409) and the refusal is counted on the release, so an altered dataset is never handed out as the
release it claims to be. Release names are unique (case-insensitive), and releases are never
deleted: they are the record of what was published.
"""

from __future__ import annotations

import logging
import re
import tempfile
from collections.abc import Mapping

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files import File
from django.core.files.storage import FileSystemStorage, Storage, storages
from django.db import IntegrityError, transaction
from django.db.models import F, QuerySet
from django.utils import timezone

from annotations.checked_files import READ_BLOCK, CheckedFile, StoredFileCorrupted, checked_file_open
from annotations.errors import Conflict
from annotations.exports.services import export_build, export_write, normalize_params
from annotations.models import DatasetRelease
from annotations.projects.access import may_review_in, reviewing_project_ids, sees_all_projects
from annotations.projects.models import Project
from annotations.roles import is_reviewer
from annotations.services.events import event_record_change, record_snapshot

logger = logging.getLogger(__name__)

CHECKSUM_MISMATCH = "release file does not match its checksum"


class ReleaseCorrupted(StoredFileCorrupted):
    """The stored file of a release no longer hashes to the SHA-256 recorded when it was made."""


def release_storage() -> Storage:
    """Where release files live: settings.STORAGES["releases"] if defined, else WORKBENCH_RELEASES_DIR on disk."""
    if "releases" in settings.STORAGES:
        return storages["releases"]
    return FileSystemStorage(location=settings.WORKBENCH_RELEASES_DIR)


def release_record(release: DatasetRelease) -> dict:
    """A release as the API shows it (also the ``current`` of a 409)."""
    user = release.created_by
    return {
        "id": release.pk,
        "name": release.name,
        "shape": release.shape,
        "format": release.format,
        "filters": release.filters,
        "row_count": release.row_count,
        "byte_count": release.byte_count,
        "sha256": release.sha256,
        "created_by": None if user is None else {"id": user.pk, "username": user.username},
        "created_at": None if release.created_at is None else release.created_at.isoformat().replace("+00:00", "Z"),
        "download_url": f"/api/v1/releases/{release.pk}/download/",
        "project": release.project_id,
    }


def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-.")[:80] or "release"


def _name_taken(name: str) -> Conflict | None:
    existing = DatasetRelease.objects.select_related("created_by").filter(name__iexact=name).first()
    if existing is None:
        return None
    return Conflict(
        f"A release named {existing.name!r} exists already; release names are unique. Choose another name.",
        current=release_record(existing),
    )


def releases_visible_to(user) -> QuerySet[DatasetRelease]:
    """Staff see every release; reviewers and managers those of the projects they review."""
    releases = DatasetRelease.objects.all()
    return releases if sees_all_projects(user) else releases.filter(project_id__in=reviewing_project_ids(user))


def release_project(*, by, project: Project | int | None) -> Project | None:
    """The project a release covers: the one named (which ``by`` reviews or manages), else ``by``'s only
    reviewed project; None (every project) only for staff who name none."""
    if project is not None:
        pk = project.pk if isinstance(project, Project) else project
        found = Project.objects.filter(pk=pk).first()
        if found is None or not may_review_in(by, found):
            raise ValidationError({"project": f"No project {pk} that you review."})
        return found
    if sees_all_projects(by):
        return None
    reviewing = sorted(reviewing_project_ids(by))
    if len(reviewing) == 1:
        return Project.objects.get(pk=reviewing[0])
    if not reviewing:
        raise PermissionDenied("Only reviewers and managers of a project can make its dataset releases.")
    raise ValidationError({"project": "You review several projects; name the project the release covers."})


def release_create(
    *, by, name: str, shape: str, fmt: str, filters: Mapping | None = None, project: Project | int | None = None
) -> DatasetRelease:
    """Save an export as a release file and record it. Reviewers and admins only; names are unique.
    The release covers one project (``project``, or the only one ``by`` reviews); staff may leave it
    out to release across every project."""
    if not is_reviewer(by):
        raise PermissionDenied("Only reviewers and admins can make dataset releases.")
    covered = release_project(by=by, project=project)
    name = (name or "").strip()
    if not name:
        raise ValidationError({"name": "A release needs a name."})
    if len(name) > 200:
        raise ValidationError({"name": "Keep the name to 200 characters."})
    if taken := _name_taken(name):
        raise taken
    params = normalize_params(filters)
    if covered is not None:
        named = params.get("project")
        if named and named != [str(covered.pk)]:
            raise ValidationError({"filters.project": f"The release covers project {covered.pk}; drop this filter."})
    export = export_build(user=by, shape=shape, fmt=fmt, params=params, project=covered)
    storage = release_storage()
    saved: str | None = None
    # The export is one SELECT (a consistent snapshot), written to a temporary file first so that a
    # failure half way leaves neither a row nor a file; only the bookkeeping needs a transaction.
    with tempfile.TemporaryFile() as scratch:
        written = export_write(export=export, target=scratch)
        scratch.seek(0)
        try:
            with transaction.atomic():
                release = DatasetRelease.objects.create(
                    name=name,
                    shape=shape,
                    format=fmt,
                    filters=params,
                    row_count=written.rows,
                    byte_count=written.bytes,
                    sha256=written.sha256,
                    file_path="",
                    created_by=by,
                    project=covered,
                )
                saved = storage.save(f"{release.pk:06d}-{_slug(name)}.{shape}.{fmt}", File(scratch))
                release.file_path = saved
                release.save(update_fields=["file_path"])
                event_record_change(by=by, record=release, before=None, after=record_snapshot(release))
        except IntegrityError:
            if saved is not None:
                storage.delete(saved)
            taken = _name_taken(name)  # another request saved the same name meanwhile
            if taken is None:
                raise
            raise taken from None
        except BaseException:
            if saved is not None:
                storage.delete(saved)
            raise
    return release


def release_refusal_record(*, release: DatasetRelease, reason: str) -> None:
    """Count a refused download on the release (its own transaction, so nothing rolls it back) and log it."""
    logger.error("Release %s (%s) refused: %s", release.pk, release.file_path, reason)
    now = timezone.now()
    with transaction.atomic():
        DatasetRelease.objects.filter(pk=release.pk).update(
            refusals=F("refusals") + 1, last_refused_at=now, last_refusal=reason[:200]
        )


def release_open(*, release: DatasetRelease, by) -> CheckedFile:
    """The stored file of a release, verified against its SHA-256; a missing or altered file is refused."""
    if not is_reviewer(by):
        raise PermissionDenied("Only reviewers and admins can download dataset releases.")
    if not releases_visible_to(by).filter(pk=release.pk).exists():
        raise PermissionDenied("Only reviewers of the release's project can download it.")
    return checked_file_open(
        storage=release_storage(),
        name=release.file_path,
        sha256=release.sha256,
        size=release.byte_count,
        corrupted=lambda found, size: ReleaseCorrupted(
            f"The {CHECKSUM_MISMATCH}: it was changed after the release was made, so it is not served.",
            current={"id": release.pk, "sha256": release.sha256, "byte_count": release.byte_count},
        ),
        changed=ReleaseCorrupted(CHECKSUM_MISMATCH),
        on_refusal=lambda reason: release_refusal_record(release=release, reason=reason),
        missing=f"The file of release {release.pk} ({release.file_path}) is missing.",
        block_size=READ_BLOCK,
    )
