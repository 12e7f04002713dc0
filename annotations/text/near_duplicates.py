"""Republished copies: the same story put out again by another outlet with small edits.

Each text gets a MinHash fingerprint (datasketch) of its three-word shingles; two texts whose
estimated Jaccard similarity is at least ``THRESHOLD`` are copies. Candidates are found by LSH band
keys (stored in an indexed table, so finding them does not grow with the corpus) and the estimate
decides. Fingerprints are plain bytes so they can be stored beside the document. Pure: no Django.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
from datasketch import MinHash
from scipy.sparse import csr_matrix

from annotations.text.shingle_crc import shingle_crcs

NUM_PERM = 64
SEED = 20261202
SCHEME = "affine32"
THRESHOLD = 0.6
_DTYPE = np.dtype("<u8")


# datasketch's "affine32" MinHash: each shingle's hash is mixed once (MurmurHash3's finalizer), then
# every permutation k maps it to a_k * h + b_k in 32-bit arithmetic; a fingerprint keeps each
# permutation's minimum. Applied here to a whole import's shingles at once (datasketch's per-shingle
# loop cost more than the arithmetic); tests check the values against datasketch's own.
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations.astype(np.uint32)
_SHINGLES_AT_ONCE = 1 << 11  # a chunk's shingles x permutations: 512 KiB, kept in the CPU's cache


def _mixed(hashes: np.ndarray) -> np.ndarray:
    hashes = hashes ^ (hashes >> np.uint32(16))
    hashes = hashes * np.uint32(0x85EBCA6B)
    hashes = hashes ^ (hashes >> np.uint32(13))
    hashes = hashes * np.uint32(0xC2B2AE35)
    return hashes ^ (hashes >> np.uint32(16))


def fingerprints(texts: Sequence[str]) -> list[bytes]:
    """The fingerprint of each text: the MinHash of its shingles' CRC-32 (fast, and the same in every
    process), as datasketch's ``MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashfunc=zlib.crc32)``
    gives it."""
    if not texts:
        return []
    hashes, starts = shingle_crcs(texts)
    mixed = _mixed(hashes)
    ends = np.append(starts[1:], len(mixed))
    multiplier, offset = _PERMUTATIONS
    rows = np.empty((len(texts), NUM_PERM), dtype=np.uint32)
    first = 0
    while first < len(texts):
        # As many whole texts as fit in a chunk (at least one).
        last = max(first + 1, int(np.searchsorted(ends, starts[first] + _SHINGLES_AT_ONCE, side="right")))
        low, high = int(starts[first]), int(ends[last - 1])
        permuted = mixed[low:high, None] * multiplier + offset
        rows[first:last] = np.minimum.reduceat(permuted, starts[first:last] - low, axis=0)
        first = last
    return [row.tobytes() for row in rows.astype(_DTYPE)]


def similarity(first: bytes, second: bytes) -> float:
    """Estimated Jaccard similarity of two fingerprinted texts' shingles."""
    return float(np.mean(np.frombuffer(first, dtype=_DTYPE) == np.frombuffer(second, dtype=_DTYPE)))


# LSH: 21 bands of 3 values. Texts sharing a band are candidates: at the threshold's 0.6 similarity
# 99 % of pairs do, at 0.2 (texts that merely share phrasing) 15 %; the estimate then decides.
BANDS = 21
_ROWS = 3


_BAND_BYTES = _ROWS * _DTYPE.itemsize


def band_keys(fingerprint: bytes) -> list[int]:
    """The fingerprint's LSH band keys, as signed 64-bit integers (a database index finds candidates):
    each band's bytes (its three little-endian values as stored) hashed."""
    keys = []
    for band in range(BANDS):
        piece = fingerprint[band * _BAND_BYTES : (band + 1) * _BAND_BYTES]
        digest = hashlib.blake2b(piece, digest_size=8, person=b"wb-band")
        keys.append(int.from_bytes(digest.digest(), "big", signed=True) ^ band)
    return keys


