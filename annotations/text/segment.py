"""Sentence segmentation with exact character offsets.

sentencex (Wikimedia's segmenter: rules for some 300 languages, written in Rust) finds the
boundaries; every line break is a boundary too (web copy puts headlines, credits and paragraphs on
lines of their own). Offsets always slice the stored text exactly: sentencex's pieces join back to
the text (checked; otherwise each line is segmented on its own and its pieces located in it), and
only the white space around a sentence is left out of its span.

Transcripts are the one place where sentences are joined again: a speaker's mark ("Q.", "A:") stays with what
the speaker says, and a question marked as one stays with the answer that follows it on the same line ("Q. How
many were killed? A. Seven, Senator."), since the answer's bare number means nothing without the question.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import sentencex

_LINE = re.compile(r"[^\r\n]+")
# White space other than the plain space, tab and line breaks ("\xa0", thin spaces).
_OTHER_SPACE = re.compile(r"[^\S \t\r\n]")
# The marks of a transcript's question and answer, as a sentence of their own ("Q.") or at its start ("A: Seven").
_SPEAKER_MARK = re.compile(r"(?:Q|A|Question|Answer)\s*[.:]", re.IGNORECASE)
_QUESTION_MARK = re.compile(r"(?:Q|Question)\s*[.:]", re.IGNORECASE)
_ANSWER_MARK = re.compile(r"(?:A|Answer)\s*[.:]", re.IGNORECASE)


class Span(NamedTuple):
    start: int
    end: int


def _add(spans: list[Span], part: str, offset: int) -> None:
    """Append ``part`` (found at ``offset``) without its surrounding white space, if anything is left."""
    stripped = part.strip()
    if stripped:
        start = offset + len(part) - len(part.lstrip())
        spans.append(Span(start, start + len(stripped)))


def _add_lines(spans: list[Span], piece: str, offset: int) -> None:
    """Every line break cuts: each line of ``piece`` (found at ``offset``) is added on its own."""
    if "\r" in piece:
        for line in _LINE.finditer(piece):
            _add(spans, line.group(), offset + line.start())
        return
    # Only line feeds (the common case): the lines are the parts between them, one split.
    for line in piece.split("\n"):
        _add(spans, line, offset)
        offset += len(line) + 1


def _segment(language: str, text: str) -> list[str]:
    """sentencex's pieces of ``text``. sentencex (Rust) panics on some no-break spaces ("H\xa0. g": it cuts
    inside the character); then the text is segmented with plain spaces in their place, one character for
    one, and the pieces are cut from the original text at the same places."""
    for candidate in dict.fromkeys((text, _OTHER_SPACE.sub(" ", text))):  # the plain copy only if it differs
        try:
            pieces = sentencex.segment(language, candidate)
        except BaseException as error:  # pyo3's PanicException derives from BaseException
            if type(error).__name__ != "PanicException":
                raise
            continue
        if candidate is text:
            return pieces
        out, position = [], 0
        for piece in pieces:
            out.append(text[position : position + len(piece)])
            position += len(piece)
        return out if position == len(text) else [text]
    return [text]  # one piece: the line breaks still cut it into sentences


def _split_line_by_line(text: str, language: str) -> list[Span]:
    """The careful way, for a text whose pieces do not join back to it: segment each line and
    locate each piece in it; the rest of a line that cannot be located stays one sentence."""
    spans: list[Span] = []
    for line in _LINE.finditer(text):
        line_text, cursor = line.group(), 0
        for piece in _segment(language, line_text):
            found = line_text.find(piece.strip(), cursor) if piece.strip() else -1
            if found < 0:
                break
            cursor = found + len(piece.strip())
            _add(spans, line_text[found:cursor], line.start() + found)
        _add(spans, line_text[cursor:], line.start() + cursor)
    return spans


def _joins_the_next(text: str, joined: Span, last: Span, following: Span) -> bool:
    """Whether the sentence ``joined`` so far (whose last piece is ``last``) and the ``following`` one are parts of
    one transcript exchange on one line: a speaker's mark alone ("Q.", "A.") and what is said after it, or a
    marked question and its marked answer."""
    if any(c in text[last.end : following.start] for c in "\r\n"):
        return False
    return _SPEAKER_MARK.fullmatch(text, last.start, last.end) is not None or question_answered(text, joined, following)


def _join_transcript_exchanges(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with each transcript question kept with its speaker's mark and its answer."""
    joined: list[Span] = []
    for previous, span in zip([None, *spans], spans, strict=False):
        if joined and _joins_the_next(text, joined[-1], previous, span):
            joined[-1] = Span(joined[-1].start, span.end)
        else:
            joined.append(span)
    return joined


def opens_with_answer_mark(sentence: str) -> bool:
    """Whether ``sentence`` opens as a transcript's answer does ("A. Seven.", "Answer: None.")."""
    return _ANSWER_MARK.match(sentence) is not None


def opens_with_question_mark(sentence: str) -> bool:
    """Whether ``sentence`` opens as a transcript's question does ("Q. And the medics?"), white space aside."""
    return _QUESTION_MARK.match(sentence.lstrip()) is not None


def question_answered(text: str, question: Span | None, answer: Span) -> bool:
    """Whether the sentence at ``answer`` is a transcript's marked answer ("A. Seven, Senator.") to the marked
    question at ``question``, the sentence right before it."""
    if question is None or _ANSWER_MARK.match(text, answer.start) is None:
        return False
    piece = text[question.start : question.end]
    return piece.endswith("?") and _QUESTION_MARK.match(piece) is not None


def answered_questions(text: str, spans: list[Span]) -> list[Span | None]:
    """For each sentence of ``spans``, the marked question it answers (the sentence before it, on a line of its
    own: answers on the question's line are joined to it by ``split_sentences``), or None."""
    return [
        previous if question_answered(text, previous, span) else None
        for previous, span in zip([None, *spans], spans, strict=False)
    ]


def split_sentences(text: str, language: str = "en") -> list[Span]:
    """Return the sentence spans of ``text`` in order; ``text[s.start:s.end]`` is each sentence."""
    language = language or "en"
    pieces = _segment(language, text)
    if "".join(pieces) != text:
        return _join_transcript_exchanges(text, _split_line_by_line(text, language))
    spans: list[Span] = []
    offset = 0
    for piece in pieces:
        _add_lines(spans, piece, offset)
        offset += len(piece)
    return _join_transcript_exchanges(text, spans)
