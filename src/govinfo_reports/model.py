"""The typed data model: every value the library reads is one of these frozen attrs classes.

All classes are frozen and slotted, compare by value, pickle, and hold no reference to
parser state.  Offsets (``span``) point into :attr:`Report.source`, the untouched input,
unless a docstring says otherwise.

>>> q = Quantity(value=3439, unit="条", text="3439条", span=(10, 15))
>>> q.value, q.qualifier.value
(3439, 'exact')
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from .validate import Check

Number = int | Decimal
Span = tuple[int, int]

__all__ = [
    "TABLE3_ANCHORS",
    "TABLE3_PATHS_2019",
    "TABLE3_PATHS_2021",
    "ActiveDisclosureTable",
    "AppealTable",
    "ApplicantCounts",
    "ApplicationTable",
    "Breakdown",
    "BreakdownPart",
    "CountsRow2019",
    "DecisionsRow2021",
    "DocumentsRow2019",
    "DocumentsRow2021",
    "FeesRow2019",
    "FeesRow2021",
    "Figure",
    "FigureKind",
    "NotProcessed",
    "Number",
    "OtherHandling",
    "Outcomes",
    "Period",
    "Problem",
    "ProcurementRow2019",
    "Qualifier",
    "Quantity",
    "Recovery",
    "Report",
    "Script",
    "Section",
    "SectionKind",
    "Severity",
    "Span",
    "Template",
    "UnableToProvide",
    "Withheld",
]


class Qualifier(str, enum.Enum):
    """How a quantity relates to the number written.

    ``余``/``多``/``超过``/``逾`` → OVER, ``近``/``约``/``左右`` → ABOUT, ``以上`` → AT_LEAST,
    ``不足`` → BELOW, ``以下`` → AT_MOST.  A zero read from a statement such as 未收到…申请
    is EXACT with :attr:`Quantity.stated` set.
    """

    EXACT = "exact"
    OVER = "over"
    ABOUT = "about"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    BELOW = "below"


class Severity(str, enum.Enum):
    """How serious a :class:`Problem` is.  ERROR: the numbers contradict each other.
    WARNING: something is missing, doubtful or was inferred."""

    ERROR = "error"
    WARNING = "warning"


class Script(str, enum.Enum):
    """The script the source was written in."""

    SIMPLIFIED = "simplified"
    TRADITIONAL = "traditional"
    MIXED = "mixed"


class Template(str, enum.Enum):
    """Which report format the text follows.

    NARRATIVE: free prose (2008–2018).  STANDARD_2019: 国办公开办函〔2019〕60号.
    STANDARD_2021: 国办公开办函〔2021〕30号.
    """

    NARRATIVE = "narrative"
    STANDARD_2019 = "standard_2019"
    STANDARD_2021 = "standard_2021"


class SectionKind(str, enum.Enum):
    """What a section is about, recognised from its title."""

    OVERVIEW = "overview"
    PROACTIVE_DISCLOSURE = "proactive_disclosure"
    APPLICATIONS = "applications"
    CONSULTATIONS = "consultations"
    FEES = "fees"
    REVIEWS_AND_LAWSUITS = "reviews_and_lawsuits"
    PROBLEMS_AND_IMPROVEMENTS = "problems_and_improvements"
    OTHER_MATTERS = "other_matters"
    UNKNOWN = "unknown"


class FigureKind(str, enum.Enum):
    """What a statistic stated in prose counts."""

    PROACTIVE_DISCLOSURES = "proactive_disclosures"
    APPLICATIONS_RECEIVED = "applications_received"
    APPLICATIONS_CARRIED_OVER = "applications_carried_over"
    APPLICATIONS_COMPLETED = "applications_completed"
    APPLICATIONS_CARRIED_FORWARD = "applications_carried_forward"
    APPLICATIONS_IN_PERSON = "applications_in_person"
    APPLICATIONS_ONLINE = "applications_online"
    APPLICATIONS_BY_LETTER = "applications_by_letter"
    APPLICATIONS_BY_FAX = "applications_by_fax"
    APPLICATIONS_BY_EMAIL = "applications_by_email"
    APPLICATIONS_GRANTED = "applications_granted"
    APPLICATIONS_PARTIALLY_GRANTED = "applications_partially_granted"
    APPLICATIONS_WITHHELD = "applications_withheld"
    APPLICATIONS_NOT_HELD = "applications_not_held"
    APPLICATIONS_NOT_THIS_AGENCY = "applications_not_this_agency"
    APPLICATIONS_UNCLEAR = "applications_unclear"
    APPLICATIONS_NOT_ACCEPTED = "applications_not_accepted"
    ADMINISTRATIVE_REVIEWS = "administrative_reviews"
    ADMINISTRATIVE_LAWSUITS = "administrative_lawsuits"
    COMPLAINTS = "complaints"
    FEES_COLLECTED = "fees_collected"
    CONSULTATIONS = "consultations"
    NORMATIVE_DOCUMENTS = "normative_documents"


@attrs.frozen(slots=True)
class Quantity:
    """A number as a report writes it: value, unit, qualifier, and where it stands.

    ``value`` is an ``int`` or, when fractional, a :class:`decimal.Decimal`; multipliers
    are applied (``6.7万宗`` → 67000, unit ``宗``; ``万元`` → value in 元, unit ``元``).
    ``high`` is the upper end of a range.  ``stated`` is True for a zero read from a
    statement (未收到…申请) rather than a written numeral.

    >>> Quantity(value=3, high=5, unit="件", text="3至5件", span=(0, 4)).is_range
    True
    """

    value: Number
    unit: str | None = None
    qualifier: Qualifier = Qualifier.EXACT
    text: str = ""
    span: Span = (0, 0)
    high: Number | None = None
    stated: bool = False

    @property
    def is_range(self) -> bool:
        """True when the quantity is a range such as ``3至5件``."""
        return self.high is not None


@attrs.frozen(slots=True)
class Period:
    """The statistics period a report states (统计期限)."""

    start: date
    end: date


@attrs.frozen(slots=True)
class Section:
    """One numbered heading of the report outline and what stands under it.

    ``level``: 1 for 一、, 2 for （一）, 3 for 1. / 1、, 4 for (1) / ①.  ``number`` is the
    numeral as written, ``ordinal`` its value.  ``body`` is the text between the heading
    and the next heading of any level (for a run-in heading, the rest of its line).
    ``points`` holds run-in enumerations (一是…二是…) of the body.
    """

    level: int
    number: str
    ordinal: int
    title: str
    body: str = ""
    span: Span = (0, 0)
    children: tuple[Section, ...] = ()
    kind: SectionKind = SectionKind.UNKNOWN
    run_in: bool = False
    points: tuple[str, ...] = ()

    def walk(self) -> Iterator[Section]:
        """This section and every section below it, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()


