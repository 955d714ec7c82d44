"""Audit of the prose figures for wrong values (a figure the text does not state is None).

A generator writes narrative reports (一、概述 … 六、存在的问题和改进措施, and the 2019+
headings) with a known truth for each :class:`FigureKind`, in many phrasings, and adds
distractors (dates, phone numbers, 第X条, 文号, percentages, changes, other counts, other
years, the problems section, 申请人 counts).  The invariant: for every kind,
``report.figure(kind)`` is None or the truth, and a breakdown's parts are what the text
says.  Each wrong value found is a strict xfail below with a minimal sentence.

The sentences are written for these tests (invented places 云溪/青禾, invented numbers).
"""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

import govinfo_reports as gr
from govinfo_reports.model import FigureKind

K = FigureKind
YEAR = 2019
TITLE = f"云溪区人民政府{YEAR}年政府信息公开工作年度报告\n"

HEADINGS_OLD = (
    "一、概述",
    "二、主动公开政府信息情况",
    "三、依申请公开政府信息情况",
    "四、政府信息公开的收费及减免情况",
    "五、因政府信息公开申请行政复议、提起行政诉讼的情况",
    "六、存在的问题和改进措施",
)
HEADINGS_NEW = (
    "一、总体情况",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项",
)
# where each topic goes: (index in HEADINGS_OLD, index in HEADINGS_NEW)
SLOT = {
    "intro": (0, 0),
    "proactive": (1, 1),
    "applications": (2, 2),
    "fees": (3, 5),
    "appeals": (4, 3),
    "problems": (5, 4),
}

_CN_DIGITS = "零一二三四五六七八九"


def chinese(n: int) -> str:
    """1..99 in Chinese numerals (十二, 二十, 三十五)."""
    assert 0 < n < 100
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN_DIGITS[tens] + "十")
    return head + (_CN_DIGITS[ones] if ones else "")


def numeral(rng: random.Random, n: int) -> str:
    """``n`` as a report may write it: Arabic, Chinese, or with 万."""
    if 0 < n < 100 and rng.random() < 0.3:
        return chinese(n)
    if n >= 10000 and n % 1000 == 0 and rng.random() < 0.5:
        return f"{n / 10000:g}万"
    return str(n)


def split(rng: random.Random, total: int, parts: int) -> list[int]:
    """``parts`` positive numbers that add up to ``total`` (total >= parts)."""
    cuts = sorted(rng.sample(range(1, total), parts - 1))
    return [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True)]


class Report:
    """A generated report: sentences by topic, the truth, the expected breakdowns."""

    def __init__(self) -> None:
        self.body: dict[str, list[str]] = {k: [] for k in SLOT}
        self.truth: dict[FigureKind, int] = {}
        self.breakdowns: list[tuple[int, list[int]]] = []

    def text(self, new_style: bool) -> str:
        headings = HEADINGS_NEW if new_style else HEADINGS_OLD
        by_index: dict[int, list[str]] = {}
        for topic, (old, new) in SLOT.items():
            by_index.setdefault(new if new_style else old, []).extend(self.body[topic])
        out = [TITLE]
        for k, heading in enumerate(headings):
            out.append(heading + "\n" + "".join(by_index.get(k, [])) + "\n")
        return "".join(out)


def gen_proactive(rng: random.Random, r: Report) -> None:
    n = rng.choice([rng.randint(30, 9000), rng.randint(2, 30) * 1000])
    verb = rng.choice(
        ["全年主动公开政府信息", "本年度共主动公开各类政府信息", "全年共主动公开政府信息"]
    )
    qual = rng.choice(["", "", "约"])
    over = "余" if not qual and rng.random() < 0.2 else ""
    s = f"{verb}{qual}{numeral(rng, n)}{over}条"
    if rng.random() < 0.5 and n >= 3 and not qual and not over:
        a, b, c = split(rng, n, 3)
        s += f"，其中政策文件{a}条、工作动态{b}条、通知公告{c}条"
        r.breakdowns.append((n, [a, b, c]))
    r.body["proactive"].append(s + "。")
    r.truth[K.PROACTIVE_DISCLOSURES] = n


def no_applications(rng: random.Random, r: Report, wordings: list[str]) -> bool:
    """One time in five, a statement that no application came (True when written)."""
    if rng.random() < 0.2:
        r.body["applications"].append(rng.choice(wordings))
        r.truth[K.APPLICATIONS_RECEIVED] = 0
        return True
    return False


def gen_applications(rng: random.Random, r: Report) -> None:
    if no_applications(
        rng, r, ["本年度未收到政府信息公开申请。", "全年没有收到政府信息公开申请。"]
    ):
        return
    n = rng.randint(3, 99)
    s = rng.choice(
        [
            f"全年共收到政府信息公开申请{numeral(rng, n)}件",
            f"本年度共受理政府信息公开申请{numeral(rng, n)}件",
            f"全年共收到{n}件政府信息公开申请",
        ]
    )
    if rng.random() < 0.5:
        a, b, c = split(rng, n, 3)
        if rng.random() < 0.3:
            # a 分别为 list: the values are the parts (the channel figures may be missed)
            s += f"，其中网上申请、信函申请、当面申请分别为{a}件、{b}件、{c}件"
        else:
            s += f"，其中网上申请{a}件、信函申请{b}件、当面申请{c}件"
        r.truth |= {K.APPLICATIONS_ONLINE: a, K.APPLICATIONS_BY_LETTER: b}
        r.truth[K.APPLICATIONS_IN_PERSON] = c
        r.breakdowns.append((n, [a, b, c]))
    r.body["applications"].append(s + "。")
    r.truth[K.APPLICATIONS_RECEIVED] = n
    carry = rng.random() < 0.4
    if carry:
        over, forward = rng.randint(1, 9), rng.randint(1, 9)
        r.body["applications"].append(
            f"上年结转政府信息公开申请{over}件。结转下年度继续办理{forward}件。"
        )
        r.truth |= {K.APPLICATIONS_CARRIED_OVER: over, K.APPLICATIONS_CARRIED_FORWARD: forward}
    if rng.random() < 0.5 and n >= 3:
        # (also with the 结转 sentences: a sentence that names rows is no table 三)
        g, p, w = split(rng, n, 3)  # (may add up: g == p + w, siblings, no breakdown)
        r.body["applications"].append(f"同意公开{g}件，部分公开{p}件，不予公开{w}件。")
        r.truth[K.APPLICATIONS_GRANTED] = g
        r.truth[K.APPLICATIONS_PARTIALLY_GRANTED] = p
        r.truth[K.APPLICATIONS_WITHHELD] = w
    if rng.random() < 0.4:
        done = rng.randint(1, n)
        r.body["applications"].append(f"按时办结{done}件。")
        r.truth[K.APPLICATIONS_COMPLETED] = done


def gen_appeals(rng: random.Random, r: Report) -> None:
    choice = rng.randrange(4)
    if choice == 0:
        r.body["appeals"].append("本年度没有发生因政府信息公开申请行政复议、提起行政诉讼的情况。")
        r.truth |= {K.ADMINISTRATIVE_REVIEWS: 0, K.ADMINISTRATIVE_LAWSUITS: 0}
    elif choice == 1:
        rv, lw = rng.randint(1, 20), rng.randint(1, 20)
        r.body["appeals"].append(
            f"因政府信息公开被申请行政复议{numeral(rng, rv)}起，提起行政诉讼{numeral(rng, lw)}件。"
        )
        r.truth |= {K.ADMINISTRATIVE_REVIEWS: rv, K.ADMINISTRATIVE_LAWSUITS: lw}
    elif choice == 2:
        lw = rng.randint(1, 9)
        r.body["appeals"].append(f"本年度未发生政府信息公开行政复议案件，行政诉讼{lw}件。")
        r.truth |= {K.ADMINISTRATIVE_REVIEWS: 0, K.ADMINISTRATIVE_LAWSUITS: lw}
    # choice 3: nothing said


ZERO_FEES = ["没有收取任何费用。", "本机关未向申请人收取任何费用。"]


def gen_fees(rng: random.Random, r: Report, zeros: list[str] = ZERO_FEES) -> None:
    choice = rng.randrange(3)
    if choice == 0:
        r.body["fees"].append(rng.choice(zeros))
        r.truth[K.FEES_COLLECTED] = 0
    elif choice == 1:
        fee = rng.randint(10, 900)
        r.body["fees"].append(f"全年收取信息处理费{fee}元。")
        r.truth[K.FEES_COLLECTED] = fee


Say = Callable[[random.Random, int, str], str]


def plain(rng: random.Random, n: int, unit: str) -> str:
    return f"{n}{unit}"


def gen_other(rng: random.Random, r: Report, say: Say = plain) -> None:
    """Normative documents and consultations, each count written by ``say``."""
    if rng.random() < 0.4:
        n = rng.randint(2, 40)
        r.body["proactive"].append(f"制发规范性文件{say(rng, n, '件')}。")
        r.truth[K.NORMATIVE_DOCUMENTS] = n
    if rng.random() < 0.4:
        n = rng.randint(5, 400)
        r.body["applications"].append(f"接受政府信息公开咨询{say(rng, n, '人次')}。")
        r.truth[K.CONSULTATIONS] = n


# distractors: (topic, sentence maker); none states a figure of any kind
Distractor = tuple[str, Callable[[random.Random], str]]
DISTRACTORS: list[Distractor] = [
    ("intro", lambda g: f"本报告所列数据的统计期限自{YEAR}年1月1日起至{YEAR}年12月31日止。"),
    (
        "intro",
        lambda g: f"如有疑问请联系区政务公开办，联系电话：0871-6{g.randint(100000, 999999)}。",
    ),
    ("intro", lambda g: "本报告根据《中华人民共和国政府信息公开条例》第五十条规定编制。"),
    ("intro", lambda g: f"按照国办发〔{YEAR}〕60号文件要求，扎实推进政务公开。"),
    ("intro", lambda g: f"印发《云溪区{YEAR}年政务公开工作要点》（云政办发〔{YEAR}〕12号）。"),
    (
        "intro",
        lambda g: (
            f"组织开展政府信息公开业务培训{g.randint(2, 9)}次，参训人员{g.randint(20, 300)}人次。"
        ),
    ),
    ("intro", lambda g: f"召开政务公开专题会议{g.randint(2, 9)}次。"),
    ("proactive", lambda g: f"政府网站全年访问量达{g.randint(2, 90)}万人次。"),
    (
        "proactive",
        lambda g: f"发布政务微博{g.randint(20, 900)}条，发布微信{g.randint(20, 900)}条。",
    ),
    ("proactive", lambda g: f"政务公开网站点击率同比增长{g.randint(2, 60)}%。"),
    ("proactive", lambda g: f"主动公开政府信息较上年增加{g.randint(2, 300)}条。"),
    ("proactive", lambda g: "信息公开及时率100%。"),
    ("applications", lambda g: f"全年共收到政府信息公开申请较上年减少{g.randint(2, 30)}件。"),
    ("applications", lambda g: f"{YEAR - 1}年共收到政府信息公开申请{g.randint(2, 30)}件。"),
    ("applications", lambda g: f"共有{g.randint(2, 30)}名申请人提出申请。"),
    (
        "applications",
        lambda g: (
            f"{YEAR - 3}年至{YEAR - 1}年收到政府信息公开申请分别为"
            f"{g.randint(2, 30)}件、{g.randint(2, 30)}件、{g.randint(2, 30)}件。"
        ),
    ),
    (
        "proactive",
        lambda g: f"五年来主动公开政府信息依次为{g.randint(2, 9)}千条、{g.randint(2, 9)}千条。",
    ),
    (
        "applications",
        lambda g: f"接到群众来电{g.randint(2, 90)}个，回复网民留言{g.randint(2, 90)}条。",
    ),
    ("applications", lambda g: "申请办结率100%。"),
    ("applications", lambda g: "根据《条例》第三十六条第（三）项的规定作出答复。"),
    ("problems", lambda g: f"个别申请答复超期，共{g.randint(2, 9)}件。"),
    ("problems", lambda g: f"培训覆盖面不够广，全年仅培训{g.randint(2, 9)}次。"),
    ("appeals", lambda g: "相关工作均依法依规开展。"),
    # wrong values the audit found, fixed: distractors since
    ("proactive", lambda g: f"在省级以上媒体发布信息{g.randint(2, 90)}条。"),
    ("proactive", lambda g: f"主动公开财政预决算信息{g.randint(2, 90)}条。"),
    ("applications", lambda g: f"当面申请窗口接待群众{g.randint(20, 300)}人次。"),
    ("fees", lambda g: "对困难群众不收取任何费用。"),
]


