"""Audit of the report identity (agency, year, period, title) and of the standard section
kinds for wrong values.

The invariant: ``report.agency`` is None or exactly the body the report is about,
``report.year`` None or the year covered, ``report.period`` None or the period stated,
``report.title`` None or the report's own title, and the standard headings get their kind.
A generator writes report openings in many shapes (titles with the year before, after or
in brackets, Chinese-numeral years, two-line titles, page chrome, breadcrumbs, site names,
preambles, 统计期限 sentences, other years in the body, a contact line) and checks the
invariant on each.  Each wrong value found is a strict xfail below with a minimal text.

The texts are written for these tests (invented places 云溪/青禾, invented numbers).
"""

from __future__ import annotations

import itertools
import random
from datetime import date

import pytest

import govinfo_reports as gr
from govinfo_reports.model import Period, SectionKind

K = SectionKind

HEADINGS_2019 = (
    ("一、总体情况", K.OVERVIEW),
    ("二、主动公开政府信息情况", K.PROACTIVE_DISCLOSURE),
    ("三、收到和处理政府信息公开申请情况", K.APPLICATIONS),
    ("四、政府信息公开行政复议、行政诉讼情况", K.REVIEWS_AND_LAWSUITS),
    ("五、存在的主要问题及改进情况", K.PROBLEMS_AND_IMPROVEMENTS),
    ("六、其他需要报告的事项", K.OTHER_MATTERS),
)
HEADINGS_OLD = (
    ("一、概述", K.OVERVIEW),
    ("二、主动公开政府信息情况", K.PROACTIVE_DISCLOSURE),
    ("三、依申请公开政府信息情况", K.APPLICATIONS),
    ("四、政府信息公开的收费及减免情况", K.FEES),
    ("五、因政府信息公开申请提起行政复议、行政诉讼的情况", K.REVIEWS_AND_LAWSUITS),
    ("六、政府信息公开工作存在的主要问题及改进措施", K.PROBLEMS_AND_IMPROVEMENTS),
    ("七、其他需要报告的事项", K.OTHER_MATTERS),
)


def body(year: int, headings: tuple[tuple[str, SectionKind], ...] = HEADINGS_2019) -> str:
    """A report body whose prose names the year before and after the covered one."""
    lines = []
    for i, (heading, _) in enumerate(headings):
        lines.append(heading)
        if i == 0:
            lines.append(
                f"{year}年,我局在{year - 1}年工作基础上认真贯彻落实《条例》,"
                f"全年共主动公开政府信息120条。{year + 1}年,我局将继续推进政务公开。"
            )
        else:
            lines.append("内容。")
    return "\n".join(lines) + "\n"


def period(year: int) -> Period:
    return Period(date(year, 1, 1), date(year, 12, 31))


def cn_year(year: int) -> str:
    return "".join("〇一二三四五六七八九"[int(d)] for d in str(year))


# --------------------------------------------------------------------------------------
# generated openings: every shape must give the agency, the year and the stated period

