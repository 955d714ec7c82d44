"""normalize._script without sets: the same answer as the set-based version it replaced.

The old function is kept here, as it was, and compared with the new one on random texts
that mix traditional, simplified and shared characters with ASCII, punctuation and
characters beyond the BMP, long enough for the strided sample to skip characters.
"""

from __future__ import annotations

import sys
import tracemalloc

from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_reports.model import Script
from govinfo_reports.normalize import normalize

nm = sys.modules["govinfo_reports.normalize"]


def old_script(folded: str, simplified: str) -> Script:
    """normalize._script as of b676c1a (two sets of the sample's characters)."""
    if folded == simplified:
        return Script.SIMPLIFIED
    step = max(1, len(folded) // 400)
    before, after = set(folded[::step]), set(simplified[::step])
    trad = len(before - after)
    if trad == 0:
        return Script.SIMPLIFIED
    cands = "\n".join(sorted(c for c in before & after if c >= "\u3400"))
    try:
        back: str = nm._s2t().convert(cands)
    except (UnicodeError, ValueError, TypeError):
        return Script.TRADITIONAL
    if len(back) != len(cands):
        return Script.TRADITIONAL
    simp = sum(
        a != b and a not in nm._BOTH_SCRIPTS for a, b in zip(cands[::2], back[::2], strict=True)
    )
    share = trad / (trad + simp)
    if share >= 0.85:
        return Script.TRADITIONAL
    if share <= 0.15:
        return Script.SIMPLIFIED
    return Script.MIXED


_TRADITIONAL = (
    "本機關全年主動公開政府信息條受理申請數據統計報告發佈網絡辦理關於進規範編製聯繫處機構開"
)
_SIMPLIFIED = (
    "本机关全年主动公开政府信息条受理申请数据统计报告发布网络办理关于进规范编制联系处机构开"
)
_SHARED = "于并范系余后里台只干面制准表采历冲几划尽汇钟须征致出云才向别克党舍回志折据杰板注泛"
_OTHER = "0123456789 ,.;:()\n\t%abcXYZ，。；：（）、①〇零一二三\u3000é½\U00020000\U0002a6a5㐀"

_chars = st.sampled_from(_TRADITIONAL + _SIMPLIFIED + _SHARED + _OTHER)
_mixed = st.lists(
    st.tuples(st.sampled_from((_TRADITIONAL, _SIMPLIFIED, _SHARED, _OTHER)), st.integers(0, 60)),
    max_size=40,
).map(lambda runs: "".join(alphabet[k % len(alphabet)] * (1 + k % 3) for alphabet, k in runs))


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(_chars, max_size=2500), _mixed))
def test_script_as_before_on_converted_text(text: str) -> None:
    simplified = nm._convert_long(text)
    assert nm._script(text, simplified) is old_script(text, simplified)


@settings(max_examples=300, deadline=None)
@given(st.text(_chars, max_size=1200), st.text(_chars, max_size=1200))
def test_script_as_before_on_any_pair(folded: str, simplified: str) -> None:
    # not a t2s pair (other lengths, characters that t2s would not make): the same anyway
    assert nm._script(folded, simplified) is old_script(folded, simplified)


@settings(max_examples=100, deadline=None)
@given(st.text(st.characters(codec="utf-8"), max_size=900))
def test_script_as_before_on_any_text(text: str) -> None:
    simplified = nm._convert_long(text)
    assert nm._script(text, simplified) is old_script(text, simplified)


def test_script_of_texts_in_each_script() -> None:
    for text, script in (
        (_TRADITIONAL * 20, Script.TRADITIONAL),
        (_SIMPLIFIED * 20, Script.SIMPLIFIED),
        ((_TRADITIONAL + _SIMPLIFIED) * 20, Script.MIXED),
    ):
        simplified = nm._convert_long(text)
        assert nm._script(text, simplified) is script is old_script(text, simplified)


def test_script_peak_is_small() -> None:
    # a 2 KB traditional text: the sets took 60 KB; one string of the distinct characters
    # and the candidates for s2t take about as much as the sample
    text = "".join(dict.fromkeys(_TRADITIONAL + _SHARED + "報導準則顯示環境證據屬實體驗")) * 5
    simplified = nm._convert_long(text)
    normalize(text)  # the converters are built
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        assert nm._script(text, simplified) is Script.TRADITIONAL
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    assert peak < 2 * len(text.encode())


def test_a_simplified_text_is_kept_once() -> None:
    # t2s gives an equal copy of a simplified text: the result keeps the source itself
    source = "本机关全年主动公开政府信息3439条,受理申请99件。\n" * 3
    n = normalize(source)
    assert n.text is source
    assert nm._convert(source) is source
