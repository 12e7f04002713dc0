"""Incidents are versioned like annotations (a stale edit gets 409), carry aliases, and keep a
spelling-tolerant search key (``annotations.text.names.name_key`` of title, place and aliases)."""

from django.db import migrations, models

from annotations.text.names import search_key


def fill_search_keys(apps, schema_editor):
    Incident = apps.get_model("annotations", "Incident")
    for incident in Incident.objects.only("id", "title", "place_name"):
        key = search_key(incident.title, incident.place_name)
        Incident.objects.filter(pk=incident.pk).update(search_key=key)


class Migration(migrations.Migration):
    dependencies = [("annotations", "0005_figures_breakdown_checks")]

    operations = [
        migrations.AddField(
            model_name='incident',
            name='aliases',
            field=models.JSONField(blank=True, default=list, help_text='Other spellings or names of the place or event'),
        ),
        migrations.AddField(
            model_name='incident',
            name='search_key',
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.AddField(
            model_name='incident',
            name='version',
            field=models.PositiveIntegerField(default=1),
        ),
        migrations.AddConstraint(
            model_name='incident',
            constraint=models.CheckConstraint(condition=models.Q(('version__gte', 1)), name='incident_version_positive'),
        ),
        migrations.RunPython(fill_search_keys, migrations.RunPython.noop),
    ]
