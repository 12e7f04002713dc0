"""Republished copies: the same story put out again by another outlet with small edits.

Each text gets a MinHash fingerprint (datasketch) of its three-word shingles; two texts whose
estimated Jaccard similarity is at least ``THRESHOLD`` are copies. Candidates are found by LSH band
keys (stored in an indexed table, so finding them does not grow with the corpus) and the estimate
decides. Fingerprints are plain bytes so they can be stored beside the document. Pure: no Django.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

import numpy as np
from datasketch import MinHash

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


def band_keys(fingerprint: bytes) -> list[int]:
    """The fingerprint's LSH band keys, as signed 64-bit integers (a database index finds candidates)."""
    values = np.frombuffer(fingerprint, dtype=_DTYPE)
    keys = []
    for band in range(BANDS):
        digest = hashlib.blake2b(values[band * _ROWS : (band + 1) * _ROWS].tobytes(), digest_size=8, person=b"wb-band")
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
