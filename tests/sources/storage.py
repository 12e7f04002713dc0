"""What a test's sources storage holds (the storage itself is the ``sources_dir`` fixture of tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path


def stored_files(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.rglob("*") if path.is_file()) if folder.exists() else []


def original_attach(document, *, name: str, data: bytes):
    """Give ``document`` a stored original (for tests whose subject is not the import itself)."""
    import hashlib

    from django.core.files.base import ContentFile
    from django.utils import timezone

    from annotations.sources.models import SourceFile
    from annotations.sources.services import source_storage, source_stored_name

    sha256 = hashlib.sha256(data).hexdigest()
    stored = source_storage().save(source_stored_name(sha256=sha256, name=name), ContentFile(data))
    return SourceFile.objects.create(
        document=document,
        stored_name=stored,
        sha256=sha256,
        size=len(data),
        media_type="text/html",
        original_name=name,
        captured_at=timezone.now(),
    )
