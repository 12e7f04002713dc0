"""Tables of the workbench and what the database guarantees about them.

Invariants that must always hold are constraints (or, where they span two tables, triggers added in
migration 0002), so that no code path can store a sentence outside its document or a figure range
upside down. Every state change goes through ``annotations.services``.
"""

from __future__ import annotations

import functools

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Coalesce, Length
from django.db.models.lookups import LessThanOrEqual

# Lets constraints say colour__length=7.
models.CharField.register_lookup(Length)


class ActorKind(models.TextChoices):
    MONITOR = "monitor", "Monitor"
    FIRST_RESPONDER = "first_responder", "First responder"
    POLITICAL_BODY = "political_body", "Political body"
    GOVERNMENT = "government", "Government"
    ARMED_GROUP = "armed_group", "Armed group"
    STATE_FORCES = "state_forces", "State forces"
    MEDIA = "media", "Media"
    OTHER = "other", "Other"


class SourceType(models.TextChoices):
    """What an actor is worth as a source of claims (the kind says what it is; the two differ: a
    government may be a party to the conflict or not, an armed group always is)."""

    MONITOR = "monitor", "Monitor"
    FIRST_RESPONDER = "first_responder", "First responder"
    PARTY_TO_CONFLICT = "party_to_conflict", "Party to the conflict"
    GOVERNMENT = "government", "Government"
    MEDIA = "media", "Media"
    OTHER = "other", "Other"


# The source type an actor gets from its kind until a reviewer says otherwise. A political body may be
# the UN or a party's political wing, so it starts as "other".
SOURCE_TYPE_OF_KIND = {
    ActorKind.MONITOR: SourceType.MONITOR,
    ActorKind.FIRST_RESPONDER: SourceType.FIRST_RESPONDER,
    ActorKind.POLITICAL_BODY: SourceType.OTHER,
    ActorKind.GOVERNMENT: SourceType.GOVERNMENT,
    ActorKind.ARMED_GROUP: SourceType.PARTY_TO_CONFLICT,
    ActorKind.STATE_FORCES: SourceType.PARTY_TO_CONFLICT,
    ActorKind.MEDIA: SourceType.MEDIA,
    ActorKind.OTHER: SourceType.OTHER,
}


class Actor(models.Model):
    """An organisation or party: publisher, cited source, or alleged perpetrator."""

    name = models.CharField(max_length=200, unique=True)
    kind = models.CharField(max_length=32, choices=ActorKind.choices, default=ActorKind.OTHER)
    aliases = models.JSONField(default=list, blank=True, help_text="Other names, e.g. abbreviations.")
    source_type = models.CharField(
        max_length=32,
        choices=SourceType.choices,
        default=SourceType.OTHER,
        help_text="What its claims are worth: a party to the conflict's claims count, but never as "
        "independent confirmation.",
    )
    reliability_note = models.TextField(
        blank=True, max_length=4000, help_text="Why this source is (or is not) trusted, for the reviewers."
    )

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=ActorKind.values), name="actor_kind_valid"),
            models.CheckConstraint(condition=Q(source_type__in=SourceType.values), name="actor_source_type_valid"),
            models.CheckConstraint(condition=~Q(name=""), name="actor_name_not_empty"),
        ]

    def __str__(self) -> str:
        return self.name


class Document(models.Model):
    """A stored text. Its text never changes once stored: sentence offsets point into it."""

    title = models.CharField(max_length=300)
    publisher = models.ForeignKey(
        Actor, null=True, blank=True, on_delete=models.PROTECT, related_name="published_documents"
    )
    url = models.URLField(max_length=1000, blank=True)
    published_on = models.DateField(null=True, blank=True)
    language = models.CharField(max_length=16, default="en")
    text = models.TextField()
    text_sha256 = models.CharField(max_length=64, unique=True, editable=False)
    # Kept by the database (migration 0018's triggers set it from the text on every write): the check
    # that a sentence lies inside its document compares with it instead of measuring the text each row.
    text_length = models.PositiveIntegerField(null=True, blank=True, editable=False)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    imported_at = models.DateTimeField(auto_now_add=True)
    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["published_on"]), models.Index(fields=["publisher"])]
        constraints = [
            models.CheckConstraint(condition=~Q(text=""), name="document_text_not_empty"),
            models.CheckConstraint(condition=~Q(title=""), name="document_title_not_empty"),
        ]

    def __str__(self) -> str:
        return self.title