def generate(seed: int) -> tuple[str, Report]:
    rng = random.Random(seed)
    r = Report()
    for gen in (gen_proactive, gen_applications, gen_appeals, gen_fees, gen_other):
        if rng.random() < 0.85:
            gen(rng, r)
    for topic, make in rng.sample(DISTRACTORS, rng.randint(0, len(DISTRACTORS))):
        # before or after the true statements of the topic
        sentences = r.body[topic]
        sentences.insert(rng.randint(0, len(sentences)), make(rng))
    return r.text(new_style=rng.random() < 0.5), r


def wrong_values(text: str, truth: dict[FigureKind, int]) -> list[str]:
    """The kinds whose figure is read but is not the truth (absent truth: must be None)."""
    report = gr.parse(text)
    out = []
    for kind in FigureKind:
        q = report.figure(kind)
        if q is not None and q.value != truth.get(kind):
            out.append(f"{kind.value}: read {q.value} ({q.text!r}), says {truth.get(kind)}")
    return out


def wrong_breakdowns(text: str, expected: list[tuple[int, list[int]]]) -> list[str]:
    """Breakdowns read whose parts are not a list the text states."""
    report = gr.parse(text)
    out = []
    for b in report.breakdowns:
        got = (b.total.value, [p.quantity.value for p in b.parts])
        if got not in expected:
            out.append(f"breakdown read {got}, text states {expected}")
    return out


Generator = Callable[[int], tuple[str, Report]]


def failures_of(make: Generator, seeds: range) -> list[tuple[str, int, list[str]]]:
    """The wrong values and breakdowns read from the reports ``make`` writes."""
    out = []
    for seed in seeds:
        text, r = make(seed)
        bad = wrong_values(text, r.truth) + wrong_breakdowns(text, r.breakdowns)
        if bad:
            out.append((make.__name__, seed, bad))
    return out


def share_read_back(make: Generator, seeds: range) -> float:
    """The share of the generated truth read back (misses make the audit vacuous)."""
    found = total = 0
    for seed in seeds:
        text, r = make(seed)
        report = gr.parse(text)
        for kind, want in r.truth.items():
            total += 1
            q = report.figure(kind)
            found += q is not None and q.value == want
    return found / total


@pytest.mark.parametrize("block", range(10))
def test_generated_reports_read_no_wrong_value(block: int) -> None:
    assert failures_of(generate, range(block * 30, block * 30 + 30)) == []


def test_generator_states_what_it_claims() -> None:
    """The generated truth is read back (misses would make the audit vacuous)."""
    assert share_read_back(generate, range(60)) >= 0.9


# --------------------------------------------------------------------------------------
# single sentences: the distractors that are read right


BUREAU = f"云溪区交通运输局{YEAR}年政府信息公开工作年度报告\n"
APPS = "三、依申请公开政府信息情况\n"
PROBLEMS = "六、存在的问题和改进措施\n"
APPEALS = "四、政府信息公开行政复议、行政诉讼情况\n"


def value(text: str, kind: FigureKind) -> object:
    q = gr.parse(text).figure(kind)
    return None if q is None else q.value


@pytest.mark.parametrize(
    ("text", "kind", "want"),
    [
        ("全年共收到政府信息公开申请十二件。", K.APPLICATIONS_RECEIVED, 12),
        ("全年共收到政府信息公开申请1.2万件。", K.APPLICATIONS_RECEIVED, 12000),
        ("全年主动公开政府信息3500余条。", K.PROACTIVE_DISCLOSURES, 3500),
        ("全年主动公开政府信息约2.3万条。", K.PROACTIVE_DISCLOSURES, 23000),
        # (a website among the places: all the channels, not the news media's articles)
        ("全年通过门户网站、报纸、电视等媒体主动公开政府信息500条。", K.PROACTIVE_DISCLOSURES, 500),
        ("本年度未收到政府信息公开申请。", K.APPLICATIONS_RECEIVED, 0),
        ("本年度没有收取任何费用。", K.FEES_COLLECTED, 0),
        ("因政府信息公开被申请行政复议三起，提起行政诉讼二件。", K.ADMINISTRATIVE_REVIEWS, 3),
        ("因政府信息公开被申请行政复议三起，提起行政诉讼二件。", K.ADMINISTRATIVE_LAWSUITS, 2),
        ("没有发生因政府信息公开申请行政复议、提起行政诉讼的情况。", K.ADMINISTRATIVE_REVIEWS, 0),
        ("没有发生因政府信息公开申请行政复议、提起行政诉讼的情况。", K.ADMINISTRATIVE_LAWSUITS, 0),
        ("没有发生因政府信息公开申请行政复议、提起行政诉讼的情况。", K.APPLICATIONS_RECEIVED, None),
        ("2019年1月1日起，全年主动公开政府信息120条。", K.PROACTIVE_DISCLOSURES, 120),
        ("联系电话：0871-12345678。全年主动公开政府信息120条。", K.PROACTIVE_DISCLOSURES, 120),
        (
            "根据《条例》第三十六条第（四）项，全年共收到政府信息公开申请15件。",
            K.APPLICATIONS_RECEIVED,
            15,
        ),
        ("全年共收到政府信息公开申请15件，同比增长25%。", K.APPLICATIONS_RECEIVED, 15),
        ("全年共收到政府信息公开申请15件，较上年增加3件。", K.APPLICATIONS_RECEIVED, 15),
        ("全年共收到政府信息公开申请较上年增加3件。", K.APPLICATIONS_RECEIVED, None),
        ("全年共收到政府信息公开申请15件，上年为8件。", K.APPLICATIONS_RECEIVED, 15),
        (
            "上年结转政府信息公开申请2件，本年新收政府信息公开申请15件。",
            K.APPLICATIONS_RECEIVED,
            15,
        ),
        ("全年共收到政府信息公开申请15件，结转下年度2件。", K.APPLICATIONS_RECEIVED, 15),
        # (the text opens at 三、, a heading of the applications section: its 申请 are
        # applications, and a received count with those carried over is the received
        # figure, as with 一、 and the kept case of the round-2 fixes)
        (
            "三、依申请公开政府信息情况\n共收到申请15件（含上年结转2件）。",
            K.APPLICATIONS_RECEIVED,
            15,
        ),
        (
            "举办政府信息公开培训3次，召开会议4次，网站访问量12万人次。",
            K.PROACTIVE_DISCLOSURES,
            None,
        ),
        ("发布政务微博320条，主动公开政府信息1200条。", K.PROACTIVE_DISCLOSURES, 1200),
        ("二、主动公开政府信息情况\n全年发布政务微博320条。", K.PROACTIVE_DISCLOSURES, None),
        (TITLE + "2018年共收到政府信息公开申请8件。", K.APPLICATIONS_RECEIVED, None),
        (TITLE + "全年共收到政府信息公开申请15件，2018年为8件。", K.APPLICATIONS_RECEIVED, 15),
        ("六、存在的问题和改进措施\n全年仍有12件申请答复不够及时。", K.APPLICATIONS_RECEIVED, None),
        ("三、依申请公开政府信息情况\n区政府办代表区政府受理7件。", K.APPLICATIONS_RECEIVED, None),
        ("按照国办发〔2019〕60号文件要求，全年主动公开政府信息60条。", K.PROACTIVE_DISCLOSURES, 60),
        ("全年共有申请人36人次提出政府信息公开申请。", K.APPLICATIONS_RECEIVED, None),
        ("三、依申请公开政府信息情况\n共有36名申请人提出申请。", K.APPLICATIONS_RECEIVED, None),
        ("政府信息公开申请比上年少3件。", K.APPLICATIONS_RECEIVED, None),
        ("二、主动公开政府信息情况\n公开信息较上年增加200条。", K.PROACTIVE_DISCLOSURES, None),
        (
            "二、主动公开政府信息情况\n制发规范性文件5件，现行有效规范性文件20件。",
            K.NORMATIVE_DOCUMENTS,
            5,
        ),
        ("二、主动公开政府信息情况\n废止规范性文件5件。", K.NORMATIVE_DOCUMENTS, None),
        ("二、主动公开政府信息情况\n开展培训3次，培训人员200人次。", K.PROACTIVE_DISCLOSURES, None),
        ("全年被申请行政复议3件，其中维持2件、纠正1件。", K.ADMINISTRATIVE_REVIEWS, 3),
        ("四、政府信息公开的收费及减免情况\n收费标准为每页0.5元。", K.FEES_COLLECTED, None),
        ("四、政府信息公开的收费及减免情况\n未收取费用，减免费用200元。", K.FEES_COLLECTED, 0),
        ("全年收取政府信息公开处理费约1.2万元。", K.FEES_COLLECTED, 12000),
        ("本年度未发生政府信息公开行政复议案件，行政诉讼1件。", K.ADMINISTRATIVE_LAWSUITS, 1),
        ("全年没有接到群众投诉，也没有收到政府信息公开申请。", K.APPLICATIONS_RECEIVED, 0),
        ("提起行政诉讼的期限为6个月。", K.ADMINISTRATIVE_LAWSUITS, None),
        (
            "四、政府信息公开的收费及减免情况\n全年减免收费12件，共计1200元。",
            K.FEES_COLLECTED,
            None,
        ),
        ("三、依申请公开政府信息情况\n12345热线转办申请120件。", K.APPLICATIONS_RECEIVED, None),
        (
            "三、依申请公开政府信息情况\n收到人大建议12件、政协提案15件。",
            K.APPLICATIONS_RECEIVED,
            None,
        ),
        ("全年主动公开政府信息数万条。", K.PROACTIVE_DISCLOSURES, None),
        # counts of another period, found by the audit (were read as the year's)
        (TITLE + "二〇一八年共收到政府信息公开申请8件。", K.APPLICATIONS_RECEIVED, None),
        ("十年来共主动公开政府信息2万条。", K.PROACTIVE_DISCLOSURES, None),
        ("近三年共受理政府信息公开申请30件。", K.APPLICATIONS_RECEIVED, None),
        ("第四季度收到政府信息公开申请5件。", K.APPLICATIONS_RECEIVED, None),
        ("1至11月共收到政府信息公开申请12件，12月收到3件。", K.APPLICATIONS_RECEIVED, None),
        ("未收到政府信息更正申请。", K.APPLICATIONS_RECEIVED, None),
        # other things than the figure, found by the audit (fees of land, an appeal
        # outcome's zero, training sessions, the courts' caseload, an amount due: the
        # last now reads no fee, a miss rather than the 200 due)
        ("全年收取国有土地出让金3.2亿元。", K.FEES_COLLECTED, None),
        ("未发生被纠错的行政复议案件。全年被申请行政复议3件。", K.ADMINISTRATIVE_REVIEWS, 3),
        ("无被行政复议纠错的情况，被申请行政复议3件。", K.ADMINISTRATIVE_REVIEWS, 3),
        (APPEALS + "全年开展行政复议应诉培训5次。", K.ADMINISTRATIVE_REVIEWS, None),
        ("全区法院受理行政诉讼案件300件。", K.ADMINISTRATIVE_LAWSUITS, None),
        ("按规定应收取信息处理费200元，实际未收取。", K.FEES_COLLECTED, None),
        # a target, downloads and visits (found by the audit)
        (PROBLEMS + "力争明年主动公开政府信息达到500条。", K.PROACTIVE_DISCLOSURES, None),
        (APPS + "政府网站提供申请表下载300次。", K.APPLICATIONS_ONLINE, None),
        (APPS + "依申请公开平台访问量1200次。", K.APPLICATIONS_ONLINE, None),
        # a time since when opening the sentence: a total over several years, unless it
        # is the report's year (今年以来, 2019年以来 in a 2019 report)
        ("自《条例》施行以来，共收到政府信息公开申请150件。", K.APPLICATIONS_RECEIVED, None),
        (TITLE + "自2015年以来，共收到政府信息公开申请150件。", K.APPLICATIONS_RECEIVED, None),
        (TITLE + f"{YEAR}年以来，共收到政府信息公开申请15件。", K.APPLICATIONS_RECEIVED, 15),
        # the whole area's count in a department's report is not the department's; in a
        # 人民政府's report it is its own
        (BUREAU + APPS + "全市共收到政府信息公开申请300件。", K.APPLICATIONS_RECEIVED, None),
        (
            BUREAU + APPS + "全市共收到政府信息公开申请300件，本局共收到政府信息公开申请15件。",
            K.APPLICATIONS_RECEIVED,
            15,
        ),
        (TITLE + APPS + "全区共收到政府信息公开申请20件。", K.APPLICATIONS_RECEIVED, 20),
        # a report is written the year after: 去年 as the subject may be its own year
        (TITLE + "去年我局共发布主动公开政府信息457条。", K.PROACTIVE_DISCLOSURES, 457),
        # a month's date that ends the year is no part of the year
        ("截至2019年12月31日，共收到政府信息公开申请15件。", K.APPLICATIONS_RECEIVED, 15),
        ("今年以来，共收到政府信息公开申请15件。", K.APPLICATIONS_RECEIVED, 15),
        # near cases of fixed wrong values: the agency's own channels are disclosures; a
        # sub-unit's count is still read when alone; applications at a window are counted
        ("二、主动公开政府信息情况\n在政务新媒体发布信息20条。", K.PROACTIVE_DISCLOSURES, 20),
        ("二、主动公开政府信息情况\n在政府网站发布信息20条。", K.PROACTIVE_DISCLOSURES, 20),
        ("区政府办代表区政府受理政府信息公开申请7件。", K.APPLICATIONS_RECEIVED, 7),
        (APPS + "窗口受理当面申请12件。", K.APPLICATIONS_IN_PERSON, 12),
        (APPS + "窗口接待群众咨询150人次。", K.CONSULTATIONS, 150),
        # a fee waived for every applicant is a zero; for a group only, no statement of
        # the year's fees
        ("对申请人不收取任何费用。", K.FEES_COLLECTED, 0),
        ("对依申请公开的政府信息一律不收取费用。", K.FEES_COLLECTED, 0),
        ("对困难群众不收取任何费用。", K.FEES_COLLECTED, None),
        # a topic right before 信息 is a part; a scope before 政府信息, or 各类, is the whole
        ("二、主动公开政府信息情况\n主动公开财政预决算信息30条。", K.PROACTIVE_DISCLOSURES, None),
        ("全年主动公开我区各级单位政府信息2645条。", K.PROACTIVE_DISCLOSURES, 2645),
        ("全年主动公开各类信息300条。", K.PROACTIVE_DISCLOSURES, 300),
        ("全年主动公开各类政务公开信息3000条。", K.PROACTIVE_DISCLOSURES, 3000),
        # an appeal count narrowed to disclosure is the figure only after a count of all
        # cases; one that names disclosure itself stays the figure
        (
            "因政府信息公开被申请行政复议3件，其中涉及政府信息公开的行政复议1件。",
            K.ADMINISTRATIVE_REVIEWS,
            3,
        ),
        ("全年被申请行政复议3件。提起行政诉讼涉及信息公开的1件。", K.ADMINISTRATIVE_REVIEWS, 3),
        (APPEALS + "行政复议3件，行政诉讼涉及政府信息公开的1件。", K.ADMINISTRATIVE_REVIEWS, 3),
        (APPEALS + "行政复议3件，行政诉讼涉及政府信息公开的1件。", K.ADMINISTRATIVE_LAWSUITS, 1),
    ],
)
def test_sentence(text: str, kind: FigureKind, want: object) -> None:
    assert value(text, kind) == want


