"""The shared pieces of the trained models: shipped weights with stand-ins, and the
trainers' command line."""

from __future__ import annotations

import json

from reporter.analyse.learn import ShippedModel, train_command


def test_shipped_model_is_read_once_and_stand_ins_come_and_go(tmp_path):
    path = tmp_path / "model.json"
    path.write_text(json.dumps({"meta": {"threshold": 0.4}, "weights": {"a": 1.0}}))
    model = ShippedModel(path, lambda weights, meta: (weights, meta["threshold"]))
    assert model.current() == ({"a": 1.0}, 0.4)
    path.write_text(json.dumps({"meta": {"threshold": 0.9}, "weights": {"b": 2.0}}))
    assert model.current() == ({"a": 1.0}, 0.4)  # read on first use only
    model.use(None)
    model.use(({"c": 3.0}, 0.5))
    assert model.current() == ({"c": 3.0}, 0.5)
    model.restore()
    assert model.current() is None  # a stand-in may switch the model off
    model.restore()
    model.restore()  # restoring more than was used is harmless
    assert model.current() == ({"a": 1.0}, 0.4)
    assert ShippedModel(tmp_path / "missing.json").current() is None


def test_train_command_fits_every_record_and_saves_extra_meta(tmp_path, nlp):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps({"id": str(n), "text": text}) + "\n" for n, text in
                            enumerate(["Prices rose again today.", "Talks may resume soon."])))
    out = tmp_path / "out.json"
    seen = []

    def examples_of(record, doc):
        seen.append((record["id"], doc.text))
        return [{"x": 1.0}], [int(record["id"])]

    def train(rows, labels):
        return {"x": float(sum(labels)), "__bias__": float(len(rows))}

    assert train_command([str(gold), "-o", str(out)], "Train a toy.\n\nMore.", tmp_path / "no",
                         examples_of, train, {"l2": 1.0}, meta={"threshold": 0.3}) == 0
    assert seen == [("0", "Prices rose again today."), ("1", "Talks may resume soon.")]
    saved = json.loads(out.read_text())
    assert saved["weights"] == {"__bias__": 2.0, "x": 1.0}
    assert saved["meta"] == {"trained_on": "gold.jsonl", "rows": 2, "positives": 1,
                             "params": {"l2": 1.0}, "threshold": 0.3}