class DocumentFingerprint(models.Model):
    """Republished copies (annotations.text.near_duplicates): the MinHash fingerprint of a document's
    text, and the original of the copy group it belongs to (null: it is an original). A copy falls in
    its original's train/dev/test split and is not an independent source of an incident.

    A table of its own rather than columns of the document: SQLite cannot drop a foreign-key column
    in place, and rebuilding the document table would break the triggers that refer to it."""

    document = models.OneToOneField(Document, primary_key=True, on_delete=models.CASCADE, related_name="fingerprint")
    fingerprint = models.BinaryField()
    copy_of = models.ForeignKey(Document, null=True, blank=True, on_delete=models.SET_NULL, related_name="copies")

    def __str__(self) -> str:
        return f"{self.document_id} (copy of {self.copy_of_id})" if self.copy_of_id else str(self.document_id)


class DocumentBand(models.Model):
    """One LSH band key of a document's fingerprint: documents sharing a key are candidate copies."""

    # One index for the table: the unique (key, document) constraint's. It finds a key's documents
    # without reading the table (an import looks up thousands of keys a batch), and it is the only
    # index an imported band key updates. Deleting a document scans the table for its keys: rare,
    # and the price of keeping imports cheap.
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="+", db_index=False)
    key = models.BigIntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["key", "document"], name="document_band_unique")]

    def __str__(self) -> str:
        return f"{self.document_id}:{self.key}"


class Sentence(models.Model):
    """A span of a document's text, fixed at import. ``text[start:end]`` is the sentence."""

    # No index of its own: the unique (document, index) constraint's index starts with it, and an import
    # writes tens of thousands of sentences (a second index cost a third of their insert).
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="sentences", db_index=False)
    index = models.PositiveIntegerField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    # Page furniture (annotations.text.boilerplate): a credit, signature, comment prompt, share row or
    # repeated headline. Kept in the text, dimmed on the page, not offered for labelling, and left
    # out of progress and agreement. True marks it; False and NULL (rows from before the column,
    # which a NOT NULL column would have made SQLite rebuild the table and lose its triggers) are content.
    is_boilerplate = models.BooleanField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["document_id", "index"]
        constraints = [
            models.UniqueConstraint(fields=["document", "index"], name="sentence_index_unique_per_document"),
            models.CheckConstraint(condition=Q(end__gt=F("start")), name="sentence_offsets_ordered"),
        ]

    def __str__(self) -> str:
        return f"{self.document_id}#{self.index}"

    def text_in(self, document_text: str) -> str:
        return document_text[self.start : self.end]


class Label(models.Model):
    """A tag an annotator may put on a sentence. The four of the guidelines are seeded."""

    key = models.SlugField(max_length=50, unique=True)
    name = models.CharField(max_length=100)
    colour = models.CharField(max_length=7, help_text="#rrggbb")
    shortcut = models.CharField(max_length=1, unique=True, null=True, blank=True)
    guideline = models.TextField(blank=True)
    order = models.PositiveSmallIntegerField(default=0)
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["order", "key"]
        constraints = [
            models.CheckConstraint(condition=Q(colour__startswith="#") & Q(colour__length=7), name="label_colour_hex"),
        ]

    def __str__(self) -> str:
        return self.name


class AnnotationStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    SUBMITTED = "submitted", "Submitted"
    APPROVED = "approved", "Approved"
    REJECTED = "rejected", "Rejected"


class RejectReason(models.TextChoices):
    WRONG_LABEL = "wrong_label", "Wrong label"
    WRONG_SPAN = "wrong_span", "Wrong span"
    WRONG_FIGURES = "wrong_figures", "Wrong figures"
    WRONG_INCIDENT = "wrong_incident", "Wrong incident"
    OTHER = "other", "Other"


