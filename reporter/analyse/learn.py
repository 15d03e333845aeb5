"""A small, deterministic logistic regression over named sparse features.

Used by the keyphrase ranker, the hedge (uncertainty cue) classifier and the quote
boundary chooser and statement filter; `train_command` is their trainers' shared
command line. Training
needs numpy only; prediction needs nothing but a dict of weights, so the shipped
models are plain JSON files in the data/ folder of the package that uses them.
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

Features = Mapping[str, float]


def train_logreg(rows: list[Features], labels: list[int], *, l2: float = 1.0,
                 epochs: int = 300, lr: float = 0.5, min_count: int = 2,
                 class_weight: float = 1.0) -> dict[str, float]:
    """Fit weights by full-batch gradient descent (deterministic); '__bias__' is the bias.

    Features seen in fewer than `min_count` rows are dropped (they would only
    memorise the training data). `class_weight` up-weights positive rows.
    """
    import numpy as np

    counts: dict[str, int] = {}
    for row in rows:
        for name in row:
            counts[name] = counts.get(name, 0) + 1
    names = sorted(n for n, c in counts.items() if c >= min_count)
    index = {n: i for i, n in enumerate(names)}
    n_rows, n_feat = len(rows), len(names) + 1
    ri, ci, vals = [], [], []
    for r, row in enumerate(rows):
        for name, value in row.items():
            j = index.get(name)
            if j is not None and value:
                ri.append(r)
                ci.append(j)
                vals.append(float(value))
        ri.append(r)
        ci.append(n_feat - 1)
        vals.append(1.0)
    ri_a, ci_a, v_a = np.array(ri), np.array(ci), np.array(vals)
    y = np.array(labels, dtype=float)
    sw = np.where(y > 0, class_weight, 1.0)
    sw = sw / sw.sum()
    w = np.zeros(n_feat)
    # Adagrad-style per-feature step sizes keep rare and common features in balance.
    g2 = np.full(n_feat, 1e-8)
    reg = np.full(n_feat, l2 / n_rows)
    reg[-1] = 0.0
    for _ in range(epochs):
        z = np.bincount(ri_a, weights=v_a * w[ci_a], minlength=n_rows)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        err = (p - y) * sw
        grad = np.bincount(ci_a, weights=v_a * err[ri_a], minlength=n_feat) + reg * w
        g2 += grad * grad
        w -= lr * grad / np.sqrt(g2)
    out = {name: round(float(w[i]), 5) for i, name in enumerate(names) if abs(w[i]) > 1e-5}
    out["__bias__"] = round(float(w[-1]), 5)
    return out


def score(weights: Mapping[str, float], features: Features) -> float:
    """The linear score (log-odds) of one feature row."""
    total = weights.get("__bias__", 0.0)
    for name, value in features.items():
        total += weights.get(name, 0.0) * value
    return total


def probability(weights: Mapping[str, float], features: Features) -> float:
    z = max(-30.0, min(30.0, score(weights, features)))
    return 1.0 / (1.0 + math.exp(-z))


def save_model(path: Path, weights: Mapping[str, float], meta: Mapping[str, object]) -> None:
    data = {"meta": dict(meta), "weights": dict(sorted(weights.items()))}
    path.write_text(json.dumps(data, indent=0, sort_keys=True) + "\n", encoding="utf-8")


def load_model(path: Path) -> tuple[dict[str, float], dict[str, object]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return dict(data["weights"]), dict(data.get("meta", {}))


class ShippedModel:
    """A model's shipped file, read once on first use, with stand-ins that replace it for
    a while: other weights (a cross-validation fold) or None (the model off, as its own
    trainer needs). `use` pushes a stand-in, `restore` pops it."""

    def __init__(self, path: Path, read: Callable[[dict[str, float], dict[str, object]], Any]
                 = lambda weights, meta: weights) -> None:
        self.path = path
        self._read = read
        self._stand_ins: list[Any] = []
        self._shipped: Any = None
        self._loaded = False

    def current(self) -> Any:
        """The stand-in on top, else the shipped model (None when there is no file)."""
        if self._stand_ins:
            return self._stand_ins[-1]
        if not self._loaded:
            self._shipped = self._read(*load_model(self.path)) if self.path.exists() else None
            self._loaded = True
        return self._shipped

    def use(self, stand_in: Any) -> None:
        self._stand_ins.append(stand_in)

    def restore(self) -> None:
        if self._stand_ins:
            self._stand_ins.pop()


def folds(groups: Iterable[str], k: int) -> list[int]:
    """Assign each row's group to one of k folds, deterministically (by sorted group order)."""
    groups = list(groups)
    order = sorted(set(groups))
    fold_of = {g: i % k for i, g in enumerate(order)}
    return [fold_of[g] for g in groups]


def parse_records(path: Path, model: str | None = None, batch_size: int = 16) -> list:
    """(record, Doc) for each line of a JSONL gold file, parsed as `reporter analyze` parses it."""
    from reporter.ingest.jsonl import parse_record
    from reporter.nlp import load_pipeline

    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
               if line.strip()]
    articles = [parse_record(r, origin=str(path)) for r in records]
    docs = load_pipeline(model).pipe((a.text for a in articles), batch_size=batch_size)
    return list(zip(records, docs, strict=True))


def cross_validated(data: list[tuple[list, list]], fold: list[int], k: int, train) -> list:
    """k-fold cross-validation: for each item, the weights trained on the other folds.

    `data[i]` is item i's (feature rows, labels); `fold[i]` its fold (see `folds`).
    """
    weights: list = [None] * len(data)
    for f in range(k):
        rows: list = []
        labels: list = []
        for i, (r, y) in enumerate(data):
            if fold[i] != f:
                rows += r
                labels += y
        w = train(rows, labels)
        for i in range(len(data)):
            if fold[i] == f:
                weights[i] = w
    return weights


def fit_and_save(path: Path, examples: Iterable[tuple[list, list]], train, gold: Path,
                 params: Mapping[str, object], meta: Mapping[str, object] | None = None) -> None:
    """Train on every (rows, labels) example and save the weights with how they were made
    (plus `meta`: what the model's user needs besides its weights, e.g. a threshold)."""
    rows: list = []
    labels: list = []
    for r, y in examples:
        rows += r
        labels += y
    weights = train(rows, labels)
    save_model(path, weights, {"trained_on": gold.name, "rows": len(rows),
                               "positives": sum(labels), "params": params, **(meta or {})})
    print(f"wrote {path}: {len(weights)} weights from {len(rows)} candidates")


def train_command(argv: list[str] | None, description: str, output: Path,
                  examples_of: Callable[[dict, Any], tuple[list, list]], train,
                  params: Mapping[str, object], *, batch_size: int = 16,
                  meta: Mapping[str, object] | None = None) -> int:
    """The command line every trainer shares: `python -m MODULE GOLD.jsonl [-o OUT]
    [--model NAME]` parses GOLD, turns each (record, Doc) into training rows with
    `examples_of` and writes the fitted weights to OUT (by default, the shipped file)."""
    ap = argparse.ArgumentParser(description=description.split("\n")[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("-o", "--output", type=Path, default=output)
    ap.add_argument("--model", help="spaCy pipeline to parse with")
    a = ap.parse_args(argv)
    examples = (examples_of(record, doc)
                for record, doc in parse_records(a.gold, a.model, batch_size=batch_size))
    fit_and_save(a.output, examples, train, a.gold, params, meta)
    return 0
