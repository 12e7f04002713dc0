"""Inter-annotator agreement over a set of documents (reviewers: it shows everyone's labels)."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.urls import path
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from annotations.agreement import agreement_for_documents
from annotations.api.permissions import IsReviewer
from annotations.api.schema import error_responses
from annotations.filters import MAX_ID


class AgreementSerializer(serializers.Serializer):
    overall_alpha = serializers.FloatField(allow_null=True, help_text="null when undefined (no shared sentences)")
    per_label = serializers.DictField(child=serializers.FloatField(allow_null=True), help_text="label key -> alpha")
    sentences = serializers.IntegerField(help_text="Sentences labelled by two or more annotators")
    annotators = serializers.ListField(child=serializers.CharField())
    pairs = serializers.ListField(child=serializers.DictField(), help_text="{annotators, sentences, agreed, disagreed}")
    disagreements = serializers.ListField(
        child=serializers.DictField(), help_text="{sentence, document, index, text, labels: {annotator: [keys]}}"
    )


class AgreementView(APIView):
    permission_classes = [IsReviewer]

    @extend_schema(
        summary="Krippendorff's alpha per label and overall",
        description="Over the sentences two or more annotators labelled (submitted, approved or rejected "
        "annotations; drafts are work in progress). Repeat `document` to choose documents; without it, all.",
        parameters=[OpenApiParameter("document", OpenApiTypes.INT, many=True, description="Document id, 1 to 2**63-1")],
        responses={200: AgreementSerializer, **error_responses(400)},
    )
    def get(self, request: Request) -> Response:
        raw = request.query_params.getlist("document")
        field = forms.IntegerField(min_value=1, max_value=MAX_ID)
        try:
            documents = [field.clean(value) for value in raw] if raw else None
        except forms.ValidationError:
            raise ValidationError({"document": "Give document ids as whole numbers from 1 to 2**63-1."}) from None
        return Response(agreement_for_documents(documents=documents))


urlpatterns = [path("agreement/", AgreementView.as_view(), name="api-agreement")]
