"""Suggestions for a text or a stored document, and training the label models on approved work.

The rules (annotations.text) always run. Each project has its own learned model, trained only on the
approved annotations of that project and stored under ``models_dir()/project-<id>/``; the newest
version of the project's model, when there is one, adds the labels it is sure of
(annotations.suggestions.combine). Nothing of one project's work reaches another project's
suggestions. Training reads approved annotations, so it runs outside the request:
``suggestion_model_train_start`` trains in a background thread and returns at once; a lock file in
the project's folder says a training of that project is running.
"""

from __future__ import annotations

import json
import threading
import time
from collections import defaultdict
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connection

from annotations.errors import Conflict
from annotations.models import Annotation, AnnotationStatus, Document, Sentence
from annotations.projects.models import Project
from annotations.suggestions.combine import combine_hints
from annotations.suggestions.model import MIN_EXAMPLES, LabelModel, load_latest, model_infos
from annotations.text.arabic import detect_language
from annotations.text.segment import Span, answered_questions, split_sentences
from annotations.text.suggest import Suggestion, suggest

MAX_TEXT_CHARS = 20_000
MAX_SENTENCES = 500
LOCK_NAME = "training.lock"
ERROR_NAME = "training-error.json"  # why the last background training of a project failed
STALE_LOCK_SECONDS = 3600  # a training that has not finished in an hour has died


def models_dir() -> Path:
    return Path(settings.WORKBENCH_MODELS_DIR)


def _project_id(project: Project | int) -> int:
    return project.pk if isinstance(project, Project) else int(project)


def project_models_dir(project: Project | int, base: Path | None = None) -> Path:
    """Where one project's model versions (and its training lock) live."""
    return (base or models_dir()) / f"project-{_project_id(project)}"


def project_model(project: Project | int | None) -> LabelModel | None:
    """The newest model of ``project`` (None without a project or before its first training)."""
    return None if project is None else load_latest(project_models_dir(project))


def _figures_shape(result: Suggestion) -> dict:
    figures = result.figures
    if figures is None:
        return {
            "killed": None,
            "injured": None,
            "children_killed": None,
            "women_killed": None,
            "children_injured": None,
            "women_injured": None,
            "qualifier": None,
            "scope": None,
            "preliminary": False,
            "cited_source": result.cited_source,
        }

    def span(low, high):
        return None if low is None else {"min": low, "max": high}

    return {
        "killed": span(figures.killed_min, figures.killed_max),
        "injured": span(figures.injured_min, figures.injured_max),
        "children_killed": figures.children_killed,
        "women_killed": figures.women_killed,
        "children_injured": figures.children_injured,
        "women_injured": figures.women_injured,
        "qualifier": figures.qualifier,
        "scope": figures.scope,
        "preliminary": figures.preliminary,
        "cited_source": result.cited_source,
    }


def sentence_suggestion(*, text: str, model: LabelModel | None, question: str | None = None) -> dict:
    """Labels (rules, plus the model when it has one), figures and cited source for one sentence (the answer to
    the transcript ``question`` before it, when it is one: the figures are read from the two)."""
    result = suggest(text, question=question)
    hints = combine_hints(result.hints, model.predict_one(text) if model else None)
    return {"labels": [hint.as_dict() for hint in hints], "figures": _figures_shape(result)}


def suggestions_for_text(*, text: str, project: Project | int | None = None) -> list[dict]:
    """Each sentence of a text (segmented as an import would be) with its suggestions: the rules, and
    the model of ``project`` when one is named and trained."""
    if not text or not text.strip():
        raise ValidationError({"text": ["Send some text to suggest labels for."]})
    if len(text) > MAX_TEXT_CHARS:
        raise ValidationError(
            {"text": [f"The text has {len(text)} characters; at most {MAX_TEXT_CHARS} are accepted at once."]}
        )
    spans = split_sentences(text, detect_language(text))
    if len(spans) > MAX_SENTENCES:
        raise ValidationError({"text": [f"The text has {len(spans)} sentences; at most {MAX_SENTENCES}."]})
    model = project_model(project)
    out = []
    for span, asked in zip(spans, answered_questions(text, spans), strict=True):
        sentence = text[span.start : span.end]
        question = text[asked.start : asked.end] if asked else None
        out.append(
            {"start": span.start, "end": span.end, "text": sentence}
            | sentence_suggestion(text=sentence, model=model, question=question)
        )
    return out


def suggestions_for_document(*, document: Document, project: Project | int | None = None) -> list[dict]:
    """The suggestions for each stored sentence of a document (offsets into the document's text), with
    the model of ``project`` (the project the document is read in) when it has one."""
    model = project_model(project)
    out = []
    sentences = list(Sentence.objects.filter(document=document).order_by("index").only("id", "start", "end"))
    spans = [Span(sentence.start, sentence.end) for sentence in sentences]
    for sentence, asked in zip(sentences, answered_questions(document.text, spans), strict=True):
        text = document.text[sentence.start : sentence.end]
        question = document.text[asked.start : asked.end] if asked else None
        out.append(
            {"sentence": sentence.pk, "start": sentence.start, "end": sentence.end, "text": text}
            | sentence_suggestion(text=text, model=model, question=question)
        )
    return out


# --- training --------------------------------------------------------------------------------------------


def _approved_in(project: Project | int):
    return Annotation.objects.filter(status=AnnotationStatus.APPROVED, project_id=_project_id(project)).order_by()


