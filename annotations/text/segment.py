"""Sentence segmentation with exact character offsets.

pysbd finds the boundaries inside each paragraph; every line break is a boundary too (web copy puts
headlines, credits and paragraphs on lines of their own). Offsets always slice the stored text
exactly: spans are located in the original string, and only the white space around a sentence is
left out of its span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pysbd

_LINE = re.compile(r"[^\r\n]+")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@lru_cache(maxsize=8)
def _segmenter(language: str) -> pysbd.Segmenter:
    try:
        return pysbd.Segmenter(language=language, clean=False, char_span=False)
    except ValueError:
        return pysbd.Segmenter(language="en", clean=False, char_span=False)


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


def split_sentences(text: str, language: str = "en") -> list[Span]:
    """Return the sentence spans of ``text`` in order; ``text[s.start:s.end]`` is each sentence."""
    segmenter = _segmenter(language)
    spans: list[Span] = []
    for line in _LINE.finditer(text):
        line_text = line.group()
        if not line_text.strip():
            continue
        cursor = 0
        pieces = segmenter.segment(line_text)
        for number, piece in enumerate(pieces):
            found = line_text.find(piece.strip(), cursor) if piece.strip() else -1
            if found < 0:
                # pysbd changed the piece (it should not with clean=False): keep the rest of the
                # line as one sentence rather than guess offsets.
                span = _trimmed(text, line.start() + cursor, line.end())
                if span:
                    spans.append(span)
                break
            piece_end = found + len(piece.strip())
            if number == len(pieces) - 1:
                piece_end = len(line_text)
            span = _trimmed(text, line.start() + cursor, line.start() + piece_end)
            if span:
                spans.append(span)
            cursor = piece_end
    return spans
