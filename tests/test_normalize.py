"""Text normalization and its offset map (issue 2).

Fixtures are written for these tests; the real reports in ../shared are read only by the
last tests, which skip when it is absent.
"""

from __future__ import annotations

import sys
from array import array
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import govinfo_reports as gr
from govinfo_reports.model import Script
from govinfo_reports.normalize import Normalized, _wrapped_numeral_edits, normalize
from shared_data import SHARED

normalize_module = sys.modules["govinfo_reports.normalize"]


def text(s: str) -> str:
    return normalize(s).text


# --- script ------------------------------------------------------------------------------


def test_traditional_to_simplified() -> None:
    assert text("政府信息公開工作年度報告") == "政府信息公开工作年度报告"


def test_t2s_not_tw2sp() -> None:
    # tw2sp would rewrite Taiwan vocabulary (計程車 → 出租车); t2s keeps the words
    assert text("計程車") == "计程车"
    assert text("資訊") == "资讯"


def test_one_converter_per_process() -> None:
    normalize("報告")
    first = normalize_module._converter()
    normalize("統計")
    assert normalize_module._converter() is first


def test_t2s_changes_nothing_below_cjk() -> None:
    # normalize skips OpenCC for a text without a character from U+2E80 on: t2s's
    # dictionaries hold no key below it, so such a text converts to itself
    below = "".join(chr(cp) for cp in range(1, 0x2E80) if not 0xD800 <= cp < 0xE000)
    assert normalize_module._converter().convert(below) == below
    assert all(normalize_module._converter().convert(ch) == ch for ch in below)
    page = "Caf\u00e9 \u00bd \u00a0\u00d7 " * 40000 + "\n報告"
    # (the no-break space is a blank like any other: normalize._plain_blanks)
    assert normalize(page).text == page[:-2].replace("\u00a0", " ") + "报告"
    assert normalize_module._convert_long(page[:-3]) == page[:-3]


@pytest.mark.parametrize(
    ("source", "script"),
    [
        ("本机关全年主动公开政府信息3439条,受理申请99件。", Script.SIMPLIFIED),
        ("本機關全年主動公開政府信息3439條,受理申請99件。", Script.TRADITIONAL),
        ("本機關全年主動公開政府信息,本机关全年主动公开政府信息。", Script.MIXED),
        ("", Script.SIMPLIFIED),
        ("12345 abc", Script.SIMPLIFIED),
    ],
)
def test_script(source: str, script: Script) -> None:
    assert normalize(source).script is script


def test_simplified_residues_in_a_traditional_text_stay_traditional() -> None:
    # machine s2t output keeps 于/并/范/系/余, which are written in both scripts
    source = "關于進一步規范政府信息公開工作,編制并聯系各部門,其余事項按規定辦理。" * 3
    assert normalize(source).script is Script.TRADITIONAL


# --- glyphs --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("共受理１２３件", "共受理123件"),
        ("ＡＢＣ ａｂｃ", "ABC abc"),
        ("占比９５．１９％", "占比95.19%"),
        ("３～５件", "3~5件"),
        ("2648－18", "2648-18"),
        ("⼆⼗件", "二十件"),
        ("⼀⼈", "一人"),
        ("⻓期", "长期"),
        ("⻔户⽹站", "门户网站"),
        ("二○一九年", "二〇一九年"),
        ("二O一二年三月", "二〇一二年三月"),
        ("二OO八年", "二〇〇八年"),
        ("二Ｏ二一年", "二〇二一年"),
        ("⑴加强领导", "(1)加强领导"),
        ("⒈加强领导", "1.加强领导"),
        ("㈠主动公开", "(一)主动公开"),
        ("受理群众谘询12次", "受理群众咨询12次"),
        ("行政覆議2件", "行政复议2件"),
        ("行政覆议与行政诉讼", "行政复议与行政诉讼"),
        # Hong Kong forms t2s leaves
        ("臨川市衞生局", "临川市卫生局"),
        ("敍述", "叙述"),
        # a numeric character reference of a CJK character, simplified with its text
        ("改&#36914;措施", "改进措施"),
        ("行政&#x8A34;&#x8A1F;", "行政诉讼"),
        ("&#60;p&#62;&#160;", "&#60;p&#62;&#160;"),
    ],
)
def test_glyph_folding(source: str, expected: str) -> None:
    assert text(source) == expected


