"""The review queue, review decisions (one, many, or a sentence's worth), for reviewers.

Views check input, call one service from ``annotations.services.reviewing`` and return the stored
annotation in the shape of the annotation endpoints.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import path
from django.utils import timezone
from django_filters import rest_framework as filters
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import generics, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from annotations.api.filters import IdFilter
from annotations.api.pagination import LimitOffsetPage
from annotations.api.permissions import IsReviewer
from annotations.api.schema import error_responses
from annotations.api.serializers.annotations import AnnotationSerializer, annotation_data
from annotations.api.serializers.base import iso, validated
from annotations.api.serializers.review import (
    AdjudicateSerializer,
    ApproveSerializer,
    BulkDecisionSerializer,
    BulkOutcomeSerializer,
    ClaimedItemSerializer,
    ClaimSerializer,
    DecidedSerializer,
    QueueItemSerializer,
    RejectSerializer,
)
from annotations.models import Annotation, AnnotationStatus, Sentence
from annotations.projects.access import annotations_in_reach, documents_in_reach
from annotations.roles import is_reviewer
from annotations.selectors import annotations_for_api, sentences_with_text
from annotations.services.reviewing import (
    annotation_approve,
    annotation_reject,
    annotation_reopen,
    review_bulk_decide,
    review_queue_claim,
    review_queue_progress,
    reviewable_by,
    sentence_adjudicate,
)


def _fresh(user, pks: list[int]) -> list[dict]:
    """The stored annotations in the API's shape, in the order of ``pks`` (two queries)."""
    stored = annotations_for_api(user).in_bulk(pks)
    return [annotation_data(stored[pk]) for pk in pks]


def queue_item_data(annotation: Annotation) -> dict:
    held = annotation.claimed_until and annotation.claimed_until > timezone.now()
    return annotation_data(annotation) | {
        "held_by": annotation.claimed_by.username if held and annotation.claimed_by_id else None,
        "held_until": iso(annotation.claimed_until) if held else None,
    }


def _sentence_ref(sentence) -> dict | None:
    return None if sentence is None else {"id": sentence.pk, "index": sentence.index, "text": sentence.text}


def queue_context(annotation: Annotation, user) -> dict:
    """The item's sentence with its neighbours, where it was published, and what others said about it."""
    sentence = annotation.sentence
    document = annotation.sentence.document
    nearby = {
        s.index: s
        for s in sentences_with_text().filter(
            document_id=document.pk, index__range=(sentence.index - 1, sentence.index + 1)
        )
    }
    others = (
        annotations_for_api(user)
        .filter(sentence_id=sentence.pk)
        .exclude(annotator_id=annotation.annotator_id)
        .order_by("annotator__username", "label__order", "id")
    )
    return {
        "document": {
            "id": document.pk,
            "title": document.title,
            "publisher": {"id": document.publisher_id, "name": document.publisher.name} if document.publisher else None,
            "url": document.url,
            "published_on": document.published_on.isoformat() if document.published_on else None,
        },
        "sentence": _sentence_ref(nearby.get(sentence.index)),
        "previous": _sentence_ref(nearby.get(sentence.index - 1)),
        "next": _sentence_ref(nearby.get(sentence.index + 1)),
        "others": [annotation_data(other) for other in others],
    }


class QueueFilter(filters.FilterSet):
    label = filters.CharFilter(field_name="label__key", help_text="Label key.")
    document = IdFilter(field_name="sentence__document_id", help_text="Document id.")
    publisher = IdFilter(field_name="sentence__document__publisher_id", help_text="Actor id.")
    annotator = IdFilter(field_name="annotator_id", help_text="User id.")
    project = IdFilter(field_name="project_id", help_text="Project id.")

    class Meta:
        model = Annotation
        fields = ["label", "document", "publisher", "annotator", "project"]


class ReviewQueueView(generics.ListAPIView):
    """Submitted annotations waiting for a decision, oldest submission first."""

    permission_classes = [IsReviewer]
    serializer_class = QueueItemSerializer
    filterset_class = QueueFilter
    filter_backends = [filters.DjangoFilterBackend]
    pagination_class = LimitOffsetPage

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # the schema generator has no signed-in user
            return Annotation.objects.none()
        return (
            reviewable_by(annotations_for_api(self.request.user), self.request.user)
            .exclude(annotator=self.request.user)
            .select_related("claimed_by")
            .filter(status=AnnotationStatus.SUBMITTED)
            .order_by("submitted_at", "id")
        )

    def list(self, request: Request, *args, **kwargs) -> Response:
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        return self.get_paginated_response([queue_item_data(annotation) for annotation in page])


class ReviewQueueClaimView(APIView):
    permission_classes = [IsReviewer]

    @extend_schema(
        summary="Take the next item from the review queue",
        description="Hands you the oldest submitted item nobody holds (never your own) and holds it for you "
        "for WORKBENCH_REVIEW_HOLD_SECONDS (default 10 minutes); asking again while you hold it returns the "
        "same item. `skip` releases an item you hold and moves on. `seen` lists the items shown in this pass: "
        "none of them comes back, so skipping visits every item once and then answers 204 (send `seen: []` to "
        "start a new pass). The item carries `position` and `total` in the filtered queue and how many are "
        "`remaining` unseen. The same filters as the queue list apply.",
        request=ClaimSerializer,
        responses={
            200: ClaimedItemSerializer,
            204: OpenApiResponse(description="Nothing left to review"),
            **error_responses(400, 404),
        },
    )
    def post(self, request: Request) -> Response:
        data = dict(validated(ClaimSerializer, request.data))
        skip = None
        if "skip" in data:
            skip = get_object_or_404(
                annotations_in_reach(Annotation.objects.only("id"), request.user), pk=data.pop("skip")
            )
        seen = data.pop("seen", [])
        claimed = review_queue_claim(reviewer=request.user, skip=skip, seen=seen, **data)
        if claimed is None:
            return Response(status=status.HTTP_204_NO_CONTENT)
        annotation = (
            annotations_for_api(request.user)
            .select_related("claimed_by", "sentence__document__publisher")
            .get(pk=claimed.pk)
        )
        progress = review_queue_progress(item=annotation, reviewer=request.user, seen=seen, **data)
        return Response(queue_item_data(annotation) | {"context": queue_context(annotation, request.user)} | progress)


