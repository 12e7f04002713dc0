"""Segmentation without the database: offsets slice the exact text, paragraphs always split."""

from pathlib import Path

import pytest

from annotations.text.segment import _segment, split_sentences

SEEDS = sorted((Path(__file__).resolve().parents[2] / "fixtures" / "seeds").glob("*.txt"))


def test_there_are_six_seed_documents_one_of_them_arabic():
    assert len(SEEDS) == 6 and SEEDS[-1].stem.startswith("005_ar")


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


# Properties: whatever the text, the spans slice it exactly, in order, cover every non-blank
# character, never cross a line break, and never start or end with white space.

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from tests.text.segment_properties import assert_spans_cover  # noqa: E402

SEED_TEXTS = [path.read_text(encoding="utf-8") for path in SEEDS]
_pieces = st.sampled_from(
    [
        "Dr. ",
        "U.N. ",
        "13 people were killed. ",
        "“Quoted!” ",
        "What? ",
        "\n",
        "\r\n",
        "\n\n",
        "  ",
        "\t",
        "Dārat ʿIzzah ",
        "قتل 13 شخصا. ",
        "😀 ",
        "...",
        "e.g. ",
        "No. 4 ",
        "3.5 km ",
        "\u00a0",
        "\u2028",
    ]
)


@pytest.mark.parametrize("text", SEED_TEXTS, ids=[p.stem for p in SEEDS])
def test_seed_documents_have_the_segmentation_properties(text):
    assert_spans_cover(text, split_sentences(text))


@settings(max_examples=200, deadline=None)
@given(st.lists(_pieces | st.text(max_size=20), max_size=30).map("".join))
def test_any_text_is_sliced_exactly_and_covered_in_order(text):
    assert_spans_cover(text, split_sentences(text))


@settings(max_examples=50, deadline=None)
@given(st.lists(st.sampled_from(SEED_TEXTS[0].splitlines(keepends=True)), min_size=1, max_size=8).map("".join))
def test_recombined_seed_lines_keep_the_properties(text):
    assert_spans_cover(text, split_sentences(text))


@pytest.mark.parametrize("language", ["en", "ar", "fr", "xx-unknown", ""])
def test_any_language_code_keeps_exact_offsets(language):
    text = SEED_TEXTS[1]
    assert_spans_cover(text, split_sentences(text, language))


def test_the_fixture_corpus_documents_have_the_segmentation_properties():
    import json

    corpus = json.loads((SEEDS[0].parent.parent / "seed_corpus.json").read_text(encoding="utf-8"))
    for entry in corpus:
        text = (SEEDS[0].parent.parent / entry["file"]).read_text(encoding="utf-8")
        assert_spans_cover(text, split_sentences(text, entry.get("language") or "en"))


@settings(max_examples=100, deadline=None)
@given(st.lists(_pieces | st.text(max_size=20), max_size=30).map("".join))
def test_the_line_by_line_fallback_has_the_same_properties(text):
    from annotations.text.segment import _split_line_by_line

    assert_spans_cover(text, _split_line_by_line(text, "en"))


def test_the_line_by_line_fallback_agrees_on_the_seed_documents():
    from annotations.text.segment import _split_line_by_line

    for text in SEED_TEXTS:
        assert _split_line_by_line(text, "en") == split_sentences(text)


def test_arabic_question_marks_end_sentences_and_commas_and_semicolons_do_not():
    text = "هل يبقى العالم صامتاً؟ قُتل خمسة مدنيين، وأصيب تسعة؛ وقال الدفاع المدني إن الحصيلة أولية. انتهى!"
    spans = split_sentences(text, "ar")
    assert [text[s.start : s.end] for s in spans] == [
        "هل يبقى العالم صامتاً؟",
        "قُتل خمسة مدنيين، وأصيب تسعة؛ وقال الدفاع المدني إن الحصيلة أولية.",
        "انتهى!",
    ]
    assert_spans_cover(text, spans)


