"""Setup steps the benchmark runs inside the app's settings (python -m bench.setup_data ...), never timed.

users:   the reviewer and annotator accounts the clients sign in as
approve: mark the bulk-labelled annotations approved (the review workflow is not what is measured)
analyze: on PostgreSQL, the planner statistics autovacuum would gather a minute after a bulk load
grow:    copy every document with its sentences and annotations until the data is FACTOR times larger
"""

from __future__ import annotations

import argparse
import json
import os
import sys

import django

PASSWORD = "bench-password-8c1f"


def users(annotators: int) -> dict:
    from django.contrib.auth.models import Group, User

    from annotations.projects.services import default_project, project_member_set

    project = default_project()
    made = {}
    for name, group in [("bench_reviewer", "reviewer")] + [
        (f"bench_annotator{n}", "annotator") for n in range(1, annotators + 2)
    ]:
        user = User.objects.create_user(username=name, password=PASSWORD)
        user.groups.add(Group.objects.get(name=group))
        project_member_set(project=project, user=user, role=group, by=None)
        made[name] = user.pk
    return made


def approve(usernames: list[str], *, reviewer: str = "bench_reviewer") -> dict:
    from django.contrib.auth.models import User
    from django.utils import timezone

    from annotations.models import Annotation

    reviewer = User.objects.get(username=reviewer)
    now = timezone.now()
    count = Annotation.objects.filter(annotator__username__in=usernames, status="draft").update(
        status="approved", submitted_at=now, reviewed_by=reviewer, reviewed_at=now, version=3
    )
    analyze()
    return {"approved": count}


def analyze() -> dict:
    """PostgreSQL: refresh the planner's statistics after a bulk load, as autovacuum does within a minute or
    so. Without them a list page planned on empty-table estimates sorts every row (0.6 s instead of 40 ms
    at 60,000 annotations); the benchmark measures the steady state, and says so in the README."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return {"analyzed": connection.vendor == "postgresql"}


def grow(factor: int) -> dict:
    """Copies of every document (its text plus a line, so a new hash) in the same projects, with the same
    sentences, annotations (project and guidelines version included, so every reader sees them as the
    originals) and their figures and responsibility. Set-based: one INSERT ... SELECT a table per round."""
    from django.db import connection, transaction

    from annotations.models import Annotation, CasualtyFigures, Document, Responsibility, Sentence
    from annotations.projects.models import ProjectDocument
    from annotations.services.documents import text_sha256

    quote = connection.ops.quote_name

    def table(model) -> str:
        return quote(model._meta.db_table)

    def columns(model, *skip: str) -> list[str]:
        return [quote(f.column) for f in model._meta.concrete_fields if f.column not in skip]

    originals = list(Document.objects.order_by("id"))
    copied_fields = [f for f in Document._meta.concrete_fields if f.attname not in ("id", "imported_at")]
    sentence_cols = columns(Sentence, "id", "document_id")
    annotation_cols = columns(Annotation, "id", "sentence_id")
    # A copied annotation is found again by its new sentence, annotator and label (unique together).
    matched = (
        f"FROM {table(Annotation)} a JOIN {table(Sentence)} s ON s.id = a.sentence_id "
        f"JOIN grow_map m ON m.old_id = s.document_id "
        f"JOIN {table(Sentence)} ns ON ns.document_id = m.new_id AND ns.{quote('index')} = s.{quote('index')} "
        f"JOIN {table(Annotation)} na ON na.sentence_id = ns.id AND na.annotator_id = a.annotator_id "
        f"AND na.label_id = a.label_id"
    )
    made = 0
    for copy in range(1, factor):
        with transaction.atomic(), connection.cursor() as cursor:
            clones = []
            for document in originals:
                values = {f.attname: getattr(document, f.attname) for f in copied_fields}
                values["text"] = document.text + f"\n(copy {copy})\n"
                values["text_sha256"] = text_sha256(values["text"])
                values["title"] = f"{document.title} (copy {copy})"[:300]
                clones.append(Document(**values))
            clones = Document.objects.bulk_create(clones, batch_size=500)
            cursor.execute("DROP TABLE IF EXISTS grow_map")
            cursor.execute("CREATE TEMPORARY TABLE grow_map (old_id bigint PRIMARY KEY, new_id bigint)")
            cursor.executemany(
                "INSERT INTO grow_map (old_id, new_id) VALUES (%s, %s)",
                [(old.pk, new.pk) for old, new in zip(originals, clones, strict=True)],
            )
            cursor.execute(
                f"INSERT INTO {table(ProjectDocument)} (project_id, document_id, added_by_id, added_at) "
                f"SELECT pd.project_id, m.new_id, pd.added_by_id, pd.added_at FROM {table(ProjectDocument)} pd "
                f"JOIN grow_map m ON m.old_id = pd.document_id"
            )
            cursor.execute(
                f"INSERT INTO {table(Sentence)} (document_id, {', '.join(sentence_cols)}) "
                f"SELECT m.new_id, {', '.join('s.' + c for c in sentence_cols)} FROM {table(Sentence)} s "
                f"JOIN grow_map m ON m.old_id = s.document_id"
            )
            cursor.execute(
                f"INSERT INTO {table(Annotation)} (sentence_id, {', '.join(annotation_cols)}) "
                f"SELECT ns.id, {', '.join('a.' + c for c in annotation_cols)} FROM {table(Annotation)} a "
                f"JOIN {table(Sentence)} s ON s.id = a.sentence_id JOIN grow_map m ON m.old_id = s.document_id "
                f"JOIN {table(Sentence)} ns ON ns.document_id = m.new_id AND ns.{quote('index')} = s.{quote('index')}"
            )
            made += cursor.rowcount
            for part in (CasualtyFigures, Responsibility):
                part_cols = columns(part, "annotation_id")
                cursor.execute(
                    f"INSERT INTO {table(part)} (annotation_id, {', '.join(part_cols)}) "
                    f"SELECT na.id, {', '.join('p.' + c for c in part_cols)} {matched} "
                    f"JOIN {table(part)} p ON p.annotation_id = a.id"
                )
            cursor.execute("DROP TABLE grow_map")
    analyze()
    return {
        "copied_annotations": made,
        "documents": Document.objects.count(),
        "annotations": Annotation.objects.count(),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.setup_data")
    sub = parser.add_subparsers(dest="step", required=True)
    sub.add_parser("users").add_argument("--annotators", type=int, default=4)
    sub.add_parser("approve").add_argument("usernames", nargs="+")
    sub.add_parser("grow").add_argument("--factor", type=int, default=5)
    sub.add_parser("analyze")
    args = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "workbench.settings")
    django.setup()
    if args.step == "users":
        result = users(args.annotators)
    elif args.step == "approve":
        result = approve(args.usernames)
    elif args.step == "analyze":
        result = analyze()
    else:
        result = grow(args.factor)
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
