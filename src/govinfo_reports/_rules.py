"""The consistency rules as data: code, severity, Chinese wording, cells involved.

Every check in :mod:`govinfo_reports.validate` is one row of :data:`RULES`.  Arithmetic
rules of the standard tables carry an :class:`Equation` written with cell-path patterns,
so a rule for a new template is a new row here, not new code.  The documentation page
``docs/rules.md`` is generated from this table (:func:`govinfo_reports.validate.rules_markdown`).

Cell paths: ``table3.<row path>.<column>`` (row paths as :meth:`ApplicationTable.rows`),
``table4.<group>.<field>``, ``table2.<row>.<column>``.  Placeholders in an equation:
``{col}`` (the 7 columns of table 三), ``{applicant}`` (its 6 applicant columns),
``{row}`` (every row of table 三), ``{outcome}`` (the handling-outcome rows （一）…（六）),
``{group}`` (the 3 groups of table 四).  The placeholder named by :attr:`Equation.over`
gives one check per value; the others are summed within a term.

>>> RULES_BY_CODE["table3.total"].equation.over
'col'
>>> TABLE3_ROW_LABELS["total"]
'（七）总计'
"""

from __future__ import annotations

import attrs

from .model import (
    APPLICANT_COLUMN_LABELS,
    APPLICANT_COLUMNS,
    TABLE3_ANCHORS,
    TABLE3_PATHS_2021,
    Severity,
)

__all__ = [
    "OPTIONAL_ROWS",
    "OUTCOME_ROWS",
    "PLACEHOLDERS",
    "RULES",
    "RULES_BY_CODE",
    "TABLE2_COLUMN_LABELS",
    "TABLE2_ROW_LABELS",
    "TABLE3_ROWS",
    "TABLE3_ROW_LABELS",
    "TABLE3_ROW_WORDING",
    "TABLE4_FIELD_LABELS",
    "TABLE4_GROUP_LABELS",
    "Comparison",
    "Equation",
    "Rule",
]

# --- labels (the template's own wording) ---------------------------------------------

#: Row path of table 三 → the template's full wording of the row.
TABLE3_ROW_WORDING: dict[str, str] = {
    "new_received": "一、本年新收政府信息公开申请数量",
    "carried_over": "二、上年结转政府信息公开申请数量",
    "granted": "三、本年度办理结果（一）予以公开",
    "partially_granted": "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "withheld.state_secret": "（三）不予公开 1.属于国家秘密",
    "withheld.prohibited_by_law": "（三）不予公开 2.其他法律行政法规禁止公开",
    "withheld.three_safeties_one_stability": "（三）不予公开 3.危及“三安全一稳定”",
    "withheld.third_party_rights": "（三）不予公开 4.保护第三方合法权益",
    "withheld.internal_affairs": "（三）不予公开 5.属于三类内部事务信息",
    "withheld.process_information": "（三）不予公开 6.属于四类过程性信息",
    "withheld.enforcement_files": "（三）不予公开 7.属于行政执法案卷",
    "withheld.administrative_inquiry": "（三）不予公开 8.属于行政查询事项",
    "unable_to_provide.not_held": "（四）无法提供 1.本机关不掌握相关政府信息",
    "unable_to_provide.needs_creation": "（四）无法提供 2.没有现成信息需要另行制作",
    "unable_to_provide.unclear_after_correction": "（四）无法提供 3.补正后申请内容仍不明确",
    "not_processed.petition_complaint": "（五）不予处理 1.信访举报投诉类申请",
    "not_processed.duplicate": "（五）不予处理 2.重复申请",
    "not_processed.publication": "（五）不予处理 3.要求提供公开出版物",
    "not_processed.massive_repeated": "（五）不予处理 4.无正当理由大量反复申请",
    "not_processed.confirm_or_reissue": "（五）不予处理 5.要求行政机关确认或重新出具已获取信息",
    "other_handling.overdue_correction": (
        "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"
    ),
    "other_handling.overdue_fee": (
        "（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"
    ),
    "other_handling.other": "（六）其他处理 3.其他（2019年格式：（六）其他处理）",
    "total": "（七）总计",
    "carried_forward": "四、结转下年度继续办理",
}

