"""End-to-end audit of validate() on correct reports: no false alarm, no misread figure.

Users write ``assert not report.validate()`` in their pipelines and auditors read each
Problem as a finding, so a Problem on a report whose numbers are all right is a bug, and
so is a right report read wrong.  A seeded generator writes complete, consistent reports
in the official formats (国办公开办函〔2019〕60号 and 〔2021〕30号): a title naming an
invented agency (云溪县…, 青禾市…) and year, the six sections 一、总体情况 …
六、其他需要报告的事项, prose whose figures agree with the tables (主动公开政府信息N条,
收到政府信息公开申请N件 — also counted with 上年结转 —, 行政复议N件, 行政诉讼N件,
收取费用0元, 其中 breakdowns that add up), and tables 二/三/四 whose sums all hold,
rendered in every form of tests/surface_forms.py (blanks, zeros, large numbers,
full-width digits, thousands separators, page breaks).  For each report:

1. every table cell and every prose figure the generator wrote reads back right;
2. validate() gives no Problem, except table N.blank_cells for a table the generator
   printed with blank cells (a true finding: the cells are blank), naming those rows.

The audit must be able to fail: a report with one table cell off, or one prose figure
off, fires the code of the sum or comparison it breaks.

Each false alarm or misread found whose cause is a reader has a test at the end with the
smallest text that shows it (a strict xfail until the reader is fixed).  The texts are
written for these tests (invented places and numbers).
"""

from __future__ import annotations

import collections
import html as html_lib
import io
import random
import re
import zipfile
from collections.abc import Callable
from datetime import date
from decimal import Decimal

import attrs
import pytest

import govinfo_reports as gr
import surface_forms as sf
from govinfo_reports._docx import docx_text
from govinfo_reports._rules import TABLE4_FIELD_LABELS
from govinfo_reports.model import APPLICANT_COLUMNS, FigureKind
from test_tables import read_back

K = FigureKind
T3_TITLE, T4_TITLE = sf._T3_TITLE, sf._T4_TITLE
T2_TITLE, T5_TITLE = sf._T2_TITLE, "五、存在的主要问题及改进情况"
T6_TITLE = "六、其他需要报告的事项"
FORMS: dict[str, Callable[[sf.Tables, sf.Style], str]] = {**sf.FORMS, **sf.FILE_FORMS}

AGENCIES = (
    "云溪县人民政府",
    "云溪县教育局",
    "云溪县青禾镇人民政府",
    "青禾市财政局",
    "青禾市生态环境局",
    "青禾市人民政府办公室",
    "青禾市云溪区市场监督管理局",
)
_FULL = str.maketrans("0123456789", "０１２３４５６７８９")


# --- values -------------------------------------------------------------------------------


def _values(
    rng: random.Random, t2_template: str, t3_template: str, shape: str, form: str
) -> sf.Tables:
    """Consistent tables.  ``shape``: 'zeros' (every count 0), 'small', 'large'
    (thousands), 'blanks' (some zero cells printed blank)."""

    def count() -> int:
        if shape == "zeros":
            return 0
        if rng.random() < 0.35:
            return 0
        return rng.randint(1, 9000) if shape == "large" else rng.randint(1, 40)

    paths = [
        p
        for p in sf.t3_paths(t3_template)
        if p not in ("new_received", "carried_over", "total", "carried_forward")
    ]
    outcomes = {p: tuple(count() for _ in range(6)) for p in paths}
    # 新收 around each column's outcomes: the rest comes from 上年结转, the excess is carried
    # forward; then some more in both 上年结转 and 结转下年度 (the sums keep holding)
    col = [sum(outcomes[p][k] for p in paths) for k in range(6)]
    received = tuple(max(0, c + rng.randint(-5, 5)) if shape != "zeros" else 0 for c in col)
    t3 = sf.consistent_table3(t3_template, outcomes, received)
    if shape != "zeros" and rng.random() < 0.5:
        extra = [rng.choice((0, 0, 1, 2, 7)) for _ in range(6)]
        for row in ("carried_over", "carried_forward"):
            six = [a + b for a, b in zip(t3[row][:6], extra, strict=True)]  # type: ignore[operator]
            t3[row] = (*six, sum(six))
    t4 = sf.consistent_table4([tuple(count() for _ in range(4)) for _ in range(3)])
    t2: dict[str, sf.Cell] = {}
    for _, cols, rows in sf.t2_layout(t2_template):
        for r in rows:
            for c in cols:
                v: sf.Cell = 0 if shape == "zeros" else rng.choice((0, rng.randint(1, 99999)))
                if c == "change" and shape != "zeros":
                    v = rng.randint(-30, 30)
                if c in ("amount", "amount_wan_yuan") and shape != "zeros":
                    v = Decimal(rng.randint(0, 10**6)) / 100
                t2[f"{r}.{c}"] = v
            if "previous_items" in cols:  # 上一年项目数量 + 本年增/减 >= 0
                change = t2[f"{r}.change"]
                t2[f"{r}.previous_items"] = max(0, -change) + rng.randint(0, 500)  # type: ignore[operator]
            if "total_published" in cols:  # 对外公开总数量 >= 本年新公开数量
                pub = t2[f"{r}.published"]
                t2[f"{r}.total_published"] = pub + rng.randint(0, 3000)  # type: ignore[operator]
    values = sf.Tables(t2_template, t3_template, t2, t3, t4)
    if shape != "blanks":
        return values
    # one cell per line: table 四's blank cells at its end are empty lines like those after
    # a table, so the text cannot place them (None with table4.ambiguous_cells)
    return _with_blanks(rng, values, table4=form != "lines")


def _with_blanks(rng: random.Random, v: sf.Tables, table4: bool = True) -> sf.Tables:
    """Some zero cells printed blank (a blank cell is no number); none in table 四 unless
    ``table4``."""
    t3 = {
        p: tuple(None if x == 0 and rng.random() < 0.4 else x for x in row)
        for p, row in v.table3.items()
    }
    t4 = tuple(None if x == 0 and table4 and rng.random() < 0.4 else x for x in v.table4)
    t2 = {k: None if x == 0 and rng.random() < 0.4 else x for k, x in v.table2.items()}
    return attrs.evolve(v, table2=t2, table3=t3, table4=t4)


def _n(v: int | None) -> int:
    return v or 0


# --- prose ------------------------------------------------------------------------------


