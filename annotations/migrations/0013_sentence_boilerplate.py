"""Sentences that are page furniture (credits, "(Source: ...)" signatures, comment prompts, share rows,
a repeated headline) are marked, in new imports and in the documents already stored.

The column is nullable so that SQLite adds it in place: a NOT NULL column makes Django rebuild the
table, which drops the triggers that keep sentences inside their document's text (migration 0002)."""

from django.db import migrations, models

from annotations.text.boilerplate import boilerplate_flags

BATCH = 200


def mark_stored_boilerplate(apps, schema_editor):
    Document = apps.get_model("annotations", "Document")
    Sentence = apps.get_model("annotations", "Sentence")
    ids = list(Document.objects.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), BATCH):
        batch = ids[start : start + BATCH]
        spans: dict[int, list[tuple[int, int, int]]] = {}
        for sentence_id, document_id, begin, end in (
            Sentence.objects.filter(document_id__in=batch)
            .order_by("document_id", "index")
            .values_list("pk", "document_id", "start", "end")
        ):
            spans.setdefault(document_id, []).append((sentence_id, begin, end))
        marked = []
        for document_id, title, text in Document.objects.filter(pk__in=batch).values_list("pk", "title", "text"):
            rows = spans.get(document_id, [])
            flags = boilerplate_flags(text, [(begin, end) for _, begin, end in rows], title=title)
            marked += [sentence_id for (sentence_id, _, _), flag in zip(rows, flags) if flag]
        if marked:
            Sentence.objects.filter(pk__in=marked).update(is_boilerplate=True)


def unmark(apps, schema_editor):
    """Nothing to undo: the column goes with the field."""


class Migration(migrations.Migration):
    dependencies = [
        ("annotations", "0012_discussion"),
    ]

    operations = [
        migrations.AddField(
            model_name="sentence",
            name="is_boilerplate",
            field=models.BooleanField(blank=True, editable=False, null=True),
        ),
        migrations.RunPython(mark_stored_boilerplate, unmark),
    ]
