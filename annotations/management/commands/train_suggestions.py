"""Train the label-suggestion model of a project on its approved annotations and store it as the next version.

Without --project, every project with enough approved sentences gets a model of its own (one each,
trained only on that project's work); the others are listed as skipped.
"""

from __future__ import annotations

from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from annotations.errors import Conflict
from annotations.projects.models import Project
from annotations.services.suggesting import (
    MIN_EXAMPLES,
    project_models_dir,
    suggestion_model_train,
    trainable_projects,
    training_lock_release,
    training_lock_take,
)


class Command(BaseCommand):
    help = __doc__

    def add_arguments(self, parser):
        parser.add_argument("--project", type=int, help="the project's id (default: every project with enough data)")
        parser.add_argument(
            "--directory", help="the folder that holds the projects' model folders (default: WORKBENCH_MODELS_DIR)"
        )

    def handle(self, *args, **options):
        base = Path(options["directory"]) if options["directory"] else None
        if options["project"] is not None:
            project = Project.objects.filter(pk=options["project"]).first()
            if project is None:
                raise CommandError(f"No project with id {options['project']}.")
            self._train(project, base)
            return
        wanted, skipped = [], []
        for project, size in trainable_projects():
            (wanted if size >= MIN_EXAMPLES else skipped).append((project, size))
        for project, size in skipped:
            self.stdout.write(
                f"Skipped project {project.pk} ({project.name}): {size} approved sentences,"
                f" at least {MIN_EXAMPLES} needed."
            )
        if not wanted:
            raise CommandError(
                f"No project has enough approved sentences to train (at least {MIN_EXAMPLES} are needed)."
            )
        failed = []
        for project, _size in wanted:
            try:
                self._train(project, base)
            except CommandError as error:
                failed.append(f"project {project.pk}: {error}")
                self.stderr.write(f"Project {project.pk} ({project.name}) not trained: {error}")
        if failed:
            raise CommandError("Some projects were not trained: " + "; ".join(failed))

    def _train(self, project: Project, base: Path | None) -> None:
        try:
            training_lock_take(project=project, by="manage.py train_suggestions", base=base)
        except Conflict as error:
            raise CommandError(str(error)) from error
        try:
            model = suggestion_model_train(project=project, base=base)
        except ValidationError as error:
            raise CommandError(" ".join(error.message_dict.get("model", [str(error)]))) from error
        finally:
            training_lock_release(project=project, base=base)
        scores = model.scores
        self.stdout.write(
            f"Project {project.pk} ({project.name}): model v{model.version} trained on {model.size} sentences"
            f" at {model.trained_at}, stored in {project_models_dir(project, base)}.\n"
            f"Cross-validated ({scores['folds']} folds) macro-F1 {scores['macro_f1']:.3f}: "
            + ", ".join(f"{label} {f1:.2f}" for label, f1 in scores["f1"].items())
        )