def test_arabic_text_with_diacritics_and_line_breaks_keeps_exact_offsets():
    text = "عنوانٌ للخبر\n\nقُتِلَ ٣ أشخاصٍ؟ نعم، وأُصيب ٤.\r\nسطرٌ أخير"
    spans = split_sentences(text, "ar")
    assert [text[s.start : s.end] for s in spans] == ["عنوانٌ للخبر", "قُتِلَ ٣ أشخاصٍ؟", "نعم، وأُصيب ٤.", "سطرٌ أخير"]
    assert_spans_cover(text, spans)


def _spans_line_by_line_of_pieces(text):
    """The reference for a text whose pieces join back: each piece's lines found by the line pattern."""
    from annotations.text.segment import _LINE, _add

    spans, offset = [], 0
    for piece in _segment("en", text):
        for line in _LINE.finditer(piece):
            _add(spans, line.group(), offset + line.start())
        offset += len(piece)
    return spans


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_pieces | st.sampled_from(["\r", "\n \n", " \x0b\n", "x\ny"]) | st.text(max_size=20), max_size=30).map(
        "".join
    )
)
def test_cutting_pieces_at_line_feeds_gives_what_the_line_pattern_gives(text):
    if "".join(_segment("en", text)) == text:
        assert split_sentences(text) == _spans_line_by_line_of_pieces(text)


@pytest.mark.parametrize("text", ["H\xa0. g", "Hospital H\xa0. Then the second one.", "x\r\nH\xa0. ¶g\nLast line."])
def test_a_no_break_space_that_makes_sentencex_panic_still_gives_exact_spans(text):
    """sentencex panics on a capital, a no-break space and a full stop; the text is still segmented, every span
    slices it exactly, nothing is lost and no span holds a line break."""
    spans = split_sentences(text)
    assert spans
    assert_spans_cover(text, spans)


# Transcripts: a speaker's mark stays with what is said, and a marked question with its answer on the same line.


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Q. How many of the crew died in the fire? A. Four, Senator, and two more were burned.",
            ["Q. How many of the crew died in the fire? A. Four, Senator, and two more were burned."],
        ),
        (
            "Q: And the wounded? A: About thirty. The session was adjourned.",
            ["Q: And the wounded? A: About thirty.", "The session was adjourned."],
        ),
        (
            "Question: Was anyone killed at the checkpoint? Answer: Nobody, sir.",
            ["Question: Was anyone killed at the checkpoint? Answer: Nobody, sir."],
        ),
        (
            "Q. Did anyone die? A. None, Madam Chair, though six were hurt.",
            ["Q. Did anyone die? A. None, Madam Chair, though six were hurt."],
        ),
        # an answer on a line of its own stays there (every line break cuts); an unmarked question stays alone
        ("Q. How many died?\nA. Eleven.", ["Q. How many died?", "A. Eleven."]),
        (
            "Who fired first? A. Rahman told us it was the militia.",
            ["Who fired first?", "A. Rahman told us it was the militia."],
        ),
        ("Q. Why there? Because of the road. A. I see.", ["Q. Why there?", "Because of the road.", "A. I see."]),
    ],
)
def test_a_transcript_question_stays_with_its_marks_and_its_answer(text, expected):
    spans = split_sentences(text)
    assert [text[s.start : s.end] for s in spans] == expected
    assert_spans_cover(text, spans)


def test_an_answer_on_its_own_line_is_known_by_the_question_before_it():
    from annotations.text.segment import opens_with_answer_mark, question_answered

    text = "Q. How many of your medics were killed?\nA. Three.\nWhy?\nA. Nobody knows."
    question, answer, unmarked, other = split_sentences(text)
    assert question_answered(text, question, answer)
    assert not question_answered(text, None, answer)
    assert not question_answered(text, unmarked, other)  # the question has no "Q." of its own
    assert not question_answered(text, answer, unmarked)
    assert opens_with_answer_mark("A: Twelve.") and not opens_with_answer_mark("A strike killed twelve.")
