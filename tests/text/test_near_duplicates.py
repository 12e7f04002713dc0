"""Republished copies by fingerprint (annotations.text.near_duplicates): pure functions."""

from __future__ import annotations

import re
import zlib

import numpy as np
from datasketch import MinHash

from annotations.text.near_duplicates import (
    NUM_PERM,
    SCHEME,
    SEED,
    THRESHOLD,
    band_keys,
    fingerprints,
    original_among,
    similarity,
)
from annotations.text.shingle_crc import shingle_crcs

STORY = (
    "Warplanes struck the crowded market in Atarib on Wednesday morning, according to local rescuers. "
    "The Syrian Civil Defense said at least 13 civilians were killed and more than 20 were injured in the "
    "strike. Residents said the market had been busy with shoppers ahead of the weekend, and that several "
    "shops and a bakery were destroyed. Rescue teams worked for hours to pull survivors from the rubble."
)
REPUBLISHED = (
    "Northern Monitor — "
    + STORY.replace("Wednesday morning", "Wednesday").replace("hours", "many hours")
    + " Follow us for updates."
)
OTHER = (
    "Artillery shelling hit a camp for displaced families near Idlib city on Sunday evening, killing four "
    "people including two children, the health directorate said. The camp's clinic was damaged and water "
    "tanks were destroyed, leaving hundreds of families without clean water for the night."
)


def test_a_lightly_edited_copy_is_similar_and_another_story_is_not():
    story, copy, other = fingerprints([STORY, REPUBLISHED, OTHER])
    assert similarity(story, copy) >= THRESHOLD
    assert similarity(story, other) < 0.2
    assert fingerprints([STORY]) == [story]  # the same in every process: stored fingerprints stay valid
    assert len(story) == 64 * 8


def test_copies_share_band_keys_and_unrelated_texts_do_not():
    story, copy, other = fingerprints([STORY, REPUBLISHED, OTHER])
    assert set(band_keys(story)) & set(band_keys(copy))
    assert not set(band_keys(story)) & set(band_keys(other))


def test_the_original_of_a_copy_is_its_groups_original():
    story, copy, other = fingerprints([STORY, REPUBLISHED, OTHER])
    assert original_among(copy, [(1, story, None), (2, other, None)]) == 1
    # A copy of a copy belongs to the first original's group.
    assert original_among(copy, [(5, story, 1)]) == 1
    assert original_among(other, [(1, story, None)]) is None
    assert original_among(story, []) is None


# Texts at the edges of the shingle arithmetic (annotations.text.shingle_crc): no words, one to four words,
# non-ASCII letters whose case-folding changes their length, Arabic, words too long for the shift tables.
EDGE_TEXTS = [
    "",
    "...",
    "one",
    "one two",
    "one two three",
    "one two three four",
    "Straße ÉCOLE İstanbul ﬁne ǅemal",
    "قتل خمسة مدنيين وأصيب عشرة آخرون في قصف على إدلب يوم الجمعة",
    "x" * 300 + " y z w",
    "a " + "b" * 200 + " " + "c" * 60 + " d e",
    STORY,
    REPUBLISHED,
    OTHER,
]


def _shingles_one_by_one(text: str) -> list[bytes]:
    words = re.findall(r"\w+", text.casefold())
    if len(words) <= 3:
        return [" ".join(words).encode()]
    return [" ".join(words[i : i + 3]).encode() for i in range(len(words) - 2)]


def test_each_shingle_crc_is_zlibs_crc_of_the_joined_words():
    hashes, starts = shingle_crcs(EDGE_TEXTS)
    ends = [*starts.tolist()[1:], len(hashes)]
    for text, start, end in zip(EDGE_TEXTS, starts.tolist(), ends, strict=True):
        assert hashes[start:end].tolist() == [zlib.crc32(shingle) for shingle in _shingles_one_by_one(text)], text


