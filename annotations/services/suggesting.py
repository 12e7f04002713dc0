"""Suggestions for a text or a stored document, and training the label model on approved work.

The rules (annotations.text) always run; the newest trained model, when there is one, adds the
labels it is sure of (annotations.suggestions.combine). Training reads approved annotations, so it
runs outside the request: ``suggestion_model_train_start`` launches ``manage.py train_suggestions``
as a separate process and returns at once; a lock file says a training is running.
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
from annotations.suggestions.combine import combine_hints
from annotations.suggestions.model import LabelModel, load_latest, model_infos
from annotations.text.arabic import detect_language
from annotations.text.segment import split_sentences
from annotations.text.suggest import Suggestion, suggest

MAX_TEXT_CHARS = 20_000
MAX_SENTENCES = 500
LOCK_NAME = "training.lock"
STALE_LOCK_SECONDS = 3600  # a training that has not finished in an hour has died


def models_dir() -> Path:
    return Path(settings.WORKBENCH_MODELS_DIR)


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


def sentence_suggestion(*, text: str, model: LabelModel | None) -> dict:
    """Labels (rules, plus the model when it has one), figures and cited source for one sentence."""
    result = suggest(text)
    hints = combine_hints(result.hints, model.predict_one(text) if model else None)
    return {"labels": [hint.as_dict() for hint in hints], "figures": _figures_shape(result)}


def suggestions_for_text(*, text: str) -> list[dict]:
    """Each sentence of a text (segmented as an import would be) with its suggestions."""
    if not text or not text.strip():
        raise ValidationError({"text": ["Send some text to suggest labels for."]})
    if len(text) > MAX_TEXT_CHARS:
        raise ValidationError(
            {"text": [f"The text has {len(text)} characters; at most {MAX_TEXT_CHARS} are accepted at once."]}
        )
    spans = split_sentences(text, detect_language(text))
    if len(spans) > MAX_SENTENCES:
        raise ValidationError({"text": [f"The text has {len(spans)} sentences; at most {MAX_SENTENCES}."]})
    model = load_latest(models_dir())
    out = []
    for span in spans:
        sentence = text[span.start : span.end]
        out.append(
            {"start": span.start, "end": span.end, "text": sentence} | sentence_suggestion(text=sentence, model=model)
        )
    return out


def suggestions_for_document(*, document: Document) -> list[dict]:
    """The suggestions for each stored sentence of a document (offsets into the document's text)."""
    model = load_latest(models_dir())
    out = []
    for sentence in Sentence.objects.filter(document=document).order_by("index").only("id", "start", "end"):
        text = document.text[sentence.start : sentence.end]
        out.append(
            {"sentence": sentence.pk, "start": sentence.start, "end": sentence.end, "text": text}
            | sentence_suggestion(text=text, model=model)
        )
    return out


# --- training --------------------------------------------------------------------------------------------


def training_examples() -> tuple[list[str], list[list[str]]]:
    """Every sentence of the documents that have approved annotations, with its approved label keys."""
    approved = (
        Annotation.objects.filter(status=AnnotationStatus.APPROVED)
        .values_list("sentence_id", "label__key", "sentence__document_id")
        .order_by()
    )
    labels: dict[int, set[str]] = defaultdict(set)
    documents: set[int] = set()
    for sentence_id, key, document_id in approved:
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


def suggestion_model_train(*, directory: Path | None = None) -> LabelModel:
    """Train the label model on approved annotations and store it as the next version."""
    texts, keys = training_examples()
    try:
        model = LabelModel.train(texts, keys)
    except ValueError as error:
        raise ValidationError({"model": [str(error)]}) from error
    model.save(directory or models_dir())
    return model


def _lock_path(directory: Path | None = None) -> Path:
    return (directory or models_dir()) / LOCK_NAME


def training_status(directory: Path | None = None) -> dict:
    """Whether a training runs now (and since when), and the stored models, newest first."""
    directory = directory or models_dir()
    lock = _lock_path(directory)
    running = None
    if lock.exists():
        try:
            running = json.loads(lock.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            running = {"started": None}
        if running.get("started_epoch") and time.time() - running["started_epoch"] > STALE_LOCK_SECONDS:
            running = None
    models = model_infos(directory)
    return {"training": running, "current": models[0] if models else None, "models": models}


def training_lock_take(*, by: str, directory: Path | None = None) -> Path:
    """Mark a training as running; a second one while it runs is a conflict."""
    directory = directory or models_dir()
    directory.mkdir(parents=True, exist_ok=True)
    lock = _lock_path(directory)
    if lock.exists() and training_status(directory)["training"] is not None:
        raise Conflict("A training is already running.", current=training_status(directory))
    lock.unlink(missing_ok=True)
    payload = {"started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "started_epoch": time.time(), "by": by}
    try:
        with open(lock, "x", encoding="utf-8") as handle:  # "x": two requests at once cannot both take it
            json.dump(payload, handle)
    except FileExistsError as error:
        raise Conflict("A training is already running.", current=training_status(directory)) from error
    return lock


def training_lock_release(directory: Path | None = None) -> None:
    _lock_path(directory).unlink(missing_ok=True)


def suggestion_model_train_start(*, by) -> tuple[dict, threading.Thread]:
    """Start a training in a background thread and return at once (the status, and the thread for tests).

    The request that asks for it never waits: the thread reads the approved annotations with its
    own database connection, trains, stores the next model version and releases the lock.
    """
    directory = models_dir()
    training_lock_take(by=getattr(by, "username", str(by)), directory=directory)

    def run() -> None:
        try:
            suggestion_model_train(directory=directory)
        except Exception as error:  # noqa: BLE001 - the thread's only report is the log file
            with open(directory / "training.log", "a", encoding="utf-8") as log:
                log.write(f"{time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())} training failed: {error}\n")
        finally:
            training_lock_release(directory)
            connection.close()

    thread = threading.Thread(target=run, name="train-suggestions", daemon=True)
    thread.start()
    _threads.append(thread)
    return training_status(directory), thread


_threads: list[threading.Thread] = []


def training_wait(timeout: float | None = None) -> None:
    """Wait for the trainings this process started (for tests and the command line)."""
    while _threads:
        _threads.pop().join(timeout)