@attrs.frozen(slots=True)
class BreakdownPart:
    """One labelled part of a 其中 breakdown."""

    label: str
    quantity: Quantity


@attrs.frozen(slots=True)
class Breakdown:
    """A total stated in prose with the parts that follow it (…N条，其中A x条、B y条…)."""

    total: Quantity
    parts: tuple[BreakdownPart, ...]
    kind: FigureKind | None = None
    span: Span = (0, 0)

    @property
    def parts_sum(self) -> Number:
        """The sum of the parts' values."""
        total: Number = 0
        for part in self.parts:
            total = total + part.quantity.value
        return total


@attrs.frozen(slots=True)
class Figure:
    """A statistic the report states: what it counts and the quantity that says how many.

    Stated in prose, or (``from_table``) the value of table 三 or 四 for the same kind,
    which :meth:`Report.figure` gives first when the table's row adds up; the prose's stays
    in :attr:`Report.figures` as a cross-check.
    """

    kind: FigureKind
    quantity: Quantity
    section: SectionKind = SectionKind.UNKNOWN
    from_table: bool = False


@attrs.frozen(slots=True)
class Problem:
    """A finding about a report: a stable ``code``, a severity and a readable message.

    ``cells`` names the table cells involved (``table3.total.natural_person``), ``hint``
    says which single cell would explain a failure, when one does.

    >>> p = Problem(code="table3.balance", severity=Severity.ERROR, message="…")
    >>> p.code
    'table3.balance'
    """

    code: str
    severity: Severity
    message: str
    expected: object = None
    actual: object = None
    span: Span | None = None
    cells: tuple[str, ...] = ()
    hint: str | None = None


# --- table 三 ------------------------------------------------------------------------

APPLICANT_COLUMNS: tuple[str, ...] = (
    "natural_person",
    "commercial",
    "research",
    "social_welfare",
    "legal_services",
    "other",
    "total",
)
APPLICANT_COLUMN_LABELS: dict[str, str] = {
    "natural_person": "自然人",
    "commercial": "商业企业",
    "research": "科研机构",
    "social_welfare": "社会公益组织",
    "legal_services": "法律服务机构",
    "other": "其他",
    "total": "总计",
}