def test_breakdown_parts_are_those_stated() -> None:
    text = "全年主动公开政府信息1200条，其中政策文件200条、工作动态900条、通知公告100条。"
    got = [
        (b.total.value, [(p.label, p.quantity.value) for p in b.parts])
        for b in gr.parse(text).breakdowns
    ]
    assert got == [(1200, [("政策文件", 200), ("工作动态", 900), ("通知公告", 100)])]


# --------------------------------------------------------------------------------------
# wrong values found by the audit: a strict xfail each (read today; the reason says why)


def _wrong(text: str, kind: FigureKind, want: object, reason: str) -> object:
    mark = pytest.mark.xfail(strict=True, reason=reason)
    return pytest.param(text, kind, want, marks=mark)


def _fixed(text: str, kind: FigureKind, want: object, reason: str) -> object:
    """A wrong value the audit found, now read right (``reason``: what it was)."""
    return pytest.param(text, kind, want, id=reason[:40])


WRONG = [
    _fixed(
        "上年结转申请2件，部分公开2件，不予公开3件，结转下年度1件。",
        K.APPLICATIONS_PARTIALLY_GRANTED,
        2,
        "prose read as table 三 by the locator's fallback (any cluster of three row "
        "labels): a sentence is no row (tables._rows_only)",
    ),
    _fixed(
        "二、主动公开政府信息情况\n在省级以上媒体发布信息20条。",
        K.PROACTIVE_DISCLOSURES,
        None,
        "articles placed in the media are read as disclosures (PROACTIVE_SECTION: any "
        "发布信息N条 in the 主动公开 section, strength 0, still the figure when alone)",
    ),
    _fixed(
        "二、主动公开政府信息情况\n通过县新闻、《今日某县》等媒体机构公开信息30条。",
        K.PROACTIVE_DISCLOSURES,
        None,
        "articles the named news outlets carried (通过…等媒体机构, no website in the list) "
        "are read as disclosures: MEDIA_PLACED knew only 在…媒体 and 通过新闻媒体",
    ),
    _fixed(
        "二、主动公开政府信息情况\n2011年制作、获取政府信息总数1873条，其中主动公开政府信息"
        "425条，作为依申请公开信息数46条，不予公开信息数1402。",
        K.APPLICATIONS_WITHHELD,
        None,
        "a catalogue's count of information not to be disclosed, printed without a unit, "
        "read as applications withheld (a count without a unit was taken for 件)",
    ),
    _fixed(
        "区政府办代表区政府受理政府信息公开申请7件，全区共受理政府信息公开申请20件。",
        K.APPLICATIONS_RECEIVED,
        20,
        "a sub-unit's count (区政府办) comes first and wins over the district total",
    ),
    _fixed(
        APPS + "当面申请窗口接待群众150人次。",
        K.APPLICATIONS_IN_PERSON,
        None,
        "visitors at the application window read as in-person applications (窗口)",
    ),
    _fixed(
        "对困难群众不收取任何费用。全年收取信息处理费200元。",
        K.FEES_COLLECTED,
        200,
        "a fee waiver for a group (不收取 via ZERO_FEE_OPEN) is a zero, and comes first",
    ),
    _fixed(
        "本单位涉及行政复议案件12件，其中涉及政府信息公开的行政复议1件。",
        K.ADMINISTRATIVE_REVIEWS,
        1,
        "all reviews of the agency are read; the disclosure ones are a 其中 part",
    ),
    _fixed(
        APPEALS + "本年度共有行政复议案件3件，涉及政府信息公开的0件。",
        K.ADMINISTRATIVE_REVIEWS,
        0,
        "all reviews are read; the disclosure count 0 has no appeal word in its lead",
    ),
    _fixed(
        "二、主动公开政府信息情况\n主动公开财政预决算信息30条。全年主动公开政府信息500条。",
        K.PROACTIVE_DISCLOSURES,
        500,
        "a topical part (财政预决算信息) is a total: PROACTIVE_PART knows 类/微博/…",
    ),
]


def parts(text: str) -> list[tuple[object, list[tuple[str, object]]]]:
    return [
        (b.total.value, [(p.label, p.quantity.value) for p in b.parts])
        for b in gr.parse(text).breakdowns
    ]


def _fixed_parts(text: str, want: list[object], reason: str) -> object:
    """A wrong breakdown the audit found, now read right (``reason``: what it was)."""
    return pytest.param(text, want, id=reason[:40])


def _wrong_parts(text: str, want: list[object], reason: str) -> object:
    return pytest.param(text, want, marks=pytest.mark.xfail(strict=True, reason=reason))


WRONG_PARTS = [
    _fixed_parts(
        "全年主动公开政府信息1200条，其中政策文件200条、工作动态1000条，发布政务微博300条。",
        [(1200, [("政策文件", 200), ("工作动态", 1000)])],
        "the parts run on to the sentence end: 政务微博300条 is taken as a part",
    ),
    _fixed_parts(
        APPS + "共收到政府信息公开申请15件，涉及信息30条，其中网上申请10件、当面申请5件。",
        [(15, [("网上申请", 10), ("当面申请", 5)])],
        "the total is the last quantity before 其中 (30条 of information; 条/件 mix)",
    ),
    _fixed_parts(
        "全年主动公开政府信息1200条，比上年增加200条，其中政策文件200条、工作动态1000条。",
        [(1200, [("政策文件", 200), ("工作动态", 1000)])],
        "a change (比上年增加200条) is taken as the total of the breakdown",
    ),
    _fixed_parts(
        "全年主动公开政府信息1200条，其中政策文件200条，比上年增加50条，工作动态1000条。",
        [(1200, [("政策文件", 200), ("工作动态", 1000)])],
        "a change (比上年增加50条) is taken as a part",
    ),
    _fixed_parts(
        "全年共收到政府信息公开申请4件。同意公开2件，部分公开1件，不予公开1件。",
        [],
        "three outcomes that happen to add up (2 = 1 + 1) are read as 同意公开 with parts",
    ),
    _fixed_parts(
        "全年共收到政府信息公开申请15件，其中10件已办结，5件正在办理。",
        [(15, [("已办结", 10), ("正在办理", 5)])],
        "a label after its number (10件已办结) goes to the next part",
    ),
    _fixed_parts(
        "全年共收到政府信息公开申请15件，其中网上申请、信函申请分别为10件、5件。",
        [(15, [("网上申请", 10), ("信函申请", 5)])],
        "分别为 labels: the first part takes both labels, the second none",
    ),
    _fixed_parts(
        "全年共收到政府信息公开申请15件，其中予以公开8件（含部分公开2件），不予公开7件。",
        [(15, [("予以公开", 8), ("不予公开", 7)])],
        "a part of a part (含部分公开2件) is a sibling part (the parts add up to 17)",
    ),
]


RECEIVED_15 = "全年共收到政府信息公开申请15件，"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the parts add up to the last quantity before 其中: it stays the total
        (
            APPS + "共收到政府信息公开申请15件，涉及信息30条，其中政策文件20条、其他10条。",
            [(30, [("政策文件", 20), ("其他", 10)])],
        ),
        # a list of outcomes after the received count that adds up to it is its parts
        (
            "全年共收到政府信息公开申请8件，不属于本机关1件，信息不存在3件，不明确4件。",
            [(8, [("不属于本机关", 1), ("信息不存在", 3), ("不明确", 4)])],
        ),
        # labels before their numbers, after 其中，
        (
            RECEIVED_15 + "其中，网上申请10件，当面申请5件。",
            [(15, [("网上申请", 10), ("当面申请", 5)])],
        ),
        # a 分别为 list whose labels do not match the numbers in count is left as read
        (
            RECEIVED_15 + "其中网上申请、信函申请、当面申请分别为10件、5件。",
            [(15, [("网上申请、信函申请、当面申请分别为", 10), ("", 5)])],
        ),
        # 分别为 after a part read the usual way
        (
            RECEIVED_15 + "其中网上申请5件，信函申请、当面申请分别为6件、4件。",
            [(15, [("网上申请", 5), ("信函申请", 6), ("当面申请", 4)])],
        ),
        # brackets after a part: their numbers are its own parts (read as its breakdown
        # when they add up to it); words in them no label
        (
            "全年公开财政信息380条，其中专项资金152条、预决算公开197条（政府预决算32条，"
            "部门预决算165条）、三公经费27条、债券发行4条。",
            [
                (380, [("专项资金", 152), ("预决算公开", 197), ("三公经费", 27), ("债券发行", 4)]),
                (197, [("政府预决算", 32), ("部门预决算", 165)]),
            ],
        ),
        (
            RECEIVED_15 + "其中网上申请10件（通过政府网站）、当面申请5件。",
            [(15, [("网上申请", 10), ("当面申请", 5)])],
        ),
    ],
)
def test_parts_near_fixed(text: str, want: list[object]) -> None:
    """Near cases of the fixed WRONG_PARTS: still read (and read as the text says)."""
    assert parts(text) == want


