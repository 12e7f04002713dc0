"""Actors get a source type and a reliability note. Existing actors take the source type their kind
implies (armed groups and state forces are parties to the conflict; a political body, which may be the
UN or a party's political wing, starts as "other"); reviewers correct it where it is wrong."""

from django.db import migrations, models

# Frozen here on purpose: the mapping as it stood when this migration was written.
SOURCE_TYPE_OF_KIND = {
    "monitor": "monitor",
    "first_responder": "first_responder",
    "political_body": "other",
    "government": "government",
    "armed_group": "party_to_conflict",
    "state_forces": "party_to_conflict",
    "media": "media",
    "other": "other",
}


def source_type_from_kind(apps, schema_editor):
    Actor = apps.get_model("annotations", "Actor")
    for kind, source_type in SOURCE_TYPE_OF_KIND.items():
        if source_type != "other":  # "other" is the column's default already
            Actor.objects.filter(kind=kind).update(source_type=source_type)


class Migration(migrations.Migration):
    dependencies = [
        ("annotations", "0015_refold_incident_search_keys"),
    ]

    operations = [
        migrations.AddField(
            model_name="actor",
            name="reliability_note",
            field=models.TextField(
                blank=True,
                help_text="Why this source is (or is not) trusted, for the reviewers.",
                max_length=4000,
            ),
        ),
        migrations.AddField(
            model_name="actor",
            name="source_type",
            field=models.CharField(
                choices=[
                    ("monitor", "Monitor"),
                    ("first_responder", "First responder"),
                    ("party_to_conflict", "Party to the conflict"),
                    ("government", "Government"),
                    ("media", "Media"),
                    ("other", "Other"),
                ],
                default="other",
                help_text="What its claims are worth: a party to the conflict's claims count, but never as "
                "independent confirmation.",
                max_length=32,
            ),
        ),
        migrations.AddConstraint(
            model_name="actor",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "source_type__in",
                        ["monitor", "first_responder", "party_to_conflict", "government", "media", "other"],
                    )
                ),
                name="actor_source_type_valid",
            ),
        ),
        migrations.RunPython(source_type_from_kind, migrations.RunPython.noop),
    ]
