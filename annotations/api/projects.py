"""Projects: the list and one project, members, guidelines, documents, assignments and finished documents.

A user outside a project gets 404 for it and for everything under it; a member whose role does not
allow a change gets 403 naming the role needed. Views check input, call one service from
``annotations.projects.services`` and serialize the result.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404
from django.urls import path
from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import generics, status
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from annotations.api.filters import DocumentFilter
from annotations.api.pagination import LimitOffsetPage
from annotations.api.schema import error_responses
from annotations.api.serializers.base import validated
from annotations.api.serializers.documents import DocumentSerializer, LabelSerializer
from annotations.api.serializers.projects import (
    AddedSerializer,
    AssignmentInputSerializer,
    AssignmentSerializer,
    FinishSerializer,
    GuidelinesInputSerializer,
    GuidelineVersionSerializer,
    MemberInputSerializer,
    MemberSerializer,
    ProjectDocumentsInputSerializer,
    ProjectInputSerializer,
    ProjectLabelInputSerializer,
    ProjectSerializer,
    ProjectUpdateSerializer,
    assignment_data,
    finish_data,
    guideline_data,
    member_data,
    project_data,
)
from annotations.filters import IdFilter, in_project
from annotations.models import Document, Label
from annotations.projects.access import (
    documents_in_reach,
    may_create_projects,
    may_manage,
    may_review_in,
    projects_visible_to,
    role_in,
)
from annotations.projects.models import Assignment, AssignmentRole, Project
from annotations.projects.selectors import assignments_with_finish, projects_with_counts
from annotations.projects.services import (
    assignment_add,
    assignment_remove,
    assignments_overlap,
    document_finish,
    document_unfinish,
    guidelines_add,
    project_create,
    project_documents_add,
    project_label_add,
    project_label_remove,
    project_member_remove,
    project_member_set,
    project_update,
)
from annotations.selectors import documents_with_progress

_NOT_FOUND = error_responses(404)
_MANAGERS = error_responses(400, 403, 404)


def project_or_404(request: Request, pk: int) -> Project:
    """The project if the caller is a member (staff: any); otherwise 404, as if it did not exist."""
    return get_object_or_404(projects_visible_to(request.user), pk=pk)


def _managers_only(request: Request, project: Project, what: str) -> None:
    if not may_manage(request.user, project):
        raise PermissionDenied(f"Only managers of {project.name} can {what}.")


def _one(request: Request, pk: int) -> dict:
    project = get_object_or_404(projects_with_counts(request.user), pk=pk)
    return project_data(project, role_in(request.user, project))


def _user_or_400(pk: int, field: str = "user"):
    user = get_user_model().objects.filter(pk=pk).first()
    if user is None:
        raise ValidationError({field: f"No user with id {pk}."})
    return user


class ProjectListView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        summary="The projects you are a member of (staff: all)",
        responses={200: ProjectSerializer(many=True), **error_responses()},
    )
    def get(self, request: Request) -> Response:
        projects = projects_with_counts(request.user)
        return Response([project_data(project, role_in(request.user, project)) for project in projects])

    @extend_schema(
        summary="Create a project (staff and reviewers); you become its manager",
        description="It starts with the active labels and guidelines v1 drawn from the labels' guideline texts.",
        request=ProjectInputSerializer,
        responses={201: ProjectSerializer, **error_responses(400, 403)},
    )
    def post(self, request: Request) -> Response:
        if not may_create_projects(request.user):
            raise PermissionDenied("Only staff and reviewers can create projects.")
        data = validated(ProjectInputSerializer, request.data)
        project = project_create(name=data["name"], description=data.get("description", ""), by=request.user)
        return Response(_one(request, project.pk), status=status.HTTP_201_CREATED)


class ProjectDetailView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(summary="One project", responses={200: ProjectSerializer, **_NOT_FOUND})
    def get(self, request: Request, pk: int) -> Response:
        return Response(_one(request, pk))

    @extend_schema(
        summary="Rename a project or change its description (managers)",
        request=ProjectUpdateSerializer,
        responses={200: ProjectSerializer, **_MANAGERS},
    )
    def patch(self, request: Request, pk: int) -> Response:
        project = project_or_404(request, pk)
        _managers_only(request, project, "change the project")
        data = validated(ProjectUpdateSerializer, request.data)
        project_update(project=project, by=request.user, name=data.get("name"), description=data.get("description"))
        return Response(_one(request, pk))


class MemberListView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        summary="The project's members and their roles", responses={200: MemberSerializer(many=True), **_NOT_FOUND}
    )
    def get(self, request: Request, pk: int) -> Response:
        project = project_or_404(request, pk)
        memberships = project.memberships.select_related("user").order_by("user__username")
        return Response([member_data(membership) for membership in memberships])

    @extend_schema(
        summary="Add a member, or change a member's role (managers)",
        description='`{"user": id, "role": "annotator"}`; role is annotator, reviewer or manager.',
        request=MemberInputSerializer,
        responses={201: MemberSerializer, **_MANAGERS},
    )
    def post(self, request: Request, pk: int) -> Response:
        project = project_or_404(request, pk)
        _managers_only(request, project, "add members")
        data = validated(MemberInputSerializer, request.data)
        user = _user_or_400(data["user"])
        membership = project_member_set(project=project, user=user, role=data["role"], by=request.user)
        return Response(member_data(membership), status=status.HTTP_201_CREATED)


class MemberDetailView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        summary="Take a member out of the project (managers)",
        description="Their annotations stay; their assignments of documents they did not finish go. "
        "The last manager cannot be removed (409).",
        responses={204: None, **error_responses(403, 404, 409)},
    )
    def delete(self, request: Request, pk: int, user_id: int) -> Response:
        project = project_or_404(request, pk)
        _managers_only(request, project, "remove members")
        membership = get_object_or_404(project.memberships.select_related("user"), user_id=user_id)
        project_member_remove(project=project, user=membership.user, by=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


class GuidelinesView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        summary="The versions of the project's guidelines, newest first",
        responses={200: GuidelineVersionSerializer(many=True), **_NOT_FOUND},
    )
    def get(self, request: Request, pk: int) -> Response:
        project = project_or_404(request, pk)
        versions = project.guideline_versions.select_related("created_by").order_by("-number")
        return Response([guideline_data(version) for version in versions])

    @extend_schema(
        summary="Add a version of the guidelines (managers)",
        description="The whole text of the new version; earlier versions stay, and annotations keep theirs.",
        request=GuidelinesInputSerializer,
        responses={201: GuidelineVersionSerializer, **_MANAGERS},
    )
    def post(self, request: Request, pk: int) -> Response:
        project = project_or_404(request, pk)
        _managers_only(request, project, "change the guidelines")
        text = validated(GuidelinesInputSerializer, request.data)["text"]
        version = guidelines_add(project=project, text=text, by=request.user)
        return Response(guideline_data(version), status=status.HTTP_201_CREATED)


class ProjectLabelListView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        summary="The labels annotators may use in the project",
        responses={200: LabelSerializer(many=True), **_NOT_FOUND},
    )
    def get(self, request: Request, pk: int) -> Response:
        project = project_or_404(request, pk)
        return Response(LabelSerializer(project.labels.order_by("order", "key"), many=True).data)

    @extend_schema(
        summary="Add a label to the project (managers)",
        description='An existing label by its key alone (`{"key": "rhetoric"}`), or a new one: '
        '`{"key": "denial", "name": "Denial", "guideline": "..."}` with optional `colour` and `shortcut`. '
        "A label outside the project's set is refused on every annotation write.",
        request=ProjectLabelInputSerializer,
        responses={201: LabelSerializer, **_MANAGERS},
    )
    def post(self, request: Request, pk: int) -> Response:
        project = project_or_404(request, pk)
        _managers_only(request, project, "add labels")
        data = validated(ProjectLabelInputSerializer, request.data)
        label = project_label_add(project=project, by=request.user, **data)
        return Response(LabelSerializer(label).data, status=status.HTTP_201_CREATED)


class ProjectLabelDetailView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        summary="Take a label out of the project (managers)",
        description="Refused (409) while annotations of the project carry it, and for the project's last label.",
        responses={204: None, **error_responses(403, 404, 409)},
    )
    def delete(self, request: Request, pk: int, key: str) -> Response:
        project = project_or_404(request, pk)
        _managers_only(request, project, "remove labels")
        label = get_object_or_404(Label.objects.filter(projects=project), key=key)
        project_label_remove(project=project, label=label, by=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


@extend_schema_view(
    get=extend_schema(
        summary="The project's documents, with your progress on each",
        responses={200: DocumentSerializer(many=True), **error_responses(400, 404)},
    )
)
class ProjectDocumentListView(generics.ListAPIView):
    """The project's documents with your progress on each, as in /documents/."""

    permission_classes = [IsAuthenticated]
    serializer_class = DocumentSerializer
    filterset_class = DocumentFilter
    filter_backends = [filters.DjangoFilterBackend]
    pagination_class = LimitOffsetPage

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Document.objects.none()
        project = project_or_404(self.request, self.kwargs["pk"])
        return in_project(documents_with_progress(self.request.user), project.pk).order_by("id")

    @extend_schema(
        summary="Add existing documents to the project (managers)",
        description="Their text is not copied; a document may be in several projects. Only documents you can "
        "see can be added. Returns how many were new to the project.",
        request=ProjectDocumentsInputSerializer,
        responses={200: AddedSerializer, **_MANAGERS},
    )
    def post(self, request: Request, pk: int) -> Response:
        project = project_or_404(request, pk)
        _managers_only(request, project, "add documents")
        wanted = sorted(set(validated(ProjectDocumentsInputSerializer, request.data)["documents"]))
        # A document of another project is reported as absent: adding it would let the caller read it.
        reachable = set(
            documents_in_reach(Document.objects.filter(pk__in=wanted), request.user).values_list("pk", flat=True)
        )
        missing = [pk for pk in wanted if pk not in reachable]
        if missing:
            raise ValidationError({"documents": f"No document with id {', '.join(map(str, missing[:20]))}."})
        added = project_documents_add(project=project, documents=wanted, by=request.user)
        return Response({"added": added})


