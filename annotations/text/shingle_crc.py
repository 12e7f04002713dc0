"""The CRC-32 of every three-word shingle of many texts, computed a whole import at a time.

A shingle is three words joined by spaces (``b"killed three civilians"``); the copy detector hashes
each with ``zlib.crc32``. Calling it once a shingle cost more than half of an import's copy detection.
CRC-32 composes: for byte strings ``A`` and ``B``, ``crc(A + B) = shift(crc(A), len(B)) ^ crc(B)``,
where ``shift(c, n)`` (the register after ``n`` zero bytes, without the start and end inversions) is
linear in ``c``. So each distinct word is hashed once, and every shingle's CRC is put together
from its words' CRCs in numpy, with ``shift`` read from byte-sliced tables. The values are exactly
``zlib.crc32`` of the joined bytes (tests compare them); shingles too long for the tables are
hashed directly. Pure: no Django.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence

import numpy as np

SHINGLE_WORDS = 3
_WORD = re.compile(r"\w+")
_TABLE_LENGTHS = 256  # shifts by 0-255 bytes come from tables; longer shingles are hashed directly


def _shift_tables(lengths: int) -> np.ndarray:
    """``tables[n, j, byte]`` is ``shift(byte << 8 * j, n)``: four look-ups shift any 32-bit value."""
    zero = np.arange(256, dtype=np.uint32)
    tables = np.empty((lengths, 4, 256), dtype=np.uint32)
    tables[0] = [zero << np.uint32(8 * j) for j in range(4)]
    one_byte = np.array(
        [[zlib.crc32(b"\0", int(byte) << (8 * j)) ^ zlib.crc32(b"\0", 0) for byte in range(256)] for j in range(4)],
        dtype=np.uint32,
    )
    for n in range(1, lengths):
        tables[n] = _apply(one_byte, tables[n - 1])
    return tables


def _apply(table: np.ndarray, values: np.ndarray) -> np.ndarray:
    """One byte-sliced table (4 x 256) applied to every value of ``values``."""
    return (
        table[0][values & 0xFF]
        ^ table[1][(values >> 8) & 0xFF]
        ^ table[2][(values >> 16) & 0xFF]
        ^ table[3][values >> 24]
    )


_TABLES = _shift_tables(_TABLE_LENGTHS)


def _shifted(values: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """``shift(values[i], lengths[i])`` for every i (each length below ``_TABLE_LENGTHS``)."""
    return (
        _TABLES[lengths, 0, values & 0xFF]
        ^ _TABLES[lengths, 1, (values >> 8) & 0xFF]
        ^ _TABLES[lengths, 2, (values >> 16) & 0xFF]
        ^ _TABLES[lengths, 3, values >> 24]
    )


# For ASCII text: every byte that is not a word character (``\w``: letters, digits, underscore)
# becomes a space, and upper case becomes lower (what casefold does to ASCII).
_ASCII_WORD_BYTES = (
    bytes(byte if chr(byte).isalnum() or chr(byte) == "_" else ord(" ") for byte in range(128)).lower() + b" " * 128
)


def text_words(text: str) -> list[bytes]:
    """The words shingles are made of: runs of word characters of the case-folded text, in UTF-8.

    An ASCII text (most reports in English) is cut by a byte table, a tenth of the regular
    expression's time; the words are the same."""
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_WORD_BYTES).split()
    return [word.encode() for word in _WORD.findall(text.casefold())]


def shingle_crcs(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """``zlib.crc32`` of every shingle of every text, in one array, and where each text's shingles start
    (one start a text, in order). A text of three words or fewer is one shingle of all of them (an
    empty text: the empty shingle)."""
    words, counts = [], []
    for text in texts:
        found = text_words(text)
        words += found
        counts.append(len(found))
    # Each distinct word: the CRC of its bytes, of its bytes and a space, and its length in bytes.
    distinct = list(dict.fromkeys(words))
    crc = np.array([zlib.crc32(word) for word in distinct], dtype=np.uint32)
    crc_spaced = np.array([zlib.crc32(b" ", value) for value in crc.tolist()], dtype=np.uint32)
    length = np.array([len(word) for word in distinct], dtype=np.int64)
    position = {word: n for n, word in enumerate(distinct)}
    # All texts' words in one array: a shingle starts at every word but a text's last two.
    ids = np.fromiter(map(position.__getitem__, words), dtype=np.int64, count=len(words))
    first, second, third = ids[:-2], ids[1:-1], ids[2:]
    tail = length[third]  # crc(A + B + C) = shift(crc(A), |B| + |C|) ^ shift(crc(B), |C|) ^ crc(C)
    after_first = length[second] + 1 + tail
    fits = after_first < _TABLE_LENGTHS
    values = np.zeros(len(first), dtype=np.uint32)
    values[fits] = (
        _shifted(crc_spaced[first[fits]], after_first[fits])
        ^ _shifted(crc_spaced[second[fits]], tail[fits])
        ^ crc[third[fits]]
    )
    for n in np.flatnonzero(~fits).tolist():
        values[n] = zlib.crc32(b" ".join(words[n : n + SHINGLE_WORDS]))
    pieces, starts, at, start = [], [], 0, 0
    for count in counts:
        starts.append(at)
        if count <= SHINGLE_WORDS:
            pieces.append(np.array([zlib.crc32(b" ".join(words[start : start + count]))], dtype=np.uint32))
        else:
            pieces.append(values[start : start + count - SHINGLE_WORDS + 1])
        at += len(pieces[-1])
        start += count
    return (np.concatenate(pieces) if pieces else values[:0]), np.array(starts, dtype=np.int64)