@attrs.frozen(slots=True)
class ApplicantCounts:
    """One row of table 三: a count per applicant column (None for a blank cell)."""

    natural_person: int | None = None
    commercial: int | None = None
    research: int | None = None
    social_welfare: int | None = None
    legal_services: int | None = None
    other: int | None = None
    total: int | None = None

    @classmethod
    def of(cls, cells: tuple[int | None, ...] | list[int | None]) -> ApplicantCounts:
        """Build a row from its 7 cells in template order.

        >>> ApplicantCounts.of([1, 0, 0, 0, 0, 0, 1]).total
        1
        """
        if len(cells) != 7:
            raise ValueError(f"a table 三 row has 7 cells, not {len(cells)}")
        return cls(*cells)

    def cells(self) -> tuple[int | None, ...]:
        """The 7 cells in template order (自然人 … 其他, 总计)."""
        return (
            self.natural_person,
            self.commercial,
            self.research,
            self.social_welfare,
            self.legal_services,
            self.other,
            self.total,
        )

    @property
    def applicants(self) -> tuple[int | None, ...]:
        """The six applicant columns, without 总计."""
        return self.cells()[:6]

    def is_blank(self) -> bool:
        """True when every cell is blank."""
        return all(c is None for c in self.cells())


@attrs.frozen(slots=True)
class Withheld:
    """（三）不予公开, items 1–8."""

    state_secret: ApplicantCounts | None = None
    prohibited_by_law: ApplicantCounts | None = None
    three_safeties_one_stability: ApplicantCounts | None = None
    third_party_rights: ApplicantCounts | None = None
    internal_affairs: ApplicantCounts | None = None
    process_information: ApplicantCounts | None = None
    enforcement_files: ApplicantCounts | None = None
    administrative_inquiry: ApplicantCounts | None = None


@attrs.frozen(slots=True)
class UnableToProvide:
    """（四）无法提供, items 1–3."""

    not_held: ApplicantCounts | None = None
    needs_creation: ApplicantCounts | None = None
    unclear_after_correction: ApplicantCounts | None = None


@attrs.frozen(slots=True)
class NotProcessed:
    """（五）不予处理, items 1–5."""

    petition_complaint: ApplicantCounts | None = None
    duplicate: ApplicantCounts | None = None
    publication: ApplicantCounts | None = None
    massive_repeated: ApplicantCounts | None = None
    confirm_or_reissue: ApplicantCounts | None = None


@attrs.frozen(slots=True)
class OtherHandling:
    """（六）其他处理: three rows in the 2021 format, one (``other``) in the 2019 format."""

    overdue_correction: ApplicantCounts | None = None
    overdue_fee: ApplicantCounts | None = None
    other: ApplicantCounts | None = None


@attrs.frozen(slots=True)
class Recovery:
    """How a table's cells were decided when the text lost its cell boundaries.

    ``rows``: the row paths whose cells were cut out of glued digits or placed among
    dropped blanks; ``rules``: the arithmetic rules that decided them; ``unique``: whether
    exactly one reading satisfied every rule.
    """

    rows: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()
    unique: bool = True


@attrs.frozen(slots=True)
class ApplicationTable:
    """Table 三, 收到和处理政府信息公开申请情况.  Row paths follow DESIGN.md."""

    new_received: ApplicantCounts | None = None
    carried_over: ApplicantCounts | None = None
    granted: ApplicantCounts | None = None
    partially_granted: ApplicantCounts | None = None
    withheld: Withheld = attrs.field(factory=Withheld)
    unable_to_provide: UnableToProvide = attrs.field(factory=UnableToProvide)
    not_processed: NotProcessed = attrs.field(factory=NotProcessed)
    other_handling: OtherHandling = attrs.field(factory=OtherHandling)
    total: ApplicantCounts | None = None
    carried_forward: ApplicantCounts | None = None
    template: Template | None = None
    span: Span | None = None
    recovery: Recovery | None = None

    def rows(self) -> Iterator[tuple[str, ApplicantCounts | None]]:
        """Every row as (path, counts) in template order.

        >>> [p for p, _ in ApplicationTable().rows()][:3]
        ['new_received', 'carried_over', 'granted']
        """
        yield "new_received", self.new_received
        yield "carried_over", self.carried_over
        yield "granted", self.granted
        yield "partially_granted", self.partially_granted
        for group_name in ("withheld", "unable_to_provide", "not_processed", "other_handling"):
            group = getattr(self, group_name)
            for field in attrs.fields(type(group)):
                yield f"{group_name}.{field.name}", getattr(group, field.name)
        yield "total", self.total
        yield "carried_forward", self.carried_forward

    def row(self, path: str) -> ApplicantCounts | None:
        """The row at a dotted path such as ``withheld.state_secret``."""
        obj: Any = self
        for part in path.split("."):
            obj = getattr(obj, part)
        return obj  # type: ignore[no-any-return]

    def outcome_rows(self) -> Iterator[tuple[str, ApplicantCounts | None]]:
        """The rows whose sum is （七）总计: granted … other_handling."""
        for path, counts in self.rows():
            if path not in TABLE3_ANCHORS:
                yield path, counts


