"""Print inter-annotator agreement (Krippendorff's alpha, nominal) for some or all documents."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand

from annotations.agreement import agreement_for_documents


def _alpha(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


class Command(BaseCommand):
    help = "Krippendorff's alpha per label and overall, pair counts and the sentences annotators disagree on."

    def add_arguments(self, parser):
        parser.add_argument("--document", type=int, action="append", help="a document id (repeatable); default all")
        parser.add_argument("--json", action="store_true", help="print the report as JSON")

    def handle(self, *args, document=None, **options):
        report = agreement_for_documents(documents=document)
        if options["json"]:
            self.stdout.write(_dumps(report))
            return
        self.stdout.write(
            f"{report['sentences']} sentence(s) labelled by two or more of: {', '.join(report['annotators']) or '-'}"
        )
        self.stdout.write(f"overall alpha: {_alpha(report['overall_alpha'])}")
        for key, alpha in report["per_label"].items():
            self.stdout.write(f"  {key}: {_alpha(alpha)}")
        for pair in report["pairs"]:
            first, second = pair["annotators"]
            self.stdout.write(
                f"{first} / {second}: {pair['sentences']} sentences, {pair['agreed']} agreed, "
                f"{pair['disagreed']} disagreed"
            )
        for item in report["disagreements"]:
            said = "; ".join(f"{name}: {', '.join(keys) or '-'}" for name, keys in item["labels"].items())
            self.stdout.write(f"disagree: document {item['document']['id']} sentence {item['index']}: {said}")


def _dumps(report: dict) -> str:
    return json.dumps(report, indent=2, ensure_ascii=False)