@pytest.mark.parametrize(
    "source",
    [
        "OA系统",
        "O2O服务",
        "○ 公开目录",
        "①加强领导",  # a level-4 heading marker: kept as written
        "（一）主动公开：全年，共计。",  # clause punctuation keeps its width
        "(一)主动公开:全年,共计.",
        "一、概述",
        "年度报告\u3000正文",
        "覆盖全县的公开网络",  # 覆 alone is no variant of 复
    ],
)
def test_left_as_written(source: str) -> None:
    assert text(source) == source


# --- thousands separators ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("发布1,234条", "发布1234条"),
        ("发布12,345,678条", "发布12345678条"),
        ("金额1,234.5万元", "金额1234.5万元"),
        ("收到1，234件", "收到1234件"),
        ("１，２３４件", "1234件"),
    ],
)
def test_thousands_separators_dropped(source: str, expected: str) -> None:
    assert text(source) == expected


@pytest.mark.parametrize(
    "source",
    [
        "2018,2019年",
        "分别为1,23件",
        "分别为3,1234件",
        "为12345,678",
        "2019,1,234",
        "共3条,其中2条",
        "1.5,234",
    ],
)
def test_commas_that_are_not_thousands_separators(source: str) -> None:
    assert text(source) == source


# --- pinyin readings ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("年度報(bào)告", "年度报告"),
        ("根據(jù)《條例》", "根据《条例》"),
        ("國(guó)辦發(fā)〔2012〕26號", "国办发〔2012〕26号"),
        ("申請(qǐng)人", "申请人"),
        ("問題（wèn）", "问题"),
        ("規(guī)定(dìng)", "规定"),
        ("常熟日?qǐng)報", "常熟日?报"),
        # tones numbered, and a neutral tone's reading with none, in a text of readings
        ("財(cai2)政局年度報(bao4)告", "财政局年度报告"),
        ("存在的(de)主要問(wèn)題（tí）", "存在的主要问题"),
        ("公開了(le)。年度報(bào)告(gào)", "公开了。年度报告"),
        # after 〇
        ("二〇(líng)一五年", "二〇一五年"),
    ],
)
def test_pinyin_readings_removed(source: str, expected: str) -> None:
    assert text(source) == expected


@pytest.mark.parametrize(
    "source",
    [
        "专(兼)职联络员",
        "方式(a)和方式(b)",
        "见附件(pdf)",
        "(bào)在行首",
        "网址(http://a.cn)",
        "名称(以下简称“条例”)",
        # one bracket of letters and a digit, or a syllable without a tone, where the text
        # holds no other reading
        "附表(a1)",
    ],
)
def test_parentheses_that_are_not_readings(source: str) -> None:
    assert text(source) == source
    # one reading with a tone makes no text of readings: 方式(a) stays
    assert text("报(bào)告 方式(a)和方式(b)") == "报告 方式(a)和方式(b)"


