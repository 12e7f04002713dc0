"""Importing a saved web page or a PDF: its text becomes a document, its bytes are kept as the
document's source file.

All or nothing: the document, its sentences and its ``SourceFile`` row are written in one
transaction, and the file is written to the ``sources`` storage inside it; if the database write
fails, a file this import wrote is removed again. A refused file stores nothing. The file is named
by its SHA-256, so the same bytes are stored once however often they are imported.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from pathlib import PurePath

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import Storage, storages
from django.db import transaction
from django.utils import timezone

from annotations.checked_files import READ_BLOCK, CheckedFile, StoredFileCorrupted, checked_file_open, file_sha256
from annotations.services.documents import (
    DocumentInput,
    ImportProblem,
    ImportReport,
    documents_store,
    title_from_text,
)
from annotations.sources.extract import SourceRefused, extract_source
from annotations.sources.models import SourceFile
from annotations.text.arabic import detect_language

logger = logging.getLogger(__name__)


def source_storage() -> Storage:
    """Where originals live: ``settings.STORAGES["sources"]`` (local disk under MEDIA_ROOT/sources by default)."""
    return storages["sources"]


def source_stored_name(*, sha256: str, name: str) -> str:
    return f"{sha256}{PurePath(name).suffix.lower()}"


def _hash_stored(storage: Storage, stored_name: str) -> str:
    with storage.open(stored_name, "rb") as handle:
        return file_sha256(handle)[0]


def _keep_original(storage: Storage, stored_name: str, data: bytes, sha256: str) -> tuple[str, bool]:
    """The storage name holding ``data`` and whether this call wrote it. A file already stored under
    the name is reused when its bytes still hash to ``sha256``; an altered one is replaced."""
    if storage.exists(stored_name):
        if _hash_stored(storage, stored_name) == sha256:
            return stored_name, False
        storage.delete(stored_name)
    return storage.save(stored_name, ContentFile(data)), True


def source_import(
    *,
    name: str,
    data: bytes,
    imported_by=None,
    project=None,
    url: str = "",
    captured_at: dt.datetime | None = None,
) -> ImportReport:
    """Import one ``.html``/``.htm``/``.pdf`` file: its extracted text as a document (title, publisher,
    URL and date from its metadata), its bytes as the document's source file.

    ``url`` and ``captured_at``, when given, win over what the page says about itself. The same text
    again is reported under ``existing`` and stores no second file.
    """
    report = ImportReport()
    try:
        found = extract_source(name=name, data=data, max_bytes=settings.WORKBENCH_MAX_SOURCE_BYTES)
    except SourceRefused as exc:
        report.problems.append(ImportProblem(name, str(exc)))
        return report
    item = DocumentInput(
        text=found.text,
        title=found.title or title_from_text(found.text, PurePath(name).stem),
        url=(url or "").strip() or found.url,
        publisher=found.publisher,
        published_on=found.published_on,
        language=detect_language(found.text),
        source=name,
    )
    sha256 = hashlib.sha256(data).hexdigest()
    storage = source_storage()
    written: str | None = None
    try:
        with transaction.atomic():
            stored = documents_store(items=[item], imported_by=imported_by, project=project)
            if stored.problems or not stored.created:
                return stored
            stored_name, fresh = _keep_original(storage, source_stored_name(sha256=sha256, name=name), data, sha256)
            written = stored_name if fresh else None
            SourceFile.objects.create(
                document=stored.created[0],
                stored_name=stored_name,
                sha256=sha256,
                size=len(data),
                media_type=found.media_type,
                original_name=PurePath(name).name[:255],
                original_url=item.url,
                author=found.author[:300],
                captured_at=captured_at or found.captured_at or timezone.now(),
                imported_by=imported_by,
            )
    except BaseException:
        if written is not None:
            storage.delete(written)
        raise
    return stored


# --- serving the original ------------------------------------------------------------------------

SOURCE_CHECKSUM_MISMATCH = "source file does not match its checksum"


class SourceFileCorrupted(StoredFileCorrupted):
    """The stored original of a document no longer hashes to the SHA-256 recorded at import."""


def source_download_url(document_id: int) -> str:
    return f"/api/v1/documents/{document_id}/source/"


def source_file_record(source: SourceFile) -> dict:
    """A source file as the API shows it inside its document."""
    return {
        "name": source.original_name,
        "media_type": source.media_type,
        "size": source.size,
        "sha256": source.sha256,
        "url": source.original_url,
        "author": source.author,
        "captured_at": source.captured_at.isoformat().replace("+00:00", "Z"),
        "download_url": source_download_url(source.document_id),
    }


def _refusal_log(source: SourceFile, reason: str) -> None:
    logger.error("Original of document %s (%s) refused: %s", source.document_id, source.stored_name, reason)


def source_file_open(*, source: SourceFile) -> CheckedFile:
    """The stored original of a document, checked against its SHA-256 before and while it is served.

    Who may read it is the caller's check (the document's visibility); a missing file raises
    ``FileNotFoundError``, an altered one ``SourceFileCorrupted`` (logged, like a release's).
    """
    return checked_file_open(
        storage=source_storage(),
        name=source.stored_name,
        sha256=source.sha256,
        size=source.size,
        corrupted=lambda found, size: SourceFileCorrupted(
            f"The {SOURCE_CHECKSUM_MISMATCH}: it was changed after it was imported, so it is not served.",
            current={"document": source.document_id, "sha256": source.sha256, "size": source.size},
        ),
        changed=SourceFileCorrupted(SOURCE_CHECKSUM_MISMATCH),
        on_refusal=lambda reason: _refusal_log(source, reason),
        missing=f"The original of document {source.document_id} ({source.original_name}) is missing from storage.",
        block_size=READ_BLOCK,
    )
