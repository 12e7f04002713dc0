"""Suggested labels (with the words that fired them), figures and a cited-source guess for one sentence.

The cues of each label and their hints: ``annotations.text.label_cues``; the figures:
``annotations.text.figures``; the cited source: ``annotations.text.cited_source``. Each label gets a score
in [0, 1] and the cue that produced it; a label counts as suggested at 0.5.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from annotations.text.arabic import is_arabic
from annotations.text.cited_source import guess_cited_source
from annotations.text.figures import Figures, extract_figures
from annotations.text.label_cues import (
    ATTRIBUTION,
    CALL_TO_ACTION,
    CASUALTY_CLAIM,
    LABELS,
    RHETORIC,
    THRESHOLD,
    Hint,
    attribution_hint,
    call_hint,
    casualty_hint,
    rhetoric_hint,
    slogan_hint,
)

__all__ = [
    "ATTRIBUTION", "CALL_TO_ACTION", "CASUALTY_CLAIM", "LABELS", "RHETORIC", "THRESHOLD",
    "Hint", "Suggestion", "guess_cited_source", "rule_hints", "suggest", "suggest_labels",
]  # fmt: skip


@dataclass
class Suggestion:
    hints: list[Hint] = field(default_factory=list)
    figures: Figures | None = None
    cited_source: str | None = None

    @property
    def labels(self) -> list[str]:
        """The keys of the labels suggested (score at least 0.5), in the taxonomy's order."""
        chosen = {h.label for h in self.hints if h.score >= THRESHOLD}
        return [label for label in LABELS if label in chosen]


def rule_hints(sentence: str, figures: Figures | None = None) -> list[Hint]:
    if is_arabic(sentence):
        from annotations.text.suggest_ar import arabic_rule_hints  # Arabic cues, with the same Hint

        return arabic_rule_hints(sentence, figures)
    hints = [
        casualty_hint(sentence, figures),
        attribution_hint(sentence),
        call_hint(sentence),
        rhetoric_hint(sentence),
    ]
    if not any(h is not None for h in hints):
        hints.append(slogan_hint(sentence))
    return [h for h in hints if h is not None]


def suggest_labels(sentence: str, figures: Figures | None = None) -> list[str]:
    if figures is None:
        figures = extract_figures(sentence)
    return Suggestion(hints=rule_hints(sentence, figures)).labels


def suggest(sentence: str, *, question: str | None = None) -> Suggestion:
    """Label hints, figures and cited source suggested for one sentence, from the rules alone. ``question`` is
    the transcript question the sentence answers, when it is its answer ("A. Seven."): the figures are read
    from the two together, the labels from the sentence."""
    figures = extract_figures(f"{question} {sentence}" if question else sentence)
    return Suggestion(hints=rule_hints(sentence, figures), figures=figures, cited_source=guess_cited_source(sentence))
