"""Print inter-annotator agreement (Krippendorff's alpha, nominal): per project over its finished
documents (blanks count as "no label"), or over some or all documents as before."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError

from annotations.agreement import agreement_for_documents, agreement_for_project
from annotations.models import Project


def _alpha(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _share(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0%}"


class Command(BaseCommand):
    help = "Krippendorff's alpha per label and overall, pair counts and the sentences annotators disagree on."

    def add_arguments(self, parser):
        parser.add_argument(
            "--project", type=int, help="a project id: its documents finished by two or more assigned annotators"
        )
        parser.add_argument("--document", type=int, action="append", help="a document id (repeatable); default all")
        parser.add_argument("--json", action="store_true", help="print the report as JSON")

    def handle(self, *args, project=None, document=None, **options):
        if project is not None:
            if not Project.objects.filter(pk=project).exists():
                raise CommandError(f"No project with id {project}.")
            report = agreement_for_project(project=project, documents=document)
        else:
            report = agreement_for_documents(documents=document)
        if options["json"]:
            self.stdout.write(_dumps(report))
            return
        if project is not None:
            self.stdout.write(
                f"{report['units']} unit(s) (every sentence of {len(report['documents'])} document(s) finished by "
                f"two or more assigned annotators), {report['comparisons']} pair(s) of answers; "
                f"annotators: {', '.join(report['annotators']) or '-'}"
            )
        else:
            names = ", ".join(report["annotators"]) or "-"
            self.stdout.write(f"{report['sentences']} sentence(s) labelled by two or more of: {names}")
        self.stdout.write(f"overall alpha: {_alpha(report['overall_alpha'])}")
        for key, alpha in report["per_label"].items():
            self.stdout.write(f"  {key}: {_alpha(alpha)}")
        for pair in report["pairs"]:
            first, second = pair["annotators"]
            line = (
                f"{first} / {second}: {pair['sentences']} sentences, {pair['agreed']} agreed, "
                f"{pair['disagreed']} disagreed"
            )
            self.stdout.write(line + (f", alpha {_alpha(pair['alpha'])}" if "alpha" in pair else ""))
        if project is not None:
            for name, what in (("figures", "casualty figures"), ("actors", "actor blamed")):
                part = report[name]
                self.stdout.write(
                    f"same {what}: {part['matching']} of {part['pairs']} pair(s) ({_share(part['share'])})"
                )
        for item in report["disagreements"]:
            said = "; ".join(f"{name}: {', '.join(keys) or 'no label'}" for name, keys in item["labels"].items())
            self.stdout.write(f"disagree: document {item['document']['id']} sentence {item['index']}: {said}")


def _dumps(report: dict) -> str:
    return json.dumps(report, indent=2, ensure_ascii=False)
