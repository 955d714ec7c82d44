"""govinfo_reports: Chinese government information disclosure annual reports as typed data.

>>> import govinfo_reports as gr
>>> gr.parse_quantity("6.7万宗").value
67000
"""

from __future__ import annotations

from .export import from_dict, json_schema, record_columns, to_dict, to_frame, to_records
from .files import iter_parse, parse_many, read
from .model import (
    ActiveDisclosureTable,
    AppealTable,
    ApplicantCounts,
    ApplicationTable,
    Breakdown,
    BreakdownPart,
    Figure,
    FigureKind,
    NotProcessed,
    OtherHandling,
    Outcomes,
    Period,
    Problem,
    Qualifier,
    Quantity,
    Recovery,
    Report,
    Script,
    Section,
    SectionKind,
    Severity,
    Template,
    UnableToProvide,
    Withheld,
)
from .normalize import Normalized, normalize
from .numerals import find_quantities, parse_quantity
from .outline import parse_outline
from .parse import parse
from .tables import parse_tables
from .validate import (
    Check,
    Outcome,
    ValidationError,
    assert_valid,
    checks,
    filter_problems,
    rules_markdown,
    validate,
    validate_rollup,
    validate_series,
)

__version__ = "0.1.0"

__all__ = [
    "ActiveDisclosureTable",
    "AppealTable",
    "ApplicantCounts",
    "ApplicationTable",
    "Breakdown",
    "BreakdownPart",
    "Check",
    "Figure",
    "FigureKind",
    "Normalized",
    "NotProcessed",
    "OtherHandling",
    "Outcome",
    "Outcomes",
    "Period",
    "Problem",
    "Qualifier",
    "Quantity",
    "Recovery",
    "Report",
    "Script",
    "Section",
    "SectionKind",
    "Severity",
    "Template",
    "UnableToProvide",
    "ValidationError",
    "Withheld",
    "__version__",
    "assert_valid",
    "checks",
    "filter_problems",
    "find_quantities",
    "from_dict",
    "iter_parse",
    "json_schema",
    "normalize",
    "parse",
    "parse_many",
    "parse_outline",
    "parse_quantity",
    "parse_tables",
    "read",
    "record_columns",
    "rules_markdown",
    "to_dict",
    "to_frame",
    "to_records",
    "validate",
    "validate_rollup",
    "validate_series",
]
