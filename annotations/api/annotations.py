"""Annotations: list (blind for annotators), create, edit, delete, submit, and the bulk endpoint.

Views check the shape of the input, resolve ids and keys in a constant number of queries, call one
service from ``annotations.services`` and serialize what it returns.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import include, path
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, routers, status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from annotations.api.filters import AnnotationFilter
from annotations.api.pagination import CursorPage
from annotations.api.permissions import CanAnnotate
from annotations.api.schema import error_responses
from annotations.api.serializers.annotations import (
    AnnotationCreateSerializer,
    AnnotationSerializer,
    AnnotationUpdateSerializer,
    BulkInputSerializer,
    SubmittedSerializer,
    annotation_data,
    bulk_items_fast,
    stored_draft_data,
)
from annotations.api.serializers.base import validated
from annotations.models import Actor, Annotation, Document, Label, Sentence
from annotations.projects.access import documents_in_reach, projects_visible_to, sees_all_projects
from annotations.projects.models import Project
from annotations.projects.services import project_for_work, projects_for_work
from annotations.selectors import annotations_for_api
from annotations.services.annotating import (
    AnnotationDraft,
    annotation_create,
    annotation_delete,
    annotation_update,
    annotations_bulk_create,
)
from annotations.services.reviewing import annotation_submit, annotations_submit_document
from annotations.services.rows import document_sentences, labels_and_project_keys


def _named_project(user, project_id: int | None) -> Project | None:
    """The project named in a write, which must be one of the caller's (else 400 naming it)."""
    if project_id is None:
        return None
    project = projects_visible_to(user).filter(pk=project_id).first()
    if project is None:
        raise ValidationError({"project": f"No project {project_id} among yours."})
    return project


def _labels_by_key() -> dict[str, Label]:
    return {label.key: label for label in Label.objects.all()}


def _unknown_label(key: str, labels: dict[str, Label]) -> str:
    known = ", ".join(sorted(k for k, label in labels.items() if label.is_active))
    return f"Unknown label {key!r}; use one of {known}."


def _resolve_actors(items: list[dict], prefixes: list[str]) -> None:
    """Replace actor ids in figures and responsibility with actors, in one query for all items."""
    wanted = set()
    for item in items:
        if (item.get("figures") or {}).get("cited_source") is not None:
            wanted.add(item["figures"]["cited_source"])
        if item.get("responsibility"):
            wanted.add(item["responsibility"]["actor"])
    actors = Actor.objects.in_bulk(wanted) if wanted else {}
    errors = {}
    for prefix, item in zip(prefixes, items, strict=True):
        figures, responsibility = item.get("figures"), item.get("responsibility")
        if figures and figures.get("cited_source") is not None:
            if figures["cited_source"] not in actors:
                errors[f"{prefix}figures.cited_source"] = [f"No actor with id {figures['cited_source']}."]
            figures["cited_source"] = actors.get(figures["cited_source"])
        if responsibility:
            if responsibility["actor"] not in actors:
                errors[f"{prefix}responsibility.actor"] = [f"No actor with id {responsibility['actor']}."]
            responsibility["actor"] = actors.get(responsibility["actor"])
    if errors:
        raise ValidationError(errors)


def _drafts(
    items: list[dict],
    *,
    sentences: dict[int, Sentence],
    labels: dict[str, Label],
    prefixes: list[str],
    missing: str,
    project: Project | None = None,
) -> list[AnnotationDraft]:
    """Drafts for validated input items; ``missing`` says why a sentence id was not found."""
    _resolve_actors(items, prefixes)
    drafts, errors = [], {}
    for prefix, item in zip(prefixes, items, strict=True):
        sentence, label = sentences.get(item["sentence"]), labels.get(item["label"])
        if sentence is None:
            errors[f"{prefix}sentence"] = [missing.format(sentence=item["sentence"])]
        if label is None:
            errors[f"{prefix}label"] = [_unknown_label(item["label"], labels)]
        if sentence is not None and label is not None:
            drafts.append(
                AnnotationDraft(
                    sentence=sentence,
                    label=label,
                    span_start=item.get("span_start"),
                    span_end=item.get("span_end"),
                    note=item.get("note", ""),
                    figures=dict(item["figures"]) if item.get("figures") is not None else None,
                    responsibility=dict(item["responsibility"]) if item.get("responsibility") is not None else None,
                    project=project,
                )
            )
    if errors:
        raise ValidationError(errors)
    return drafts


def _part_or_none(item: dict, name: str):
    return dict(item[name]) if item[name] is not None else None