@attrs.define
class Prose:
    """The sentences of a report by where they go, and what they state."""

    fullwidth: bool = False
    thousands: bool = False
    rng: random.Random | None = None  # (when given) some numbers in Chinese or with 万
    spaced: bool = False  # (with rng) some numbers with a space on each side
    year_stated: bool = True  # the text says which year it covers
    skew: FigureKind | None = None  # this figure is written skew_by more than the table says
    skew_by: int = 1
    figures: dict[FigureKind, int] = attrs.field(factory=dict)  # written as numerals
    stated: dict[FigureKind, int] = attrs.field(factory=dict)  # said in words (未发生…)
    breakdowns: list[tuple[int, tuple[int, ...]]] = attrs.field(factory=list)
    where: dict[str, list[str]] = attrs.field(factory=lambda: collections.defaultdict(list))

    def fig(self, kind: FigureKind, n: int) -> str:
        """A figure of ``kind`` written as a numeral (off by one when it is the skewed
        kind: a broken report)."""
        if kind is self.skew:
            n += self.skew_by
        self.figures[kind] = n
        return self.num(n)

    def num(self, n: int) -> str:
        text = self._num(n)
        # a number in another font: pdftotext prints spaces around it
        return f" {text} " if self.spaced and self.rng and self.rng.random() < 0.5 else text

    def _num(self, n: int) -> str:
        if self.rng is not None and self.rng.random() < 0.15:
            if 0 < n < 100:
                return chinese(n)
            if n >= 10000 and n % 100 == 0:
                return f"{Decimal(n) / 10000:f}".rstrip("0").rstrip(".") + "万"
        text = f"{n:,}" if self.thousands and n >= 1000 else str(n)
        return text.translate(_FULL) if self.fullwidth else text


_CN_DIGITS = "零一二三四五六七八九"


