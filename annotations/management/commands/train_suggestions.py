"""Train the label-suggestion model on approved annotations and store it as the next version."""

from __future__ import annotations

from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from annotations.errors import Conflict
from annotations.services.suggesting import (
    models_dir,
    suggestion_model_train,
    training_lock_release,
    training_lock_take,
)


class Command(BaseCommand):
    help = __doc__

    def add_arguments(self, parser):
        parser.add_argument("--directory", help="where to store the model (default: WORKBENCH_MODELS_DIR)")

    def handle(self, *args, **options):
        directory = Path(options["directory"]) if options["directory"] else models_dir()
        try:
            training_lock_take(by="manage.py train_suggestions", directory=directory)
        except Conflict as error:
            raise CommandError(str(error)) from error
        try:
            model = suggestion_model_train(directory=directory)
        except ValidationError as error:
            raise CommandError(" ".join(error.message_dict.get("model", [str(error)]))) from error
        finally:
            training_lock_release(directory)
        scores = model.scores
        self.stdout.write(
            f"Model v{model.version} trained on {model.size} sentences at {model.trained_at}, stored in {directory}.\n"
            f"Cross-validated ({scores['folds']} folds) macro-F1 {scores['macro_f1']:.3f}: "
            + ", ".join(f"{label} {f1:.2f}" for label, f1 in scores["f1"].items())
        )