#: Every row path of table 三 in the 2021 template's order (国办公开办函〔2021〕30号).
TABLE3_PATHS_2021: tuple[str, ...] = tuple(path for path, _ in ApplicationTable().rows())
#: The 2019 template's rows: 其他处理 is one row, read into ``other_handling.other``.
TABLE3_PATHS_2019: tuple[str, ...] = tuple(
    p
    for p in TABLE3_PATHS_2021
    if p not in ("other_handling.overdue_correction", "other_handling.overdue_fee")
)
#: Rows that are not handling outcomes: the two inflows, （七）总计 and 结转下年度.
TABLE3_ANCHORS: tuple[str, ...] = ("new_received", "carried_over", "total", "carried_forward")


# --- table 四 ------------------------------------------------------------------------


@attrs.frozen(slots=True)
class Outcomes:
    """One group of table 四: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计."""

    upheld: int | None = None
    corrected: int | None = None
    other: int | None = None
    pending: int | None = None
    total: int | None = None

    def cells(self) -> tuple[int | None, ...]:
        """The 5 cells in template order."""
        return (self.upheld, self.corrected, self.other, self.pending, self.total)


@attrs.frozen(slots=True)
class AppealTable:
    """Table 四, 行政复议 and 行政诉讼 (未经复议直接起诉, 复议后起诉)."""

    review: Outcomes | None = None
    litigation_direct: Outcomes | None = None
    litigation_after_review: Outcomes | None = None
    span: Span | None = None
    recovery: Recovery | None = None

    def cells(self) -> tuple[int | None, ...]:
        """The 15 cells in template order (blank groups give five Nones)."""
        out: list[int | None] = []
        for group in (self.review, self.litigation_direct, self.litigation_after_review):
            out.extend(group.cells() if group is not None else (None,) * 5)
        return tuple(out)

    @classmethod
    def of(cls, cells: tuple[int | None, ...] | list[int | None]) -> AppealTable:
        """Build from the 15 cells in template order.

        >>> AppealTable.of([1, 0, 2, 0, 3] + [0] * 10).review.total
        3
        """
        if len(cells) != 15:
            raise ValueError(f"table 四 has 15 cells, not {len(cells)}")
        return cls(Outcomes(*cells[0:5]), Outcomes(*cells[5:10]), Outcomes(*cells[10:15]))


# --- table 二 ------------------------------------------------------------------------


@attrs.frozen(slots=True)
class DocumentsRow2021:
    """规章 / 行政规范性文件 in the 2021 format: 本年制发件数, 本年废止件数, 现行有效件数."""

    made: int | None = None
    repealed: int | None = None
    in_force: int | None = None


@attrs.frozen(slots=True)
class DocumentsRow2019:
    """规章 / 规范性文件 in the 2019 format: 本年新制作数量, 本年新公开数量, 对外公开总数量."""

    made: int | None = None
    published: int | None = None
    total_published: int | None = None


@attrs.frozen(slots=True)
class DecisionsRow2021:
    """行政许可 / 行政处罚 / 行政强制 in the 2021 format: 本年处理决定数量."""

    decisions: int | None = None


@attrs.frozen(slots=True)
class CountsRow2019:
    """行政许可 / 其他对外管理服务事项 / 行政处罚 / 行政强制 in the 2019 format:
    上一年项目数量, 本年增/减, 处理决定数量."""

    previous_items: int | None = None
    change: int | None = None
    decisions: int | None = None


@attrs.frozen(slots=True)
class FeesRow2021:
    """行政事业性收费 in the 2021 format: 本年收费金额（单位：万元）."""

    amount_wan_yuan: Number | None = None


@attrs.frozen(slots=True)
class FeesRow2019:
    """行政事业性收费 in the 2019 format: 上一年项目数量, 本年增/减."""

    previous_items: int | None = None
    change: int | None = None