def chinese(n: int) -> str:
    """1..99 in Chinese numerals (十二, 二十, 三十五)."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN_DIGITS[tens] + "十")
    return head + (_CN_DIGITS[ones] if ones else "")


def split(rng: random.Random, total: int, parts: int) -> list[int]:
    """``parts`` numbers >= 0 adding up to ``total``."""
    cuts = sorted(rng.randint(0, total) for _ in range(parts - 1))
    return [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True)]


def _overview(
    rng: random.Random, p: Prose, v: sf.Tables, agency: str, year: int, case: Case
) -> None:
    """Section 一 (and the sentence before a table, where a report puts it there)."""
    t3, t4 = v.table3, v.table4
    out = p.where["一"]
    out.append(
        f"{rng.choice(['本年度', '今年以来'])}，{agency}认真贯彻落实"
        "《中华人民共和国政府信息公开条例》，持续推进政务公开工作。"
    )
    # (一) 主动公开
    out.append(rng.choice(["（一）主动公开", "（一）主动公开情况", "（一）主动公开政府信息情况"]))
    n = rng.choice((0, rng.randint(20, 999), rng.randint(1000, 60000), rng.randint(1, 60) * 1000))
    verb = rng.choice(["主动公开政府信息", "共主动公开政府信息", "通过政府网站主动公开政府信息"])
    when = ["全年", "本年度", *([f"{year}年"] if p.year_stated else [])]
    s = f"{rng.choice(when)}{verb}{p.num(n)}条"
    p.figures[K.PROACTIVE_DISCLOSURES] = n
    if n >= 3 and rng.random() < 0.5:
        parts = split(rng, n, 3)
        nested = ""
        if parts[0] >= 2 and rng.random() < 0.3:
            # a sub-list in brackets (see test_a_bracketed_sub_list_is_no_sibling)
            sub = split(rng, parts[0], 2)
            nested = "（{}规范性文件{}条、其他{}条）".format(
                rng.choice(("", "其中")), *map(p.num, sub)
            )
            p.breakdowns.append((parts[0], tuple(sub)))
        a, b, c = map(p.num, parts)
        s += f"，其中政策文件{a}条{nested}、工作动态{b}条、通知公告{c}条"
        p.breakdowns.append((n, tuple(parts)))
    out.append(s + "。")
    made = v.table2.get("normative_documents.made")
    if isinstance(made, int) and rng.random() < 0.5:
        word = "行政规范性文件" if v.t2_template == "2021" else "规范性文件"
        out.append(f"全年制发{word}{p.fig(K.NORMATIVE_DOCUMENTS, made)}件。")
    if rng.random() < 0.5:
        out.append(
            f"全年召开新闻发布会{p.num(rng.randint(1, 30))}场，"
            f"通过政务微博发布信息{p.num(rng.randint(100, 9000))}条"
            + f"，与{year - 1}年相比增加{p.num(rng.randint(1, 90))}条。"
            # (a compared year is no year: see test_a_comparison_year_is_no_year)
        )
    # (二) 依申请公开
    out.append(rng.choice(["（二）依申请公开", "（二）依申请公开情况"]))
    new, co, cf = _n(t3["new_received"][6]), _n(t3["carried_over"][6]), _n(t3["carried_forward"][6])
    granted, partly = _n(t3["granted"][6]), _n(t3["partially_granted"][6])
    done = _n(t3["total"][6])
    sentences: list[str] = []
    convention = rng.choice(("new", "with_carried", "separate"))
    if new + co == 0:
        if rng.random() < 0.5:
            sentences.append("本年度未收到政府信息公开申请。")
            p.stated[K.APPLICATIONS_RECEIVED] = 0
        else:
            sentences.append(f"全年共收到政府信息公开申请{p.fig(K.APPLICATIONS_RECEIVED, 0)}件。")
    elif (
        (convention == "new" or co == 0)
        and new >= 20
        and new % 10
        and p.skew is None
        and rng.random() < 0.2
    ):
        # a round number with 余 (at least): the table's count is more
        sentences.append(
            f"全年共收到政府信息公开申请{p.fig(K.APPLICATIONS_RECEIVED, new // 10 * 10)}余件。"
        )
    elif convention == "new" or co == 0:
        s = f"全年共收到政府信息公开申请{p.fig(K.APPLICATIONS_RECEIVED, new)}件"
        people = _n(t3["new_received"][0])
        if rng.random() < 0.25 and None not in t3["new_received"]:
            s += f"，其中自然人申请{p.num(people)}件，法人或其他组织申请{p.num(new - people)}件"
            p.breakdowns.append((new, (people, new - people)))
        elif new >= 3 and rng.random() < 0.6:
            parts = split(rng, new, 3)
            if rng.random() < 0.3 and new:
                share = f"，占{Decimal(parts[1] * 100) / new:.1f}%"
                s += (
                    f"，其中当面申请{p.num(parts[0])}件、网络申请{p.num(parts[1])}件{share}、"
                    f"信函申请{p.num(parts[2])}件"
                )
            else:
                s += "，其中当面申请{}件、网络申请{}件、信函申请{}件".format(*map(p.num, parts))
            p.breakdowns.append((new, tuple(parts)))
            p.figures[K.APPLICATIONS_IN_PERSON] = parts[0]
            p.figures[K.APPLICATIONS_ONLINE] = parts[1]
            p.figures[K.APPLICATIONS_BY_LETTER] = parts[2]
        sentences.append(s + "。")
        if co:
            sentences.append(f"上年结转政府信息公开申请{p.num(co)}件。")
            p.figures[K.APPLICATIONS_CARRIED_OVER] = co
    elif convention == "with_carried" and rng.random() < 0.2:
        sentences.append(
            f"本年度新收政府信息公开申请{p.fig(K.APPLICATIONS_RECEIVED, new)}件，"
            f"加上年结转{p.num(co)}件，共计{p.num(new + co)}件。"
        )
        p.figures[K.APPLICATIONS_CARRIED_OVER] = co
    elif convention == "with_carried":
        # the prose count includes 上年结转 (a common convention)
        s = rng.choice(
            [
                "全年共受理政府信息公开申请{t}件（含上年结转{c}件）",
                "本年度共收到政府信息公开申请{t}件，其中上年结转{c}件",
                "全年共办理政府信息公开申请{t}件，其中本年新收{n}件、上年结转{c}件",
            ]
        )
        if "{n}" in s:
            p.breakdowns.append((new + co, (new, co)))
        t = p.fig(K.APPLICATIONS_RECEIVED, new + co)
        sentences.append(s.format(t=t, c=p.num(co), n=p.num(new)) + "。")
        p.figures[K.APPLICATIONS_CARRIED_OVER] = co
    else:
        sentences.append(
            f"本年新收政府信息公开申请{p.fig(K.APPLICATIONS_RECEIVED, new)}件，"
            f"上年结转政府信息公开申请{p.num(co)}件。"
        )
        p.figures[K.APPLICATIONS_CARRIED_OVER] = co
    if new + co:
        g_text = p.fig(K.APPLICATIONS_GRANTED, granted)
        p_text = p.fig(K.APPLICATIONS_PARTIALLY_GRANTED, partly)
        if rng.random() < 0.5:
            # every outcome group of table 三: the parts add up to 办结
            groups = [
                sum(_n(row[6]) for path, row in t3.items() if path.startswith(name + "."))
                for name in ("withheld", "unable_to_provide", "not_processed", "other_handling")
            ]
            parts = (granted, partly, *groups)
            s = (
                f"已办结{p.num(done)}件，其中予以公开{g_text}件，部分公开{p_text}件，"
                "不予公开{}件，无法提供{}件，不予处理{}件，其他处理{}件".format(*map(p.num, groups))
            )
            p.breakdowns.append((done, parts))
            p.figures[K.APPLICATIONS_COMPLETED] = done
        elif rng.random() < 0.5:
            # some outcomes only, after 其中 (其中 lists a part: the rest are other outcomes)
            s = f"已办结{p.num(done)}件，其中予以公开{g_text}件，部分公开{p_text}件"
            p.figures[K.APPLICATIONS_COMPLETED] = done
            if rng.random() < 0.5:
                # (else the next figure follows a '；': test_a_semicolon_ends_a_short_list)
                s += "。"
        else:
            s = f"予以公开{g_text}件，部分公开{p_text}件"
        if cf:
            s += f"{'' if s[-1] == '。' else '；'}结转下年度继续办理"
            s += f"{p.fig(K.APPLICATIONS_CARRIED_FORWARD, cf)}件"
        sentences.append(s.rstrip("。") + "。")
    if case.under_t3 and rng.random() < 0.5:
        p.where["三"].extend(sentences)  # under heading 三, before its table
    elif rng.random() < 0.2:
        # after table 三, before heading 四 (see test_a_sentence_after_table_2_or_3)
        p.where["三后"].extend(sentences)
    else:
        out.extend(sentences)
    # (三) 复议诉讼
    review = _n(t4[4])
    direct, after = _n(t4[9]), _n(t4[14])
    suits = direct + after
    where = p.where["四"] if case.under_t4 and rng.random() < 0.5 else out
    numerals = p.rng
    style = rng.randrange(4)
    if review == suits == 0 and style < 2:
        where.append("本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。")
        p.stated[K.ADMINISTRATIVE_REVIEWS] = p.stated[K.ADMINISTRATIVE_LAWSUITS] = 0
    elif style == 2:
        # 其中 lists of the groups of table 四 (they add up)
        s = f"全年发生政府信息公开行政复议{p.fig(K.ADMINISTRATIVE_REVIEWS, review)}件"
        if review:
            s += "，其中结果维持{}件、结果纠正{}件、其他结果{}件、尚未审结{}件".format(
                *map(p.num, (_n(x) for x in t4[0:4]))
            )
            p.breakdowns.append((review, tuple(_n(x) for x in t4[0:4])))
        s += f"；行政诉讼{p.num(suits)}件"
        if suits:
            s += f"，其中未经复议直接起诉{p.num(direct)}件、复议后起诉{p.num(after)}件"
            p.breakdowns.append((suits, (direct, after)))
        where.append(s + "。")
        p.figures[K.ADMINISTRATIVE_LAWSUITS] = suits
    else:
        where.append(
            rng.choice(
                [
                    "全年发生政府信息公开行政复议{r}件，行政诉讼{s}件。",
                    "本年度被申请行政复议{r}件，被提起行政诉讼{s}件。",
                    "因政府信息公开被申请行政复议{r}件、被提起行政诉讼{s}件。",
                ]
            ).format(r=p.fig(K.ADMINISTRATIVE_REVIEWS, review), s=p.num(suits))
        )
        p.figures[K.ADMINISTRATIVE_LAWSUITS] = suits
    p.rng = numerals
    out.append("（三）政府信息管理")
    out.append("严格落实公开前保密审查制度，动态更新政府信息公开指南和目录。")


def _problems_and_other(rng: random.Random, p: Prose, year: int) -> None:
    p.where["五"].append(
        "政务公开工作仍存在一些不足：一是公开内容不够全面；二是解读形式较为单一。"
        f"{year + 1}年，我们将进一步加强培训，提升公开质量。"
    )
    if rng.random() < 0.5:
        p.where["五"].append(
            f"下一步，计划组织政务公开培训{p.num(rng.randint(2, 9))}次，"
            f"覆盖工作人员{p.num(rng.randint(20, 500))}人次。"
        )
    fee = rng.choice(
        [
            ("本年度未收取政府信息公开信息处理费。", None),
            (f"本年度收取费用{p.num(0)}元。", 0),
            (f"本年度收取信息处理费{p.num(0)}元。", 0),
        ]
    )
    p.where["六"].append(fee[0])
    if fee[1] is None:
        p.stated[K.FEES_COLLECTED] = 0
    else:
        p.figures[K.FEES_COLLECTED] = fee[1]
    if rng.random() < 0.5:
        p.where["六"].append(
            "本报告的电子版可在云溪县人民政府门户网站（www.yunxi.gov.cn）下载。"
            "如对本报告有任何疑问，请联系政务公开办公室"
            f"（电话：0591-{rng.randint(1000000, 9999999)}，邮编：{rng.randint(350000, 359999)}）。"
        )
    if rng.random() < 0.5:
        p.where["六"].append(
            "本机关依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）执行。"
        )


# --- a whole report ------------------------------------------------------------------------


@attrs.frozen
class Case:
    seed: int
    form: str
    #: the application sentences may stand under heading 三, before its table (see
    #: test_a_sentence_before_table_3_naming_a_row)
    under_t3: bool = True
    #: the 复议/诉讼 sentence may stand under heading 四, before its table
    under_t4: bool = True
    #: a broken report: 'table3' (an outcome cell one more), 'table4' (a 复议 cell one
    #: more), or a FigureKind value (that prose figure one more than the table)
    damage: str = ""

    def __str__(self) -> str:
        return f"{self.form}-{self.seed}"


@attrs.frozen
class Generated:
    case: Case
    text: str  # what parse() is given
    values: sf.Tables
    prose: Prose
    year: int
    agency: str
    shape: str
    style: sf.Style
    period: tuple[date, date] | None  # the 统计期限 the text states
    damaged: str | None = None  # the cell a broken report has off


def _lines(p: Prose, key: str) -> list[str]:
    return p.where.get(key, [])


def generate(case: Case) -> Generated:
    rng = random.Random(f"{case.form}-{case.seed}")
    year = rng.choice((2019, 2020, 2021, 2022, 2023, 2024))
    t3_template = "2019" if year < 2021 else "2021"
    t2_template = t3_template if rng.random() < 0.9 else "2021"
    shape = rng.choice(("small", "small", "large", "zeros", "blanks"))
    if case.form == "pdf" and shape == "blanks":
        shape = "small"  # blank cells of space-aligned text are placed by column: not decidable
    values = _values(rng, t2_template, t3_template, shape, case.form)
    style = sf.Style(
        blank=rng.choice(("", "", "-", "/", "—", "无", "NaN")) if case.form != "pdf" else "",
        fullwidth=rng.random() < 0.15,
        thousands=shape == "large" and rng.random() < 0.5,
        page_break_after=rng.choice((None, None, rng.randint(0, 20))),
    )
    agency = rng.choice(AGENCIES)
    skew = K(case.damage) if case.damage in K.__members__.values() else None
    # (a received count one more than 新收 is 新收 + 上年结转 when 上年结转 is 1: the other
    # convention, which the check accepts — the text cannot tell them apart)
    skew_by = 2 if values.table3["carried_over"][6] == 1 else 1
    prose = Prose(
        fullwidth=style.fullwidth and rng.random() < 0.5,
        thousands=style.thousands,
        skew=skew,
        skew_by=skew_by,
        rng=rng if rng.random() < 0.5 else None,
        spaced=case.form == "pdf" and rng.random() < 0.5,
        year_stated=rng.random() > 0.05,
    )
    year_stated = prose.year_stated
    head = rng.choice(
        [
            [f"{agency}{year}年政府信息公开工作年度报告"],
            [f"{agency}{year}年度政府信息公开工作年度报告"],
            [agency, f"{year}年政府信息公开工作年度报告"],
            [f"{agency}{year}年政府信息公开工作年度报告", f"（{year + 1}年1月）"],
        ]
    )
    if not year_stated:
        # a title without the year, no 统计期限: nothing says which year (a later date
        # is when the report was written, not the year it covers)
        head = rng.choice(
            [
                [f"{agency}政府信息公开工作年度报告"],
                [f"{agency}政府信息公开工作年度报告", f"（{year + 1}年1月）"],
            ]
        )
    period = None
    if year_stated and rng.random() < 0.5:
        period = (date(year, 1, 1), date(year, 12, 31))
        head.append(
            "本报告根据《中华人民共和国政府信息公开条例》要求编制。"
            + rng.choice(
                [
                    f"本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。",
                    f"本报告所列数据的统计期限为{year}年1月1日至{year}年12月31日。",
                ]
            )
        )
    _overview(rng, prose, values, agency, year, case)
    _problems_and_other(rng, prose, year)
    before = {
        T2_TITLE: [*head, "一、总体情况", *_lines(prose, "一")],
        T4_TITLE: _lines(prose, "三后"),
    }
    after = {
        T3_TITLE: _lines(prose, "三"),
        T4_TITLE: _lines(prose, "四"),
        T5_TITLE: [*_lines(prose, "五"), T6_TITLE, *_lines(prose, "六")],
    }
    if rng.random() < 0.4:
        after[T5_TITLE].extend([agency, f"{year + 1}年1月{rng.randint(10, 31)}日"])
    if rng.random() < 0.2:
        # 宗 or 起 for 件: the units some reports count in (一起 is one case there: see
        # test_one_case_counted_in_qi)
        unit = rng.choice(("宗", "起"))
        for lines in (*before.values(), *after.values()):
            lines[:] = [
                line if "规范性文件" in line else _COUNT_UNIT.sub(rf"\1{unit}", line)
                for line in lines
            ]
    if rng.random() < 0.3:
        # paragraphs indented by two ideographic spaces
        for key, lines in (*before.items(), *after.items()):
            keep = len(head) if key == T2_TITLE else 0
            lines[keep:] = [f"\u3000\u3000{line}" for line in lines[keep:]]
    if case.form == "pdf" and rng.random() < 0.5:
        # pdftotext wraps the paragraphs at the page width (a title fits in it; see
        # test_a_title_wrapped_inside_a_word)
        for lines in (*before.values(), *after.values()):
            lines[:] = [part for line in lines for part in _wrap(line)]
    values, damaged = _damaged(rng, values, case.damage)
    text = _assemble(case.form, values, style, before, after)
    return Generated(case, text, values, prose, year, agency, shape, style, period, damaged)


_DIGIT_RUNS = re.compile(r"([0-9０-９][0-9０-９,.，]*)")
_COUNT_UNIT = re.compile(r"([0-9０-９一二三四五六七八九十万] ?)件")
_WIDTH = 38  # characters of a wrapped PDF line


_NUMBER_CHARS = frozenset("0123456789０１２３４５６７８９,.%")


def _wrap(line: str) -> list[str]:
    """A paragraph as pdftotext prints it, wrapped at the page width (a heading fits); a
    number in digits is not broken (a layout engine keeps a run of digits on one line),
    one in Chinese numerals may be (see test_a_chinese_numeral_wrapped_over_lines).
    """
    out: list[str] = []
    while len(line) > _WIDTH:
        cut = _WIDTH
        while cut > 1 and line[cut - 1] in _NUMBER_CHARS and line[cut] in _NUMBER_CHARS:
            cut -= 1
        out.append(line[:cut])
        line = line[cut:]
    return [*out, line]


def _damaged(rng: random.Random, v: sf.Tables, damage: str) -> tuple[sf.Tables, str | None]:
    """The tables with one cell one more than the sums say (the prose was written from the
    right values), and that cell's path."""
    if damage == "table3":
        path = rng.choice([p for p in sf.t3_paths(v.t3_template) if "." in p])
        k = rng.randrange(6)
        row = list(v.table3[path])
        row[k] = _n(row[k]) + 1
        cell = f"table3.{path}.{APPLICANT_COLUMNS[k]}"
        return attrs.evolve(v, table3={**v.table3, path: tuple(row)}), cell
    if damage == "table4":
        k = rng.randrange(4)
        cells = list(v.table4)
        cells[k] = _n(cells[k]) + 1
        return attrs.evolve(v, table4=tuple(cells)), f"table4.review.{list(TABLE4_FIELD_LABELS)[k]}"
    return v, None