# --------------------------------------------------------------------------------------
# round 2: phrasings and distractors round 1 did not write (万/亿 with 余/多/近/约,
# Chinese numerals to 999 and 两, the 2019+ 总体情况 stating a figure again, 同比 and 占…%
# next to counts, other counts with the same units, the whole area or sub-units beside the
# agency, a span of years, 其中 lists with 、/；/， and 包括…等, zeros in many wordings, a
# fee policy beside the fee of the year, PDF line wrapping, traditional script)

_CN_UNITS = ((100, "百"), (10, "十"))


def chinese3(n: int) -> str:
    """1..999 in Chinese numerals (一百二十三, 一百零五, 两百 not used: 二百).

    >>> [chinese3(n) for n in (2, 12, 105, 120, 999)]
    ['二', '十二', '一百零五', '一百二十', '九百九十九']
    """
    assert 0 < n < 1000
    if n < 100:
        return chinese(n)
    hundreds, rest = divmod(n, 100)
    out = _CN_DIGITS[hundreds] + "百"
    if rest == 0:
        return out
    if rest < 10:
        return out + "零" + _CN_DIGITS[rest]
    tens, ones = divmod(rest, 10)
    return out + _CN_DIGITS[tens] + "十" + (_CN_DIGITS[ones] if ones else "")


def numeral2(rng: random.Random, n: int) -> str:
    """``n`` as a report may write it: Arabic, Chinese to 999, 两 for 2, 万 or 千."""
    roll = rng.random()
    if n == 2 and roll < 0.3:
        return "两"
    if 0 < n < 1000 and roll < 0.3:
        return chinese3(n)
    if n >= 10000 and n % 1000 == 0 and roll < 0.6:
        return f"{n / 10000:g}万"
    return str(n)


def counted(rng: random.Random, n: int, unit: str) -> str:
    """``n`` with its unit and a qualifier a report may put on it (约, 近, 余, 多): the
    value read is ``n``."""
    word = numeral2(rng, n)
    pick = rng.random()
    if pick < 0.1:
        return f"约{word}{unit}"
    if pick < 0.2 and word[-1:].isdigit():
        return f"近{word}{unit}"
    if pick < 0.3 and n >= 20 and n % 10 == 0 and word[-1:].isdigit():
        return f"{word}{rng.choice('余多')}{unit}"
    return f"{word}{unit}"


def join_parts(rng: random.Random, items: list[str]) -> str:
    """A 其中 list as reports write it: 、 or ； or ， between the items, 其中 or 其中：
    or 包括…等 around them."""
    sep = rng.choice(["、", "；", "，"])
    head, tail = rng.choice([("其中", ""), ("其中：", ""), ("其中，", ""), ("包括", "等")])
    return head + sep.join(items) + tail


def pct(part: int, total: int) -> str:
    return f"{100 * part / total:.1f}%"


def parts_phrase(rng: random.Random, labels: list[str], values: list[int], unit: str) -> str:
    """The parts of a total after it, as reports write them: labels before or after the
    numbers, enumerated, with shares, with a 其中 of their own in brackets, in a sentence
    of their own (从…看); what follows the total's clause (with its comma or full stop)."""
    total = sum(values)
    form = rng.randrange(6)
    if form == 1:  # labels after the numbers
        verb = rng.choice(["为", "通过", ""])
        pairs = zip(labels, values, strict=True)
        return "，其中" + "，".join(f"{v}{unit}{verb}{x}" for x, v in pairs)
    items = [f"{x}{v}{unit}" for x, v in zip(labels, values, strict=True)]
    if form == 2:
        items = [f"{k + 1}.{x}" for k, x in enumerate(items)]
        return "，其中：" + "；".join(items)
    if form == 3:
        items = [f"{x}，占{pct(v, total)}" for x, v in zip(items, values, strict=True)]
    if form == 4 and values[0] >= 2:
        items[0] += f"（其中涉及重点领域{values[0] // 2}{unit}）"
    if form == 5:
        return "。从" + rng.choice(["分类", "来源"]) + "看，" + "，".join(items)
    return "，" + join_parts(rng, items)


def gen2_proactive(rng: random.Random, r: Report) -> None:
    n = rng.choice([rng.randint(30, 9000), rng.randint(2, 60) * 1000])
    verb = rng.choice(
        ["全年主动公开政府信息", "本机关全年主动公开政府信息", "通过各类渠道主动公开政府信息"]
    )
    s = f"{verb}{counted(rng, n, '条')}"
    if rng.random() < 0.3:
        s += rng.choice(
            [f"，同比增长{rng.randint(2, 60)}%", f"，较上年增加{rng.randint(2, 300)}条"]
        )
    if rng.random() < 0.5 and n >= 3 and s.startswith(verb + str(n)) and "条" in s[-2:]:
        a, b, c = split(rng, n, 3)
        s += parts_phrase(rng, ["政策文件", "工作动态", "通知公告"], [a, b, c], "条")
        r.breakdowns.append((n, [a, b, c]))
    r.body["proactive"].append(s + "。")
    r.truth[K.PROACTIVE_DISCLOSURES] = n
    if rng.random() < 0.3:
        # the 2019+ 总体情况 states the figure again, shorter
        r.body["intro"].append(f"全年主动公开政府信息{n}条。")


ZERO_APPLICATIONS = [
    "本年度未收到政府信息公开申请。",
    "全年没有收到政府信息公开申请。",
    "本年度无政府信息公开申请。",
    "本年度暂未收到政府信息公开申请。",
    "本年度政府信息公开申请为零。",
    "本年度收到政府信息公开申请数为零。",
    "全年共收到政府信息公开申请0件。",
]


def gen2_applications(rng: random.Random, r: Report) -> None:
    if no_applications(rng, r, ZERO_APPLICATIONS):
        return
    n = rng.randint(3, 300)
    s = rng.choice(
        [
            f"全年共收到政府信息公开申请{counted(rng, n, '件')}",
            f"本年度新收政府信息公开申请{numeral2(rng, n)}件",
            f"本年新收政府信息公开申请数量为{n}件",
            f"全年共收到{n}件政府信息公开申请",
        ]
    )
    if rng.random() < 0.3:
        s += rng.choice(
            [
                f"，同比增长{rng.randint(2, 60)}%",
                f"，较上年减少{rng.randint(1, 9)}件",
                f"，同比下降{rng.randint(2, 60)}%，环比增加{rng.randint(1, 9)}件",
            ]
        )
    if rng.random() < 0.5 and "约" not in s and "近" not in s and "余" not in s:
        a, b, c = split(rng, n, 3)
        s += parts_phrase(rng, ["网上申请", "信函申请", "当面申请"], [a, b, c], "件")
        r.truth |= {K.APPLICATIONS_ONLINE: a, K.APPLICATIONS_BY_LETTER: b}
        r.truth[K.APPLICATIONS_IN_PERSON] = c
        r.breakdowns.append((n, [a, b, c]))
    r.body["applications"].append(s + "。")
    r.truth[K.APPLICATIONS_RECEIVED] = n
    if rng.random() < 0.3:
        r.body["intro"].append(
            f"本年度共收到政府信息公开申请{n}件，同比增长{rng.randint(2, 60)}%。"
        )
    if rng.random() < 0.4:
        done = rng.randint(1, n)
        r.body["applications"].append(f"办结{done}件，办结率{pct(done, n)}。")
        r.truth[K.APPLICATIONS_COMPLETED] = done
    if rng.random() < 0.3:
        over = rng.randint(1, 9)
        r.body["applications"].append(f"另有上年结转政府信息公开申请{over}件。")
        r.truth[K.APPLICATIONS_CARRIED_OVER] = over


ZERO_APPEALS = [
    "本年度没有发生因政府信息公开申请行政复议、提起行政诉讼的情况。",
    "全年未发生因政府信息公开引起的行政复议和行政诉讼。",
    "全年无因政府信息公开引起的行政复议、行政诉讼案件。",
    "全年因政府信息公开引起的行政复议、行政诉讼均为零。",
    "本年度行政复议和行政诉讼案件数均为零。",
    "本年度因政府信息公开被申请行政复议0件，被提起行政诉讼0件。",
]


def gen2_appeals(rng: random.Random, r: Report) -> None:
    choice = rng.randrange(3)
    if choice == 0:
        r.body["appeals"].append(rng.choice(ZERO_APPEALS))
        r.truth |= {K.ADMINISTRATIVE_REVIEWS: 0, K.ADMINISTRATIVE_LAWSUITS: 0}
    elif choice == 1:
        rv, lw = rng.randint(1, 20), rng.randint(1, 20)
        unit = rng.choice(["件", "起", "宗"])
        r.body["appeals"].append(
            f"因政府信息公开被申请行政复议{numeral2(rng, rv)}{unit}，"
            f"提起行政诉讼{numeral2(rng, lw)}{unit}。"
        )
        r.truth |= {K.ADMINISTRATIVE_REVIEWS: rv, K.ADMINISTRATIVE_LAWSUITS: lw}


def gen2_fees(rng: random.Random, r: Report) -> None:
    gen_fees(rng, r, ["本机关未收取任何费用。", "没有收取任何费用。", "全年收费0元。"])
    fee = r.truth.get(K.FEES_COLLECTED, 0)
    if fee >= 2 and rng.random() < 0.3:  # the fee in its parts, then their total
        a, b = split(rng, fee, 2)
        r.body["fees"][-1] = f"共收取复印费{a}元，邮寄费{b}元，合计{fee}元。"


def gen2_other(rng: random.Random, r: Report) -> None:
    gen_other(rng, r, counted)


DISTRACTORS2: list[Distractor] = [
    ("intro", lambda g: f"政府网站全年访问量达{g.randint(2, 900)}万人次。"),
    (
        "intro",
        lambda g: f"全年发布政务微博{g.randint(20, 900)}条，微信推文{g.randint(20, 900)}篇。",
    ),
    (
        "intro",
        lambda g: f"组织培训{numeral2(g, g.randint(2, 9))}期，参训{g.randint(20, 900)}人次。",
    ),
    ("intro", lambda g: f"全年召开政务公开工作会议{numeral2(g, g.randint(2, 9))}次。"),
    ("intro", lambda g: f"办理市长信箱来信{g.randint(20, 900)}件，办结率100%。"),
    (
        "intro",
        lambda g: f"办理人大代表建议{g.randint(2, 90)}件、政协委员提案{g.randint(2, 90)}件。",
    ),
    ("intro", lambda g: f"全年受理12345热线工单{g.randint(200, 9000)}件。"),
    (
        "applications",
        lambda g: (
            f"{YEAR - 2}年至{YEAR}年分别收到政府信息公开申请"
            f"{g.randint(2, 30)}件、{g.randint(2, 30)}件、{g.randint(2, 30)}件。"
        ),
    ),
    (
        "applications",
        lambda g: f"{YEAR - 10}年至{YEAR}年共收到政府信息公开申请{g.randint(300, 900)}件。",
    ),
    ("proactive", lambda g: f"近五年累计主动公开政府信息{g.randint(2, 90)}万条。"),
    ("applications", lambda g: "全年没有发生政府信息公开申请答复超期的情况。"),
    ("applications", lambda g: "未出现因政府信息公开申请引发的投诉。"),
    ("applications", lambda g: f"依法延期答复{g.randint(1, 9)}件。"),
    ("applications", lambda g: f"全年办结率100%，群众满意率{g.randint(90, 99)}%。"),
    ("appeals", lambda g: "全年未发生行政复议和行政诉讼败诉案件。"),
    ("appeals", lambda g: f"作为复议机关，全年审理行政复议案件{g.randint(10, 90)}件。"),
    ("fees", lambda g: "依申请提供政府信息，原则上不收取费用。"),
    ("intro", lambda g: f"全年收取城市基础设施配套费{g.randint(2, 900)}万元。"),
    ("intro", lambda g: f"全年收取污水处理费{g.randint(2, 90)}亿元。"),
    ("intro", lambda g: f"本报告中所列数据统计期限为{YEAR}年1月1日至{YEAR}年12月31日。"),
    ("applications", lambda g: f"上年度共收到政府信息公开申请{g.randint(2, 90)}件。"),
    (
        "applications",
        lambda g: f"受理行政许可事项{g.randint(900, 2000)}件，办结{g.randint(100, 899)}件。",
    ),
    ("applications", lambda g: f"按照不属于政府信息公开申请答复{g.randint(1, 9)}件。"),
    ("proactive", lambda g: f"前年主动公开政府信息{g.randint(200, 900)}条。"),
    ("proactive", lambda g: f"通过政务微博主动公开政府信息{g.randint(20, 200)}条。"),
    ("proactive", lambda g: f"月均主动公开政府信息{g.randint(20, 200)}条。"),
    ("applications", lambda g: f"{YEAR + 1}年1月至今，共收到政府信息公开申请{g.randint(2, 9)}件。"),
    (
        "applications",
        lambda g: f"{YEAR - 2}年至{YEAR}年，共受理政府信息公开申请{g.randint(30, 90)}件。",
    ),
]

