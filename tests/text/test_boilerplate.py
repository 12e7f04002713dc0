"""Which lines of an imported text are page furniture, not content (annotations.text.boilerplate)."""

from __future__ import annotations

import pytest

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
