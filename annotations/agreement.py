"""Inter-annotator agreement: Krippendorff's alpha (nominal) per label and overall.

A sentence counts when two or more annotators labelled it. For each label, each of those annotators
said yes (they put the label on it) or no (they labelled the sentence, but not with this label).
The overall alpha pools every (sentence, label) decision. Alpha is None where it is undefined: no
sentence with two annotators, or every decision the same (nothing to tell chance from agreement).

The computing functions are pure (no database); ``agreement_for_documents`` reads what they need.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from itertools import combinations

import krippendorff
import numpy as np
from django.db.models import F
from django.db.models.functions import Substr

from annotations.models import Annotation, AnnotationStatus, Label, Sentence

# sentence id -> annotator -> the labels that annotator put on the sentence
Codings = Mapping[int, Mapping[str, frozenset[str]]]


def nominal_alpha(reliability: Sequence[Sequence[Hashable | None]]) -> float | None:
    """Krippendorff's alpha for nominal values; rows are coders, columns units, None is missing."""
    values = sorted({value for row in reliability for value in row if value is not None}, key=repr)
    if len(values) < 2:
        return None
    code = {value: number for number, value in enumerate(values)}
    data = np.array([[np.nan if value is None else code[value] for value in row] for row in reliability], dtype=float)
    pairable = (~np.isnan(data)).sum(axis=0) >= 2
    if not pairable.any() or len(set(data[:, pairable][~np.isnan(data[:, pairable])])) < 2:
        return None
    return float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))


def shared_units(codings: Codings) -> dict[int, Mapping[str, frozenset[str]]]:
    """The sentences two or more annotators labelled."""
    return {sentence: by_annotator for sentence, by_annotator in codings.items() if len(by_annotator) >= 2}


def label_alphas(codings: Codings, labels: Iterable[str]) -> tuple[float | None, dict[str, float | None]]:
    """(overall alpha, alpha per label) over the shared sentences."""
    units = shared_units(codings)
    annotators = sorted({name for by_annotator in units.values() for name in by_annotator})
    per_label, pooled = {}, [[] for _ in annotators]
    for label in labels:
        rows = [
            [None if name not in by_annotator else label in by_annotator[name] for by_annotator in units.values()]
            for name in annotators
        ]
        per_label[label] = nominal_alpha(rows)
        for pooled_row, row in zip(pooled, rows, strict=True):
            pooled_row.extend(row)
    return nominal_alpha(pooled), per_label


def pair_counts(codings: Codings) -> list[dict]:
    """For each pair of annotators: the sentences both labelled and on how many they gave the same labels."""
    counts: dict[tuple[str, str], list[int]] = {}
    for by_annotator in shared_units(codings).values():
        for first, second in combinations(sorted(by_annotator), 2):
            tally = counts.setdefault((first, second), [0, 0])
            tally[0 if by_annotator[first] == by_annotator[second] else 1] += 1
    return [
        {"annotators": [first, second], "sentences": agreed + disagreed, "agreed": agreed, "disagreed": disagreed}
        for (first, second), (agreed, disagreed) in sorted(counts.items())
    ]


def disagreeing_sentences(codings: Codings) -> list[int]:
    return sorted(
        sentence
        for sentence, by_annotator in shared_units(codings).items()
        if len({labels for labels in by_annotator.values()}) > 1
    )


def agreement_compute(codings: Codings, labels: Sequence[str]) -> dict:
    overall, per_label = label_alphas(codings, labels)
    units = shared_units(codings)
    return {
        "overall_alpha": overall,
        "per_label": per_label,
        "sentences": len(units),
        "annotators": sorted({name for by_annotator in units.values() for name in by_annotator}),
        "pairs": pair_counts(codings),
        "disagreements": disagreeing_sentences(codings),
    }


# --- reading the database --------------------------------------------------------------------------


def codings_for_documents(*, documents: Iterable[int] | None = None) -> dict[int, dict[str, frozenset[str]]]:
    """Who put which labels on which sentence; drafts (work in progress) are left out."""
    annotations = Annotation.objects.exclude(status=AnnotationStatus.DRAFT)
    if documents is not None:
        annotations = annotations.filter(sentence__document__in=list(documents))
    collected: dict[int, dict[str, set[str]]] = {}
    for sentence, annotator, label in annotations.values_list("sentence_id", "annotator__username", "label__key"):
        collected.setdefault(sentence, {}).setdefault(annotator, set()).add(label)
    return {sentence: {name: frozenset(keys) for name, keys in by.items()} for sentence, by in collected.items()}


def agreement_for_documents(*, documents: Iterable[int] | None = None) -> dict:
    """The agreement report over the given documents (all when None), with each disagreement spelled out."""
    codings = codings_for_documents(documents=documents)
    labels = list(Label.objects.values_list("key", flat=True))
    report = agreement_compute(codings, labels)
    sentences = (
        Sentence.objects.filter(pk__in=report["disagreements"])
        .annotate(text=Substr("document__text", F("start") + 1, F("end") - F("start")))
        .values("id", "index", "text", "document_id", "document__title")
        .order_by("document_id", "index")
    )
    report["disagreements"] = [
        {
            "sentence": row["id"],
            "document": {"id": row["document_id"], "title": row["document__title"]},
            "index": row["index"],
            "text": row["text"],
            "labels": {name: sorted(keys) for name, keys in sorted(codings[row["id"]].items())},
        }
        for row in sentences
    ]
    return report
