"""A small approved set in the real database to train the label models on (shared by the API and page tests)."""

from __future__ import annotations

from annotations.models import Annotation
from annotations.services.annotating import AnnotationDraft, annotation_create
from annotations.services.documents import document_create

CLAIMS = [
    "Shelling killed {n} people in the village.",
    "{n} civilians were wounded in the strike.",
    "Rescuers recovered {n} bodies from the rubble.",
]
CALLS = ["The council urged donors to send {n} tents.", "Aid groups called for a ceasefire in area {n}."]
PLAIN = ["The market reopened on day {n}.", "The convoy reached checkpoint {n} at noon."]
# No rule calls this sentence anything; a project whose reviewers approved "rhetoric" on the checkpoint
# sentences teaches its model to (the model's hint then has ``source: model``).
CHECKPOINT = "The convoy reached checkpoint 99 at noon."


def approved_set(
    *, labels, annotator, reviewer, documents: int = 3, project=None, checkpoint_label: str | None = None
) -> int:
    """A small approved set in the real database: claims, calls to action and plain sentences, in
    ``project`` (default: the default project). With ``checkpoint_label`` the checkpoint sentences get it."""
    from annotations.services.reviewing import annotation_approve, annotation_submit

    made = 0
    for number in range(documents):
        lines = [t.format(n=number * 10 + k + 2) for k, t in enumerate(CLAIMS + CALLS + PLAIN)]
        title = f"Training {number}" + (f" of {project.name}" if project else "")
        doc, _ = document_create(text="\n".join(lines), title=title, project=project)
        for sentence in doc.sentences.order_by("index"):
            text = doc.text[sentence.start : sentence.end]
            key = (
                "casualty_claim"
                if any(w in text for w in ("killed", "wounded", "bodies"))
                else "call_to_action"
                if any(w in text for w in ("urged", "called"))
                else checkpoint_label
                if "checkpoint" in text
                else None
            )
            if key is None:
                continue
            annotation = annotation_create(
                annotator=annotator, draft=AnnotationDraft(sentence=sentence, label=labels[key])
            )
            annotation_submit(annotation=annotation, by=annotator)
            annotation_approve(annotation=Annotation.objects.get(pk=annotation.pk), reviewer=reviewer)
            made += 1
    return made
