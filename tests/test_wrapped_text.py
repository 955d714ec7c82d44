"""Text wrapped at a page's width (a PDF's text, every line cut where the page ends):
a line break may fall inside the sentence that names the report, inside the body's name
or inside the word that announces it.  Constructed sentences in the wording of real
reports (no page text)."""

from __future__ import annotations

from pathlib import Path

import pytest

import govinfo_reports as gr

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "2023-example-transport-bureau.txt"

_BODY = "\n一、总体情况\n本年度主动公开政府信息120条。"
SENTENCES = {
    "发布": "根据《中华人民共和国政府信息公开条例》的规定，现发布青禾市人力资源和社会保障局"
    "2018年政府信息公开工作年度报告。本报告所列数据的统计期限自2018年1月1日起至12月31日止。",
    "特向社会公布": "根据《条例》要求，特向社会公布云溪县自然资源和规划局2019年度政府信息公开"
    "工作年度报告。",
    "现将…年度": "依据《中华人民共和国政府信息公开条例》，现将2020年度东岭区市场监督管理局"
    "政府信息公开工作年度报告公布如下。",
    "title line": "青禾市人力资源和社会保障局2018年政府信息公开工作年度报告\n根据《条例》规定编制"
    "本报告。",
}
WANT = {
    "发布": ("青禾市人力资源和社会保障局", 2018),
    "特向社会公布": ("云溪县自然资源和规划局", 2019),
    "现将…年度": ("东岭区市场监督管理局", 2020),
    "title line": ("青禾市人力资源和社会保障局", 2018),
}


def wrap(text: str, width: int, newline: str = "\n") -> str:
    """``text`` with every line cut into lines of ``width`` characters, as a PDF's text is:
    never inside a run of digits (the run goes to the next line)."""
    out: list[str] = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = width
            while 0 < cut < len(line) and line[cut - 1].isdigit() and line[cut].isdigit():
                cut -= 1
            cut = cut or width
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return newline.join(out)


@pytest.mark.parametrize("name", sorted(SENTENCES))
def test_the_unwrapped_sentences_read(name: str) -> None:
    r = gr.parse(SENTENCES[name] + _BODY)
    assert (r.agency, r.year) == WANT[name]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("name", sorted(SENTENCES))
def test_a_name_cut_by_a_wrap_reads_whole(name: str, newline: str) -> None:
    """At every width from 12 characters a line, the body and the year read as unwrapped
    (were, at 27 of the 58 widths of these four texts: 力资源和社会保障局, 布云溪县…,
    监督管理局, … with no problem)."""
    for width in range(12, 70):
        r = gr.parse(wrap(SENTENCES[name] + _BODY, width, newline))
        assert (r.agency, r.year) == WANT[name], width


def test_the_example_wrapped_reads_its_body_and_year() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    for width in range(12, 70, 3):
        r = gr.parse(wrap(text, width))
        assert (r.agency, r.year) == ("示例市交通运输局", 2023), width


def test_the_cut_announcing_word_is_no_part_of_the_name() -> None:
    r = gr.parse(
        "根据《条例》的规定，现发\n布渭南市人力资源和社会保障局2018年政府信息公开工作年度报告。"
    )
    assert r.agency == "渭南市人力资源和社会保障局"  # (was 布渭南市…)
    assert r.title == "渭南市人力资源和社会保障局2018年政府信息公开工作年度报告"


def test_a_title_after_an_announcing_line_is_read_alone() -> None:
    """Near case: a line that announces something and ends without a stop, then the
    title on its own line: joined, no name reads, so the title line is read alone."""
    r = gr.parse(
        "本局现将有关情况说明如下\n青禾市财政局2018年政府信息公开工作年度报告\n一、总体情况"
    )
    assert (r.agency, r.year) == ("青禾市财政局", 2018)
    assert r.title == "青禾市财政局2018年政府信息公开工作年度报告"


_PARAGRAPHS = (
    "青禾县人力资源和社会保障局2015年政府信息公开工作年度报告\n一、主动公开政府信息情况\n"
    "2015年，主动公开政府信息数510条，其中涉及公共服务内容的信息506条，涉及管理的信息4条；"
    "通过政府网站公开信息数389条，通过微信公众平台发布信息58条，通过县信息报刊登信息33条，"
    "通过《今日青禾》等媒体机构公开信息30条。公共服务信息主要包括人才人事、劳动就业等方面。\n"
    "二、依申请公开政府信息情况\n"
    "2015年，共收到政府信息公开申请12件，其中当面申请5件，网上申请7件。全部按时答复。\n"
)


