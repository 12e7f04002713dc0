"""The discussion thread of an annotation over HTTP: read, reply, mark read; 404 outside one's reach."""

import pytest

from annotations.models import AnnotationMessage, DiscussionRead
from annotations.projects.services import project_create, project_member_set
from annotations.services.annotating import AnnotationDraft, annotation_create
from annotations.services.discussion import message_post
from annotations.services.reviewing import annotation_submit
from tests.conftest import _user

pytestmark = pytest.mark.django_db


@pytest.fixture
def claim(annotator, document, labels):
    sentence = document.sentences.order_by("index").first()
    draft = AnnotationDraft(sentence=sentence, label=labels["casualty_claim"])
    return annotation_submit(annotation=annotation_create(annotator=annotator, draft=draft), by=annotator)


def _url(annotation, tail=""):
    return f"/api/v1/annotations/{annotation.pk}/messages/{tail}"


def test_reviewer_writes_and_annotator_reads_and_replies(client_for, claim, annotator, reviewer):
    posted = client_for(reviewer).post(_url(claim), {"text": "Which source?"}, format="json")
    assert posted.status_code == 201, posted.content
    assert posted.json()["author"] == {"id": reviewer.pk, "username": "rev"}
    assert posted.json()["text"] == "Which source?"

    annotator_client = client_for(annotator)
    reply = annotator_client.post(_url(claim), {"text": "The Civil Defense."}, format="json")
    assert reply.status_code == 201
    thread = annotator_client.get(_url(claim)).json()
    assert [(m["author"]["username"], m["text"]) for m in thread] == [
        ("rev", "Which source?"),
        ("ann", "The Civil Defense."),
    ]


def test_mark_read_records_the_last_message(client_for, claim, annotator, reviewer):
    message = message_post(annotation=claim, author=reviewer, text="Check the count")
    response = client_for(annotator).post(_url(claim, "read/"))
    assert response.status_code == 200
    assert response.json() == {"last_message": message.pk}
    assert DiscussionRead.objects.get(user=annotator, annotation=claim).last_message_id == message.pk


@pytest.mark.parametrize("text", ["", "   "])
def test_an_empty_message_is_400_naming_the_field(client_for, claim, reviewer, text):
    response = client_for(reviewer).post(_url(claim), {"text": text}, format="json")
    assert response.status_code == 400
    assert "Write something before sending" in str(response.json())


def test_a_long_message_is_400_and_unknown_fields_too(client_for, claim, reviewer):
    client = client_for(reviewer)
    too_long = client.post(_url(claim), {"text": "x" * 4001}, format="json")
    assert too_long.status_code == 400
    assert "at most 4000 characters" in str(too_long.json())
    odd = client.post(_url(claim), {"text": "hi", "author": 1}, format="json")
    assert odd.status_code == 400
    assert not AnnotationMessage.objects.exists()


def test_another_annotator_gets_404_for_every_route(client_for, claim, second_annotator, reviewer):
    message_post(annotation=claim, author=reviewer, text="Private to the thread")
    client = client_for(second_annotator)
    assert client.get(_url(claim)).status_code == 404
    assert client.post(_url(claim), {"text": "Let me in"}, format="json").status_code == 404
    assert client.post(_url(claim, "read/")).status_code == 404
    assert AnnotationMessage.objects.count() == 1


def test_a_reviewer_of_another_project_gets_404(client_for, claim):
    other = project_create(name="Other desk", by=None)
    stranger = _user("rev-elsewhere")
    project_member_set(project=other, user=stranger, role="reviewer", by=None)
    assert client_for(stranger).get(_url(claim)).status_code == 404


def test_signed_out_is_refused(client_for, claim):
    assert client_for().get(_url(claim)).status_code in (401, 403)


def test_the_thread_is_read_in_a_fixed_number_of_queries(
    client_for, claim, annotator, reviewer, django_assert_max_num_queries
):
    for n in range(10):
        message_post(annotation=claim, author=reviewer if n % 2 else annotator, text=f"Message {n}")
    client = client_for(annotator)
    # session, user, memberships, the annotation, the messages with their authors
    with django_assert_max_num_queries(6):
        response = client.get(_url(claim))
    assert len(response.json()) == 10