AGENCIES = (
    "云溪区财政局",
    "青禾市卫生健康委员会",
    "云溪县人民政府",
    "青禾省教育厅",
    "云溪市政务服务中心",
    "云溪县人民政府办公室",
    "青禾市云溪区交通运输局",
    "云溪县卫生健康委",
)
TITLES = (
    "{a}{y}年政府信息公开工作年度报告",
    "{y}年{a}政府信息公开工作年度报告",
    "{y}年度{a}政府信息公开工作年度报告",
    "{a}{y}年度政府信息公开工作报告",
    "{a}{y}年政府信息公开年报",
    "{a}政府信息公开工作年度报告\n({y}年度)",
    "{a}政府信息公开工作年度报告({y}年度)",
    "{a}\n{y}年政府信息公开工作年度报告",
    "{y}年度\n{a}政府信息公开工作年度报告",
    "{a}{cy}年政府信息公开工作年度报告",
    "{cy}年{a}政府信息公开工作年度报告",
    "{a}关于{y}年政府信息公开工作情况的报告",
)
HEADERS = (
    "",
    "云溪区人民政府门户网站\n",
    "首页>政务公开>政府信息公开年报\n",
    "当前位置:首页 > 信息公开 > 年度报告\n",
    "青禾市人民政府网\n首页 > 政务公开\n",
)
PAGE_LINES = (
    "",
    "发布时间:{p}-03-31 10:00 来源:{a} 浏览次数:235\n",
    "发布日期:{p}-01-20\n",
    "【字体:大 中 小】 发布时间:{p}-03-31\n",
)
PREAMBLES = (
    "",
    "根据《中华人民共和国政府信息公开条例》(以下简称《条例》)规定,编制本报告。\n",
    "根据青禾市人民政府办公室《关于做好{y}年政府信息公开工作年度报告编制工作的通知》要求,"
    "编制本报告。\n",
    "本报告由{a}根据《中华人民共和国政府信息公开条例》要求编制。\n",
    "根据《条例》要求,现公布{a}{y}年政府信息公开工作年度报告。\n",
)
PERIODS = (
    "",
    "本报告所列数据统计期限自{y}年1月1日起至{y}年12月31日止。\n",
    "报告数据统计期限为{y}年1月1日至{y}年12月31日。\n",
    "本报告中所列数据的统计期限自{y}年1月1日起至12月31日止。\n",
)
CONTACTS = ("", "如对本报告有疑问,请与{a}办公室联系(电话:0000-1234567)。\n")
#: the end of the page: a signature dated the next year, the site's footer
ENDINGS = (
    "",
    "{a}\n{p}年3月31日\n",
    "主办:云溪区人民政府办公室 网站标识码:0000000000\n",
    "{a}\n{p}年1月20日",
)