def _read(text: str) -> tuple[object, ...]:
    r = gr.parse(text)
    figures = sorted((f.kind.value, f.quantity.value) for f in r.figures)
    lists = sorted((b.total.value, tuple(p.quantity.value for p in b.parts)) for b in r.breakdowns)
    return r.agency, r.year, tuple(figures), tuple(lists)


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_wrapped_paragraphs_read_as_unwrapped(newline: str) -> None:
    """A 其中 list, the channels after it and a count whose words a break cuts read as in
    the unwrapped text at every width from 16 (were lost at 17 of the 44 widths, and a
    channel's 30条 then read as a second count of all disclosures)."""
    want = _read(_PARAGRAPHS)
    assert (510, (506, 4)) in want[3] and (510, (389, 58, 33, 30)) in want[3]
    for width in range(16, 60):
        assert _read(wrap(_PARAGRAPHS, width, newline)) == want, width


def test_the_joined_lines_map_back_to_the_source() -> None:
    from govinfo_reports.normalize import normalize

    source = wrap(_PARAGRAPHS, 20)
    n = normalize(source)
    at = n.text.index("涉及管理的信息4条")
    start, end = n.to_source((at, at + len("涉及管理的信息4条")))
    assert "".join(source[start:end].split("\n")) == "涉及管理的信息4条"
    assert "\n" in source[start:end]  # (the break is in the source, not in the text)


def test_lines_of_other_lengths_headings_and_rows_stay_apart() -> None:
    """Near cases: text that is not wrapped (lines of their own lengths), a heading's
    line, and rows of cells keep their line breaks."""
    from govinfo_reports.normalize import normalize

    prose = "本年度共收到申请十二件\n全部按时答复并依法送达\n没有收取任何费用也无复议\n"
    assert normalize(prose * 3).text == prose * 3
    wrapped = wrap(_PARAGRAPHS, 20)
    text = normalize(wrapped).text
    assert "\n一、主动公开政府信息情况\n" in text and "\n二、依申请公开政府信息情况\n" in text
    rows = "行政许可 | 本年处理决定数量 | 一二三四五六七八\n" * 6
    assert normalize(rows).text == rows
    spaced = "规章        本年制发件数    一二三四五六七八九\n" * 6
    assert normalize(spaced).text == spaced


def _cut_anywhere(text: str, width: int) -> str:
    """``text`` cut every ``width`` characters, inside numbers too (text saved at a fixed
    width, as a mail client or a terminal does)."""
    out: list[str] = []
    for line in text.split("\n"):
        out += [line[i : i + width] for i in range(0, len(line), width)] or [""]
    return "\n".join(out)


#: a paragraph of words, for lines enough to show the wrap at every width
_PROBLEMS = (
    "三、存在的主要问题及改进情况\n"
    "我局政府信息公开工作虽然取得了一定成效，但仍存在一些不足，主要是公开内容不够全面，"
    "信息更新不够及时，政策解读的形式比较单一，与群众的期望还有一定差距。下一步，我局将"
    "进一步加强组织领导，完善工作机制，拓宽公开渠道，丰富解读形式，及时回应社会关切，"
    "切实提高政府信息公开工作的质量和水平，更好地服务人民群众的生产生活。同时，我局将加强"
    "对工作人员的业务培训，提升依法公开的意识和能力，确保各项工作落到实处。\n"
)


def test_a_number_cut_by_the_wrap_reads_whole() -> None:
    """A break inside a number of a wrapped sentence (公开信息数3 / 89条) is a wrap's break:
    the number reads whole at every width from 16 to 50, where the text has lines enough
    to show the wrap (was: the count lost or cut in two at 8 of the 35 widths, and at some
    a channel's 30条 read as a second count of all disclosures)."""
    text = _PARAGRAPHS + _PROBLEMS
    want = _read(text)
    for width in range(16, 51):
        assert _read(_cut_anywhere(text, width)) == want, width


def test_numbers_a_line_stay_apart_in_wrapped_text() -> None:
    """Near case: in wrapped text, a line that ends in a number after a blank, a cell or a
    number alone on its line is not joined to the number that begins the next line."""
    from govinfo_reports.normalize import normalize

    lines = "本年度共收到的政府信息公开申请数合计 3\n89 件为上年结转的申请，已全部办结。\n"
    assert len(lines.split("\n")[0]) == 20  # (the wrap's width)
    text = normalize(wrap(_PARAGRAPHS, 20) + lines).text
    assert "合计 3\n89 件" in text


