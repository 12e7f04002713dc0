"""Inter-annotator agreement: Krippendorff's alpha (nominal) per label and overall.

Two ways to choose the units:

- **per project** (``agreement_for_project``, the honest one): the documents that two or more of the
  project's assigned annotators have *finished*; every sentence of them is a unit and every finished
  annotator answers for every sentence, a blank sentence being the answer "no label". A finished
  annotator's drafts count: finishing says "I read all of it", so what they put down is their answer,
  whether or not they submitted it; a rejection does not change what they answered either.
- **per document set** (``agreement_for_documents``, the older mode): a sentence counts when two or
  more annotators labelled it (submitted, approved or rejected); blanks are not seen, so a sentence
  one annotator labelled and another skipped is missing, not a disagreement.

In both, for each label each annotator of a unit said yes (they put the label on it) or no (they did
not). The overall alpha pools every (sentence, label) decision (per project: of the labels someone
used). Alpha is None where it is undefined: no sentence with two annotators, or every decision the
same (nothing to tell chance from agreement).

The computing functions are pure (no database); ``agreement_for_project`` and
``agreement_for_documents`` read what they need.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from itertools import combinations
from typing import Any

import krippendorff
import numpy as np
from django.db.models import Exists, F, OuterRef
from django.db.models.functions import Substr

from annotations.models import Annotation, AnnotationStatus, Label, Sentence
from annotations.projects.models import Assignment, AssignmentRole, DocumentFinish, Project

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


# --- the honest mode: finished documents, blanks as answers ------------------------------------------

# The two labels whose content is compared (annotations.services.annotating names them too).
CASUALTY_CLAIM, ATTRIBUTION = "casualty_claim", "attribution"


def complete_codings(
    sentences: Mapping[int, Sequence[int]],
    finished: Mapping[int, Iterable[str]],
    labelled: Mapping[int, Mapping[str, Iterable[str]]],
) -> dict[int, dict[str, frozenset[str]]]:
    """Every sentence of every document two or more annotators finished, with each finisher's labels.

    ``sentences``: document -> its sentence ids; ``finished``: document -> who finished it;
    ``labelled``: sentence -> annotator -> label keys. A sentence a finisher left blank gets the empty
    set, the answer "no label"; labels of people who did not finish the document are not answers.
    """
    codings: dict[int, dict[str, frozenset[str]]] = {}
    for document, names in finished.items():
        finishers = sorted(set(names))
        if len(finishers) < 2:
            continue
        for sentence in sentences.get(document, ()):
            said = labelled.get(sentence, {})
            codings[sentence] = {name: frozenset(said.get(name, ())) for name in finishers}
    return codings


def pair_alphas(codings: Codings, labels: Sequence[str]) -> list[dict]:
    """``pair_counts`` with each pair's own overall alpha, over the units both of them answered."""
    pairs = pair_counts(codings)
    for pair in pairs:
        first, second = pair["annotators"]
        both = {
            sentence: {first: by[first], second: by[second]}
            for sentence, by in codings.items()
            if first in by and second in by
        }
        pair["alpha"] = label_alphas(both, labels)[0]
    return pairs


