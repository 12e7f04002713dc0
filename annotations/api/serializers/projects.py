"""Projects as the API reads them, and what clients send to change them."""

from __future__ import annotations

from rest_framework import serializers

from annotations.api.serializers.annotations import UserRefSerializer
from annotations.api.serializers.base import StrictSerializer, iso
from annotations.filters import MAX_ID
from annotations.projects.models import AssignmentRole, ProjectRole

_ID = {"min_value": 1, "max_value": MAX_ID}


# --- input -----------------------------------------------------------------------------------------


class ProjectInputSerializer(StrictSerializer):
    name = serializers.CharField(max_length=200)
    description = serializers.CharField(required=False, allow_blank=True, max_length=20_000)


class ProjectUpdateSerializer(StrictSerializer):
    name = serializers.CharField(max_length=200, required=False)
    description = serializers.CharField(required=False, allow_blank=True, max_length=20_000)


class ProjectLabelInputSerializer(StrictSerializer):
    """An existing label by its key alone, or a new label: key, name and optionally the rest."""

    key = serializers.SlugField(max_length=50, help_text="An existing label's key, or the new label's")
    name = serializers.CharField(required=False, max_length=100, help_text="A new label's name")
    colour = serializers.RegexField(
        r"^#[0-9a-fA-F]{6}$", required=False, help_text="#rrggbb; a free colour is chosen when left out"
    )
    guideline = serializers.CharField(
        required=False, allow_blank=True, max_length=20_000, help_text="Shown beside the label's button"
    )
    shortcut = serializers.CharField(
        required=False, min_length=1, max_length=1, help_text="One character that applies the label on the page"
    )


class MemberInputSerializer(StrictSerializer):
    user = serializers.IntegerField(help_text="User id", **_ID)
    role = serializers.ChoiceField(choices=ProjectRole.choices, default=ProjectRole.ANNOTATOR)


class GuidelinesInputSerializer(StrictSerializer):
    text = serializers.CharField(max_length=200_000, help_text="The whole new version, in Markdown")


class ProjectDocumentsInputSerializer(StrictSerializer):
    documents = serializers.ListField(
        child=serializers.IntegerField(**_ID), allow_empty=False, max_length=10_000, help_text="Document ids"
    )


class AssignmentInputSerializer(StrictSerializer):
    """By hand (`document` and `annotator`, optionally `role`) or automatic (`overlap` and `annotators`)."""

    document = serializers.IntegerField(required=False, help_text="By hand: the document id", **_ID)
    annotator = serializers.IntegerField(required=False, help_text="By hand: the member's user id", **_ID)
    role = serializers.ChoiceField(
        choices=AssignmentRole.choices, required=False, help_text="By hand: annotator (default) or reviewer"
    )
    overlap = serializers.IntegerField(
        required=False, min_value=1, max_value=100, help_text="Automatic: how many annotators each document goes to"
    )
    annotators = serializers.ListField(
        child=serializers.IntegerField(**_ID),
        required=False,
        allow_empty=False,
        max_length=1000,
        help_text="Automatic: the members' user ids to share the project's documents between",
    )

    def validate(self, attrs):
        by_hand = "document" in attrs or "annotator" in attrs
        automatic = "overlap" in attrs or "annotators" in attrs
        if by_hand and automatic:
            raise serializers.ValidationError(
                "Either assign by hand (document, annotator) or automatically (overlap, annotators), not both."
            )
        if automatic:
            missing = [name for name in ("overlap", "annotators") if name not in attrs]
            if missing:
                raise serializers.ValidationError({name: ["Required for an automatic assignment."] for name in missing})
        elif by_hand:
            missing = [name for name in ("document", "annotator") if name not in attrs]
            if missing:
                raise serializers.ValidationError({name: ["Required for an assignment by hand."] for name in missing})
        else:
            raise serializers.ValidationError(
                'Send {"document": id, "annotator": id} or {"overlap": 2, "annotators": [ids]}.'
            )
        if "role" in attrs and not by_hand:
            raise serializers.ValidationError({"role": ["Only an assignment by hand takes a role."]})
        return attrs


# --- output ----------------------------------------------------------------------------------------


def user_ref(user) -> dict | None:
    return None if user is None else {"id": user.pk, "username": user.username}


class ProjectSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    description = serializers.CharField()
    is_default = serializers.BooleanField(help_text="Imports that name no project land here")
    labels = serializers.ListField(child=serializers.CharField(), help_text="The project's label keys")
    my_role = serializers.ChoiceField(
        choices=ProjectRole.choices, allow_null=True, help_text="Your role in the project (staff: manager)"
    )
    document_count = serializers.IntegerField()
    member_count = serializers.IntegerField()
    guidelines_version = serializers.IntegerField(allow_null=True, help_text="Number of the current guidelines")
    created_at = serializers.DateTimeField()


def project_data(project, role: str | None) -> dict:
    """A project read through ``selectors_projects.projects_with_counts`` (its counts annotated)."""
    return {
        "id": project.pk,
        "name": project.name,
        "description": project.description,
        "is_default": project.is_default,
        "labels": [label.key for label in project.labels.all()],
        "my_role": role,
        "document_count": project.document_count,
        "member_count": project.member_count,
        "guidelines_version": project.guidelines_version,
        "created_at": iso(project.created_at),
    }


class MemberSerializer(serializers.Serializer):
    user = UserRefSerializer()
    role = serializers.ChoiceField(choices=ProjectRole.choices)
    added_at = serializers.DateTimeField()


def member_data(membership) -> dict:
    return {"user": user_ref(membership.user), "role": membership.role, "added_at": iso(membership.added_at)}


class GuidelineVersionSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    number = serializers.IntegerField()
    text = serializers.CharField(help_text="Markdown")
    created_by = UserRefSerializer(allow_null=True)
    created_at = serializers.DateTimeField()


def guideline_data(version) -> dict:
    return {
        "id": version.pk,
        "number": version.number,
        "text": version.text,
        "created_by": user_ref(version.created_by),
        "created_at": iso(version.created_at),
    }


class AddedSerializer(serializers.Serializer):
    added = serializers.IntegerField(help_text="How many of the documents were new to the project")


class AssignmentSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    document = serializers.IntegerField()
    annotator = UserRefSerializer()
    role = serializers.ChoiceField(choices=AssignmentRole.choices)
    finished = serializers.BooleanField(help_text="The assignee marked the document finished")
    assigned_at = serializers.DateTimeField()


def assignment_data(assignment, finished: bool) -> dict:
    return {
        "id": assignment.pk,
        "document": assignment.document_id,
        "annotator": user_ref(assignment.user),
        "role": assignment.role,
        "finished": finished,
        "assigned_at": iso(assignment.assigned_at),
    }


class FinishSerializer(serializers.Serializer):
    project = serializers.IntegerField()
    document = serializers.IntegerField()
    annotator = serializers.IntegerField()
    finished_at = serializers.DateTimeField()


def finish_data(finish) -> dict:
    return {
        "project": finish.project_id,
        "document": finish.document_id,
        "annotator": finish.annotator_id,
        "finished_at": iso(finish.finished_at),
    }
