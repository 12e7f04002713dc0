"""A database rule broken under a request answers cleanly: 409 for a unique rule (two requests at
once), 400 for any other, never a 500 and never the key values the database quotes."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction

from annotations.api.exceptions import workbench_exception_handler
from annotations.models import Annotation, CasualtyFigures
from annotations.services.annotating import AnnotationDraft, annotation_create


def _caught(action) -> IntegrityError:
    with pytest.raises(IntegrityError) as caught, transaction.atomic():
        action()
    return caught.value


def test_a_broken_unique_rule_is_a_clean_409(annotator, document, labels):
    sentence = document.sentences.first()
    first = annotation_create(annotator=annotator, draft=AnnotationDraft(sentence=sentence, label=labels["rhetoric"]))
    error = _caught(
        lambda: Annotation.objects.create(annotator=annotator, sentence=sentence, label=labels["rhetoric"])
    )
    response = workbench_exception_handler(error, {})
    assert response.status_code == 409
    text = str(response.data)
    assert "another request" in response.data["detail"]
    assert f"({annotator.pk}," not in text and "Key (" not in text and str(first.pk) not in text


def test_a_broken_check_rule_is_a_400_naming_the_rule(annotator, document, labels):
    sentence = document.sentences.first()
    claim = annotation_create(
        annotator=annotator, draft=AnnotationDraft(sentence=sentence, label=labels["casualty_claim"])
    )
    CasualtyFigures.objects.filter(annotation=claim).delete()
    error = _caught(lambda: CasualtyFigures.objects.create(annotation=claim, killed_min=15, killed_max=13))
    response = workbench_exception_handler(error, {})
    assert response.status_code == 400
    assert "database rule" in response.data["detail"]
    assert "15" not in str(response.data)