#: Row path of table 三 → the short label used in messages.
TABLE3_ROW_LABELS: dict[str, str] = {
    "new_received": "一、本年新收",
    "carried_over": "二、上年结转",
    "granted": "（一）予以公开",
    "partially_granted": "（二）部分公开",
    "withheld.state_secret": "（三）不予公开·1.属于国家秘密",
    "withheld.prohibited_by_law": "（三）不予公开·2.其他法律行政法规禁止公开",
    "withheld.three_safeties_one_stability": "（三）不予公开·3.危及“三安全一稳定”",
    "withheld.third_party_rights": "（三）不予公开·4.保护第三方合法权益",
    "withheld.internal_affairs": "（三）不予公开·5.属于三类内部事务信息",
    "withheld.process_information": "（三）不予公开·6.属于四类过程性信息",
    "withheld.enforcement_files": "（三）不予公开·7.属于行政执法案卷",
    "withheld.administrative_inquiry": "（三）不予公开·8.属于行政查询事项",
    "unable_to_provide.not_held": "（四）无法提供·1.本机关不掌握相关政府信息",
    "unable_to_provide.needs_creation": "（四）无法提供·2.没有现成信息需要另行制作",
    "unable_to_provide.unclear_after_correction": "（四）无法提供·3.补正后申请内容仍不明确",
    "not_processed.petition_complaint": "（五）不予处理·1.信访举报投诉类申请",
    "not_processed.duplicate": "（五）不予处理·2.重复申请",
    "not_processed.publication": "（五）不予处理·3.要求提供公开出版物",
    "not_processed.massive_repeated": "（五）不予处理·4.无正当理由大量反复申请",
    "not_processed.confirm_or_reissue": "（五）不予处理·5.要求确认或重新出具已获取信息",
    "other_handling.overdue_correction": "（六）其他处理·1.逾期不补正",
    "other_handling.overdue_fee": "（六）其他处理·2.逾期未缴纳费用",
    "other_handling.other": "（六）其他处理·3.其他",
    "total": "（七）总计",
    "carried_forward": "四、结转下年度继续办理",
}

#: Every row path of table 三, in template order.
TABLE3_ROWS: tuple[str, ...] = TABLE3_PATHS_2021

#: The rows whose sum is （七）总计.
OUTCOME_ROWS: tuple[str, ...] = tuple(p for p in TABLE3_ROWS if p not in TABLE3_ANCHORS)

#: Rows that only the 2021 format prints: absent (not blank) in a 2019 table, they count 0.
OPTIONAL_ROWS: frozenset[str] = frozenset(
    {"other_handling.overdue_correction", "other_handling.overdue_fee"}
)

TABLE4_GROUP_LABELS: dict[str, str] = {
    "review": "行政复议",
    "litigation_direct": "行政诉讼·未经复议直接起诉",
    "litigation_after_review": "行政诉讼·复议后起诉",
}
TABLE4_FIELD_LABELS: dict[str, str] = {
    "upheld": "结果维持",
    "corrected": "结果纠正",
    "other": "其他结果",
    "pending": "尚未审结",
    "total": "总计",
}

TABLE2_ROW_LABELS: dict[str, str] = {
    "regulations": "规章",
    "normative_documents": "行政规范性文件",
    "licensing": "行政许可",
    "other_services": "其他对外管理服务事项",
    "penalties": "行政处罚",
    "coercive_measures": "行政强制",
    "fees": "行政事业性收费",
    "procurement": "政府集中采购",
}
TABLE2_COLUMN_LABELS: dict[str, str] = {
    "made": "本年制发（新制作）件数",
    "repealed": "本年废止件数",
    "in_force": "现行有效件数",
    "published": "本年新公开数量",
    "total_published": "对外公开总数量",
    "previous_items": "上一年项目数量",
    "change": "本年增/减",
    "decisions": "处理决定数量",
    "amount_wan_yuan": "本年收费金额（万元）",
    "items": "采购项目数量",
    "amount": "采购总金额",
}