class AssignmentFilter(filters.FilterSet):
    annotator = IdFilter(field_name="user_id", help_text="User id of the assignee.")
    document = IdFilter(field_name="document_id", help_text="Document id.")
    role = filters.ChoiceFilter(choices=AssignmentRole.choices)

    class Meta:
        model = Assignment
        fields = ["annotator", "document", "role"]


@extend_schema_view(
    get=extend_schema(
        summary="The project's assignments (annotators: their own)",
        responses={200: AssignmentSerializer(many=True), **error_responses(400, 404)},
    )
)
class AssignmentListView(generics.ListAPIView):
    """Who is given which document. Reviewers and managers see every assignment; annotators their own."""

    permission_classes = [IsAuthenticated]
    serializer_class = AssignmentSerializer
    filterset_class = AssignmentFilter
    filter_backends = [filters.DjangoFilterBackend]
    pagination_class = LimitOffsetPage

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Assignment.objects.none()
        project = project_or_404(self.request, self.kwargs["pk"])
        assignments = assignments_with_finish(project)
        if not may_review_in(self.request.user, project):
            assignments = assignments.filter(user=self.request.user)
        return assignments

    def list(self, request: Request, *args, **kwargs) -> Response:
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        return self.get_paginated_response([assignment_data(a, a.finished) for a in page])

    @extend_schema(
        summary="Assign documents (managers): by hand, or automatically with overlap",
        description='By hand: `{"document": id, "annotator": id, "role"?: "annotator"|"reviewer"}`. Automatic: '
        '`{"overlap": 2, "annotators": [ids]}` gives every document of the project to `overlap` of the '
        "annotators, balanced and deterministic; assignments that exist are kept and counted, so adding "
        "documents or people and asking again only fills the gaps. Returns the new assignments.",
        request=AssignmentInputSerializer,
        responses={201: AssignmentSerializer(many=True), **_MANAGERS},
    )
    def post(self, request: Request, pk: int) -> Response:
        project = project_or_404(request, pk)
        _managers_only(request, project, "assign documents")
        data = validated(AssignmentInputSerializer, request.data)
        if "overlap" in data:
            created = assignments_overlap(
                project=project, overlap=data["overlap"], annotators=data["annotators"], by=request.user
            )
            ids = [assignment.pk for assignment in created]
        else:
            document = Document.objects.filter(pk=data["document"]).only("id").first()
            if document is None:
                raise ValidationError({"document": f"No document with id {data['document']}."})
            user = _user_or_400(data["annotator"], "annotator")
            assignment = assignment_add(
                project=project,
                document=document,
                user=user,
                by=request.user,
                role=data.get("role", AssignmentRole.ANNOTATOR),
            )
            ids = [assignment.pk]
        stored = assignments_with_finish(project).in_bulk(ids)
        body = [assignment_data(stored[pk], stored[pk].finished) for pk in ids]
        return Response(body, status=status.HTTP_201_CREATED)


