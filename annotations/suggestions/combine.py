"""Rules and the learned model together: one hint per label, from whichever is surer."""

from __future__ import annotations

from annotations.text.suggest import LABELS, Hint

# The model, trained on a few hundred sentences at most, speaks only when it is fairly sure: a rule
# that fired keeps its cue; the model adds labels the rules missed and removes nothing. (At 0.5 it
# cost precision in cross-validation on the dev set; from 0.7 on it no longer did.)
MODEL_THRESHOLD = 0.7


def combine_hints(rule_hints: list[Hint], model_scores: dict[str, tuple[float, str]] | None) -> list[Hint]:
    by_label = {hint.label: hint for hint in rule_hints}
    for label, (probability, words) in (model_scores or {}).items():
        rule = by_label.get(label)
        if rule is None:
            if probability >= MODEL_THRESHOLD:
                by_label[label] = Hint(label, probability, words, "model")
        elif rule.score < 0.5 and probability >= MODEL_THRESHOLD:
            # A weak rule cue and a confident model agree: the model's score, the rule's words.
            by_label[label] = Hint(label, (rule.score + probability) / 2 + 0.1, rule.cue or words, "model")
    return [by_label[label] for label in LABELS if label in by_label] + [
        hint for label, hint in by_label.items() if label not in LABELS
    ]
