"""Making, editing and deleting annotations, one at a time or a document's worth at once.

Annotators change only their own annotations, and only while those are ``draft`` or ``rejected``.
Every update names the version it edits; a stale one raises ``StaleVersion`` (HTTP 409) rather than
overwriting someone's later change. Every change appends an event in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from annotations.errors import Conflict, StaleVersion
from annotations.models import (
    FIGURE_COUNTS,
    FIGURE_FIELDS,
    Actor,
    Annotation,
    AnnotationStatus,
    CasualtyFigures,
    Document,
    EventKind,
    Label,
    Qualifier,
    Responsibility,
    Scope,
    Sentence,
    Stance,
)
from annotations.projects.models import Project
from annotations.projects.services import check_label_in_project, project_for_work, project_label_keys
from annotations.roles import can_annotate
from annotations.services.events import (
    annotation_snapshot,
    changed_fields,
    event_record,
    events_record_many,
    snapshot_of,
)
from annotations.services.rows import (
    adapt_datetime,
    annotation_keys_on_sentences,
    rows_insert,
    rows_insert_returning_ids,
)
from annotations.text.figures import extract_figures
from annotations.text.segment import Span, opens_with_answer_mark, question_answered

CASUALTY_CLAIM = "casualty_claim"
ATTRIBUTION = "attribution"
EDITABLE_STATES = (AnnotationStatus.DRAFT, AnnotationStatus.REJECTED)


@dataclass
class AnnotationDraft:
    """What a caller wants one annotation to say, before it is checked and stored."""

    sentence: Sentence
    label: Label
    span_start: int | None = None
    span_end: int | None = None
    note: str = ""
    figures: dict | None = None
    responsibility: dict | None = None
    extra: dict = field(default_factory=dict)
    # The project the annotation is made in; None: the document's only project among the annotator's.
    project: Project | None = None


@dataclass(frozen=True, slots=True)
class StoredDraft:
    """An annotation the bulk path just stored, as the plain values it wrote. The bulk endpoint answers
    from these: building model instances for a document's worth of annotations cost a fifth of its CPU."""

    pk: int
    draft: AnnotationDraft
    created_at: datetime
    figures: dict | None  # as CasualtyFigures.as_record gives it
    responsibility: dict | None  # {"actor": id, "stance": ...}
    status: str = AnnotationStatus.DRAFT
    version: int = 1

    def snapshot(self) -> dict:
        """The state recorded in the annotation's creation event (as ``annotation_snapshot`` would read it)."""
        return snapshot_of(
            label=self.draft.label.key,
            span_start=self.draft.span_start,
            span_end=self.draft.span_end,
            note=self.draft.note,
            status=self.status,
            version=self.version,
            figures=self.figures,
            responsibility=self.responsibility,
        )


# --- checks -----------------------------------------------------------------------------------


def check_span(*, sentence: Sentence, span_start: int | None, span_end: int | None) -> None:
    if span_start is None and span_end is None:
        return
    if span_start is None or span_end is None:
        raise ValidationError({"span_start": "Give both span_start and span_end, or neither."})
    if not (sentence.start <= span_start < span_end <= sentence.end):
        raise ValidationError(
            {
                "span_start": (
                    f"The span {span_start}-{span_end} must lie inside sentence {sentence.index} "
                    f"({sentence.start}-{sentence.end}) and end after it starts."
                )
            }
        )


# The choices' values, worked out once (a choices class builds its ``values`` list on every read).
_QUALIFIERS, _SCOPES, _STANCES = frozenset(Qualifier.values), frozenset(Scope.values), frozenset(Stance.values)


