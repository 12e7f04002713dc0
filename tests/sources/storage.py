"""What a test's sources storage holds (the storage itself is the ``sources_dir`` fixture of tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path


def stored_files(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.rglob("*") if path.is_file()) if folder.exists() else []