# --- chrome ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("字号：大 中 小\n一、概述\n", "一、概述\n"),
        ("【字体：大 中 小】\n一、概述", "一、概述"),
        ("一、概述\n打印本页 关闭窗口\n", "一、概述\n"),
        ("一、概述\n【打印本页】【关闭窗口】", "一、概述\n"),
        ("正文。\n\n相關詞條\n\n熱門詞條\n\n聯絡我們", "正文。\n\n\n\n"),
        ("标题\n基本介紹\n  • 中文名:某局2011年报告\n正文", "标题\n某局2011年报告\n正文"),
        ("• example.com\n  • 来源:\n  • 作者:\n  • 字体显示:  \n正文", "正文"),
        ("选择特殊符号\n选择搜索类型\n请输入搜索\n一、概述", "一、概述"),
        ("点击收听年报语音朗读\n根据", "根据"),
        ("发布时间:2016-03-24 13:45 字体:[]\n正文", "发布时间:2016-03-24 13:45\n正文"),
        ("时间:2016-03-05 00:00 大 中 小\n正文", "时间:2016-03-05 00:00\n正文"),
        ("【打印本页】 【关闭窗口】\n正文", "正文"),
        ("浏览次数：1234\n正文", "正文"),
        ("列印本頁\n【列印】【關閉】\n正文", "正文"),
        # a wiki page's edit and audio links, its references
        ("一、概述\n編輯\n播报\n正文", "一、概述\n正文"),
        (
            "正文。\n參考資料\n1. 某县2015年报．政府网站．2016-03-25[引用日期2016-04-02]\n",
            "正文。\n",
        ),
    ],
)
def test_chrome_removed(source: str, expected: str) -> None:
    assert text(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("本局未收取任何费用[1]。", "本局未收取任何费用。"),
        ("全年公开信息12条。[1][2]\n", "全年公开信息12条。\n"),
        ("工作年度报告。[1]本报告中", "工作年度报告。本报告中"),
        ("申请[1-3]，", "申请，"),
        ("二、收费[編輯]\n", "二、收费\n"),
        ("二、收费及减免情况编辑\n三、收费 播报 编辑", "二、收费及减免情况\n三、收费"),
        ("本局负责编辑\n", "本局负责编辑\n"),
        # no footnote: a year, a mark before a word, a mark after a Latin letter or a digit
        ("见文件[2019]60号。", "见文件[2019]60号。"),
        ("附件[1]说明", "附件[1]说明"),
        ("方式a[1]。表3[2]。", "方式a[1]。表3[2]。"),
    ],
)
def test_wiki_footnote_marks_removed(source: str, expected: str) -> None:
    assert text(source) == expected


def test_a_figure_spans_a_character_reference() -> None:
    source = "本局主动公开政府信息415&#26465;。"
    n = normalize(source)
    assert n.text == "本局主动公开政府信息415条。"
    at = n.text.index("415条")
    assert source[slice(*n.to_source((at, at + 4)))] == "415&#26465;"


@pytest.mark.parametrize(
    "source",
    [
        "点击打印本页按钮可以打印报告。",
        "关闭窗口后再次申请。",
        "本局联络我们的方式见网站。",
        "基本介绍了全年工作情况。",
        "发布时间:2016-03-05 10:00",  # the scraper's header line is not chrome
        "来源:市人力资源和社会保障局 发布时间: 2019-03-20",
        "一是大中小企业同步推进",
        "编辑：张三",
        "浏览次数达1234次，较上年增长。",
        "参考资料显示，申请量逐年上升。",
        "二、主动公开政府信息情况",
    ],
)
def test_report_sentences_untouched(source: str) -> None:
    assert text(source) == source


# --- the offset map -------------------------------------------------------------------------


def test_identity_map() -> None:
    n = normalize("全年受理99件")
    assert n.to_source((4, 7)) == (4, 7)
    assert n.to_source((0, 0)) == (0, 0)
    assert n.to_source((7, 7)) == (7, 7)


def test_map_across_removed_readings() -> None:
    source = "年度報(bào)告共3,439條"
    n = normalize(source)
    assert n.text == "年度报告共3439条"
    i = n.text.index("报告")
    assert source[slice(*n.to_source((i, i + 2)))] == "報(bào)告"
    assert source[slice(*n.to_source((i, i + 1)))] == "報"
    j = n.text.index("3439条")
    assert source[slice(*n.to_source((j, j + 5)))] == "3,439條"
    assert source[slice(*n.to_source((j, j + 1)))] == "3"