def generated_openings(n: int = 240) -> list[tuple[str, str, int, bool]]:
    """(text, agency, year, period stated) for ``n`` deterministic combinations."""
    rng = random.Random(20191231)
    combos = list(itertools.product(range(len(TITLES)), range(len(HEADERS)), range(len(PERIODS))))
    rng.shuffle(combos)
    out = []
    for k, (t, h, p) in enumerate(combos[:n]):
        a = AGENCIES[k % len(AGENCIES)]
        y = (2016, 2019, 2021)[k % 3]
        fmt = {"a": a, "y": y, "cy": cn_year(y), "p": y + 1}
        text = (
            HEADERS[h]
            + TITLES[t].format(**fmt)
            + "\n"
            + PAGE_LINES[k % len(PAGE_LINES)].format(**fmt)
            + PREAMBLES[k % len(PREAMBLES)].format(**fmt)
            + PERIODS[p].format(**fmt)
            + body(y, HEADINGS_OLD if y < 2019 else HEADINGS_2019)
            + CONTACTS[k % len(CONTACTS)].format(**fmt)
            + ENDINGS[(k // 2) % len(ENDINGS)].format(**fmt)
        )
        out.append((text, a, y, p > 0))
    return out


def test_generated_openings_give_the_identity() -> None:
    wrong = []
    for text, agency, year, stated in generated_openings():
        r = gr.parse(text)
        got = (r.agency, r.year, r.period)
        want = (agency, year, period(year) if stated else None)
        if got != want:
            wrong.append((text[:80], got, want))
        codes = [p.code for p in r.problems]
        assert "identity.agency_missing" not in codes and "identity.year_missing" not in codes
    assert not wrong, wrong[:5]


def test_generated_openings_cover_the_shapes() -> None:
    openings = generated_openings()
    assert len({t for t, *_ in openings}) == 240
    # every title shape, header and period sentence is tried with each year
    assert {y for *_, y, _ in openings} == {2016, 2019, 2021}
    assert {a for _, a, *_ in openings} == set(AGENCIES)


# --------------------------------------------------------------------------------------
# standard headings and their kinds


@pytest.mark.parametrize(
    ("headings", "year"), [(HEADINGS_2019, 2019), (HEADINGS_2019, 2021), (HEADINGS_OLD, 2012)]
)
def test_standard_headings_have_their_kind(
    headings: tuple[tuple[str, SectionKind], ...], year: int
) -> None:
    r = gr.parse(f"云溪区财政局{year}年政府信息公开工作年度报告\n" + body(year, headings))
    assert [s.kind for s in r.sections] == [k for _, k in headings]
    assert [s.title for s in r.sections] == [h.split("、", 1)[1] for h, _ in headings]


# --------------------------------------------------------------------------------------
# single shapes that are read right (kept as regression tests)

B = body(2019)


@pytest.mark.parametrize(
    ("text", "agency", "year", "period_year"),
    [
        # site name, breadcrumb, page header with the publication date a year later
        (
            "云溪区人民政府门户网站\n云溪区财政局2019年政府信息公开工作年度报告\n"
            "发布时间:2020-03-31 来源:云溪区财政局 浏览次数:235\n" + B,
            "云溪区财政局",
            2019,
            None,
        ),
        (
            "首页 > 政务公开 > 政府信息公开年报 > 云溪区财政局2019年政府信息公开工作年度报告\n"
            "发布日期:2020-03-31\n" + B,
            "云溪区财政局",
            2019,
            None,
        ),
        # a date line under a title without year: no year from it
        (
            "云溪区财政局政府信息公开工作年度报告\n发布日期:2020-03-31\n"
            "一、总体情况\n我局认真落实《条例》。\n二、主动公开政府信息情况\n内容。",
            "云溪区财政局",
            None,
            None,
        ),
        (
            "云溪区财政局政府信息公开工作年度报告\n2020年3月31日\n"
            "一、总体情况\n我局认真落实《条例》。\n二、主动公开政府信息情况\n内容。",
            "云溪区财政局",
            None,
            None,
        ),
        (
            "发布日期:2020年3月31日\n云溪区财政局政府信息公开工作年度报告\n" + B,
            "云溪区财政局",
            2019,
            None,
        ),
        # the upper-level government in the preamble, a notice cited in 《》
        (
            "根据市政府办公室要求,现将青禾市云溪区财政局2019年政府信息公开工作情况报告如下:\n" + B,
            "青禾市云溪区财政局",
            2019,
            None,
        ),
        (
            "根据青禾市人民政府办公室要求,编制本报告。本报告由我局编制。"
            "统计期限为2019年1月1日至2019年12月31日。\n" + B,
            None,
            2019,
            2019,
        ),
        # only an alias, a site that names the district government
        (
            "云溪区人民政府门户网站\n2019年政府信息公开工作年度报告\n" + B,
            None,
            2019,
            None,
        ),
        (
            "来源:青禾市人民政府办公室 发布时间:2020-03-31 浏览次数:88\n"
            "2019年政府信息公开工作年度报告\n" + B,
            None,
            2019,
            None,
        ),
        # a 上一篇: link at the foot names another year's report
        (
            "云溪区财政局2019年政府信息公开工作年度报告\n"
            + B
            + "上一篇:云溪区财政局2018年政府信息公开工作年度报告",
            "云溪区财政局",
            2019,
            None,
        ),
        # a title spanning two years decides none
        (
            "云溪区财政局2018-2019年政府信息公开工作年度报告\n一、总体情况\n内容。",
            "云溪区财政局",
            None,
            None,
        ),
        # a second date range in the preamble (the previous year's) is not the period
        (
            "云溪区财政局2019年政府信息公开工作年度报告\n"
            "2019年1月1日至2019年6月30日,我局开展专项整治。"
            "本报告所列数据统计期限为2019年1月1日至2019年12月31日。\n一、总体情况\n内容。",
            "云溪区财政局",
            2019,
            2019,
        ),
    ],
)
def test_single_shapes(
    text: str, agency: str | None, year: int | None, period_year: int | None
) -> None:
    r = gr.parse(text)
    assert (r.agency, r.year) == (agency, year)
    assert r.period == (period(period_year) if period_year else None)


def test_news_page_with_dates_is_no_report() -> None:
    r = gr.parse(
        "青禾市2020年1月工作动态\n2019年12月5日,云溪区财政局召开政府信息公开工作会议。"
        "2019年12月20日,局长出席会议。"
    )
    assert (r.agency, r.year, r.title) == (None, None, None)
    assert [p.code for p in r.problems] == ["report.not_a_report"]


# --------------------------------------------------------------------------------------
# wrong values found (strict xfails: each passes once the reader is fixed)


def xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


WRAP = (
    "_titles' two-line title merge: for a title line at offset 0, j = i - 1 = -1 and "
    "head.rfind('\\n', 0, -1) finds the LAST line break of the head, so the last line of "
    "the head (minus its last character) is read as the line before the title"
)


@pytest.mark.parametrize(
    ("text", "agency", "year", "title"),
    [
        pytest.param(
            "云溪区财政局政府信息公开工作年度报告\n一、总体情况\n"
            "2019年,我局共主动公开政府信息120条。\n云溪区财政局\n2020年3月31日",
            "云溪区财政局",
            2019,
            "云溪区财政局政府信息公开工作年度报告",
            id="wrap-signature-date",
        ),
        pytest.param(
            "政府信息公开工作年度报告\n一、总体情况\n2019年,我局共主动公开政府信息120条。\n"
            "青禾市人民政府2018年工作安排\n",
            None,
            2019,
            None,
            id="wrap-last-line",
        ),
        pytest.param(
            "2019年政府信息公开工作年度报告\n一、总体情况\n"
            "2019年,我局共主动公开政府信息120条。\n抄送 青禾市人民政府办公室\n",
            None,
            2019,
            "2019年政府信息公开工作年度报告",
            id="wrap-cc-line",
        ),
        pytest.param(
            "云溪区财政局政府信息公开工作年度报告\n一、总体情况\n内容。\n"
            "相关阅读 云溪区财政局2018年政府信息公开工作年度报告",
            "云溪区财政局",
            None,
            "云溪区财政局政府信息公开工作年度报告",
            id="wrap-related-link",
        ),
        pytest.param(
            "2020年3月31日\n云溪区财政局政府信息公开工作年度报告\n"
            "一、总体情况\n2019年,我局共主动公开政府信息120条。",
            "云溪区财政局",
            2019,
            "云溪区财政局政府信息公开工作年度报告",
            id="date-line-above-title",
        ),
        pytest.param(
            "上一篇 青禾市人民政府2019年政府信息公开工作年度报告\n"
            "云溪区财政局政府信息公开工作年度报告\n一、总体情况\n内容。",
            "云溪区财政局",
            None,
            "云溪区财政局政府信息公开工作年度报告",
            id="chrome-word-with-blank",
        ),
        pytest.param(
            "相关链接 青禾市人民政府2019年政府信息公开工作年度报告\n"
            "云溪区财政局政府信息公开工作年度报告\n一、总体情况\n内容。",
            "云溪区财政局",
            None,
            "云溪区财政局政府信息公开工作年度报告",
            id="chrome-related-with-blank",
        ),
    ],
)
def test_titles_do_not_borrow_other_lines(
    text: str, agency: str | None, year: int | None, title: str | None
) -> None:
    r = gr.parse(text)
    assert r.agency in (None, agency)
    assert r.year in (None, year)
    assert r.title in (None, title)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "2019年政府信息公开工作年度报告\n一、总体情况\n2019年,我局共主动公开政府信息120条。\n"
            "如对本报告有疑问,请与青禾市人民政府办公室联系。",
            id="contact-upper-office",
        ),
        pytest.param(
            "2019年政府信息公开工作年度报告\n一、总体情况\n"
            "2019年,青禾市人民政府高度重视政务公开工作,我局在市政府领导下推进公开。",
            id="subject-upper-government",
        ),
    ],
)
def test_upper_level_bodies_are_not_the_agency(text: str) -> None:
    assert gr.parse(text).agency is None


