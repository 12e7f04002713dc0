"""Dataset releases: unique names (case-insensitive) and a count of refused downloads.

Releases saved before names were unique may share a name: the oldest keeps it, the others get
" (2)", " (3)", ... so the constraint can be added. Their files and hashes are untouched.
"""

from django.db import migrations, models
from django.db.models.functions import Lower


def rename_duplicates(apps, schema_editor):
    Release = apps.get_model("annotations", "DatasetRelease")
    taken = {name.lower() for name in Release.objects.values_list("name", flat=True)}
    seen: set[str] = set()
    for release in Release.objects.order_by("created_at", "id"):
        key = release.name.lower()
        if key not in seen:
            seen.add(key)
            continue
        number = 2
        while True:
            suffix = f" ({number})"
            candidate = release.name[: 200 - len(suffix)] + suffix
            if candidate.lower() not in taken:
                break
            number += 1
        taken.add(candidate.lower())
        seen.add(candidate.lower())
        Release.objects.filter(pk=release.pk).update(name=candidate)


class Migration(migrations.Migration):
    dependencies = [("annotations", "0006_incident_version_aliases_search")]

    operations = [
        migrations.RunPython(rename_duplicates, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="datasetrelease",
            constraint=models.UniqueConstraint(Lower("name"), name="release_name_unique"),
        ),
        migrations.AddField(
            model_name="datasetrelease",
            name="refusals",
            field=models.PositiveIntegerField(default=0),
        ),
        migrations.AddField(
            model_name="datasetrelease",
            name="last_refused_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="datasetrelease",
            name="last_refusal",
            field=models.CharField(blank=True, max_length=200),
        ),
    ]
