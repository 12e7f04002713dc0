"""The exports page's preview: the first rows an export with the form's choices would hold, drawn as
an HTML fragment the page puts under the form. Each row's text carries its document's ``lang`` and
``dir`` (an Arabic sentence reads right to left in an English page)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from annotations.exports.rows import SHAPES
from annotations.exports.services import check_may_export, filtered_annotations, normalize_params
from annotations.filters import sentence_text
from annotations.models import Annotation, Incident, Sentence
from annotations.text.arabic import detect_language
from annotations.web.views import annotator_required

PREVIEW_ROWS = 10


def _annotation_rows(annotations) -> list[dict]:
    rows = (
        annotations.order_by("id")
        .annotate(preview_text=sentence_text("sentence__"))
        .values(
            "id", "label__key", "status", "preview_text", "sentence__document__title", "sentence__document__language"
        )
    )
    return [
        {
            "key": row["id"],
            "text": row["preview_text"],
            "labels": [row["label__key"]],
            "status": row["status"],
            "document": row["sentence__document__title"],
            "language": row["sentence__document__language"],
        }
        for row in rows[:PREVIEW_ROWS]
    ]


def _sentence_rows(annotations) -> list[dict]:
    sentences = list(
        Sentence.objects.filter(pk__in=annotations.values("sentence_id"))
        .order_by("document_id", "index")
        .annotate(preview_text=sentence_text())
        .values("id", "preview_text", "document__title", "document__language")[:PREVIEW_ROWS]
    )
    labels: dict[int, set[str]] = {}
    for sentence_id, key in Annotation.objects.filter(
        pk__in=annotations.values("pk"), sentence_id__in=[s["id"] for s in sentences]
    ).values_list("sentence_id", "label__key"):
        labels.setdefault(sentence_id, set()).add(key)
    return [
        {
            "key": s["id"],
            "text": s["preview_text"],
            "labels": sorted(labels.get(s["id"], ())),
            "document": s["document__title"],
            "language": s["document__language"],
        }
        for s in sentences
    ]


def _incident_rows(annotations) -> list[dict]:
    incidents = (
        Incident.objects.filter(merged_into__isnull=True, links__annotation__in=annotations.values("pk"))
        .distinct()
        .order_by("id")
        .values("id", "title", "grade")[:PREVIEW_ROWS]
    )
    # An incident has no language of its own: its title's script tells.
    return [
        {"key": i["id"], "text": i["title"], "grade": i["grade"], "language": detect_language(i["title"])}
        for i in incidents
    ]


@annotator_required
def export_preview(request: HttpRequest) -> HttpResponse:
    params = normalize_params(request.GET)
    shape = (params.pop("shape", None) or ["annotations"])[-1]
    context = {"shape": shape, "rows": [], "error": "", "limit": PREVIEW_ROWS}
    if shape not in SHAPES:
        context["error"] = f"Unknown shape {shape!r}; choose one of {', '.join(SHAPES)}."
        return render(request, "annotations/_export_preview.html", context, status=400)
    check_may_export(user=request.user, shape=shape)
    try:
        annotations = filtered_annotations(user=request.user, params=params, incidents=shape == "incidents")
        draw = {"annotations": _annotation_rows, "sentences": _sentence_rows, "incidents": _incident_rows}[shape]
        context["rows"] = draw(annotations)
    except ValidationError as error:
        context["error"] = " ".join(f"{name}: {' '.join(messages)}" for name, messages in error.message_dict.items())
        return render(request, "annotations/_export_preview.html", context, status=400)
    return render(request, "annotations/_export_preview.html", context)