def _assemble(
    form: str,
    values: sf.Tables,
    style: sf.Style,
    before: dict[str, list[str]],
    after: dict[str, list[str]],
) -> str:
    """The tables in ``form`` with paragraphs before and after the headings."""
    anchors = (T2_TITLE, T3_TITLE, T4_TITLE, T5_TITLE)
    if form == "docx":
        doc = sf.render_docx(values, style)
        with zipfile.ZipFile(io.BytesIO(doc)) as z:
            xml = z.read("word/document.xml").decode()

        def para(lines: list[str]) -> str:
            # a number in its own run, as Word saves text typed in another font
            return "".join(
                "<w:p>"
                + "".join(
                    f'<w:r><w:t xml:space="preserve">{html_lib.escape(run)}</w:t></w:r>'
                    for run in _DIGIT_RUNS.split(line)
                    if run
                )
                + "</w:p>"
                for line in lines
            )

        for a in anchors:
            xml = xml.replace(
                sf._docx_par(a),
                para(before.get(a, [])) + sf._docx_par(a) + para(after.get(a, [])),
                1,
            )
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("[Content_Types].xml", "<Types/>")
            z.writestr("word/document.xml", xml)
        return docx_text(buf.getvalue())
    text = FORMS[form](values, style)
    if form == "html":

        def hp(lines: list[str]) -> str:
            # a number in a span of its own font, as an editor saves it
            return "".join(
                "<p>"
                + _DIGIT_RUNS.sub(r'<span style="font-family:Times New Roman">\1</span>', ln)
                + "</p>\n"
                for ln in lines
            )

        for a in anchors:
            text = text.replace(
                f"<p>{a}</p>", hp(before.get(a, [])) + f"<p>{a}</p>\n" + hp(after.get(a, [])), 1
            )
        return text
    for a in anchors:
        lines = [*before.get(a, []), a, *after.get(a, [])]
        text = text.replace(a + "\n", "\n".join(lines) + "\n", 1)
    return text