# whole area and sub-units: their counts beside the agency's own (a department's report)
AREA_COUNTS: list[Distractor] = [
    ("applications", lambda g: f"全市共收到政府信息公开申请{g.randint(300, 900)}件。"),
    ("applications", lambda g: f"局属各单位共收到政府信息公开申请{g.randint(300, 900)}件。"),
    ("proactive", lambda g: f"全市各级行政机关共主动公开政府信息{g.randint(2, 90)}万条。"),
    ("proactive", lambda g: f"下属单位共主动公开政府信息{g.randint(2, 90)}万条。"),
]

# a few characters in traditional script (the normalizer folds them)
_TRADITIONAL = str.maketrans(
    "开报动条议诉讼费发请处况关个务门网当时规没为无与来级属单总体问题进数项书审计复应设并",
    "開報動條議訴訟費發請處況關個務門網當時規沒為無與來級屬單總體問題進數項書審計復應設並",
)


def wrap(text: str, width: int) -> str:
    """Lines of ``width`` characters, as a PDF's text layer breaks a paragraph (headings
    stay on their lines)."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.endswith("情况") or line == TITLE.strip():
            out.append(line)
            continue
        out.extend(line[k : k + width] for k in range(0, len(line), width))
    return "\n".join(out)


#: a paragraph a PDF wrapped at 37 characters, one break inside a year (…6件。2⏎016年)
_CUT_YEAR = wrap(
    TITLE + "一、总体情况\n全年受理12345热线工单619件，办理市长信箱来信639件，办结率100%。"
    "本报告中所列数据的统计期限为2019年1月1日至2019年12月31日。\n二、主动公开政府信息情况\n"
    "政务公开网站点击率同比增长44%。全年通过各类渠道主动公开政府信息1.75万条。\n"
    "三、收到和处理政府信息公开申请情况\n"
    "2018年共收到政府信息公开申请5件。本年新收政府信息公开申请数量为112件，其中，网上申请28件，"
    "占25.0%，信函申请56件，占50.0%，当面申请28件，占25.0%。办结8件，办结率7.1%。依法延期答复"
    "7件。另有上年结转政府信息公开申请3件。全年共收到政府信息公开申请较上年减少6件。2016年至2018年"
    "收到政府信息公开申请分别为26件、19件、20件。申请办结率100%。接受政府信息公开咨询142人次。\n",
    37,
)


def generate2(seed: int) -> tuple[str, Report]:
    rng = random.Random(seed)
    r = Report()
    department = rng.random() < 0.3
    gens = (gen2_proactive, gen2_applications, gen2_appeals, gen2_fees, gen2_other)
    for gen in gens:
        if rng.random() < 0.85:
            gen(rng, r)
    pool = DISTRACTORS + DISTRACTORS2
    if department:
        # the whole area's and sub-units' counts, after the agency's own
        for topic, make in rng.sample(AREA_COUNTS, rng.randint(0, 2)):
            r.body[topic].append(make(rng))
    for topic, make in rng.sample(pool, rng.randint(0, len(pool) // 2)):
        sentences = r.body[topic]
        sentences.insert(rng.randint(0, len(sentences)), make(rng))
    text = r.text(new_style=rng.random() < 0.5)
    if department:
        text = text.replace(TITLE, BUREAU, 1)
    if rng.random() < 0.3:
        text = wrap(text, rng.randint(28, 40))
    if rng.random() < 0.15:
        text = text.translate(_TRADITIONAL)
    return text, r


ROUND2_SEEDS = 200


@pytest.mark.parametrize("block", range(4))
def test_round2_reports_read_no_wrong_value(block: int) -> None:
    size = ROUND2_SEEDS // 4
    assert failures_of(generate2, range(block * size, block * size + size)) == []


def test_round2_generator_states_what_it_claims() -> None:
    assert share_read_back(generate2, range(60)) >= 0.8


@pytest.mark.slow
@pytest.mark.more
def test_round2_sweep(request: pytest.FixtureRequest) -> None:
    """Many more seeds of both generators (run with ``pytest -m slow``)."""
    if request.config.option.markexpr != "slow":
        pytest.skip("a larger sweep: run with pytest -m slow")
    failures = failures_of(generate, range(1000, 3000))
    failures += failures_of(generate2, range(1000, 3000))
    assert failures == []


# --------------------------------------------------------------------------------------
# round 2: wrong values the extended generator and probes found

PROACTIVE = "二、主动公开政府信息情况\n"
FEES = "四、政府信息公开的收费及减免情况\n"

#: a 2019+ report's table-三 heading over prose whose 其中 list numbers its items
_NUMBERED = (
    TITLE + "三、收到和处理政府信息公开申请情况\n本年度新收政府信息公开申请261件，其中：1.网上申请"
    "76件；2.信函申请61件；3.当面申请124件。办结2件，办结率0.8%。另有上年结转政府信息公开申请4件。"
    "接受政府信息公开咨询294人次。\n"
)

WRONG2 = [
    _fixed(
        _NUMBERED,
        K.APPLICATIONS_RECEIVED,
        261,
        "the sentences under the heading read as table 三 (8, flagged): the list's 1. "
        "and 2. were taken for a table's bare numbers, so the line was no prose line",
    ),
    _fixed(_NUMBERED, K.APPLICATIONS_CARRIED_OVER, 4, "the same, carried over read from it"),
    _fixed(
        _CUT_YEAR,
        K.APPLICATIONS_CARRIED_OVER,
        3,
        "a wrapped paragraph whose line ends in a year cut in two (件。2⏎016年) read as "
        "table 三 (carried over 2, the year's first digit): the 2 was a bare number",
    ),
    _fixed(_CUT_YEAR, K.APPLICATIONS_RECEIVED, 112, "the same, received lost"),
    # other periods: a span of years; a line break inside the words that say the period
    _fixed(
        TITLE + "2017年至2019年分别收到政府信息公开申请12件、13件、15件。",
        K.APPLICATIONS_RECEIVED,
        None,
        "a series with 分别 before the verb (not 分别为) and the report's year in its span: "
        "the first number, 2017's, is read as the year's",
    ),
    _fixed(
        TITLE + "2009年至2019年共收到政府信息公开申请856件。",
        K.APPLICATIONS_RECEIVED,
        None,
        "a total over a span of years that ends with the report's year is read as the year's",
    ),
    _fixed(
        TITLE + "2017年至2019年，共收到政府信息公开申请45件。",
        K.APPLICATIONS_RECEIVED,
        None,
        "a span of years that opens the sentence (its own clause) is not seen",
    ),
    _fixed(
        TITLE + "对照上年情况，2018\n年共收到政府信息公开申请8件。",
        K.APPLICATIONS_RECEIVED,
        None,
        "a PDF line break between the year and 年: the other year is not seen",
    ),
    _fixed(
        "根据统计，近三\n年共受理政府信息公开申请30件。",
        K.APPLICATIONS_RECEIVED,
        None,
        "a PDF line break inside 近三年: the period is not seen",
    ),
    _fixed(
        BUREAU + APPS + "据统计，全\n市共收到政府信息公开申请300件。",
        K.APPLICATIONS_RECEIVED,
        None,
        "a PDF line break inside 全市: the whole area's count is read as the bureau's",
    ),
    # statements of zero about something else than the applications or the appeals
    _fixed(
        "本年度未收取政府信息公开申请费用。",
        K.APPLICATIONS_RECEIVED,
        None,
        "申请 qualifies 费用: read as no application received",
    ),
    _fixed(
        "全年没有发生政府信息公开申请答复超期的情况。全年收到政府信息公开申请15件。",
        K.APPLICATIONS_RECEIVED,
        15,
        "no late answer is read as no application (a zero, and it comes first)",
    ),
    _fixed(
        "全年无超期答复的申请。",
        K.APPLICATIONS_RECEIVED,
        None,
        "no late answer is read as no application",
    ),
    _fixed(
        "未出现因政府信息公开申请引发的投诉。",
        K.APPLICATIONS_RECEIVED,
        None,
        "no complaint caused by an application is read as no application",
    ),
    _fixed(
        "全年办理有序，未出现因政府信息公开申请引发的投\n诉。",
        K.APPLICATIONS_RECEIVED,
        None,
        "the same with a PDF line break inside 投诉",
    ),
    _fixed(
        "全年未发生行政复议和行政诉讼败诉案件，被申请行政复议2件。",
        K.ADMINISTRATIVE_REVIEWS,
        2,
        "an outcome (败诉) after two coordinated appeals is seen for the last only: no "
        "review is read, and comes first",
    ),
    # counts of something else
    _fixed(
        APPS + "共收到政府信息公开申请15件，依法延期答复2件。",
        K.APPLICATIONS_COMPLETED,
        None,
        "answers given with an extension are read as the completed applications",
    ),
    _fixed(
        BUREAU + PROACTIVE + "局属各单位共主动公开政府信息900条，局机关主动公开政府信息300条。",
        K.PROACTIVE_DISCLOSURES,
        300,
        "the sub-units' count comes first and is read as the bureau's",
    ),
    # fees: a rule beside the year's fee; other fees
    _fixed(
        "对申请人不收取任何费用。全年收取信息处理费200元。",
        K.FEES_COLLECTED,
        200,
        "the rule (不收取) is a zero and comes before the fee of the year",
    ),
    _fixed(
        FEES + "依申请提供政府信息，原则上不收取费用。",
        K.FEES_COLLECTED,
        None,
        "a hedged rule (原则上) is read as no fee collected",
    ),
    _fixed(
        "全年收取污水处理费1.2亿元。",
        K.FEES_COLLECTED,
        None,
        "another fee (污水处理费 holds 处理费) is read as the disclosure fees",
    ),
    # numbers cut by a PDF line break
    _fixed(
        "因政府信息公开被申请行政复议3件，提起行政诉讼十\n四件。",
        K.ADMINISTRATIVE_LAWSUITS,
        14,  # (normalize joins a Chinese numeral a line break cuts)
        "十四 cut by a line break: 四件 is read as the lawsuits",
    ),
    _fixed(
        "本年新收政府信息公开申请数量为1\n4件。",
        K.APPLICATIONS_RECEIVED,
        None,
        "14 cut by a line break: the 1 before it is read (a number without a unit after 数量为)",
    ),
    # other periods, found with the generator's own phrases (round 2, second pass)
    _fixed(
        TITLE + APPS + "上年度收到政府信息公开申请12件，本年度收到15件。",
        K.APPLICATIONS_RECEIVED,
        None,
        "the year before named as a report year (上年度) is read as the year's",
    ),
    _fixed(
        TITLE + "前年收到政府信息公开申请12件。",
        K.APPLICATIONS_RECEIVED,
        None,
        "two years back (前年) is read as the year's",
    ),
    _fixed(
        TITLE + "2020年1月至今，共收到政府信息公开申请3件。",
        K.APPLICATIONS_RECEIVED,
        None,
        "a time since when after the report's year (2020年1月至今，) is not seen",
    ),
    _fixed(
        TITLE + "申请办结率100%。2017年至20\n19年，共受理政府信息公开申请39件。",
        K.APPLICATIONS_RECEIVED,
        None,
        "a span of years opening the sentence, wrapped by a PDF line break: the opening "
        "clause was cut at the line break",
    ),
    # the agency as a review body
    _fixed(
        APPEALS + "全年审理行政复议案件30件。",
        K.ADMINISTRATIVE_REVIEWS,
        None,
        "the reviews the agency hears as a review body are read as the reviews of it",
    ),
    _fixed(
        APPEALS + "全年本机关作出的行政复议决定12件。",
        K.ADMINISTRATIVE_REVIEWS,
        None,
        "the review decisions the agency makes are read as the reviews of it",
    ),
    # a channel's count, an average
    _fixed(
        PROACTIVE + "通过政务微博主动公开政府信息200条。全年主动公开政府信息1200条。",
        K.PROACTIVE_DISCLOSURES,
        1200,
        "what one channel (政务微博, named before 主动公开) carried is read as the "
        "disclosures, and comes first",
    ),
    _fixed(
        PROACTIVE + "通过政务微博主动公开政府信息200条，通过政府网站主动公开政府信息1000条。",
        K.PROACTIVE_DISCLOSURES,
        None,
        "what the website carried is read as the disclosures (the 微博 count no longer is): "
        "beside another channel's count in its sentence it is one channel's (read alone, "
        "通过政府网站主动公开政府信息N条 is how many reports state the whole)",
    ),
    _fixed(
        PROACTIVE + "月均主动公开政府信息100条。",
        K.PROACTIVE_DISCLOSURES,
        None,
        "a monthly average (月均) is read as the year's disclosures",
    ),
    # a count that includes the applications carried over is what the report says it
    # received: the corpus reads it so (pingtan-2022: 收到申请75件 = 74 new + 1 carried
    # over), and validate's prose check compares it with 本年新收 + 上年结转 as well
    _fixed(
        APPS + "共收到政府信息公开申请15件（含上年结转2件）。",
        K.APPLICATIONS_RECEIVED,
        15,
        "kept: a received count that includes those carried over is the received figure",
    ),
    _fixed(
        APPS + "共收到政府信息公开申请15件（其中上年结转2件）。",
        K.APPLICATIONS_RECEIVED,
        15,
        "kept: a received count that includes those carried over is the received figure",
    ),
    # not fixed (the first two fixed since)
    _fixed(
        APPS + "共收到政府信息公开申请15件。受理行政许可事项1200件，办结1180件。",
        K.APPLICATIONS_COMPLETED,
        None,
        "办结 with its subject left out: the licences completed are read as the "
        "applications completed (the subject is in the clause before)",
    ),
    _fixed(
        APPS + "共收到政府信息公开申请15件。按照不属于政府信息公开申请答复3件。",
        K.APPLICATIONS_COMPLETED,
        None,
        "an outcome (answered as not a disclosure application) read as completed",
    ),
    _fixed(
        APPS + "上年结转政府信息公开申请2件。本年度办理结果：予以公开8件，部分公开3件，不予公开"
        "2件，无法提供1件。结转下年度继续办理1件。",
        K.APPLICATIONS_PARTIALLY_GRANTED,
        3,
        "the 2019+ outcomes written as a sentence are read as a table 三 (from_table): 部分"
        "公开 takes 1, a number of a later row; the table locator's fallback, as the first "
        "WRONG (tables._locate_table3; fixed there: a sentence is never a row)",
    ),
    _fixed(
        "一、总体情况\n本年新收政府信息公开申请15件（其中上年结转0件），已办结15件，其中予以"
        "公开8件，部分公开4件，不予公开3件。",
        K.APPLICATIONS_PARTIALLY_GRANTED,
        4,
        "the 2019+ 总体情况 sentence is read as a table 三 (row labels 本年新收/上年结转/"
        "予以公开/部分公开): 部分公开 takes 3; the same locator fallback as the first WRONG "
        "(tables._locate_table3; fixed there: a sentence is never a row)",
    ),
    _fixed(
        FEES + "共收取复印费12元，邮寄费20元，合计32元。",
        K.FEES_COLLECTED,
        32,
        "a named part of the fees (复印费) is read as the fees; the 合计 total has no fee "
        "word in its lead",
    ),
]


#: found by a blind audit (narrative reports written without the reader's source at hand,
#: 1,282 texts: 76 wrong values, none flagged); each sentence here is this file's own
WRONG3 = [
    _fixed(
        FEES + "全年收取检索费30元、复制费12元，合计收取费用42元。",
        K.FEES_COLLECTED,
        42,
        "a named fee before a total whose clause has its own fee words (合计收取费用): the "
        "last named fee, 12, read as the fees",
    ),
    _fixed(
        FEES + "收取费用从上年的300元下降到80元。",
        K.FEES_COLLECTED,
        80,
        "the earlier value of a change (从上年的300元) read as the year's fees; the later "
        "one is the year's, read with the words before 从",
    ),
    _fixed(
        APPEALS + "因政府信息公开申请行政复议的案件由上年的4件减少为2件。",
        K.ADMINISTRATIVE_REVIEWS,
        2,
        "the earlier value of a change (由上年的4件) read as the year's reviews",
    ),
    _fixed(
        "一、概述\n全年受理政府信息公开申请从2015年的38件增至45件。",
        K.APPLICATIONS_RECEIVED,
        45,
        "the later value of a change (…从2015年的38件增至45件): missed, its lead only 增至",
    ),
    _fixed(
        APPS + "上年受理政府信息公开申请6件，今年增加3件。",
        K.APPLICATIONS_RECEIVED,
        None,
        "上年's count before 今年's change: read as the year's applications",
    ),
    _fixed(
        APPS + "全年受理专利申请5120件。全年共受理政府信息公开申请41件。",
        K.APPLICATIONS_RECEIVED,
        41,
        "applications for the agency's business (专利申请) read as disclosure applications",
    ),
    _fixed(
        PROACTIVE + "在门户网站公开办事信息：全年受理劳动人事争议仲裁申请3120件。",
        K.APPLICATIONS_ONLINE,
        None,
        "arbitration applications after a website read as applications made online",
    ),
    _fixed(
        APPEALS + "全年我局共收到各类行政复议申请48件，被提起各类行政诉讼21件，均与政府信息公开"
        "无关。因政府信息公开申请行政复议2件，提起行政诉讼0件。",
        K.ADMINISTRATIVE_REVIEWS,
        2,
        "the agency's reviews of every matter, said to be unrelated to disclosure, read first",
    ),
    _fixed(
        APPEALS + "我委作为行政复议机关，受理不服各县政府信息公开答复的行政复议案件7件。以我委为"
        "被申请人的政府信息公开行政复议1件。",
        K.ADMINISTRATIVE_REVIEWS,
        1,
        "reviews the agency decided as the review body of others' answers read as its own",
    ),
    _fixed(
        "一、概述\n全年共主动公开政府信息1860条。\n" + PROACTIVE + "通过门户网站公开政府信息"
        "1320条。",
        K.PROACTIVE_DISCLOSURES,
        1860,
        "one place's count in the matching section ranked before the stated whole",
    ),
    _fixed(
        "一、概述\n年初确定了全年主动公开政府信息1500条以上的目标。",
        K.PROACTIVE_DISCLOSURES,
        None,
        "a target named after its number (…1500条以上的目标) read as the year's count",
    ),
    _fixed(
        APPS + "指标名称 | 计量单位 | 本年度 | 累计\n不同意公开答复数 | 件 | 3 | 9",
        K.APPLICATIONS_GRANTED,
        None,
        "a legacy row 不同意公开答复数 read as 同意公开答复数 (granted 3)",
    ),
    _fixed(
        APPS + "统计指标 | 单位 | 代码 | 统计数\n1．当面申请数 | 件 | 21 | 4",
        K.APPLICATIONS_IN_PERSON,
        4,
        "under a 统计指标 header the row code (21) read as the count: the 代码 column was "
        "known under 指标名称 only",
    ),
]


@pytest.mark.parametrize(("text", "kind", "want"), WRONG + WRONG2 + WRONG3)
def test_wrong_value(text: str, kind: FigureKind, want: object) -> None:
    assert value(text, kind) == want


@pytest.mark.parametrize(
    ("text", "kind", "want"),
    [
        # the report's year: a statistics period, a date range inside the year, a wrapped year
        (
            TITLE
            + "本报告统计期限为2019年1月1日至2019年12月31日。全年共收到政府信息公开申请15件。",
            K.APPLICATIONS_RECEIVED,
            15,
        ),
        (
            TITLE + "2019年1月1日至12月31日，共收到政府信息公开申请15件。",
            K.APPLICATIONS_RECEIVED,
            15,
        ),
        (TITLE + "2019年，共收到政府信息公开申请15件。", K.APPLICATIONS_RECEIVED, 15),
        (
            TITLE + "对照上年情况，2019\n年共收到政府信息公开申请15件。",
            K.APPLICATIONS_RECEIVED,
            15,
        ),
        # statements of zero of the applications themselves, beside other words
        ("本年度未收到政府信息公开申请和咨询。", K.APPLICATIONS_RECEIVED, 0),
        ("全年未收到政府信息公开申请，未发生答复超期情况。", K.APPLICATIONS_RECEIVED, 0),
        ("全年办理有序，未收到政府信息公开申\n请。", K.APPLICATIONS_RECEIVED, 0),
        ("全年未发生因政府信息公开引起的行政复议和行政诉讼。", K.ADMINISTRATIVE_REVIEWS, 0),
        ("全年未发生因政府信息公开引起的行政复议和行政诉讼。", K.ADMINISTRATIVE_LAWSUITS, 0),
        # answered in time is completed; after the received count, or after a clause of
        # the applications, or as the sentence's first clause
        (APPS + "共收到政府信息公开申请15件，按时答复15件。", K.APPLICATIONS_COMPLETED, 15),
        (
            APPS + "共收到政府信息公开申请15件，上年结转2件，办结17件。",
            K.APPLICATIONS_COMPLETED,
            17,
        ),
        (APPS + "共收到政府信息公开申请15件。办结15件。", K.APPLICATIONS_COMPLETED, 15),
        # reviews of the agency, with the decisions of its review body as outcomes
        (APPEALS + "全年被申请行政复议3件，复议机关作出维持决定2件。", K.ADMINISTRATIVE_REVIEWS, 3),
        (APPEALS + "本机关作为被申请人的行政复议案件3件。", K.ADMINISTRATIVE_REVIEWS, 3),
        # the total beside its channels and rates; the new media as a topic of the year
        (
            PROACTIVE + "全年主动公开政府信息1200条，通过政务微博主动公开政府信息200条。",
            K.PROACTIVE_DISCLOSURES,
            1200,
        ),
        # the website's count alone, as a whole with its channels after 其中, or through
        # the website and other channels (等) is the whole
        (PROACTIVE + "通过政府网站主动公开政府信息1000条。", K.PROACTIVE_DISCLOSURES, 1000),
        (
            PROACTIVE + "通过政府网站主动公开政府信息1000条，其中通过政务微博发布200条。",
            K.PROACTIVE_DISCLOSURES,
            1000,
        ),
        (
            PROACTIVE + "全年通过政府网站等渠道主动公开政府信息1200条，通过政务微博发布200条。",
            K.PROACTIVE_DISCLOSURES,
            1200,
        ),
        (
            PROACTIVE + "全年主动公开政府信息1200条，每月平均100条。",
            K.PROACTIVE_DISCLOSURES,
            1200,
        ),
        (
            PROACTIVE + "各部门均主动公开政府信息，全年共主动公开政府信息1200条。",
            K.PROACTIVE_DISCLOSURES,
            1200,
        ),
        (
            APPS + "共收到政府信息公开申请15件，按照规定时限答复15件。",
            K.APPLICATIONS_COMPLETED,
            15,
        ),
        # the bureau's own count; sub-units named in another clause
        (BUREAU + APPS + "局机关共收到政府信息公开申请15件。", K.APPLICATIONS_RECEIVED, 15),
        (
            BUREAU
            + APPS
            + "本局下属单位共收到政府信息公开申请300件，局机关共收到政府信息公开申请15件。",
            K.APPLICATIONS_RECEIVED,
            15,
        ),
        (
            BUREAU + APPS + "深入下属单位开展培训，全年共收到政府信息公开申请15件。",
            K.APPLICATIONS_RECEIVED,
            15,
        ),
        (
            BUREAU + PROACTIVE + "全局共主动公开政府信息1200条，其中局机关300条，下属单位900条。",
            K.PROACTIVE_DISCLOSURES,
            1200,
        ),
        # a rule alone is still the zero; a hedge-free rule too
        ("本机关依申请提供政府信息，不收取费用。", K.FEES_COLLECTED, 0),
        (FEES + "一律不收取费用。", K.FEES_COLLECTED, 0),
        # the fees of disclosure by name
        (FEES + "收取检索费、复制费共计32元。", K.FEES_COLLECTED, 32),
        (FEES + "全年收取信息处理费、邮寄费共计32元。", K.FEES_COLLECTED, 32),
        (FEES + "全年收取处理费32元。", K.FEES_COLLECTED, 32),
        (FEES + "全年收费32元。", K.FEES_COLLECTED, 32),
        # one fee by name alone is the fees; a total after a waiver is not
        (FEES + "共收取复印费12元。", K.FEES_COLLECTED, 12),
        # the new applications beside those carried over, the carried over in brackets
        (
            APPS + "共收到政府信息公开申请15件（另有上年结转2件）。",
            K.APPLICATIONS_RECEIVED,
            15,
        ),
        (
            APPS + "共收到政府信息公开申请15件（含上年结转2件）。",
            K.APPLICATIONS_CARRIED_OVER,
            2,
        ),
        (APPS + "共收到政府信息公开申请15件（含网上申请10件）。", K.APPLICATIONS_RECEIVED, 15),
        (FEES + "共收取复印费12元，减免费用10元。", K.FEES_COLLECTED, 12),
        (FEES + "全年收取信息处理费32元，减免费用10元，合计42元。", K.FEES_COLLECTED, 32),
        ("全年收取土地出让金3.2亿元，合计3.5亿元。", K.FEES_COLLECTED, None),
        # a line break before a whole number, or between a number and its unit
        ("按照规定，全年共收到政府信息公开申请\n246件。", K.APPLICATIONS_RECEIVED, 246),
        ("被申请行政复议3件，提起行政诉讼\n十四件。", K.ADMINISTRATIVE_LAWSUITS, 14),
        ("全年共收到政府信息公开申请15\n件。", K.APPLICATIONS_RECEIVED, 15),
        # carried over from the year before; the report's year with 至今; 去年 as before
        (TITLE + APPS + "上年度结转政府信息公开申请2件。", K.APPLICATIONS_CARRIED_OVER, 2),
        (TITLE + "2019年1月至今，共收到政府信息公开申请15件。", K.APPLICATIONS_RECEIVED, 15),
        (
            TITLE + APPS + "本年度收到政府信息公开申请15件，上年度为12件。",
            K.APPLICATIONS_RECEIVED,
            15,
        ),
        # a title line before a sentence is not its opening clause
        (
            TITLE + "2017年至2019年工作回顾\n全年共收到政府信息公开申请15件。",
            K.APPLICATIONS_RECEIVED,
            15,
        ),
    ],
)
def test_sentence_near_round2(text: str, kind: FigureKind, want: object) -> None:
    """Near cases of the round-2 fixes: still read."""
    assert value(text, kind) == want


@pytest.mark.parametrize(
    "text",
    [
        # a share after a part, a line break before a part
        RECEIVED_15 + "其中网上申请10件，占66.7%，当面申请5件，占33.3%。",
        RECEIVED_15 + "其中网上申请10件，\n当面申请5件。",
        # a clause between two parts
        RECEIVED_15 + "其中网上申请10件，全部办结，当面申请5件。",
        # labels after their numbers, with the words that open them
        RECEIVED_15 + "其中10件通过网上申请，5件为当面申请。",
        # a sentence that opens with 从…看 divides the previous sentence's total
        "全年共收到政府信息公开申请15件。从申请方式看，网上申请10件，当面申请5件。",
    ],
)
def test_parts_near_round2(text: str) -> None:
    """Near cases of the round-2 breakdown fixes: read, with the labels the text gives."""
    assert parts(text) == [(15, [("网上申请", 10), ("当面申请", 5)])]


def test_a_list_in_a_parts_brackets_is_its_own() -> None:
    """A whole list in a part's brackets is that part's breakdown, not more parts."""
    text = RECEIVED_15 + "其中网上申请10件（其中微信申请2件、网站申请8件），当面申请5件。"
    assert parts(text) == [
        (15, [("网上申请", 10), ("当面申请", 5)]),
        (10, [("微信申请", 2), ("网站申请", 8)]),
    ]


def test_nested_list_still_read() -> None:
    """A nested 其中 list of its own clauses is read with its total (the outer list that
    it cuts is not: the text does not say where it goes on)."""
    text = RECEIVED_15 + "其中网上申请10件，其中微信申请2件、网站申请8件。"
    assert parts(text) == [(10, [("微信申请", 2), ("网站申请", 8)])]


def test_enumerated_labels() -> None:
    text = "全年主动公开政府信息1200条，其中：1.政策文件200条；2.工作动态1000条。"
    assert parts(text) == [(1200, [("政策文件", 200), ("工作动态", 1000)])]


WRONG_PARTS2 = [
    _fixed_parts(
        "全年共收到政府信息公开申请2\n46件，其中网上申请112件、当面申请134件。",
        [],
        "the total 246 cut by a line break: 46 is read as the total",
    ),
    _fixed_parts(
        "全年共收到政府信息公开申请110件，其中网上申请24件，占21\n.8%，当面申请86件。",
        [],
        "a share cut by a line break (21\\n.8%): 21 is read as a part",
    ),
    _fixed_parts(
        "全年共收到政府信息公开申请15件，其中网上申请10件（其中微信申请2件），当面申请5件。",
        [(15, [("网上申请", 10), ("当面申请", 5)])],
        "a 其中 in the brackets of a part ends the list at that part; the bracket's 其中 "
        "then takes 10 as its total and 当面申请5件 as its part",
    ),
    _fixed_parts(
        "全年共收到政府信息公开申请15件，从申请方式看，网上申请10件，当面申请5件。",
        [(15, [("网上申请", 10), ("当面申请", 5)])],
        "the first label holds the clause before it (从申请方式看，网上申请)",
    ),
    _fixed_parts(
        "全年共收到政府信息公开申请15件，其中网上申请10件，当面申\n请5件。",
        [(15, [("网上申请", 10), ("当面申请", 5)])],
        "a label wrapped by a PDF line break keeps the line break (当面申\\n请)",
    ),
    _fixed_parts(
        "全年主动公开政府信息1562条，其\n中，政策文件1178条（其中规范性文件589条）、工作动态"
        "206条、通知公告178条。",
        [(1562, [("政策文件", 1178), ("工作动态", 206), ("通知公告", 178)])],
        "a 其中 in brackets whose outer 其中 is wrapped (其\\n中) takes the part before the "
        "bracket as its total and the rest of the sentence as its parts",
    ),
    _fixed_parts(
        "本年新收政府信息公开申请数量为67件，包\n括网上申请23件（其中微信申请11件）；信函申请"
        "41件；当面申请3件等。",
        [],
        "the same with 包\\n括: (23, [11, 41, 3])",
    ),
    _fixed_parts(
        RECEIVED_15 + "其中网上申请10件，其中微信申请2件；当面申请5件。",
        [],
        "a nested 其中 ends the outer list at its part; its own list runs past the "
        "semicolon that closes it: (10, [微信申请 2, 当面申请 5])",
    ),
]


@pytest.mark.parametrize(("text", "want"), WRONG_PARTS + WRONG_PARTS2)
def test_wrong_parts(text: str, want: list[object]) -> None:
    assert parts(text) == want


def test_round2_seeds_a_wider_sweep_found_wrong() -> None:
    """Seeds of the round-2 generator outside the suite's range that read a wrong value
    (a sweep of 110000-111499): 110087, a 2019 report in traditional script wrapped at 28
    characters, where a share's decimals cut by the wrap (占69⏎.5%) left a bare number and
    the sentence a table row: table 三's 本年新收 read 8 9 69 36 2 8 = 132 for 128."""
    assert failures_of(generate2, [110087]) == []


