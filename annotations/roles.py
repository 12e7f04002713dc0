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
    """Reviewers and admins see every annotation and decide on them."""
    return bool(user.is_authenticated and (user.is_staff or REVIEWER in _group_names(user)))


def can_annotate(user) -> bool:
    return bool(user.is_authenticated and (user.is_staff or _group_names(user) & {ANNOTATOR, REVIEWER}))
