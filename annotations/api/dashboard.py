"""GET /api/v1/projects/{id}/dashboard/: the team dashboard's figures (``annotations.dashboard``)."""

from __future__ import annotations

from django.http import Http404
from django.urls import path
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from annotations.api.schema import error_responses
from annotations.dashboard import project_dashboard, project_for_review
from annotations.filters import MAX_ID


class AnnotatorFiguresSerializer(serializers.Serializer):
    annotator = serializers.DictField(help_text="{id, username}")
    assigned = serializers.IntegerField(help_text="Documents assigned to them to annotate")
    finished = serializers.IntegerField(help_text="Documents they marked finished")
    annotations = serializers.DictField(child=serializers.IntegerField(), help_text="state -> count")
    approvals = serializers.IntegerField(help_text="Approvals of their work, from the history")
    rejections = serializers.IntegerField(help_text="Rejections of their work, from the history")
    approval_rate = serializers.FloatField(allow_null=True, help_text="approvals / decisions; null before any")
    rejection_reasons = serializers.DictField(child=serializers.IntegerField(), help_text="reason -> count")
    median_seconds_per_document = serializers.FloatField(
        allow_null=True, help_text="Median of (finish - first event of theirs on the document) over finished documents"
    )
    timed_documents = serializers.IntegerField(help_text="Finished documents with events to time them by")
    agreement = serializers.DictField(
        help_text="{share, units, pairs: [{with, units, agreed, share, alpha}]} over the finished shared documents"
    )


class DashboardProgressSerializer(serializers.Serializer):
    days = serializers.ListField(child=serializers.DateField())
    finished = serializers.ListField(child=serializers.IntegerField(), help_text="Documents finished that day")
    annotations = serializers.ListField(child=serializers.IntegerField(), help_text="Annotations made that day")
    finished_total = serializers.ListField(child=serializers.IntegerField())
    annotations_total = serializers.ListField(child=serializers.IntegerField())


class DashboardSerializer(serializers.Serializer):
    project = serializers.DictField(help_text="{id, name}")
    documents = serializers.IntegerField(help_text="Documents in the project")
    annotators = AnnotatorFiguresSerializer(many=True)
    progress = DashboardProgressSerializer()
    backlog = serializers.DictField(help_text="{submitted: count not yet decided, oldest_submitted_at}")
    agreement = serializers.DictField(help_text="{overall_alpha, units, comparisons, documents, disagreements}")


class ProjectDashboardView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        summary="The team dashboard of a project",
        description="For the project's reviewers and managers, and staff (annotators of it: 403; anyone else: "
        "404). Per annotator: documents assigned and finished, annotations by state, approval rate and "
        "rejection reasons (from the review history), median time per finished document (first event to "
        "finish), agreement with each other annotator. Per project: finished documents and annotations per "
        "day, the review backlog, and the agreement over finished documents.",
        responses={200: DashboardSerializer, **error_responses(404)},
    )
    def get(self, request: Request, pk: int) -> Response:
        if pk > MAX_ID:
            raise Http404("No such project.")
        project = project_for_review(user=request.user, project_id=pk)
        return Response(project_dashboard(project=project))


urlpatterns = [path("projects/<int:pk>/dashboard/", ProjectDashboardView.as_view(), name="api-project-dashboard")]
