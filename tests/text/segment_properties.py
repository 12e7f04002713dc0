"""The properties every segmentation must have, shared by the example and property-based tests."""

from __future__ import annotations

_LINE_BREAKS = "\r\n"


def assert_spans_cover(text: str, spans) -> None:
    previous_end = 0
    for span in spans:
        assert 0 <= span.start < span.end <= len(text), "a span lies outside the text"
        piece = text[span.start : span.end]
        assert piece == piece.strip(), "a sentence span starts or ends with white space"
        assert span.start >= previous_end, "sentences overlap or run backwards"
        assert not any(c in piece for c in _LINE_BREAKS), "a sentence crosses a line break"
        # Only white space lies between two sentences: nothing of the text is lost.
        assert text[previous_end : span.start].strip() == "", "text between two sentences was dropped"
        previous_end = span.end
    assert text[previous_end:].strip() == "", "text after the last sentence was dropped"