@pytest.mark.parametrize(
    ("text", "year", "period_value"),
    [
        pytest.param(
            "云溪区财政局2019年政府信息公开工作年度报告\n一、总体情况\n"
            "我局按时报送统计数据,报送时间为1月1日至1月10日。",
            2019,
            None,
            id="period-reporting-window",
        ),
        pytest.param(
            "云溪区财政局2019年政府信息公开工作年度报告\n一、总体情况\n"
            "2019年,我局开展统计执法检查,检查时间为3月1日至5月31日。",
            2019,
            None,
            id="period-inspection",
        ),
        pytest.param(
            "云溪区财政局政府信息公开工作年度报告\n一、总体情况\n"
            "我局按时报送统计数据,报送时间为2020年1月1日至2020年1月10日。",
            None,
            None,
            id="period-gives-year",
        ),
    ],
)
def test_other_date_ranges_are_not_the_period(
    text: str, year: int | None, period_value: Period | None
) -> None:
    r = gr.parse(text)
    assert r.year in (None, year)
    assert r.period == period_value


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "关于报送2019年政府信息公开工作年度报告的函\n青禾市人民政府办公室:\n"
            "现将我局2019年政府信息公开工作情况函告如下:\n一、总体情况\n内容。\n"
            "云溪区财政局\n2020年1月20日",
            "关于报送2019年政府信息公开工作年度报告的函",
            id="letter-title",
        ),
        pytest.param(
            "青禾市人民政府办公室关于做好2019年政府信息公开工作年度报告的通知\n"
            "各区县人民政府:\n一、高度重视\n内容。\n二、按时报送\n请于2020年1月31日前报送。",
            "青禾市人民政府办公室关于做好2019年政府信息公开工作年度报告的通知",
            id="notice-title",
        ),
        pytest.param(
            "云溪区人民政府门户网站 云溪区财政局2019年政府信息公开工作年度报告\n"
            "一、总体情况\n内容。",
            "云溪区财政局2019年政府信息公开工作年度报告",
            id="site-name-in-title",
        ),
        pytest.param(
            "青禾市政务公开动态\n2019年12月5日,云溪区财政局召开政府信息公开工作会议,"
            "部署2019年政府信息公开工作年度报告编制工作。",
            None,
            id="news-sentence-title",
        ),
    ],
)
def test_title_is_the_documents_own(text: str, title: str | None) -> None:
    assert gr.parse(text).title in (None, title)