class DecisionView(APIView):
    """approve / reject / reopen one annotation."""

    action = ""
    input_serializer = ApproveSerializer

    def post(self, request: Request, pk: int) -> Response:
        if not is_reviewer(request.user):  # before the lookup: it says nothing about the annotation
            raise PermissionDenied("Only reviewers can approve, reject or reopen annotations.")
        # An annotation the reviewer cannot see (another project's, or blind to them) is absent: 404.
        annotation = get_object_or_404(annotations_in_reach(Annotation.objects.only("id"), request.user), pk=pk)
        data = validated(self.input_serializer, request.data)
        comment = data.get("comment", "")
        if self.action == "approve":
            annotation_approve(annotation=annotation, reviewer=request.user, comment=comment)
        elif self.action == "reject":
            annotation_reject(
                annotation=annotation, reviewer=request.user, reason=data.get("reason", ""), comment=comment
            )
        else:
            annotation_reopen(annotation=annotation, reviewer=request.user, comment=comment)
        return Response(_fresh(request.user, [annotation.pk])[0])


_DECISION_ERRORS = error_responses(400, 404, 409)


class ApproveView(DecisionView):
    action = "approve"

    @extend_schema(
        summary="Approve a submitted annotation",
        description="Not your own. 409 (with the current state) unless the annotation is submitted.",
        request=ApproveSerializer,
        responses={200: AnnotationSerializer, **_DECISION_ERRORS},
    )
    def post(self, request: Request, pk: int) -> Response:
        return super().post(request, pk)


class RejectView(DecisionView):
    action = "reject"
    input_serializer = RejectSerializer

    @extend_schema(
        summary="Reject a submitted annotation with a reason",
        description="`reason` is required; `other` also needs a `comment`. The annotator edits and resubmits.",
        request=RejectSerializer,
        responses={200: AnnotationSerializer, **_DECISION_ERRORS},
    )
    def post(self, request: Request, pk: int) -> Response:
        return super().post(request, pk)


class ReopenView(DecisionView):
    action = "reopen"

    @extend_schema(
        summary="Reopen an approved annotation",
        description="Approved annotations are frozen; reopening puts one back to draft so it can be edited.",
        request=ApproveSerializer,
        responses={200: AnnotationSerializer, **_DECISION_ERRORS},
    )
    def post(self, request: Request, pk: int) -> Response:
        return super().post(request, pk)


class BulkDecisionView(APIView):
    permission_classes = [IsReviewer]

    @extend_schema(
        summary="Approve or reject many annotations",
        description="Each decision is checked, stored and logged on its own: the ones that cannot be made are "
        "listed in `failed` with the reason and change nothing; the others are made.",
        request=BulkDecisionSerializer,
        responses={200: BulkOutcomeSerializer, **error_responses(400)},
    )
    def post(self, request: Request) -> Response:
        decisions = validated(BulkDecisionSerializer, request.data)["decisions"]
        outcome = review_bulk_decide(reviewer=request.user, decisions=[dict(d) for d in decisions])
        return Response({"decided": _fresh(request.user, [a.pk for a in outcome.decided]), "failed": outcome.failed})


class AdjudicateView(APIView):
    permission_classes = [IsReviewer]

    @extend_schema(
        summary="Settle several annotators' labels on one sentence",
        description="Approve the annotations in `approve` and reject those in `reject` (with one `reason`), "
        "all on the same sentence, in one step: all decisions are made, or none.",
        request=AdjudicateSerializer,
        responses={200: DecidedSerializer, **error_responses(400, 404, 409)},
    )
    def post(self, request: Request) -> Response:
        data = validated(AdjudicateSerializer, request.data)
        sentence = get_object_or_404(
            documents_in_reach(Sentence.objects.only("id"), request.user, field="document_id"), pk=data["sentence"]
        )
        decided = sentence_adjudicate(
            sentence=sentence,
            reviewer=request.user,
            approve=data.get("approve", []),
            reject=data.get("reject", []),
            reason=data.get("reason", ""),
            comment=data.get("comment", ""),
        )
        return Response({"decided": _fresh(request.user, [a.pk for a in decided])})


urlpatterns = [
    path("review-queue/", ReviewQueueView.as_view(), name="api-review-queue"),
    path("review-queue/claim/", ReviewQueueClaimView.as_view(), name="api-review-queue-claim"),
    path("annotations/<int:pk>/approve/", ApproveView.as_view(), name="api-annotation-approve"),
    path("annotations/<int:pk>/reject/", RejectView.as_view(), name="api-annotation-reject"),
    path("annotations/<int:pk>/reopen/", ReopenView.as_view(), name="api-annotation-reopen"),
    path("review/bulk/", BulkDecisionView.as_view(), name="api-review-bulk"),
    path("review/adjudicate/", AdjudicateView.as_view(), name="api-review-adjudicate"),
]
