"""`fieldkit --demo`: a set-up store full of realistic sample data, written through the real services."""

from __future__ import annotations

import shutil
from pathlib import Path

from fieldkit.app import make_demo_store
from fieldkit.config import Paths, load_settings
from fieldkit.services import stock
from fieldkit.services.demo import DEMO_HELPLINE
from fieldkit.services.helplines import list_helplines
from fieldkit.services.summary import store_summary
from fieldkit.store.open import open_store


def test_the_demo_store_holds_events_people_headcounts_handouts_and_print_runs() -> None:
    directory = Path(make_demo_store())
    try:
        paths = Paths(directory)
        store = open_store(paths)
        try:
            assert store.identity_problem is None
            counts = store_summary(store)
            assert counts["events"] >= 30 and counts["participants"] >= 200
            assert counts["attendance"] > 0 and counts["headcounts"] > 0
            kinds = {m.kind for m in stock.ledger(store, limit=None)}
            assert {"receipt", "print-run", "handout"} <= kinds
            home = load_settings(paths.settings).home_location_id
            assert home and all(b.on_hand >= 0 for b in stock.balances(store, location=home))
            (helpline,) = list_helplines(store)
            assert helpline.number == DEMO_HELPLINE.replace(" ", "")
            assert helpline.verified_at is None  # a fictional number is never shown as verified
        finally:
            store.close()
    finally:
        shutil.rmtree(directory)