# --- the audit --------------------------------------------------------------------------------


def _blank_rows(values: sf.Tables) -> tuple[set[str], set[str]]:
    """The cell path prefixes (rows, table 四 groups) printed with a blank cell, and those
    printed with no number at all."""
    rows: dict[str, list[sf.Cell]] = collections.defaultdict(list)
    for path, row in values.table3.items():
        rows[f"table3.{path}"] += row
    groups = ("review", "litigation_direct", "litigation_after_review")
    for g, name in enumerate(groups):
        rows[f"table4.{name}"] += values.table4[5 * g : 5 * g + 5]
    for key, v in values.table2.items():
        rows["table2." + key.split(".")[0]].append(v)
    some = {r for r, cells in rows.items() if None in cells}
    every = {r for r, cells in rows.items() if all(c is None for c in cells)}
    return some, every


def audit(g: Generated, fired: collections.Counter[str] | None = None) -> list[str]:
    """What is wrong with the reading and checking of a correct report (empty: nothing);
    each problem's code is counted in ``fired``."""
    r = gr.parse(g.text)
    wrong: list[str] = []
    # (1) the tables read back
    t2, t3, t4 = read_back(r)  # type: ignore[arg-type]
    v = g.values
    for key, want in v.table2.items():
        if t2.get(key, "missing") != want:
            wrong.append(f"read table2.{key}: {t2.get(key, 'missing')!r} != {want!r}")
    for path, row in v.table3.items():
        if t3.get(path) != row:
            wrong.append(f"read table3.{path}: {t3.get(path)} != {row}")
    if t4 != v.table4:
        wrong.append(f"read table4: {t4} != {v.table4}")
    # the prose figures: the first prose figure of each kind (what the checks compare)
    first: dict[FigureKind, gr.Quantity] = {}
    for f in r.figures:
        if not f.from_table:
            first.setdefault(f.kind, f.quantity)
    for kind, want in g.prose.figures.items():
        q = first.get(kind)
        if q is None or q.value != want:
            wrong.append(f"read figure {kind.value}: {q.value if q else None} != {want}")
    for kind, want in g.prose.stated.items():
        q = first.get(kind)
        if q is not None and q.value != want:
            wrong.append(f"read stated {kind.value}: {q.value} != {want}")
    got = {(b.total.value, tuple(p.quantity.value for p in b.parts)) for b in r.breakdowns}
    for total, parts in g.prose.breakdowns:
        if (total, parts) not in got:
            wrong.append(f"read breakdown {total} = {parts}: got {sorted(got)}")
    year = g.year if g.prose.year_stated else None
    if r.year != year:
        wrong.append(f"read year {r.year} != {year}")
    if r.agency != g.agency:
        wrong.append(f"read agency {r.agency!r} != {g.agency!r}")
    if g.period and (r.period is None or (r.period.start, r.period.end) != g.period):
        wrong.append(f"read period {r.period} != {g.period}")
    template = {"2019": gr.Template.STANDARD_2019, "2021": gr.Template.STANDARD_2021}
    if v.t2_template == v.t3_template and r.template is not template[v.t3_template]:
        wrong.append(f"read template {r.template} != {v.t3_template}")
    # (3) the checks that can pass do: the sums of a table without blanks, the comparison
    # of each prose figure with its table cells when they are not blank
    outcome: dict[str, set[gr.Outcome]] = collections.defaultdict(set)
    for c in r.checks():
        outcome[c.code].add(c.outcome)
    sums = {"table3": ("balance", "total", "row_total"), "table4": ("total",)}
    full = {"table3": not any(None in row for row in v.table3.values())}
    full["table4"] = None not in v.table4
    must_pass = [f"{t}.{code}" for t, codes in sums.items() if full[t] for code in codes]
    if full["table3"] and full["table4"]:
        must_pass += [f"prose.{kind.value}" for kind in g.prose.figures]
    for code in must_pass:
        if code in outcome and outcome[code] != {gr.Outcome.PASSED}:
            wrong.append(f"check {code}: {sorted(o.value for o in outcome[code])}")
    # (2) no problem but the blank cells that are there: a warning for each row with a
    # blank cell (the reader's own for a row with no number at all)
    some, every = _blank_rows(v)
    for p in r.validate():
        if fired is not None:
            fired[p.code] += 1
        if p.code.endswith(".blank_cells") and {c.rsplit(".", 1)[0] for c in p.cells} <= some:
            continue
        if p.code.endswith(".row_without_numbers") and set(p.cells) <= every:
            continue
        if p.code == "identity.year_missing" and not g.prose.year_stated:
            continue  # (the text does not say the year)
        wrong.append(f"problem {p.code}: {p.message}")
    return wrong