def original_among(fingerprint: bytes, candidates: Iterable[tuple[int, bytes, int | None]]) -> int | None:
    """The original of the most similar candidate (key, fingerprint, its original or None), when the
    text is a copy of it; else None. Ties go to the oldest (lowest) key. One array comparison for all."""
    candidates = list(candidates)
    if not candidates:
        return None
    mine = np.frombuffer(fingerprint, dtype=_DTYPE)
    others = np.frombuffer(b"".join(other for _, other, _ in candidates), dtype=_DTYPE).reshape(len(candidates), -1)
    agreeing = (others == mine).sum(axis=1)  # agreeing values: the score times NUM_PERM, exact integers
    top = agreeing.max()
    if top < THRESHOLD * len(mine):
        return None
    key, _, original = min((candidates[n] for n in np.flatnonzero(agreeing == top)), key=lambda found: found[0])
    return original if original is not None else key


def copy_originals(
    prints: Sequence[bytes],
    keys: Sequence[Sequence[int]],
    ids: Sequence[int],
    stored_bands: Sequence[tuple[int, int]],
    stored: Mapping[int, tuple[bytes, int | None]],
) -> list[int | None]:
    """For new texts in ascending ``ids`` order, what ``original_among`` gives each in turn when its
    candidates are the stored texts and the earlier new texts that share one of its band ``keys``.

    ``stored_bands`` are stored texts' ``(id, key)`` band rows (others than the new keys are ignored),
    ``stored`` their ``id -> (fingerprint, original)``. Which texts share a key is one sparse matrix
    product for the whole batch, and each text is compared with its candidates in one array operation:
    an import of reports in one outlet's style meets thousands of candidates a batch."""
    count = len(prints)
    if not count:
        return []
    new_keys = np.array(keys, dtype=np.int64).reshape(count, BANDS)
    distinct, new_key_index = np.unique(new_keys, return_inverse=True)
    stored_ids = np.array(sorted(stored), dtype=np.int64)
    known = len(stored_ids)
    stored_columns = np.zeros(0, dtype=np.int64)
    stored_key_index = np.zeros(0, dtype=np.int64)
    if len(stored_bands) and known:
        rows = np.array(stored_bands, dtype=np.int64).reshape(-1, 2)
        column = np.minimum(np.searchsorted(stored_ids, rows[:, 0]), known - 1)
        key_at = np.minimum(np.searchsorted(distinct, rows[:, 1]), len(distinct) - 1)
        kept = (stored_ids[column] == rows[:, 0]) & (distinct[key_at] == rows[:, 1])
        stored_columns, stored_key_index = column[kept], key_at[kept]
    # Columns: the stored texts (by id), then the new ones; a 1 where a text has a band key.
    columns = np.concatenate([stored_columns, known + np.repeat(np.arange(count), BANDS)])
    key_index = np.concatenate([stored_key_index, new_key_index.ravel()])
    incidence = csr_matrix(
        (np.ones(len(columns), dtype=np.int32), (columns, key_index)), shape=(known + count, len(distinct))
    )
    sharing = (incidence[known:] @ incidence.T).tocsr()  # new text x every text: keys in common
    every_id = np.concatenate([stored_ids, np.asarray(ids, dtype=np.int64)])
    every_print = np.frombuffer(
        b"".join([stored[pk][0] for pk in stored_ids.tolist()] + list(prints)), dtype=_DTYPE
    ).reshape(known + count, NUM_PERM)
    originals = np.array([stored[pk][1] or -1 for pk in stored_ids.tolist()] + [-1] * count, dtype=np.int64)
    needed = THRESHOLD * NUM_PERM
    found: list[int | None] = []
    for n in range(count):
        candidates = sharing.indices[sharing.indptr[n] : sharing.indptr[n + 1]]
        candidates = candidates[candidates < known + n]  # stored texts and earlier new ones
        original = None
        if len(candidates):
            agreeing = (every_print[candidates] == every_print[known + n]).sum(axis=1)
            top = agreeing.max()
            if top >= needed:
                tied = candidates[agreeing == top]
                best = tied[np.argmin(every_id[tied])]
                original = int(originals[best]) if originals[best] >= 0 else int(every_id[best])
                originals[known + n] = original
        found.append(original)
    return found
