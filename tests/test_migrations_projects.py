"""An existing database migrates into one "Default project" with every user, document, annotation,
incident and release, and nothing is lost: data made through the historical models at
0009_import_jobs, then migrated to 0011_default_project."""

from __future__ import annotations

import hashlib

BEFORE = [("annotations", "0009_import_jobs")]
AFTER = [("annotations", "0011_default_project")]
TEXT = "Airstrikes hit the market. Four civilians were killed."


def _old_data(apps) -> dict:
    User, Group = apps.get_model("auth", "User"), apps.get_model("auth", "Group")
    Document, Sentence = apps.get_model("annotations", "Document"), apps.get_model("annotations", "Sentence")
    Label, Annotation = apps.get_model("annotations", "Label"), apps.get_model("annotations", "Annotation")
    Incident, IncidentLink = apps.get_model("annotations", "Incident"), apps.get_model("annotations", "IncidentLink")
    DatasetRelease = apps.get_model("annotations", "DatasetRelease")

    reviewers, _ = Group.objects.get_or_create(name="reviewer")
    annotators, _ = Group.objects.get_or_create(name="annotator")
    boss = User.objects.create(username="boss", is_staff=True, is_superuser=True)
    reviewer = User.objects.create(username="rev")
    reviewer.groups.add(reviewers)
    annotator = User.objects.create(username="ann")
    annotator.groups.add(annotators)
    loner = User.objects.create(username="nobody")

    documents = []
    for number in range(3):
        text = f"{TEXT} Report {number}."
        document = Document.objects.create(
            title=f"Report {number}", text=text, text_sha256=hashlib.sha256(text.encode()).hexdigest()
        )
        Sentence.objects.create(document=document, index=0, start=0, end=26)
        Sentence.objects.create(document=document, index=1, start=27, end=len(text))
        documents.append(document)
    # 0003 seeds the labels; a transactional test before this one may have flushed them.
    claim, _ = Label.objects.get_or_create(
        key="casualty_claim", defaults={"name": "Casualty claim", "colour": "#b91c1c", "guideline": "A count."}
    )
    annotations = [
        Annotation.objects.create(annotator=annotator, sentence=sentence, label=claim)
        for sentence in Sentence.objects.filter(document=documents[0])
    ]
    incident = Incident.objects.create(title="Market strike", created_by=annotator)
    IncidentLink.objects.create(incident=incident, annotation=annotations[0], linked_by=annotator)
    release = DatasetRelease.objects.create(
        name="claims v1",
        shape="annotations",
        format="jsonl",
        row_count=2,
        byte_count=10,
        sha256="0" * 64,
        file_path="000001-claims.jsonl",
        created_by=reviewer,
    )
    return {
        "users": {"boss": boss.pk, "rev": reviewer.pk, "ann": annotator.pk, "nobody": loner.pk},
        "documents": sorted(d.pk for d in documents),
        "annotations": sorted(a.pk for a in annotations),
        "incident": incident.pk,
        "release": release.pk,
    }


def test_existing_data_lands_in_the_default_project_with_the_right_roles_and_back(migrator):
    old = _old_data(migrator(BEFORE))
    apps = migrator(AFTER)
    Project = apps.get_model("annotations", "Project")
    Membership = apps.get_model("annotations", "ProjectMembership")
    Annotation = apps.get_model("annotations", "Annotation")

    (project,) = Project.objects.all()
    assert project.name == "Default project"
    assert project.is_default

    roles = dict(Membership.objects.filter(project=project).values_list("user__username", "role"))
    assert roles == {"boss": "manager", "rev": "reviewer", "ann": "annotator", "nobody": "annotator"}

    documents = sorted(project.documents.values_list("pk", flat=True))
    assert documents == old["documents"]
    assert sorted(Annotation.objects.filter(project=project).values_list("pk", flat=True)) == old["annotations"]
    assert Annotation.objects.count() == len(old["annotations"])  # nothing lost, nothing copied
    assert apps.get_model("annotations", "Incident").objects.get(pk=old["incident"]).project_id == project.pk
    assert apps.get_model("annotations", "IncidentLink").objects.filter(incident_id=old["incident"]).count() == 1
    assert apps.get_model("annotations", "DatasetRelease").objects.get(pk=old["release"]).project_id == project.pk
    assert "casualty_claim" in set(project.labels.values_list("key", flat=True))
    guideline = apps.get_model("annotations", "GuidelineVersion").objects.get(project=project)
    assert guideline.number == 1
    assert guideline.text

    # ... and the migration reverses without losing data.
    apps = migrator(BEFORE)
    assert apps.get_model("annotations", "Annotation").objects.count() == len(old["annotations"])
    assert apps.get_model("annotations", "Document").objects.count() == len(old["documents"])
    assert apps.get_model("annotations", "DatasetRelease").objects.filter(pk=old["release"]).exists()