@pytest.mark.parametrize(
    ("sentence", "reviews", "lawsuits"),
    [
        ("本年度因政府信息公开申请行政复议、提起行政诉讼的分别为2件和1件。", 2, 1),
        ("全年发生政府信息公开行政复议和行政诉讼案件分别为3件、0件。", 3, 0),
        ("全年因政府信息公开被提起行政诉讼、被申请行政复议分别为5件和4件。", 4, 5),
    ],
)
def test_two_appeals_named_before_respectively(sentence: str, reviews: int, lawsuits: int) -> None:
    """Reviews and lawsuits named together before 分别为, the two numbers after it in
    their order (was: neither read, the pair taken for a series of counts of one kind)."""
    r = gr.parse(TITLE + APPEALS + sentence)
    assert value(TITLE + APPEALS + sentence, K.ADMINISTRATIVE_REVIEWS) == reviews
    assert value(TITLE + APPEALS + sentence, K.ADMINISTRATIVE_LAWSUITS) == lawsuits
    assert not r.validate()


def test_a_series_after_respectively_is_still_no_figure() -> None:
    """Near case: one kind's counts of several years after 分别 stay a series, no figure."""
    text = (
        TITLE
        + "三、依申请公开政府信息情况\n2017年至2019年分别收到政府信息公开申请20件、14件、30件。"
    )
    assert value(text, K.APPLICATIONS_RECEIVED) is None


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("全年通过网络受理申请23件、信函受理申请10件、当面受理申请8件，共计41件。", 41),
        ("全年网上申请12件，当面申请3件，共15件。", 15),
        # near cases: a sentence that applies for another matter, or totals the answers
        ("通过网站受理行政审批申请300件、窗口受理审批申请200件，共计500件。", None),
        ("通过网上受理申请5件，答复申请4件，共计9件。", None),
    ],
)
def test_a_total_after_counts_by_channel_is_the_applications_received(
    sentence: str, want: int | None
) -> None:
    """Counts by channel, then a total with no word of its own (…，共计41件): the total is
    the applications received (was: none read; the parts before their total were taken
    for no breakdown of anything)."""
    assert value(TITLE + APPS + sentence, K.APPLICATIONS_RECEIVED) == want


