"""Suggestions: label hints (with score, cue and source), casualty figures and the cited source per sentence.

A suggestion never becomes an annotation by itself; the pages use it to show hints and pre-fill
the figures form. Each project has its own learned model: the suggestions use the model of the project
the text or document is read in, and the project's reviewers, managers and staff see and retrain it here.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import path
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from annotations.api.permissions import CanAnnotate, IsReviewer
from annotations.api.schema import error_responses
from annotations.api.serializers.base import StrictSerializer, validated
from annotations.models import Document
from annotations.projects.access import (
    documents_in_reach,
    may_review_in,
    member_project_ids,
    projects_visible_to,
    reviewing_project_ids,
    sees_all_projects,
)
from annotations.projects.models import Project
from annotations.services.suggesting import (
    MAX_TEXT_CHARS,
    suggestion_model_train_start,
    suggestions_for_document,
    suggestions_for_text,
    training_status,
)


class SuggestionInputSerializer(StrictSerializer):
    text = serializers.CharField(
        max_length=MAX_TEXT_CHARS,
        trim_whitespace=False,
        help_text=f"A sentence or a passage (at most {MAX_TEXT_CHARS} characters); it is split into sentences",
    )
    project = serializers.IntegerField(
        required=False,
        min_value=1,
        max_value=2**63 - 1,
        help_text="Use this project's learned model (one of yours). Without it: your only project's model, "
        "or the rules alone when you are in several projects",
    )

    def validate_text(self, value: str) -> str:
        if not value.strip():
            raise serializers.ValidationError("Send some text to suggest labels for.")
        return value


class HintSerializer(serializers.Serializer):
    label = serializers.CharField(help_text="Label key")
    score = serializers.FloatField(help_text="0..1; the label counts as suggested from 0.5")
    cue = serializers.CharField(help_text="The words that fired the hint")
    source = serializers.ChoiceField(choices=["rules", "model"])


class SuggestedRangeSerializer(serializers.Serializer):
    min = serializers.IntegerField()
    max = serializers.IntegerField(allow_null=True, help_text="null: no upper bound (at least)")


class SuggestedFiguresSerializer(serializers.Serializer):
    killed = SuggestedRangeSerializer(allow_null=True)
    injured = SuggestedRangeSerializer(allow_null=True)
    children_killed = serializers.IntegerField(allow_null=True)
    women_killed = serializers.IntegerField(allow_null=True)
    children_injured = serializers.IntegerField(allow_null=True)
    women_injured = serializers.IntegerField(allow_null=True)
    qualifier = serializers.CharField(allow_null=True, help_text="exact, at_least, approximately, range or vague")
    scope = serializers.CharField(allow_null=True, help_text="incident or aggregate")
    preliminary = serializers.BooleanField()
    cited_source = serializers.CharField(allow_null=True, help_text="Who the sentence cites, as written")


class SuggestedSentenceSerializer(serializers.Serializer):
    start = serializers.IntegerField(help_text="Offset of the sentence in the text sent (or the document's text)")
    end = serializers.IntegerField()
    text = serializers.CharField()
    labels = HintSerializer(many=True)
    figures = SuggestedFiguresSerializer()


class DocumentSuggestedSentenceSerializer(SuggestedSentenceSerializer):
    sentence = serializers.IntegerField(help_text="The stored sentence's id")


class SuggestionsSerializer(serializers.Serializer):
    sentences = SuggestedSentenceSerializer(many=True)


class DocumentSuggestionsSerializer(serializers.Serializer):
    sentences = DocumentSuggestedSentenceSerializer(many=True)


class ProjectChoiceSerializer(StrictSerializer):
    project = serializers.IntegerField(
        required=False,
        min_value=1,
        max_value=2**63 - 1,
        help_text="The project whose model this is (required when you review or manage several projects)",
    )


class ModelStatusSerializer(serializers.Serializer):
    project = serializers.IntegerField(help_text="The project this model belongs to and learns from")
    training = serializers.DictField(allow_null=True, help_text="{started, by} while a training runs, else null")
    last_error = serializers.DictField(
        allow_null=True, help_text="{at, message} when the last training of this project failed, else null"
    )
    min_examples = serializers.IntegerField(help_text="Approved sentences a training needs at least")
    current = serializers.DictField(allow_null=True, help_text="The model in use: version, trained_at, size, scores")
    models = serializers.ListField(child=serializers.DictField(), help_text="Every stored version, newest first")


def _member_project(user, project_id: int) -> Project:
    """A project ``user`` is a member of (staff: any project); anything else is 404, as if absent."""
    project = projects_visible_to(user).filter(pk=project_id).first()
    if project is None:
        raise Http404(f"No project {project_id}, or you are not a member of it.")
    return project


def _project_for_text(user, project_id: int | None) -> Project | int | None:
    """The project whose model reads a text: the one named, else the user's only project, else none (rules)."""
    if project_id is not None:
        return _member_project(user, project_id)
    mine = member_project_ids(user)
    return next(iter(mine)) if len(mine) == 1 else None