def cases(n: int, seed: int = 0) -> list[Case]:
    forms = sorted(FORMS)
    return [Case(seed + i, forms[i % len(forms)]) for i in range(n)]


def sweep(todo: list[Case], fired: collections.Counter[str] | None = None) -> dict[str, list[str]]:
    """case → what is wrong, for the cases where something is; the codes that fire are
    counted in ``fired``."""
    return {str(c): w for c in todo if (w := audit(generate(c), fired))}


def summary(found: dict[str, list[str]], n: int, fired: collections.Counter[str]) -> str:
    """What fired over ``n`` reports (expected: the blank-cell warnings of blank rows and
    identity.year_missing where the year is left out), and what was wrong."""
    kinds = collections.Counter(
        " ".join(w.split(":")[0].split()[:2]) for ws in found.values() for w in ws
    )
    lines = [f"{n} correct reports; problems that fired (all, expected or not):"]
    lines += [f"  {count:5d}  {code}" for code, count in fired.most_common()]
    lines.append(f"{len(found)} of {n} read wrong or alarmed")
    lines += [f"  {count:5d}  {what}" for what, count in kinds.most_common()]
    return "\n".join(lines)


def test_correct_reports_read_right_and_raise_no_alarm() -> None:
    todo = cases(400)
    fired: collections.Counter[str] = collections.Counter()
    found = sweep(todo, fired)
    print(summary(found, len(todo), fired))
    assert not found, "\n".join(f"{k}: {w}" for k, ws in list(found.items())[:10] for w in ws[:3])


@pytest.mark.slow
@pytest.mark.more
def test_correct_reports_larger_sweep(request: pytest.FixtureRequest) -> None:
    if request.config.option.markexpr != "slow":
        pytest.skip("a larger sweep: run with pytest -m slow")
    todo = cases(2000, seed=10_000)
    fired: collections.Counter[str] = collections.Counter()
    found = sweep(todo, fired)
    print(summary(found, len(todo), fired))
    assert not found, "\n".join(f"{k}: {w}" for k, ws in list(found.items())[:10] for w in ws[:3])


# --- the audit can fail -----------------------------------------------------------------

#: damage → the codes that must fire
BROKEN = {
    "table3": {"table3.row_total", "table3.total"},
    "table4": {"table4.total"},
    K.APPLICATIONS_RECEIVED.value: {"prose.applications_received"},
    K.APPLICATIONS_GRANTED.value: {"prose.applications_granted"},
    K.APPLICATIONS_CARRIED_FORWARD.value: {"prose.applications_carried_forward"},
    K.ADMINISTRATIVE_REVIEWS.value: {"prose.administrative_reviews"},
}


def missed(g: Generated) -> str | None:
    """What a broken report fails to fire (None: it fires what it must)."""
    problems = gr.parse(g.text).validate()
    fired = {p.code for p in problems}
    want = BROKEN[g.case.damage]
    if not want <= fired:
        return f"{g.case}: fired {sorted(fired)}, not {sorted(want - fired)}"
    # one table 三 cell explains every failure: the hint names it (in table 四 any of the
    # group's five cells would, so no hint)
    hints = {p.hint for p in problems if p.hint}
    if g.case.damage == "table3" and not any(f"（{g.damaged}）" in h for h in hints):
        return f"{g.case}: the hints {hints} do not name {g.damaged}"
    if g.case.damage == "table4" and hints:
        return f"{g.case}: a hint {hints} where five cells would explain"
    return None


@pytest.mark.parametrize("damage", sorted(BROKEN))
def test_a_broken_report_fires_its_code(damage: str) -> None:
    tried = 0
    out: list[str] = []
    for c in cases(160, seed=500):
        g = generate(attrs.evolve(c, damage=damage))
        if g.shape in ("blanks", "zeros") and damage in ("table3", "table4"):
            continue  # a blank cell may hide a sum (not assessable); zeros: see below
        if damage in K.__members__.values() and K(damage) not in g.prose.figures:
            continue  # the report says it in words (未发生…), not as a numeral
        if any(None in row for row in g.values.table3.values()) or None in g.values.table4:
            continue  # the compared cell may be blank: not assessable
        tried += 1
        if (m := missed(g)) is not None:
            out.append(m)
    assert tried >= 40
    assert not out, "\n".join(out[:10])


# --- prose.breakdown: a 其中 list of some outcomes only ---------------------------------


def _breakdown_codes(text: str) -> list[str]:
    return [p.code for p in gr.parse(text).validate() if p.code == "prose.breakdown"]


HEAD = "云溪县人民政府2018年政府信息公开工作年度报告\n一、概述\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "全年已办结申请21件，其中予以公开10件，部分公开2件。",
        "全年受理申请21件，全部在规定时间内办结。其中予以公开10件，部分公开2件。",
        "全年办结申请21件，其中同意公开10件、不予公开3件。",
    ],
    ids=["same-sentence", "next-sentence", "old-wording"],
)
def test_a_list_of_some_outcomes_is_no_contradiction(sentence: str) -> None:
    """其中 names some outcomes of the applications, the rest are other outcomes."""
    assert _breakdown_codes(HEAD + sentence + "\n") == []


