"""Wrong values and false alarms found by reading real reports of provincial departments
and commissions (省教育厅, 省财政厅, 省卫健委, 省发改委 …) and ministries' regional bureaus
by hand.

The fixtures are written for these tests (invented places 云溪/青禾, invented numbers):
each paraphrases the form of a real page, not its words.  Each case has a near case that
must still read.
"""

from __future__ import annotations

import pytest

import govinfo_reports as gr

_BODY = (
    "\n一、{y}年主要工作\n{y}年，我厅全面推进政府信息公开工作。全年通过门户网站主动公开"
    "信息820条。\n"
)


# the year between 公开 and 年度报告 (…厅政府信息公开2009年度报告, an early title's form):
# no title was read, and the agency was missing with a false identity.agency_missing
@pytest.mark.parametrize(
    ("title", "year", "agency"),
    [
        ("云溪省财政厅政府信息公开2009年度报告", 2009, "云溪省财政厅"),
        ("云溪省教育厅政府信息公开工作2011年度报告", 2011, "云溪省教育厅"),
        ("云溪省卫生厅政府信息公开2010年报", 2010, "云溪省卫生厅"),
        # near case: the year before the body's name still reads
        ("2009年云溪省财政厅政府信息公开年度报告", 2009, "云溪省财政厅"),
        ("云溪省财政厅2009年政府信息公开工作年度报告", 2009, "云溪省财政厅"),
    ],
)
def test_title_with_year_after_disclosure_words(title: str, year: int, agency: str) -> None:
    r = gr.parse(title + "\n" + _BODY.format(y=year))
    assert r.year == year
    assert r.agency == agency
    assert r.title == title
    assert not [p for p in r.problems if p.code.startswith("identity.")]


@pytest.mark.parametrize(
    "cited",
    ["《关于做好政府信息公开2015年度报告公开工作的通知》", "《关于报送信息公开2015年度报告的函》"],
)
def test_a_cited_notice_with_the_year_inside_is_no_title(cited: str) -> None:
    # near case: a notice or letter cited in 《》 that names …信息公开2015年度报告
    body = "现将我局情况报告如下。\n一、概述\n2015年，我局全年主动公开政府信息35条。\n"
    r = gr.parse("根据县政府办公室" + cited + "要求，" + body)
    assert (r.title is None or ("通知" not in r.title and "函" not in r.title), r.year) == (
        True,
        2015,
    )


# 编制并发布 before the body's name: 并发布 was kept in the title
@pytest.mark.parametrize(
    ("lead", "title"),
    [
        ("编制并发布", "云溪市农业农村局政府信息公开工作2022年度报告"),
        ("编制并发布", "云溪市农业农村局2022年政府信息公开工作年度报告"),
        # near cases: one verb, and a name that opens with 发展 keep reading
        ("编制", "云溪市农业农村局2022年政府信息公开工作年度报告"),
        ("特编制并向社会公布", "云溪市发展和改革委员会2022年政府信息公开工作年度报告"),
    ],
)
def test_title_after_compile_and_publish_verbs(lead: str, title: str) -> None:
    text = (
        "根据《中华人民共和国政府信息公开条例》要求，" + lead + title + "。\n"
        "一、总体情况\n2022年，我局全年主动公开政府信息46条。\n"
    )
    r = gr.parse(text)
    assert r.title == title
    assert r.year == 2022


_PROV = (
    "云溪省林业厅2011年政府信息公开工作年度报告\n一、主动公开情况\n全年主动公开政府信息260条。\n"
)
_APPLY = _PROV + "二、依申请公开情况\n"
_OVERALL = "云溪省发展和改革委员会2021年政府信息公开工作年度报告\n一、总体情况\n（二）依申请公开。"
_TRAD = (
    "青禾市商務委員會2014年度政府信息公開年度報告\n一、概述\n"
    "2014年，市商務委主動公開政府資訊215條。\n二、依申請公開情況\n"
)
_RECEIVED, _COMPLETED = "applications_received", "applications_completed"

# (the text, the kind, the values to read)
FIGURES = [
    # 收到/受理…依申请公开(政府信息)事项N件: the applications received were not read
    (_APPLY + "2011年，我厅共收到依申请公开政府信息事项14件，全部受理。", _RECEIVED, [14]),
    (_APPLY + "2011年受理政府信息依申请公开事项37件，办结35件。", _RECEIVED, [37]),
    # near cases: the plain wordings keep reading; 行政许可事项 and 办结 stay out
    (_APPLY + "2011年，我厅共收到依申请公开政府信息14件。", _RECEIVED, [14]),
    (_APPLY + "2011年共受理政府信息公开申请37件。", _RECEIVED, [37]),
    (
        _PROV + "全年受理行政许可事项120件。\n二、依申请公开情况\n全年办结依申请公开事项9件。",
        _RECEIVED,
        [],
    ),
    # 共受理…N件，结转上年后新收到…M件: N takes the carried-over ones in; M is the year's
    (
        _OVERALL + "2021年共受理依申请公开事项31件，结转上年后新收到依申请公开事项25件。",
        _RECEIVED,
        [25],
    ),
    # near case: a received count whose next clause names the carried-over part
    (_OVERALL + "2021年共收到政府信息公开申请31件，上年结转2件，均已办结。", _RECEIVED, [31]),
    # a traditional copy that writes 資訊 for 信息: not read (信息 keeps reading)
    (_TRAD + "2014年，市商務委受理依申請公開政府資訊3件。", _RECEIVED, [3]),
    (_TRAD + "2014年，市商務委受理依申請公開政府信息3件。", _RECEIVED, [3]),
    # 协助办理某委依申请公开事项N例: another body's applications the agency helped with
    (
        _OVERALL + "我局办理依申请公开事项12例，协助办理省发展改革委依申请公开事项9例。",
        _RECEIVED,
        [12],
    ),
    # 办结信息公开申请N件 (the object between the verb and the count): not read
    (_OVERALL + "全年依法规范办结信息公开申请1260件。", _COMPLETED, [1260]),
    (_OVERALL + "全年共办结政府信息公开申请1260件。", _COMPLETED, [1260]),
    # near cases: the verb right before the count; 办理、答复…申请N件(含上年结转) is the
    # ones handled, 办结K件 the completed
    (_OVERALL + "全年收到政府信息公开申请1300件，办结1260件。", _COMPLETED, [1260]),
    (
        _OVERALL + "2021年依法办理、规范答复政府信息公开申请88件（含上年结转6件），办结80件。",
        _COMPLETED,
        [80],
    ),
]


@pytest.mark.parametrize(("text", "kind", "values"), FIGURES)
def test_figures_of_provincial_reports(text: str, kind: str, values: list[int]) -> None:
    r = gr.parse(text + "\n")
    assert sorted(f.quantity.value for f in r.figures if f.kind.value == kind) == values
