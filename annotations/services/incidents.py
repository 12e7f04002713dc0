"""Incidents: the real-world events that claims are about. Create, edit, link claims, merge, grade.

Annotators may create an incident (the annotation page picks or creates one inline) and link their
own editable claims to it; editing, grading and merging are for reviewers. A merged incident keeps
a pointer to the one that absorbed it and takes no more changes. Every change appends an event.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from annotations.errors import Conflict, StaleVersion
from annotations.models import Annotation, DatePrecision, EventKind, Grade, Incident, IncidentLink
from annotations.projects.access import may_review_in, member_project_ids, projects_visible_to, sees_all_projects
from annotations.projects.models import Project
from annotations.projects.services import default_project
from annotations.roles import can_annotate, is_reviewer
from annotations.services.annotating import EDITABLE_STATES
from annotations.services.events import changed_fields, event_record
from annotations.text.names import search_key

LINKABLE_LABELS = ("casualty_claim", "attribution")
EDITABLE_FIELDS = (
    "title",
    "occurred_on",
    "date_precision",
    "place_name",
    "admin_area",
    "latitude",
    "longitude",
    "strike_type",
    "description",
    "aliases",
)
MAX_ALIASES = 50


def incident_snapshot(incident: Incident) -> dict:
    snapshot = {name: getattr(incident, name) for name in EDITABLE_FIELDS + ("grade", "grade_note")}
    snapshot["occurred_on"] = incident.occurred_on.isoformat() if incident.occurred_on else None
    for name in ("latitude", "longitude"):
        snapshot[name] = None if snapshot[name] is None else str(snapshot[name])
    snapshot["merged_into"] = incident.merged_into_id
    snapshot["aliases"] = list(incident.aliases or [])
    snapshot["id"], snapshot["version"] = incident.pk, incident.version
    return snapshot


def incident_search_key(incident: Incident) -> str:
    """What the tolerant search matches: the keys of the title, the place name and the aliases."""
    return search_key(incident.title, incident.place_name, *(incident.aliases or []))


def check_incident_version(*, incident: Incident, version) -> None:
    if version is None:
        raise ValidationError({"version": "Send the version of the incident you edited (its `version` field)."})
    if version != incident.version:
        raise StaleVersion(
            f"This incident was changed since you loaded it (you edited version {version}, "
            f"the stored one is {incident.version}). Reload it and apply your change again.",
            current=incident_snapshot(incident),
        )


def _check_reviewer(user, what: str, project_id: int | None = None) -> None:
    if not is_reviewer(user):
        raise PermissionDenied(f"Only reviewers can {what}.")
    if project_id is not None and not may_review_in(user, project_id):
        raise PermissionDenied(f"Only reviewers of the incident's project can {what}.")


def _reviews(user, project_id: int | None) -> bool:
    """Reviewers (and managers, and staff) of the project see and change everyone's claims in it."""
    return may_review_in(user, project_id) if project_id is not None else sees_all_projects(user)


def incident_project(*, by, project: Project | int | None = None) -> Project:
    """The project a new incident belongs to: the one named (one of ``by``'s), else ``by``'s only project."""
    if project is not None:
        pk = project.pk if isinstance(project, Project) else project
        found = projects_visible_to(by).filter(pk=pk).first()
        if found is None:
            raise ValidationError({"project": f"No project {pk} among yours."})
        return found
    mine = sorted(member_project_ids(by))
    if len(mine) == 1:
        return Project.objects.get(pk=mine[0])
    if not mine:
        if sees_all_projects(by):  # staff outside every project: the default project
            return default_project()
        raise PermissionDenied("You are a member of no project, so you cannot create incidents.")
    raise ValidationError({"project": "You are a member of several projects; name the incident's project (project)."})


def _check_not_merged(incident: Incident) -> None:
    if incident.merged_into_id:
        raise Conflict(
            f"Incident {incident.pk} was merged into incident {incident.merged_into_id}; change that one instead.",
            current={"id": incident.pk, "merged_into": incident.merged_into_id},
        )


