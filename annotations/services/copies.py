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
from annotations.text.near_duplicates import band_keys, fingerprints, original_among


def documents_link_copies(documents: list[Document]) -> None:
    """Fingerprint ``documents`` (just stored, text in memory) and link the copies, in id order: a
    document copies an earlier one, stored before or earlier in the same import."""
    if not documents:
        return
    documents = sorted(documents, key=lambda document: document.pk)
    prints = fingerprints([document.text for document in documents])
    keys = {document.pk: band_keys(fingerprint) for document, fingerprint in zip(documents, prints, strict=True)}
    known = _stored_candidates({key for band in keys.values() for key in band}, exclude={d.pk for d in documents})
    by_band: dict[int, set[int]] = {}
    for pk, (_fingerprint, _original, bands) in known.items():
        for key in bands:
            by_band.setdefault(key, set()).add(pk)
    band_rows, print_rows = [], []
    for document, fingerprint in zip(documents, prints, strict=True):
        candidates = sorted({other for key in keys[document.pk] for other in by_band.get(key, ())})
        original = original_among(fingerprint, [(pk, known[pk][0], known[pk][1]) for pk in candidates])
        print_rows.append((document.pk, fingerprint, original))
        known[document.pk] = (fingerprint, original, keys[document.pk])
        for key in set(keys[document.pk]):
            by_band.setdefault(key, set()).add(document.pk)
            band_rows.append((document.pk, key))
    # Plain bulk inserts (annotations.services.rows): model instances for twenty rows a document
    # cost more than the fingerprints themselves.
    rows_insert(DocumentFingerprint, ("document_id", "fingerprint", "copy_of_id"), print_rows)
    rows_insert(DocumentBand, ("document_id", "key"), band_rows)


def _stored_candidates(keys: set[int], *, exclude: set[int]) -> dict[int, tuple[bytes, int | None, list[int]]]:
    """Stored documents sharing a band key: id -> (fingerprint, original, their keys among ``keys``).
    Read through a cursor (``services.rows``): a batch of reports in one outlet's style shares bands with
    hundreds of stored documents, and the ORM's per-row work was a third of the linking."""
    bands: dict[int, list[int]] = {}
    for document_id, key in band_rows_with_keys(sorted(keys)):
        if document_id not in exclude:
            bands.setdefault(document_id, []).append(key)
    found = {}
    for pk, fingerprint, original in fingerprint_rows(sorted(bands)):
        found[pk] = (bytes(fingerprint), original, bands[pk])
    return found


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
