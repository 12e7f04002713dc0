"""Republished copies by fingerprint (annotations.text.near_duplicates): pure functions."""

from __future__ import annotations

from annotations.text.near_duplicates import THRESHOLD, band_keys, fingerprints, original_among, similarity

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