@extend_schema_view(
    list=extend_schema(
        description="Annotators see only their own annotations (blind annotation); reviewers and admins see all.",
        responses={200: AnnotationSerializer(many=True), **error_responses(400)},
    ),
    retrieve=extend_schema(responses={200: AnnotationSerializer, **error_responses(404)}),
    destroy=extend_schema(
        description="Delete your own draft or rejected annotation.",
        responses={204: None, **error_responses(404, 409)},
    ),
)
class AnnotationViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    serializer_class = AnnotationSerializer
    filterset_class = AnnotationFilter
    ordering_fields = ["id", "created_at", "updated_at"]
    pagination_class = CursorPage
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]
    lookup_value_regex = r"\d+"

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # the schema generator has no signed-in user
            return Annotation.objects.none()
        return annotations_for_api(self.request.user)

    def get_permissions(self):
        if self.request.method in ("GET", "HEAD", "OPTIONS"):
            return [IsAuthenticated()]
        return [CanAnnotate()]

    def _stored(self, pk: int) -> dict:
        return annotation_data(self.get_queryset().get(pk=pk))

    @extend_schema(request=AnnotationCreateSerializer, responses={201: AnnotationSerializer, **error_responses(400)})
    def create(self, request: Request) -> Response:
        item = validated(AnnotationCreateSerializer, request.data)
        # A sentence of a document outside the caller's projects is as absent as one that does not exist.
        sentences = {
            s.pk: s
            for s in documents_in_reach(Sentence.objects.filter(pk=item["sentence"]), request.user, field="document_id")
        }
        (draft,) = _drafts(
            [item],
            sentences=sentences,
            labels=_labels_by_key(),
            prefixes=[""],
            missing="No sentence {sentence}.",
            project=_named_project(request.user, item.get("project")),
        )
        annotation = annotation_create(annotator=request.user, draft=draft)
        return Response(self._stored(annotation.pk), status=status.HTTP_201_CREATED)

    @extend_schema(
        description="Change your own draft or rejected annotation. Send the `version` you loaded: "
        "a stale one gets 409 with the stored state in `current`. `figures: null` removes the figures.",
        request=AnnotationUpdateSerializer,
        responses={200: AnnotationSerializer, **error_responses(400, 404, 409)},
    )
    def partial_update(self, request: Request, pk: str) -> Response:
        annotation = self.get_object()
        data = validated(AnnotationUpdateSerializer, request.data)
        changes = {name: data[name] for name in ("span_start", "span_end", "note") if name in data}
        if "label" in data:
            labels = _labels_by_key()
            if data["label"] not in labels:
                raise ValidationError({"label": _unknown_label(data["label"], labels)})
            changes["label"] = labels[data["label"]]
        parts = {name: _part_or_none(data, name) for name in ("figures", "responsibility") if name in data}
        _resolve_actors([parts], [""])
        annotation_update(annotation=annotation, by=request.user, version=data["version"], **changes, **parts)
        return Response(self._stored(annotation.pk))

    def destroy(self, request: Request, pk: str) -> Response:
        annotation_delete(annotation=self.get_object(), by=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(
        description="Submit your own draft (or edited rejected) annotation for review.",
        request=None,
        responses={200: AnnotationSerializer, **error_responses(404, 409)},
    )
    @action(detail=True, methods=["post"])
    def submit(self, request: Request, pk: str) -> Response:
        annotation = annotation_submit(annotation=self.get_object(), by=request.user)
        return Response(self._stored(annotation.pk))


class DocumentAnnotationsBulkView(APIView):
    """Label many sentences of one document in one request and one transaction."""

    permission_classes = [CanAnnotate]

    @extend_schema(
        summary="Create many annotations on one document",
        description="All or nothing: one bad item stores nothing, and the error names it (`items[3].label`). "
        "The number of queries does not grow with the number of items.",
        request=BulkInputSerializer,
        responses={201: AnnotationSerializer(many=True), **error_responses(400, 404, 413)},
    )
    def post(self, request: Request, pk: int) -> Response:
        found = document_sentences(pk)  # the document and its sentences in one query
        # The document's projects among the caller's, in one query: none means out of reach.
        candidates = projects_for_work(user=request.user, document=pk) if found is not None else []
        if found is None or not (candidates or sees_all_projects(request.user)):
            raise Http404("No Document matches the given query.")
        document, sentences = found
        items, named = bulk_items_fast(request.data), None
        if items is None:
            data = validated(BulkInputSerializer, request.data)
            items, named = data["items"], _named_project(request.user, data.get("project"))
        project = project_for_work(user=request.user, document=pk, project=named, candidates=candidates)
        labels, project_keys = labels_and_project_keys(project.pk)
        drafts = _drafts(
            items,
            sentences=sentences,
            labels=labels,
            prefixes=[f"items[{number}]." for number in range(len(items))],
            missing=f"Sentence {{sentence}} is not a sentence of document {document.pk}; "
            "a bulk request labels sentences of one document.",
            project=project,
        )
        stored = annotations_bulk_create(
            annotator=request.user, document=document, drafts=drafts, project=project, project_keys=project_keys
        )
        body = [stored_draft_data(new, request.user) for new in stored]
        return Response(body, status=status.HTTP_201_CREATED)


class DocumentSubmitView(APIView):
    """Submit all of the caller's drafts (and edited rejections) on one document."""

    permission_classes = [CanAnnotate]

    @extend_schema(
        summary="Submit all your drafts on a document",
        description="Always 200: `submitted` lists what this request submitted (possibly nothing), "
        "`already_submitted` your annotations on the document that were submitted or approved before. "
        "Rejected annotations not edited since the rejection stay where they are.",
        request=None,
        responses={200: SubmittedSerializer, **error_responses(404)},
    )
    def post(self, request: Request, pk: int) -> Response:
        document = get_object_or_404(documents_in_reach(Document.objects.only("id"), request.user), pk=pk)
        outcome = annotations_submit_document(document=document, by=request.user)
        return Response(
            {
                "submitted": [annotation.pk for annotation in outcome.submitted],
                "already_submitted": outcome.already_submitted,
            }
        )


router = routers.SimpleRouter()
router.register("annotations", AnnotationViewSet, basename="annotation")
urlpatterns = [
    path("", include(router.urls)),
    path("documents/<int:pk>/annotations/bulk/", DocumentAnnotationsBulkView.as_view(), name="document-bulk"),
    path("documents/<int:pk>/submit/", DocumentSubmitView.as_view(), name="document-submit"),
]