#: Placeholder → the values it stands for.
PLACEHOLDERS: dict[str, tuple[str, ...]] = {
    "col": APPLICANT_COLUMNS,
    "applicant": APPLICANT_COLUMNS[:6],
    "row": TABLE3_ROWS,
    "outcome": OUTCOME_ROWS,
    "group": tuple(TABLE4_GROUP_LABELS),
}

#: Placeholder value → its label in messages.
PLACEHOLDER_LABELS: dict[str, dict[str, str]] = {
    "col": {c: f"“{APPLICANT_COLUMN_LABELS[c]}”列" for c in APPLICANT_COLUMNS},
    "row": {r: f"“{TABLE3_ROW_LABELS[r]}”行" for r in TABLE3_ROWS},
    "group": {g: f"“{label}”" for g, label in TABLE4_GROUP_LABELS.items()},
}


# --- rules ----------------------------------------------------------------------------


@attrs.frozen(slots=True)
class Equation:
    """An arithmetic rule: the sum of ``stated`` equals the sum of ``parts``.

    ``stated`` is the side the report prints as a total (its value becomes
    :attr:`Problem.actual`), ``parts`` the side that is added up (:attr:`Problem.expected`).
    ``subject`` names the table, the rest of the subject comes from ``over``.
    """

    over: str
    stated: tuple[str, ...]
    parts: tuple[str, ...]
    stated_text: str
    parts_text: str
    subject: str


@attrs.frozen(slots=True)
class Comparison:
    """A prose figure of ``figure`` kind (a :class:`FigureKind` value) against the sum of
    table ``cells``; ``scale`` converts the table's unit to the figure's (万元 → 元: 10000);
    ``tolerance`` is the relative difference still counted as equal (rounded money)."""

    figure: str
    cells: tuple[str, ...]
    table_text: str
    scale: int = 1
    tolerance: float = 0.0
    alternatives: tuple[tuple[str, ...], ...] = ()


@attrs.frozen(slots=True)
class Rule:
    """One consistency rule.

    ``scope``: ``report`` (checked by :func:`validate` on one report), ``series`` (by
    :func:`validate_series`) or ``rollup`` (by :func:`validate_rollup`).  ``cells`` names
    the cells involved, with the placeholders above.
    """

    code: str
    severity: Severity
    scope: str
    title: str
    description: str
    cells: tuple[str, ...] = ()
    equation: Equation | None = None
    comparison: Comparison | None = None


_E = Severity.ERROR
_W = Severity.WARNING


def _prose(code: str, title: str, comparison: Comparison) -> Rule:
    also = ""
    if comparison.alternatives:
        also = "正文数字等于“一、本年新收”与“二、上年结转”之和的，也视为一致。"
    return Rule(
        code,
        _W,
        "report",
        title,
        f"正文所述的{title}与{comparison.table_text}不一致。{also}"
        "只比较正文中写出的数字（不含从表格读出的数字）；"
        "“余”“超过”（多于）、“以上”（不少于）、“不足”（少于）、“以下”（不多于）等限定词按其含义比较，"
        "“约”“近”不比较。",
        comparison.cells,
        comparison=comparison,
    )


