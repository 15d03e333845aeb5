"""made_to_last: no collection while long-lived objects are made, frozen afterwards."""

from __future__ import annotations

import gc

import pytest

from reporter.lifetime import made_to_last


@pytest.fixture
def collections():
    seen: list[dict] = []

    def record(phase: str, info: dict) -> None:
        if phase == "stop":
            seen.append(info)

    gc.callbacks.append(record)
    yield seen
    gc.callbacks.remove(record)
    gc.unfreeze()


def test_no_collection_inside_and_what_was_made_is_frozen_after(collections):
    thresholds = gc.get_threshold()
    before = gc.get_freeze_count()
    with made_to_last():
        made = [[] for _ in range(50_000)]  # 70 times the usual gen-0 threshold
        for item in made:
            item.append(item)  # cycles, the collector's business
        assert collections == []
    assert gc.get_threshold() == thresholds
    assert gc.get_freeze_count() >= before + 50_000


def test_an_error_inside_restores_the_collector_and_freezes_nothing(collections):
    thresholds = gc.get_threshold()
    before = gc.get_freeze_count()
    with pytest.raises(RuntimeError), made_to_last():
        raise RuntimeError("load failed")
    assert gc.get_threshold() == thresholds
    assert gc.get_freeze_count() == before
