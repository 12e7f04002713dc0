"""The learned label model: TF-IDF over words and word pairs, one logistic regression per label.

Trained on approved annotations (one sentence, the set of its approved labels), stored as a
versioned file with its training date, size and cross-validated scores. Plain scikit-learn and
joblib: no database here.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from annotations.text.suggest import LABELS

# scikit-learn and joblib are imported where they are used: importing them takes seconds, and the
# URL configuration (which imports this module) must stay quick to load.

MIN_EXAMPLES = 10  # fewer sentences than this is not worth a model
MIN_POSITIVES = 3  # a label needs this many positive (and negative) sentences to be learned
FILE_PATTERN = re.compile(r"^labels-v(\d+)\.joblib$")


def _pipeline():
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    return make_pipeline(
        TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1, lowercase=True),
        LogisticRegression(C=4.0, class_weight="balanced", max_iter=2000),
    )


@dataclass
class LabelModel:
    """One classifier per learnable label, with what it was trained on and how well it did."""

    classifiers: dict = field(default_factory=dict)
    trained_at: str = ""
    size: int = 0
    scores: dict = field(default_factory=dict)
    version: int = 0

    @classmethod
    def train(cls, texts: list[str], labels: list[list[str]], *, folds: int = 5) -> LabelModel:
        from sklearn.model_selection import KFold, cross_val_predict

        if len(texts) < MIN_EXAMPLES:
            raise ValueError(f"At least {MIN_EXAMPLES} approved sentences are needed to train; there are {len(texts)}.")
        folds = max(2, min(folds, len(texts) // 2))
        model = cls(trained_at=datetime.now(UTC).isoformat(timespec="seconds"), size=len(texts))
        f1s: dict[str, float] = {}
        for label in LABELS:
            y = np.array([label in ls for ls in labels], dtype=int)
            positives = int(y.sum())
            if positives < MIN_POSITIVES or len(y) - positives < MIN_POSITIVES:
                continue
            predicted = cross_val_predict(
                _pipeline(), texts, y, cv=KFold(n_splits=folds, shuffle=True, random_state=13)
            )
            tp = int(((predicted == 1) & (y == 1)).sum())
            fp = int(((predicted == 1) & (y == 0)).sum())
            fn = int(((predicted == 0) & (y == 1)).sum())
            f1s[label] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
            model.classifiers[label] = _pipeline().fit(texts, y)
        model.scores = {
            "folds": folds,
            "f1": f1s,
            "macro_f1": sum(f1s.values()) / len(f1s) if f1s else 0.0,
            "labels_learned": sorted(f1s),
        }
        return model

    def predict_one(self, text: str) -> dict[str, tuple[float, str]]:
        """Each learned label's probability for a sentence, with the words that pushed it up most."""
        out = {}
        for label, pipeline in self.classifiers.items():
            probability = float(pipeline.predict_proba([text])[0][1])
            out[label] = (probability, _top_words(pipeline, text))
        return out

    def info(self) -> dict:
        return {"version": self.version, "trained_at": self.trained_at, "size": self.size, "scores": self.scores}

    # --- files ---------------------------------------------------------------------------------------

    def save(self, directory: Path) -> Path:
        import joblib

        directory.mkdir(parents=True, exist_ok=True)
        self.version = latest_version(directory) + 1
        path = directory / f"labels-v{self.version}.joblib"
        partial = path.with_suffix(".partial")
        joblib.dump(self, partial)
        partial.replace(path)  # readers never see half a file
        info = self.info() | {"file": path.name, "bytes": path.stat().st_size}
        (directory / f"labels-v{self.version}.json").write_text(json.dumps(info, indent=2), encoding="utf-8")
        return path


def _top_words(pipeline, text: str, count: int = 3) -> str:
    vectorizer, classifier = pipeline.steps[0][1], pipeline.steps[-1][1]
    row = vectorizer.transform([text])
    if row.nnz == 0:
        return ""
    names = vectorizer.get_feature_names_out()
    weights = row.toarray()[0] * classifier.coef_[0]
    best = [i for i in np.argsort(weights)[::-1][:count] if weights[i] > 0]
    return ", ".join(names[i] for i in best)


def latest_version(directory: Path) -> int:
    if not directory.is_dir():
        return 0
    versions = [int(m.group(1)) for p in directory.iterdir() if (m := FILE_PATTERN.match(p.name))]
    return max(versions, default=0)


def model_infos(directory: Path) -> list[dict]:
    """Every stored model's description, newest first."""
    if not directory.is_dir():
        return []
    infos = []
    for path in directory.glob("labels-v*.json"):
        try:
            infos.append(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            continue
    return sorted(infos, key=lambda info: info.get("version", 0), reverse=True)


_cache: dict[Path, tuple[float, LabelModel]] = {}
_cache_lock = threading.Lock()


def load_latest(directory: Path) -> LabelModel | None:
    """The newest stored model (cached per process until a newer file appears), or None."""
    version = latest_version(directory)
    if not version:
        return None
    path = directory / f"labels-v{version}.joblib"
    try:
        mtime = path.stat().st_mtime
    except OSError:
        return None
    with _cache_lock:
        cached = _cache.get(directory)
        if cached and cached[0] == mtime and cached[1].version == version:
            return cached[1]
    import joblib

    model = joblib.load(path)
    with _cache_lock:
        _cache[directory] = (mtime, model)
    return model