def comparisons(codings: Codings) -> int:
    """How many pairs of answers the units hold (a unit with n annotators holds n(n-1)/2)."""
    return sum(len(by) * (len(by) - 1) // 2 for by in shared_units(codings).values())


def value_agreement(values: Mapping[int, Mapping[str, Hashable]]) -> dict:
    """On units where two or more annotators gave a value (a claim's figures, the actor blamed):
    over every pair of them on a unit, how many gave the same value, and the units where they differ."""
    pairs = matching = 0
    differing = []
    for unit, by in sorted(values.items()):
        if len(by) < 2:
            continue
        for first, second in combinations(sorted(by), 2):
            pairs += 1
            matching += by[first] == by[second]
        if len(set(by.values())) > 1:
            differing.append(unit)
    return {"pairs": pairs, "matching": matching, "share": matching / pairs if pairs else None, "differing": differing}


def project_agreement_compute(
    codings: Codings,
    labels: Sequence[str],
    *,
    figures: Mapping[int, Mapping[str, Hashable]] | None = None,
    blamed: Mapping[int, Mapping[str, Hashable]] | None = None,
) -> dict:
    """The report over complete codings (``complete_codings``): alphas, units, pairs, disagreements,
    and how often two annotators who both marked a claim read the same figures / blame the same actor."""
    report = agreement_compute(codings, labels)
    # With every sentence a unit, a label nobody used adds a "no / no" for every unit and pair, which
    # would lift the pooled alpha without anyone having agreed on anything: pool the labels in use.
    used = [label for label in labels if any(label in keys for by in codings.values() for keys in by.values())]
    report["overall_alpha"] = label_alphas(codings, used)[0]
    report["pooled_labels"] = used
    report["units"] = report["sentences"]
    report["comparisons"] = comparisons(codings)
    report["pairs"] = pair_alphas(codings, used)
    report["figures"] = value_agreement(figures or {})
    report["actors"] = value_agreement(blamed or {})
    return report


# --- reading the database --------------------------------------------------------------------------


def codings_for_documents(
    *, documents: Iterable[int] | None = None, projects: Iterable[int] | None = None
) -> dict[int, dict[str, frozenset[str]]]:
    """Who put which labels on which sentence (only in ``projects`` when given); drafts (work in
    progress) are left out."""
    annotations = Annotation.objects.exclude(status=AnnotationStatus.DRAFT)
    if projects is not None:
        annotations = annotations.filter(project_id__in=list(projects))
    if documents is not None:
        annotations = annotations.filter(sentence__document__in=list(documents))
    collected: dict[int, dict[str, set[str]]] = {}
    for sentence, annotator, label in annotations.values_list("sentence_id", "annotator__username", "label__key"):
        collected.setdefault(sentence, {}).setdefault(annotator, set()).add(label)
    return {sentence: {name: frozenset(keys) for name, keys in by.items()} for sentence, by in collected.items()}


def agreement_for_documents(*, documents: Iterable[int] | None = None, projects: Iterable[int] | None = None) -> dict:
    """The agreement report over the given documents (all when None), with each disagreement spelled out;
    ``projects`` keeps to the annotations of those projects (what a reviewer of them may see)."""
    codings = codings_for_documents(documents=documents, projects=projects)
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


def _project_labels(project_id: int, seen: Iterable[str]) -> list[str]:
    """The project's label set (every label when it names none), plus any other label someone used."""
    keys = list(Label.objects.filter(projects=project_id).values_list("key", flat=True)) or list(
        Label.objects.values_list("key", flat=True)
    )
    return keys + sorted(set(seen) - set(keys))


def finished_by_assigned(*, project: int, documents: Iterable[int] | None = None) -> dict[int, set[str]]:
    """document -> usernames of the annotators assigned to it (as annotator) who finished it."""
    assigned = Assignment.objects.filter(
        project_id=OuterRef("project_id"),
        document_id=OuterRef("document_id"),
        user_id=OuterRef("annotator_id"),
        role=AssignmentRole.ANNOTATOR,
    )
    finishes = DocumentFinish.objects.filter(Exists(assigned), project_id=project)
    if documents is not None:
        finishes = finishes.filter(document_id__in=list(documents))
    finished: dict[int, set[str]] = {}
    for document, name in finishes.values_list("document_id", "annotator__username"):
        finished.setdefault(document, set()).add(name)
    return finished


def agreement_for_project(*, project: Project | int, documents: Iterable[int] | None = None) -> dict:
    """The honest report of one project (see the module's docstring): five queries whatever the size
    (finishes, sentences, annotations with their figures and actor, label keys, the listed sentences)."""
    project_id = project.pk if isinstance(project, Project) else project
    finished = {
        document: names
        for document, names in finished_by_assigned(project=project_id, documents=documents).items()
        if len(names) >= 2
    }
    sentences: dict[int, list[int]] = {}
    for sentence, document in (
        Sentence.objects.filter(document_id__in=list(finished))
        .exclude(is_boilerplate=True)  # page furniture is not a unit: nobody is asked to label it
        .order_by("document_id", "index")
        .values_list("id", "document_id")
    ):
        sentences.setdefault(document, []).append(sentence)
    labelled: dict[int, dict[str, set[str]]] = {}
    figures: dict[int, dict[str, tuple]] = {}
    blamed: dict[int, dict[str, str | None]] = {}
    rows = Annotation.objects.filter(project_id=project_id, sentence__document_id__in=list(finished)).values_list(
        "sentence_id",
        "sentence__document_id",
        "annotator__username",
        "label__key",
        "figures__killed_min",
        "figures__killed_max",
        "figures__injured_min",
        "figures__injured_max",
        "responsibility__actor__name",
    )
    for sentence, document, name, key, *numbers, actor in rows:
        if name not in finished[document]:
            continue
        labelled.setdefault(sentence, {}).setdefault(name, set()).add(key)
        if key == CASUALTY_CLAIM:
            figures.setdefault(sentence, {})[name] = tuple(numbers)
        elif key == ATTRIBUTION:
            blamed.setdefault(sentence, {})[name] = actor
    codings = complete_codings(sentences, finished, labelled)
    labels = _project_labels(project_id, {key for by in labelled.values() for keys in by.values() for key in keys})
    report = project_agreement_compute(codings, labels, figures=figures, blamed=blamed)
    report["project"] = project_id
    report["documents"] = sorted(finished)
    listed = set(report["disagreements"]) | set(report["figures"]["differing"]) | set(report["actors"]["differing"])
    where = _sentences_with_text(listed)
    report["disagreements"] = [
        {**where[sentence], "labels": {name: sorted(keys) for name, keys in sorted(codings[sentence].items())}}
        for sentence in _in_reading_order(report["disagreements"], where)
    ]
    report["figures"]["differing"] = [
        {**where[sentence], "figures": {name: _range_text(value) for name, value in sorted(figures[sentence].items())}}
        for sentence in _in_reading_order(report["figures"]["differing"], where)
    ]
    report["actors"]["differing"] = [
        {**where[sentence], "actors": dict(sorted(blamed[sentence].items()))}
        for sentence in _in_reading_order(report["actors"]["differing"], where)
    ]
    return report


def _sentences_with_text(ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    rows = (
        Sentence.objects.filter(pk__in=list(ids))
        .annotate(text=Substr("document__text", F("start") + 1, F("end") - F("start")))
        .values("id", "index", "text", "document_id", "document__title")
    )
    return {
        row["id"]: {
            "sentence": row["id"],
            "document": {"id": row["document_id"], "title": row["document__title"]},
            "index": row["index"],
            "text": row["text"],
        }
        for row in rows
    }


def _in_reading_order(sentences: Iterable[int], where: Mapping[int, Mapping[str, Any]]) -> list[int]:
    return sorted(sentences, key=lambda sentence: (where[sentence]["document"]["id"], where[sentence]["index"]))


def _range_text(figures: tuple) -> dict[str, int | None]:
    killed_min, killed_max, injured_min, injured_max = figures
    return {"killed_min": killed_min, "killed_max": killed_max, "injured_min": injured_min, "injured_max": injured_max}
