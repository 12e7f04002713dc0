"""`make eval`: how well the suggestions do on the evaluation set in tests/data/.

Parts are scored separately: ``dev`` (the sentences the rules were tuned on) and ``held-out``
(written apart and never tuned on), for the English set and the Arabic one (``suggestions_ar_*``,
scored with the rules alone), and English ``fresh`` (a probe batch written after the rules in other
styles; the patterns it revealed were fixed, so it is no longer blind). For each part it prints the
share of casualty claims whose killed and injured ranges are exactly right, and per-label
precision/recall/F1 with the macro-F1, for the rules alone and for rules + a model trained on the
dev part. It also prints the model's cross-validated scores on the dev part. Pure Python plus
scikit-learn: no database.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from annotations.text.suggest import LABELS, suggest

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"
SHORT = {"cc": "casualty_claim", "at": "attribution", "ca": "call_to_action", "rh": "rhetoric"}


@dataclass(frozen=True)
class Example:
    text: str
    labels: frozenset[str]
    killed: tuple[int, int | None] | None
    injured: tuple[int, int | None] | None


def _range(cell: str) -> tuple[int, int | None] | None:
    if cell == "-":
        return None
    low, _, high = cell.partition(",")
    return int(low), (int(high) if high else None)


def load(path: Path) -> list[Example]:
    examples = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 4:
            raise ValueError(f"{path.name} line {number}: expected 4 tab-separated columns, got {len(cells)}")
        labels, killed, injured, text = cells
        keys = frozenset() if labels == "-" else frozenset(SHORT[k] for k in labels.split())
        examples.append(Example(text=text, labels=keys, killed=_range(killed), injured=_range(injured)))
    return examples


def dev_set() -> list[Example]:
    return load(DATA / "suggestions_dev.tsv")


def heldout_set() -> list[Example]:
    return load(DATA / "suggestions_heldout.tsv")


def fresh_set() -> list[Example]:
    return load(DATA / "suggestions_fresh.tsv")


def arabic_dev_set() -> list[Example]:
    return load(DATA / "suggestions_ar_dev.tsv")


def arabic_heldout_set() -> list[Example]:
    return load(DATA / "suggestions_ar_heldout.tsv")


@cache
def _suggested(text: str):
    """The suggestion for one sentence, read once however many scores use it (the rules are pure)."""
    return suggest(text)


def figure_ranges(text: str) -> tuple[tuple[int, int | None] | None, tuple[int, int | None] | None]:
    figures = _suggested(text).figures
    if figures is None:
        return None, None
    killed = None if figures.killed_min is None else (figures.killed_min, figures.killed_max)
    injured = None if figures.injured_min is None else (figures.injured_min, figures.injured_max)
    return killed, injured


def score_figures(examples: list[Example]) -> dict:
    claims = [e for e in examples if "casualty_claim" in e.labels]
    misses = []
    for example in claims:
        killed, injured = figure_ranges(example.text)
        if (killed, injured) != (example.killed, example.injured):
            misses.append({"text": example.text, "gold": [example.killed, example.injured], "got": [killed, injured]})
    right = len(claims) - len(misses)
    return {"claims": len(claims), "exact": right, "accuracy": right / len(claims) if claims else 0.0, "misses": misses}


def score_labels(examples: list[Example], predicted: list[set[str]]) -> dict:
    per_label = {}
    for label in LABELS:
        tp = sum(1 for e, p in zip(examples, predicted, strict=True) if label in e.labels and label in p)
        fp = sum(1 for e, p in zip(examples, predicted, strict=True) if label not in e.labels and label in p)
        fn = sum(1 for e, p in zip(examples, predicted, strict=True) if label in e.labels and label not in p)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_label[label] = {"precision": precision, "recall": recall, "f1": f1, "support": tp + fn}
    macro = sum(v["f1"] for v in per_label.values()) / len(per_label)
    return {"labels": per_label, "macro_f1": macro}


def predict_rules(examples: list[Example]) -> list[set[str]]:
    return [{hint.label for hint in _suggested(e.text).hints if hint.score >= 0.5} for e in examples]


def predict_combined(examples: list[Example], model) -> list[set[str]]:
    from annotations.suggestions.combine import combine_hints

    out = []
    for example in examples:
        result = _suggested(example.text)
        hints = combine_hints(result.hints, model.predict_one(example.text))
        out.append({hint.label for hint in hints if hint.score >= 0.5})
    return out


def run(*, show_misses: bool = False, as_json: bool = False) -> dict:
    from annotations.suggestions.model import LabelModel

    dev, heldout = dev_set(), heldout_set()
    model = LabelModel.train([e.text for e in dev], [sorted(e.labels) for e in dev])
    report: dict = {"model": {"trained_on": "dev part", "size": len(dev), "cross_validated": model.scores}}
    for name, examples in (("dev", dev), ("held_out", heldout), ("fresh", fresh_set())):
        report[name] = {
            "sentences": len(examples),
            "figures": score_figures(examples),
            "labels_rules": score_labels(examples, predict_rules(examples)),
        }
        if name in ("held_out", "fresh"):
            report[name]["labels_rules_and_model"] = score_labels(examples, predict_combined(examples, model))
    # Arabic: scored with the rules alone (the model is trained on English sentences).
    for name, examples in (("ar_dev", arabic_dev_set()), ("ar_held_out", arabic_heldout_set())):
        report[name] = {
            "sentences": len(examples),
            "figures": score_figures(examples),
            "labels_rules": score_labels(examples, predict_rules(examples)),
        }
    if as_json:
        print(json.dumps(report, indent=2))
        return report
    _print(report, show_misses=show_misses)
    return report


def _print(report: dict, *, show_misses: bool) -> None:
    cv = report["model"]["cross_validated"]
    for name in ("dev", "held_out", "fresh", "ar_dev", "ar_held_out"):
        part = report[name]
        figures = part["figures"]
        print(f"== {name} ({part['sentences']} sentences, {figures['claims']} casualty claims)")
        right = f"{figures['exact']}/{figures['claims']} = {figures['accuracy']:.1%}"
        print(f"   killed+injured ranges exactly right: {right}")
        for key in ("labels_rules", "labels_rules_and_model"):
            if key not in part:
                continue
            scores = part[key]
            print(f"   labels ({key.removeprefix('labels_').replace('_', ' ')}): macro-F1 {scores['macro_f1']:.3f}")
            for label, v in scores["labels"].items():
                prf = f"P {v['precision']:.2f}  R {v['recall']:.2f}  F1 {v['f1']:.2f}"
                print(f"     {label:<16} {prf}  (n={v['support']})")
        if show_misses and name in ("dev", "fresh", "ar_dev"):  # held-out misses stay unread: never tuned on
            for miss in figures["misses"]:
                print(f"   MISS gold={miss['gold']} got={miss['got']}: {miss['text']}")
            examples = {"dev": dev_set, "fresh": fresh_set, "ar_dev": arabic_dev_set}[name]()
            for example, predicted in zip(examples, predict_rules(examples), strict=True):
                if set(example.labels) != predicted:
                    print(f"   LABELS gold={sorted(example.labels)} got={sorted(predicted)}: {example.text}")
    print(f"== model (TF-IDF + logistic regression) trained on the dev part, {cv.get('folds')}-fold cross-validation")
    print(f"   macro-F1 {cv.get('macro_f1', 0):.3f}  " + "  ".join(f"{k} {v:.2f}" for k, v in cv.get("f1", {}).items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the casualty claims whose ranges are wrong")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    run(show_misses=args.misses, as_json=args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