def training_examples(project: Project | int) -> tuple[list[str], list[list[str]]]:
    """Every sentence of the documents that have approved annotations in ``project``, with the label keys
    approved for it in that project (a sentence nobody labelled there is a real "no label").

    Only this project's approved annotations count: a document shared with another project brings its
    sentences, never the other project's labels."""
    labels: dict[int, set[str]] = defaultdict(set)
    documents: set[int] = set()
    for sentence_id, key, document_id in _approved_in(project).values_list(
        "sentence_id", "label__key", "sentence__document_id"
    ):
        labels[sentence_id].add(key)
        documents.add(document_id)
    texts, keys = [], []
    sentences = (
        Sentence.objects.filter(document_id__in=documents).select_related("document").order_by("document_id", "index")
    )
    text_of: dict[int, str] = {}
    for sentence in sentences.only("id", "start", "end", "document__text").iterator(chunk_size=500):
        if sentence.document_id not in text_of:
            text_of = {sentence.document_id: sentence.document.text}
        texts.append(text_of[sentence.document_id][sentence.start : sentence.end])
        keys.append(sorted(labels.get(sentence.pk, ())))
    return texts, keys


def training_size(project: Project | int) -> int:
    """How many sentences a training of ``project`` would learn from (one query, no texts read)."""
    documents = _approved_in(project).values("sentence__document_id")
    return Sentence.objects.filter(document_id__in=documents).count()


def trainable_projects() -> list[tuple[Project, int]]:
    """Every project with its training size, for the command's default run (projects by id)."""
    return [(project, training_size(project)) for project in Project.objects.order_by("id")]


def suggestion_model_train(*, project: Project | int, base: Path | None = None) -> LabelModel:
    """Train ``project``'s label model on its approved annotations and store it as its next version."""
    texts, keys = training_examples(project)
    try:
        model = LabelModel.train(texts, keys)
    except ValueError as error:
        raise ValidationError({"model": [str(error)]}) from error
    model.save(project_models_dir(project, base))
    return model


def _lock_path(directory: Path) -> Path:
    return directory / LOCK_NAME


def training_status(project: Project | int, *, base: Path | None = None) -> dict:
    """For one project: whether a training runs now (and since when), and its stored models, newest first."""
    directory = project_models_dir(project, base)
    lock = _lock_path(directory)
    running = None
    if lock.exists():
        try:
            running = json.loads(lock.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            running = {"started": None}
        if running.get("started_epoch") and time.time() - running["started_epoch"] > STALE_LOCK_SECONDS:
            running = None
    if running is not None:
        running = {"started": running.get("started"), "by": running.get("by")}
    failed = None
    if running is None and (directory / ERROR_NAME).exists():
        try:
            failed = json.loads((directory / ERROR_NAME).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            failed = None
    models = model_infos(directory)
    return {
        "project": _project_id(project),
        "training": running,
        "last_error": failed,
        "current": models[0] if models else None,
        "models": models,
        "min_examples": MIN_EXAMPLES,
    }


def training_lock_take(*, project: Project | int, by: str, base: Path | None = None) -> Path:
    """Mark a training of ``project`` as running; a second one of the same project while it runs is a
    conflict (other projects train independently)."""
    directory = project_models_dir(project, base)
    directory.mkdir(parents=True, exist_ok=True)
    lock = _lock_path(directory)
    if lock.exists() and training_status(project, base=base)["training"] is not None:
        raise Conflict("A training is already running.", current=training_status(project, base=base))
    lock.unlink(missing_ok=True)
    payload = {"started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "started_epoch": time.time(), "by": by}
    try:
        with open(lock, "x", encoding="utf-8") as handle:  # "x": two requests at once cannot both take it
            json.dump(payload, handle)
    except FileExistsError as error:
        raise Conflict("A training is already running.", current=training_status(project, base=base)) from error
    return lock


def training_lock_release(*, project: Project | int, base: Path | None = None) -> None:
    _lock_path(project_models_dir(project, base)).unlink(missing_ok=True)


def suggestion_model_train_start(*, project: Project | int, by) -> tuple[dict, threading.Thread]:
    """Start a training of ``project``'s model in a background thread and return at once (the status,
    and the thread for tests).

    The request that asks for it never waits: the thread reads the project's approved annotations with
    its own database connection, trains, stores the next model version and releases the lock. A
    training that fails (too few approved sentences) leaves its reason in the status (``last_error``).
    """
    project_id = _project_id(project)
    directory = project_models_dir(project_id)
    training_lock_take(project=project_id, by=getattr(by, "username", str(by)))
    (directory / ERROR_NAME).unlink(missing_ok=True)

    def run() -> None:
        try:
            suggestion_model_train(project=project_id)
        except Exception as error:  # noqa: BLE001 - the thread's only reports are the status and the log
            message = " ".join(error.message_dict.get("model", [])) if isinstance(error, ValidationError) else ""
            stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
            (directory / ERROR_NAME).write_text(
                json.dumps({"at": stamp, "message": message or f"The training failed: {error}"}), encoding="utf-8"
            )
            with open(directory / "training.log", "a", encoding="utf-8") as log:
                log.write(f"{stamp} training failed: {error}\n")
        finally:
            training_lock_release(project=project_id)
            connection.close()

    thread = threading.Thread(target=run, name=f"train-suggestions-{project_id}", daemon=True)
    thread.start()
    _threads.append(thread)
    return training_status(project_id), thread


_threads: list[threading.Thread] = []


def training_wait(timeout: float | None = None) -> None:
    """Wait for the trainings this process started (for tests and the command line)."""
    while _threads:
        _threads.pop().join(timeout)
