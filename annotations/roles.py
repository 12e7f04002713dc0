"""Who may do what: the two working roles are auth groups, staff are admins.

The group names are read once per request-bound user object and cached on it.
"""

from __future__ import annotations

ANNOTATOR = "annotator"
REVIEWER = "reviewer"


def _group_names(user) -> frozenset[str]:
    cached = getattr(user, "_workbench_groups", None)
    if cached is None:
        if user.is_authenticated:
            from annotations.services.rows import user_group_names

            cached = frozenset(user_group_names(user.pk))
        else:
            cached = frozenset()
        user._workbench_groups = cached
    return cached


def is_reviewer(user) -> bool:
    """Reviewers and admins reach the review pages and endpoints: staff, the reviewer group, or a
    reviewer or manager of some project. *What* they see there is narrowed per project by
    ``annotations.projects.access`` (everyone's work only in the projects they review)."""
    if not user.is_authenticated:
        return False
    if user.is_staff or REVIEWER in _group_names(user):
        return True
    from annotations.projects.access import reviewing_project_ids

    return bool(reviewing_project_ids(user))


def can_annotate(user) -> bool:
    """Annotators, reviewers and admins, and any member of a project."""
    if not user.is_authenticated:
        return False
    if user.is_staff or _group_names(user) & {ANNOTATOR, REVIEWER}:
        return True
    from annotations.projects.access import member_project_ids

    return bool(member_project_ids(user))
