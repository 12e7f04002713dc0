"""Segmentation without the database: offsets slice the exact text, paragraphs always split."""

from pathlib import Path

import pytest

from annotations.text.segment import split_sentences

SEEDS = sorted((Path(__file__).resolve().parents[2] / "fixtures" / "seeds").glob("*.txt"))


def test_there_are_five_seed_documents():
    assert len(SEEDS) == 5


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_offsets_reproduce_the_text_of_every_seed_document(path):
    text = path.read_text(encoding="utf-8")
    spans = split_sentences(text)
    assert spans, "no sentences found"
    previous_end = 0
    for span in spans:
        piece = text[span.start : span.end]
        assert piece == piece.strip(), "a sentence span starts or ends with white space"
        assert span.start >= previous_end, "sentences overlap or run backwards"
        # Only white space lies between two sentences: nothing of the text is lost.
        assert text[previous_end : span.start].strip() == ""
        previous_end = span.end
    assert text[previous_end:].strip() == ""


def test_the_atarib_casualty_sentence_is_one_sentence():
    text = SEEDS[0].read_text(encoding="utf-8")
    sentences = [text[s.start : s.end] for s in split_sentences(text)]
    assert sentences[0] == (
        "The town of Atarib in Aleppo’s countryside witnessed a horrific regime attack on Thursday, where 13 people, "
        "including seven members of the same family, were killed in an airstrike carried out by Assad regime warplanes."
    )


def test_every_line_break_is_a_boundary():
    text = "Headline without a full stop\nCredit: (Social Media)\n\nFirst sentence here. Second one there."
    sentences = [text[s.start : s.end] for s in split_sentences(text)]
    assert sentences == [
        "Headline without a full stop",
        "Credit: (Social Media)",
        "First sentence here.",
        "Second one there.",
    ]


def test_abbreviations_do_not_split_a_sentence():
    text = "Dr. Hussein Bazar reported 8 deaths. The U.N. delegation left."
    sentences = [text[s.start : s.end] for s in split_sentences(text)]
    assert sentences == ["Dr. Hussein Bazar reported 8 deaths.", "The U.N. delegation left."]


def test_repeated_sentences_get_their_own_offsets():
    text = "Shelling continued. Shelling continued. Shelling continued."
    spans = split_sentences(text)
    assert [(s.start, s.end) for s in spans] == [(0, 19), (20, 39), (40, 59)]


def test_windows_line_endings_keep_exact_offsets():
    text = "First line.\r\nSecond line here.\r\n"
    assert [text[s.start : s.end] for s in split_sentences(text)] == ["First line.", "Second line here."]


def test_blank_text_has_no_sentences():
    assert split_sentences("  \n\n \t") == []
