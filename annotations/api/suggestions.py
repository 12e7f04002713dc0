"""Suggestions: label hints (with score, cue and source), casualty figures and the cited source per sentence.

A suggestion never becomes an annotation by itself; the pages use it to show hints and pre-fill
the figures form. Reviewers and admins also see and retrain the learned label model here.
"""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from django.urls import path
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from annotations.api.permissions import CanAnnotate, IsReviewer
from annotations.api.schema import error_responses
from annotations.api.serializers.base import StrictSerializer, validated
from annotations.models import Document
from annotations.projects.access import documents_in_reach
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


class ModelStatusSerializer(serializers.Serializer):
    training = serializers.DictField(allow_null=True, help_text="{started, by} while a training runs, else null")
    current = serializers.DictField(allow_null=True, help_text="The model in use: version, trained_at, size, scores")
    models = serializers.ListField(child=serializers.DictField(), help_text="Every stored version, newest first")


class SuggestionView(APIView):
    permission_classes = [CanAnnotate]

    @extend_schema(
        summary="Suggest labels, casualty figures and the cited source for each sentence of a text",
        request=SuggestionInputSerializer,
        responses={200: SuggestionsSerializer, **error_responses(400)},
    )
    def post(self, request: Request) -> Response:
        data = validated(SuggestionInputSerializer, request.data)
        return Response({"sentences": suggestions_for_text(text=data["text"])})


class DocumentSuggestionView(APIView):
    permission_classes = [CanAnnotate]

    @extend_schema(
        summary="Suggestions for each stored sentence of a document",
        responses={200: DocumentSuggestionsSerializer, **error_responses(404)},
    )
    def get(self, request: Request, pk: int) -> Response:
        document = get_object_or_404(documents_in_reach(Document.objects.only("id", "text"), request.user), pk=pk)
        return Response({"sentences": suggestions_for_document(document=document)})


class ModelStatusView(APIView):
    permission_classes = [IsReviewer]

    @extend_schema(
        summary="The learned label model: the one in use, every version, a training running",
        responses={200: ModelStatusSerializer, **error_responses()},
    )
    def get(self, request: Request) -> Response:
        return Response(training_status())


class ModelTrainView(APIView):
    permission_classes = [IsReviewer]

    @extend_schema(
        summary="Retrain the label model on approved annotations, in the background (answers at once)",
        request=None,
        responses={
            202: OpenApiResponse(ModelStatusSerializer, description="Training started"),
            **error_responses(409),
        },
    )
    def post(self, request: Request) -> Response:
        state, _thread = suggestion_model_train_start(by=request.user)
        return Response(state, status=status.HTTP_202_ACCEPTED)


urlpatterns = [
    path("suggestions/", SuggestionView.as_view(), name="suggestions"),
    path("suggestions/model/", ModelStatusView.as_view(), name="suggestions-model"),
    path("suggestions/model/train/", ModelTrainView.as_view(), name="suggestions-model-train"),
    path("documents/<int:pk>/suggestions/", DocumentSuggestionView.as_view(), name="document-suggestions"),
]
