"""What a user may see and do in which project. Every read path narrows its queryset here.

Staff see every project. Anyone else sees the projects they are a member of, and inside a project
their role decides: reviewers and managers see everyone's work, annotators only their own (blind
annotation). An object of a project the user is not in is as good as absent (404, never 403).

The membership of a user is read once per request-bound user object and cached on it.
"""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Q, QuerySet

from annotations.projects.models import REVIEWING_ROLES, Project, ProjectDocument, ProjectMembership, ProjectRole


def project_roles(user) -> dict[int, str]:
    """project id -> the user's role in it (empty for anonymous users)."""
    cached = getattr(user, "_workbench_project_roles", None)
    if cached is None:
        cached = (
            dict(ProjectMembership.objects.filter(user_id=user.pk).values_list("project_id", "role"))
            if user.is_authenticated
            else {}
        )
        user._workbench_project_roles = cached
    return cached


def forget_project_roles(user) -> None:
    """Drop the cached membership (after it changed within the same request or test)."""
    # delattr, not __dict__.pop: request.user is a SimpleLazyObject, which passes delattr on to the user.
    try:
        del user._workbench_project_roles
    except AttributeError:
        pass


def sees_all_projects(user) -> bool:
    return bool(user.is_authenticated and user.is_staff)


def may_create_projects(user) -> bool:
    """Staff and reviewers (the reviewer group, or a reviewer or manager of some project) create projects;
    the page and the API ask this one question."""
    from annotations.roles import is_reviewer

    return is_reviewer(user)


def member_project_ids(user) -> set[int]:
    return set(project_roles(user))


def reviewing_project_ids(user) -> set[int]:
    """Projects where ``user`` sees everyone's work (reviewer or manager)."""
    return {pk for pk, role in project_roles(user).items() if role in REVIEWING_ROLES}


def managed_project_ids(user) -> set[int]:
    return {pk for pk, role in project_roles(user).items() if role == ProjectRole.MANAGER}


def role_in(user, project) -> str | None:
    """The user's role in ``project`` (a Project or an id); staff count as managers everywhere."""
    if sees_all_projects(user):
        return ProjectRole.MANAGER
    pk = project.pk if isinstance(project, Project) else project
    return project_roles(user).get(pk)


def may_review_in(user, project) -> bool:
    return role_in(user, project) in REVIEWING_ROLES


def may_manage(user, project) -> bool:
    return role_in(user, project) == ProjectRole.MANAGER


# --- narrowing querysets ---------------------------------------------------------------------------


def projects_visible_to(user) -> QuerySet[Project]:
    projects = Project.objects.all()
    return projects if sees_all_projects(user) else projects.filter(pk__in=member_project_ids(user))


def annotations_in_reach(queryset: QuerySet, user, *, prefix: str = "") -> QuerySet:
    """Annotations (or rows reached through ``prefix``, e.g. "annotation__") ``user`` may see:
    everything in projects they review, their own work in projects they annotate."""
    if sees_all_projects(user):
        return queryset
    reviewing, member = reviewing_project_ids(user), member_project_ids(user)
    return queryset.filter(
        Q(**{f"{prefix}project_id__in": reviewing})
        | Q(**{f"{prefix}project_id__in": member - reviewing, f"{prefix}annotator_id": user.pk})
    )


def documents_in_reach(queryset: QuerySet, user, *, field: str = "pk") -> QuerySet:
    """Documents (or rows whose ``field`` is a document id) in a project ``user`` is a member of."""
    if sees_all_projects(user):
        return queryset
    in_project = ProjectDocument.objects.filter(document_id=OuterRef(field), project_id__in=member_project_ids(user))
    return queryset.filter(Exists(in_project))


def project_owned_in_reach(queryset: QuerySet, user, *, reviewing: bool = False) -> QuerySet:
    """Rows with a ``project`` (incidents, releases, import jobs) in the user's projects; with
    ``reviewing``, only projects they review or manage."""
    if sees_all_projects(user):
        return queryset
    ids = reviewing_project_ids(user) if reviewing else member_project_ids(user)
    return queryset.filter(project_id__in=ids)
