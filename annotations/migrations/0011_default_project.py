"""Everything already in the database moves into one "Default project": every user (staff as managers,
the reviewer group as reviewers, everyone else as annotators), every document, label, annotation,
incident, release and import job. Nothing is copied or lost; the reverse empties the project again."""

from django.db import migrations

DEFAULT_NAME = "Default project"
BATCH = 2000


def _role_of(user, reviewer_ids):
    if user.is_staff or user.is_superuser:
        return "manager"
    return "reviewer" if user.pk in reviewer_ids else "annotator"


def into_default_project(apps, schema_editor):
    Project = apps.get_model("annotations", "Project")
    User = apps.get_model("auth", "User")
    Group = apps.get_model("auth", "Group")
    ProjectMembership = apps.get_model("annotations", "ProjectMembership")
    ProjectDocument = apps.get_model("annotations", "ProjectDocument")
    Document = apps.get_model("annotations", "Document")
    Label = apps.get_model("annotations", "Label")
    GuidelineVersion = apps.get_model("annotations", "GuidelineVersion")

    project = Project.objects.create(
        name=DEFAULT_NAME,
        description="Everything that was in the workbench before projects existed.",
        is_default=True,
    )
    project.labels.set(Label.objects.all())
    guideline = "\n\n".join(
        f"## {name}\n\n{text.strip()}"
        for name, text in Label.objects.order_by("order", "key").values_list("name", "guideline")
        if text.strip()
    )
    GuidelineVersion.objects.create(project=project, number=1, text=guideline or "No guidelines written yet.")

    reviewer_ids = set(Group.objects.filter(name="reviewer").values_list("user", flat=True))
    ProjectMembership.objects.bulk_create(
        [
            ProjectMembership(project=project, user=user, role=_role_of(user, reviewer_ids))
            for user in User.objects.all()
        ],
        batch_size=BATCH,
    )
    ids = list(Document.objects.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), BATCH):
        ProjectDocument.objects.bulk_create(
            [ProjectDocument(project=project, document_id=pk) for pk in ids[start : start + BATCH]]
        )
    for model in ("Annotation", "Incident", "DatasetRelease", "ImportJob"):
        apps.get_model("annotations", model).objects.filter(project__isnull=True).update(project=project)


def out_of_default_project(apps, schema_editor):
    Project = apps.get_model("annotations", "Project")
    project = Project.objects.filter(is_default=True).first()
    if project is None:
        return
    for model in ("Annotation", "Incident", "DatasetRelease", "ImportJob"):
        apps.get_model("annotations", model).objects.filter(project=project).update(project=None)
    project.delete()


class Migration(migrations.Migration):
    dependencies = [("annotations", "0010_projects"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [migrations.RunPython(into_default_project, out_of_default_project)]