@attrs.frozen(slots=True)
class ProcurementRow2019:
    """政府集中采购 in the 2019 format: 采购项目数量, 采购总金额 (in the unit printed)."""

    items: int | None = None
    amount: Number | None = None


@attrs.frozen(slots=True)
class ActiveDisclosureTable:
    """Table 二, 主动公开政府信息情况, keyed by 第二十条 item.

    A row the template lacks is None.  The row classes say which columns were printed:
    a 2019 report printed with 2021 columns has ``DocumentsRow2021`` rows.
    """

    regulations: DocumentsRow2021 | DocumentsRow2019 | None = None
    normative_documents: DocumentsRow2021 | DocumentsRow2019 | None = None
    licensing: DecisionsRow2021 | CountsRow2019 | None = None
    other_services: CountsRow2019 | None = None
    penalties: DecisionsRow2021 | CountsRow2019 | None = None
    coercive_measures: DecisionsRow2021 | CountsRow2019 | None = None
    fees: FeesRow2021 | FeesRow2019 | None = None
    procurement: ProcurementRow2019 | None = None
    template: Template | None = None
    span: Span | None = None

    def cells(self) -> Iterator[tuple[str, Number | None]]:
        """Every cell as (``row.column``, value), rows in template order.

        >>> t = ActiveDisclosureTable(licensing=DecisionsRow2021(decisions=5))
        >>> list(t.cells())
        [('licensing.decisions', 5)]
        """
        for field in attrs.fields(type(self)):
            if field.name in ("template", "span"):
                continue
            row = getattr(self, field.name)
            if row is None:
                continue
            for col in attrs.fields(type(row)):
                yield f"{field.name}.{col.name}", getattr(row, col.name)


# --- the report ----------------------------------------------------------------------


@attrs.frozen(slots=True, repr=False)
class Report:
    """Everything read from one report string.  Build it with :func:`govinfo_reports.parse`.

    ``problems`` are what the parser itself found (not a report, ambiguous cells, inferred
    cell boundaries); :meth:`validate` adds the consistency checks.
    """

    source: str
    text: str = ""
    script: Script = Script.SIMPLIFIED
    agency: str | None = None
    year: int | None = None
    period: Period | None = None
    template: Template = Template.NARRATIVE
    title: str | None = None
    sections: tuple[Section, ...] = ()
    active_disclosure: ActiveDisclosureTable | None = None
    applications: ApplicationTable | None = None
    appeals: AppealTable | None = None
    figures: tuple[Figure, ...] = ()
    breakdowns: tuple[Breakdown, ...] = ()
    problems: tuple[Problem, ...] = ()
    notes: tuple[str, ...] = ()
    origin: str | None = None

    def figure(self, kind: FigureKind | str) -> Quantity | None:
        """The report's figure of one kind, or None when the report does not state it.

        ``kind`` is a :class:`FigureKind` or its value (``"applications_received"``; another
        string raises ValueError).  The table 三/四 value comes first where the report prints
        the table and the row adds up, then a figure from a section of the matching kind
        before a mention elsewhere (the readers order :attr:`figures` so that the first of a
        kind is the one to use; the prose's own statements are there too).
        """
        kind = FigureKind(kind)
        for fig in self.figures:
            if fig.kind is kind:
                return fig.quantity
        return None

    def validate(self) -> tuple[Problem, ...]:
        """Every problem: the parser's own and the consistency checks' failures."""
        from .validate import validate

        return validate(self)

    def checks(self) -> tuple[Check, ...]:
        """Every consistency check with its outcome (passed, failed, not assessable)."""
        from .validate import checks

        return checks(self)

    def outline(self) -> Iterator[Section]:
        """Every section in document order, at every level."""
        for section in self.sections:
            yield from section.walk()

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready nested dict (ISO dates, enum values, Decimals as strings)."""
        from .export import to_dict

        return to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        """Rebuild a Report from :meth:`to_dict` output; ``Report.from_dict(r.to_dict()) == r``."""
        from .export import from_dict

        return from_dict(data)

    def __repr__(self) -> str:
        parts = [
            f"agency={self.agency!r}",
            f"year={self.year!r}",
            f"template={self.template.value}",
            f"sections={len(self.sections)}",
            f"tables={sum(t is not None for t in self._tables())}",
            f"figures={len(self.figures)}",
            f"problems={len(self.problems)}",
            f"chars={len(self.source)}",
        ]
        return f"Report({', '.join(parts)})"

    def _tables(self) -> tuple[object, ...]:
        return (self.active_disclosure, self.applications, self.appeals)

    def _repr_html_(self) -> str:
        from .display import report_html

        return report_html(self)
