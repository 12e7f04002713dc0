"""Planning "each document to k annotators", balanced and deterministic (pure; no database).

Documents are taken in id order; each gets the annotators it still lacks from those with the
fewest assignments so far (ties to the lower user id). Existing assignments are kept and counted,
so adding documents or people later tops up instead of reshuffling.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping


def overlap_plan(
    *,
    documents: Iterable[int],
    annotators: Iterable[int],
    overlap: int,
    existing: Mapping[int, Iterable[int]] | None = None,
) -> list[tuple[int, int]]:
    """The (document, annotator) pairs to add so that every document has ``overlap`` of ``annotators``.

    ``existing`` maps a document to the annotators it already has (any of them count toward the
    overlap only if they are among ``annotators``). The plan is the same for the same input.
    """
    people = sorted(set(annotators))
    if overlap < 1:
        raise ValueError("The overlap is at least 1.")
    if overlap > len(people):
        raise ValueError(f"An overlap of {overlap} needs at least {overlap} annotators; {len(people)} chosen.")
    have = {document: set(users) & set(people) for document, users in (existing or {}).items()}
    load = dict.fromkeys(people, 0)
    for users in have.values():
        for user in users:
            load[user] += 1
    plan: list[tuple[int, int]] = []
    for document in sorted(set(documents)):
        taken = have.setdefault(document, set())
        while len(taken) < overlap:
            user = min((person for person in people if person not in taken), key=lambda person: (load[person], person))
            taken.add(user)
            load[user] += 1
            plan.append((document, user))
    return plan
