"""Inter-annotator agreement (reviewers: it shows everyone's labels).

With ``project``: the honest report of that project, over the documents two or more of its assigned
annotators finished, every sentence a unit and a blank the answer "no label". Without it: the older
report over chosen documents, from the annotations of the projects the user reviews.
"""

from __future__ import annotations

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import path
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from annotations.agreement import agreement_for_documents, agreement_for_project
from annotations.api.schema import error_responses
from annotations.dashboard import project_for_review
from annotations.filters import MAX_ID
from annotations.projects.access import reviewing_project_ids, sees_all_projects
from annotations.roles import is_reviewer


class ValueAgreementSerializer(serializers.Serializer):
    pairs = serializers.IntegerField(help_text="Pairs of annotators who both marked the sentence with the label")
    matching = serializers.IntegerField(help_text="Of those, the pairs that gave the same value")
    share = serializers.FloatField(allow_null=True, help_text="matching / pairs; null without pairs")
    differing = serializers.ListField(
        child=serializers.DictField(), help_text="{sentence, document, index, text, figures|actors: {annotator: value}}"
    )


class AgreementSerializer(serializers.Serializer):
    overall_alpha = serializers.FloatField(allow_null=True, help_text="null when undefined (no shared sentences)")
    per_label = serializers.DictField(child=serializers.FloatField(allow_null=True), help_text="label key -> alpha")
    sentences = serializers.IntegerField(help_text="Sentences answered by two or more annotators (the units)")
    annotators = serializers.ListField(child=serializers.CharField())
    pairs = serializers.ListField(
        child=serializers.DictField(),
        help_text="{annotators, sentences, agreed, disagreed}, and with `project` the pair's own `alpha`",
    )
    disagreements = serializers.ListField(
        child=serializers.DictField(),
        help_text="{sentence, document, index, text, labels: {annotator: [keys]}}; [] is the answer 'no label'",
    )
    project = serializers.IntegerField(required=False, help_text="With `project`: its id")
    documents = serializers.ListField(
        child=serializers.IntegerField(), required=False, help_text="With `project`: the documents counted"
    )
    pooled_labels = serializers.ListField(
        child=serializers.CharField(), required=False, help_text="With `project`: the labels in use, pooled overall"
    )
    units = serializers.IntegerField(required=False, help_text="With `project`: every sentence of those documents")
    comparisons = serializers.IntegerField(required=False, help_text="With `project`: pairs of answers compared")
    figures = ValueAgreementSerializer(required=False, help_text="Casualty claims both marked: same killed/injured")
    actors = ValueAgreementSerializer(required=False, help_text="Attributions both marked: same actor blamed")


def _ids(request: Request, name: str, *, many: bool) -> list[int] | None:
    raw = request.query_params.getlist(name)
    if not raw:
        return None
    field = forms.IntegerField(min_value=1, max_value=MAX_ID)
    try:
        values = [field.clean(value) for value in raw]
    except forms.ValidationError:
        raise ValidationError({name: f"Give {name} ids as whole numbers from 1 to 2**63-1."}) from None
    if not many and len(values) > 1:
        raise ValidationError({name: f"Give one {name}."})
    return values


class AgreementView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        summary="Krippendorff's alpha per label and overall",
        description="With `project` (reviewers and managers of it, staff): over the documents that two or more "
        "of its assigned annotators finished, every sentence is a unit and a sentence an annotator left blank "
        "is the answer 'no label' (a finished annotator's drafts count); also how often two annotators who "
        "both marked a casualty claim read the same killed and injured ranges, and an attribution the same "
        "actor. `document` narrows to some of those documents. A project you are not in is 404.\n\n"
        "Without `project` (reviewers): over the sentences two or more annotators labelled (submitted, "
        "approved or rejected annotations) in the projects you review; repeat `document` to choose "
        "documents, without it all.",
        parameters=[
            OpenApiParameter("project", OpenApiTypes.INT, description="Project id, 1 to 2**63-1"),
            OpenApiParameter("document", OpenApiTypes.INT, many=True, description="Document id, 1 to 2**63-1"),
        ],
        responses={200: AgreementSerializer, **error_responses(400, 404)},
    )
    def get(self, request: Request) -> Response:
        projects = _ids(request, "project", many=False)
        documents = _ids(request, "document", many=True)
        if projects is not None:
            project = project_for_review(user=request.user, project_id=projects[0])
            return Response(agreement_for_project(project=project, documents=documents))
        if not is_reviewer(request.user):
            raise PermissionDenied("Only reviewers and admins can do this.")
        scope = None if sees_all_projects(request.user) else reviewing_project_ids(request.user)
        return Response(agreement_for_documents(documents=documents, projects=scope))


urlpatterns = [path("agreement/", AgreementView.as_view(), name="api-agreement")]