def test_a_letter_about_the_report_is_no_report() -> None:
    r = gr.parse(
        "关于报送2019年政府信息公开工作年度报告的函\n青禾市人民政府办公室:\n"
        "现将我局2019年政府信息公开工作情况函告如下:\n一、总体情况\n内容。\n"
        "云溪区财政局\n2020年1月20日"
    )
    assert "report.not_a_report" in [p.code for p in r.problems]


@pytest.mark.parametrize(
    ("text", "title", "agency"),
    [
        (
            "云溪区财政局政府信息公开工作年度报告(2019年度)\n一、总体情况\n内容。",
            "云溪区财政局政府信息公开工作年度报告",
            "云溪区财政局",
        ),
        (
            "根据《条例》规定,现公布云溪区财政局2019年政府信息公开工作年度报告。\n"
            "一、总体情况\n内容。",
            "云溪区财政局2019年政府信息公开工作年度报告",
            "云溪区财政局",
        ),
        (
            "云溪区财政局2019年政府信息公开工作年度报告 发布时间:2020-03-31\n一、总体情况\n内容。",
            "云溪区财政局2019年政府信息公开工作年度报告",
            "云溪区财政局",
        ),
        (
            "中共云溪区委 云溪区人民政府2019年政府信息公开工作年度报告\n一、总体情况\n内容。",
            "中共云溪区委云溪区人民政府2019年政府信息公开工作年度报告",
            "云溪区人民政府",
        ),
        (
            "现将云溪区财政局2019年度政府信息公开工作情况报告如下:\n一、总体情况\n内容。",
            "云溪区财政局2019年度政府信息公开工作情况报告",
            "云溪区财政局",
        ),
    ],
    ids=["year-after", "preamble", "date-after-blank", "two-issuers", "report-as-follows"],
)
def test_a_title_reads_whole(text: str, title: str, agency: str) -> None:
    r = gr.parse(text)
    assert (r.title, r.agency, r.year) == (title, agency, 2019)
    assert not r.notes


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        pytest.param(
            "(一)加强组织领导,不断改进工作机制",
            K.UNKNOWN,
            id="improve",
        ),
        pytest.param(
            "(二)深化重点领域信息公开,做好财政预决算支出信息公开",
            K.UNKNOWN,
            id="spending",
        ),
        pytest.param(
            "(三)严格落实保密审查,明确不予公开范围",
            K.UNKNOWN,
            id="withheld-scope",
        ),
    ],
)
def test_subheadings_under_the_overview(heading: str, kind: SectionKind) -> None:
    # the subheadings numbered before it (a (二) alone, of no known kind, is no heading)
    before = "".join(
        f"({n})做好政务公开工作\n内容。\n" for n in "一二三"[: "一二三".index(heading[1])]
    )
    r = gr.parse(
        "云溪区财政局2019年政府信息公开工作年度报告\n一、总体情况\n"
        + before
        + heading
        + "\n内容。\n二、主动公开政府信息情况\n内容。"
    )
    *_, child = r.sections[0].children
    assert len(r.sections[0].children) == "一二三".index(heading[1]) + 1
    assert child.title == heading[3:]
    assert child.kind in (kind, K.OVERVIEW)