class Annotation(models.Model):
    """One annotator's label on one sentence, optionally narrowed to the exact words."""

    annotator = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="annotations")
    sentence = models.ForeignKey(Sentence, on_delete=models.CASCADE, related_name="annotations")
    label = models.ForeignKey(Label, on_delete=models.PROTECT, related_name="annotations")
    span_start = models.PositiveIntegerField(null=True, blank=True, help_text="Document offset, inside the sentence")
    span_end = models.PositiveIntegerField(null=True, blank=True)
    note = models.TextField(blank=True)
    status = models.CharField(max_length=16, choices=AnnotationStatus.choices, default=AnnotationStatus.DRAFT)
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="reviewed_annotations"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    review_reason = models.CharField(max_length=32, choices=RejectReason.choices, blank=True)
    review_comment = models.TextField(blank=True)
    # A reviewer who claimed this item from the queue holds it until claimed_until.
    claimed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    claimed_until = models.DateTimeField(null=True, blank=True)
    # Set on every annotation the services make (the document's project, or the one named); nullable
    # in the database only so that the column could be added to a filled table without rebuilding it.
    project = models.ForeignKey(
        "annotations.Project", null=True, blank=True, on_delete=models.PROTECT, related_name="annotations"
    )
    guideline_version = models.ForeignKey(
        "annotations.GuidelineVersion",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="annotations",
        help_text="The project's guidelines in force when the annotation was made",
    )

    class Meta:
        ordering = ["id"]
        indexes = [
            models.Index(fields=["status", "submitted_at"], name="annotation_queue_idx"),
            models.Index(fields=["annotator", "status"], name="annotation_annotator_idx"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["annotator", "sentence", "label"], name="annotation_unique_per_annotator_sentence_label"
            ),
            models.CheckConstraint(condition=Q(status__in=AnnotationStatus.values), name="annotation_status_valid"),
            models.CheckConstraint(
                condition=(Q(span_start__isnull=True) & Q(span_end__isnull=True))
                | (Q(span_start__isnull=False) & Q(span_end__isnull=False) & Q(span_end__gt=F("span_start"))),
                name="annotation_span_complete_and_ordered",
            ),
            models.CheckConstraint(condition=Q(version__gte=1), name="annotation_version_positive"),
            models.CheckConstraint(
                condition=Q(review_reason="") | Q(review_reason__in=RejectReason.values),
                name="annotation_review_reason_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.label_id} on {self.sentence_id} by {self.annotator_id}"


class Qualifier(models.TextChoices):
    EXACT = "exact", "Exact"
    AT_LEAST = "at_least", "At least"
    APPROXIMATELY = "approximately", "Approximately"
    RANGE = "range", "Range"
    VAGUE = "vague", "Vague"


class Scope(models.TextChoices):
    INCIDENT = "incident", "One incident"
    AGGREGATE = "aggregate", "Period total"


def _range_ordered(low: str, high: str) -> Q:
    return Q(**{f"{low}__isnull": True}) | Q(**{f"{high}__isnull": True}) | Q(**{f"{low}__lte": F(high)})


def _breakdown_within_total(outcome: str) -> list[models.CheckConstraint]:
    """Children and women (each, and together) are part of the toll: never more than its maximum,
    or its minimum when the maximum is open. A missing value makes the check pass (SQL NULL)."""
    total = Coalesce(F(f"{outcome}_max"), F(f"{outcome}_min"))
    children, women = F(f"children_{outcome}"), F(f"women_{outcome}")
    return [
        models.CheckConstraint(condition=LessThanOrEqual(children, total), name=f"figures_children_{outcome}_in_total"),
        models.CheckConstraint(condition=LessThanOrEqual(women, total), name=f"figures_women_{outcome}_in_total"),
        models.CheckConstraint(
            condition=LessThanOrEqual(children + women, total), name=f"figures_breakdown_{outcome}_in_total"
        ),
    ]


FIGURE_COUNTS = (
    "killed_min", "killed_max", "injured_min", "injured_max",
    "children_killed", "women_killed", "children_injured", "women_injured",
)  # fmt: skip
# The fields a casualty claim's figures are written and recorded with (cited_source is an actor).
FIGURE_FIELDS = FIGURE_COUNTS + ("qualifier", "scope", "preliminary", "cited_source", "raw_text", "is_suggested")


@functools.cache
def _figure_defaults() -> dict:
    """Each figure field's default, as a new ``CasualtyFigures`` instance holds it (None for the cited source)."""
    return {name: CasualtyFigures._meta.get_field(name).get_default() for name in FIGURE_FIELDS}


class CasualtyFigures(models.Model):
    """The numbers a casualty claim states (killed and injured ranges, breakdowns)."""

    annotation = models.OneToOneField(Annotation, on_delete=models.CASCADE, primary_key=True, related_name="figures")
    killed_min = models.PositiveIntegerField(null=True, blank=True)
    killed_max = models.PositiveIntegerField(null=True, blank=True)
    injured_min = models.PositiveIntegerField(null=True, blank=True)
    injured_max = models.PositiveIntegerField(null=True, blank=True)
    children_killed = models.PositiveIntegerField(null=True, blank=True)
    women_killed = models.PositiveIntegerField(null=True, blank=True)
    children_injured = models.PositiveIntegerField(null=True, blank=True)
    women_injured = models.PositiveIntegerField(null=True, blank=True)
    qualifier = models.CharField(max_length=16, choices=Qualifier.choices, default=Qualifier.EXACT)
    scope = models.CharField(max_length=16, choices=Scope.choices, default=Scope.INCIDENT)
    preliminary = models.BooleanField(default=False)
    cited_source = models.ForeignKey(Actor, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    raw_text = models.CharField(max_length=500, blank=True, help_text="The words that state the quantities")
    is_suggested = models.BooleanField(default=False, help_text="Still the machine's suggestion, not a person's")

    class Meta:
        verbose_name_plural = "casualty figures"
        constraints = [
            models.CheckConstraint(condition=_range_ordered("killed_min", "killed_max"), name="figures_killed_range"),
            models.CheckConstraint(
                condition=_range_ordered("injured_min", "injured_max"), name="figures_injured_range"
            ),
            models.CheckConstraint(condition=Q(qualifier__in=Qualifier.values), name="figures_qualifier_valid"),
            models.CheckConstraint(condition=Q(scope__in=Scope.values), name="figures_scope_valid"),
            models.CheckConstraint(
                condition=~Q(qualifier=Qualifier.AT_LEAST) | Q(killed_max__isnull=True, injured_max__isnull=True),
                name="figures_at_least_has_no_max",
            ),
            *_breakdown_within_total("killed"),
            *_breakdown_within_total("injured"),
        ]

    def __str__(self) -> str:
        return f"killed {self.killed_min}-{self.killed_max}, injured {self.injured_min}-{self.injured_max}"

    def as_record(self) -> dict:
        """The figures as plain values (the cited source as its actor id), in FIGURE_FIELDS order."""
        return {name: getattr(self, "cited_source_id" if name == "cited_source" else name) for name in FIGURE_FIELDS}

    @classmethod
    def record_of(cls, values: dict) -> dict:
        """What ``as_record`` gives for figures stored from ``values`` (field name: value, the cited
        source an actor or None; fields left out take their defaults), without making an instance."""
        record = {name: values[name] if name in values else default for name, default in _figure_defaults().items()}
        if record["cited_source"] is not None:
            record["cited_source"] = record["cited_source"].pk
        return record


class Stance(models.TextChoices):
    ASSERTED = "asserted", "Asserted"
    SUSPECTED = "suspected", "Suspected"
    DENIED = "denied", "Denied"


class Responsibility(models.Model):
    """Who an attribution blames, and how firmly."""

    annotation = models.OneToOneField(
        Annotation, on_delete=models.CASCADE, primary_key=True, related_name="responsibility"
    )
    actor = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="blamed_in")
    stance = models.CharField(max_length=16, choices=Stance.choices, default=Stance.ASSERTED)

    class Meta:
        verbose_name_plural = "responsibilities"
        constraints = [
            models.CheckConstraint(condition=Q(stance__in=Stance.values), name="responsibility_stance_valid")
        ]

    def __str__(self) -> str:
        return f"{self.stance}: {self.actor_id}"


class DatePrecision(models.TextChoices):
    DAY = "day", "Day"
    WEEK = "week", "Week"
    MONTH = "month", "Month"


class Grade(models.TextChoices):
    UNASSESSED = "unassessed", "Unassessed"
    CONFIRMED = "confirmed", "Confirmed"
    FAIR = "fair", "Fair"
    WEAK = "weak", "Weak"
    CONTESTED = "contested", "Contested"
    DISCOUNTED = "discounted", "Discounted"


class Incident(models.Model):
    """A real-world event that claims from several sources can be about."""

    title = models.CharField(max_length=300)
    occurred_on = models.DateField(null=True, blank=True)
    date_precision = models.CharField(max_length=8, choices=DatePrecision.choices, default=DatePrecision.DAY)
    place_name = models.CharField(max_length=200, blank=True)
    admin_area = models.CharField(max_length=200, blank=True)
    latitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    strike_type = models.CharField(max_length=100, blank=True)
    description = models.TextField(blank=True)
    grade = models.CharField(max_length=16, choices=Grade.choices, default=Grade.UNASSESSED)
    grade_note = models.TextField(blank=True)
    aliases = models.JSONField(default=list, blank=True, help_text="Other spellings or names of the place or event")
    # name_key() of the title, place name and aliases, kept by services.incidents: a spelling-tolerant
    # search that runs the same on SQLite and PostgreSQL.
    search_key = models.TextField(blank=True, editable=False)
    version = models.PositiveIntegerField(default=1)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="merged_incidents"
    )
    annotations = models.ManyToManyField(Annotation, through="IncidentLink", related_name="incidents")
    project = models.ForeignKey(
        "annotations.Project", null=True, blank=True, on_delete=models.PROTECT, related_name="incidents"
    )

    class Meta:
        ordering = ["-occurred_on", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(grade__in=Grade.values), name="incident_grade_valid"),
            models.CheckConstraint(
                condition=Q(date_precision__in=DatePrecision.values), name="incident_date_precision_valid"
            ),
            models.CheckConstraint(
                condition=Q(latitude__isnull=True) | Q(latitude__gte=-90, latitude__lte=90),
                name="incident_latitude_range",
            ),
            models.CheckConstraint(
                condition=Q(longitude__isnull=True) | Q(longitude__gte=-180, longitude__lte=180),
                name="incident_longitude_range",
            ),
            models.CheckConstraint(
                condition=Q(merged_into__isnull=True) | ~Q(merged_into=F("id")), name="incident_not_merged_into_self"
            ),
            models.CheckConstraint(condition=~Q(title=""), name="incident_title_not_empty"),
            models.CheckConstraint(condition=Q(version__gte=1), name="incident_version_positive"),
        ]

    def __str__(self) -> str:
        return self.title


