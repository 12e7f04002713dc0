"""The discussion thread of an annotation: read it, reply to it, mark it read.

An annotation the user cannot see (blind annotation, another project) is 404. Whoever can see an
annotation may discuss it: its annotator, the reviewers and managers of its project, staff.
"""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from django.urls import path
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from annotations.api.schema import error_responses
from annotations.api.serializers.base import StrictSerializer, validated
from annotations.discussion import MESSAGE_MAX_LENGTH, AnnotationMessage
from annotations.models import Annotation
from annotations.selectors import annotations_visible_to
from annotations.services.discussion import message_post, thread_mark_read, thread_messages


class AuthorSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    username = serializers.CharField()


class MessageSerializer(serializers.ModelSerializer):
    author = AuthorSerializer(allow_null=True, help_text="null when the author's account was deleted")

    class Meta:
        model = AnnotationMessage
        fields = ["id", "annotation", "author", "text", "created_at"]


class MessageInSerializer(StrictSerializer):
    # Length and blank text are the service's rules (one message for API and pages); the field only takes text.
    text = serializers.CharField(
        allow_blank=True, trim_whitespace=False, help_text=f"1 to {MESSAGE_MAX_LENGTH} characters"
    )


class ReadSerializer(serializers.Serializer):
    last_message = serializers.IntegerField(help_text="Id of the last message now read (0: the thread is empty)")


def _annotation(request: Request, pk: int) -> Annotation:
    return get_object_or_404(annotations_visible_to(request.user), pk=pk)


class MessagesView(APIView):
    @extend_schema(
        summary="The discussion thread of an annotation, oldest message first",
        responses={200: MessageSerializer(many=True), **error_responses(404)},
    )
    def get(self, request: Request, pk: int) -> Response:
        annotation = _annotation(request, pk)
        return Response(MessageSerializer(thread_messages(annotation), many=True).data)

    @extend_schema(
        summary="Reply in the thread (the annotator, the project's reviewers and managers, staff)",
        request=MessageInSerializer,
        responses={201: MessageSerializer, **error_responses(400, 404)},
    )
    def post(self, request: Request, pk: int) -> Response:
        annotation = _annotation(request, pk)
        data = validated(MessageInSerializer, request.data)
        message = message_post(annotation=annotation, author=request.user, text=data["text"])
        return Response(MessageSerializer(message).data, status=status.HTTP_201_CREATED)


class MessagesReadView(APIView):
    @extend_schema(
        summary="Mark the thread read up to its last message",
        request=None,
        responses={200: ReadSerializer, **error_responses(404)},
    )
    def post(self, request: Request, pk: int) -> Response:
        annotation = _annotation(request, pk)
        return Response({"last_message": thread_mark_read(annotation=annotation, user=request.user)})


urlpatterns = [
    path("annotations/<int:pk>/messages/", MessagesView.as_view(), name="api-annotation-messages"),
    path("annotations/<int:pk>/messages/read/", MessagesReadView.as_view(), name="api-annotation-messages-read"),
]
