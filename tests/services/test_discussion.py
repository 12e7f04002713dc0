"""Discussion threads on an annotation: who may write, what a message may hold, and unread replies."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from annotations.discussion import MESSAGE_MAX_LENGTH
from annotations.models import AnnotationMessage, DiscussionRead
from annotations.projects.services import project_create, project_member_set
from annotations.services.annotating import AnnotationDraft, annotation_create
from annotations.services.discussion import message_post, thread_mark_read, unread_threads_for
from annotations.services.reviewing import annotation_reject, annotation_submit
from tests.conftest import _user

pytestmark = pytest.mark.django_db


@pytest.fixture
def claim(annotator, document, labels):
    sentence = document.sentences.order_by("index").first()
    annotation = annotation_create(
        annotator=annotator, draft=AnnotationDraft(sentence=sentence, label=labels["casualty_claim"])
    )
    return annotation_submit(annotation=annotation, by=annotator)


def test_reviewer_and_annotator_write_a_thread_in_order(claim, annotator, reviewer):
    message_post(annotation=claim, author=reviewer, text="Which figure is the killed count?")
    message_post(annotation=claim, author=annotator, text="The 'four civilians'.")
    message_post(annotation=claim, author=reviewer, text="  Thanks, approved.  ")
    thread = list(AnnotationMessage.objects.filter(annotation=claim).values_list("author__username", "text"))
    assert thread == [
        ("rev", "Which figure is the killed count?"),
        ("ann", "The 'four civilians'."),
        ("rev", "Thanks, approved."),
    ]


def test_another_annotator_and_a_reviewer_of_another_project_may_not_write(claim, second_annotator, outsider):
    other = project_create(name="Other desk", by=None)
    stranger = _user("rev-elsewhere")
    project_member_set(project=other, user=stranger, role="reviewer", by=None)
    for person in (second_annotator, outsider, stranger):
        with pytest.raises(PermissionDenied, match="Only the annotator and the project's reviewers"):
            message_post(annotation=claim, author=person, text="Hello")
    assert not AnnotationMessage.objects.exists()


def test_staff_may_write_anywhere(claim, admin_user):
    message = message_post(annotation=claim, author=admin_user, text="Looked at this.")
    assert message.author == admin_user


@pytest.mark.parametrize("text", ["", "   \n ", None])
def test_an_empty_message_is_refused(claim, reviewer, text):
    with pytest.raises(ValidationError, match="Write something before sending"):
        message_post(annotation=claim, author=reviewer, text=text)


def test_a_message_too_long_is_refused_with_its_length(claim, reviewer):
    with pytest.raises(ValidationError, match=f"at most {MESSAGE_MAX_LENGTH} characters; this one has 4001"):
        message_post(annotation=claim, author=reviewer, text="x" * 4001)
    message_post(annotation=claim, author=reviewer, text="x" * MESSAGE_MAX_LENGTH)


def test_the_annotator_has_an_unread_reply_until_they_read_it(claim, annotator, reviewer):
    assert unread_threads_for(annotator) == []
    message_post(annotation=claim, author=reviewer, text="Please check the injured count.")
    message_post(annotation=claim, author=reviewer, text="And the source.")
    [thread] = unread_threads_for(annotator)
    assert (thread.annotation.pk, thread.unread, thread.last_message.text) == (claim.pk, 2, "And the source.")
    # Their own message does not count as unread for them; the writer has read up to it.
    assert unread_threads_for(reviewer) == []
    thread_mark_read(annotation=claim, user=annotator)
    assert unread_threads_for(annotator) == []
    assert DiscussionRead.objects.get(user=annotator, annotation=claim).last_message_id == claim.messages.last().pk


def test_the_reviewer_sees_the_annotators_reply_as_unread(claim, annotator, reviewer, second_reviewer):
    message_post(annotation=claim, author=reviewer, text="Which source?")
    message_post(annotation=claim, author=annotator, text="Civil Defense.")
    [thread] = unread_threads_for(reviewer)
    assert thread.unread == 1
    # A reviewer who has no part in the thread is not notified of it.
    assert unread_threads_for(second_reviewer) == []


def test_the_reviewer_who_rejected_is_told_when_the_annotator_answers(claim, annotator, reviewer):
    annotation_reject(annotation=claim, reviewer=reviewer, reason="wrong_label", comment="Not a claim")
    message_post(annotation=claim, author=annotator, text="It says four were killed, isn't it?")
    [thread] = unread_threads_for(reviewer)
    assert thread.annotation.pk == claim.pk


def test_a_new_message_after_reading_is_unread_again(claim, annotator, reviewer):
    message_post(annotation=claim, author=reviewer, text="One")
    thread_mark_read(annotation=claim, user=annotator)
    message_post(annotation=claim, author=reviewer, text="Two")
    [thread] = unread_threads_for(annotator)
    assert thread.unread == 1


def test_marking_read_is_refused_to_someone_outside_the_thread(claim, second_annotator):
    with pytest.raises(PermissionDenied):
        thread_mark_read(annotation=claim, user=second_annotator)


def test_unread_threads_take_three_queries_whatever_their_number(
    annotator, reviewer, document, labels, django_assert_num_queries
):
    for sentence in document.sentences.all():
        annotation = annotation_create(
            annotator=annotator, draft=AnnotationDraft(sentence=sentence, label=labels["rhetoric"])
        )
        message_post(annotation=annotation, author=reviewer, text=f"About sentence {sentence.index}")
    annotator.__dict__.pop("_workbench_project_roles", None)
    # memberships (cached on the user), the threads with their counts, their last messages
    with django_assert_num_queries(3):
        threads = unread_threads_for(annotator)
    assert len(threads) == document.sentences.count()
