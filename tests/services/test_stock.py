"""The stock ledger: stock on hand is always the sum of the live movements, a handout that would take a
location below zero is refused unless the officer gives a reason, and that reason is kept."""

from __future__ import annotations

import shutil
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldkit.config import Paths
from fieldkit.services import materials, stock
from fieldkit.services.locations import resolve_location
from fieldkit.store.engine import Store
from fieldkit.store.errors import ValidationError
from fieldkit.store.open import initialise_device, open_store

MATERIALS = ("LF-1", "BR-2", "PS-3")
LOCATIONS = ("AZ-QAZ", "Qırmızı Körpü", "GYD")
REASONS = (None, "   ", "counted later at the office", "box found in the car")


@contextmanager
def fresh_store(template: Path) -> Iterator[Store]:
    """A new laptop in its own temporary data directory, copied from the session's migrated template
    (Hypothesis runs the test body many times; migrating a new file each time would dominate)."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = Paths(Path(tmp) / "data")
        paths.data_dir.mkdir()
        shutil.copyfile(template, paths.store)
        store = open_store(paths)
        try:
            initialise_device(store, "Stock test", "officer")
            for code in MATERIALS:
                materials.create_material(store, code=code, kind="leaflet", title_az=f"Vərəqə {code}")
            yield store
        finally:
            store.close()


@dataclass
class Ledger:
    """The pure-Python model: a list of signed movements, some voided."""

    loc_ids: dict[str, str]
    movements: list[dict[str, Any]] = field(default_factory=list)

    def on_hand(self, code: str, loc: str) -> int:
        return sum(m["qty"] for m in self.movements if not m["void"] and (m["code"], m["loc"]) == (code, loc))

    def balances(self) -> dict[tuple[str, str], int]:
        totals: dict[tuple[str, str], int] = defaultdict(int)
        for m in self.movements:
            if not m["void"]:
                totals[(m["code"], self.loc_ids[m["loc"]])] += m["qty"]
        return dict(totals)

    def add(self, record: Any, code: str, loc: str) -> None:
        self.movements.append({"id": record.id, "code": code, "loc": loc, "qty": record.quantity, "void": False})


def store_balances(store: Store) -> dict[tuple[str, str], int]:
    return {(b.material_code, b.location_id): b.on_hand for b in stock.balances(store)}


material = st.sampled_from(MATERIALS)
location = st.sampled_from(LOCATIONS)
quantity = st.integers(min_value=1, max_value=60)
reason = st.sampled_from(REASONS)
step = st.one_of(
    st.tuples(st.sampled_from(["receipt", "print-run"]), material, location, quantity, st.none()),
    st.tuples(st.sampled_from(["handout", "write-off"]), material, location, quantity, reason),
    st.tuples(
        st.just("adjustment"),
        material,
        location,
        st.integers(min_value=-60, max_value=60).filter(bool),
        reason,
    ),
    st.tuples(st.just("transfer"), material, st.tuples(location, location), quantity, reason),
    st.tuples(st.just("void"), st.integers(min_value=0, max_value=1000)),
)


def expected_refusal(delta: int, before: int, why: str | None) -> bool:
    """An outgoing movement that would take the stock below zero, with no reason given."""
    return delta < 0 and before + delta < 0 and why is None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.lists(step, min_size=1, max_size=20))
def test_stock_on_hand_is_always_the_sum_of_the_live_movements(
    store_templates: dict[str, Path], steps: list[tuple[Any, ...]]
) -> None:
    with fresh_store(store_templates["reference"]) as store:
        model = Ledger({name: resolve_location(store, name).id for name in LOCATIONS})
        for action in steps:
            kind = action[0]
            if kind == "void":
                live = [m for m in model.movements if not m["void"]]
                if not live:
                    continue
                target = live[action[1] % len(live)]
                before = model.on_hand(target["code"], target["loc"])
                if target["qty"] > 0 and before - target["qty"] < 0:
                    # undoing a receipt whose stock was already handed out would go below zero
                    with pytest.raises(ValidationError, match="would take the stock below zero"):
                        stock.void_movement(store, target["id"])
                    continue
                stock.void_movement(store, target["id"])
                target["void"] = True
            elif kind == "transfer":
                _, code, (source, target_loc), qty, given_reason = action
                why = (given_reason or "").strip() or None
                before = model.on_hand(code, source)
                if source == target_loc:
                    with pytest.raises(ValidationError, match=r"two different locations|below zero"):
                        stock.transfer(store, code, qty, source, target_loc, reason=given_reason)
                elif expected_refusal(-qty, before, why):
                    with pytest.raises(ValidationError, match=f"Only {before} of {code} in stock"):
                        stock.transfer(store, code, qty, source, target_loc, reason=given_reason)
                else:
                    out, inn = stock.transfer(store, code, qty, source, target_loc, reason=given_reason)
                    assert (out.quantity, inn.quantity) == (-qty, qty)
                    assert out.transfer_id == inn.transfer_id is not None
                    assert out.forced_reason == (why if before - qty < 0 else None)
                    assert inn.forced_reason is None
                    model.add(out, code, source)
                    model.add(inn, code, target_loc)
            else:
                _, code, loc, qty, given_reason = action
                why = (given_reason or "").strip() or None
                delta = qty if kind == "adjustment" else stock.MOVEMENT_KINDS[kind] * qty
                before = model.on_hand(code, loc)
                if expected_refusal(delta, before, why):
                    with pytest.raises(ValidationError, match=f"Only {before} of {code} in stock"):
                        stock.record_movement(store, kind, code, qty, loc, reason=given_reason)
                else:
                    record = stock.record_movement(store, kind, code, qty, loc, reason=given_reason)
                    assert record.quantity == delta
                    forced = delta < 0 and before + delta < 0
                    assert record.forced_reason == (why if forced else None)
                    model.add(record, code, loc)
                assert stock.on_hand(store, code, loc) == model.on_hand(code, loc)
            assert store_balances(store) == model.balances()
        live_ids = sorted(m["id"] for m in model.movements if not m["void"])
        assert sorted(m.id for m in stock.ledger(store, limit=None)) == live_ids


def test_a_handout_below_zero_is_refused_with_a_message_naming_the_stock_and_the_way_out(store: Store) -> None:
    materials.create_material(store, code="LF-1", kind="leaflet", title_az="Vərəqə")
    stock.record_movement(store, "receipt", "LF-1", 30, "Qırmızı Körpü")

    with pytest.raises(ValidationError) as refused:
        stock.record_movement(store, "handout", "LF-1", 40, "Qırmızı Körpü")

    message = str(refused.value)
    assert "Only 30 of LF-1 in stock at Qırmızı Körpü" in message
    assert "handout of 40" in message
    assert "--reason" in message
    assert stock.on_hand(store, "LF-1", "Qırmızı Körpü") == 30


def test_a_forced_handout_records_its_reason_and_the_negative_balance(store: Store) -> None:
    materials.create_material(store, code="LF-1", kind="leaflet", title_az="Vərəqə")

    record = stock.record_movement(store, "handout", "LF-1", 40, "AZ-QAZ", reason="  receipt not entered yet ")

    assert record.forced_reason == "receipt not entered yet"
    assert stock.on_hand(store, "LF-1", "AZ-QAZ") == -40
    assert [m.forced_reason for m in stock.ledger(store)] == ["receipt not entered yet"]


def test_stock_is_counted_per_location(store: Store) -> None:
    materials.create_material(store, code="LF-1", kind="leaflet", title_az="Vərəqə")
    stock.record_movement(store, "receipt", "LF-1", 100, "AZ-QAZ")

    with pytest.raises(ValidationError, match="Only 0 of LF-1 in stock at Qırmızı Körpü"):
        stock.record_movement(store, "handout", "LF-1", 1, "Qırmızı Körpü")
    stock.transfer(store, "LF-1", 25, "AZ-QAZ", "Qırmızı Körpü")

    assert stock.on_hand(store, "LF-1", "Qırmızı Körpü") == 25
    assert stock.on_hand(store, "LF-1", "AZ-QAZ") == 75
    qazax_only = stock.balances(store, location="AZ-QAZ")
    assert [(b.material_code, b.location_name, b.on_hand) for b in qazax_only] == [("LF-1", "Qazax", 75)]


@pytest.mark.parametrize(
    ("kind", "qty", "message"),
    [
        ("handout", 0, "positive whole number"),
        ("receipt", -5, "positive whole number"),
        ("adjustment", 0, "adjustment of 0"),
        ("receipt", stock.MAX_QUANTITY + 1, "more than Field Kit accepts"),
        ("gift", 5, "movement kind must be one of"),
    ],
)
def test_movement_quantities_and_kinds_are_checked(store: Store, kind: str, qty: int, message: str) -> None:
    materials.create_material(store, code="LF-1", kind="leaflet", title_az="Vərəqə")

    with pytest.raises(ValidationError, match=message):
        stock.record_movement(store, kind, "LF-1", qty, "AZ-QAZ")

    assert stock.balances(store) == []


@pytest.mark.parametrize("kind", ["receipt", "write-off"])
def test_a_reason_given_with_a_movement_that_stays_above_zero_is_not_recorded_as_forcing(
    store: Store, kind: str
) -> None:
    """``forced_reason`` marks movements recorded below zero; the CLI then warns "Recorded below zero".
    A note-like reason on an ordinary receipt or write-off must not be mistaken for one."""
    materials.create_material(store, code="LF-1", kind="leaflet", title_az="Vərəqə")
    stock.record_movement(store, "receipt", "LF-1", 100, "AZ-QAZ")

    record = stock.record_movement(store, kind, "LF-1", 5, "AZ-QAZ", reason="IOM shipment")

    assert stock.on_hand(store, "LF-1", "AZ-QAZ") >= 0
    assert record.forced_reason is None
    assert "IOM shipment" in record.note, "the officer's words are kept, as a note"