@pytest.mark.parametrize(
    "sentence",
    [
        # outcomes that add up to more than the total
        "全年已办结申请21件，其中予以公开20件，部分公开2件。",
        # every outcome group of the 2019 form named, and still short of the total
        "全年已办结申请21件，其中予以公开10件，部分公开2件，不予公开3件，无法提供2件，"
        "不予处理1件，其他处理2件。",
        # parts that are no outcomes (channels), short of the total
        "全年共收到申请65件，其中当面申请5件，网络申请5件，信函申请5件。",
    ],
    ids=["more-than-total", "every-group", "channels"],
)
def test_a_list_that_cannot_add_up_still_fires(sentence: str) -> None:
    assert _breakdown_codes(HEAD + sentence + "\n") == ["prose.breakdown"]


# --- reader causes (strict xfails until fixed; all fixed in stop 16) -----------------------


def reader_cause(reason: str) -> pytest.MarkDecorator:
    """A false alarm or misread whose cause is a reader (named first in ``reason``)."""
    return pytest.mark.xfail(strict=True, reason=reason)


def _report(under: str, sentence: str, form: str = "pipe") -> tuple[sf.Tables, str]:
    """The example tables in ``form`` with ``sentence`` under heading ``under``, before
    its table, in a report with a title."""
    v = sf.example("2021")
    text = FORMS[form](v, sf.Style())
    if form == "html":
        text = text.replace(f"<p>{under}</p>", f"<p>{under}</p><p>{sentence}</p>", 1)
    else:
        text = text.replace(under + "\n", f"{under}\n{sentence}\n", 1)
    return v, "云溪县人民政府2021年政府信息公开工作年度报告\n" + text


@pytest.mark.parametrize("form", ["pipe", "html", "docx"])
def test_a_sentence_before_table_3_naming_a_row(form: str) -> None:
    granted = sf.example("2021").table3["granted"][-1]  # the table's own value
    v, text = _report(T3_TITLE, f"予以公开{granted}件。", form)
    r = gr.parse(text)
    assert read_back(r)[1].get("granted") == v.table3["granted"]  # type: ignore[arg-type]
    assert [p.code for p in r.validate()] == []


def test_a_chinese_numeral_before_table_4() -> None:
    assert 5 in _reviews_before_table_4("五")


def test_an_arabic_numeral_before_table_4_is_read() -> None:
    """The near case: the same sentence in Arabic digits is read."""
    assert 5 in _reviews_before_table_4("5")


def _reviews_before_table_4(number: str) -> list[object]:
    _, text = _report(T4_TITLE, f"本年度被申请行政复议{number}件。")
    figures = gr.parse(text).figures
    return [
        f.quantity.value for f in figures if f.kind is K.ADMINISTRATIVE_REVIEWS and not f.from_table
    ]


def test_a_semicolon_ends_a_short_list() -> None:
    """What follows '；' is of another kind than the parts (carried forward, not an
    outcome): it ends the list of 办结21件's parts (予以公开10件 + 部分公开2件 are some)."""
    text = HEAD + "全年已办结申请21件，其中予以公开10件，部分公开2件；结转下年度继续办理5件。\n"
    assert _breakdown_codes(text) == []


@pytest.mark.parametrize("sep", ["；", ";"])
def test_outcomes_separated_by_semicolons_are_parts(sep: str) -> None:
    """The near case: outcomes separated by '；' are all parts of the total."""
    text = HEAD + f"全年已办结申请21件，其中予以公开10件{sep}部分公开2件{sep}不予公开9件。\n"
    (b,) = gr.parse(text).breakdowns
    assert [p.quantity.value for p in b.parts] == [10, 2, 9]
    assert _breakdown_codes(text) == []


def test_granted_including_partially_granted_is_no_partial_count() -> None:
    """予以公开（含部分公开）19件 counts two outcomes together: a figure of neither."""
    v = sf.example("2021")
    paths = [p for p in sf.t3_paths("2021") if "." in p or p in ("granted", "partially_granted")]
    outcomes = {p: (1, 0, 0, 0, 0, 0) for p in paths}
    outcomes["granted"], outcomes["partially_granted"] = (4, 0, 0, 0, 0, 0), (15, 0, 0, 0, 0, 0)
    v = attrs.evolve(v, table3=sf.consistent_table3("2021", outcomes, (60, 0, 0, 0, 0, 0)))
    text = (
        "云溪县人民政府2021年政府信息公开工作年度报告\n一、总体情况\n"
        "全年共收到申请60件，其中予以公开（含部分公开）19件。\n" + sf.render_pipe(v, sf.Style())
    )
    assert [p.code for p in gr.parse(text).validate()] == []


@pytest.mark.parametrize(
    ("sentence", "kind", "value"),
    [
        (
            "全年共收到申请60件，其中予以公开19件（含部分公开15件）。",
            K.APPLICATIONS_PARTIALLY_GRANTED,
            15,
        ),
        ("全年共收到申请60件，其中予以公开（含当面答复）19件。", K.APPLICATIONS_GRANTED, 19),
    ],
    ids=["part-in-brackets", "no-outcome-in-brackets"],
)
def test_an_outcome_with_brackets_is_read(sentence: str, kind: FigureKind, value: int) -> None:
    """The near cases: a partial count in brackets after the number, and brackets that
    hold no outcome, are read."""
    q = _overview_of(sentence).figure(kind)
    assert q is not None and q.value == value


@pytest.mark.parametrize(
    ("heading", "sentence", "kind"),
    [
        (T3_TITLE, "全年主动公开政府信息120条。", K.PROACTIVE_DISCLOSURES),
        (T4_TITLE, "全年共收到政府信息公开申请130件。", K.APPLICATIONS_RECEIVED),
    ],
    ids=["after-table-2", "after-table-3"],
)
def test_a_sentence_after_table_2_or_3(heading: str, sentence: str, kind: FigureKind) -> None:
    assert _figure_before(heading, sentence, kind) == [int(sentence[-5:-2])]


def test_a_sentence_after_table_3_in_one_cell_per_line_text() -> None:
    v = sf.example("2021")
    text = sf.render_lines(v, sf.Style())
    received = v.table3["new_received"][-1]
    text = text.replace(T4_TITLE, f"全年共收到政府信息公开申请{received}件。\n" + T4_TITLE, 1)
    r = gr.parse("云溪县人民政府2021年政府信息公开工作年度报告\n" + text)
    assert read_back(r)[1].get("carried_forward") == v.table3["carried_forward"]  # type: ignore[arg-type]
    assert [p.code for p in r.validate()] == []