class IncidentLink(models.Model):
    """A claim (annotation) said to be about an incident, with who linked it and when."""

    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="links")
    annotation = models.ForeignKey(Annotation, on_delete=models.CASCADE, related_name="incident_links")
    linked_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    linked_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["incident", "annotation"], name="incident_link_unique"),
        ]

    def __str__(self) -> str:
        return f"annotation {self.annotation_id} -> incident {self.incident_id}"


class EventKind(models.TextChoices):
    CREATED = "created", "Created"
    EDITED = "edited", "Edited"
    DELETED = "deleted", "Deleted"
    TRANSITION = "transition", "State change"
    LINKED = "linked", "Linked to incident"
    UNLINKED = "unlinked", "Unlinked from incident"
    INCIDENT_CREATED = "incident_created", "Incident created"
    INCIDENT_EDITED = "incident_edited", "Incident edited"
    INCIDENT_GRADED = "incident_graded", "Incident graded"
    INCIDENT_MERGED = "incident_merged", "Incident merged"
    RECORD_CREATED = "record_created", "Record created"
    RECORD_EDITED = "record_edited", "Record edited"
    RECORD_DELETED = "record_deleted", "Record deleted"


class Event(models.Model):
    """Append-only history: who did what to which annotation or incident, and what changed.

    The references are plain ids without foreign-key constraints so that the history outlives a
    deleted draft. Changes to other records (documents, actors, labels, releases) name theirs by
    ``subject_type`` (the model name) and ``subject_id``. Triggers refuse any UPDATE (migration 0002)
    and any DELETE of this table, on SQLite and PostgreSQL.
    """

    kind = models.CharField(max_length=32, choices=EventKind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True, db_index=True)
    annotation = models.ForeignKey(
        Annotation, null=True, blank=True, on_delete=models.DO_NOTHING, db_constraint=False, related_name="events"
    )
    incident = models.ForeignKey(
        Incident, null=True, blank=True, on_delete=models.DO_NOTHING, db_constraint=False, related_name="events"
    )
    from_status = models.CharField(max_length=16, blank=True)
    to_status = models.CharField(max_length=16, blank=True)
    reason = models.CharField(max_length=32, blank=True)
    comment = models.TextField(blank=True)
    before = models.JSONField(default=dict, blank=True)
    after = models.JSONField(default=dict, blank=True)
    subject_type = models.CharField(
        max_length=32, blank=True, default="", db_default="", help_text="Model name of the record changed"
    )
    subject_id = models.BigIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["subject_type", "subject_id"], name="event_subject")]
        constraints = [models.CheckConstraint(condition=Q(kind__in=EventKind.values), name="event_kind_valid")]

    def __str__(self) -> str:
        return f"{self.kind} at {self.at:%Y-%m-%d %H:%M}"


