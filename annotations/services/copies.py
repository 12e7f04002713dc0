"""Republished copies among stored documents: fingerprint new documents at import and link each to the
original of the copy group it belongs to (annotations.text.near_duplicates decides what a copy is).

Candidates come from the band-key index (one query for a whole import), so linking does not slow
down as the corpus grows. A copy keeps its own text and sentences; it shares its original's split
(``document_split_keys``) and does not count as an independent source of an incident.
"""

from __future__ import annotations

from django.db.models import QuerySet

from annotations.models import Document, DocumentBand, DocumentFingerprint
from annotations.services.rows import band_rows_with_keys, fingerprint_rows, rows_insert
from annotations.text.near_duplicates import band_keys, copy_originals, fingerprints


def documents_link_copies(documents: list[Document]) -> None:
    """Fingerprint ``documents`` (just stored, text in memory) and link the copies, in id order: a
    document copies an earlier one, stored before or earlier in the same import."""
    if not documents:
        return
    documents = sorted(documents, key=lambda document: document.pk)
    ids = [document.pk for document in documents]
    prints = fingerprints([document.text for document in documents])
    keys = [band_keys(fingerprint) for fingerprint in prints]
    # The stored documents sharing a band key, read through a cursor (``services.rows``): a batch of
    # reports in one outlet's style shares bands with hundreds of stored documents.
    batch = set(ids)
    bands = [row for row in band_rows_with_keys(sorted({key for band in keys for key in band})) if row[0] not in batch]
    stored = {
        pk: (bytes(fingerprint), original)
        for pk, fingerprint, original in fingerprint_rows(sorted({pk for pk, _ in bands}))
    }
    originals = copy_originals(prints, keys, ids, bands, stored)
    # Plain bulk inserts (annotations.services.rows): model instances for twenty rows a document
    # cost more than the fingerprints themselves.
    print_rows = list(zip(ids, prints, originals, strict=True))
    rows_insert(DocumentFingerprint, ("document_id", "fingerprint", "copy_of_id"), print_rows)
    band_rows = [(pk, key) for pk, band in zip(ids, keys, strict=True) for key in set(band)]
    rows_insert(DocumentBand, ("document_id", "key"), band_rows)


def document_split_keys(documents: QuerySet[Document]) -> dict[int, str]:
    """The key each document's train/dev/test split is drawn from: the text hash of its copy group's
    original (its own for an original), so the same corpus splits the same way in every deployment
    and a republished copy lands where its original does. One query."""
    return {
        pk: original or own
        for pk, own, original in documents.values_list(
            "pk", "text_sha256", "fingerprint__copy_of__text_sha256"
        ).order_by()
    }