@pytest.mark.parametrize(
    ("sentence", "kind", "want"),
    [
        (
            APPS + "全市各级行政机关共受理政府信息公开申请596件，其中我局受理26件。",
            K.APPLICATIONS_RECEIVED,
            26,
        ),
        (
            PROACTIVE + "全区共主动公开政府信息18704条，其中我局主动公开1280条。",
            K.PROACTIVE_DISCLOSURES,
            1280,
        ),
        (
            APPS + "全县市场监管系统共受理政府信息公开申请381件，其中局机关受理51件。",
            K.APPLICATIONS_RECEIVED,
            51,
        ),
    ],
)
def test_the_bodys_own_share_of_a_wider_count(sentence: str, kind: FigureKind, want: int) -> None:
    """A department's report that gives the whole area's (or its system's) count and,
    after 其中, its own share: the share is the figure (was: none read; the whole is the
    area's, and the share's lead 其中我局受理 names no applications)."""
    text = "青禾县商务局2016年政府信息公开工作年度报告\n" + sentence
    assert value(text, kind) == want


@pytest.mark.parametrize(
    ("sentence", "kind", "want"),
    [
        # a list of another matter applied for: its later items are of that matter too
        ("通过网站受理行政审批申请300件、窗口受理申请200件。", K.APPLICATIONS_IN_PERSON, None),
        ("通过网站受理行政审批申请300件、受理申请200件。", K.APPLICATIONS_RECEIVED, None),
        ("全年办理行政审批事项3000余件，网上申请12件、当面申请8件。", K.APPLICATIONS_ONLINE, None),
        # the subject changes back to disclosure: the channels are its own
        (
            "全年办理行政审批事项3000余件；受理政府信息公开申请20件，其中网上申请12件、当面申请8件。",
            K.APPLICATIONS_ONLINE,
            12,
        ),
        # a body named for approvals applies for nothing
        ("区行政审批局网上申请12件、当面申请8件。", K.APPLICATIONS_IN_PERSON, 8),
        ("区行政审批局共收到申请20件，其中网上申请12件、当面申请8件。", K.APPLICATIONS_ONLINE, 12),
        # a note in brackets after the whole is not what the whole counts
        (
            "今年共受理申请20件（未引起行政复议），其中网上申请12件、当面申请8件。",
            K.APPLICATIONS_ONLINE,
            12,
        ),
    ],
)
def test_a_count_in_a_list_is_of_the_matter_the_list_is_of(
    sentence: str, kind: FigureKind, want: int | None
) -> None:
    """受理行政审批申请300件、窗口受理申请200件: the window's 200 are approvals (was: read as
    200 applications in person); a list after 行政审批事项 counts approvals by channel (was:
    12 online). A body's name (行政审批局) names no matter, and a bracketed note (未引起行政
    复议) after a whole does not make it another matter's (was: no channel read)."""
    assert value(TITLE + APPS + sentence, kind) == want


APPEALS = "五、因政府信息公开申请行政复议、提起行政诉讼的情况\n"


