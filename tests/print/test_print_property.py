"""Whatever the coordinator writes, a render either fits and scans, or refuses naming a panel."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from fieldkit.print import Helpline, PanelOverflowError, RenderRequest, Section, default_texts, render

from . import pdfcheck
from .conftest import DEMO_TEL

WORDS = [
    "İnsan",
    "alveri",
    "xaricdə",
    "iş",
    "təklifi",
    "pasportunuzu",
    "ağıllı",
    "şəxs",
    "qaynar",
    "xətt",
    "çox",
    "üçün",
]
LONG_WORD = "Şəxsiyyətvəsiqəsiçoxuzunsözdürvəsətrəsığmayacaqdırheçvaxt"
PANELS = {
    "trifold": {
        "front cover (outside, right)",
        "back cover (outside, middle)",
        "inner flap (outside, left)",
        "inside left",
        "inside middle",
        "inside right",
    },
    "a5": {"title band", "front body", "back"},
    "a6": {"title band", "front body", "back"},
}


def sentence(n_words: int, long_word: bool) -> str:
    words = [WORDS[i % len(WORDS)] for i in range(max(n_words, 1))]
    if long_word:
        words.insert(len(words) // 2, LONG_WORD)
    return " ".join(words).capitalize() + "."


texts_strategy = st.fixed_dictionaries(
    {
        "title": st.integers(1, 40),
        "paragraphs": st.lists(st.integers(1, 260), min_size=4, max_size=4),
        "points": st.lists(st.integers(1, 40), min_size=1, max_size=7),
        "long_word": st.booleans(),
    }
)


@settings(max_examples=24, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    spec=texts_strategy,
    template=st.sampled_from(sorted(PANELS)),
    langs=st.sampled_from([("az",), ("az", "en")]),
)
def test_random_text_lengths_fit_and_scan_or_are_refused_naming_a_panel(
    spec: dict[str, object],
    template: str,
    langs: tuple[str, ...],
    helpline: Helpline,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    base = default_texts("az")
    paragraphs: list[int] = spec["paragraphs"]  # type: ignore[assignment]
    points: list[int] = spec["points"]  # type: ignore[assignment]
    long_word = bool(spec["long_word"])
    sections = tuple(
        Section(s.heading, (sentence(n, long_word and i == 2),), s.bullets)
        for i, (s, n) in enumerate(zip(base.sections, paragraphs, strict=True))
    )
    texts = dataclasses.replace(
        base,
        title=sentence(spec["title"], False),  # type: ignore[arg-type]
        sections=sections,
        key_points=tuple(sentence(n, False) for n in points),
    )
    out = tmp_path_factory.mktemp("prop") / "piece.pdf"
    request = RenderRequest(template, langs, helpline, texts={"az": texts}, funder="Demo")  # type: ignore[arg-type]
    try:
        result = render(request, out)
    except PanelOverflowError as err:
        event(f"refused: {err.panel}")
        assert err.panel in PANELS[template]
        assert f"{err.panel} panel" in str(err)
        assert not out.exists()
        return
    event("fits")
    assert result.pages == 2
    assert [d.text for d in pdfcheck.decode_qr(out, 0)] == [DEMO_TEL]