def _clean_fields(fields: dict) -> dict:
    """Check and normalise the editable fields; raise one ValidationError naming every bad one."""
    unknown = sorted(set(fields) - set(EDITABLE_FIELDS))
    if unknown:
        raise ValidationError({name: "This field cannot be set here." for name in unknown})
    cleaned, errors = {}, {}
    for name, value in fields.items():
        if name in ("title", "place_name", "admin_area", "strike_type", "description"):
            value = (value or "").strip()
            if name == "title" and not value:
                errors[name] = "An incident needs a title."
        elif name == "occurred_on" and value not in (None, ""):
            if isinstance(value, str):
                try:
                    value = dt.date.fromisoformat(value)
                except ValueError:
                    errors[name] = f"{value!r} is not a date (YYYY-MM-DD)."
            elif not isinstance(value, dt.date):
                errors[name] = "must be a date."
        elif name == "occurred_on":
            value = None
        elif name == "date_precision" and value not in DatePrecision.values:
            errors[name] = f"must be one of {', '.join(DatePrecision.values)}"
        elif name in ("latitude", "longitude") and value not in (None, ""):
            limit = 90 if name == "latitude" else 180
            try:
                value = Decimal(str(value)).quantize(Decimal("0.000001"))
            except (InvalidOperation, ValueError):
                errors[name] = "must be a number."
            else:
                if not -limit <= value <= limit:
                    errors[name] = f"must lie between -{limit} and {limit}."
        elif name in ("latitude", "longitude"):
            value = None
        elif name == "aliases":
            value, problem = _clean_aliases(value)
            if problem:
                errors[name] = problem
        cleaned[name] = value
    if errors:
        raise ValidationError(errors)
    return cleaned


def _clean_aliases(value) -> tuple[list[str], str]:
    """Aliases as a list of distinct non-empty names (trimmed), or the reason they are refused."""
    if value is None:
        return [], ""
    if not isinstance(value, list | tuple) or not all(isinstance(alias, str) for alias in value):
        return [], "must be a list of names."
    aliases = list(dict.fromkeys(alias.strip() for alias in value if alias.strip()))
    if len(aliases) > MAX_ALIASES:
        return [], f"at most {MAX_ALIASES} aliases."
    if any(len(alias) > 200 for alias in aliases):
        return [], "each alias is at most 200 characters."
    return aliases, ""


@transaction.atomic
def incident_create(*, by, title: str, project: Project | int | None = None, **fields) -> Incident:
    """A new incident in ``project`` (one of ``by``'s; left out: their only project)."""
    if not can_annotate(by):
        raise PermissionDenied("Only annotators and reviewers can create incidents.")
    cleaned = _clean_fields({"title": title, **fields})
    owner = incident_project(by=by, project=project)
    incident = Incident(created_by=by, project=owner, **cleaned)
    incident.search_key = incident_search_key(incident)
    incident.save()
    event_record(kind=EventKind.INCIDENT_CREATED, actor=by, incident=incident, after=incident_snapshot(incident))
    return incident


@transaction.atomic
def incident_update(*, incident: Incident, by, version: int | None, **fields) -> Incident:
    """Edit the incident's description fields (not its grade: see ``incident_grade``).

    ``version`` is the one the editor loaded: a stale one raises ``StaleVersion`` (HTTP 409)."""
    _check_reviewer(by, "edit incidents", incident.project_id)
    incident = Incident.objects.select_for_update().get(pk=incident.pk)
    _check_not_merged(incident)
    check_incident_version(incident=incident, version=version)
    cleaned = _clean_fields(fields)
    before = incident_snapshot(incident)
    for name, value in cleaned.items():
        setattr(incident, name, value)
    changed_before, changed_after = changed_fields(before, incident_snapshot(incident))
    if not changed_after:
        return incident  # nothing to change: the version stays
    incident.search_key = incident_search_key(incident)
    incident.version += 1
    incident.save()
    changed_before["version"], changed_after["version"] = before["version"], incident.version
    event_record(
        kind=EventKind.INCIDENT_EDITED, actor=by, incident=incident, before=changed_before, after=changed_after
    )
    return incident


@transaction.atomic
def incident_grade(*, incident: Incident, by, grade: str, note: str, version: int | None) -> Incident:
    """Grade an incident on the Airwars scale. Every grade change says why, in a note. ``version``
    is the one the grader loaded: a stale one raises ``StaleVersion`` (HTTP 409)."""
    _check_reviewer(by, "grade incidents", incident.project_id)
    if grade not in Grade.values:
        raise ValidationError({"grade": f"Unknown grade {grade!r}; use one of {', '.join(Grade.values)}."})
    note = (note or "").strip()
    if not note:
        raise ValidationError({"note": "Say why the incident gets this grade: a grade change needs a note."})
    incident = Incident.objects.select_for_update().get(pk=incident.pk)
    _check_not_merged(incident)
    check_incident_version(incident=incident, version=version)
    before = {"grade": incident.grade, "grade_note": incident.grade_note}
    incident.grade, incident.grade_note = grade, note
    incident.version += 1
    incident.save(update_fields=["grade", "grade_note", "version"])
    event_record(
        kind=EventKind.INCIDENT_GRADED,
        actor=by,
        incident=incident,
        comment=note,
        before=before,
        after={"grade": grade, "grade_note": note},
    )
    return incident