RULES: tuple[Rule, ...] = (
    Rule(
        "table3.balance",
        _E,
        "report",
        "表三收支平衡",
        "表三每一列：一、本年新收政府信息公开申请数量 + 二、上年结转政府信息公开申请数量"
        " = 三、本年度办理结果（七）总计 + 四、结转下年度继续办理。",
        (
            "table3.new_received.{col}",
            "table3.carried_over.{col}",
            "table3.total.{col}",
            "table3.carried_forward.{col}",
        ),
        equation=Equation(
            over="col",
            stated=("table3.total.{col}", "table3.carried_forward.{col}"),
            parts=("table3.new_received.{col}", "table3.carried_over.{col}"),
            stated_text="（七）总计 + 四、结转下年度继续办理",
            parts_text="一、本年新收 + 二、上年结转",
            subject="表三",
        ),
    ),
    Rule(
        "table3.total",
        _E,
        "report",
        "表三办理结果总计",
        "表三每一列：（七）总计 = （一）予以公开 + （二）部分公开 + （三）不予公开1–8"
        " + （四）无法提供1–3 + （五）不予处理1–5 + （六）其他处理（2021年格式1–3）。",
        ("table3.{outcome}.{col}", "table3.total.{col}"),
        equation=Equation(
            over="col",
            stated=("table3.total.{col}",),
            parts=("table3.{outcome}.{col}",),
            stated_text="（七）总计",
            parts_text="（一）至（六）各项之和",
            subject="表三",
        ),
    ),
    Rule(
        "table3.row_total",
        _E,
        "report",
        "表三行总计",
        "表三每一行：总计栏 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他。",
        ("table3.{row}.{applicant}", "table3.{row}.total"),
        equation=Equation(
            over="row",
            stated=("table3.{row}.total",),
            parts=("table3.{row}.{applicant}",),
            stated_text="总计栏",
            parts_text="六类申请人之和",
            subject="表三",
        ),
    ),
    Rule(
        "table4.total",
        _E,
        "report",
        "表四总计",
        "表四行政复议、行政诉讼（未经复议直接起诉、复议后起诉）各组：总计 = 结果维持 + 结果纠正"
        " + 其他结果 + 尚未审结。",
        (
            "table4.{group}.upheld",
            "table4.{group}.corrected",
            "table4.{group}.other",
            "table4.{group}.pending",
            "table4.{group}.total",
        ),
        equation=Equation(
            over="group",
            stated=("table4.{group}.total",),
            parts=(
                "table4.{group}.upheld",
                "table4.{group}.corrected",
                "table4.{group}.other",
                "table4.{group}.pending",
            ),
            stated_text="总计",
            parts_text="结果维持 + 结果纠正 + 其他结果 + 尚未审结",
            subject="表四",
        ),
    ),
    Rule(
        "table2.negative",
        _E,
        "report",
        "表二数量非负",
        "表二的件数、数量和金额不能为负数（2019年格式的“本年增/减”除外）：2021年格式的"
        "本年制发件数、本年废止件数、现行有效件数、本年处理决定数量、本年收费金额；"
        "2019年格式的本年新制作数量、本年新公开数量、对外公开总数量、上一年项目数量、"
        "处理决定数量、采购项目数量、采购总金额。",
        ("table2.{row}.{column}",),
    ),
    Rule(
        "table2.total_published",
        _E,
        "report",
        "表二对外公开总数量",
        "2019年格式表二：对外公开总数量包含本年新公开的文件，不能少于本年新公开数量。",
        ("table2.{row}.published", "table2.{row}.total_published"),
    ),
    Rule(
        "table2.items_change",
        _E,
        "report",
        "表二项目增减",
        "2019年格式表二：上一年项目数量 + 本年增/减 是本年的项目数量，不能为负数。",
        ("table2.{row}.previous_items", "table2.{row}.change"),
    ),
    Rule(
        "table3.blank_cells",
        _W,
        "report",
        "表三空白单元格",
        "表三某一行有空白单元格（空白、“-”、“/”、“无”）而其余单元格有数字：每行一条提示。"
        "涉及空白单元格的勾稽关系记为“无法检查”，除非空白单元格按任何非负数计都不能平衡"
        "（已知各项之和已大于总数）：那时仍报告该勾稽关系的错误。",
        ("table3.{row}.{col}",),
    ),
    Rule(
        "table4.blank_cells",
        _W,
        "report",
        "表四空白单元格",
        "表四某一组（行政复议、未经复议直接起诉、复议后起诉）有空白单元格：每组一条提示。",
        ("table4.{group}.{field}",),
    ),
    Rule(
        "table2.blank_cells",
        _W,
        "report",
        "表二空白单元格",
        "表二某一行有空白单元格而其余单元格有数字：每行一条提示。",
        ("table2.{row}.{column}",),
    ),
    Rule(
        "table3.empty",
        _W,
        "report",
        "表三无数据",
        "表三的单元格全部空白：记为缺少数据，不作为不平衡。",
        ("table3.{row}.{col}",),
    ),
    Rule(
        "table4.empty",
        _W,
        "report",
        "表四无数据",
        "表四的单元格全部空白：记为缺少数据，不作为不平衡。",
        ("table4.{group}.{field}",),
    ),
    Rule(
        "table2.empty",
        _W,
        "report",
        "表二无数据",
        "表二的单元格全部空白：记为缺少数据。",
        ("table2.{row}.{column}",),
    ),
    _prose(
        "prose.applications_received",
        "收到（受理）的申请数",
        Comparison(
            "applications_received",
            ("table3.new_received.total",),
            "表三“一、本年新收”总计",
            alternatives=(("table3.new_received.total", "table3.carried_over.total"),),
        ),
    ),
    _prose(
        "prose.applications_carried_over",
        "上年结转的申请数",
        Comparison(
            "applications_carried_over", ("table3.carried_over.total",), "表三“二、上年结转”总计"
        ),
    ),
    _prose(
        "prose.applications_carried_forward",
        "结转下年度的申请数",
        Comparison(
            "applications_carried_forward",
            ("table3.carried_forward.total",),
            "表三“四、结转下年度继续办理”总计",
        ),
    ),
    _prose(
        "prose.applications_granted",
        "予以公开的申请数",
        Comparison("applications_granted", ("table3.granted.total",), "表三“（一）予以公开”总计"),
    ),
    _prose(
        "prose.applications_partially_granted",
        "部分公开的申请数",
        Comparison(
            "applications_partially_granted",
            ("table3.partially_granted.total",),
            "表三“（二）部分公开”总计",
        ),
    ),
    _prose(
        "prose.administrative_reviews",
        "行政复议案件数",
        Comparison("administrative_reviews", ("table4.review.total",), "表四“行政复议”总计"),
    ),
    _prose(
        "prose.administrative_lawsuits",
        "行政诉讼案件数",
        Comparison(
            "administrative_lawsuits",
            ("table4.litigation_direct.total", "table4.litigation_after_review.total"),
            "表四行政诉讼两组总计之和",
        ),
    ),
    Rule(
        "prose.breakdown",
        _W,
        "report",
        "正文分项之和",
        "正文先写总数再以“其中”列出分项（如“共受理65件，其中当面申请5件、网络申请5件、"
        "信函申请5件”）而分项之和与总数不符。总数或分项带“余”“约”等限定词、"
        "或单位不同的，不比较；分项都是办理结果（予以公开、部分公开等，当场答复、延期答复等答复时间，"
        "或复议、诉讼的撤回、驳回、"
        "维持等）而其和小于总数的，"
        "“其中”可能只列出部分结果，也不比较。分项以“等”结尾（“…专题专栏907条等”）的，"
        "文本自己说明只列出部分，不比较。分项在句号处未凑足总数、而同一段落随后各句的数字"
        "（同一单位，本身不是统计数字，或是与各分项同类而未列出的一项：申请渠道、办理结果）正好补足总数的"
        "（“其中A 13条，B 42条。C 168条。此外D 31条。”），这些数字也算作分项。"
        "本年新收（或上年结转）申请数之后列出的办理结果之和大于该数的，办理结果包括上年结转"
        "（或本年新收）的申请：只有在另一数已知且两数之和仍小于办理结果之和时才报告。",
    ),
    Rule(
        "identity.year_missing",
        _W,
        "report",
        "报告年度缺失",
        "未能确定报告所涵盖的年度。",
    ),
    Rule(
        "identity.period_mismatch",
        _W,
        "report",
        "统计期限与年度不符",
        "报告写明的统计期限不在报告年度之内（如2019年度报告写“统计期限为2018年1月1日至12月31日”）。",
    ),
    Rule(
        "identity.template",
        _W,
        "report",
        "报告格式",
        "报告格式与年度不相称：2019年及以后的年度报告应采用国办公开办函〔2019〕60号或"
        "〔2021〕30号格式而未识别出标准统计表；或2018年及以前的报告被识别为标准格式。",
    ),
    Rule(
        "series.carried_over",
        _W,
        "series",
        "上年结转与上年结转下年度",
        "同一机关相邻两年：第N年表三“二、上年结转政府信息公开申请数量”"
        " = 第N−1年表三“四、结转下年度继续办理”，逐列比较。",
        ("table3.carried_over.{col}", "table3.carried_forward.{col}"),
    ),
    Rule(
        "series.table2_in_force",
        _W,
        "series",
        "现行有效件数的延续",
        "2021年格式表二，同一机关相邻两年：第N年现行有效件数 = 第N−1年现行有效件数"
        " + 第N年本年制发件数 − 第N年本年废止件数（规章、行政规范性文件）。",
        ("table2.{row}.in_force", "table2.{row}.made", "table2.{row}.repealed"),
    ),
    Rule(
        "series.table2_total_published",
        _W,
        "series",
        "对外公开总数量的延续",
        "2019年格式表二，同一机关相邻两年：第N年对外公开总数量 = 第N−1年对外公开总数量"
        " + 第N年本年新公开数量（规章、规范性文件）。",
        ("table2.{row}.total_published", "table2.{row}.published"),
    ),
    Rule(
        "series.table2_items",
        _W,
        "series",
        "项目数量的延续",
        "2019年格式表二，同一机关相邻两年：第N年上一年项目数量 = 第N−1年上一年项目数量"
        " + 第N−1年本年增/减"
        "（行政许可、其他对外管理服务事项、行政处罚、行政强制、行政事业性收费）。",
        ("table2.{row}.previous_items", "table2.{row}.change"),
    ),
    Rule(
        "series.duplicate_year",
        _W,
        "series",
        "年度重复",
        "同一序列中有两份或以上报告涵盖同一年度；与相邻年度比较时用其中同一机关、"
        "有表格的一份（最先给出者）。",
    ),
    Rule(
        "series.gap",
        _W,
        "series",
        "年度缺口",
        "序列中最早与最晚年度之间缺少某些年度的报告。",
    ),
    Rule(
        "series.year_missing",
        _W,
        "series",
        "报告年度缺失",
        "序列中的某份报告没有年度，无法排入序列。",
    ),
    Rule(
        "series.agency",
        _W,
        "series",
        "机关不一致",
        "序列中的报告写明的机关名称不一致（序列应为同一机关的历年报告）。",
    ),
    Rule(
        "rollup.year",
        _W,
        "rollup",
        "汇总年度",
        "下属单位报告的年度与汇总报告的年度不同。",
    ),
    Rule(
        "rollup.table3",
        _W,
        "rollup",
        "表三汇总",
        "汇总报告（市、县等）表三的每个单元格 = 各下属单位报告表三同一单元格之和；"
        "每行一条提示，列出不符的列。",
        ("table3.{row}.{col}",),
    ),
    Rule(
        "rollup.table4",
        _W,
        "rollup",
        "表四汇总",
        "汇总报告表四的每个单元格 = 各下属单位报告表四同一单元格之和；每组一条提示。",
        ("table4.{group}.{field}",),
    ),
    Rule(
        "rollup.table2",
        _W,
        "rollup",
        "表二汇总",
        "汇总报告表二的件数和金额 = 各下属单位报告之和（现行有效件数、对外公开总数量、"
        "项目数量等存量同样相加）；每行一条提示。",
        ("table2.{row}.{column}",),
    ),
)

RULES_BY_CODE: dict[str, Rule] = {rule.code: rule for rule in RULES}
