"""Word .docx reports: tables with merged cells, automatic numbering, tracked changes,
broken and hostile packages.  The documents are built here (invented values, the official
table layouts of surface_forms)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import attrs
import pytest

import govinfo_reports as gr
import surface_forms as sf
from govinfo_reports import _docx, files

W = _docx.W
PROSE = "云溪县交通运输局2021年政府信息公开工作年度报告\n"


def package(body: str, **parts: str) -> bytes:
    """A .docx package: ``body`` (WordprocessingML body content) and other parts by name
    (``numbering``, ``styles``)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr(
            "word/document.xml",
            f'<w:document xmlns:w="{W}" '
            f'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
            f"<w:body>{body}</w:body></w:document>",
        )
        for name, xml in parts.items():
            z.writestr(f"word/{name}.xml", f'<w:{name} xmlns:w="{W}">{xml}</w:{name}>')
    return buf.getvalue()


def par(text: str, props: str = "") -> str:
    return f"<w:p><w:pPr>{props}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"


def test_docx_file_reads_its_tables_like_the_text_forms(tmp_path: Path) -> None:
    values = sf.example("2021")
    path = tmp_path / "report.docx"
    path.write_bytes(sf.render_docx(values))
    report = gr.read(path)
    assert report.origin == str(path)
    assert report.notes[0] == files.DOCX_NOTE
    assert report.template is gr.Template.STANDARD_2021
    piped = gr.parse(sf.render_pipe(values))
    for name in ("applications", "appeals", "active_disclosure"):
        # the same values, cell for cell (the spans are the offsets of each text)
        got, want = getattr(report, name), getattr(piped, name)
        assert got is not None and attrs.evolve(got, span=None) == attrs.evolve(want, span=None)
    assert not [p for p in report.validate() if p.code.startswith("table")]


