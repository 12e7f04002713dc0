"""Arabic folding, script detection and text direction (annotations.text.arabic)."""

import pytest

from annotations.text import casualty_words_ar
from annotations.text.arabic import (
    detect_language,
    fold,
    fold_with_offsets,
    is_arabic,
    original_slice,
    search_pattern,
    text_direction,
)


def test_fold_ignores_diacritics_tatweel_and_letter_variants():
    assert fold("اسْتُشْهِدَ") == fold("استشهد")
    assert fold("قـــتل") == "قتل"
    assert fold("أحمد") == fold("إحمد") == fold("آحمد") == fold("احمد")
    assert fold("مجزرة") == fold("مجزره")
    assert fold("على") == fold("علي")


def test_fold_reads_arabic_indic_digits_as_western_ones():
    assert fold("قُتل ١٢ شخصاً و۳ أطفال") == fold("قتل 12 شخصا و3 اطفال")


def test_fold_leaves_latin_text_alone():
    assert fold("Syrian Civil Defense, 12 killed") == "Syrian Civil Defense, 12 killed"


def test_a_match_in_folded_text_slices_the_words_as_written():
    sentence = "حمّلت الشبكةُ قواتِ النظام المسؤوليةَ"
    folded, offsets = fold_with_offsets(sentence)
    start = folded.index("المسووليه")
    # the fatha after the last letter is not part of the match
    assert original_slice(sentence, offsets, start, start + len("المسووليه")) == "المسؤولية"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("قُتل خمسة مدنيين في قصف على أريحا.", "ar"),
        ("قال المرصد السوري SOHR إن الحصيلة بلغت ١٢ قتيلاً.", "ar"),
        ("Seven civilians were killed in Ariha, the Syrian Civil Defense (الدفاع المدني) said.", "en"),
        ("12 34 -- ...", "en"),
    ],
)
def test_the_language_of_a_text_is_the_script_that_dominates_it(text, language):
    assert detect_language(text) == language
    assert is_arabic(text) is (language == "ar")


def test_right_to_left_languages_get_rtl():
    assert text_direction("ar") == "rtl"
    assert text_direction("ar-SY") == "rtl"
    assert text_direction("en") == "ltr"
    assert text_direction("") == "ltr"


def test_the_arabic_vocabulary_is_written_folded():
    # A word written with a hamza seat or taa marbuta would never match a folded sentence.
    for name in dir(casualty_words_ar):
        value = getattr(casualty_words_ar, name)
        if isinstance(value, dict | frozenset | set | tuple):
            for word in value:
                if isinstance(word, str):
                    assert fold(word) == word, (name, word)


def test_a_search_pattern_finds_arabic_however_either_side_is_spelled():
    import re

    pattern = search_pattern("مجزره الامام علي 3")
    assert re.search(pattern, "وقعت مَجْزَرَةُ الإمامِ على ٣ مرات")
    assert re.search(pattern, "مجزرة  الامام علي 3")
    assert not re.search(pattern, "مجزرة الامام حسن")
    assert search_pattern("Idlib") is None