def check_linkable(*, annotation: Annotation, by) -> None:
    # Ownership first: an annotator learns nothing (not even the label) of another's annotation.
    reviews = _reviews(by, annotation.project_id)
    if not reviews and annotation.annotator_id != by.pk:
        raise PermissionDenied("You can only link your own annotations to incidents.")
    if annotation.label.key not in LINKABLE_LABELS:
        raise ValidationError(
            {"annotation": f"Only casualty claims and attributions link to incidents, not {annotation.label.key!r}."}
        )
    if reviews:
        return
    if annotation.status not in EDITABLE_STATES:
        raise Conflict(
            f"This annotation is {annotation.status}; only draft or rejected annotations can be relinked "
            "by their annotator (a reviewer can link it).",
            current={"id": annotation.pk, "status": annotation.status, "version": annotation.version},
        )


@transaction.atomic
def incident_link(*, incident: Incident, annotation: Annotation, by) -> IncidentLink:
    incident = Incident.objects.select_for_update().get(pk=incident.pk)
    _check_not_merged(incident)
    annotation = Annotation.objects.select_related("label").get(pk=annotation.pk)
    check_linkable(annotation=annotation, by=by)
    if annotation.project_id != incident.project_id:
        raise ValidationError(
            {"annotation": f"Annotation {annotation.pk} belongs to another project than incident {incident.pk}; "
             "a claim links only to an incident of its own project."}
        )  # fmt: skip
    if IncidentLink.objects.filter(incident=incident, annotation=annotation).exists():
        raise ValidationError({"annotation": f"Annotation {annotation.pk} is already linked to this incident."})
    link = IncidentLink.objects.create(incident=incident, annotation=annotation, linked_by=by)
    event_record(
        kind=EventKind.LINKED, actor=by, annotation=annotation, incident=incident, after={"incident": incident.pk}
    )
    return link


@transaction.atomic
def incident_unlink(*, incident: Incident, annotation: Annotation, by) -> None:
    incident = Incident.objects.select_for_update().get(pk=incident.pk)
    _check_not_merged(incident)
    annotation = Annotation.objects.select_related("label").get(pk=annotation.pk)
    check_linkable(annotation=annotation, by=by)
    deleted, _ = IncidentLink.objects.filter(incident=incident, annotation=annotation).delete()
    if not deleted:
        raise ValidationError({"annotation": f"Annotation {annotation.pk} is not linked to incident {incident.pk}."})
    event_record(
        kind=EventKind.UNLINKED, actor=by, annotation=annotation, incident=incident, before={"incident": incident.pk}
    )


@transaction.atomic
def incident_merge(*, incident: Incident, into: Incident, by) -> Incident:
    """Fold ``incident`` into ``into``: its claims move to the survivor, it keeps a pointer there.

    A claim linked to both stays linked once (to the survivor); incidents merged earlier into the
    merged one now point at the survivor too. Returns the survivor.
    """
    _check_reviewer(by, "merge incidents", incident.project_id)
    if incident.pk == into.pk:
        raise ValidationError({"into": "An incident cannot be merged into itself."})
    locked = Incident.objects.select_for_update().in_bulk([incident.pk, into.pk])
    incident, into = locked[incident.pk], locked[into.pk]
    _check_not_merged(incident)
    if into.merged_into_id:
        raise ValidationError(
            {"into": f"Incident {into.pk} was itself merged into incident {into.merged_into_id}; merge into that one."}
        )
    if incident.project_id != into.project_id:
        raise ValidationError(
            {"into": f"Incident {into.pk} belongs to another project; incidents merge only within one project."}
        )
    already = set(IncidentLink.objects.filter(incident=into).values_list("annotation_id", flat=True))
    moving = list(IncidentLink.objects.filter(incident=incident).order_by("id"))
    moved = [link.annotation_id for link in moving if link.annotation_id not in already]
    shared = [link.annotation_id for link in moving if link.annotation_id in already]
    IncidentLink.objects.filter(incident=incident, annotation_id__in=moved).update(incident=into)
    IncidentLink.objects.filter(incident=incident, annotation_id__in=shared).delete()
    earlier = list(Incident.objects.filter(merged_into=incident).values_list("id", flat=True))
    Incident.objects.filter(pk__in=earlier).update(merged_into=into)
    incident.merged_into = into
    incident.version += 1
    incident.save(update_fields=["merged_into", "version"])
    into.version += 1
    into.save(update_fields=["version"])
    detail = {"merged": incident.pk, "into": into.pk, "moved": moved, "already_linked": shared, "repointed": earlier}
    for record_on in (incident, into):
        event_record(
            kind=EventKind.INCIDENT_MERGED,
            actor=by,
            incident=record_on,
            before={"merged_into": None} if record_on is incident else {},
            after=detail,
        )
    return into
