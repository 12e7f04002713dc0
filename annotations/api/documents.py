"""Documents (listed with the caller's progress, read with their sentences, imported by reviewers)
and sentences."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import include, path
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import routers, status, viewsets
from rest_framework.decorators import action
from rest_framework.parsers import MultiPartParser
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response

from annotations.api.filters import DocumentFilter, SentenceFilter
from annotations.api.import_jobs import ImportJobSerializer
from annotations.api.pagination import CursorPage, LimitOffsetPage
from annotations.api.permissions import ReadOnlyOrReviewer
from annotations.api.schema import error_responses
from annotations.api.serializers.documents import (
    DocumentDetailSerializer,
    DocumentImportSerializer,
    DocumentSerializer,
    DocumentUploadSerializer,
    ImportReportSerializer,
    SentenceSerializer,
)
from annotations.api.sources import source_upload_fields
from annotations.models import Document, Sentence
from annotations.projects.access import (
    documents_in_reach,
    may_manage,
    member_project_ids,
    projects_visible_to,
    sees_all_projects,
)
from annotations.projects.models import Project
from annotations.projects.services import default_project
from annotations.selectors import documents_with_progress, sentences_with_text
from annotations.services.documents import (
    DocumentInput,
    ImportReport,
    document_input_from_mapping,
    documents_import_file,
    documents_import_inputs,
    title_from_text,
    validate_document_text,
)
from annotations.services.imports import import_job_create, upload_document_count

MAX_DOCUMENTS_PER_REQUEST = 1000
PROJECT_PARAMETER = OpenApiParameter(
    "project", OpenApiTypes.INT, description="Id of a project you manage: the documents go into it."
)
IMPORT_RESPONSES = {
    201: OpenApiResponse(ImportReportSerializer, description="At least one document was new"),
    202: OpenApiResponse(
        ImportJobSerializer,
        description="A large .jsonl file: queued as a background import (follow `url` / `Location`)",
    ),
    200: OpenApiResponse(ImportReportSerializer, description="Every text was already stored"),
    **error_responses(400),
}


def _first_words(text: str, count: int = 12) -> str:
    words = text.split()
    return " ".join(words[:count]) + ("…" if len(words) > count else "")


def _field_messages(error: ValidationError, prefix: str) -> dict[str, list[str]]:
    if hasattr(error, "error_dict"):
        return {f"{prefix}{name}": messages for name, messages in error.message_dict.items()}
    return {prefix.rstrip(".") or "non_field_errors": error.messages}


def _document_inputs(payload: object) -> list[DocumentInput]:
    """One JSON object, or a list of them, checked as the importer checks a .jsonl line."""
    records = payload if isinstance(payload, list) else [payload]
    if not records:
        raise ValidationError("Send a JSON object with a 'text' field, or a list of such objects.")
    if len(records) > MAX_DOCUMENTS_PER_REQUEST:
        raise ValidationError(f"Send at most {MAX_DOCUMENTS_PER_REQUEST} documents per request.")
    inputs, errors = [], {}
    for number, record in enumerate(records):
        prefix = f"[{number}]." if isinstance(payload, list) else ""
        if not isinstance(record, dict):
            errors[prefix.rstrip(".") or "non_field_errors"] = ["Send a JSON object with a 'text' field."]
            continue
        text = record.get("text")
        if isinstance(text, str) and not record.get("title"):
            record = {**record, "title": title_from_text(text, _first_words(text))}
        try:
            item = document_input_from_mapping(record, source=f"document {number}" if prefix else "document")
            validate_document_text(item.text)
        except ValidationError as exc:
            errors.update(_field_messages(exc, prefix))
            continue
        inputs.append(item)
    if errors:
        raise ValidationError(errors)
    return inputs


def _import_project(request: Request) -> Project | None:
    """The project an import goes into: ``project`` (query parameter, or form field of an upload), which
    the caller must manage (staff: any); None (the default project) when not named."""
    raw = request.query_params.get("project")
    if raw is None and hasattr(request.data, "get") and not isinstance(request.data, list):
        raw = request.data.get("project") if request.content_type.startswith("multipart/") else None
    if raw in (None, ""):
        if not sees_all_projects(request.user) and default_project().pk not in member_project_ids(request.user):
            # The default project would hold documents its importer could not see.
            raise ValidationError({"project": "Name the project to import into (project=ID of a project you manage)."})
        return None
    if not str(raw).isascii() or not str(raw).isdigit() or len(str(raw)) > 18:
        raise ValidationError({"project": f"Give a project id (a whole number); got {raw!r}."})
    project = projects_visible_to(request.user).filter(pk=int(raw)).first()
    if project is None:
        raise ValidationError({"project": f"No project {raw} among yours."})
    if not may_manage(request.user, project):
        raise PermissionDenied(f"Only managers of {project.name} can import documents into it.")
    return project


def _is_large_jsonl(upload) -> bool:
    """A .jsonl upload too large to import within the request: it becomes a background job."""
    if not upload.name.lower().endswith(".jsonl"):
        return False
    if upload.size > settings.WORKBENCH_IMPORT_SYNC_MAX_BYTES:
        return True
    return upload_document_count(upload) > settings.WORKBENCH_IMPORT_SYNC_MAX_DOCUMENTS


def _report_response(report: ImportReport) -> Response:
    """All or nothing: any problem rolls the import back (the caller runs it in a transaction)."""
    data = ImportReportSerializer(
        {"created": report.created, "existing": report.existing, "problems": report.problems}
    ).data
    if report.problems:
        transaction.set_rollback(True)
        messages = [str(problem) for problem in report.problems]
        body = {"detail": "Nothing was imported: " + " ".join(messages), "errors": {"file": messages}}
        return Response({**body, "problems": data["problems"]}, status=status.HTTP_400_BAD_REQUEST)
    return Response(data, status=status.HTTP_201_CREATED if report.created else status.HTTP_200_OK)


@extend_schema_view(
    list=extend_schema(responses={200: DocumentSerializer(many=True), **error_responses(400)}),
    retrieve=extend_schema(responses={200: DocumentDetailSerializer, **error_responses(404)}),
)
class DocumentViewSet(viewsets.ReadOnlyModelViewSet):
    permission_classes = [IsAuthenticated, ReadOnlyOrReviewer]
    filterset_class = DocumentFilter
    ordering_fields = ["id", "title", "published_on", "imported_at"]
    pagination_class = LimitOffsetPage
    lookup_value_regex = r"\d+"

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # the schema generator has no signed-in user
            return Document.objects.none()
        queryset = documents_with_progress(self.request.user)
        if self.action == "retrieve":
            queryset = queryset.defer(None).prefetch_related("sentences")
        return queryset

    def get_serializer_class(self):
        return DocumentDetailSerializer if self.action == "retrieve" else DocumentSerializer

    @extend_schema(
        summary="Import documents as JSON (reviewers and admins)",
        description="One object or a list of objects. The same text imported again is reported under "
        "`existing`. All or nothing: if any document is refused, none is stored. `?project=ID` imports into "
        "a project you manage (default: the default project); a text stored already joins that project.",
        parameters=[PROJECT_PARAMETER],
        request=DocumentImportSerializer,
        responses=IMPORT_RESPONSES,
    )
    def create(self, request: Request) -> Response:
        project = _import_project(request)
        items = _document_inputs(request.data)
        with transaction.atomic():
            return _report_response(documents_import_inputs(items=items, imported_by=request.user, project=project))

    @extend_schema(
        summary="Import a .txt, .jsonl, .html/.htm or .pdf file (reviewers and admins)",
        description="Multipart form with the field `file`. All or nothing, as for the JSON import. A saved web "
        "page (.html, .htm) or a PDF becomes one document whose text, title, publisher, URL and date are "
        "extracted from it; the file itself is kept unchanged as the document's source file "
        "(`GET /api/v1/documents/{id}/source/`, at most WORKBENCH_MAX_SOURCE_BYTES, default 20 MB); the form "
        "fields `url` and `captured_at` say where and when it was captured. A .jsonl file "
        "with more than WORKBENCH_IMPORT_SYNC_MAX_DOCUMENTS documents (default 500) or bytes than "
        "WORKBENCH_IMPORT_SYNC_MAX_BYTES (default 2 MB) is imported by a background job: the answer is 202 "
        "with the job, whose progress `GET /api/v1/import-jobs/{id}/` reports. `project` (query parameter or "
        "form field) imports into a project you manage.",
        parameters=[PROJECT_PARAMETER],
        request={"multipart/form-data": DocumentUploadSerializer},
        responses={**IMPORT_RESPONSES, 413: error_responses(413)[413], 415: error_responses(415)[415]},
    )
    @action(detail=False, methods=["post"], parser_classes=[MultiPartParser], url_path="upload")
    def upload(self, request: Request) -> Response:
        upload = request.FILES.get("file")
        if upload is None:
            raise ValidationError(
                {"file": "Attach a .txt, .jsonl, .html, .htm or .pdf file as the multipart form field 'file'."}
            )
        project = _import_project(request)
        source_fields = source_upload_fields(request, upload.name)
        if _is_large_jsonl(upload):
            job = import_job_create(name=upload.name, upload=upload, created_by=request.user, project=project)
            body = ImportJobSerializer(job).data
            return Response(body, status=status.HTTP_202_ACCEPTED, headers={"Location": body["url"]})
        with transaction.atomic():
            report = documents_import_file(
                name=upload.name, data=upload.read(), imported_by=request.user, project=project, **source_fields
            )
            return _report_response(report)


@extend_schema_view(
    list=extend_schema(responses={200: SentenceSerializer(many=True), **error_responses(400)}),
    retrieve=extend_schema(responses={200: SentenceSerializer, **error_responses(404)}),
)
class SentenceViewSet(viewsets.ReadOnlyModelViewSet):
    """Sentences in document order, with their text; filter by ``document``."""

    serializer_class = SentenceSerializer
    filter_backends = [DjangoFilterBackend]
    filterset_class = SentenceFilter
    pagination_class = CursorPage

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Sentence.objects.none()
        return documents_in_reach(sentences_with_text(), self.request.user, field="document_id")


router = routers.SimpleRouter()
router.register("documents", DocumentViewSet, basename="document")
router.register("sentences", SentenceViewSet, basename="sentence")
urlpatterns = [path("", include(router.urls))]
