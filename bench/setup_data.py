"""Setup steps the benchmark runs inside the app's settings (python -m bench.setup_data ...), never timed.

users:   the reviewer and annotator accounts the clients sign in as
approve: mark the bulk-labelled annotations approved (the review workflow is not what is measured)
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
    return {"approved": count}


def grow(factor: int) -> dict:
    """Copies of every document (its text plus a line, so a new hash), with the same sentences and annotations."""
    from django.db import transaction

    from annotations.models import Annotation, CasualtyFigures, Document, Sentence
    from annotations.services.documents import text_sha256

    originals = list(Document.objects.order_by("id").values_list("id", flat=True))
    made = 0
    for copy in range(1, factor):
        for document_id in originals:
            with transaction.atomic():
                document = Document.objects.get(pk=document_id)
                text = document.text + f"\n(copy {copy})\n"
                clone = Document.objects.create(
                    title=f"{document.title} (copy {copy})",
                    text=text,
                    text_sha256=text_sha256(text),
                    url=document.url,
                    published_on=document.published_on,
                    publisher_id=document.publisher_id,
                )
                sentences = list(Sentence.objects.filter(document=document).order_by("index"))
                clones = Sentence.objects.bulk_create(
                    Sentence(document=clone, index=s.index, start=s.start, end=s.end, is_boilerplate=s.is_boilerplate)
                    for s in sentences
                )
                by_old = {old.pk: new for old, new in zip(sentences, clones, strict=True)}
                annotations = list(
                    Annotation.objects.filter(sentence__document=document).select_related("figures").order_by("id")
                )
                new_annotations = Annotation.objects.bulk_create(
                    Annotation(
                        annotator_id=a.annotator_id,
                        sentence=by_old[a.sentence_id],
                        label_id=a.label_id,
                        status=a.status,
                        reviewed_by_id=a.reviewed_by_id,
                        reviewed_at=a.reviewed_at,
                        submitted_at=a.submitted_at,
                        version=a.version,
                    )
                    for a in annotations
                )
                figures = []
                for old, new in zip(annotations, new_annotations, strict=True):
                    try:
                        f = old.figures
                    except CasualtyFigures.DoesNotExist:
                        continue
                    figures.append(
                        CasualtyFigures(
                            annotation=new,
                            **{
                                name: getattr(f, name)
                                for name in (
                                    "killed_min",
                                    "killed_max",
                                    "injured_min",
                                    "injured_max",
                                    "children_killed",
                                    "qualifier",
                                    "scope",
                                    "preliminary",
                                )
                            },
                        )
                    )
                CasualtyFigures.objects.bulk_create(figures)
                made += len(new_annotations)
    return {"copied_annotations": made}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.setup_data")
    sub = parser.add_subparsers(dest="step", required=True)
    sub.add_parser("users").add_argument("--annotators", type=int, default=4)
    sub.add_parser("approve").add_argument("usernames", nargs="+")
    sub.add_parser("grow").add_argument("--factor", type=int, default=5)
    args = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "workbench.settings")
    django.setup()
    if args.step == "users":
        result = users(args.annotators)
    elif args.step == "approve":
        result = approve(args.usernames)
    else:
        result = grow(args.factor)
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
