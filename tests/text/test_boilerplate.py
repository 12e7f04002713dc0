"""Which lines of an imported text are page furniture, not content (annotations.text.boilerplate)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotations.text.boilerplate import boilerplate_flags, is_page_furniture
from annotations.text.segment import split_sentences


@pytest.mark.parametrize(
    "line",
    [
        "Credit: (Social Media)",
        "Credit: (White Helmets/Social Media)",
        "Photo: AFP",
        "Image credit: Syrian Civil Defence",
        "(Photo courtesy of a local activist)",
        "(Source: SOC’s Media Department)",
        "(Reporting by a correspondent in Idlib; editing by the desk)",
        "Source: SNHR",
        "Please enter your comment!",
        "Please enter your name here",
        "You have entered an incorrect email address!",
        "Leave a Reply",
        "Save my name, email, and website in this browser for the next time I comment.",
        "Share on Facebook",
        "Facebook Twitter WhatsApp Telegram",
        "Share this:",
        "Read more",
        "(المصدر: الدفاع المدني السوري)",
        "المصدر: الشبكة السورية لحقوق الإنسان",
        "صورة: ناشطون",
        "شارك على فيسبوك",
        "أضف تعليقاً",
    ],
)
def test_furniture_lines_are_found(line):
    assert is_page_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "According to the Syrian Civil Defense, four civilians were killed.",
        "The source of the shelling was a regime position near Saraqib.",
        "Rescuers shared photos of the destroyed market on social media.",
        "A photo shows the crater left by the missile in the market square.",
        "Sources: local rescuers said that at least 13 people had been killed in the strike on the market.",
        "The SOC called on the international community to act.",
        "قال الدفاع المدني إن أربعة مدنيين قتلوا في القصف.",
        "Comments by the minister drew criticism from monitors.",
    ],
)
def test_content_is_not_furniture(line):
    assert not is_page_furniture(line)


def flagged(text: str, title: str = "") -> list[str]:
    spans = split_sentences(text, "en")
    return [
        text[start:end]
        for (start, end), flag in zip(spans, boilerplate_flags(text, spans, title=title), strict=True)
        if flag
    ]


def test_a_repeated_headline_is_the_first_line_equal_to_the_title():
    text = (
        "Strike on Atarib market\n\nCredit: (Social Media)\n\n"
        "Warplanes struck the market. Thirteen people were killed.\n"
    )
    assert flagged(text, title="Strike on Atarib market") == ["Strike on Atarib market", "Credit: (Social Media)"]
    # The same words later in the text, or a first line that is not the title, are content.
    later = "Warplanes struck the market.\nStrike on Atarib market\n"
    assert flagged(later, title="Strike on Atarib market") == []
    assert flagged(text, title="Another title") == ["Credit: (Social Media)"]


def test_only_a_line_of_its_own_can_be_boilerplate():
    # The same words inside a paragraph belong to the writer's sentence run.
    text = "Thirteen people were killed. Source: SNHR. The market was destroyed.\nSource: SNHR\n"
    assert flagged(text) == ["Source: SNHR"]


def test_a_sentence_starting_a_paragraph_with_the_titles_words_is_not_a_headline():
    text = "Report 1. Shelling killed 1 person in Idlib.\nRescuers searched."
    assert flagged(text, title="Report 1") == []


def _flags_line_by_line(text, spans, title):
    """The reference: every span measured against its own line."""
    from annotations.text.boilerplate import _is_whole_line, is_repeated_headline

    return [
        _is_whole_line(text, start, end)
        and (
            is_page_furniture(text[start:end])
            or is_repeated_headline(text[start:end], title=title, is_first=position == 0)
        )
        for position, (start, end) in enumerate(spans)
    ]


_LINE_PIECES = ["Source: SNHR", "Share on Facebook", "Strike kills 4", " ", "\t", "\n", "\r\n", "\r", ". ", "x"]


@given(
    st.lists(st.sampled_from(_LINE_PIECES) | st.text(max_size=8), max_size=25).map("".join),
    st.lists(st.tuples(st.integers(0, 200), st.integers(0, 200)), max_size=12),
)
@settings(max_examples=300, deadline=None)
def test_flags_of_any_spans_are_those_measured_line_by_line(text, cuts):
    """The set look-up for segmentation's spans gives what measuring each span against its line gives,
    for the segmenter's spans and for arbitrary ones (margins, line breaks, empty spans)."""
    cut = [(s.start, s.end) for s in split_sentences(text)]
    widened = [
        (max(0, start - before), min(len(text), end + after))
        for start, end in cut
        for before, after in ((1, 0), (0, 1), (1, 1), (2, 2))
    ]
    spans = cut + widened + [(min(a, b, len(text)), min(max(a, b), len(text))) for a, b in cuts]
    assert boilerplate_flags(text, spans, title="Strike kills 4") == _flags_line_by_line(text, spans, "Strike kills 4")


@pytest.mark.parametrize(
    "text", [" Source: SNHR \r\nShare on X\rStrike kills 4\n\t(Photo: AFP)", "Strike kills 4\r\n\nSource: A\nB x"]
)
def test_flags_of_every_span_of_a_short_text_are_those_measured_line_by_line(text):
    spans = [(start, end) for start in range(len(text) + 1) for end in range(start, len(text) + 1)]
    assert boilerplate_flags(text, spans, title="Strike kills 4") == _flags_line_by_line(text, spans, "Strike kills 4")
