"""Stored files served only while their bytes still hash to the SHA-256 recorded when they were stored.

Dataset releases and the source files of documents are both records: a release is what was
published, a source file is what a page or report said when it was captured. Both are served the
same way: the file is hashed before the first byte is sent and again while it streams, and a file
that no longer matches is refused, never handed out as the record it claims to be.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from django.core.files.storage import Storage

from annotations.errors import Conflict

READ_BLOCK = 256 * 1024


class StoredFileCorrupted(Conflict):
    """A stored file no longer hashes to the SHA-256 recorded when it was stored (HTTP 409)."""


def file_sha256(handle, *, block_size: int = READ_BLOCK) -> tuple[str, int]:
    """The SHA-256 (hex) and size of what is left to read in ``handle``."""
    digest, size = hashlib.sha256(), 0
    while block := handle.read(block_size):
        digest.update(block)
        size += len(block)
    return digest.hexdigest(), size


@dataclass
class CheckedFile:
    """A stored file checked once, whose bytes are streamed with a second check as they go."""

    handle: object
    sha256: str
    mismatch: StoredFileCorrupted  # raised when the second check fails
    on_refusal: Callable[[str], None]  # records a refusal (its reason) where the domain keeps them
    block_size: int = READ_BLOCK

    def chunks(self) -> Iterator[bytes]:
        """The file in blocks; the last block is held back until the whole file is hashed again.

        If the file changed after the first check, the stream stops short of its Content-Length, so
        the client sees a broken download instead of a complete file with the wrong bytes.
        """
        digest, pending = hashlib.sha256(), b""
        try:
            while block := self.handle.read(self.block_size):
                digest.update(block)
                if pending:
                    yield pending
                pending = block
            if digest.hexdigest() != self.sha256:
                self.on_refusal("changed while being served")
                raise self.mismatch
            if pending:
                yield pending
        finally:
            self.handle.close()


def checked_file_open(
    *,
    storage: Storage,
    name: str,
    sha256: str,
    size: int,
    corrupted: Callable[[str, int], StoredFileCorrupted],
    changed: StoredFileCorrupted,
    on_refusal: Callable[[str], None],
    missing: str,
    block_size: int = READ_BLOCK,
) -> CheckedFile:
    """Open ``name`` in ``storage`` once its bytes are checked against ``sha256`` and ``size``.

    A missing file raises ``FileNotFoundError(missing)``; a file with other bytes raises what
    ``corrupted(found_sha256, found_size)`` makes, and one that changes while it streams raises
    ``changed``. Each refusal is passed to ``on_refusal`` (with its reason) first.
    """
    if not name or not storage.exists(name):
        on_refusal("file missing")
        raise FileNotFoundError(missing)
    handle = storage.open(name, "rb")
    try:
        found, found_size = file_sha256(handle, block_size=block_size)
        if found != sha256 or found_size != size:
            on_refusal(f"sha256 {found}, {found_size} bytes; recorded {sha256}, {size} bytes")
            raise corrupted(found, found_size)
        handle.seek(0)
    except BaseException:
        handle.close()
        raise
    return CheckedFile(handle=handle, sha256=sha256, mismatch=changed, on_refusal=on_refusal, block_size=block_size)