@pytest.mark.parametrize(
    ("sentence", "reviews", "lawsuits"),
    [
        ("本年度因政府信息公开申请提起行政复议、行政诉讼的数量均为0。", 0, 0),
        ("行政复议和行政诉讼均为0。", 0, 0),
        ("行政复议、行政诉讼数均为0。", 0, 0),
        ("行政复议为0，行政诉讼为0。", 0, 0),
        # a number, not a lone 0: no statement of zero
        ("行政复议为10。", None, None),
        ("行政复议、行政诉讼均为0.5。", None, None),
    ],
)
def test_a_lone_0_without_a_unit_states_zero(
    sentence: str, reviews: int | None, lawsuits: int | None
) -> None:
    """行政复议和行政诉讼均为0 says what 均为零 says (was: neither read, a 0 without a unit
    after 均为 is no count of the numeric reader)."""
    text = TITLE + APPEALS + sentence
    assert value(text, K.ADMINISTRATIVE_REVIEWS) == reviews
    assert value(text, K.ADMINISTRATIVE_LAWSUITS) == lawsuits


def test_a_count_of_zero_with_a_unit_name_is_one_figure() -> None:
    """行政复议数为0 is a count the numeric reader reads; the lone-0 statement leaves it."""
    report = gr.parse(TITLE + APPEALS + "行政复议数为0。")
    got = [f for f in report.figures if f.kind is K.ADMINISTRATIVE_REVIEWS]
    assert [f.quantity.value for f in got] == [0]


@pytest.mark.parametrize(
    ("body", "kind", "want"),
    [
        # a page number between the halves of a sentence (a PDF's page break)
        (
            PROACTIVE + "编制目录189条，全年主动公开政府信\n- 1 -\n息845条。",
            K.PROACTIVE_DISCLOSURES,
            845,
        ),
        (
            APPS + "接听咨询电话719个；受理政府信息\n第 3 页 共 9 页\n公开申请52件。",
            K.APPLICATIONS_RECEIVED,
            52,
        ),
        (
            PROACTIVE + "发布各类信息1114条，其中属于主动公开的\n- 2 -\n政府信息529条。",
            K.PROACTIVE_DISCLOSURES,
            529,
        ),
        (APPEALS + "被提起行政诉讼一起，未发生行\n  3 / 12\n政复议。", K.ADMINISTRATIVE_REVIEWS, 0),
        # a short line that ends with a joining word goes on in the next
        (
            APPEALS + "因政府信息公开引起的行政复议、行政诉讼分别为6件和\n3件。",
            K.ADMINISTRATIVE_LAWSUITS,
            3,
        ),
    ],
)
def test_a_page_break_inside_a_sentence_is_read_through(
    body: str, kind: FigureKind, want: int
) -> None:
    """A page footer between the two halves of a sentence is page furniture, removed by
    normalize (was: the sentence cut in two, 845 and 52 not read, and 1114, the whole,
    read for the 529 of it that is proactive); a line ending in 和 does not end a clause
    (was: 3 not read as the second of 分别为)."""
    assert value("青溪县财政局2012年政府信息公开工作年度报告\n" + body, kind) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("全年共公开政府信息1300条，其中主动公开1280条，依申请公开20条。", 1280),
        ("在门户网站发布各类信息1114条，其中属于主动公开的政府信息529条。", 529),
        # the share cut by a line break: no figure, and not the whole instead
        ("在门户网站发布各类信息3011条，其中属于主动公开的政府信息2\n325条。", None),
        # a whole that says 主动 is the proactive count; its parts are parts
        ("全年主动公开政府信息1300条，其中主动公开规范性文件20条。", 1300),
    ],
)
def test_the_proactive_share_of_every_disclosure(sentence: str, want: int | None) -> None:
    """A count of every disclosure (共公开政府信息1300条) with its 主动公开 share after 其中:
    the share is the proactive count (was: 1300, the whole, read without a Problem; and
    3011 when the share was cut by a wrap)."""
    assert value(TITLE + PROACTIVE + sentence, K.PROACTIVE_DISCLOSURES) == want


@pytest.mark.parametrize(
    ("body", "kind", "want"),
    [
        # statements of zero in other words
        (
            APPEALS + "本年度不存在因政府信息公开申请行政复议或提起行政诉讼的情况。",
            K.ADMINISTRATIVE_REVIEWS,
            0,
        ),
        (
            APPEALS + "本年度不存在因政府信息公开申请行政复议和提起行政诉讼的情况。",
            K.ADMINISTRATIVE_LAWSUITS,
            0,
        ),
        (
            APPEALS + "因政府信息公开申请行政复议、提起行政诉讼的案件数均为零。",
            K.ADMINISTRATIVE_REVIEWS,
            0,
        ),
        (FEES + "本机关在政府信息公开工作中无收费情况。", K.FEES_COLLECTED, 0),
        (FEES + "不存在政府信息公开收费及减免的情况。", K.FEES_COLLECTED, 0),
        (FEES + "本机关依申请提供信息未收费。", K.FEES_COLLECTED, 0),
        # the number before its noun, after 受理的
        (APPS + "对受理的23件政府信息公开申请，均按时予以答复。", K.APPLICATIONS_RECEIVED, 23),
        # the total a change reached
        (
            PROACTIVE + "全年主动公开政府信息比上年增加439条，达到3439条。",
            K.PROACTIVE_DISCLOSURES,
            3439,
        ),
        (APPS + "全年受理政府信息公开申请比上年减少3件，降至12件。", K.APPLICATIONS_RECEIVED, 12),
        # near cases: the change alone is no count of the year
        (PROACTIVE + "全年主动公开政府信息比上年增加439条。", K.PROACTIVE_DISCLOSURES, None),
        (APPS + "对已办结的23件申请均按时答复。", K.APPLICATIONS_RECEIVED, None),
    ],
)
def test_blind_audit_round_3_wordings(body: str, kind: FigureKind, want: int | None) -> None:
    """Wordings the third blind narrative audit found read as nothing: 不存在…的情况, 案件数
    均为零 (only the second appeal was read), 无收费情况, 未收费, 受理的23件…申请, and
    达到3439条 after 比上年增加439条."""
    assert value(TITLE + body, kind) == want


@pytest.mark.parametrize(
    ("body", "kind", "want"),
    [
        (
            PROACTIVE + "截至2019年底，我局累计主动公开政府信息11693条，其中2019年新增1774条。",
            K.PROACTIVE_DISCLOSURES,
            1774,
        ),
        (
            PROACTIVE + "截至2019年底，我局累计主动公开政府信息11693条，其中今年新增1774条。",
            K.PROACTIVE_DISCLOSURES,
            1774,
        ),
        (
            APPS + "自2008年5月以来，我局累计受理政府信息公开申请300件，本年度受理23件。",
            K.APPLICATIONS_RECEIVED,
            23,
        ),
        # near cases: another year's share, and a share in another sentence
        (
            PROACTIVE + "截至2019年底，我局累计主动公开政府信息11693条，其中2018年新增1774条。",
            K.PROACTIVE_DISCLOSURES,
            None,
        ),
        (
            PROACTIVE + "我局累计主动公开政府信息11693条。今年新增1774条。",
            K.PROACTIVE_DISCLOSURES,
            None,
        ),
    ],
)
def test_the_years_share_of_a_cumulative_total(
    body: str, kind: FigureKind, want: int | None
) -> None:
    """The report's year's share of a cumulative total, in its sentence, with no subject
    of its own (其中2019年新增1774条; 本年度受理23件): it counts what the total counts (was:
    nothing read; the total to date is no figure of the year, and the share named none)."""
    assert value(TITLE + body, kind) == want


@pytest.mark.parametrize(
    ("body", "kind", "want"),
    [
        # years listed before 分别: one number a year, in their order
        ("2018年、2019年本机关分别主动公开政府信息297条、649条。", K.PROACTIVE_DISCLOSURES, 649),
        ("2018年和2019年分别收到政府信息公开申请34件和32件。", K.APPLICATIONS_RECEIVED, 32),
        ("2019年和2018年分别收到政府信息公开申请34件和32件。", K.APPLICATIONS_RECEIVED, 34),
        ("2017年和2018年分别收到政府信息公开申请34件和32件。", K.APPLICATIONS_RECEIVED, None),
        # clauses a blank separates: the noun after a number does not cross it
        ("主动公开信息30条 行政复议1件。", K.ADMINISTRATIVE_REVIEWS, 1),
        (
            "全年主动公开政府信息516条 收到政府信息公开申请28件 办结26件 行政复议3件。",
            K.ADMINISTRATIVE_REVIEWS,
            3,
        ),
        ("收到2件行政复议。", K.ADMINISTRATIVE_REVIEWS, 2),
        # a number before its noun after 共有
        (APPS + "共有44件政府信息公开申请，均已办结。", K.APPLICATIONS_RECEIVED, 44),
    ],
)
def test_blind_audit_round_4_wordings(body: str, kind: FigureKind, want: int | None) -> None:
    """Wordings the fourth blind narrative audit found read wrong: years listed before
    分别 (was: the first year's number, 297 for 649, with no Problem); clauses separated
    by a blank (was: 30条 of 主动公开信息30条 行政复议1件 read as reviews); and 共有44件…申请
    (was: nothing)."""
    assert value(TITLE + body, kind) == want


@pytest.mark.parametrize(
    ("body", "kind", "want"),
    [
        # a page's line ends inside the noun, or between the noun and its number
        (
            "六、其他需要报告的事项\n本年度依据《政府信息公开信息处理费管理办法》收取信息处\n"
            "理费120元。围绕优化营商环境、保障和改善民生等重点领域，加\n大政府信息公开力度。\n",
            K.FEES_COLLECTED,
            120,
        ),
        (
            "六、其他需要报告的事项\n本年度依据《政府信息公开信息处理费管理办法》收取信息处理费\n"
            "120元。围绕优化营商环境、保障和改善民生等重点领域，加大政府\n信息公开力度。\n",
            K.FEES_COLLECTED,
            120,
        ),
        # the next line indented (a layout extractor's margin)
        (
            PROACTIVE + "           深化政策解读，全年通过政府网站主动公开政府                  \n"
            "           信息 108 条，畅通依申请公开渠道，规范受理、登记、审核各环节。\n",
            K.PROACTIVE_DISCLOSURES,
            108,
        ),
        # near case: a short line without a marker is a subheading, not a wrap
        ("2017年至2019年工作回顾\n全年共收到政府信息公开申请15件。", K.APPLICATIONS_RECEIVED, 15),
    ],
)
def test_a_sentence_a_pdf_page_wrapped(body: str, kind: FigureKind, want: int) -> None:
    """A sentence wrapped at a PDF page's width, its lines too few to show the width
    (blind PDF audit: 235 fee figures lost in every extractor mode): a line as long as a
    page's line, with no punctuation, that goes on to a sentence's end on the next line
    is no clause of its own (was: it ended one, and 理费120元 named no fee); a wrapped
    line's indent goes with its break (was: 政府…信息 108 条 named no disclosures)."""
    assert value(TITLE + body, kind) == want


@pytest.mark.parametrize(
    "body",
    [
        # a layout print: the line's end padded, an empty line of blanks, the next indented
        "             度，深化政策解读，采取图文、视频等多种形式解读重要政策文件。全年通过政府网站"
        "主动公开政府" + " " * 33 + "\n" + " " * 82 + "\n"
        "             信息  1236 条，加强公开平台建设，优化政府信息公开专栏设置，提升用户体验，畅"
        + " " * 28
        + "\n             通依申请公开渠道，规范受理、登记、审核、答复等各环节工作流程。\n",
        # pdfminer: an empty line after every line of the page
        "深化政策解读，采取图文、视频等多种形式解读重要政策文件。全年通过政府网站主动公开政府\n\n"
        "信息 1236 条，加强公开平台建设，优化政府信息公开专栏设置，提升用户体验，畅\n\n"
        "通依申请公开渠道，规范受理、登记、审核、答复等各环节工作流程。\n",
    ],
)
def test_a_sentence_wrapped_across_a_layout_prints_empty_line(body: str) -> None:
    """A sentence a page wrapped with an empty line between its lines (pdfplumber's
    layout, pdfminer) and the lines' blanks around the break: the empty line ends no
    clause, and the blanks do not use up the lead's reach (was: nothing read; or the
    own clause cut inside the blanks, and its 通过政府网站 taken for another place's
    count beside it)."""
    assert value(TITLE + PROACTIVE + body, K.PROACTIVE_DISCLOSURES) == 1236