class ReviewQueueItem(Annotation):
    """The submitted annotations, as the admin's review queue shows them (a proxy, no table)."""

    class Meta:
        proxy = True
        verbose_name = "review queue item"
        verbose_name_plural = "review queue"


class ReleaseQuerySet(models.QuerySet):
    def delete(self):
        raise models.ProtectedError("Dataset releases are kept: they are the record of what was published.", set(self))


class DatasetRelease(models.Model):
    """A saved export: the same release downloads byte-identical later, or not at all.

    Releases are never deleted (not in the admin, not through the ORM): a release is the record of
    a published dataset, and its row and its file go together.
    """

    name = models.CharField(max_length=200)
    shape = models.CharField(max_length=16)
    format = models.CharField(max_length=8)
    filters = models.JSONField(default=dict, blank=True)
    row_count = models.PositiveIntegerField()
    byte_count = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    file_path = models.CharField(max_length=500)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    # Downloads refused because the stored file was missing or no longer hashed to sha256.
    refusals = models.PositiveIntegerField(default=0)
    last_refused_at = models.DateTimeField(null=True, blank=True)
    last_refusal = models.CharField(max_length=200, blank=True)
    # The project whose reviewed data the release holds; None: made by staff across every project.
    project = models.ForeignKey(
        "annotations.Project", null=True, blank=True, on_delete=models.PROTECT, related_name="releases"
    )

    objects = ReleaseQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(shape__in=["annotations", "sentences", "incidents"]), name="release_shape_valid"
            ),
            models.CheckConstraint(condition=Q(format__in=["jsonl", "csv"]), name="release_format_valid"),
            models.UniqueConstraint(models.functions.Lower("name"), name="release_name_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.shape}.{self.format})"

    def delete(self, *args, **kwargs):
        raise models.ProtectedError("Dataset releases are kept: they are the record of what was published.", {self})


# Discussion threads on annotations and how far each person has read them (issue 9).
from annotations.discussion import AnnotationMessage, DiscussionRead  # noqa: E402, F401

# The background import's tables live beside their service (helper C, issue 10).
from annotations.import_jobs import ImportJob, ImportJobChunk, ImportJobDocument  # noqa: E402, F401

# Projects, members, guidelines, assignments and finished documents (issue 9).
from annotations.projects.models import (  # noqa: E402, F401
    Assignment,
    AssignmentRole,
    DocumentFinish,
    GuidelineVersion,
    Project,
    ProjectDocument,
    ProjectMembership,
    ProjectRole,
)

# The originals of imported web pages and PDFs (issue 11).
from annotations.sources.models import SourceFile  # noqa: E402, F401