def test_map_across_removed_lines() -> None:
    source = "相關詞條\n一、概述\n打印本页\n全年受理1件"
    n = normalize(source)
    assert n.text == "一、概述\n全年受理1件"
    k = n.text.index("1件")
    assert source[slice(*n.to_source((k, k + 2)))] == "1件"
    assert source[slice(*n.to_source((0, 4)))] == "一、概述"


def test_map_of_a_variant_spelling() -> None:
    n = normalize("受理谘询3次，行政覆議1件")
    assert n.text == "受理咨询3次，行政复议1件"
    start = n.text.index("复议")
    assert n.source[slice(*n.to_source((start, start + 2)))] == "覆議"


def test_map_of_an_expansion() -> None:
    source = "⑽加强"
    n = normalize(source)
    assert n.text == "(10)加强"
    assert n.to_source((1, 3)) == (0, 1)
    assert n.to_source((4, 6)) == (1, 3)


def test_out_of_range_spans_are_clamped() -> None:
    n = normalize("報(bào)告")
    assert n.to_source((-5, 99)) == (0, 7)
    assert n.to_source((5, 2)) == (7, 7)


def test_legacy_per_character_map() -> None:
    n = Normalized(source="ab", text="ab", starts=(0, 1, 2))
    assert n.to_source((0, 2)) == (0, 2)
    # a short map given only to satisfy the constructor is ignored
    m = Normalized(source="abc", text="abc", starts=(0,))
    assert m.to_source((1, 2)) == (1, 2)


def test_when_t2s_changes_the_length(monkeypatch: pytest.MonkeyPatch) -> None:
    """OpenCC keeps the length of almost every input; where it does not, the lines whose
    length changed are mapped character by character."""

    def convert(s: str) -> str:
        return s.replace("甲", "乙丙")

    monkeypatch.setattr(normalize_module, "_convert", convert)
    source = "第一行\n甲共3件\n末行5条"
    n = normalize(source)
    assert n.text == "第一行\n乙丙共3件\n末行5条"
    assert n.to_source((4, 6)) == (4, 5)
    k = n.text.index("3件")
    assert source[slice(*n.to_source((k, k + 2)))] == "3件"
    k = n.text.index("5条")
    assert source[slice(*n.to_source((k, k + 2)))] == "5条"


def test_surrogates_do_not_raise() -> None:
    n = normalize("報告\ud800共3件")
    assert "共3件" in n.text


