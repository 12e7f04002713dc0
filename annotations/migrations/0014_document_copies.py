"""Republished copies: each document gets a fingerprint of its text and its LSH band keys, and a copy
points at the original of its group (annotations.text.near_duplicates). Documents already stored are
fingerprinted and linked here, oldest first, as if they had been imported in that order."""

import django.db.models.deletion
from django.db import migrations, models


from annotations.text.near_duplicates import band_keys, fingerprints, original_among

BATCH = 500


def link_stored_copies(apps, schema_editor):
    Document = apps.get_model("annotations", "Document")
    DocumentFingerprint = apps.get_model("annotations", "DocumentFingerprint")
    DocumentBand = apps.get_model("annotations", "DocumentBand")
    seen: dict[int, tuple[bytes, int | None]] = {}  # id -> fingerprint, original
    by_band: dict[int, set[int]] = {}
    ids = list(Document.objects.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), BATCH):
        documents = list(Document.objects.filter(pk__in=ids[start : start + BATCH]).order_by("pk").only("pk", "text"))
        rows, bands = [], []
        for document, fingerprint in zip(documents, fingerprints([d.text for d in documents]), strict=True):
            keys = set(band_keys(fingerprint))
            candidates = sorted({other for key in keys for other in by_band.get(key, ())})
            original = original_among(fingerprint, [(pk, *seen[pk]) for pk in candidates])
            seen[document.pk] = (fingerprint, original)
            for key in keys:
                by_band.setdefault(key, set()).add(document.pk)
                bands.append(DocumentBand(document_id=document.pk, key=key))
            rows.append(DocumentFingerprint(document_id=document.pk, fingerprint=fingerprint, copy_of_id=original))
        DocumentFingerprint.objects.bulk_create(rows)
        DocumentBand.objects.bulk_create(bands)


class Migration(migrations.Migration):
    dependencies = [
        ("annotations", "0013_sentence_boilerplate"),
    ]

    operations = [
        migrations.CreateModel(
            name="DocumentFingerprint",
            fields=[
                (
                    "document",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="fingerprint",
                        serialize=False,
                        to="annotations.document",
                    ),
                ),
                ("fingerprint", models.BinaryField()),
                (
                    "copy_of",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="copies",
                        to="annotations.document",
                    ),
                ),
            ],
        ),
        migrations.CreateModel(
            name="DocumentBand",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("key", models.BigIntegerField(db_index=True)),
                (
                    "document",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="+", to="annotations.document"
                    ),
                ),
            ],
            options={
                "constraints": [models.UniqueConstraint(fields=("document", "key"), name="document_band_unique")],
            },
        ),
        migrations.RunPython(link_stored_copies, migrations.RunPython.noop),
    ]