#: subheadings that are the standard sections' (under the overview too) keep their kind
STANDARD_SUBHEADINGS = {
    K.PROBLEMS_AND_IMPROVEMENTS: "存在的问题及改进措施 改进措施 改进工作的措施 下一步改进方向",
    K.FEES: "政府信息公开事务支出情况 政府支出和收费",
    K.APPLICATIONS: "不予公开政府信息情况 依申请公开、不予公开及咨询政府信息情况",
}


@pytest.mark.parametrize(
    ("heading", "kind"), [(h, k) for k, hs in STANDARD_SUBHEADINGS.items() for h in hs.split()]
)
def test_standard_subheadings_keep_their_kind(heading: str, kind: SectionKind) -> None:
    r = gr.parse(
        "云溪区财政局2019年政府信息公开工作年度报告\n一、总体情况\n"
        + "".join(f"({n})做好政务公开工作\n内容。\n" for n in "一二三四")
        + "(五)"
        + heading
        + "\n内容。\n二、主动公开政府信息情况\n内容。"
    )
    assert r.sections[0].children[-1].kind is kind


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "云溪区财政局政府信息公开工作年度报告\n"
            "按照青禾市政务公开办2020年1月印发的通知要求,现将我局政府信息公开工作情况报告如下:\n"
            "一、总体情况\n我局共主动公开政府信息120条。",
            id="notice-date-before-report-as-follows",
        ),
        pytest.param(
            "云溪区财政局政府信息公开工作年度报告\n一、总体情况\n我局共主动公开政府信息120条。\n"
            "二、下一步工作\n2020年,我局将进一步推进公开。",
            id="plan-year",
        ),
        pytest.param(
            "云溪区财政局政府信息公开工作年度报告\n一、总体情况\n"
            "我局共主动公开政府信息120条,其中2018年度结转申请2件。",
            id="carried-over-year",
        ),
    ],
)
def test_other_years_of_the_body_are_not_the_year(text: str) -> None:
    assert gr.parse(text).year is None


@pytest.mark.parametrize(
    "rest",
    ["", "\n二、下一步工作\n对2019年未完成的工作,我局将于明年继续推进。"],
    ids=["work-done", "work-done-and-a-plan"],
)
def test_the_year_of_work_done_is_still_read(rest: str) -> None:
    r = gr.parse(
        "云溪区财政局政府信息公开工作年度报告\n一、总体情况\n"
        "我局共主动公开政府信息120条,其中2019年新增80条。" + rest
    )
    assert r.year == 2019
    assert any("正文" in n for n in r.notes)


def test_a_plan_year_stands_against_the_year_of_work_done() -> None:
    r = gr.parse(
        "云溪区财政局政府信息公开工作年度报告\n一、总体情况\n"
        "我局共主动公开政府信息120条,其中2019年新增80条。\n二、下一步工作\n"
        "2020年,我局将进一步推进公开。"
    )
    assert r.year is None
    assert "identity.year_missing" in [p.code for p in r.problems]


def test_letter_spaced_title_agency_is_not_cut() -> None:
    r = gr.parse("2019年 云溪区 财政局 政府信息公开工作年度报告\n一、总体情况\n内容。")
    assert r.agency in (None, "云溪区财政局")


