"""The numeral grammar: parse_quantity, find_quantities, scan_quantities (issue 2).

The expressions below are written for these tests, one table per category of the issue;
the seeds in ../shared are read only by the acceptance test, which skips without them.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import govinfo_reports as gr
from govinfo_reports import numerals
from govinfo_reports.model import Qualifier
from shared_data import SHARED

E = Qualifier.EXACT
OVER = Qualifier.OVER
ABOUT = Qualifier.ABOUT
AT_LEAST = Qualifier.AT_LEAST
AT_MOST = Qualifier.AT_MOST
BELOW = Qualifier.BELOW


def _read(text: str) -> tuple[object, object, str | None, Qualifier] | None:
    q = gr.parse_quantity(text)
    if q is None:
        return None
    return (q.value, q.high, q.unit, q.qualifier)


# (expression, value, high, unit, qualifier)
ARABIC = [
    ("3439条", 3439, None, "条", E),
    ("0件", 0, None, "件", E),
    ("99件", 99, None, "件", E),
    ("24059次", 24059, None, "次", E),
    ("1092份", 1092, None, "份", E),
    ("1名", 1, None, "名", E),
    ("8期", 8, None, "期", E),
    ("12则", 12, None, "则", E),
    ("十二批", 12, None, "批", E),
    ("457条", 457, None, "条", E),
    ("32 件", 32, None, "件", E),
    ("116  件", 116, None, "件", E),
    ("64万份", 640000, None, "份", E),
    ("3.6条", Decimal("3.6"), None, "条", E),
    ("12个工作日", 12, None, "个工作日", E),
    ("15人次", 15, None, "人次", E),
    ("7场次", 7, None, "场次", E),
    ("300元", 300, None, "元", E),
    ("4宗", 4, None, "宗", E),
    ("2起", 2, None, "起", E),
    ("21篇", 21, None, "篇", E),
    ("5个", 5, None, "个", E),
    ("6项", 6, None, "项", E),
    ("11家", 11, None, "家", E),
    ("2019年", 2019, None, "年", E),
]
FULL_WIDTH = [
    ("１２３件", 123, None, "件", E),
    ("３４３９条", 3439, None, "条", E),
    ("６．７万宗", 67000, None, "宗", E),
    ("９５．１９％", Decimal("95.19"), None, "%", E),
    ("１，２３４件", 1234, None, "件", E),
    ("約１２萬個", 120000, None, "个", ABOUT),
]
THOUSANDS = [
    ("1,234件", 1234, None, "件", E),
    ("12,345条", 12345, None, "条", E),
    ("1,234,567元", 1234567, None, "元", E),
    ("1，234件", 1234, None, "件", E),
    ("1,234.5万元", 12345000, None, "元", E),
]
MULTIPLIED = [
    ("6.7万宗", 67000, None, "宗", E),
    ("11.4万人次", 114000, None, "人次", E),
    ("1.23456万", Decimal("12345.6"), None, None, E),
    ("1.23456万条", Decimal("12345.6"), None, "条", E),
    ("0.5万元", 5000, None, "元", E),
    ("2.5亿元", 250000000, None, "元", E),
    ("3亿", 300000000, None, None, E),
    ("1.2万亿元", 1200000000000, None, "元", E),
    ("2万亿", 2000000000000, None, None, E),
    ("96171.6万元", 961716000, None, "元", E),
    ("3千件", 3000, None, "件", E),
    ("3万5千人", 35000, None, "人", E),
    ("1万2千条", 12000, None, "条", E),
    ("5千万元", 50000000, None, "元", E),
    ("0.0001万元", 1, None, "元", E),
    ("1.00001万元", Decimal("10000.1"), None, "元", E),
]
CHINESE = [
    ("三千九百五十九条", 3959, None, "条", E),
    ("两千件", 2000, None, "件", E),
    ("两件", 2, None, "件", E),
    ("一百零五件", 105, None, "件", E),
    ("一千零一十件", 1010, None, "件", E),
    ("二百五十件", 250, None, "件", E),
    ("十件", 10, None, "件", E),
    ("十五人", 15, None, "人", E),
    ("廿三人", 23, None, "人", E),
    ("壹仟贰佰元", 1200, None, "元", E),
    ("伍拾元", 50, None, "元", E),
    ("捌佰件", 800, None, "件", E),
    ("一万二", 12000, None, None, E),
    ("一万二千人", 12000, None, "人", E),
    ("十二万三千四百五十六", 123456, None, None, E),
    ("一千二百三十四万五千六百七十八", 12345678, None, None, E),
    ("一亿零一十万零一百", 100100100, None, None, E),
    ("一万一千件", 11000, None, "件", E),
    ("三点五万元", 35000, None, "元", E),
    ("七个", 7, None, "个", E),
    ("二种", 2, None, "种", E),
    ("三百万元", 3000000, None, "元", E),
    ("零件", 0, None, "件", E),
]
QUALIFIED = [
    ("200余次", 200, None, "次", OVER),
    ("2万余人次", 20000, None, "人次", OVER),
    ("10余万人", 100000, None, "人", OVER),
    ("10万余件", 100000, None, "件", OVER),
    ("1600多份", 1600, None, "份", OVER),
    ("100多万人次", 1000000, None, "人次", OVER),
    ("十余万", 100000, None, None, OVER),
    ("百余次", 100, None, "次", OVER),
    ("千余件", 1000, None, "件", OVER),
    ("近1万人次", 10000, None, "人次", ABOUT),
    ("近万人", 10000, None, "人", ABOUT),
    ("约300人", 300, None, "人", ABOUT),
    ("大约50场", 50, None, "场", ABOUT),
    ("将近80篇", 80, None, "篇", ABOUT),
    ("300人左右", 300, None, "人", ABOUT),
    ("超过200万人次", 2000000, None, "人次", OVER),
    ("逾百人", 100, None, "人", OVER),
    ("逾3000条", 3000, None, "条", OVER),
    ("17.5万人以上", 175000, None, "人", AT_LEAST),
    ("90%以上", 90, None, "%", AT_LEAST),
    ("不少于20篇", 20, None, "篇", AT_LEAST),
    ("至少5次", 5, None, "次", AT_LEAST),
    ("不足10件", 10, None, "件", BELOW),
    ("不到一成", 10, None, "%", BELOW),
    ("10件以下", 10, None, "件", AT_MOST),
    ("不超过15个工作日", 15, None, "个工作日", AT_MOST),
    ("上千人", 1000, None, "人", AT_LEAST),
    ("上万条", 10000, None, "条", AT_LEAST),
    ("上百次", 100, None, "次", AT_LEAST),
    ("1.2万余件", 12000, None, "件", OVER),
    ("逾千件", 1000, None, "件", OVER),
    ("近两万人", 20000, None, "人", ABOUT),
    ("两万余人", 20000, None, "人", OVER),
    ("一千多人", 1000, None, "人", OVER),
    ("十多家", 10, None, "家", OVER),
    ("二千三百余件", 2300, None, "件", OVER),
    ("约2000人次左右", 2000, None, "人次", ABOUT),
    ("百分之八十以上", 80, None, "%", AT_LEAST),
    ("近3成", 30, None, "%", ABOUT),
    ("六成以上", 60, None, "%", AT_LEAST),
    ("1万人次以上", 10000, None, "人次", AT_LEAST),
    # comparison words (未超过 read 超过: OVER, the opposite)
    ("未超过10件", 10, None, "件", AT_MOST),
    ("不高于5%", 5, None, "%", AT_MOST),
    ("不大于3次", 3, None, "次", AT_MOST),
    ("最多3次", 3, None, "次", AT_MOST),
    ("至多20人", 20, None, "人", AT_MOST),
    ("不小于10件", 10, None, "件", AT_LEAST),
    ("少于10件", 10, None, "件", BELOW),
    ("低于5%", 5, None, "%", BELOW),
    ("小于3次", 3, None, "次", BELOW),
    ("多于20条", 20, None, "条", OVER),
    ("高于95%", 95, None, "%", OVER),
    ("大于5件", 5, None, "件", OVER),
    ("八成五以上", 85, None, "%", AT_LEAST),
]
PERCENT = [
    ("95.19%", Decimal("95.19"), None, "%", E),
    ("100%", 100, None, "%", E),
    ("3.5%", Decimal("3.5"), None, "%", E),
    ("百分之九十五", 95, None, "%", E),
    ("百分之百", 100, None, "%", E),
    ("百分之0.5", Decimal("0.5"), None, "%", E),
    ("百分之三点五", Decimal("3.5"), None, "%", E),
    ("九成", 90, None, "%", E),
    ("5成", 50, None, "%", E),
    ("九成五", 95, None, "%", E),
    ("3个百分点", 3, None, "个百分点", E),
    ("两个百分点", 2, None, "个百分点", E),
    ("1.5个百分点", Decimal("1.5"), None, "个百分点", E),
]
RANGES = [
    ("3至5件", 3, 5, "件", E),
    ("3-5件", 3, 5, "件", E),
    ("3~5件", 3, 5, "件", E),
    ("3到5件", 3, 5, "件", E),
    ("三四十人", 30, 40, "人", E),
    ("十七八人", 17, 18, "人", E),
    ("1.5万-2万人", 15000, 20000, "人", E),
    ("3至5万元", 30000, 50000, "元", E),
    ("20%-30%", 20, 30, "%", E),
    ("1—3月", 1, 3, "月", E),
    ("1-12月", 1, 12, "月", E),
    ("3件至5件", 3, 5, "件", E),
    ("59家～68家", 59, 68, "家", E),
]
YEARS = [
    ("二〇一九年", 2019, None, "年", E),
    ("二○一九年", 2019, None, "年", E),
    ("二O一二年", 2012, None, "年", E),
    ("2021年", 2021, None, "年", E),
    ("二〇二三年", 2023, None, "年", E),
]
ALL = [
    *ARABIC,
    *FULL_WIDTH,
    *THOUSANDS,
    *MULTIPLIED,
    *CHINESE,
    *QUALIFIED,
    *PERCENT,
    *RANGES,
    *YEARS,
]


@pytest.mark.parametrize(("text", "value", "high", "unit", "qualifier"), ALL)
def test_parse_quantity(
    text: str, value: object, high: object, unit: str | None, qualifier: Qualifier
) -> None:
    assert _read(text) == (value, high, unit, qualifier)


@pytest.mark.parametrize(("text", "value", "high", "unit", "qualifier"), ALL)
def test_values_are_int_or_decimal_never_float(
    text: str, value: object, high: object, unit: str | None, qualifier: Qualifier
) -> None:
    q = gr.parse_quantity(text)
    assert q is not None
    assert type(q.value) is type(value)
    assert isinstance(q.value, (int, Decimal)) and not isinstance(q.value, bool)


@pytest.mark.parametrize(("text", "value", "high", "unit", "qualifier"), ALL)
def test_found_in_a_sentence_with_its_span(
    text: str, value: object, high: object, unit: str | None, qualifier: Qualifier
) -> None:
    sentence = f"全年共计{text}。"
    found = list(gr.find_quantities(sentence))
    assert [(q.value, q.high, q.unit, q.qualifier) for q in found] == [
        (value, high, unit, qualifier)
    ]
    q = found[0]
    assert sentence[q.span[0] : q.span[1]] == q.text
    assert text in q.text or q.text in text


# --- not quantities ----------------------------------------------------------------------

NOT_QUANTITIES = [
    "一是加强领导",
    "二是完善制度",
    "统一受理",
    "进一步规范",
    "第一时间回应",
    "三定方案",
    "三公经费",
    "两会期间",
    "万一出现",
    "只跑一次",
    "最多跑一次改革",
    "一次性告知",
    "一站式服务",
    "一网通办",
    "一把手",
    "十三五规划",
    "十四五时期",
    "党的十九大",
    "成千上万",
    "千方百计",
    "一人一档",
    "两个维护",
    "四个意识",
    "12333热线",
    "通过12333回应",
    "拨打12345",
    "粤府办〔2014〕26号",
    "国办发〔2012〕26号文件",
    "国办公开办函〔2021〕30号",
    "电话:0591-24335678",
    "联系电话:(0591)24335678",
    "传真 0591-24335679",
    "邮编:350400",
    "邮政编码350400",
    "http://www.pingtan.gov.cn/zwgk/2019/12.html",
    "www.example.gov.cn",
    "9:00-17:00",
    "第20号",
    "第3条",
    "5·15",
    "2019-12-31",
    "一、概述",
    "(一)主动公开",
    "（二）依申请公开",
    "1.加强组织",
    "1、加强组织",
    "(1)加强组织",
    "三分之一",
    "上一年度",
    "下一步工作",
    "一季度",
]
VAGUE = ["几百条", "数十家", "十几人", "几十件", "数百条", "若干件", "十几家", "数万人次", "几千元"]


@pytest.mark.parametrize("text", NOT_QUANTITIES + VAGUE)
def test_no_false_positive(text: str) -> None:
    assert [q.text for q in gr.find_quantities(text)] == []


@pytest.mark.parametrize(
    ("text", "value"), [("三千五", 3500), ("三千九百五十九", 3959), ("二十", 20), ("两百", 200)]
)
def test_a_bare_chinese_numeral(text: str, value: int) -> None:
    """parse_quantity reads a text that is nothing but a numeral; in prose a Chinese numeral
    needs a measure word, a qualifier or 万/亿 (一是, 三定 are words)."""
    assert _read(text) == (value, None, None, E)
    assert list(gr.find_quantities(f"全年共计{text}。")) == []


@pytest.mark.parametrize("text", ["一是", "统一", "进一步", "三定", "两会", "万一", *VAGUE])
def test_parse_quantity_none(text: str) -> None:
    assert gr.parse_quantity(text) is None


def test_only_the_real_numbers_in_a_sentence() -> None:
    text = "一是统一受理,全年受理申请99件,同比增长3.5%,依据粤府办〔2014〕26号,咨询电话12333。"
    found = [(q.text, q.value, q.unit) for q in gr.find_quantities(text)]
    assert found == [("99件", 99, "件"), ("3.5%", Decimal("3.5"), "%")]


def test_a_range_repeats_only_its_own_unit() -> None:
    """3件至5件 is one range; other units at its ends, or dates, are two quantities."""
    for text, want in [
        ("3件至5条", [(3, None, "件"), (5, None, "条")]),
        ("2019年至2021年", [(2019, None, "年"), (2021, None, "年")]),
        ("1月至3月", [(1, None, "月"), (3, None, "月")]),
    ]:
        assert [(q.value, q.high, q.unit) for q in gr.find_quantities(text)] == want, text


@pytest.mark.parametrize("text", ["一年半", "工作1年半", "3个半月", "2小时半"])
def test_a_half_is_not_dropped_silently(text: str) -> None:
    assert list(gr.find_quantities(text)) == []


def test_half_of_something_else_is_not_a_half() -> None:
    assert [q.text for q in gr.find_quantities("共3件半数以上办结")] == ["3件"]


def test_a_date_gives_its_parts_units() -> None:
    found = [(q.value, q.unit) for q in gr.find_quantities("截至2019年12月31日")]
    assert found == [(2019, "年"), (12, "月"), (31, "日")]


# --- zero statements ---------------------------------------------------------------------

ZEROS = [
    "本年度未收到政府信息公开申请。",
    "本年度无针对政府信息公开事务的行政诉讼。",
    "未存在政府信息公开收费及减免情况。",
    "全年未收取信息處理費。",
    "未向政府信息公开申请人收取任何费用。",
    "我局全年未收到网上信访问题。",
    "未发生因政府信息公开引起的行政复议和行政诉讼。",
    "我局没有从事政府信息公开工作的全职人员。",
    "没有向申请人收费。",
    "申请数为零。",
    "本年度不存在收取费用的情况。",
]
NOT_ZEROS = [
    "（四）无法提供",
    "4.无正当理由大量反复申请",
    "2.申请人逾期未按收费通知要求缴纳费用",
    "未经复议直接起诉",
    "尚未审结",
    "对未公开的申请说明理由",
    "本机关不掌握相关政府信息",
]


@pytest.mark.parametrize("text", ZEROS)
def test_zero_statement(text: str) -> None:
    found = list(gr.find_quantities(text))
    assert len(found) == 1
    q = found[0]
    assert (q.value, q.stated, q.qualifier, q.unit) == (0, True, E, None)
    assert text[q.span[0] : q.span[1]] == q.text
    assert q.text.startswith(("未", "无", "没有", "不存在", "申请"))


@pytest.mark.parametrize("text", NOT_ZEROS)
def test_not_a_zero_statement(text: str) -> None:
    assert [q for q in gr.find_quantities(text) if q.stated] == []


def test_zero_statement_beside_numbers_in_order() -> None:
    text = "2011年全县未收到有关政府信息公开的申请,发布信息457条。"
    found = [(q.value, q.stated) for q in gr.find_quantities(text)]
    assert found == [(2011, False), (0, True), (457, False)]


# --- spans into the original string --------------------------------------------------------


def test_spans_point_into_the_traditional_source() -> None:
    text = "共發布信息1,234條,受理申請(qǐng)二十件,約１２萬個"
    found = list(gr.find_quantities(text))
    assert [(q.value, q.text) for q in found] == [
        (1234, "1,234條"),
        (20, "二十件"),
        (120000, "約１２萬個"),
    ]
    for q in found:
        assert text[q.span[0] : q.span[1]] == q.text


def test_scan_spans_are_into_the_normalized_text() -> None:
    norm = gr.normalize("主動公開(dòng)信息3,439條")
    found = list(numerals.scan_quantities(norm.text))
    assert [(q.value, q.text) for q in found] == [(3439, "3439条")]
    q = found[0]
    assert norm.text[q.span[0] : q.span[1]] == "3439条"
    start, end = norm.to_source(q.span)
    assert norm.source[start:end] == "3,439條"


# --- the fast path agrees with the grammar -------------------------------------------------

_UNITS = ["条", "件", "宗", "次", "人次", "份", "元", "个", "%", ""]
_PRE = ["", "近", "约", "超过", "逾", "不足"]
_POST = ["", "左右", "以上", "以下"]


@settings(max_examples=300, deadline=None)
@given(
    st.integers(min_value=0, max_value=10**9),
    st.sampled_from(["", ".5", ".25", ".05"]),
    st.sampled_from(["", "万", "亿", "余万", "多万"]),
    st.sampled_from(_PRE),
    st.sampled_from(_UNITS),
    st.sampled_from(_POST),
)
def test_fast_path_agrees_with_the_grammar(
    n: int, frac: str, mult: str, pre: str, unit: str, post: str
) -> None:
    if frac and mult.startswith(("余", "多")):
        frac = ""
    text = f"{pre}{n}{frac}{mult}{unit}{post}"
    fast = numerals._parse_fast(text)
    slow = next(iter(gr.find_quantities(text)), None)
    if fast is not None:
        assert slow is not None
        assert (fast.value, fast.unit, fast.qualifier, fast.span) == (
            slow.value,
            slow.unit,
            slow.qualifier,
            slow.span,
        )
    value = Decimal(f"{n}{frac}")
    scale = {"": 1, "万": 10**4, "亿": 10**8, "余万": 10**4, "多万": 10**4}[mult]
    q = gr.parse_quantity(text)
    assert q is not None
    assert Decimal(q.value) == value * scale


# --- properties ----------------------------------------------------------------------------


@settings(max_examples=400, deadline=None)
@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(["low", "up"]))
def test_cn2an_numerals_read_back(n: int, mode: str) -> None:
    cn2an = pytest.importorskip("cn2an")
    text = cn2an.an2cn(n, mode) + "件"
    q = gr.parse_quantity(text)
    assert q is not None and q.value == n, text


_PIECES = st.sampled_from(
    [
        *"一二三四五六七八九十百千万亿零〇○两余多近约件条%.,，-至第是统十0123456789１２",
        *["報(bào)", "萬", "條", "\n", " ", "|", "〔2014〕", "http://a.cn/1", "百分之", "左右"],
    ]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=60), st.lists(_PIECES, max_size=40).map("".join)))
def test_never_raises_and_spans_in_range(text: str) -> None:
    for q in gr.find_quantities(text):
        start, end = q.span
        assert 0 <= start <= end <= len(text)
        assert text[start:end] == q.text
    gr.parse_quantity(text)


def test_import_does_not_load_cn2an() -> None:
    import subprocess
    import sys

    code = (
        "import sys, govinfo_reports as gr; gr.parse_quantity('3件'); print('cn2an' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --- acceptance: the seeds' quoted numbers ---------------------------------------------------


def _seed_expectations() -> list[tuple[str, str | None, int, str]]:
    folder = SHARED / "seeds" / "expected"
    out: list[tuple[str, str | None, int, str]] = []
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        name = path.stem
        for item in data.get("approximate") or []:
            out.append((name, item["quote"], item["value"], item["qualifier"]))
        for bd in data.get("breakdowns") or []:
            total = re.sub(r"\s*\(.*\)$", "", bd["total"])
            digits = re.match(r"[0-9]+", total)
            if digits:
                out.append((name, total, int(digits.group()), "exact"))
            for part in bd.get("parts") or []:
                out.append((name, None, part, "exact"))
    return out


def test_seed_quotes_are_found() -> None:
    if not (SHARED / "seeds" / "expected").is_dir():
        pytest.skip("../shared is absent")
    expectations = _seed_expectations()
    assert expectations
    found: dict[str, list[gr.Quantity]] = {}
    missed = []
    for name, quote, value, qualifier in expectations:
        text = (SHARED / "seeds" / f"{name}.txt").read_text(encoding="utf-8")
        if name not in found:
            found[name] = list(gr.find_quantities(text))
            for q in found[name]:
                assert text[q.span[0] : q.span[1]] == q.text
        if quote is None:
            ok = any(q.value == value for q in found[name])
        else:
            places = [m.start() for m in re.finditer(re.escape(quote), text)]
            ok = any(
                q.value == value
                and q.qualifier.value == qualifier
                and any(q.span[0] < p + len(quote) and p < q.span[1] for p in places)
                for q in found[name]
            )
        if not ok:
            missed.append((name, quote, value, qualifier))
    assert missed == []


# --- the figure reader's compact scan agrees with scan_quantities ---------------------------

_SCAN_PIECES = st.sampled_from(
    [
        *"一二三四五六七八九十百千万亿零两余多近约超逾不件条人次年月日%％.．,，-~至到第是统0123456789０１上将接大",
        *[
            " ",
            "\t",
            "\n",
            "\r\n",
            "\u3000",
            "|",
            " | ",
            "：",
            ":",
            "(",
            "（",
            ")",
            "）",
            "/",
            "号",
        ],
        *[
            "电话",
            "邮编",
            "编号",
            "号码",
            "QQ",
            " | 0 | ",
            "| 12 |",
            "半",
            "左右",
            "以上",
            "以下",
            "百分之",
            "个百分点",
            "成",
            "未收到申请",
            "人民",
            "以上述",
            "期间",
            "‰",
        ],
        *[
            "12345",
            "2019年1月1日",
            "〔2014〕",
            "A1",
            "7b",
            "#3",
            "4号",
            "5.",
            ".6",
            "·",
            "几",
            "、",
            "。",
            "超过",
            "不足",
            "不到",
            "不超过",
            "大约",
            "将近",
            "接近",
            "至少",
        ],
        *[
            "点",
            "三点五",
            "廿",
            "〇",
            "萬",
            "億",
            "上千",
            "上年",
            "一次性",
            "第一",
            "百余",
            "第3至5项",
            "第二十条",
            "第",
            "第上百",
        ],
    ]
)


def _agree(text: str) -> None:
    from govinfo_reports._numeral_scan import scan_compact

    dates = frozenset("年月日")
    keep, ends = frozenset("件条"), frozenset("，。\n")
    want = [q for q in numerals.scan_quantities(text) if q.unit is None or q.unit not in dates]
    scan = scan_compact(text, dates, keep, ends)
    got = [scan.quantity(i) for i in range(len(scan))]
    assert got == want
    assert list(scan.starts) == [q.span[0] for q in want]
    assert list(scan.ends) == [q.span[1] for q in want]
    assert scan.units == [q.unit for q in want]
    candidates = []
    for i, q in enumerate(want):
        k = q.span[1]
        while k < len(text) and k < q.span[1] + 2 and text[k] in " \t":
            k += 1
        if q.unit in keep or (
            q.unit is None
            and (
                k >= len(text)
                or text[k] in ends
                or (i + 1 < len(want) and want[i + 1].span[0] <= k)
            )
        ):
            candidates.append(i)
    assert list(scan.candidates) == candidates


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_SCAN_PIECES, max_size=40).map("".join))
def test_compact_scan_agrees_with_scan_quantities(text: str) -> None:
    _agree(text)


def test_compact_scan_agrees_on_the_seeds() -> None:
    texts = [
        "共收到申请48件，| 40 | 5 |，电话12345678，邮编 510000。3至5件，约3万元，2019-12-31",
        # digits with a unit read by the skipping pattern: the unit PATTERN reads (件次,
        # not 件 before 次半), and none where PATTERN reads more (a range, 以上, 半)
        "0件次半，3人民，4人次半，5%至6%，7 \n 条以上，8条以上述，9年半，10期间，11‰",
        # (a qualifier word, two spaces, then 上百: the numeral starts six characters on)
        "不超过  上百人，约上千元",
        *(p.read_text(encoding="utf-8") for p in sorted((SHARED / "seeds").glob("*.txt"))),
    ]
    for text in texts:
        _agree(gr.normalize(text).text)


def test_compact_scan_agrees_on_random_bytes() -> None:
    import random

    rng = random.Random(0)
    for _ in range(20):
        _agree(rng.randbytes(2000).decode("latin-1"))


def test_the_re_engine_reads_the_numeral_pattern_as_regex_does() -> None:
    from govinfo_reports import _numeral_scan

    pairs = [(numerals._PATTERN, _numeral_scan.PATTERN), (numerals._SINGLE, _numeral_scan.SINGLE)]
    texts = [
        "约3至5万件以上，近百余人次；1,234.5万元 12333热线 百分之九十五 上千人 3% 4-5个 二〇一九年"
    ]
    for text in texts:
        for slow, fast in pairs:
            for pos in range(len(text)):
                a, b = slow.search(text, pos), fast.search(text, pos)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(_SCAN_PIECES, max_size=60).map("".join),
    st.integers(min_value=0, max_value=200),
    st.integers(min_value=0, max_value=200),
)
def test_a_skipped_region_leaves_the_rest_as_a_full_scan(text: str, a: int, b: int) -> None:
    from govinfo_reports._numeral_scan import scan_compact

    dates = frozenset("年月日")
    full = scan_compact(text, dates)
    part = scan_compact(text, dates, skip=[(min(a, b), max(a, b))])
    holes = [(r1, r2) for _, r1, r2 in part.holes]

    def outside(i: int) -> bool:
        return not any(r1 <= full.starts[i] < r2 for r1, r2 in holes)

    want = [full.quantity(i) for i in range(len(full)) if outside(i)]
    assert [part.quantity(i) for i in range(len(part))] == want


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(
            _SCAN_PIECES,
            st.sampled_from(
                [
                    "。",
                    "！",
                    "其中",
                    " | 3 | 0 | 12 |",
                    "\n",
                    "\n(一)予以公开 | 20 | 2 |",
                    "\n2.其他 | 0 | |",
                ]
            ),
        ),
        max_size=60,
    ).map("".join),
    st.lists(st.integers(min_value=0, max_value=300), max_size=4),
)
def test_left_out_row_cells_are_read_by_nothing(text: str, anchors: list[int]) -> None:
    """Inner cells of table rows (and whole rows inside a run of them) that no reading
    reaches are left out; the rest is the full scan."""
    from govinfo_reports._numeral_scan import scan_compact

    dates, keep, ends = frozenset("年月日"), frozenset("件条"), frozenset("，。\n")
    sentence_ends = [i for i, ch in enumerate(text) if ch in "。！"]
    full = scan_compact(text, dates, keep, ends)
    part = scan_compact(text, dates, keep, ends, reads=(sentence_ends, sorted(anchors)))
    spans = list(zip(full.starts, full.ends, strict=True))
    kept = list(zip(part.starts, part.ends, strict=True))
    assert set(kept) <= set(spans)
    index = {span: i for i, span in enumerate(spans)}
    assert [index[kept[i]] for i in part.candidates] == list(full.candidates)
    assert [full.units[index[span]] for span in kept] == part.units
    starts_from = sorted(
        anchors + [full.ends[i] for i in range(len(full)) if full.units[i] in keep]
    )
    for k, span in enumerate(spans):
        if span in kept:
            continue
        # an inner cell: no unit, its neighbours on its line are cells, no reading reaches it
        assert full.units[k] is None and k not in full.candidates
        assert 0 < k < len(spans) - 1
        x = span[0]
        line = text[text.rfind("\n", 0, x) + 1 : text.find("\n", x) % (len(text) + 1)]
        assert "|" in line
        for p in starts_from:
            if p <= x:
                assert any(p <= e < x for e in sentence_ends)


def test_rows_no_reading_reaches_keep_their_first_and_last_number() -> None:
    from govinfo_reports._numeral_scan import scan_compact

    text = "共3件。\n一、新收 | 40 | 5 | 48 |\n(二)部分公开 | 5 | 1 |\n3.其他 | 0 | 7 |\n"
    args = (text, frozenset("年月日"), frozenset("件"), frozenset("，。\n"))
    full = scan_compact(*args)
    part = scan_compact(*args, reads=([text.index("。")], []))
    assert [text[a:b] for a, b in zip(full.starts, full.ends, strict=True)][1:] == [
        *["40", "5", "48", "5", "1", "0", "7"]
    ]
    assert [text[a:b] for a, b in zip(part.starts, part.ends, strict=True)] == ["3件", "40", "7"]
    # a breakdown opening before them (no sentence end between): every cell stays
    again = scan_compact(*args, reads=([text.index("。")], [text.index("一")]))
    assert list(again.starts) == list(full.starts)


def test_a_refused_match_of_rows_is_not_tried_again_inside_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from govinfo_reports import _numeral_scan

    calls = []
    real = _numeral_scan._ROWS

    class Counting:
        def match(self, text: str, pos: int) -> re.Match[str] | None:
            calls.append(pos)
            return real.match(text, pos)

    monkeypatch.setattr(_numeral_scan, "_ROWS", Counting())
    text = "\n标签 | 1 | 2 | 3 |" * 2000
    # an opening in the middle: the rows before it may be read, so the match is refused
    anchors = [len(text) // 2]
    scan = _numeral_scan.scan_compact(text, frozenset("年月日"), reads=([], anchors))
    assert len(calls) == 1
    # (rows before the opening keep their first and last cells, rows after it all three)
    assert len(scan) == 2 * 1000 + 3 * 1000


def _in_idiom_slow(text: str, start: int, end: int) -> bool:
    """numerals._in_idiom by slices of each length (the reference it is tested against)."""
    inside = end - start
    for length in numerals._IDIOM_LENGTHS:
        for k in range(max(0, start - length + 1), end):
            idiom = text[k : k + length]
            if idiom not in numerals._IDIOM_SET:
                continue
            if start < k < end < k + len(idiom):
                continue  # (the last digits of a longer numeral: 三十一起)
            if idiom == "一起" and numerals._cases_of_one(text, k):
                continue  # (one case: 行政复议一起)
            if not (k >= start and k + length <= end and inside > length):
                return True
    return False


def test_the_idiom_test_by_pairs_agrees_with_the_test_by_slices() -> None:
    import random

    rng = random.Random(3)
    chars = "".join(sorted(set("".join(numerals._IDIOM_SET)))) + "ab"
    for _ in range(100_000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(1, 12)))
        if rng.random() < 0.3:  # an idiom at the text's end, with a numeral in it or before
            text += rng.choice(sorted(numerals._IDIOM_SET))
        start = rng.randint(0, len(text) - 1)
        end = rng.randint(start + 1, len(text))
        want = _in_idiom_slow(text, start, end)
        assert numerals._in_idiom(text, start, end) == want, (text, start, end)


def test_skipped_regions_leave_zeros_and_phone_numbers_outside_as_a_full_scan() -> None:
    # the statements of zero and the phone keywords are looked for only outside the
    # holes (and up to 16 characters before them): the rest reads as a full scan
    import random

    from govinfo_reports._numeral_scan import scan_compact

    pieces = [
        "未收到申请",
        "没有发生行政复议",
        "无",
        "申请数为零",
        "未向申请人收取费用",
        "电话",
        "邮编：",
        "\n",
        "\n",
        " | ",
        "12345678",
        "3",
        "48件",
        "，",
        "。",
        "一次",
    ]
    rng = random.Random(2)
    dates = frozenset("年月日")
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        n = len(text)
        skip = [tuple(sorted((rng.randint(0, n), rng.randint(0, n)))) for _ in range(3)]
        full = scan_compact(text, dates)
        part = scan_compact(text, dates, skip=skip)  # type: ignore[arg-type]
        holes = [(r1, r2) for _, r1, r2 in part.holes]
        want = [
            full.quantity(i)
            for i in range(len(full))
            if not any(r1 <= full.starts[i] < r2 for r1, r2 in holes)
        ]
        assert [part.quantity(i) for i in range(len(part))] == want, (text, skip)


def test_the_phone_keywords_near_parts_give_every_offset_in_them() -> None:
    import random

    from govinfo_reports import _numeral_scan, numerals

    rng = random.Random(4)
    words = sorted(numerals._PHONE_WORDS)
    for _ in range(3000):
        text = "".join(
            rng.choice([*words, "a", "12", "\n", "：", "号"]) for _ in range(rng.randint(0, 30))
        )
        cuts = sorted(rng.randint(0, len(text)) for _ in range(4))
        parts = [(cuts[0], cuts[1]), (cuts[2], cuts[3])]
        full = _numeral_scan._phone_near(text)
        got = _numeral_scan._phone_near(text, parts)
        for lo, hi in parts:
            inside = set(range(lo, hi))
            assert got & inside == full & inside, (text, parts)


def test_statements_of_zero_tried_at_their_keys_are_those_of_a_full_search() -> None:
    import random

    pieces = [
        *numerals.ZERO_KEYS,
        "并",
        "均",
        "从",
        "曾",
        "收到",
        "发生",
        "向",
        "申请人",
        "收取",
        "费用",
        "申请",
        "行政复议",
        "情况",
        "，",
        "。",
        "\n",
        "x",
        "为零",
    ]
    rng = random.Random(6)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        keys = numerals.zero_keys(text)
        assert keys == sorted(k for k in range(len(text)) if text.startswith(numerals.ZERO_KEYS, k))
        pattern = numerals._ZERO_STATEMENT if "为零" in text else numerals._ZERO_NEGATED_ONLY
        want = [(m.span(), m.group()) for m in pattern.finditer(text)]
        got = numerals._zero_statements(text)
        assert [(q.span, q.text) for q in got] == want, text
        # in parts (cut at line starts): the matches of the whole text that start there
        starts = [0, *(k + 1 for k, c in enumerate(text) if c == "\n"), len(text)]
        cuts = sorted(rng.sample(starts, min(len(starts), 4)))
        parts = [(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if a < b]
        inside = [w for w in want if any(a <= w[0][0] < b for a, b in parts)]
        got = numerals._zero_statements(text, parts, keys)
        assert [(q.span, q.text) for q in got] == inside, (text, parts)


def test_the_table_rows_pattern_reads_as_with_a_group_per_bar() -> None:
    import random

    from govinfo_reports import _numeral_scan
    from govinfo_reports._lazy import compile_re

    old_cell = r"(?:[ \t]*+\|)++[ \t]*+(?:[1-9][0-9]{0,14}+|0)(?=[ \t]*+\|)"
    slow = compile_re(_numeral_scan._ROWS.pattern.replace(_numeral_scan._CELL, old_cell))
    assert slow.pattern != _numeral_scan._ROWS.pattern
    fast = _numeral_scan._ROWS
    pieces = [" ", "\t", "|", " | ", "||", "0", "7", "12", "05", "\n", "标签", "一、", "三类", "x"]
    rng = random.Random(10)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        for pos in range(len(text) + 1):
            a, b = slow.match(text, pos), fast.match(text, pos)
            assert (a and a.end()) == (b and b.end()), (text, pos)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("本年度发生行政复议一起。", [(1, "一起")]),
        ("共受理一起行政诉讼案件", [(1, "一起")]),
        ("行政诉讼三十一起", [(31, "三十一起")]),
        ("二十一起", [(21, "二十一起")]),
        # 'together', not a count
        ("与市局一起开展", []),
        ("同各部门一起研究", []),
        ("全年一起也没有", []),
        ("与行政一起", []),
    ],
)
def test_yiqi_is_one_case_only_beside_a_case_word(text: str, want: list[object]) -> None:
    assert [(q.value, q.text) for q in gr.find_quantities(text)] == want