def test_fingerprints_are_datasketchs_minhash_of_the_shingles():
    """The whole-import arithmetic gives what datasketch gives one text at a time, so fingerprints stored by
    earlier versions (and by migration 0014) still compare. Many texts, so the chunks split between them."""
    texts = EDGE_TEXTS * 40
    expected = [
        np.asarray(minhash.hashvalues, dtype="<u8").tobytes()
        for minhash in MinHash.bulk(
            [_shingles_one_by_one(text) for text in texts],
            num_perm=NUM_PERM,
            seed=SEED,
            hashfunc=zlib.crc32,
            scheme=SCHEME,
        )
    ]
    assert fingerprints(texts) == expected


def _originals_one_by_one(prints, ids, stored):
    """The reference: each new text in turn, its candidates found by shared band keys, ``original_among``."""
    known = {pk: (fingerprint, original, set(band_keys(fingerprint))) for pk, (fingerprint, original) in stored.items()}
    found = []
    for pk, fingerprint in zip(ids, prints, strict=True):
        keys = set(band_keys(fingerprint))
        candidates = sorted(other for other, (_, _, their_keys) in known.items() if keys & their_keys)
        original = original_among(fingerprint, [(other, known[other][0], known[other][1]) for other in candidates])
        known[pk] = (fingerprint, original, keys)
        found.append(original)
    return found


def _reworded(rng, text: str) -> str:
    words = text.split()
    for _ in range(rng.randint(0, 6)):
        words[rng.randrange(len(words))] = rng.choice(["Tuesday", "dozens", "shelling", "reportedly", "town"])
    return " ".join(words)


def test_copy_originals_of_a_batch_agree_with_deciding_one_text_at_a_time():
    """Stories, copies of them, copies of copies and unrelated texts, some stored and some new: the
    batch decision is the one-by-one decision, ties and chains included."""
    import random

    from annotations.text.near_duplicates import copy_originals

    rng = random.Random(20261203)
    vocabulary = "the strike hit a market in Atarib killing at least civilians rescuers said on Monday and".split()
    texts = []
    for _ in range(60):
        if texts and rng.random() < 0.6:
            texts.append(_reworded(rng, rng.choice(texts)))
        else:
            texts.append(" ".join(rng.choice(vocabulary) for _ in range(rng.randint(2, 60))))
    prints = fingerprints(texts)
    ids = list(range(1, len(texts) + 1))
    split = 25
    stored_originals = _originals_one_by_one(prints[:split], ids[:split], {})
    stored = {pk: (prints[pk - 1], original) for pk, original in zip(ids[:split], stored_originals, strict=True)}
    new_keys = [band_keys(fingerprint) for fingerprint in prints[split:]]
    wanted = {key for band in new_keys for key in band}
    bands = [(pk, key) for pk in stored for key in band_keys(stored[pk][0]) if key in wanted]
    bands += [(999, next(iter(wanted)))]  # a band row of a text without a stored fingerprint is ignored

    expected = _originals_one_by_one(prints[split:], ids[split:], stored)
    assert copy_originals(prints[split:], new_keys, ids[split:], bands, stored) == expected
    assert sum(original is not None for original in expected) >= 10  # copies were there to find
    assert copy_originals([], [], [], bands, stored) == []
    assert copy_originals(prints[:3], [band_keys(p) for p in prints[:3]], [1, 2, 3], [], {}) == (
        _originals_one_by_one(prints[:3], [1, 2, 3], {})
    )


def test_copy_originals_break_a_tie_by_the_oldest_text():
    from annotations.text.near_duplicates import copy_originals

    story, copy, _ = fingerprints([STORY, REPUBLISHED, OTHER])
    stored = {7: (story, None), 3: (story, None)}  # the same text twice, stored before copies were linked
    bands = [(pk, key) for pk in stored for key in band_keys(story)]
    assert copy_originals([copy], [band_keys(copy)], [10], bands, stored) == [3]
    assert _originals_one_by_one([copy], [10], stored) == [3]