@pytest.mark.parametrize(
    ("title", "agency"),
    [
        ("2019年 云溪区 政府信息公开工作年度报告", "云溪区"),
        ("2019年 云溪区财政局 政府信息公开工作年度报告", "云溪区财政局"),
        ("2019年 云溪区财政局 部门政府信息公开工作年度报告", "云溪区财政局"),
        ("2019年云溪县人民政府信息公开工作年度报告", "云溪县人民政府"),
    ],
)
def test_the_name_after_the_year_reads_as_far_as_it_is_a_name(title: str, agency: str) -> None:
    r = gr.parse(title + "\n一、总体情况\n内容。")
    assert (r.agency, r.year) == (agency, 2019)


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        pytest.param(
            "云溪区财政局政府信息公开工作年度报告\n一、总体情况\n我局共主动公开政府信息120条。\n"
            "二、主动公开政府信息情况\n内容。\n"
            "下一篇:青禾市人民政府2018年政府信息公开工作年度报告\n",
            "云溪区财政局",
            id="next-link-year",
        ),
        pytest.param(
            "<html><body><ul><li><a>青禾市人民政府2018年政府信息公开工作年度报告</a></li></ul>"
            "<h1>云溪区财政局政府信息公开工作年度报告</h1><p>一、总体情况</p>"
            "<p>我局共主动公开政府信息120条。</p></body></html>",
            "云溪区财政局",
            id="html-sidebar-before-h1",
        ),
    ],
)
def test_links_to_other_reports_do_not_give_the_identity(text: str, agency: str) -> None:
    r = gr.parse(text)
    assert r.agency in (None, agency)
    assert r.year is None


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(
            "<html><body><h1>青禾市人民政府门户网站</h1>"
            "<p>云溪区财政局2019年政府信息公开工作年度报告</p><p>一、总体情况</p>"
            "<p>我局共主动公开政府信息120条。</p></body></html>",
            id="h1-site-name",
        ),
        pytest.param(
            "<html><body><p>云溪区财政局2019年政府信息公开工作年度报告</p><p>一、总体情况</p>"
            "<p>我局共主动公开政府信息120条。</p></body></html>",
            id="no-h1",
        ),
        pytest.param(
            "<html><body><div>青禾市人民政府网</div><H1 class='t'>云溪区财政局2019年"
            "政府信息公开工作年度报告</H1><p>一、总体情况</p><p>我局共主动公开政府信息120条。</p>"
            "<ul><li><a>青禾市人民政府2018年政府信息公开工作年度报告</a></li></ul></body></html>",
            id="h1-title",
        ),
    ],
)
def test_a_pages_title_is_read_with_or_without_an_h1(page: str) -> None:
    r = gr.parse(page)
    assert (r.agency, r.year) == ("云溪区财政局", 2019)


@pytest.mark.parametrize(
    "headings",
    [
        # a blank after 、, traditional script, run-in headings
        "一、 总体情况\n内容。\n二、 主动公开政府信息情况\n内容。\n"
        "三、 收到和处理政府信息公开申请情况\n内容。\n"
        "四、 政府信息公开行政复议、行政诉讼情况\n内容。\n"
        "五、 存在的主要问题及改进情况\n内容。\n六、 其他需要报告的事项\n无。",
        "一、總體情況\n內容。\n二、主動公開政府信息情況\n內容。\n三、收到和處理政府信息公開申請情況\n"
        "內容。\n四、政府信息公開行政復議、行政訴訟情況\n內容。\n五、存在的主要問題及改進情況\n"
        "內容。\n六、其他需要報告的事項\n無。",
        "一、总体情况。2019年,我局推进公开。\n二、主动公开政府信息情况。内容。\n"
        "三、收到和处理政府信息公开申请情况。内容。\n四、政府信息公开行政复议、行政诉讼情况。内容。\n"
        "五、存在的主要问题及改进情况。内容。\n六、其他需要报告的事项。无。",
    ],
    ids=["blank", "traditional", "run-in"],
)
def test_standard_heading_variants_have_their_kind(headings: str) -> None:
    r = gr.parse("云溪区财政局2019年政府信息公开工作年度报告\n" + headings)
    assert [s.kind for s in r.sections] == [k for _, k in HEADINGS_2019]


def test_part_headings_have_their_kind() -> None:
    r = gr.parse(
        "云溪区财政局2019年政府信息公开工作年度报告\n第一部分 总体情况\n内容。\n"
        "第二部分 主动公开政府信息情况\n内容。\n第三部分 收到和处理政府信息公开申请情况\n内容。"
    )
    assert [s.kind for s in r.sections] == [K.OVERVIEW, K.PROACTIVE_DISCLOSURE, K.APPLICATIONS]
