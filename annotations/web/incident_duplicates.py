"""The page of probable duplicate incidents: pairs in the projects a reviewer reviews that are probably one
event (the place under any spelling, dates within the incident's precision, the kind of attack), each with
the reasons they match and a Merge button. Merging calls ``services.incidents.incident_merge``: the
survivor the reviewer keeps gets the claims, the other incident keeps a pointer to it."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from annotations.errors import Conflict, error_words
from annotations.models import Incident
from annotations.projects.access import project_owned_in_reach, reviewing_project_ids, sees_all_projects
from annotations.projects.models import Project
from annotations.services.incident_matching import incident_duplicates
from annotations.services.incidents import incident_merge
from annotations.web.params import id_param
from annotations.web.views import reviewer_required

PAIRS_SHOWN = 100


def _reviewed_projects(user) -> list[Project]:
    projects = Project.objects.order_by("name", "id")
    return list(projects if sees_all_projects(user) else projects.filter(pk__in=reviewing_project_ids(user)))


def _pairs(user, project: Project | None) -> list[dict]:
    """The probable duplicates ``user`` may merge (of ``project`` when given), with each incident's project,
    strike type and claim count (one query for the pairs, one for those details)."""
    if project is not None:
        scope = [project.pk]
    else:
        scope = None if sees_all_projects(user) else sorted(reviewing_project_ids(user))
    pairs = incident_duplicates(limit=PAIRS_SHOWN, projects=scope)
    ids = {incident["id"] for pair in pairs for incident in pair["incidents"]}
    details = (
        Incident.objects.filter(pk__in=ids).select_related("project").annotate(claim_count=Count("links")).in_bulk()
    )
    rows = []
    for pair in pairs:
        first, second = (details[incident["id"]] for incident in pair["incidents"])
        # Keep the one with more claims (the older on a tie): the fewest links move.
        keep = first if (first.claim_count, -first.pk) >= (second.claim_count, -second.pk) else second
        rows.append({"incidents": [first, second], "keep": keep.pk, "score": pair["score"], "reasons": pair["reasons"]})
    return rows


def _merge(request: HttpRequest) -> str:
    """Merge the posted pair: the one to keep survives. Returns the message to show."""
    first, second, keep = (id_param(request.POST.get(name)) for name in ("first", "second", "keep"))
    if first is None or second is None or keep not in (first, second):
        raise ValidationError({"keep": "Choose which of the two incidents to keep."})
    reachable = project_owned_in_reach(Incident.objects.all(), request.user, reviewing=True).in_bulk([first, second])
    if len(reachable) != len({first, second}):
        raise Http404("No such incident among the projects you review.")
    into = reachable[keep]
    merged = reachable[second if keep == first else first]
    claims = merged.links.count()
    incident_merge(incident=merged, into=into, by=request.user)
    moved = (
        f"its {claims} claim{'s' if claims != 1 else ''} now belong{'' if claims != 1 else 's'} to #{into.pk}"
        if claims
        else "it had no claims"
    )
    return f"Incident #{merged.pk} “{merged.title}” merged into #{into.pk} “{into.title}”; {moved}."


@reviewer_required
def incident_duplicate_list(request: HttpRequest) -> HttpResponse:
    projects = _reviewed_projects(request.user)
    if request.method == "POST":
        try:
            messages.success(request, _merge(request))
        except (ValidationError, Conflict, PermissionDenied) as error:
            messages.error(request, error_words(error))
        return redirect(request.get_full_path())
    wanted = id_param(request.GET.get("project"))
    project = next((p for p in projects if p.pk == wanted), None)
    if request.GET.get("project") and project is None:
        raise Http404("No such project among the ones you review.")
    context = {
        "rows": _pairs(request.user, project),
        "projects": projects,
        "project": project,
        "several_projects": len(projects) > 1,
        "limit": PAIRS_SHOWN,
        "list_url": reverse("incident-list"),
    }
    return render(request, "annotations/incident_duplicates.html", context)