class AssignmentDetailView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        summary="Take an assignment back (managers)",
        description="Refused (409) once the annotator finished the document; undo the finish first.",
        responses={204: None, **error_responses(403, 404, 409)},
    )
    def delete(self, request: Request, pk: int, assignment_id: int) -> Response:
        project = project_or_404(request, pk)
        _managers_only(request, project, "take assignments back")
        assignment = get_object_or_404(Assignment.objects.filter(project=project), pk=assignment_id)
        assignment_remove(assignment=assignment, by=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


class FinishView(APIView):
    """You mark a document of the project finished: every sentence you left blank counts as "no label"."""

    permission_classes = [IsAuthenticated]

    def _document(self, project: Project, document_id: int) -> Document:
        documents = Document.objects.filter(project_links__project=project).only("id")
        return get_object_or_404(documents, pk=document_id)

    @extend_schema(
        summary="Mark the document finished (for yourself)",
        description="409 if you finished it already.",
        request=None,
        responses={201: FinishSerializer, **error_responses(403, 404, 409)},
    )
    def post(self, request: Request, pk: int, document_id: int) -> Response:
        project = project_or_404(request, pk)
        document = self._document(project, document_id)
        finish = document_finish(project=project, document=document, annotator=request.user)
        return Response(finish_data(finish), status=status.HTTP_201_CREATED)

    @extend_schema(
        summary="Undo your finish",
        description="Refused (409) once any of your annotations on the document is approved, or if you had not "
        "finished it.",
        responses={204: None, **error_responses(404, 409)},
    )
    def delete(self, request: Request, pk: int, document_id: int) -> Response:
        project = project_or_404(request, pk)
        document = self._document(project, document_id)
        document_unfinish(project=project, document=document, annotator=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


urlpatterns = [
    path("projects/", ProjectListView.as_view(), name="api-project-list"),
    path("projects/<int:pk>/", ProjectDetailView.as_view(), name="api-project-detail"),
    path("projects/<int:pk>/members/", MemberListView.as_view(), name="api-project-members"),
    path("projects/<int:pk>/members/<int:user_id>/", MemberDetailView.as_view(), name="api-project-member"),
    path("projects/<int:pk>/guidelines/", GuidelinesView.as_view(), name="api-project-guidelines"),
    path("projects/<int:pk>/labels/", ProjectLabelListView.as_view(), name="api-project-labels"),
    path("projects/<int:pk>/labels/<slug:key>/", ProjectLabelDetailView.as_view(), name="api-project-label"),
    path("projects/<int:pk>/documents/", ProjectDocumentListView.as_view(), name="api-project-documents"),
    path(
        "projects/<int:pk>/documents/<int:document_id>/finish/",
        FinishView.as_view(),
        name="api-project-document-finish",
    ),
    path("projects/<int:pk>/assignments/", AssignmentListView.as_view(), name="api-project-assignments"),
    path(
        "projects/<int:pk>/assignments/<int:assignment_id>/",
        AssignmentDetailView.as_view(),
        name="api-project-assignment",
    ),
]
