"""Annotate and review the seed corpus as the demo accounts would, and create the two demo incidents."""

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from annotations.services.demo import demo_annotations_load
from annotations.verification import incident_summaries


class Command(BaseCommand):
    help = (
        "Load the demo annotations, reviews and incidents "
        "(idempotent; run load_seed_corpus and create_demo_accounts first)."
    )

    def handle(self, *args, **options):
        try:
            report = demo_annotations_load()
        except ImproperlyConfigured as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(
            f"demo annotations: {report.created} created, {report.decided} reviewed, "
            f"{report.linked} linked to incidents"
        )
        summaries = incident_summaries(report.incidents.values())
        for title, incident in report.incidents.items():
            summary = summaries[incident.pk]
            killed, injured = summary["killed"] or {}, summary["injured"] or {}
            self.stdout.write(
                f"  incident {incident.pk} {title}: killed {killed.get('min')}-{killed.get('max')}, "
                f"injured {injured.get('min')}-{injured.get('max')}, "
                f"{summary['independent_sources']} independent source(s), "
                f"{'CONFLICT' if summary['conflict'] else 'figures agree'}, "
                f"suggested grade {summary['suggested_grade']}"
            )
