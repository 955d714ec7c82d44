"""normalize._has_rare on pages of markup: the characters past U+2400 are gathered first.

A long text whose sample is mostly below U+2400 (an HTML page) has those characters
removed before the code-unit test; the answer must be what a test of every character
gives, wherever the rare character stands and whatever the page holds.
"""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

import govinfo_reports  # noqa: F401  (loads the package)

nm = sys.modules["govinfo_reports.normalize"]

_RARE_CHARS = frozenset([*map(chr, nm._FOLD), *nm._EXPAND, "○", "Ｏ"])
_PIECES = ("<p>", "x=1;", "\n", "報告", "，", "—", "“", "a" * 50, "é", "\ud800", "😀", "\u23ff")


def _full_test(text: str) -> bool:
    return not _RARE_CHARS.isdisjoint(text)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), min_size=1, max_size=40),
    st.integers(1, 3000),
    st.one_of(st.none(), st.sampled_from(sorted(_RARE_CHARS))),
    st.floats(0, 1),
)
def test_has_rare_of_a_page_of_markup(
    pieces: list[str], times: int, rare: str | None, where: float
) -> None:
    text = "".join(pieces) * times
    if rare is not None:
        k = int(where * len(text))
        text = text[:k] + rare + text[k:]
    assert nm._has_rare(text) is _full_test(text)


def test_markup_pages_take_the_short_way() -> None:
    page = "<td style='x'>1</td>" * 5000 + "报告，" * 10
    assert nm._mostly_below_2400(page)
    assert not nm._has_rare(page)
    assert nm._has_rare(page + "１")
    assert nm._has_rare("⑴" + page)
    assert not nm._mostly_below_2400("报告" * 40000)