# pieces whose normalization does not depend on their neighbours: (source, text)
_PIECES = [
    ("報", "报"),
    ("告", "告"),
    ("共", "共"),
    ("件", "件"),
    ("１", "1"),
    ("2", "2"),
    ("⼆", "二"),
    ("條", "条"),
    ("。", "。"),
    ("\n", "\n"),
    ("⑴", "(1)"),
    ("(兼)", "(兼)"),
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_every_piece_maps_back_to_itself(pieces: list[tuple[str, str]]) -> None:
    source = "".join(p for p, _ in pieces)
    joined: list[tuple[int, int, str]] = []
    _wrapped_numeral_edits("".join(t for _, t in pieces), joined)
    assume(not joined)  # (a line break inside a numeral depends on its neighbours)
    n = normalize(source)
    assert n.text == "".join(t for _, t in pieces)
    s = t = 0
    for src, out in pieces:
        assert n.to_source((t, t + len(out))) == (s, s + len(src))
        s += len(src)
        t += len(out)


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(
        st.text(max_size=80),
        st.lists(
            st.sampled_from(
                [
                    *["報(bào)", "1,234", "，", "字号：大 中 小", "\n", "打印本页", "⼆", "○"],
                    *["一", "O", "相關詞條", "• 中文名:", " ", "⑴", "條", "ａ", "(", ")", "ā", "?"],
                ]
            ),
            max_size=30,
        ).map("".join),
    )
)
def test_any_span_maps_inside_the_source_in_order(source: str) -> None:
    n = normalize(source)
    size = len(n.text)
    points = sorted({0, size, size // 2, size // 3, max(0, size - 1)})
    last = (0, 0)
    for i in points:
        for j in points:
            if j < i:
                continue
            a, b = n.to_source((i, j))
            assert 0 <= a <= b <= len(source)
            if j > i:
                assert b > a
        if i < size:
            cur = n.to_source((i, i + 1))
            assert cur[0] >= last[0]
            last = cur


# --- the real reports (../shared) -----------------------------------------------------------


def _seeds() -> list[Path]:
    folder = SHARED / "seeds"
    return sorted(folder.glob("*.txt")) if folder.is_dir() else []


def test_seed_with_pinyin_readings() -> None:
    seeds = [p for p in _seeds() if p.name.startswith("004")]
    if not seeds:
        pytest.skip("../shared is absent")
    source = seeds[0].read_text(encoding="utf-8")
    n = normalize(source)
    assert n.script is Script.TRADITIONAL
    assert "(bào)" in source and "报告" in n.text
    assert not any(ch in n.text for ch in "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ")
    for q in gr.find_quantities(source):
        assert source[q.span[0] : q.span[1]] == q.text


def test_seeds_keep_their_lines_and_map_back() -> None:
    seeds = _seeds()
    if not seeds:
        pytest.skip("../shared is absent")
    for path in seeds:
        source = path.read_text(encoding="utf-8")
        n = normalize(source)
        # a normalized line maps back to a source line that converts to it
        for line in n.text.split("\n"):
            if not line.strip():
                continue
            k = n.text.index(line)
            a, b = n.to_source((k, k + len(line)))
            assert normalize(source[a:b]).text == line


def test_pieces_cut_after_the_first_line_break_or_tag_end() -> None:
    """_cut_after looks for > only before the line break: the same cut as the first of
    either, and a long text is not read to its end once per piece."""
    import random

    rnd = random.Random(7)
    for _ in range(3000):
        text = "".join(rnd.choice("ab\n>") for _ in range(rnd.randint(0, 12)))
        pos = rnd.randint(0, len(text))
        cuts = [k for k in (text.find("\n", pos), text.find(">", pos)) if k >= 0]
        assert normalize_module._cut_after(text, pos) == (min(cuts) + 1 if cuts else len(text))


def test_line_starts_of_the_chrome_scans() -> None:
    """Each match's line start, looked for back to the previous match only, is the
    start of its line; a long line with many 字体 costs no read back per match."""
    import random
    import time

    rnd = random.Random(8)
    for _ in range(3000):
        text = "".join(rnd.choice(["字体", "字号", "小", "\n", " ", "a"]) for _ in range(20))
        for scan in (normalize_module._LINE_LAST, normalize_module._LINE_FONT):
            found: set[int] = set()
            normalize_module._add_line_starts(scan, text, found)
            assert found == {text.rfind("\n", 0, m.start()) + 1 for m in scan.finditer(text)}
    start = time.process_time()
    normalize("字体abc" * 200_000)  # one line of a million characters
    assert time.process_time() - start < 1.5


@pytest.mark.parametrize(
    ("source", "text", "value"),
    [
        ("结转下年度继续办理二十\n六件。", "结转下年度继续办理二十六件。", 26),
        ("共收到申请一百\r\n  二十件", "共收到申请一百二十件", 120),
        # a line that is a numeral alone (a marker) and digits are not joined
        ("一、总体情况\n二\n三件", "一、总体情况\n二\n三件", 3),
        ("共收到申请2\n6件", "共收到申请2\n6件", 6),
        # no count unit after it: not a number cut in two
        ("工作要点二\n三、存在的问题", "工作要点二\n三、存在的问题", None),
    ],
)
def test_a_chinese_numeral_cut_by_a_line_break_is_joined(
    source: str, text: str, value: int | None
) -> None:
    n = normalize(source)
    assert n.text == text
    qs = list(gr.find_quantities(source))
    assert (qs[-1].value if qs else None) == value
    if qs and value is not None and text != source:
        assert (
            source[slice(*qs[-1].span)]
            .replace("\n", "")
            .replace("\r", "")
            .replace(" ", "")
            .endswith("件")
        )


def test_characters_that_print_as_nothing_are_dropped_and_spans_keep_to_the_source() -> None:
    """Zero-width space and joiners, word joiner, byte order mark and soft hyphen: a page
    copied out of a browser has them inside numbers and beside cell separators."""
    source = "\ufeff共收到申请1\u200b2件，答复1\u00ad0件 | 3\u2060|\u200c\u200d"
    n = normalize(source)
    assert n.text == "共收到申请12件，答复10件 | 3|"
    at = n.text.index("12件")
    assert n.source[slice(*n.to_source((at, at + 3)))] == "1\u200b2件"


def test_box_drawing_bars_are_cell_separators() -> None:
    n = normalize("规章│3│4\n规范性文件┃5┃6\n行政许可￨7")
    assert n.text == "规章|3|4\n规范性文件|5|6\n行政许可|7"
    assert n.to_source((2, 3)) == (2, 3)  # one character for one


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("主动公开政府信\n- 1 -\n息845条。", "主动公开政府信\n息845条。"),
        ("受理\n\f  第 3 页 共 9 页  \n申请52件", "受理\n申请52件"),
        ("规章 1\n3 / 12\n规范性文件 2\n— 4 —", "规章 1\n规范性文件 2\n"),
        # not a footer: a number in a sentence, a date, a line with words
        ("共3/12件\n- 1 - 条\n12/2024", "共3/12件\n- 1 - 条\n12/2024"),
    ],
)
def test_page_footer_lines_are_removed_with_their_line_break(source: str, text: str) -> None:
    """A page number on a line of its own is page furniture: removed, and the text after
    it maps back to where it stands in the source."""
    norm = normalize(source)
    assert norm.text == text
    k = norm.text.find("52件")
    if k >= 0:
        a, b = norm.to_source((k, k + 3))
        assert source[a:b] == "52件"


