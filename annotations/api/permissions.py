"""DRF permission classes for the roles (see ``annotations.roles``)."""

from rest_framework.permissions import SAFE_METHODS, BasePermission

from annotations.roles import can_annotate, is_reviewer


class IsReviewer(BasePermission):
    message = "Only reviewers and admins can do this."

    def has_permission(self, request, view) -> bool:
        return is_reviewer(request.user)


class CanAnnotate(BasePermission):
    message = "Only annotators and reviewers can annotate."

    def has_permission(self, request, view) -> bool:
        return can_annotate(request.user)


class ReadOnlyOrReviewer(BasePermission):
    """Everyone signed in reads; reviewers and admins write."""

    message = "Only reviewers and admins can change this."

    def has_permission(self, request, view) -> bool:
        return request.method in SAFE_METHODS or is_reviewer(request.user)