def test_a_sentence_after_table_4_is_read() -> None:
    """The near case: after table 四 (before heading 五) the sentence is read."""
    assert _figure_before(T5_TITLE, "全年发生行政复议6件。", K.ADMINISTRATIVE_REVIEWS) == [6]


def _figure_before(heading: str, sentence: str, kind: FigureKind) -> list[object]:
    """The prose figures of ``kind`` when ``sentence`` stands before ``heading``."""
    text = sf.render_pipe(sf.example("2021"), sf.Style())
    text = text.replace(heading + "\n", f"{sentence}\n{heading}\n", 1)
    r = gr.parse("云溪县人民政府2021年政府信息公开工作年度报告\n" + text)
    return [f.quantity.value for f in r.figures if f.kind is kind and not f.from_table]


def test_a_title_wrapped_inside_a_word() -> None:
    r = gr.parse(_with_title("云溪县人民政府2022年度政府信息\n公开工作年度报告\n"))
    assert (r.agency, r.year) == ("云溪县人民政府", 2022)
    assert [p.code for p in r.validate()] == []


@pytest.mark.parametrize(
    "title",
    [
        "云溪县人民政府\n2022年度政府信息公开工作年度报告\n",
        "云溪县人民政府2022年度政府信息公开工作年度报告\n",
    ],
    ids=["wrapped-after-the-agency", "one-line"],
)
def test_a_title_over_two_lines_at_a_word_end_reads(title: str) -> None:
    """The near cases: a title wrapped between the agency and the year, or on one line."""
    r = gr.parse(_with_title(title))
    assert (r.agency, r.year) == ("云溪县人民政府", 2022)
    assert [p.code for p in r.validate()] == []


def _with_title(title: str) -> str:
    body = sf.render_pipe(sf.example("2021"), sf.Style())
    return f"{title}一、总体情况\n全年主动公开政府信息120条。\n{body}六、其他需要报告的事项\n无。\n"


@pytest.mark.parametrize(
    "inner",
    [
        pytest.param("", id="plain"),  # (fixed in figures._parts)
        pytest.param("其中", id="with-qizhong"),  # (fixed in figures, prose audit round 2)
    ],
)
def test_a_bracketed_sub_list_is_no_sibling(inner: str) -> None:
    text = HEAD + (
        f"全年主动公开政府信息380条，其中专项资金152条、预决算公开197条（{inner}政府预决算32条、"
        "部门预决算165条）、三公经费27条、债券发行4条。\n"
    )
    assert _breakdown_codes(text) == []


@pytest.mark.parametrize("inner", ["", "其中"])
def test_a_bracketed_sub_list_is_the_parts_of_its_part(inner: str) -> None:
    """A sub-list in brackets that adds up to the part before it divides that part."""
    text = HEAD + (
        f"全年主动公开政府信息380条，其中专项资金152条、预决算公开197条（{inner}政府预决算32条、"
        "部门预决算165条）、三公经费27条、债券发行4条。\n"
    )
    got = {(b.total.value, tuple(p.label for p in b.parts)) for b in gr.parse(text).breakdowns}
    assert (197, ("政府预决算", "部门预决算")) in got
    assert (380, ("专项资金", "预决算公开", "三公经费", "债券发行")) in got


def test_a_bracketed_part_that_does_not_add_up_divides_nothing() -> None:
    """The near case: one count in brackets (含部分公开2件), or two that do not add up to
    the part, is no breakdown of it."""
    text = HEAD + (
        "全年已办结申请20件，其中予以公开8件（含部分公开2件）、不予公开12件（政府预决算3件、"
        "部门预决算5件）。\n"
    )
    totals = [b.total.value for b in gr.parse(text).breakdowns]
    assert totals == [20]


def test_a_list_after_its_sub_list_still_fires() -> None:
    """The near case: an outer list that does not add up still fires."""
    text = HEAD + (
        "全年主动公开政府信息390条，其中专项资金152条、预决算公开197条、三公经费27条、"
        "债券发行4条。\n"
    )
    assert _breakdown_codes(text) == ["prose.breakdown"]


def test_a_chinese_numeral_wrapped_over_lines() -> None:
    assert _carried_forward("二十\n六") == 26


def test_a_chinese_numeral_on_one_line_reads() -> None:
    """The near case: the same sentence without the line break."""
    assert _carried_forward("二十六") == 26


def _carried_forward(number: str) -> object:
    r = _overview_of(f"全年共收到政府信息公开申请300件。结转下年度继续办理{number}件。")
    q = r.figure(K.APPLICATIONS_CARRIED_FORWARD)
    return q.value if q is not None else None


def _overview_of(sentence: str, year: str = "2021") -> gr.Report:
    """A report of ``sentence`` under 一、总体情况 (``year`` in the title; '' for none)."""
    return gr.parse(
        f"云溪县人民政府{year}{'年' if year else ''}政府信息公开工作年度报告\n"
        f"一、总体情况\n{sentence}\n"
    )


def test_a_comparison_year_is_no_year() -> None:
    years = {
        _year_of(f"全年主动公开政府信息120条，{c}。")
        for c in ("比2023年增加4条", "与2023年相比增加4条")
    }
    assert years <= {None, 2024}


def test_the_year_of_the_work_is_still_read() -> None:
    """The near case: a body that says which year the work was done reads it."""
    assert _year_of("2024年，全年主动公开政府信息120条。") == 2024


def _year_of(sentence: str) -> int | None:
    return _overview_of(sentence, year="").year


@pytest.mark.parametrize("number", ["一", "三十一"])
def test_one_case_counted_in_qi(number: str) -> None:
    assert _reviews_in_qi(number) is not None


def test_one_case_in_qi_as_a_part() -> None:
    text = (
        HEAD + "全年发生政府信息公开行政复议32起，其中结果维持0起、结果纠正一起、"
        "其他结果0起、尚未审结31起。\n"
    )
    assert _breakdown_codes(text) == []


@pytest.mark.parametrize("number", ["两", "31"])
def test_cases_counted_in_qi(number: str) -> None:
    """The near cases: 两起, 31起 are read."""
    assert _reviews_in_qi(number) is not None


def _reviews_in_qi(number: str) -> gr.Quantity | None:
    return _overview_of(f"全年发生行政复议{number}起。").figure(K.ADMINISTRATIVE_REVIEWS)
