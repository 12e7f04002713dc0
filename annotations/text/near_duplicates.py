"""Republished copies: the same story put out again by another outlet with small edits.

Each text gets a MinHash fingerprint (datasketch) of its three-word shingles; two texts whose
estimated Jaccard similarity is at least ``THRESHOLD`` are copies. Candidates are found by LSH band
keys (stored in an indexed table, so finding them does not grow with the corpus) and the estimate
decides. Fingerprints are plain bytes so they can be stored beside the document. Pure: no Django.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Iterable, Sequence

import numpy as np
from datasketch import MinHash

NUM_PERM = 64
SEED = 20261202
SCHEME = "affine32"
THRESHOLD = 0.6
SHINGLE_WORDS = 3
_WORD = re.compile(r"\w+")
_DTYPE = np.dtype("<u8")


def _shingles(text: str) -> list[bytes]:
    words = _WORD.findall(text.casefold())
    if len(words) <= SHINGLE_WORDS:
        return [" ".join(words).encode()]
    return [" ".join(words[i : i + SHINGLE_WORDS]).encode() for i in range(len(words) - SHINGLE_WORDS + 1)]


def fingerprints(texts: Sequence[str]) -> list[bytes]:
    """The fingerprint of each text (crc32 of each shingle: fast, and the same in every process)."""
    if not texts:
        return []
    hashes = MinHash.bulk(
        [_shingles(text) for text in texts], num_perm=NUM_PERM, seed=SEED, hashfunc=zlib.crc32, scheme=SCHEME
    )
    return [np.asarray(minhash.hashvalues, dtype=_DTYPE).tobytes() for minhash in hashes]


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
