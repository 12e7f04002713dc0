"""Read queries the API, the pages and the exports share, each with the joins it needs."""

from __future__ import annotations

from django.db.models import Count, F, IntegerField, OuterRef, Prefetch, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce, Substr

from annotations.models import Annotation, AnnotationStatus, Document, Incident, IncidentLink, Sentence
from annotations.projects.access import (
    annotations_in_reach,
    documents_in_reach,
    may_review_in,
    project_owned_in_reach,
    sees_all_projects,
)
from annotations.roles import is_reviewer
from annotations.verification import claim_row, incident_links, incident_summaries

# What an annotator (not a reviewer) sees of any incident: enough to pick it, nothing of anyone's work.
INCIDENT_BLIND_FIELDS = ("id", "title", "place_name", "admin_area", "occurred_on", "date_precision", "version")


def annotations_visible_to(user) -> QuerySet[Annotation]:
    """Blind annotation: reviewers and admins see everything, annotators only their own."""
    queryset = Annotation.objects.select_related(
        "label",
        "annotator",
        "sentence__document__publisher",
        "figures__cited_source",
        "responsibility__actor",
        "reviewed_by",
    )
    return _blind(queryset, user)


def _blind(queryset: QuerySet[Annotation], user) -> QuerySet[Annotation]:
    """Within the user's projects: everyone's work where they review, their own where they annotate."""
    return annotations_in_reach(queryset, user)


def annotations_for_api(user) -> QuerySet[Annotation]:
    """The annotations ``user`` may see, with exactly what the API's annotation shape reads.

    Two queries whatever the page size: the rows with their one-to-one parts joined, and the
    incident links of the page (kept in ``incident_links_prefetched``). The document is not joined:
    its text can be large and the shape needs only its id.
    """
    queryset = Annotation.objects.select_related(
        "label", "annotator", "sentence", "figures", "responsibility", "reviewed_by"
    ).prefetch_related(
        Prefetch(
            "incident_links",
            queryset=IncidentLink.objects.only("id", "annotation_id", "incident_id").order_by("incident_id"),
            to_attr="incident_links_prefetched",
        )
    )
    return _blind(queryset, user)


def _count_per_document(queryset: QuerySet, *, field: str = "pk", distinct: bool = False, filter=None) -> Coalesce:
    """A correlated subquery counting rows of ``queryset`` (already filtered on OuterRef('pk'))."""
    counted = (
        queryset.order_by()
        .values("document_key")
        .annotate(n=Count(field, distinct=distinct, filter=filter))
        .values("n")[:1]
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def documents_with_progress(user) -> QuerySet[Document]:
    """Documents of ``user``'s projects (staff: all) with their sentence count and the progress of
    ``user``'s own annotations.

    Every figure is a correlated subquery of the one list query, so the query count does not grow
    with the number of documents; the text is deferred (the list does not show it). The status
    counts are conditional (COUNT ... FILTER) rather than a WHERE on status, so that the database
    reaches the annotations through the document's sentences instead of scanning all of the user's
    annotations of that status for every document.
    """
    # Boilerplate sentences (credits, signatures, share rows) are not work to do: they count neither
    # in the total nor as labelled.
    sentences = (
        Sentence.objects.filter(document=OuterRef("pk"))
        .exclude(is_boilerplate=True)
        .annotate(document_key=F("document_id"))
    )
    own = Annotation.objects.filter(sentence__document=OuterRef("pk"), annotator=user).annotate(
        document_key=F("sentence__document_id")
    )
    progress = {
        f"progress_{status}": _count_per_document(own, filter=Q(status=status)) for status in AnnotationStatus.values
    }
    return (
        documents_in_reach(Document.objects.select_related("publisher", "source_file"), user)
        .defer("text")
        .annotate(
            copy_of=F("fingerprint__copy_of"),
            sentence_count=_count_per_document(sentences),
            progress_labelled_sentences=_count_per_document(
                own.exclude(sentence__is_boilerplate=True), field="sentence_id", distinct=True
            ),
            **progress,
        )
    )


def sentences_with_text() -> QuerySet[Sentence]:
    """Sentences with their text cut out of the document's text by the database (1-based SUBSTR)."""
    return Sentence.objects.annotate(
        text=Substr("document__text", F("start") + 1, F("end") - F("start")),
    )


# --- incidents under blind annotation ------------------------------------------------------------


_ANYWHERE = object()


def sees_everything(user, project: int | None | object = _ANYWHERE) -> bool:
    """Whether ``user`` sees everyone's work: in ``project`` (an id) when given, its reviewers and
    managers (and staff); without it, whether they review anywhere (the pages' coarse question)."""
    if project is _ANYWHERE:
        return is_reviewer(user)
    if project is None:  # a row from before projects that no migration claimed: staff only
        return sees_all_projects(user)
    return may_review_in(user, project)


def incidents_in_reach(queryset: QuerySet[Incident], user) -> QuerySet[Incident]:
    """Incidents of the projects ``user`` is a member of (staff: all). Others are absent (404)."""
    return project_owned_in_reach(queryset, user)


def incidents_visible_claims(incidents, user) -> dict[int, list[dict]]:
    """The claim rows (``verification.claim_row``) ``user`` may see on each incident (objects or ids), in
    at most two queries: every linked claim where they review the incident's project, their own elsewhere."""
    incidents = list(incidents)
    ids = [incident.pk if isinstance(incident, Incident) else incident for incident in incidents]
    if all(isinstance(incident, Incident) for incident in incidents):
        projects = {incident.pk: incident.project_id for incident in incidents}
    else:
        projects = dict(Incident.objects.filter(pk__in=ids).values_list("pk", "project_id"))
    everyone = [pk for pk in ids if sees_everything(user, projects.get(pk))]
    own = [pk for pk in ids if pk not in set(everyone)]
    links = {**(incident_links(everyone) if everyone else {}), **(incident_links(own, annotator=user) if own else {})}
    return {pk: [claim_row(link) for link in links.get(pk, [])] for pk in ids}


def incident_visible_claims(incident: Incident, user) -> list[dict]:
    """The claims on one incident that ``user`` may see (see ``incidents_visible_claims``)."""
    return incidents_visible_claims([incident], user)[incident.pk]


def incident_visible_fields(incident: Incident, user) -> dict[str, object] | None:
    """The incident's own fields an annotator may see, or None for a reviewer of its project (who
    sees all): the ``INCIDENT_BLIND_FIELDS``, and the description of an incident they created themselves."""
    if sees_everything(user, incident.project_id):
        return None
    fields = {name: getattr(incident, "pk" if name == "id" else name) for name in INCIDENT_BLIND_FIELDS}
    if incident.created_by_id == user.pk:
        fields["description"] = incident.description
    return fields


def incidents_for_view(incidents, user) -> list[tuple[Incident, dict | None, list[dict]]]:
    """For a page or an endpoint: each incident with its verification summary (only for reviewers of
    the incident's project, else None) and the claims ``user`` may see. Two queries at most, whatever
    the number of incidents: the summaries' links, and the user's own links on the others."""
    incidents = list(incidents)
    reviewed = [incident for incident in incidents if sees_everything(user, incident.project_id)]
    blind = [incident for incident in incidents if not sees_everything(user, incident.project_id)]
    summaries = incident_summaries(reviewed) if reviewed else {}
    claims = incidents_visible_claims(blind, user) if blind else {}
    return [
        (incident, summaries[incident.pk], summaries[incident.pk]["claims"])
        if incident.pk in summaries
        else (incident, None, claims[incident.pk])
        for incident in incidents
    ]