def test_a_crlf_text_maps_with_one_compact_segment_a_line() -> None:
    """A CRLF's CR is deleted and its LF runs on in the next line's segment: one segment
    a line, not two, kept in flat arrays (a 580,000-character pdftotext page of one cell
    a line saved with CRLFs peaked at 60 MB in normalize, 26 times a plain copy)."""
    lines = [f"{k}" for k in range(200)]
    source = "\r\n".join(lines)
    n = normalize(source)
    assert n.text == "\n".join(lines)
    assert len(n.segments) == len(lines)
    assert isinstance(n.segments.text_starts, array)
    for k in (7, 150, 199):
        at = n.text.index(f"\n{k}") + 1
        assert n.source[slice(*n.to_source((at, at + len(str(k)))))] == str(k)
    # a span over a line break takes the CR with it; one starting at the LF does not
    at = n.text.index("\n8\n")
    assert n.source[slice(*n.to_source((at - 1, at + 2)))] == "7\r\n8"
    assert n.source[slice(*n.to_source((at, at + 2)))] == "\n8"


def test_a_lone_carriage_return_is_a_line_feed_without_a_map_entry() -> None:
    """A lone CR becomes a line feed one for one: no map segment each (100,000 CRs took
    360 times their size in memory); a CRLF still maps to its two characters."""
    n = normalize("\r" * 1000)
    assert n.text == "\n" * 1000 and len(n.segments) <= 1
    n = normalize("一、概述\r\n收到申请3件。\r二、申请")
    assert n.text == "一、概述\n收到申请3件。\n二、申请"
    at = n.text.index("3件")
    assert n.source[slice(*n.to_source((at, at + 2)))] == "3件"