def _project_for_document(user, document: Document, project_id: int | None) -> Project | None:
    """The project a document is read in: the one named (it must hold the document), else the first of the
    user's projects holding it (by name, as the annotation page chooses)."""
    if project_id is not None:
        project = _member_project(user, project_id)
        if not project.project_documents.filter(document=document).exists():
            raise ValidationError({"project": [f"Document {document.pk} is not in project {project.pk}."]})
        return project
    return projects_visible_to(user).filter(project_documents__document=document).order_by("name", "id").first()


def _project_for_model(user, project_id: int | None) -> Project:
    """The project whose model is shown or trained: its reviewers and managers, and staff, may (404 outside
    it, 403 for its annotators). Without an id, the one project the user reviews."""
    if project_id is None:
        # Staff review every project: for them "the one project" is the only one there is.
        reviewing = (
            set(projects_visible_to(user).values_list("pk", flat=True))
            if sees_all_projects(user)
            else reviewing_project_ids(user)
        )
        if len(reviewing) != 1:
            raise ValidationError(
                {"project": ["Name the project whose model you mean (project): each project has its own model."]}
            )
        project_id = next(iter(reviewing))
    project = _member_project(user, project_id)
    if not may_review_in(user, project):
        raise PermissionDenied("Only reviewers and managers of this project can see or retrain its model.")
    return project


PROJECT_PARAMETER = OpenApiParameter(
    "project",
    OpenApiTypes.INT,
    description="Project id (1 to 2**63-1). Required when you review or manage several projects; "
    "a project you are not a member of is 404",
)


class SuggestionView(APIView):
    permission_classes = [CanAnnotate]

    @extend_schema(
        summary="Suggest labels, casualty figures and the cited source for each sentence of a text",
        description="The rules always run; the learned model of `project` (else of your only project) adds "
        "the labels it is sure of (`source: model`). Without a project the hints come from the rules alone.",
        request=SuggestionInputSerializer,
        responses={200: SuggestionsSerializer, **error_responses(400, 404)},
    )
    def post(self, request: Request) -> Response:
        data = validated(SuggestionInputSerializer, request.data)
        project = _project_for_text(request.user, data.get("project"))
        return Response({"sentences": suggestions_for_text(text=data["text"], project=project)})


class DocumentSuggestionView(APIView):
    permission_classes = [CanAnnotate]

    @extend_schema(
        summary="Suggestions for each stored sentence of a document",
        description="With the learned model of the document's project: the one named by `project` when the "
        "document is in several of your projects, else the first of your projects that holds it.",
        parameters=[
            OpenApiParameter(
                "project",
                OpenApiTypes.INT,
                description="Read the document in this project (it must hold the document); a project you are "
                "not a member of is 404",
            )
        ],
        responses={200: DocumentSuggestionsSerializer, **error_responses(400, 404)},
    )
    def get(self, request: Request, pk: int) -> Response:
        query = validated(ProjectChoiceSerializer, request.query_params.dict())
        document = get_object_or_404(documents_in_reach(Document.objects.only("id", "text"), request.user), pk=pk)
        project = _project_for_document(request.user, document, query.get("project"))
        return Response({"sentences": suggestions_for_document(document=document, project=project)})


class ModelStatusView(APIView):
    permission_classes = [IsReviewer]

    @extend_schema(
        summary="A project's learned label model: the one in use, every version, a training running",
        parameters=[PROJECT_PARAMETER],
        responses={200: ModelStatusSerializer, **error_responses(400, 404)},
    )
    def get(self, request: Request) -> Response:
        query = validated(ProjectChoiceSerializer, request.query_params.dict())
        project = _project_for_model(request.user, query.get("project"))
        return Response(training_status(project))


class ModelTrainView(APIView):
    permission_classes = [IsReviewer]

    @extend_schema(
        summary="Retrain a project's label model on its approved annotations, in the background (answers at once)",
        request=ProjectChoiceSerializer,
        responses={
            202: OpenApiResponse(ModelStatusSerializer, description="Training started"),
            **error_responses(400, 404, 409),
        },
    )
    def post(self, request: Request) -> Response:
        data = validated(ProjectChoiceSerializer, request.data)
        project = _project_for_model(request.user, data.get("project"))
        state, _thread = suggestion_model_train_start(project=project, by=request.user)
        return Response(state, status=status.HTTP_202_ACCEPTED)


urlpatterns = [
    path("suggestions/", SuggestionView.as_view(), name="suggestions"),
    path("suggestions/model/", ModelStatusView.as_view(), name="suggestions-model"),
    path("suggestions/model/train/", ModelTrainView.as_view(), name="suggestions-model-train"),
    path("documents/<int:pk>/suggestions/", DocumentSuggestionView.as_view(), name="document-suggestions"),
]
