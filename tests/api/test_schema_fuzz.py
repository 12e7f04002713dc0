"""The OpenAPI schema is the truth: Schemathesis generates requests from it against the live app and
checks that nothing answers 5xx and that every answer matches the schema (status, type, body).
Bounded: a few derandomized examples per operation, so the run is the same every time."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from schemathesis import GenerationMode
from schemathesis.specs.openapi.checks import ignored_auth, positive_data_acceptance

from tests.conftest import SAMPLE_TEXT

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# `ignored_auth` is left out: with two auth schemes (session, token) it cannot tell which one it
# broke; who may call what is pinned by the permission tests instead.
# `positive_data_acceptance` is left out too: some values the schema allows are refused for what is
# stored (a label key that does not exist, an annotation not linked to that incident).
EXCLUDED = [ignored_auth, positive_data_acceptance]
# Token endpoints would revoke the token the fuzzer signs in with; they have their own tests.
SKIPPED_PATHS = ("/api/v1/auth/",)
EXAMPLES = 4


@pytest.fixture
def seeded(reviewer, annotator, labels):
    from annotations.services.annotating import AnnotationDraft, annotation_create
    from annotations.services.documents import document_create

    document, _ = document_create(text=SAMPLE_TEXT, title="Fuzzing target")
    annotation_create(annotator=annotator, draft=AnnotationDraft(sentence=document.sentences.first(),
                                                                label=labels["casualty_claim"]))  # fmt: skip
    return document


def test_every_operation_answers_as_the_schema_says(live_server, reviewer, seeded):
    from rest_framework.test import RequestsClient

    client = RequestsClient()
    token = client.post(
        f"{live_server.url}/api/v1/auth/token/", json={"username": "rev", "password": "rev-password"}
    ).json()["token"]
    headers = {"Authorization": f"Token {token}"}
    schema = schemathesis.openapi.from_url(f"{live_server.url}/api/v1/schema/?format=json", headers=headers)
    failures = []
    operations = [result.ok() for result in schema.get_all_operations()]
    operations = [op for op in operations if not op.path.startswith(SKIPPED_PATHS)]
    assert len(operations) > 30

    for operation in operations:

        @given(case=operation.as_strategy(generation_mode=GenerationMode.POSITIVE))
        @hypothesis_settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))  # fmt: skip
        def check(case):
            case.call_and_validate(base_url=live_server.url, headers=headers, excluded_checks=EXCLUDED)

        try:
            check()
        except (Exception, BaseExceptionGroup) as exc:  # noqa: BLE001 - collect every operation's failure, then report them all
            failures.append(f"{operation.method.upper()} {operation.path}: {str(exc)[:600]}")
    assert not failures, "\n\n".join(failures)