def wrap_columns(text: str, columns: int) -> str:
    """``text`` with every line cut where it fills ``columns`` columns of a page, a Han
    character or a full-width mark taking two and a digit or a Latin letter one (a PDF's
    lines hold more characters where they hold digits), never inside a run of digits."""
    out: list[str] = []
    for line in text.split("\n"):
        while True:
            used = cut = 0
            while cut < len(line) and used + (1 if line[cut].isascii() else 2) <= columns:
                used += 1 if line[cut].isascii() else 2
                cut += 1
            if cut == len(line):
                break
            while cut > 0 and line[cut - 1].isdigit() and line[cut].isdigit():
                cut -= 1
            cut = cut or columns // 2
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return "\n".join(out)


#: paragraphs with numbers in most lines (a PDF's lines then differ in characters)
_NUMBERED = (
    "青禾县交通运输局2016年政府信息公开工作年度报告\n"
    "一、主动公开政府信息情况\n"
    "全年通过门户网站主动公开政府信息2468条，其中工作动态1024条，通知公告312条，"
    "政策文件86条，人事信息45条，财政预决算信息12条，统计数据和规划计划信息989条。"
    "通过政务微博发布信息1536条，通过政务微信发布信息877条，召开新闻发布会6场，"
    "接受媒体采访23次，组织开展在线访谈4期，受理网民留言咨询1180件并全部按时回复。\n"
    "二、依申请公开政府信息情况\n"
    "全年共收到政府信息公开申请37件，其中当面申请9件，网上申请21件，信函申请7件。"
    "已答复37件，其中同意公开28件，同意部分公开3件，不属于本机关公开职责权限范围6件。\n"
    "三、政府信息公开的收费及减免情况\n"
    "全年未收取任何费用。\n"
)


def test_paragraphs_wrapped_at_a_page_width_read_as_unwrapped() -> None:
    """A PDF wraps at a width in print, not at a number of characters: its lines that hold
    digits hold more characters than those that do not.  At every width from 12 to 30 Han
    characters a line, the figures, lists, body and year read as in the unwrapped text
    (were: figures lost at 12, 13 and 14: counted in characters, the lines showed no one
    width, and a count's lead, a short line of its own, ended the clause before it)."""
    text = _NUMBERED + _PROBLEMS
    want = _read(text)
    assert ("proactive_disclosures", 2468) in want[2] and ("applications_received", 37) in want[2]
    lost = [w for w in range(12, 31) if _read(wrap_columns(text, 2 * w)) != want]
    assert not lost, lost


def test_a_title_and_a_line_of_its_width_are_no_wrapped_text() -> None:
    """Near case: lines of one width in print that are too few to show a wrap (a title
    over a sentence as wide) keep their line break."""
    from govinfo_reports.normalize import normalize

    text = "青禾县人民政府2019年政府信息公开工作年度报告\n自2015年以来共收到申请150件。\n"
    assert normalize(text).text == text


_AREA_AND_OWN = (
    "青禾市交通运输局2022年政府信息公开工作年度报告\n一、总体情况\n"
    "2022年，全市各级行政机关共受理政府信息公开申请596件，其中我局受理26件。"
    "全市各级行政机关共主动公开政府信息8000条。"
)


@pytest.mark.parametrize("indent", ["", "    ", "\u3000\u3000"])
def test_an_indented_wrap_inside_the_area_is_no_part_of_the_words(indent: str) -> None:
    """A department's share of the whole area's count reads as in the unwrapped text at
    every width, the next line indented as a layout print indents it (全⏎    市各级 read
    the city's 596 as the bureau's: the indent stayed between 全 and 市)."""
    want = _read(_AREA_AND_OWN)
    assert want[2] == (("applications_received", 26),)
    for width in range(16, 60):
        # (the title and headings stay whole lines)
        head, _, body = _AREA_AND_OWN.rpartition("\n")
        text = head + "\n" + wrap(body, width).replace("\n", "\n" + indent)
        assert _read(text)[2] == want[2], width


def test_a_signature_line_is_not_wrapped_into_its_date() -> None:
    """Lines of one width that end inside a sentence (one cell a line) make the text look
    wrapped; the body's name before a line holding its date only stays a line of its own
    (望江区人力资源和社会保障局2024年3月20日 hid the signature)."""
    from govinfo_reports.normalize import normalize

    lines = [
        "1.本机关不掌握相关政府信息",
        "2.没有现成信息需要另行制作",
        "3.补正后申请内容仍不明确",
        "4.无正当理由大量反复申请",
        "5.要求提供公开出版物内容",
    ]
    for date in ("2024年3月20日", "二〇二四年三月二十日"):
        text = "\n".join([*lines, "望江区人力资源和社会保障局", date])
        assert normalize(text).text.endswith("社会保障局\n" + date)