def test_docx_bytes_in_a_batch_are_read_as_a_word_document(tmp_path: Path) -> None:
    data = sf.render_docx(sf.example("2019"))
    report, garbage = gr.parse_many([data, b"PK\x03\x04 not a zip"])
    assert report.template is gr.Template.STANDARD_2019
    assert report.applications is not None
    assert files.DOCX_NOTE in report.notes
    # a zip's bytes are a Word document or unreadable (as problems.md says of a damaged
    # .docx's bytes), never text to parse
    assert [p.code for p in garbage.problems] == ["file.unreadable"]
    assert garbage.origin == "<bytes>"
    half = gr.parse_many([data[: len(data) // 2]])[0]
    assert [p.code for p in half.problems] == ["file.unreadable"]


#: a two-level list as Chinese Word templates define it: 一、 then （一）
NUMBERING = (
    '<w:abstractNum w:abstractNumId="0">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
    '<w:lvlText w:val="%1、"/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
    '<w:lvlText w:val="（%2）"/></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="%3."/></w:lvl>'
    "</w:abstractNum>"
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
)
STYLES = (
    '<w:style w:type="paragraph" w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="1"/>'
    '<w:ilvl w:val="0"/></w:numPr></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="H1Custom"><w:basedOn w:val="H1"/></w:style>'
)


def num(level: int) -> str:
    return f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr>'


def test_automatic_numbering_is_written_out_as_word_shows_it() -> None:
    body = "".join(
        [
            par(PROSE.strip()),
            par("总体情况", '<w:pStyle w:val="H1"/>'),
            par("主动公开", num(1)),
            par("依申请公开", num(1)),
            par("第一项", num(2)),
            par("主动公开政府信息情况", '<w:pStyle w:val="H1Custom"/>'),  # style inherited
            par("平台建设", num(1)),  # a new 一级 item: （一） again
            par("收到和处理政府信息公开申请情况", num(0)),
        ]
    )
    text = _docx.docx_text(package(body, numbering=NUMBERING, styles=STYLES))
    assert text.splitlines()[1:] == [
        "一、总体情况",
        "（一）主动公开",
        "（二）依申请公开",
        "1.第一项",
        "二、主动公开政府信息情况",
        "（一）平台建设",
        "三、收到和处理政府信息公开申请情况",
    ]
    report = gr.parse(text)
    assert [(s.number, s.title) for s in report.sections] == [
        ("一", "总体情况"),
        ("二", "主动公开政府信息情况"),
        ("三", "收到和处理政府信息公开申请情况"),
    ]
    assert [c.title for c in report.sections[0].children] == ["主动公开", "依申请公开"]


def test_a_list_that_restarts_and_one_that_goes_on() -> None:
    numbering = NUMBERING + (
        '<w:num w:numId="2"><w:abstractNumId w:val="0"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        '<w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>'
    )

    def item(num_id: int, text: str) -> str:
        return par(text, f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>')

    body = item(1, "甲") + item(1, "乙") + item(3, "丙") + item(2, "丁") + item(2, "戊")
    assert _docx.docx_text(package(body, numbering=numbering)).splitlines() == [
        "一、甲",
        "二、乙",
        "三、丙",  # another list of the same definition goes on
        "一、丁",  # a list that restarts its level
        "二、戊",
    ]


def test_deleted_text_field_codes_and_drawing_fallbacks_are_left_out() -> None:
    body = (
        "<w:p><w:r><w:t>共收到政府信息公开申请</w:t></w:r>"
        "<w:del><w:r><w:delText>99</w:delText></w:r></w:del>"
        "<w:ins><w:r><w:t>12</w:t></w:r></w:ins><w:r><w:t>件。</w:t></w:r>"
        "<w:r><w:instrText>PAGE 7</w:instrText></w:r></w:p>"
        "<w:p><mc:AlternateContent><mc:Choice><w:r><w:t>图注</w:t></w:r></mc:Choice>"
        "<mc:Fallback><w:r><w:t>图注</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>"
        "<w:p><w:r><w:t>行</w:t><w:tab/><w:t>一</w:t><w:br/><w:t>行二</w:t></w:r></w:p>"
    )
    assert _docx.docx_text(package(body)) == "共收到政府信息公开申请12件。\n图注\n行\t一\n行二\n"
    fig = gr.parse(_docx.docx_text(package(body))).figure(gr.FigureKind.APPLICATIONS_RECEIVED)
    assert fig is not None and fig.value == 12


def test_cells_merged_across_and_down_are_blank_cells() -> None:
    def cell(text: str, props: str = "") -> str:
        return f"<w:tc><w:tcPr>{props}</w:tcPr>{par(text)}</w:tc>"

    span2 = '<w:gridSpan w:val="2"/>'
    first = cell("行政复议", span2 + '<w:vMerge w:val="restart"/>')
    below = cell("", span2 + "<w:vMerge/>")
    body = (
        f"<w:tbl><w:tr>{first}{cell('3')}</w:tr><w:tr>{below}{cell('4')}</w:tr>"
        '<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>'
        f"{cell('合计')}{cell('7')}</w:tr></w:tbl>"
    )
    assert _docx.docx_text(package(body)).splitlines() == [
        "| 行政复议 |  | 3 |",
        "4",  # one filled cell: a line of prose
        "|  | 合计 | 7 |",
    ]


def test_two_numbers_in_one_cell_stay_apart() -> None:
    body = (
        "<w:tbl><w:tr><w:tc>"
        + par("行政")
        + par("复议")
        + "</w:tc><w:tc>"
        + par("3")
        + par("5")
        + "</w:tc></w:tr></w:tbl>"
    )
    assert _docx.docx_text(package(body)) == "| 行政复议 | 3 5 |\n"


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"PK\x03\x04 cut short", "not a Word document"),
        (package("").replace(b"word/document.xml", b"word/other___.xml"), "no word/document"),
        (
            package("<w:p><x></w:p>"),
            "broken",
        ),
    ],
)
def test_a_broken_docx_is_refused_with_its_reason(tmp_path: Path, data: bytes, why: str) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(data)
    with pytest.raises(ValueError, match=why):
        gr.read(path)
    (report,) = gr.parse_many([path])
    assert [p.code for p in report.problems] == ["file.unreadable"]


def test_a_dtd_and_an_oversized_part_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(
            "word/document.xml",
            '<!DOCTYPE d [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
            f'<w:document xmlns:w="{W}"><w:body>{par("&b;")}</w:body></w:document>',
        )
    with pytest.raises(ValueError, match="DTD"):
        _docx.docx_text(buf.getvalue())
    monkeypatch.setattr(_docx, "MAX_PART", 100)
    with pytest.raises(ValueError, match="uncompressed"):
        _docx.docx_text(package(par("x" * 200)))


@pytest.mark.parametrize("suffix", [".doc", ".wps"])
def test_binary_word_files_are_refused_with_advice(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / ("report" + suffix)
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    (report,) = gr.parse_many([str(path)])
    (problem,) = report.problems
    assert problem.code == "file.unreadable" and ".docx" in problem.message


def test_content_controls_and_custom_xml_around_rows_cells_and_paragraphs() -> None:
    def sdt(inner: str) -> str:
        return f"<w:sdt><w:sdtPr/><w:sdtContent>{inner}</w:sdtContent></w:sdt>"

    def cell(text: str) -> str:
        return f"<w:tc>{par(text)}</w:tc>"

    body = (
        sdt(par("一、总体情况"))
        + f"<w:customXml>{par('内容')}</w:customXml>"
        + "<w:tbl>"
        + f"<w:tr>{cell('行政复议')}{sdt(cell('3'))}</w:tr>"
        + sdt(f"<w:tr>{cell('行政诉讼')}{cell('4')}</w:tr>")
        + "</w:tbl>"
    )
    assert _docx.docx_text(package(body)).splitlines() == [
        "一、总体情况",
        "内容",
        "| 行政复议 | 3 |",
        "| 行政诉讼 | 4 |",
    ]


def test_a_missing_doc_is_said_to_be_missing(tmp_path: Path) -> None:
    (report,) = gr.parse_many([str(tmp_path / "gone.doc")])
    (problem,) = report.problems
    assert "FileNotFoundError" in problem.message