def check_figures(figures: dict) -> None:
    """Counts are whole and non-negative, ranges run low to high, choices are known."""
    unknown = sorted(set(figures) - set(FIGURE_FIELDS))
    if unknown:
        raise ValidationError({"figures": f"Unknown figure field(s): {', '.join(unknown)}."})
    errors = {}
    for name in FIGURE_COUNTS:
        value = figures.get(name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
            errors[f"figures.{name}"] = "must be a whole number, 0 or more"
    for low, high in (("killed_min", "killed_max"), ("injured_min", "injured_max")):
        a, b = figures.get(low), figures.get(high)
        if isinstance(a, int) and isinstance(b, int) and a > b:
            errors[f"figures.{high}"] = f"{high} ({b}) is below {low} ({a})"
    if figures.get("qualifier", Qualifier.EXACT) not in _QUALIFIERS:
        errors["figures.qualifier"] = f"must be one of {', '.join(Qualifier.values)}"
    elif figures.get("qualifier") == Qualifier.AT_LEAST:
        for high in ("killed_max", "injured_max"):
            if figures.get(high) is not None:
                errors[f"figures.{high}"] = (
                    f"'at least' takes no maximum: leave {high} empty (the count is {high[:-4]}_min or more)"
                )
    for outcome in ("killed", "injured"):
        errors.update(_breakdown_errors(figures, outcome))
    if figures.get("scope", Scope.INCIDENT) not in _SCOPES:
        errors["figures.scope"] = f"must be one of {', '.join(Scope.values)}"
    cited = figures.get("cited_source")
    if cited is not None and not isinstance(cited, Actor):
        errors["figures.cited_source"] = "must be an actor"
    if errors:
        raise ValidationError(errors)


def _breakdown_errors(figures: dict, outcome: str) -> dict[str, str]:
    """Children and women killed (or injured), each and together, cannot exceed the toll: its
    maximum, or its minimum when the maximum is open."""
    counts = {name: figures.get(name) for name in (f"{outcome}_max", f"{outcome}_min")}
    if not all(value is None or (type(value) is int and value >= 0) for value in counts.values()):
        return {}  # already reported as not a whole number
    total_name = f"{outcome}_max" if counts[f"{outcome}_max"] is not None else f"{outcome}_min"
    total = counts[total_name]
    if total is None:
        return {}
    parts = {}
    for who in ("children", "women"):
        value = figures.get(f"{who}_{outcome}")
        if type(value) is int and value >= 0:
            parts[f"{who}_{outcome}"] = value
    errors = {}
    for name, value in parts.items():
        if value > total:
            errors[f"figures.{name}"] = f"{name} ({value}) is more than the {outcome} total ({total_name} {total})"
    if not errors and len(parts) == 2 and sum(parts.values()) > total:
        errors[f"figures.women_{outcome}"] = (
            f"children_{outcome} + women_{outcome} ({sum(parts.values())}) is more than the {outcome} total "
            f"({total_name} {total})"
        )
    return errors


def check_responsibility(responsibility: dict) -> None:
    unknown = sorted(set(responsibility) - {"actor", "stance"})
    if unknown:
        raise ValidationError({"responsibility": f"Unknown field(s): {', '.join(unknown)}."})
    if not isinstance(responsibility.get("actor"), Actor):
        raise ValidationError({"responsibility.actor": "An attribution needs the actor blamed."})
    if responsibility.get("stance", Stance.ASSERTED) not in _STANCES:
        raise ValidationError({"responsibility.stance": f"must be one of {', '.join(Stance.values)}"})


def check_draft(draft: AnnotationDraft) -> None:
    if not draft.label.is_active:
        raise ValidationError({"label": f"The label {draft.label.key!r} is retired and takes no new annotations."})
    check_span(sentence=draft.sentence, span_start=draft.span_start, span_end=draft.span_end)
    if draft.figures is not None:
        if draft.label.key != CASUALTY_CLAIM:
            raise ValidationError({"figures": "Only a casualty claim carries casualty figures."})
        check_figures(draft.figures)
    if draft.responsibility is not None:
        if draft.label.key != ATTRIBUTION:
            raise ValidationError({"responsibility": "Only an attribution names an actor blamed."})
        check_responsibility(draft.responsibility)


def _check_may_annotate(user) -> None:
    if not can_annotate(user):
        raise PermissionDenied("Only annotators and reviewers can annotate.")


def check_owner_may_edit(*, annotation: Annotation, by) -> None:
    if annotation.annotator_id != by.pk:
        raise PermissionDenied("You can only change your own annotations.")
    if annotation.status not in EDITABLE_STATES:
        raise Conflict(
            f"This annotation is {annotation.status}; only draft or rejected annotations can be changed"
            + (" (a reviewer can reopen an approved one)." if annotation.status == AnnotationStatus.APPROVED else "."),
            current={"status": annotation.status, "version": annotation.version},
        )


# --- suggested figures ------------------------------------------------------------------------

# What a suggestion may fill in: the counts and their reading; the cited source is a person's call.
_SUGGESTED_FIELDS = frozenset(FIGURE_FIELDS) - {"cited_source", "is_suggested"}
_BREAKDOWN = ("children_killed", "women_killed", "children_injured", "women_injured")


def suggested_figures(sentence_text: str, question: str | None = None) -> dict | None:
    """The figures ``extract_figures`` reads in a sentence (with the transcript ``question`` it answers, when it
    is an answer on a line of its own), made storable and marked as the machine's suggestion, or None when it
    finds nothing (or nothing it says holds together)."""
    found = extract_figures(f"{question} {sentence_text}" if question else sentence_text)
    if found is None:
        return None
    figures = {name: value for name, value in found.as_dict().items() if name in _SUGGESTED_FIELDS}
    figures["raw_text"] = (figures.get("raw_text") or "")[:500]
    figures["is_suggested"] = True
    if figures.get("qualifier") == Qualifier.AT_LEAST:
        # "At least 13 killed and 20 injured": the qualifier covers both counts, so both are open.
        for outcome in ("killed", "injured"):
            figures[f"{outcome}_max"] = None
            named = [figures.get(f"{who}_{outcome}") or 0 for who in ("children", "women")]
            if figures.get(f"{outcome}_min") is not None and sum(named) > figures[f"{outcome}_min"]:
                figures[f"{outcome}_min"] = sum(named)  # "at least 5, including 3 children and 4 women"
    for attempt in (figures, {**figures, **dict.fromkeys(_BREAKDOWN)}):
        try:
            check_figures(attempt)
        except ValidationError:
            continue
        return attempt
    return None


def _question_answered_by(sentence: Sentence, document_text: str) -> str | None:
    """The text of the transcript question ``sentence`` answers ("Q. How many died?" before "A. Nine."), if any."""
    if not opens_with_answer_mark(sentence.text_in(document_text)):
        return None
    before = Sentence.objects.filter(document_id=sentence.document_id, index=sentence.index - 1).first()
    if before is None:
        return None
    answered = question_answered(document_text, Span(before.start, before.end), Span(sentence.start, sentence.end))
    return before.text_in(document_text) if answered else None


def _suggest_for(draft: AnnotationDraft, document_text: str) -> None:
    if draft.figures is None and draft.label.key == CASUALTY_CLAIM:
        question = _question_answered_by(draft.sentence, document_text)
        draft.figures = suggested_figures(draft.sentence.text_in(document_text), question)


# --- writes ------------------------------------------------------------------------------------


def _duplicate_message(label: Label, sentence: Sentence) -> str:
    return f"You already labelled sentence {sentence.index} as {label.key!r}; edit that annotation instead."


def _save_parts(annotation: Annotation, draft: AnnotationDraft) -> None:
    if draft.figures is not None:
        CasualtyFigures.objects.create(annotation=annotation, **draft.figures)
    if draft.responsibility is not None:
        Responsibility.objects.create(annotation=annotation, **draft.responsibility)


@transaction.atomic
def annotation_create(*, annotator, draft: AnnotationDraft) -> Annotation:
    _check_may_annotate(annotator)
    check_draft(draft)
    project = project_for_work(user=annotator, document=draft.sentence.document_id, project=draft.project)
    check_label_in_project(label=draft.label, project=project)
    if Annotation.objects.filter(annotator=annotator, sentence=draft.sentence, label=draft.label).exists():
        raise ValidationError({"label": _duplicate_message(draft.label, draft.sentence)})
    if draft.figures is None and draft.label.key == CASUALTY_CLAIM:
        text = Document.objects.filter(pk=draft.sentence.document_id).values_list("text", flat=True).get()
        _suggest_for(draft, text)
    annotation = Annotation.objects.create(
        project=project,
        guideline_version_id=project.current_guidelines_id,
        annotator=annotator,
        sentence=draft.sentence,
        label=draft.label,
        span_start=draft.span_start,
        span_end=draft.span_end,
        note=draft.note,
    )
    _save_parts(annotation, draft)
    event_record(
        kind=EventKind.CREATED,
        actor=annotator,
        annotation=annotation,
        to_status=annotation.status,
        after=annotation_snapshot(annotation),
    )
    return annotation


@transaction.atomic
def annotations_bulk_create(
    *,
    annotator,
    document: Document,
    drafts: list[AnnotationDraft],
    project: Project | None = None,
    project_keys: set[str] | None = None,
) -> list[StoredDraft]:
    """Label many sentences of one document in one transaction: all are stored, or none.

    ``project``: the one ``project_for_work`` gave the caller (else found here from the drafts);
    ``project_keys``: its label keys, if the caller read them already. The query count does not grow
    with the number of drafts (bulk inserts throughout).
    """
    _check_may_annotate(annotator)
    if not drafts:
        raise ValidationError({"items": "Give at least one annotation."})
    if project is None:
        project = project_for_work(user=annotator, document=document, project=drafts[0].project)
    seen = set()
    for number, draft in enumerate(drafts):
        if draft.sentence.document_id != document.pk:
            raise ValidationError(
                {
                    f"items[{number}].sentence": (
                        f"Sentence {draft.sentence.pk} belongs to another document, not {document.pk}."
                    )
                }
            )
        try:
            check_draft(draft)
        except ValidationError as exc:
            raise ValidationError(
                {f"items[{number}].{name}": msgs for name, msgs in exc.message_dict.items()}
            ) from None
        key = (draft.sentence.pk, draft.label.pk)
        if key in seen:
            raise ValidationError({f"items[{number}]": "The same sentence and label appear twice in this request."})
        seen.add(key)
    allowed = project_label_keys(project) if project_keys is None else project_keys
    for number, draft in enumerate(drafts):
        check_label_in_project(label=draft.label, project=project, field=f"items[{number}].label", keys=allowed)
    # Looked up by sentence alone (a handful of rows each, through the sentence index); with the
    # annotator in the WHERE clause SQLite picks the annotator index and scans all their annotations.
    existing = {
        (sentence_id, label_id)
        for annotator_id, sentence_id, label_id in annotation_keys_on_sentences({d.sentence.pk for d in drafts})
        if annotator_id == annotator.pk
    }
    for number, draft in enumerate(drafts):
        if (draft.sentence.pk, draft.label.pk) in existing:
            raise ValidationError({f"items[{number}].label": _duplicate_message(draft.label, draft.sentence)})
    if any(d.figures is None and d.label.key == CASUALTY_CLAIM for d in drafts):
        document_text = document.text  # one query (the caller may have deferred it), one extraction a claim
        for draft in drafts:
            _suggest_for(draft, document_text)

    return _stored_drafts_insert(annotator=annotator, drafts=drafts, project=project)


_INSERT_COLUMNS = (
    "annotator_id", "sentence_id", "label_id", "span_start", "span_end", "note", "status", "version",
    "created_at", "updated_at", "review_reason", "review_comment", "project_id", "guideline_version_id",
)  # fmt: skip
_FIGURE_COLUMNS = ("annotation_id",) + tuple(f"{name}_id" if name == "cited_source" else name for name in FIGURE_FIELDS)
_RESPONSIBILITY_COLUMNS = ("annotation_id", "actor_id", "stance")
_STANCE_DEFAULT = Responsibility._meta.get_field("stance").default


def _stored_drafts_insert(*, annotator, drafts: list[AnnotationDraft], project: Project) -> list[StoredDraft]:
    """Write checked drafts as annotations, figures, responsibilities and creation events, one
    multi-row INSERT each (see ``services.rows``)."""
    now = timezone.now()
    at = adapt_datetime(Annotation, now)
    guideline_id = project.current_guidelines_id
    rows = [
        (annotator.pk, d.sentence.pk, d.label.pk, d.span_start, d.span_end, d.note, AnnotationStatus.DRAFT, 1,
         at, at, "", "", project.pk, guideline_id)
        for d in drafts
    ]  # fmt: skip
    ids = rows_insert_returning_ids(Annotation, _INSERT_COLUMNS, rows)
    stored = [
        StoredDraft(
            pk=pk,
            draft=draft,
            created_at=now,
            figures=None if draft.figures is None else CasualtyFigures.record_of(draft.figures),
            responsibility=None
            if draft.responsibility is None
            else {
                "actor": draft.responsibility["actor"].pk,
                "stance": draft.responsibility.get("stance", _STANCE_DEFAULT),
            },
        )
        for pk, draft in zip(ids, drafts, strict=True)
    ]
    rows_insert(
        CasualtyFigures,
        _FIGURE_COLUMNS,
        [(new.pk, *(new.figures[name] for name in FIGURE_FIELDS)) for new in stored if new.figures is not None],
    )
    rows_insert(
        Responsibility,
        _RESPONSIBILITY_COLUMNS,
        [(new.pk, new.responsibility["actor"], new.responsibility["stance"]) for new in stored if new.responsibility],
    )
    events_record_many(
        kind=EventKind.CREATED,
        actor=annotator,
        annotation_ids=ids,
        afters=[new.snapshot() for new in stored],
        to_status=AnnotationStatus.DRAFT,
    )
    return stored


_UNSET = object()


@transaction.atomic
def annotation_update(
    *,
    annotation: Annotation,
    by,
    version: int,
    label: Label | None = None,
    span_start=_UNSET,
    span_end=_UNSET,
    note: str | None = None,
    figures=_UNSET,
    responsibility=_UNSET,
) -> Annotation:
    """Edit one's own draft or rejected annotation. ``figures``/``responsibility`` replace the old ones
    (``None`` removes them); omitted arguments stay as they are."""
    annotation = (
        # of=("self",): PostgreSQL cannot lock the nullable side of the outer joins to figures/responsibility.
        Annotation.objects.select_for_update(of=("self",))
        .select_related("label", "sentence", "figures", "responsibility")
        .get(pk=annotation.pk)
    )
    check_owner_may_edit(annotation=annotation, by=by)
    if version != annotation.version:
        raise StaleVersion(
            f"This annotation was changed since you loaded it (you edited version {version}, "
            f"the stored one is {annotation.version}). Reload it and apply your change again.",
            current=annotation_snapshot(annotation),
        )
    before = annotation_snapshot(annotation)
    new_label = label or annotation.label
    if (
        new_label.pk != annotation.label_id
        and Annotation.objects.filter(
            annotator=annotation.annotator_id, sentence=annotation.sentence_id, label=new_label
        ).exists()
    ):
        raise ValidationError({"label": _duplicate_message(new_label, annotation.sentence)})
    old_figures = _current(annotation, "figures")
    old_responsibility = _current(annotation, "responsibility")
    draft = AnnotationDraft(
        sentence=annotation.sentence,
        label=new_label,
        span_start=annotation.span_start if span_start is _UNSET else span_start,
        span_end=annotation.span_end if span_end is _UNSET else span_end,
        note=annotation.note if note is None else note,
        figures=_figures_dict(old_figures) if figures is _UNSET else figures,
        responsibility=_responsibility_dict(old_responsibility) if responsibility is _UNSET else responsibility,
    )
    if label is not None and label.key != CASUALTY_CLAIM and figures is _UNSET:
        draft.figures = None
    if label is not None and label.key != ATTRIBUTION and responsibility is _UNSET:
        draft.responsibility = None
    check_draft(draft)
    if new_label.pk != annotation.label_id and annotation.project_id is not None:
        check_label_in_project(label=new_label, project=annotation.project)

    annotation.label = draft.label
    annotation.span_start, annotation.span_end, annotation.note = draft.span_start, draft.span_end, draft.note
    annotation.version += 1
    annotation.save()
    if old_figures is not None:
        old_figures.delete()
    if old_responsibility is not None:
        old_responsibility.delete()
    _save_parts(annotation, draft)
    annotation = Annotation.objects.select_related("label", "figures", "responsibility").get(pk=annotation.pk)
    changed_before, changed_after = changed_fields(before, annotation_snapshot(annotation))
    event_record(kind=EventKind.EDITED, actor=by, annotation=annotation, before=changed_before, after=changed_after)
    return annotation


def _current(annotation: Annotation, name: str):
    try:
        return getattr(annotation, name)
    except (CasualtyFigures.DoesNotExist, Responsibility.DoesNotExist):
        return None


def _figures_dict(figures: CasualtyFigures | None) -> dict | None:
    if figures is None:
        return None
    return {name: getattr(figures, name) for name in FIGURE_FIELDS}


def _responsibility_dict(responsibility: Responsibility | None) -> dict | None:
    if responsibility is None:
        return None
    return {"actor": responsibility.actor, "stance": responsibility.stance}


@transaction.atomic
def annotation_delete(*, annotation: Annotation, by) -> None:
    annotation = Annotation.objects.select_for_update().select_related("label").get(pk=annotation.pk)
    check_owner_may_edit(annotation=annotation, by=by)
    event_record(
        kind=EventKind.DELETED,
        actor=by,
        annotation=annotation,
        from_status=annotation.status,
        before=annotation_snapshot(annotation),
    )
    annotation.delete()
