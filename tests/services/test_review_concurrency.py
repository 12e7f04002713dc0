"""Several reviewers claiming from the queue at once, each on its own database connection.

Runs on PostgreSQL (row locks with SKIP LOCKED); .ci/run runs the suite there too.
"""

import threading

import pytest
from django.contrib.auth.models import Group, User
from django.db import connection

from annotations.models import Annotation, Label
from annotations.projects.services import default_project, project_member_set
from annotations.services.annotating import AnnotationDraft, annotation_create
from annotations.services.documents import document_create
from annotations.services.reviewing import annotation_approve, annotation_submit, review_queue_claim

pytestmark = [
    pytest.mark.postgres_only,
    # Real commits, so each thread's connection sees the others' work; the seeded labels and groups
    # are restored for each test.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks with SKIP LOCKED need PostgreSQL"),
]

REVIEWERS = 6
ITEMS = 40


@pytest.fixture
def crowded_queue():
    text = " ".join(f"Sentence number {n} says {n} people were killed." for n in range(ITEMS))
    document, _ = document_create(text=text, title="Many claims")
    annotator = User.objects.create_user("busy-annotator")
    annotator.groups.add(Group.objects.get(name="annotator"))
    project = default_project()
    project_member_set(project=project, user=annotator, role="annotator", by=None)
    label = Label.objects.get(key="casualty_claim")
    for sentence in document.sentences.order_by("index")[:ITEMS]:
        annotation = annotation_create(annotator=annotator, draft=AnnotationDraft(sentence=sentence, label=label))
        annotation_submit(annotation=annotation, by=annotator)
    reviewers = [User.objects.create_user(f"reviewer-{n}") for n in range(REVIEWERS)]
    for reviewer in reviewers:
        reviewer.groups.add(Group.objects.get(name="reviewer"))
        project_member_set(project=project, user=reviewer, role="reviewer", by=None)
    return reviewers


def _run_together(work, reviewers):
    start = threading.Barrier(len(reviewers))
    results, errors = {}, []

    def run(reviewer):
        try:
            start.wait()
            results[reviewer.username] = work(reviewer)
        except Exception as exc:  # reported below, a thread's exception would otherwise vanish
            errors.append(exc)
        finally:
            connection.close()  # each thread opened its own connection

    threads = [threading.Thread(target=run, args=(reviewer,)) for reviewer in reviewers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    return results


def test_concurrent_claims_never_hand_out_an_item_twice(crowded_queue):
    held = _run_together(lambda reviewer: review_queue_claim(reviewer=reviewer).pk, crowded_queue)
    assert len(set(held.values())) == REVIEWERS
    owners = dict(Annotation.objects.filter(pk__in=held.values()).values_list("pk", "claimed_by__username"))
    assert owners == {pk: name for name, pk in held.items()}


def test_reviewers_working_the_queue_together_decide_every_item_exactly_once(crowded_queue):
    def work(reviewer):
        decided = []
        while (item := review_queue_claim(reviewer=reviewer)) is not None:
            annotation_approve(annotation=item, reviewer=reviewer)
            decided.append(item.pk)
        return decided

    decided = _run_together(work, crowded_queue)
    every = [pk for items in decided.values() for pk in items]
    assert len(every) == len(set(every)) == ITEMS
    assert set(every) == set(Annotation.objects.values_list("pk", flat=True))
    assert Annotation.objects.filter(status="approved").count() == ITEMS
    assert sum(1 for items in decided.values() if items) > 1  # the work really was shared
