"""Report identity: agency, year, statistics period, title and template.

``read_metadata(norm, sections) -> Metadata`` reads what a report says about itself, from
the normalized text first (the title line, the 现公布…年度报告 / 本报告由…编制 preamble,
the 统计期限 sentence, a signature block, the 联系 line) and from the outline only as a
hint for the template.  Where the text does not decide a value the field is ``None``;
nothing is guessed from a URL, a document cited in 《》 or a publication date
(``发布时间:2016-03-05`` is when the page went up, not the year reported on).  An HTML
page is read through the outline's text view.

Problems: ``identity.agency_missing`` (a report that does not name the body it is from:
no title, preamble or sentence gives its name, or only a self-reference such as 我局),
``identity.year_missing`` (a report whose year no title, period or sentence
states), ``identity.period_mismatch`` (统计期限 in another year than the title), and
``report.not_a_report`` for numbered text that is not a disclosure report (a 函 that
answers a notice, a statistics page for half a year or a quarter, or text that never says
公开).  Notes say where a weakly sourced name or
year came from, and when a report's tables use the other format's columns (a 2019 report
printed with the 2021 columns is STANDARD_2021).

>>> from govinfo_reports.normalize import normalize
>>> m = read_metadata(normalize(
...     "现公布某某市人力资源和社会保障局2016年政府信息公开工作年度报告。"
...     "本报告所列数据的统计期限自2016年1月1日起至2016年12月31日止。"), ())
>>> m.agency, m.year, str(m.period.start), str(m.period.end)
('某某市人力资源和社会保障局', 2016, '2016-01-01', '2016-12-31')
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date

import attrs
import regex

from ._lazy import lazy_re, lazy_regex
from ._numeral_cn import small_number
from ._outline_grammar import _SPACE_CLASS, ViewOffsets, html_view
from ._table_grid import lines_with
from .model import Period, Problem, Section, Severity, Template
from .normalize import Normalized

__all__ = ["Metadata", "read_metadata"]


@attrs.frozen(slots=True)
class Metadata:
    """What the metadata reader found.

    ``agency`` is the body as the report names itself (simplified script) or ``None``;
    ``agency_alias`` the short form it uses for itself when that is all it gives (省人社厅,
    市人社局) or, failing that, its self-reference (我局, 我区).
    """

    agency: str | None = None
    year: int | None = None
    period: Period | None = None
    title: str | None = None
    template: Template | None = None
    problems: tuple[Problem, ...] = ()
    notes: tuple[str, ...] = ()
    agency_alias: str | None = None
    #: when the tables use the other format's columns (a 2019 report with the 2021 columns),
    #: a note saying so; kept apart from ``notes`` since the table reader, when it reads the
    #: tables, says it itself
    template_note: str | None = None


# ---------------------------------------------------------------------------------------
# Text preparation: a working copy folded for matching (offsets are not needed here).

_FOLD = str.maketrans(
    {
        "（": "(",
        "）": ")",
        "，": ",",
        "：": ":",
        "；": ";",
        "！": "!",
        "？": "?",
        "．": ".",
        "　": " ",
        "\u00a0": " ",
        "\r": "\n",
        "\f": "\n",
        "\v": "\n",
        "〈": "<",
        "〉": ">",
        "０": "0",
        "１": "1",
        "２": "2",
        "３": "3",
        "４": "4",
        "５": "5",
        "６": "6",
        "７": "7",
        "８": "8",
        "９": "9",
    }
)
_FOLD_PAIRS = tuple((chr(k), v) for k, v in _FOLD.items())


def _fold(text: str) -> str:
    """``text.translate(_FOLD)``, one ``str.replace`` per character present (several
    times faster than ``translate`` on a long text; no replacement is itself replaced),
    a CR LF first made one line break (not a break and an empty line).

    >>> _fold("报告\\r\\n一、总体情况\\r二、")
    '报告\\n一、总体情况\\n二、'
    """
    if "\r\n" in text:
        text = text.replace("\r\n", "\n")
    for old, new in _FOLD_PAIRS:
        if old in text:
            text = text.replace(old, new)
    return text


# a pinyin reading right after a character: 报(bào)告
_PINYIN = lazy_regex(r"(?<=\p{Han})\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}\)")
#: _PINYIN without its look-behind: a text without one of these has no pinyin reading
_PINYIN_HINT = lazy_re(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}\)")

_HEAD = 5000  # where titles, preambles and signatures stand
_BODY = 30000  # where the reporting body names itself in the prose

# ---------------------------------------------------------------------------------------
# Years, dates, periods

_CN_DIGIT = {
    "〇": 0,
    "○": 0,
    "零": 0,
    "Ｏ": 0,
    "O": 0,
    "0": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_Y = "〇○零O一二三四五六七八九"
_YEAR = (
    r"(?:(?<!\d)(?:19|20)\d{2}(?!\d)"
    rf"|(?:二[〇○零O][{_CN_Y}]|一九[{_CN_Y}])[{_CN_Y}])"
)
_SP = r"[ \t]{0,3}"
_WS = r"\s{0,3}"
_NUM = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_DATE_ONLY = lazy_regex(rf"^{_YEAR}{_SP}年{_SP}{_NUM}{_SP}月(?:{_SP}{_NUM}{_SP}[日号])?$")

_PERIOD = lazy_regex(
    rf"(?:(?P<y1>{_YEAR}){_WS}年{_WS})?(?P<m1>{_NUM}){_WS}月{_WS}(?P<d1>{_NUM}){_WS}[日号]"
    rf"{_WS}(?:起)?{_WS}[,、]?{_WS}(?:至|到|～|~|—{{1,2}}|-{{1,2}}){_WS}"
    rf"(?:(?P<y2>{_YEAR}){_WS}年{_WS})?(?P<m2>{_NUM}){_WS}月{_WS}(?P<d2>{_NUM}){_WS}[日号]"
)
# numeric dates: 2019.1.1—2019.12.31, 2019/01/01至2019/12/31, 2019-01-01至2019-12-31
_NUM_DATE_SEP = r"[./\-]"
_PERIOD_NUMERIC = lazy_regex(
    rf"(?<![\d.])(?P<y1>(?:19|20)\d{{2}}){_NUM_DATE_SEP}(?P<m1>\d{{1,2}}){_NUM_DATE_SEP}(?P<d1>\d{{1,2}})"
    rf"(?![\d.]\d){_WS}(?:起)?{_WS}(?:至|到|～|~|—{{1,2}}|－|-{{1,2}}){_WS}"
    rf"(?:(?P<y2>(?:19|20)\d{{2}}){_NUM_DATE_SEP})?(?P<m2>\d{{1,2}}){_NUM_DATE_SEP}(?P<d2>\d{{1,2}})(?![\d.]\d)"
)
#: a _PERIOD match starts at most this far before its first 月 (a year part of 11
#: characters, a month of 3 and 3 blanks) and reads at most _PERIOD_LENGTH characters
#: from there (74, with a margin)
_PERIOD_BEFORE = 20
_PERIOD_LENGTH = 100
#: the separator after the year of a _PERIOD_NUMERIC match (its 19/20 four characters
#: before it), found by itself: fewer than the 19s and 20s of a text
_NUMERIC_PERIOD_SEP = lazy_re(r"[./\-](?<=(?:19|20)(?s:..)[./\-])")
_CENTURIES = frozenset(("19", "20"))
_SEPS = frozenset("./-")
_SAMPLE = 1 << 16
#: one separator in this many characters or fewer: the separators found by str.find
_SEP_DENSITY = 32
_PERIOD_CUE = lazy_regex(r"统计|期限|时限|所列|数据|报告期|时间段|时间范围")
#: the cues that name a period themselves, or the report's data (所列); a weaker one (统计,
#: 数据) must stand in the range's own clause (报送统计数据，报送时间为1月1日至1月10日 is no
#: statistics period)
_PERIOD_STRONG_CUE = lazy_regex(r"期限|时限|报告期|时间段|时间范围|统计时间|统计周期|所列")
_CLAUSE_BREAK = lazy_re(r"[，,；;](?=[^，,；;]*$)")


def _year_value(s: str) -> int | None:
    """The year a match of _YEAR spells (four characters, no blank), if from 1990 to 2099."""
    if s.isdigit() and s.isascii():
        y = int(s)
    else:
        digits = [_CN_DIGIT.get(c) for c in s]
        if len(digits) != 4 or any(d is None for d in digits):
            return None
        y = int("".join(str(d) for d in digits))
    return y if 1990 <= y <= 2099 else None


def _make_date(y: int, m: str, d: str) -> date | None:
    mv, dv = small_number(m), small_number(d)
    if mv is None or dv is None:
        return None
    try:
        return date(y, mv, dv)
    except ValueError:
        return None


# ---------------------------------------------------------------------------------------
# Agency names

_NAME_CHARS = lazy_regex(r"^[\p{Han}·]{2,32}$")
#: the ends of the names of publishers that are no administrative body (a school, a
#: hospital, a company): they publish under rules of their own (高等学校信息公开办法,
#: 公共企事业单位信息公开规定…), and a title that names one names the report's publisher
#: (学院 and 医院 end in 院, a body's end too: 法院, 研究院; a party school, 市委党校, is a
#: school of the party's, no administrative body)
_PUBLISHER_ENDS = ("大学", "学院", "学校", "党校", "中学", "小学", "医院", "卫生院", "公司", "集团")
_SUFFIX = lazy_regex(
    r"(?:人民政府|政府|管理委员会|管委会|委员会|委|办公室|办公厅|办事处|局|厅|署|部|办|海关|支行|分行"
    r"|综合实验区|实验区|开发区|高新区|新区|示范区|自治区|自治州|自治县|地区|省|市|县|区|州|盟|旗|镇|乡|街道"
    r"|中心|院|所|站|队|处|会|馆|" + r"|".join(_PUBLISHER_ENDS) + r")$"
)
_LEVEL = "省市县区州盟旗"
#: what stands before a body's suffix when the name says only its kind (街道办事处, 镇人民政府,
#: 人民政府: no place says which body)
_KIND_ONLY = lazy_regex(r"(?:街道|镇|乡)?(?:办事处|人民政府|政府|办)?")
_PLACE = lazy_regex(r"^\p{Han}{1,14}?(?:自治区|自治州|自治县|地区|省|市|县|区|州|盟|旗)")
#: a zone's kind alone, with its committee or office (保税区, 开发区管委会, 园区管委会办公室):
#: which zone is meant is not said
_ZONE_ONLY = lazy_regex(
    r"(?:保税|综保|综合保税|经开|开发|高新|工业园|产业园|园|新|自贸)区"
    r"(?:管委会|管理委员会)?(?:办公室)?"
)
# words that a name never contains (a sentence, a document, a pronoun, a website, the
# number of an article and its definitions: 第二条 本制度所称…; the gambling ads a
# hijacked page puts in a name's place: 某某博彩官网区人民政府…)
_NOT_NAME = lazy_regex(
    r"我|[各的了]|^[该其此这]|^[一二三四五六七八九十]是|^[本全](?:[省市县区局厅委办部镇乡]|街道|级|单位|机关|国)"
    r"|[本全][省市县区]|成立|上级|关于|根据|按照|依据|通知|报告|年度|公开|条例|规定|办法|要求|工作|情况"
    r"|网站|官网|门户|平台|栏目|博彩|投注|信息|系统|领导|以来|今年|本年|同时|期间|目前|其中|有关|相关|所属|下属"
    r"|直属|部门|单位|机关|各级|编制了|发布|公布|领域|建设|推进|进一步|加强|认真|通过"
    r"|应当|应该|必须|针对|围绕|会上|所称|第[一二三四五六七八九十百零〇\d]{1,4}条"
    # (a kind of area, no place's name: 园区, 辖区, 社区; 青禾工业园区 is one)
    r"|^[园辖景社小片街校厂山牧灾库湖垦]区$"
)
#: words of bodies' names that hold a word of _NOT_NAME (住房和城乡建设局, 工业和信息化局,
#: 机关事务管理局; a party's or a people's body whose kind ends the name: 群团工作部,
#: 社会工作部, 机关工作委员会, 机关后勤服务中心): taken out of a name before _NOT_NAME looks at it
_NAME_WORDS = lazy_re(
    r"城乡建设|建设(?=局|委|厅|和)|信息化|机关事务"
    r"|工作(?=部$|委员会$)|机关(?=(?:后勤)?服务中心$|工作委员会$)"
)
_NAME_WORD_MARKS = ("建设", "信息化", "机关事务", "工作", "机关")
_CLIPPED = lazy_regex(r"人社|人保|劳保")
# text a run of characters may carry before the name proper
#: the words that announce a report before its name or title (现将, 现就, 特向社会公布…):
#: _LEAD's and _TITLE_LEAD's
_ANNOUNCE_WORDS = (
    r"现特向社会公布|特向社会公布|现向社会公布|向社会公布|现公布|现公开|现发布|现将|现就|特公布"
    r"|特向社会公开|现向社会公开|向社会公开"
)
#: an infographic's words before the report's name (一图读懂某局2022年…报告)
_INFOGRAPHIC_WORDS = r"一图(?:读懂|看懂|速览|了解|解读)|(?<!一)图[解说](?!读)"
#: the words _LEAD ends with (_LEAD_WORD: their runs have no line break for ``.`` to stop at)
_LEAD_WORDS = (
    _ANNOUNCE_WORDS
    + r"|公布|发布|印发|编制了|关于|特此编制|特编制|标题|中文名|名称|上传|"
    + _INFOGRAPHIC_WORDS
)
_LEAD = lazy_regex(
    r"^.*(?:" + _LEAD_WORDS + r")(?=\p{Han})|^(?:由|将|在|对|与|为|编制|编写)(?=\p{Han})"
)
_CUT = lazy_regex(
    r"^.*(?:网站|门户|平台|栏目|以来|今年度?|本年度?|全年度?|年内|同时|此外|其中|目前|期间|方面)"
)
#: the words _CUT and _LEAD end with (their runs have no line break for ``.`` to stop at)
_CUT_WORD = lazy_re(r"网站|门户|平台|栏目|以来|今年|本年|全年|年内|同时|此外|其中|目前|期间|方面")
_LEAD_WORD = lazy_re(_LEAD_WORDS)
#: a verb of two characters and 编制 before the name (…等规定,梳理编制某某海关2023年…, 汇总编制…):
#: no part of the name nor of the title (机构编制委员会, 编制办 are names; 编制了 is _LEAD's)
_COMPILE_VERB_LEAD = lazy_regex(r"^\p{Han}{2}编制(?![委办了的])(?=\p{Han})")
#: the run of a title before its year (将保税区2021年度…): the name, with a lead word or not
_RUN_BEFORE_YEAR = lazy_regex(rf"^\p{{Han}}{{2,30}}?(?={_SP}{_YEAR})")
#: the verb a run may end with after the name (某某镇人民政府特此编制2024年度…, 由…编制的, …编制了)
_VERB_AFTER = ("特此编制", "特编制", "编制的", "编制了", "编制")
#: (编: 编制 or 编写 opening a run, 特结合实际，编制青禾镇2014年…报告, is no part of the name)
_LEAD_CHARS = frozenset("由将在对与为编")
#: lead characters that also open places' names (将乐县, 对坊乡, 为民乡; 由 and 编 open none)
_LEAD_OR_NAME = frozenset("将在对与为")
_ONE_CHAR_PLACE = lazy_regex(r"^\p{Han}(?:县|市|区|旗|镇|乡)")
_SUB_UNIT = lazy_regex(
    r"(?:(?:人民)?政府信息(?:与政务)?公开(?:工作)?(?:领导小组)?办公室|(?:人民)?政府信息公开(?:工作)?领导小组"
    r"|政务公开(?:工作)?(?:领导小组)?办公室)$"
)


def _governs_a_place(name: str) -> bool:
    """Whether a name ending in 政府 is a government's: its place ends in a level (镇, 乡,
    苏木; the levels of _PLACE read before this), or it is the central government's.

    >>> [_governs_a_place(n) for n in ("唐村镇人民政府", "白云乡政府", "未来政府", "地方政府")]
    [True, True, False, False]
    """
    place = name.removesuffix("政府").removesuffix("人民")
    return place.endswith(("镇", "乡", "苏木", *_LEVEL)) or place == "中央"


def _name_kind(name: str) -> str | None:
    """'placed' (has a place name), 'level' (市人力资源社会保障局), 'national', 'township'
    (a town's or a township's name of three characters, 唐村镇: a title names it so),
    'publisher' (a school, a hospital, a company: _PUBLISHER_ENDS), or None.

    >>> _name_kind("唐村镇"), _name_kind("白云乡"), _name_kind("小城镇"), _name_kind("全镇")
    ('township', 'township', 'township', None)
    >>> _name_kind("水利部"), _name_kind("青禾部")  # a ministry's name of three characters
    ('national', 'national')
    >>> _name_kind("某某县住房和城乡建设局"), _name_kind("推进城乡建设局")
    ('placed', None)
    >>> _name_kind("街道办事处"), _name_kind("街道办事处政府"), _name_kind("青禾街道办事处")
    (None, None, 'national')
    >>> _name_kind("保税区"), _name_kind("开发区管委会"), _name_kind("天津港保税区")
    (None, None, 'placed')
    >>> _name_kind("区管委会办公室"), _name_kind("区人力资源和社会保障局办公室")
    (None, 'level')
    >>> _name_kind("园区"), _name_kind("辖区"), _name_kind("青禾工业园区")
    (None, None, 'placed')
    >>> _name_kind("青禾大学"), _name_kind("云溪市人民医院"), _name_kind("大学"), _name_kind("本校")
    ('publisher', 'publisher', None, None)
    >>> _name_kind("未来政府"), _name_kind("基层政府"), _name_kind("中央人民政府")
    (None, None, 'national')
    """
    if not _NAME_CHARS.match(name):
        return None
    words = _NAME_WORDS.sub("", name) if any(w in name for w in _NAME_WORD_MARKS) else name
    if _NOT_NAME.search(words):
        return None
    suffix = _SUFFIX.search(name)
    if suffix is None or _KIND_ONLY.fullmatch(name, 0, suffix.start()):
        return None  # (街道办事处, 镇人民政府: the kind of a body, not which one)
    if _ZONE_ONLY.fullmatch(name):
        return None  # (保税区, 开发区管委会: a zone's kind, not which zone)
    if name.endswith(_PUBLISHER_ENDS):
        # (a school, a hospital, a company: named by a title, not by a sentence of a
        # government's report that mentions one)
        return "publisher" if suffix.start() >= 2 else None
    if _PLACE.match(name) and name[0] not in _LEVEL:
        return "placed"
    if name[0] in _LEVEL:
        middle = name[1 : suffix.start()]
        if len(middle) < 2 or middle in ("人民", "政府") or _SUFFIX.fullmatch(middle):
            # 市政府, 区管委会, 市人民政府, 区管委会办公室: who is meant is not said
            return None
        return "level"
    if name.endswith("政府") and not _governs_a_place(name):
        return None  # (未来政府, 地方政府, 基层政府: government in general, no body)
    if len(name) < 4:
        if len(name) == 3 and name[-1] == "部":
            return "national"  # 水利部, 商务部, 财政部
        return "township" if len(name) == 3 and name[-1] in "镇乡" else None
    return "national"


def _clean_run(run: str) -> str:
    run = "".join(run.split())
    run = run.strip("“”\"'《》<>()[]【】「」『』·")
    if run[2:4] == "编制":  # else _COMPILE_VERB_LEAD cannot match
        run = _COMPILE_VERB_LEAD.sub("", run, count=1)
    if run.endswith(_VERB_AFTER):  # (编制 ends a body's name in none: 机构编制委员会)
        run = run[: -next(len(v) for v in _VERB_AFTER if run.endswith(v))]
    if _CUT_WORD.search(run) is not None:  # else _CUT cannot match
        m = _CUT.match(run)
        if m:
            run = run[m.end() :]
    if run[:1] in _LEAD_CHARS or _LEAD_WORD.search(run) is not None:  # else _LEAD cannot match
        m = _LEAD.match(run)
        if m and m.end() < len(run) and not (m.end() == 1 and _starts_the_name(run)):
            run = run[m.end() :]
    return run


def _starts_the_name(run: str) -> bool:
    """Whether the lead character ``run`` opens with (将, 对, 为…) is the first of the
    body's name (将乐县, 对坊乡, 为民乡), not a word before it: ``run`` is a name, and
    without that character it is none, or starts with a place of one character.

    >>> [_starts_the_name(x) for x in ("将乐县交通运输局", "对坊乡", "对某某县民政局", "由沛县")]
    [True, True, False, False]
    >>> _starts_the_name("将保税区")
    False
    """
    if run[0] not in _LEAD_OR_NAME or _name_kind(run) is None:
        return False
    rest = run[1:]
    if _ZONE_ONLY.fullmatch(rest):
        return False  # (将保税区: a zone's kind after the word, no name of 将保税区)
    return _name_kind(rest) is None or _ONE_CHAR_PLACE.match(rest) is not None


def _is_alias(name: str, kind: str) -> bool:
    return kind == "level" and _CLIPPED.search(name) is not None


@attrs.frozen(slots=True)
class _Candidate:
    name: str
    alias: bool
    rule: str


def _candidate(run: str, rule: str, *, allow: Iterable[str]) -> _Candidate | None:
    name, kind = _read_name(run) if len(run) <= _NAME_CACHED_MAX else _read_name_now(run)
    if kind is None or kind not in allow:
        return None
    return _Candidate(name, _is_alias(name, kind), rule)


def _read_name_now(run: str) -> tuple[str, str | None]:
    """A run's name (the run cleaned) and its kind (see :func:`_name_kind`)."""
    name = _clean_run(run)
    return name, _name_kind(name)


#: the same short runs come up again and again (我局, the agency's name in every part)
_read_name = functools.lru_cache(maxsize=4096)(_read_name_now)
_NAME_CACHED_MAX = 64


# ---------------------------------------------------------------------------------------
# Title lines: … 2014年政府信息公开工作年度报告

#: the report's year standing inside the anchor, after 公开 (…厅政府信息公开2009年度报告,
#: …政府信息公开工作2021年度报告: an early title's form; the title's year)
_ANCHOR_YEAR = r"(?:(?P<y>(?:19|20)\d{2})(?=年)(?:年度)?)?"
#: the words that close a report's title (…信息公开工作年度报告, …政务公开年报, …工作的年度
#: 报告); its 年度 may lose its 年 to a slip (国家文物局2022年政府信息公开工作度报告)
_ANCHOR = lazy_re(
    r"(?:信息|资讯|政务)公开(?:工作)?" + _ANCHOR_YEAR + r"(?:开展)?(?:的?年?度)?(?:工作)?(?:总结)?"
    r"(?:情况)?(?:汇总)?的?(?:报告|年报)"
)
#: _ANCHOR from its 公开 on (a literal, which re finds fast), the two characters before it
#: looked behind: a match starts two characters earlier and is otherwise _ANCHOR's (no
#: match of _ANCHOR ends inside the 信息/资讯/政务 of the next one)
_ANCHOR_AT_OPEN = lazy_re(
    r"公开(?<=信息公开|资讯公开|政务公开)(?:工作)?"
    + _ANCHOR_YEAR
    + r"(?:开展)?(?:的?年?度)?(?:工作)?"
    r"(?:总结)?(?:情况)?(?:汇总)?的?(?:报告|年报)"
)
_SEG_STOP = set(",.;:!?。、;《》“”\"'()[]<>【】|=\n")
#: up to and including the last character of _SEG_STOP (matched from where a segment may start)
_TO_LAST_SEG_STOP = lazy_re("(?s:.*)[" + re.escape("".join(sorted(_SEG_STOP))) + "]")
_SEG_MAX = 70
_TITLE_YEAR = lazy_regex(rf"(?P<y>{_YEAR}){_SP}(?:(?P<nian>学?年){_SP}度?)?")
_YEAR_AFTER = lazy_regex(rf"\s{{0,3}}\(\s{{0,2}}(?P<y>{_YEAR}){_SP}年度?\s{{0,2}}\)")
_YEAR_SPAN_END = lazy_regex(rf"{_YEAR}{_SP}年?{_SP}[—\-~～至到]{{1,2}}{_SP}$")
_SPAN_MARKS = tuple("—-~～至到")
#: page chrome that names the link after it (上一篇: <title>)
_CHROME_WORDS = (
    r"(?:上一篇|下一篇|上一条|下一条|相关链接|相关阅读|相关文章|相关信息|相关报告"
    r"|推荐阅读|热点|附件)"
)
#: a chrome word and at most two blanks, a mark and two blanks before the end, and the date
#: a list prints before its item (下一篇：[2018-02-26] …) (stdlib re:
#: cheaper than regex to call on the few characters before a title; ``\s`` spelt as regex
#: reads it)
_CHROME_BEFORE_RE = lazy_re(
    _CHROME_WORDS + rf"[{_SPACE_CLASS}]{{0,2}}[:>]?[{_SPACE_CLASS}]{{0,2}}"
    rf"(?:[\[【(（]?[12][0-9]{{3}}-[01]?[0-9]-[0-3]?[0-9][\]】)）]?[{_SPACE_CLASS}]{{0,2}})?$"
)
#: a line that opens with a chrome word (上一篇 …, 相关阅读 …): a link, not the report
_CHROME_LINE = lazy_re(rf"(?m)^[{_SPACE_CLASS}]{{0,8}}" + _CHROME_WORDS + r"[^\n]*+")
#: a segment that opens with a chrome word and a blank (上一篇 青禾市…年度报告: the blank
#: keeps the word inside the segment)
_CHROME_OPENING_RE = lazy_re(
    rf"[{_SPACE_CLASS}]{{0,8}}" + _CHROME_WORDS + rf"[{_SPACE_CLASS}]{{0,2}}[:>：]?[{_SPACE_CLASS}]"
)
# only the first valid start of a blank run is tried (BOS, after \n, after the run's first space):
# linear on long runs of spaces, same matches as (?:^|(?<=[\n ]))[ \t]*…
_HEADING1 = lazy_regex(r"(?:^|(?<=\n)|(?<=(?:^|[^ \t])\t*+ ))[ \t]*+(?:一[ \t]*+[、.,]|第一部分)")


#: what a match of _HEADING1 holds (its 一、 or 第一部分), for stdlib re's fast scan
#: 一、 or (第)一部分 from its 一 (a literal re finds fast; the line is what matters)
_HEADING1_HINT = lazy_re(r"一(?:[ \t]*[、.,]|(?<=第一)部分)")


def _first_heading(head: str) -> int:
    """``_HEADING1.search(head).start()`` (-1 for no match), the pattern run only on the
    lines that hold a 一、 or 第一部分 (a match lies within a line; on a line of its own
    the line start reads as after a line break, as in the whole text)."""
    line_end = -1
    for hint in _HEADING1_HINT.finditer(head):
        if hint.start() < line_end:
            continue  # a line already tried
        start = head.rfind("\n", 0, hint.start()) + 1
        line_end = head.find("\n", hint.start())
        if line_end < 0:
            line_end = len(head)
        m = _HEADING1.search(head[start:line_end])
        if m is not None:
            return start + m.start()
    return -1


@attrs.frozen(slots=True)
class _Title:
    year: int | None
    agency: _Candidate | None
    text: str
    #: the title names another document: a notice cited in 《…》, a 函 or a 通知 about the
    #: report (…年度报告的函), a task (…年度报告编制工作); its year is a hint, no more
    other: bool
    start: int
    #: the title is an item of a list of other reports (:func:`_link_lists`): its year is
    #: no hint either
    listed: bool = False


#: a sentence's mark on a title's line: the line is a sentence naming a report, no title
_SENTENCE_MARK = lazy_re("[。，；,;]")
#: a line that holds only a date (a list's item printed over two lines: its title, then
#: the date it was published)
_DATE_LINE = lazy_re(
    r"[ \t]*[\[【(（]?[12][0-9]{3}[-/.年][01]?[0-9][-/.月][0-3]?[0-9]日?[\]】)）]?[ \t]*"
)


def _name_of(candidate: _Candidate | None) -> str | None:
    return candidate.name if candidate is not None else None


def _link_lists(head: str, titles: list[_Title], h1: int) -> list[_Title]:
    """``titles`` with the items of a list of other reports marked ``other`` and
    ``listed``: two or more title lines in a row (blank lines or date lines between them
    at most) that name different reports (相关链接, a sidebar of other years' reports, a
    scraped list of the column's pages; two years or two bodies, or a chrome word such as
    相关链接 before them).  The list's last title stays the report's when it is the last
    title before the body and is newer than every report the list names: the report's
    own, printed right after the list.  After the first heading (``h1``) none does.

    >>> head = ("相关链接：\\n某局2016年政府信息公开工作年度报告\\n"
    ...         "某局2015年政府信息公开工作年度报告\\n"
    ...         "某局2017年政府信息公开工作年度报告\\n一、概述\\n")
    >>> [(t.year, t.other) for t in _link_lists(head, _titles(head), head.index("一、"))]
    [(2016, True), (2015, True), (2017, False)]
    """
    lines: list[tuple[int, int, int]] = []  # (index in titles, line start, line end)
    for k, t in enumerate(titles):
        if t.other and not t.listed:
            continue
        s = head.rfind("\n", 0, t.start) + 1
        e = head.find("\n", t.start)
        e = len(head) if e < 0 else e
        if _SENTENCE_MARK.search(head, s, e) is None:
            lines.append((k, s, e))
    runs: list[list[tuple[int, int, int]]] = []
    for item in lines:
        # (a link after 上一篇/相关链接 opens a list of its own: the report's title above
        # it is none of it)
        if (
            runs
            and not titles[item[0]].listed
            and all(
                not line.strip() or _DATE_LINE.fullmatch(line)
                for line in head[runs[-1][-1][2] : item[1]].split("\n")
            )
        ):
            runs[-1].append(item)
        else:
            runs.append([item])
    body = h1 if h1 >= 0 else len(head)
    out = list(titles)
    for run in runs:
        years = {titles[k].year for k, _, _ in run} - {None}
        names = [n for k, _, _ in run if (n := _name_of(titles[k].agency)) is not None]
        # (two bodies: two names neither of which is the other's short form)
        bodies = any(not _in_order(a, b) and not _in_order(b, a) for a in names for b in names)
        chrome = any(titles[k].listed for k, _, _ in run)
        if len(run) < 2 or (len(years) < 2 and not bodies and not chrome):
            # (one title, the same title twice, or a line of the body's name over a line
            # of the year: 首页 > … > 某街道…年度报告 / 2020年…年度报告)
            continue
        # (a title after the list, on a line of its own or in a sentence: 现将2020年度…报告如下)
        later = any(not t.other and run[-1][2] < t.start < body for t in titles)
        # (the report's own title after its list: newer than every report the list names;
        # not the last link of a list before a body with no title)
        last_year = titles[run[-1][0]].year
        newest = last_year is not None and all(
            (year := titles[k].year) is None or year < last_year for k, _, _ in run[:-1]
        )
        keep_last = run[0][1] < body and not later and newest
        for k, _, _ in run[:-1] if keep_last else run:
            out[k] = attrs.evolve(out[k], other=True, listed=True)
    return out


#: what follows a report's name that makes it part of another document's or task's name
#: (…年度报告的函, …年度报告的通知, 部署…年度报告编制工作, the reports a text is compiled
#: from: …年度报告编成本报告, the rules for them: …年度报告制度,
#: a page or column gathering them: …年度报告展示平台, …年报专栏, …年度报告汇总): the report
#: is not this text
_ABOUT_THE_REPORT = lazy_regex(
    r"的\p{Han}|编制|编写|编成|撰写|报送|格式|模板|范文|范本|样本|工作|有关|相关|制度|办法|细则|规定|规程"
    r"|展示|平台|专栏|专题|汇总|汇编|目录|列表|栏目"
)

#: a notice's title wrapped after the report's name (关于做好2017年…年度报告 / 编制和公布
#: 工作的通知): the line that follows ends the notice's title
_NOTICE_WRAPPED = lazy_re(r"[ \t]*\n[ \t\n]{0,8}[^\n。《》]{0,40}的通知[ \t]*(?:\n|$)")


def _inside_quote(text: str, pos: int) -> bool:
    """Whether ``pos`` stands inside a 《…》 document name."""
    lo = max(0, pos - 120)
    return text.rfind("《", lo, pos) > text.rfind("》", lo, pos)


#: the last characters of bodies' names (人民政府, 某局, 某委员会, 某旗…)
_NAME_ENDS = tuple("府局委办厅县市区旗镇乡会处室院部署盟州")


def _split_title_seg(seg: str) -> tuple[int | None, str, str]:
    """A title segment (text before 信息公开…报告) → (year, before-year, after-year)."""
    for m in _TITLE_YEAR.finditer(seg):
        y = _year_value(m.group("y"))
        if y is None:
            continue
        # 2012上海市… : a bare year only at the segment start, followed by a character, or
        # at its end (but for the 政府 of 政府信息公开) right after a body's name
        # (某县人民政府2019政府信息公开工作年度报告)
        if (
            m.group("nian") is None
            and (seg[: m.start()].strip() or m.end() >= len(seg))
            and (seg[m.end() :] not in ("", "政府") or not seg[: m.start()].endswith(_NAME_ENDS))
        ):
            continue
        before = seg[: m.start()]
        # (a match ends with a dash or 至/到 and blanks)
        span = _YEAR_SPAN_END.search(before) if before.rstrip(" \t").endswith(_SPAN_MARKS) else None
        if span:  # 2018—2019年度: two years, the title does not decide one
            return None, before[: span.start()], seg[m.end() :]
        return y, before, seg[m.end() :]
    return None, seg, ""


def _drop_anchor_government(name: str) -> str:
    """Give the 政府 of 政府信息公开 back: 上海市…局政府 → 上海市…局, 兴县人民政府 stays."""
    if name.endswith("政府") and len(name) > 2:
        shorter = name[:-2]
        read = _read_name(shorter) if len(shorter) <= _NAME_CACHED_MAX else _read_name_now(shorter)
        if read[1] is not None:  # (_name_kind(_clean_run(shorter)))
            return shorter
    return name


#: (a township's bare name, 唐村镇, is read only before the year of a title line)
_TITLE_NAME_KINDS = ("placed", "level", "national", "township", "publisher")


def _title_name(run: str) -> _Candidate | None:
    """The name a run of a title before its year gives (云溪市交通运输局关于 → 云溪市交通运输局)."""
    if run.endswith("关于"):  # (the sub of r"关于$": a run has no \n)
        run = run[:-2]
    run = _drop_anchor_government(run)
    return _candidate(run, "title", allow=_TITLE_NAME_KINDS) if run else None


def _name_before_year(before: str) -> tuple[_Candidate | None, int]:
    """The name a title gives before its year, and where the title starts in ``before``.

    The name is the last blank-separated piece's when that names a place's body; the
    title starts at that piece when what stands apart before it is no part of the name (a
    site name: 云溪区人民政府门户网站 云溪区财政局2019年…), else at 0.  When the last piece
    alone names no place's body (a letter-spaced name: 云 溪 区 财 政 局, 云溪区 人民政府),
    the name is the most last pieces that are a name as a whole.

    >>> _name_before_year("云溪区人民政府门户网站 云溪区财政局")
    (_Candidate(name='云溪区财政局', alias=False, rule='title'), 12)
    >>> _name_before_year("中共云溪区委 云溪区人民政府")
    (_Candidate(name='云溪区人民政府', alias=False, rule='title'), 0)
    >>> spaced = ("云溪区 财政局", "云 溪 区 财 政 局", "云溪区 人民政府")
    >>> [_name_before_year(t)[0].name for t in spaced]  # type: ignore[union-attr]
    ['云溪区财政局', '云溪区财政局', '云溪区人民政府']
    >>> _name_before_year("门户网站 财政局")
    (None, 0)
    """
    tokens = before.split()
    if not tokens:
        return None, 0
    last = _title_name(tokens[-1])
    if len(tokens) > 1 and (last is None or _name_kind(last.name) != "placed"):
        for k in range(min(len(tokens), 12), 1, -1):
            run = "".join(tokens[-k:])
            cand = _title_name(run)
            if cand is not None and cand.name == run:
                return cand, 0
    if last is None or len(tokens) == 1:
        return last, 0
    whole = _title_name("".join(tokens))
    if whole is not None and whole.name != last.name:
        return last, 0  # (the tokens before it are part of a longer name)
    return last, len(before.rstrip()) - len(tokens[-1])


#: the verbs of publishing between a name and the year of a report it names (海关总署发布
#: 2012年…报告, a news title), or with no name, in a sentence (年内规范发布2020年度…报告)
_PUBLISH_VERBS = ("发布", "公布", "印发")
#: the words before a year that announce the report they open (现公布2015年度…报告)
_ANNOUNCING = lazy_regex(r"(?:现|特|予以|向社会|特向社会|现予)(?:公布|发布)$")


def _title_agency(before: str, after: str) -> tuple[_Candidate | None, int]:
    """The name a title gives before its year, else after it, and where the title starts
    in ``before`` (see :func:`_name_before_year`; 0 for a name after the year).  A verb of
    publishing between the name and the year is no part of the name.

    >>> _title_agency("云溪海关发布", "政府信息公开")[0].name  # type: ignore[union-attr]
    '云溪海关'
    >>> _title_agency("云溪管委会特向社会公布", "本级")[0].name  # type: ignore[union-attr]
    '云溪管委会'
    """
    cand, start = _name_before_year(before)
    if cand is not None:
        return cand, start
    words = before.rstrip()
    if _mentions_a_report(words):  # (not 特向社会公布: the name follows the year)
        cand, start = _name_before_year(words[:-2])
        if cand is not None:
            return cand, start
    elif words.endswith(("公布", "发布")):
        # (the body announcing its own report: 青禾管委会特向社会公布2016年度…)
        announcing = _ANNOUNCING.search(words)
        if announcing is not None:
            cand, start = _name_before_year(words[: announcing.start()])
            if cand is not None:
                return cand, start
    return _name_after_year(after), 0


def _note_open(head: str, close: int, lo: int = 0) -> int:
    """Where the short note in brackets (up to 16 characters, no mark that ends a title's
    segment) that closes at ``close`` opens, not before ``lo``; -1 when there is none.

    >>> _note_open("云溪海关（本级机关）", 9), _note_open("报告（附表。）", 6)
    (4, -1)
    """
    opened = max(head.rfind("（", lo, close), head.rfind("(", lo, close))
    if opened < 0 or close - opened > 16 or any(c in _SEG_STOP for c in head[opened + 1 : close]):
        return -1
    return opened


def _name_before_note(head: str, close: int, suffix: str = "") -> tuple[_Candidate, int] | None:
    """The name before the bracketed note that closes at ``close`` (海关总署（本级机关）,
    人社部（含国家公务员局）) and where it starts: the words from the line's start to the
    bracket, when they are a name (with ``suffix``, the word after the note that ends the
    name: 青禾区（新城区）政府, when 青禾区政府 is one).

    >>> _name_before_note("云溪海关（本级机关）", 9)
    (_Candidate(name='云溪海关', alias=False, rule='title'), 0)
    >>> _name_before_note("年内（本级）", 5) is None
    True

    A quoted title starts at its 《 (现发布《某某市民族事务委员会（宗教事务局）2024年…》):

    >>> _name_before_note("现发布《青禾市民族事务委员会（宗教事务局）", 21)
    (_Candidate(name='青禾市民族事务委员会', alias=False, rule='title'), 4)
    """
    opened = _note_open(head, close)
    if opened <= 0:
        return None
    # (the words since the last character that ends a title's segment: a line's start, or
    # a mark of the sentence before, …要求,现就某地区行政公署（行署办公室）2012年度…)
    stop = _TO_LAST_SEG_STOP.match(head, max(0, opened - _SEG_MAX), opened)
    line = stop.end() if stop is not None else max(0, opened - _SEG_MAX)
    words = head[line:opened]
    if not words.strip():
        return None
    cand, start = _name_before_year(words + suffix)
    if cand is None:
        return None
    # the name ends the words (before it, only the words of a lead that the name reader
    # leaves out: 现就, 现将…); without the government's word when there is one
    core = cand.name[: -len(suffix)] if suffix and cand.name.endswith(suffix) else cand.name
    if not core or not "".join(words[start:].split()).endswith(core):
        return None
    k, need = len(words), len(core)
    while need > 0:
        k -= 1
        if not words[k].isspace():
            need -= 1
    return cand, line + k


def _start_before_note(head: str, close: int, lo: int) -> int:
    """Where a title segment starts when a bracketed note closing at ``close`` is inside
    its name: after the last _SEG_STOP character before the note (from ``lo``), when words
    stand there; else right after the note (``close + 1``).

    >>> head = "现公布青禾区委(区政府)办公室"
    >>> head[_start_before_note(head, 11, 0):]
    '现公布青禾区委(区政府)办公室'
    >>> _start_before_note("报告(附表)办公室", 5, 0)
    6
    """
    opened = _note_open(head, close, lo)
    if opened <= lo:
        return close + 1
    last_stop = _TO_LAST_SEG_STOP.match(head, lo, opened)
    j = last_stop.end() if last_stop is not None else lo
    words = head[j:opened]
    if not words.strip() or "报告" in words:
        return close + 1
    return j


def _mentions_a_report(before: str) -> bool:
    """True when the words before a title's year, in a sentence, end with a verb of
    publishing that does not announce the text itself: the report is one the sentence
    names (年内，规范发布2020年度…年度报告), not the title of this text.

    >>> [_mentions_a_report(w) for w in ("规范发布", "现公布", "特向社会公布", "云溪区")]
    [True, False, False, False]
    """
    words = before.strip()
    return words.endswith(_PUBLISH_VERBS) and _ANNOUNCING.search(words) is None


def _name_after_year(after: str) -> _Candidate | None:
    """The name a title gives after its year."""
    cand = None
    # the name after the year: its first blank-separated token, and the tokens after it
    # as long as they go on reading as a name (a letter-spaced title: 2019年 云溪区 财政局
    # 政府信息公开…, whose first token, 云溪区, is a name itself)
    tokens = after.split()
    run = ""
    for token in tokens:
        longer = _name_of_run_after_year(run + token)
        if longer is None:
            break
        cand, run = longer, run + token
    return cand


def _name_of_run_after_year(after: str) -> _Candidate | None:
    """The name a title gives after its year, from ``after`` (blanks taken out)."""
    if after.startswith("政府") and len(after) > 2:
        after = after[2:]  # 2008年政府鹿城区人事劳动局信息公开…
    else:
        after = _drop_anchor_government(after)
    if after and after != "政府":
        return _candidate(after, "title", allow=_TITLE_NAME_KINDS)
    return None


#: a bracketed note that gives the short name the text goes on to use (（以下简称发改局）)
_SHORT_NAME_NOTE = lazy_re(r"以下简称|以下称|下称|简称")


#: what may stand between a bracketed note and a title's year (云溪海关（本级机关）2020年…,
#: 青禾区（新城区）政府2020年…): nothing, or a government's word that ends the name
_AFTER_NOTE = ("", "政府", "人民政府")


#: the numerals of a list's item number before 、 (一、某局2016年…)
_CN_LIST_NUMBERS = "一二三四五六七八九十"


def _titles(head: str) -> list[_Title]:
    out: list[_Title] = []
    prev_end = 0
    for m in _ANCHOR_AT_OPEN.finditer(head):
        start = m.start() - 2  # (_ANCHOR's match)
        anchor = head[start : m.end()]
        lo = max(prev_end, start - _SEG_MAX)
        # the segment starts after the last _SEG_STOP character before the anchor, or at lo
        last_stop = _TO_LAST_SEG_STOP.match(head, lo, start)
        i = last_stop.end() if last_stop is not None else lo
        seg = head[i:start]
        if _CHROME_BEFORE_RE.search(head, max(0, i - 26), i) or _CHROME_OPENING_RE.match(seg):
            prev_end = m.end()
            # (上一篇: …2018年…年度报告 names another report; kept as a list's item, so
            # that the titles after 相关链接: are seen as its list, _link_lists)
            year = _split_title_seg(seg)[0]
            if year is None and m.group("y") is not None:
                year = _year_value(m.group("y"))
            out.append(_Title(year, None, "", True, start, listed=True))
            continue
        at_line_start = i == 0 or head[i - 1] == "\n"
        inside = _inside_quote(head, start)
        other = (
            (inside and not head[m.end() : m.end() + 3].lstrip().startswith("》"))
            or _ABOUT_THE_REPORT.match(head, m.end()) is not None
            or _NOTICE_WRAPPED.match(head, m.end()) is not None
        )
        prev_end = m.end()
        cut = _name_head_before_wrap(head, i) if at_line_start and i > 0 else ""
        if cut and _title_agency(*_split_title_seg(cut + seg)[1:])[0] is not None:
            # (…现发布渭南市人 / 力资源和社会保障局2018年…, …现发 / 布渭南市…: text
            # wrapped at the page's width, a PDF's, cut the announcing word or the name;
            # not 本局现将有关情况说明如下 / 青禾市财政局2018年…: joined, no name reads)
            seg = cut + seg
        year, before, after = _split_title_seg(seg)
        # (…及自治州政府各部门、各直属机构2012年…年度报告: many bodies' reports)
        other = other or before.lstrip().startswith("各")
        if year is None and m.group("y") is not None:  # …信息公开2009年度报告
            year = _year_value(m.group("y"))
        if year is None:  # …政府信息公开工作年度报告(2019年度)
            trailing = _YEAR_AFTER.match(head, m.end())
            if trailing:
                year = _year_value(trailing.group("y"))
        # 首页 > 信息公开 > 某某局信息公开年报: the column a page sits in names the body, but is
        # no title of the report
        crumb = year is None and _in_breadcrumb(head, i)
        # (云溪区、青禾区2015年…年度报告: the last of the bodies named together, no one of
        # which is the report's alone; not after a list's number, 1、某局2016年…)
        joint = (
            i > 1
            and head[i - 1] == "、"
            and bool(before.strip())
            and not head[i - 2].isdigit()
            and head[i - 2] not in _CN_LIST_NUMBERS
        )
        agency, title_start = (None, 0) if other or joint else _title_agency(before, after)
        if joint and not other:
            while i > lo and (head[i - 1] == "、" or head[i - 1] not in _SEG_STOP):
                i -= 1  # (the title runs back over the names before it)
            seg = head[i:start]
        suffix = before.strip()
        if (
            agency is None
            and not other
            and suffix in _AFTER_NOTE
            and i > 0
            and head[i - 1] in ")）"
        ):
            # a name with a bracketed note before the year: 云溪海关（本级机关）2020年…, or
            # a district's two names before its 政府: 青禾区（新城区）政府2020年…
            named = _name_before_note(head, i - 1, suffix)
            if named is not None:
                # (the name keeps its note and the government's word as the text gives
                # them, unless the name reader left the word out: 云溪区政府 is 云溪区)
                kept = bool(suffix) and named[0].name.endswith(suffix)
                name_end = i + (seg.find(suffix) + len(suffix) if kept else 0)
                opened, after_note = _note_open(head, i - 1), i
                agency, i = named
                if suffix:
                    name = "".join(head[i:name_end].split())
                    agency = _Candidate(name, agency.alias, agency.rule)
                seg = head[i:start]
                if _SHORT_NAME_NOTE.match(head, opened + 1):
                    # (现将某局（以下简称发改局）2024年度…报告如下: the note is the
                    # sentence's, no part of the title)
                    seg = head[i:opened] + head[after_note:start]
                title_start = 0
        elif agency is None and not other and before.strip() and i > 0 and head[i - 1] in ")）":
            # a bracketed note inside the name: 青禾区委（区政府）办公室2017年…: the title runs
            # back over it (no name kind the readers know: the agency stays None)
            i = _start_before_note(head, i - 1, lo)
            seg = head[i:start]
        if (
            agency is None
            and not at_line_start
            and (
                _mentions_a_report(before)
                or before.endswith(_LIST_JOINS)
                or (not before.strip() and head[i - 1] == "、")
            )
        ):
            # (a report a sentence names: its year is a hint, no more; 公开了…收费等信息及
            # 2019年度信息公开工作报告: a report published; 完成2018、2019、2020三年的政务
            # 公开年报收集: the last of a list of years, the reports of those years)
            other = True
        text = seg[title_start:] + anchor
        if (year is None or agency is None) and i > 0 and at_line_start and not other:
            # a title over two lines: 宿州市人民政府2016年 / 政府信息公开…, 常熟市人社局 / 2017年…
            # (not at the head's start: no line before it; not a date line, 2020年3月31日,
            # nor a line that is a title itself)
            j = i - 1
            while j > 0 and head[j - 1] in " \t\n":
                j -= 1
            k = head.rfind("\n", 0, j) + 1
            prev_line = head[k:j].strip()
            if (
                0 < len(prev_line) <= 40
                and not any(c in _SEG_STOP for c in prev_line)
                and not ("月" in prev_line and _DATE_ONLY.match(prev_line))
                and "报告" not in prev_line  # (a title of its own: another report's, a link)
            ):
                joined = prev_line + seg.strip()
                y2, b2, a2 = _split_title_seg(joined)
                ag2 = _title_agency(b2, a2)[0]
                # (a line of a span of two years, 2022—2023学年度…, joined decides no year,
                # but the name line before it names the body: the span is judged later)
                spanned = y2 is None and year is not None and b2 != joined
                if (spanned or (y2 is not None and year in (None, y2))) and (agency or ag2):
                    year, agency = year if spanned else y2, agency or ag2
                    text = prev_line + seg.strip() + anchor
        if year is None and agency is None:
            continue
        text = "" if crumb else _tidy_title(text)
        out.append(_Title(year, agency, text, other, start))
    return out


#: a word that announces a report before its name (现发布, 特向社会公布, …)
_ANNOUNCING_WORD = lazy_regex(r"(?:" + _ANNOUNCE_WORDS + r"|公布|发布)")


def _name_head_before_wrap(head: str, i: int) -> str:
    """What the line break before ``head[i]`` cut off the segment that starts there, when
    text wrapped at a page's width (a PDF's) cut a sentence that announces the report: the
    line before ends, after its last segment stop, with an announcing word cut in two or
    with the word and the start of the name or year after it ('' when it does not).

    >>> _name_head_before_wrap("根据《条例》,现发布渭南市人\\n力资源和社会保障局2018年", 15)
    '现发布渭南市人'
    >>> _name_head_before_wrap("根据《条例》,现将2020年\\n度市人力资源社会保障局", 15)
    '现将2020年'
    >>> _name_head_before_wrap("根据《条例》,现发\\n布渭南市人力资源和社会保障局", 10)
    '现发'
    >>> _name_head_before_wrap("现发布\\n渭南市人力资源和社会保障局", 4)
    ''
    >>> _name_head_before_wrap("特向社会公\\n布云溪县自然资源和规\\n划局2019年度", 17)
    '特向社会公布云溪县自然资源和规'
    """
    cut = ""
    j = i  # the start of the line whose line before is read
    for _ in range(_WRAPPED_LINES_MAX):
        if j < 1 or head[j - 1] != "\n":
            return ""
        line_start = head.rfind("\n", 0, j - 1) + 1
        end = j - 1
        stop = _TO_LAST_SEG_STOP.match(head, line_start, end)
        part = head[stop.end() if stop is not None else line_start : end]
        if not part or any(ch.isspace() for ch in part):
            return ""  # (a blank: words set apart, no sentence cut by the line's end)
        cut = part + cut
        word = None
        for m in _ANNOUNCING_WORD.finditer(cut + head[i : i + 8]):
            if m.start() < len(cut):
                word = m
        if word is not None:
            # ('' when the line ends with the word: what follows it starts whole)
            return "" if word.end() == len(cut) else cut[word.start() :]
        if stop is not None:  # (the sentence starts on this line, with no such word)
            return ""
        j = line_start
    return ""


#: how many lines a name cut by text wrapped at a narrow width may run over
_WRAPPED_LINES_MAX = 3


def _in_breadcrumb(head: str, i: int) -> bool:
    """Whether position ``i`` of ``head`` follows two breadcrumb marks (>) on its line: a
    page's trail of columns (您当前所在位置:首页 > 信息公开 > 某某局信息公开年报).

    >>> _in_breadcrumb("位置:首页 > 信息公开 > 某局年报", 14), _in_breadcrumb("某局2019年报", 0)
    (True, False)
    """
    start = head.rfind("\n", 0, i) + 1
    return head.count(">", start, i) >= 2


#: the words that join a title into a list of things in a sentence (…预决算信息及2019年度
#: 信息公开工作报告): a report the text names, not its own title
_LIST_JOINS = ("及", "和", "与", "以及", "或")


_TITLE_LEAD = lazy_regex(
    r"^(?:.*?(?:标题|中文名|名称|关于印发|印发|编制了|上传))?\s*(?:关于)?\s*"
    r"(?:并?(?:"
    + _ANNOUNCE_WORDS
    + r"|特此编制|特编制|现编制|编写|形成|编制(?!委员会|办|和|及|与)"
    + r"|公布|发布|"
    + _INFOGRAPHIC_WORDS
    + r")){0,2}"
)
#: the sentence that gives the compiler before a report's name (由某局编制的2017年度…):
#: its words are no part of the title; the name is
_COMPILED_LEAD = lazy_regex(r"^由(?P<name>[^，。；,;\n]{2,40}?)编制的")


_INNER_SPACE = lazy_regex(r"(?<=[^\x00-\x7f]|\d)\s+(?=[^\x00-\x7f])|(?<=[^\x00-\x7f])\s+(?=\d)")


#: what a non-empty match of _TITLE_LEAD holds (one of the words) or starts with (关于 or
#: a 公布 phrase, two joined by 并 too: 特编制并向社会公布; or 编写, 形成, a bare 编制: 编制某局
#: 2024年…报告, or a bare 发布/公布: 发布某街道2022年…报告; a stripped text starts with no
#: blank, and regex's \s are all str's)
_TITLE_LEAD_WORDS = ("标题", "中文名", "名称", "印发", "编制了", "上传")
_TITLE_LEAD_FIRSTS = "关现特向并编形公发一图"


#: a preamble's verb between the body's name and the report's year (青山镇政府编制2020年…,
#: …人民政府特此编制2024年度…; the lead 由…编制的 is _COMPILED_LEAD's): the body compiles the
#: report, the verb is no part of its title
_TITLE_VERB = lazy_regex(
    r"(?:特此编制|特编制|编制的|编制)(?=\s{0,2}(?:\d|[〇零一二][〇零一二三四五六七八九]))"
)


def _tidy_title(text: str) -> str:
    """A title without the words of the sentence that leads to it, nor the verb of
    compiling between the body's name and the year, nor blanks between Han characters.

    >>> _tidy_title("由青禾区财政局编制的2017年度政府信息公开年度报告")
    '青禾区财政局2017年度政府信息公开年度报告'
    >>> _tidy_title("特编制青禾产业园2018年度政府信息公开工作年度报告")
    '青禾产业园2018年度政府信息公开工作年度报告'
    >>> _tidy_title("特编制并向社会公布青禾区统计局2016年度政府信息公开年度报告")
    '青禾区统计局2016年度政府信息公开年度报告'
    >>> _tidy_title("编写青禾县2017年度政府信息公开工作年度报告")
    '青禾县2017年度政府信息公开工作年度报告'
    >>> _tidy_title("青山镇人民政府特此编制2024年度政府信息公开工作年度报告")
    '青山镇人民政府2024年度政府信息公开工作年度报告'
    >>> _tidy_title("青禾县机构编制委员会办公室2020年政府信息公开工作年度报告")
    '青禾县机构编制委员会办公室2020年政府信息公开工作年度报告'
    >>> _tidy_title("- 2010年政府信息公开年度报告"), _tidy_title("•青禾县2010年政府信息公开年报")
    ('2010年政府信息公开年度报告', '青禾县2010年政府信息公开年报')
    >>> _tidy_title("梳理编制青禾海关2023年政府信息公开工作年度报告")
    '青禾海关2023年政府信息公开工作年度报告'
    >>> _tidy_title("将保税区2021年度政府信息公开年度报告")
    '保税区2021年度政府信息公开年度报告'
    >>> _tidy_title("将乐县2021年度政府信息公开年度报告")
    '将乐县2021年度政府信息公开年度报告'
    >>> _tidy_title("编制青禾区卫生健康局2024年政府信息公开工作年度报告")
    '青禾区卫生健康局2024年政府信息公开工作年度报告'
    >>> _tidy_title("编制并发布青禾市农业农村局政府信息公开工作2022年度报告")
    '青禾市农业农村局政府信息公开工作2022年度报告'
    >>> _tidy_title("发布青禾区南湖街道2022年政府信息公开工作年度报告")
    '青禾区南湖街道2022年政府信息公开工作年度报告'
    >>> _tidy_title("形成2016年度政府信息公开工作年度报告")
    '2016年度政府信息公开工作年度报告'
    >>> _tidy_title("一图读懂青禾市生态环境局2022年政府信息公开工作年度报告")
    '青禾市生态环境局2022年政府信息公开工作年度报告'
    """
    text = text.strip()
    if text[:1] in _BULLETS:  # (a list item's mark on a page: - 2010年…报告)
        text = text.lstrip(_BULLETS + " \t\u3000")
    if text.startswith("由"):
        text = _COMPILED_LEAD.sub(r"\g<name>", text, count=1)
    if text[2:4] == "编制":  # else _COMPILE_VERB_LEAD cannot match
        text = _COMPILE_VERB_LEAD.sub("", text, count=1)
    if text[:1] in _LEAD_OR_NAME:  # (将保税区2021年度…: 将 leads to the name, 将乐县 opens it)
        run = _RUN_BEFORE_YEAR.match(text)
        if run is not None and not _starts_the_name(run.group()):
            text = text[1:]
    if text[:1] in _TITLE_LEAD_FIRSTS or any(w in text for w in _TITLE_LEAD_WORDS):
        text = _TITLE_LEAD.sub("", text, count=1)  # (else it removes nothing)
    if "编制" in text:
        text = _TITLE_VERB.sub("", text)
    parts = text.split()
    if not text or (len(parts) == 1 and len(parts[0]) == len(text)):
        return text  # (no blank at all: str's blanks are all regex's \s, and \x1c-\x1f)
    return str(_INNER_SPACE.sub("", text))


#: the marks of a list item before a title line
_BULLETS = "-•*·●■◆▪►"


# ---------------------------------------------------------------------------------------
# Other places where a report names itself

_COMPILED_BY = lazy_re(
    r"由(?P<run>[^,.;:!?。、《》“”\"()\n]{2,40}?)"
    # (the note that gives the short name: 由某某管理委员会(以下简称某管委会)编制)
    rf"(?:\((?:{_SHORT_NAME_NOTE.pattern})[^()\n]{{1,20}}\))?"
    r"(?:根据|依据|按照|结合|负责|牵头|综合|汇总|在|编制|编写|组织)"
)
_REGULATION_PLACE = lazy_regex(
    r"《\s{0,2}(?P<place>\p{Han}{1,10}?(?:省|市|自治区))(?:人民)?政府信息公开(?:规定|办法|实施办法)》"
)
#: the office that compiles a body's report (由某某局办公室编制): the body is the reporter
_OFFICE = lazy_regex(r"(?<=政府|管委会|委员会|委|局|厅|署)(?:办公室|办公厅)$")
_BARE_GOVERNMENT = lazy_regex(r"[省市区县](?:人民)?政府(?:办公厅|办公室)?")
#: 请与X联系, also with X's address in brackets before 联系 (请与X(地址:…)联系), and 请联系X
#: followed by its address in brackets (请联系X(地址:…)) or, after a colon, by a comma
#: (请联系:X,地址:…)
_CONTACT = lazy_regex(
    r"(?:请与|请联系|或直接与|直接与|可与)(?P<run>[^,.;:!?。、《》“”\"()\n]{2,40}?)"
    r"(?:\([^()\n]{0,120}\))?联系"
    r"|请联系(?P<run>[^,.;:!?。、《》“”\"()\n]{2,40}?)\("
    r"|请联系[:：][ \t]{0,2}(?P<run>[^,.;:!?。、《》“”\"()\n]{2,40}?)[,，]"
)
_VERBS = (
    r"通过|按照|认真|坚持|共|积极|围绕|高度|紧紧|全面|严格|进一步|不断|始终|深入|扎实|切实|持续|着力"
    r"|大力|继续|把|将|在|以|结合|立足|紧扣|聚焦|进行|开展|不折不扣|依据|根据"
)
#: ``\p{Han}`` spelt out for stdlib ``re`` (from the ``regex`` module's Unicode tables):
#: the two sentence scans below run over 30,000 characters of every report, and ``re``
#: runs them about 3x faster than ``regex``
_HAN = (
    "\u2e80-\u2e99\u2e9b-\u2ef3\u2f00-\u2fd5\u3005\u3007\u3021-\u3029\u3038-\u303b"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufa6d\ufa70-\ufad9\U00016fe2-\U00016fe3"
    "\U00016ff0-\U00016ff6\U00020000-\U0002a6df\U0002a700-\U0002b81e\U0002b820-\U0002cead"
    "\U0002ceb0-\U0002ebe0\U0002ebf0-\U0002ee5d\U0002f800-\U0002fa1d\U00030000-\U0003134a"
    "\U00031350-\U00033479"
)
_VERB_FIRST = "".join(sorted({v[0] for v in _VERBS.split("|")}))
#: the words for the year reported on that may stand where its number does before a
#: subject (过去一年,某区人民政府坚持…; 一年来,某局…)
_PAST_YEAR = "过去一年|一年来|今年以来"
#: the year (or 一年来…) before a subject, with the circumstance that may follow it
#: (2019年,在市政府办公室的精心指导下,某市扶贫办认真…: the subject after 在…下)
_YEAR_LEAD = (
    rf"(?P<yp>(?:(?:{_YEAR}){_SP}年度?(?:以来)?|{_PAST_YEAR}),?{_SP}"
    rf"(?:在[^,，.。;；:\n]{{1,40}}?下[,，]{_SP})?)?"
)
_SUBJECT = lazy_re(
    rf"(?:^|(?<=[\s,.;:!?。、\"“”])){_YEAR_LEAD}"
    rf"(?P<run>[{_HAN}]{{2,30}}?)(?=[{_VERB_FIRST}])(?P<verb>{_VERBS})"
)
#: _SUBJECT where the body reader keeps a match: with a year before the subject, or at a
#: line start.  A match of _SUBJECT without a year is all Han characters, so no match can
#: start inside it: the body's kept matches are the same, and the other delimiters (every
#: comma) fail at once instead of trying 30 run lengths against 29 verbs
_SUBJECT_BODY = lazy_re(
    rf"(?:^|(?<=[\s,.;:!?。、\"“”])){_YEAR_LEAD}(?(yp)|(?:^|(?<=\n)))"
    rf"(?P<run>[{_HAN}]{{2,30}}?)(?=[{_VERB_FIRST}])(?P<verb>{_VERBS})"
)
#: _SUBJECT with the delimiter before it taken in (a match starts one character early):
#: the pattern starts with a class, so that ``re`` skips to the next delimiter fast
_SUBJECT_AFTER = lazy_re(
    rf"[\s,.;:!?。、\"“”]{_YEAR_LEAD}"
    rf"(?P<run>[{_HAN}]{{2,30}}?)(?=[{_VERB_FIRST}])(?P<verb>{_VERBS})"
)
#: _SUBJECT at a line start, the line break taken in
_SUBJECT_LINE = lazy_re(
    rf"\n{_YEAR_LEAD}"
    rf"(?P<run>[{_HAN}]{{2,30}}?)(?=[{_VERB_FIRST}])(?P<verb>{_VERBS})"
)
#: a 年 where _SUBJECT_BODY can match before it, after a delimiter: a delimiter, a year's
#: four characters (_YEAR's, or more), up to three blanks (_SP) and 年 (the search is
#: for 年, looking behind it)
_YB = rf"[\s,.;:!?。、\"“”][\d{_CN_Y}]{{4}}"
_YEAR_AFTER_DELIMITER = lazy_re(
    rf"年(?:(?<={_YB}年)|(?<={_YB}[ \t]年)|(?<={_YB}[ \t]{{2}}年)|(?<={_YB}[ \t]{{3}}年))"
)
#: what _DISCLOSED ends with; a match starts at most this far before it (a year part of
#: up to 13 characters and a run of up to 30)
_DISCLOSED_VERB = lazy_re("共(?:上传|主动公开|发布|公开|受理|收到)")
_DISCLOSED_REACH = 48
_DISCLOSED = lazy_re(
    rf"(?:^|(?<=[\s,.;:!?。、\"“”]))(?:(?:{_YEAR}){_SP}年度?,?{_SP})?"
    rf"(?P<run>[{_HAN}]{{2,30}}?)共(?:上传|主动公开|发布|公开|受理|收到)"
)
_PRIMARY = lazy_regex(r"人民政府|管委会|管理委员会|局|厅|委员会")
#: a body's own office named after it in a contact line (…乡党政办, …街道办事处办公室,
#: …局综合办公室, …街道办事处信息公开办公室; not 街道办, a body itself)
_OFFICE_TAIL = lazy_regex(r"(?:党政综合|党政|综合|行政|信息公开)?(?:(?<!政府)办公室|(?<!街道)办)$")
#: the ends of a town's or a street's name, which a contact line may give without a place
_LOCAL_ENDS = ("街道办事处", "街道办", "街道", "人民政府", "镇政府", "乡政府")
#: a body under a government named after it, right after the government's name (某某区人民
#: 政府西门街道办事处, …青山镇人民政府): the body is the one meant, not the government
_UNDER_GOVERNMENT = lazy_regex(
    r"\p{Han}{1,10}?(?:街道办事处|街道办|镇人民政府|乡人民政府|镇政府|乡政府)"
)
_LOOKS_LIKE_REPORT = lazy_regex(r"政府信息|信息公开|政务公开|年度报告")


def _looks_like_report(text: str) -> bool:
    """``_LOOKS_LIKE_REPORT.search(text)``, tried only on a text holding 信息, 政务公开 or
    年度报告 (one of them is in every match)."""
    return ("信息" in text or "政务公开" in text or "年度报告" in text) and (
        _LOOKS_LIKE_REPORT.search(text) is not None
    )


#: the problems of a report whose agency or year the text does not decide (dropped for a
#: text that is not a report at all: report.not_a_report says so instead)
UNDECIDED = frozenset(
    (
        "identity.agency_missing",
        "identity.year_missing",
        "identity.year_span",
        "identity.other_publisher",
    )
)

#: the rules a publisher that is no administrative body discloses under, cited as the
#: report's basis (根据《高等学校信息公开办法》…, 《医疗卫生服务单位信息公开管理办法》,
#: 《供电企业信息公开实施办法》, 公共企事业单位信息公开规定)
_OTHER_RULES = lazy_re(
    r"《[^《》\n]{0,12}(?:高等学校|学校|医疗卫生|医院|企事业单位|企业)[^《》\n]{0,12}"
    r"(?:信息公开|公开)[^《》\n]{0,12}》"
)
#: where a report states the rules it was compiled under
_RULES_HEAD = 600


def _other_publisher(agency: str | None, text: str) -> Problem | None:
    """``identity.other_publisher`` when the report's publisher is no administrative body:
    its name ends as a school's, a hospital's or a company's does (_PUBLISHER_ENDS), or,
    with no name read, the text's opening cites the rules such publishers disclose under.

    >>> _other_publisher("青禾大学", "").code
    'identity.other_publisher'
    >>> _other_publisher(None, "根据《高等学校信息公开办法》，现将本校…报告如下") is not None
    True
    >>> _other_publisher("某市教育局", "根据《高等学校信息公开办法》") is None
    True
    """
    if agency is not None and agency.endswith(_PUBLISHER_ENDS):
        who = f"发布报告的{agency}"
    elif agency is None and (m := _OTHER_RULES.search(text, 0, _RULES_HEAD)) is not None:
        who = f"报告依据{m.group()}编制,发布者"
    else:
        return None
    return Problem(
        code="identity.other_publisher",
        severity=Severity.WARNING,
        message=(
            f"{who}不是行政机关(学校、医院或企业等),按其自身的信息公开规定发布报告:"
            "报告的结构、统计表和口径未必与政府信息公开工作年度报告相同"
        ),
    )


_BRACKETED_NOTE = lazy_regex(r"[（(][^（()）\n]{1,16}[)）]")


def _self_title(title: str) -> bool:
    """Whether a title speaks of the report's body as 我/本 (or starts with 对); a
    bracketed note after a name (海关总署（本级机关）) does not.

    >>> [_self_title(t) for t in ("本局2020年报告", "云溪海关（本级机关）2020年报告")]
    [True, False]
    """
    if "（" in title or "(" in title:
        title = _BRACKETED_NOTE.sub("", title)
    return "我" in title or "本" in title or title.startswith("对")


_WEAK_RULES = {
    "subject": "正文中以其为主语的句子",
    "disclosed": "正文中的公开数量句",
    "contact": "联系方式一句",
    "regulation": "编制说明(由市政府办公厅综合编制)和所引本地政府信息公开规定的地名",
}
_STRONG_RULES = frozenset(("title", "compiled_by"))
# a clipped name with its level and no place: 市人社局, 省人社厅 (after no other Han character)
_SHORT_NAME = lazy_regex(r"(?:(?<![\p{Han}])|(?<=[和及与在]))[省市县区](?:人社|人保|劳保)[局厅]")
#: (本部门, 非本部门掌握: a department in general, no name of the body; nor the 本 that
#: ends a word: 资本市场, 基本单位, 成本中心)
_SELF = lazy_re(
    r"[我本](?<![资基成根样文版课书账剧副范蓝标脚读]本)(?=[局厅委办区市县省部署院单中])"
    r"(?:局|厅|委|办|区|市|县|省|部(?!门)|署|院|单位|中心)"
)


def _self_alias(body: str) -> str | None:
    """The self-reference the body uses most (我局, 本单位), the first to occur among
    equals: ``Counter(_SELF.findall(body)).most_common(1)``'s word, without the Counter
    (at most 26 distinct words, each counted in the list of matches).

    >>> _self_alias("本局决定。我局受理,我局答复,本局公开"), _self_alias("我们") is None
    ('本局', True)
    """
    words = _SELF.findall(body)
    return max(dict.fromkeys(words), key=words.count, default=None)


def _fits(name: str, self_ref: str) -> bool:
    """False when ``name`` is not of the kind of body ``self_ref`` (我局, 本厅, 我委) says
    the report's is; True for any other self-reference.

    >>> _fits("青禾市人民政府", "我局"), _fits("青禾市财政局", "我局")
    (False, True)
    >>> _fits("某市卫生健康委员会", "我委"), _fits("部分企业和园区", "我局")
    (True, False)
    >>> _fits("青禾市人民政府", "我办"), _fits("青禾市人民政府办公室", "本办")
    (False, True)
    >>> _fits("青禾高新区管委会", "我委")
    True
    """
    kind = self_ref[-1]
    if kind in "局厅":
        return name.endswith(kind)
    if kind == "委":
        return name.endswith(("委", "委员会", "管委会"))
    if kind == "办":  # (an office: 办公室, 办公厅, 政府办)
        return name.endswith(("办", "办公室", "办公厅"))
    return True


def _signature(text: str, *, last: bool) -> _Candidate | None:
    """A placed name followed by a date (某某局 / 2016年3月5日) among the first (with
    ``last``, the last) 40 blank-separated tokens of ``text``."""
    if "月" not in text:  # (the date holds it: the text is not split)
        return None
    tokens = text.split()
    tokens = tokens[-40:] if last else tokens[:40]
    for k in range(len(tokens) - 1):
        token = tokens[k + 1]
        if "月" in token and _DATE_ONLY.match(token):
            cand = _candidate(tokens[k], "signature", allow=("placed",))
            if cand is not None:
                return cand
    return None


def _compiled_by(head: str) -> _Candidate | None:
    for m in _COMPILED_BY.finditer(head):
        sentence = head[max(0, m.start() - 150) : m.start()]
        sentence = sentence[sentence.rfind("。") + 1 :]
        if "报告" not in sentence and "年报" not in sentence:
            continue  # 由…编制 said of some other document
        run = "".join(m.group("run").split())
        run = _SUB_UNIT.sub("", run)
        run = _OFFICE.sub("", run)
        if run in ("人民政府", "政府"):
            continue
        if _BARE_GOVERNMENT.fullmatch(run):
            # 由市政府办公厅综合…编制: a city-wide report; the city is the one whose own
            # regulations the preamble cites (《上海市政府信息公开规定》)
            reg = _REGULATION_PLACE.search(head)
            if reg and reg.group("place").endswith(run[0]):
                return _Candidate(reg.group("place"), False, "regulation")
            continue
        cand = _candidate(run, "compiled_by", allow=("placed", "level", "national", "publisher"))
        if cand is not None:
            return cand
    return None


def _contact(head: str, *, own_office: bool = False) -> _Candidate | None:
    """The body a contact line names (请与X联系); with ``own_office`` (the report calls itself
    我办), a government's office there is the body, not the government it serves.

    >>> head = "请与青禾县人民政府办公室联系(电话:0591-1234567)。"
    >>> _contact(head).name, _contact(head, own_office=True).name  # type: ignore[union-attr]
    ('青禾县人民政府', '青禾县人民政府办公室')
    """
    if "联" not in head:  # (every match ends with 联系; one character is found faster)
        return None
    for m in _CONTACT.finditer(head):
        run = "".join(m.group("run").split())
        run = _SUB_UNIT.sub("", run)
        office = _OFFICE_TAIL.search(run)
        if office is not None and _read_name(run[: office.start()])[1] is not None:
            run = run[: office.start()]  # (大演乡党政办: the office of 大演乡 answers for it)
        cut = _PRIMARY.search(run)
        if cut:
            under = _UNDER_GOVERNMENT.match(run, cut.end())
            end = (under or cut).end()
            if own_office and under is None and run.startswith(("办公室", "办公厅"), end):
                end += 3
            run = run[:end]
        cand = _candidate(run, "contact", allow=("placed", "level", "national", "township"))
        if cand is not None and (
            cand.name.endswith(_LOCAL_ENDS) or _read_name(cand.name)[1] != "national"
        ):
            # (a name without a place: a town's or a street's own name, 汉昌街道办事处, not
            # an office of any kind, 某大学党政办公室)
            return cand
    return None


def _disclosed(text: str) -> Iterable[re.Match[str]]:
    """``_DISCLOSED.finditer(text)``, run only in windows around the 共… verbs it ends with.

    Every match lies in the window of its verb and no match crosses a gap between merged
    windows, so scanning the windows alone gives the same matches.
    """
    windows: list[list[int]] = []
    for v in _DISCLOSED_VERB.finditer(text):
        lo, hi = max(0, v.start() - _DISCLOSED_REACH), v.end()
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    for lo, hi in windows:
        yield from _DISCLOSED.finditer(text, lo, hi)


def _subject_runs(text: str) -> Iterator[str]:
    """The runs of ``_SUBJECT.finditer(text)``: a match at the start, then the matches
    after a delimiter (found with it, by _SUBJECT_AFTER: no match can start inside another
    one or right after one, since a match ends with a Han verb, not a delimiter); not one
    right after 地址: (地址:温州市瓯海区将军桥…: a place in an address, its 将 no verb),
    nor one right after 、 (由某区政府、某区政府共同编制: the last of the bodies named
    together, no one of which is the report's alone)."""
    first = _SUBJECT.match(text)
    pos = 0
    if first is not None:
        yield first.group("run")
        pos = first.end()
    for m in _SUBJECT_AFTER.finditer(text, pos):
        if text[m.start()] == "、" or (
            text[m.start()] == ":" and text.startswith("地址", m.start() - 2)
        ):
            continue
        yield m.group("run")


def _subject_body_runs(text: str) -> Iterator[str]:
    """The runs of ``_SUBJECT_BODY.finditer(text)``, its match tried only where one can
    start: at a line start (_SUBJECT_LINE finds those in one scan; none holds a line break)
    and at a year before a 年 after a delimiter.  The matches are taken left to right,
    none starting inside the last one, as finditer does."""
    found: list[tuple[int, int, str]] = []  # (start, end, run)
    first = _SUBJECT_BODY.match(text)
    if first is not None:
        found.append((0, first.end(), first.group("run")))
    for m in _SUBJECT_LINE.finditer(text):
        found.append((m.start() + 1, m.end(), m.group("run")))
    for y in _YEAR_AFTER_DELIMITER.finditer(text):
        p = y.start()
        while text[p - 1] in " \t":  # the blanks (a year's character comes before them)
            p -= 1
        p -= 4  # the year's four characters
        if text[p - 1] == "\n":
            continue  # a line start: _SUBJECT_LINE's
        at = _SUBJECT_BODY.match(text, p)
        if at is not None:
            found.append((p, at.end(), at.group("run")))
    found.sort()
    last_end = 0
    for start, end, run in found:
        if start >= last_end:
            last_end = end
            yield run


def _subjects(text: str, *, preamble: bool) -> Iterable[_Candidate]:
    allow = ("placed", "level")
    # in the body only a paragraph-initial subject or one after 2019年, counts
    for run in _subject_runs(text) if preamble else _subject_body_runs(text):
        cand = _candidate(run, "subject", allow=allow)
        if cand is not None:
            yield cand
    if not preamble:
        for m in _disclosed(text):
            cand = _candidate(m.group("run"), "disclosed", allow=("placed", "level"))
            if cand is not None:
                yield cand


# ---------------------------------------------------------------------------------------
# Years outside titles

#: a year that is not the year of a date (2020年1月印发的通知) nor of a plan (2020年,我局将…)
_NOT_A_DATE = r"(?![ \t]{0,2}+[0-9０-９一二三四五六七八九十]{1,2}[ \t]{0,2}+月)"
#: what follows the 年 of a year that is not the one reported on: the plan for it
#: (2020年,我局将…) or the applications carried over from it (其中2018年度结转申请2件)
_OTHER_YEAR_TAIL = r"度?(?:结转|[,，]?[^。，,\n]{0,8}?(?:将|计划|拟|力争|争取))"
_NOT_A_PLAN = rf"(?!{_OTHER_YEAR_TAIL})"
_OTHER_YEAR = lazy_re(_OTHER_YEAR_TAIL)
_REPORT_AS_FOLLOWS = lazy_regex(
    rf"(?P<y>{_YEAR}){_SP}年度?{_NOT_A_DATE}[^。\n!?;]{{0,40}}?"
    r"(?:报告|汇报|函告|总结|公布|通报)如下"
)
_PARA_YEAR = lazy_regex(
    rf"(?:^|(?<=\n)|(?<=[。] ))[ \t]*(?P<y>{_YEAR}){_SP}年度?(?:以来)?"
    rf"(?=[,\p{{Han}}])(?!以前|之前|底|末|初){_NOT_A_DATE}{_NOT_A_PLAN}"
)
_STAT_YEAR = lazy_regex(rf"(?P<y>{_YEAR}){_SP}年度?,?(?:全年)?共(?:主动公开|受理|收到|发布|办理)")
_QUOTED = lazy_regex(r"《[^《》\n]{0,200}》|〔[^〔〕\n]{0,12}〕|\[[^\[\]\n]{0,12}\]")
# a year the prose mentions: 2015年 (not 2015年3月, a date) or the start of a range of years
# (2015-2016年); a numeric date (2016-03-05, a publication time) is no mention of a year
_ANY_YEAR = lazy_regex(
    rf"(?P<y>{_YEAR})(?:{_SP}年(?!{_SP}{_NUM}{_SP}月)(?!以来|以前|之前|起|开始)"
    rf"|{_SP}[—\-~～至到]{_SP}(?={_YEAR}))"
)


#: a report over a span of two years, not one calendar year: a school year
#: (2021-2022学年, 2021—2022学年度, 2021至2022学年) or a span of years (2021—2022年度)
#: that a title or the preamble gives its report (…学年信息公开年度报告, 现将我校2021—2022
#: 年度信息公开工作报告如下: the report words in the same sentence)
_YEAR_SPAN = lazy_regex(
    rf"(?P<y1>{_YEAR}){_SP}年?{_SP}(?:[-—–－~～至到]{{1,2}}){_SP}(?P<y2>{_YEAR}){_SP}"
    r"(?:学年|年)度?[^\n。；;]{0,30}?(?:信息公开|政务公开)[^\n。；;]{0,20}?(?:报告|年报)"
)


#: a 统计期限 over two years holds at least this many days of each to be of both (a year
#: counted from 21 December, 2021年12月21日至2022年12月20日, is the later year's)
_SPAN_DAYS = 60


def _year_span(pre: str, period: Period | None) -> tuple[int, int] | None:
    """The two years of a report over a school year or another span of two years: a
    span its title or preamble names (2021-2022学年, not in a 《》 document
    name), or a 统计期限 from one year into the next that does not start on
    1 January and holds two months or more of each year (2021年9月1日至2022年8月31日);
    ``None`` for a report of one year (a period 2020年1月1日至2021年12月31日 is a slip:
    identity.period_mismatch; 2021年12月21日至2022年12月20日 is of 2022).

    >>> _year_span("某大学2021-2022学年信息公开年度报告", None)
    (2021, 2022)
    >>> _year_span("现将我校2021—2022年度信息公开工作报告如下", None)
    (2021, 2022)
    >>> _year_span("2021年政府信息公开工作年度报告", None)
    >>> _year_span("2019-2020年度全国文明单位", None)
    >>> _year_span("下发《某区2019-2020学年校历和教学计划》", None) is None  # a document cited
    True
    >>> _year_span("", Period(start=date(2021, 9, 1), end=date(2022, 8, 31)))
    (2021, 2022)
    >>> _year_span("", Period(start=date(2020, 1, 1), end=date(2021, 12, 31))) is None
    True
    >>> _year_span("", Period(start=date(2021, 12, 21), end=date(2022, 12, 20))) is None
    True
    """
    for m in _YEAR_SPAN.finditer(pre):
        y1, y2 = _year_value(m.group("y1")), _year_value(m.group("y2"))
        if y1 is not None and y2 == y1 + 1 and not _inside_quote(pre, m.start()):
            return y1, y2
    if (
        period is not None
        and period.end.year == period.start.year + 1
        and (period.start.month, period.start.day) != (1, 1)
        and (date(period.start.year, 12, 31) - period.start).days >= _SPAN_DAYS
        and (period.end - date(period.end.year, 1, 1)).days >= _SPAN_DAYS
    ):
        return period.start.year, period.end.year
    return None


#: a year compared with (比2023年增加, 较2023年, 与2023年相比): an earlier year, not the
#: one the figures are of
_COMPARED_BEFORE = ("比", "较", "与", "同")
_COMPARED_AFTER = lazy_re(r"度?(?:相比|同期|比较)")


def _compared(text: str, m: regex.Match[str]) -> bool:
    """Whether the year of ``m`` (an :data:`_ANY_YEAR` match) is one compared with.

    >>> [_compared(t, _ANY_YEAR.search(t)) for t in ("比2023年增加", "与2023年相比", "2024年共")]
    [True, True, False]
    """
    start = m.start("y")
    return text[start - 1 : start] in _COMPARED_BEFORE or (
        _COMPARED_AFTER.match(text, m.end()) is not None
    )


def _unique_year(text: str) -> int | None:
    """The year when every year the prose mentions is the same one (documents and dates
    aside), and the prose says it of something done that year, not only of a plan for it,
    of what was carried over from it (:data:`_OTHER_YEAR_TAIL`) or of a comparison with
    it (比2023年增加): such a year still stands against another.

    >>> _unique_year("2019年,我局共公开120条。2020年,我局将继续推进。")
    >>> _unique_year("2020年,我局将继续推进。"), _unique_year("其中2018年度结转申请2件。")
    (None, None)
    >>> _unique_year("2019年,我局共公开120条。2019年,我局将继续推进。")
    2019
    """
    cleaned = _CHROME_LINE.sub(" ", _QUOTED.sub(" ", text))  # (not a link to another report)
    years: set[int] = set()
    done: set[int] = set()  # the years said of something done in them
    for m in _ANY_YEAR.finditer(cleaned):
        y = _year_value(m.group("y"))
        if y is not None:
            years.add(y)
            if _OTHER_YEAR.match(cleaned, m.end()) is None and not _compared(cleaned, m):
                done.add(y)
    if len(years) == 1 and years <= done:
        return years.pop()
    return None


# ---------------------------------------------------------------------------------------
# Template

_STANDARD_HEADINGS = (
    "总体情况",
    "主动公开政府信息情况",
    "收到和处理政府信息公开申请情况",
    "行政复议",
    "存在的主要问题及改进情况",
    "其他需要报告的事项",
)
_STANDARD_MARK = lazy_re(
    r"收到和处理政府信息公开申请|本年新收政府信息公开申请数量|国办公开办函〔20(?:19|21)〕"
)
_MARK_2021 = lazy_re(r"国办公开办函〔2021〕|本年制发件数|本年废止件数|现行有效件数")
_MARK_2019 = lazy_re(
    r"本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|采购项目数量|采购总金额"
)


def _walk_titles(sections: tuple[Section, ...]) -> list[str]:
    """The titles of every section, in document order (as ``Section.walk`` gives them)."""
    titles: list[str] = []
    stack = list(reversed(sections))
    while stack:
        section = stack.pop()
        titles.append(section.title)
        stack.extend(reversed(section.children))
    return titles


class _Hay:
    """The text and the titles of its sections joined by blanks (made when first asked
    for)."""

    __slots__ = ("_sections", "_titles", "text")

    def __init__(self, text: str, sections: tuple[Section, ...]) -> None:
        self.text = text
        self._sections = sections
        self._titles: str | None = None

    @property
    def titles(self) -> str:
        if self._titles is None:
            self._titles = " ".join(_walk_titles(self._sections))
        return self._titles


def _found(pattern: re.Pattern[str], hay: _Hay, needles: tuple[str, str]) -> bool:
    """Whether ``pattern`` matches the text or else the titles; each of its matches holds
    one of the two ``needles``, looked for first (a text without them is not scanned)."""
    return _holds(pattern, hay.text, needles) or _holds(pattern, hay.titles, needles)


def _holds(pattern: re.Pattern[str], text: str, needles: tuple[str, str]) -> bool:
    return (needles[0] in text or needles[1] in text) and pattern.search(text) is not None


def _heading_hits(text: str, hay: _Hay) -> int:
    """How many of the standard headings the text or the titles hold, counted only as
    far as 4 can still be reached (a long text is searched fewer times)."""
    hits = 0
    left = len(_STANDARD_HEADINGS)
    for h in _STANDARD_HEADINGS:
        if hits + left < 4:
            break
        left -= 1
        if h in text or h in hay.titles:
            hits += 1
    return hits


def _template(
    text: str, sections: tuple[Section, ...], year: int | None
) -> tuple[Template | None, str | None]:
    """The report format and, when its tables use the other format's columns, a note."""
    # the text and the titles are searched one after the other (as text + "\n" + titles:
    # no mark or heading holds a line break), the text not copied; the titles are joined
    # only when the text alone does not decide
    hay = _Hay(text, sections)
    # (the standard headings alone do not make a report of 2018 or before standard: the
    # 2008 format's parts, listed in its preface, are four of them: 主动公开政府信息情况,
    # 行政复议, 存在的主要问题及改进情况, 其他需要报告的事项; the 2019 tables' columns do)
    standard = _found(_STANDARD_MARK, hay, ("公开申请", "公开办函")) or (
        _heading_hits(text, hay) >= 4
        and (
            year is None
            or year >= 2019
            or _found(_MARK_2021, hay, ("公开", "件数"))
            or _found(_MARK_2019, hay, ("数量", "采购总金额"))
        )
    )
    if standard:
        if _found(_MARK_2021, hay, ("公开", "件数")):
            if year is not None and year <= 2020:
                return Template.STANDARD_2021, (
                    f"{year}年度报告的表格使用国办公开办函〔2021〕30号格式的栏目"
                    "(本年制发件数/本年废止件数/现行有效件数),按2021年格式读取"
                )
            return Template.STANDARD_2021, None
        if _found(_MARK_2019, hay, ("数量", "采购总金额")):
            if year is not None and year >= 2021:
                return Template.STANDARD_2019, (
                    f"{year}年度报告的表格使用国办公开办函〔2019〕60号格式的栏目"
                    "(本年新制作数量/本年新公开数量/对外公开总数量),按2019年格式读取"
                )
            return Template.STANDARD_2019, None
        if year is not None:
            return (Template.STANDARD_2021 if year >= 2021 else Template.STANDARD_2019), None
        return None, None
    if year is None:
        return None, None
    if year <= 2018:
        return Template.NARRATIVE, None
    # a 2019+ report whose standard headings and tables are not (or not yet) visible
    return (Template.STANDARD_2021 if year >= 2021 else Template.STANDARD_2019), None


# ---------------------------------------------------------------------------------------


def read_metadata(norm: Normalized, sections: tuple[Section, ...]) -> Metadata:
    """Identity of a normalized report: agency, year, period, title, template.

    Never raises; the problems found (no year, a period that does not match the year) are
    in :attr:`Metadata.problems`.

    >>> from govinfo_reports.normalize import normalize
    >>> m = read_metadata(normalize("2015年某县人民政府信息公开年度报告\\n一、概述"), ())
    >>> m.agency, m.year, m.template.value
    ('某县人民政府', 2015, 'narrative')
    >>> read_metadata(normalize("2019年,我局共主动公开信息12条。"), ()).agency is None
    True
    """
    try:
        view = norm.derived("html_view", html_view)  # an HTML page: read the text a browser shows
        if view is None:
            return _read(norm.text, sections)
        return _read(view[0][_page_start(norm.text, *view) :], sections)
    except Exception as exc:  # pragma: no cover - a safety net, the reader must not raise
        return Metadata(
            problems=(
                Problem(
                    code="identity.internal_error",
                    severity=Severity.ERROR,
                    message=f"报告身份信息未能读取: {type(exc).__name__}: {exc}",
                ),
            )
        )


_H1 = lazy_re(r"<h1(?=[\s>/])", re.IGNORECASE)
_H1_END = lazy_re(r"</h1\s*>", re.IGNORECASE)
#: how far past the title an <h1>'s end tag is looked for
_H1_REACH = 2000


def _page_start(page: str, view: str, offsets: ViewOffsets) -> int:
    """Where an HTML page's own text starts in its view: at its first ``<h1>`` when that
    names a report (what stands before it is the site's: a list of other reports in a
    sidebar, a site name), else at 0.

    >>> page = ("<body><ul><li><a>某市2018年政府信息公开工作年度报告</a></li></ul>"
    ...         "<h1>某局政府信息公开年报</h1></body>")
    >>> view, offsets = html_view(page)
    >>> view[_page_start(page, view, offsets) :].strip()
    '某局政府信息公开年报'
    >>> page = "<body><h1>某市人民政府门户网站</h1><p>某局2018年政府信息公开工作年度报告</p></body>"
    >>> _page_start(page, *html_view(page))
    0
    """
    # an <h1> that matters holds a title and comes after another one, so it is looked
    # for only between the first and the last title of the view's head (a page's source
    # is long, and a scan of all of it costs more than the rest of this reader)
    anchors = [m.start() for m in _ANCHOR_AT_OPEN.finditer(view, 0, _HEAD)]
    if len(anchors) < 2:
        return 0
    h1 = _H1.search(page, offsets[anchors[0]], offsets[anchors[-1]])
    if h1 is None:
        return 0
    end = _H1_END.search(page, h1.end(), offsets[anchors[-1]] + _H1_REACH)
    start = offsets.view_at(h1.start())
    line = view[start : offsets.view_at(end.start()) if end is not None else start + _SEG_MAX]
    return start if _ANCHOR_AT_OPEN.search(line) is not None else 0


#: the characters of _ANCHOR: a line break between two of them may cut a title's name
_ANCHOR_CHARS = "信息资讯政务公开工作年度总结情况的报告"
#: a line break between two of them (found from the break: a literal is found fast)
_BREAK_IN_ANCHOR_WORDS = lazy_re(f"\n(?<=[{_ANCHOR_CHARS}]\n)(?=[{_ANCHOR_CHARS}])")


def _join_wrapped_anchors(text: str) -> str:
    """``text`` with the line breaks that cut a report's name in the head taken out
    (…2022年度政府信息 / 公开工作年度报告, a long title a PDF centres over two lines).

    >>> _join_wrapped_anchors("云溪县人民政府2022年度政府信息\\n公开工作年度报告\\n一、总体情况")
    '云溪县人民政府2022年度政府信息公开工作年度报告\\n一、总体情况'
    >>> _join_wrapped_anchors("做好政府信息\\n公开工作。")
    '做好政府信息\\n公开工作。'
    """
    cuts: list[int] = []
    for hit in _BREAK_IN_ANCHOR_WORDS.finditer(text, 1, _HEAD):
        pos = hit.start()
        lo = max(0, pos - 14)
        window = text[lo:pos] + text[pos + 1 : pos + 16]
        m = _ANCHOR.search(window)
        if m is not None and m.start() < pos - lo < m.end():
            cuts.append(pos)
    if not cuts:
        return text
    pieces, last = [], 0
    for cut in cuts:
        pieces.append(text[last:cut])
        last = cut + 1
    pieces.append(text[last:])
    return "".join(pieces)


#: a character of a name in _JOINT_COMPILERS (no digit, so that a title's year ends it)
_JOINT_NAME = r"[^,.;:!?。、《》“”\"()\n\d]"
#: a preamble or a title line that names the bodies of the report together (由某区政府、
#: 某区政府共同编制; 某区、某区2015年…报告)
_JOINT_COMPILERS = lazy_re(
    rf"(?m)由(?P<names>{_JOINT_NAME}{{2,40}}?(?:、{_JOINT_NAME}{{2,40}}?)+)"
    r"(?:共同|联合)?(?:编制|编写)"
    rf"|^[ \t]*(?:现将|特将)?(?P<titled>{_JOINT_NAME}{{2,40}}(?:、{_JOINT_NAME}{{2,40}})+)"
    r"[ \t]*\d{4}[ \t]*年[^\n]{0,30}报告"
)


def _agency_missing_message(pre: str, alias: str | None) -> str:
    """Why no agency is read: the bodies a preamble or a title names together (no one
    of them the report's alone), the self-reference the report uses, or no name at all.

    >>> _agency_missing_message("本报告由云溪区政府、青禾区政府共同编制。", "本市")
    '未能确定报告机关: 标题或编制说明写明“云溪区政府、青禾区政府”共同报告,不是一个机关的报告'
    >>> _agency_missing_message("云溪区、青禾区2015年政府信息公开年度报告\\n", None)
    '未能确定报告机关: 标题或编制说明写明“云溪区、青禾区”共同报告,不是一个机关的报告'
    >>> _agency_missing_message("本报告根据《条例》编制。", "我委")
    '未能确定报告机关: 标题和正文开头只以“我委”称呼,未写明机关全称'
    """
    joint = _JOINT_COMPILERS.search(pre) if "、" in pre else None
    if joint is not None:
        names = joint.group("names") or joint.group("titled")
        return f"未能确定报告机关: 标题或编制说明写明“{names}”共同报告,不是一个机关的报告"
    if alias is not None:
        return f"未能确定报告机关: 标题和正文开头只以“{alias}”称呼,未写明机关全称"
    return "未能确定报告机关: 标题、编制说明和正文开头均未写明发布报告的机关"


def _read(raw: str, sections: tuple[Section, ...]) -> Metadata:
    text = _fold(raw)
    if "(" in text and _PINYIN_HINT.search(text) is not None:
        text = _PINYIN.sub("", text)
    if "\n" in text[:_HEAD]:
        text = _join_wrapped_anchors(text)
    head = text[:_HEAD]
    h1 = _first_heading(head)
    pre = head[:h1] if h1 >= 0 else head[:1500]
    body = text[:_BODY]
    problems: list[Problem] = []
    notes: list[str] = []
    titles = _link_lists(head, _titles(head), h1)
    real_titles = [t for t in titles if not t.other]

    # --- agency -------------------------------------------------------------------
    found = _agency_candidates(text, head, pre, body, real_titles, lazy=True)
    chosen = next((c for c in found if not c.alias), None)
    self_ref = _self_alias(body) if chosen is not None and chosen.rule in _WEAK_RULES else None
    if chosen is not None and self_ref is not None and not _fits(chosen.name, self_ref):
        # a name from the body or the contact line must be of the kind the report calls
        # itself (我局: a 局, not the 人民政府 its preamble or contact line names); the
        # lazy list stopped at that name, so the names after it are read now
        found = _agency_candidates(
            text, head, pre, body, real_titles, own_office=self_ref.endswith("办")
        )
        chosen = next(
            (
                c
                for c in found
                if not c.alias and (c.rule not in _WEAK_RULES or _fits(c.name, self_ref))
            ),
            None,
        )
    if chosen is not None and chosen.rule == "title":
        # (the title printed twice, the body's name short and in full: the full form)
        fuller = [
            t.agency
            for t in real_titles
            if t.agency is not None
            and (h1 < 0 or t.start < h1)  # (not a page header in the body)
            and len(t.agency.name) > len(chosen.name)
            and _in_order(chosen.name, t.agency.name)
        ]
        if fuller:
            chosen = max(fuller, key=lambda c: len(c.name))
    if chosen is not None and chosen.rule in ("title", "subject"):
        chosen = _placed_form(chosen, found)
    agency = chosen.name if chosen is not None else None
    if chosen is not None and chosen.rule in _WEAK_RULES:
        notes.append(f"机关名称“{chosen.name}”取自{_WEAK_RULES[chosen.rule]},报告标题未写明")
    alias = next((c.name for c in found if c.alias), None)
    if alias is None:  # another name a title or the preamble gives it: 平潭县地税局
        alias = next((c.name for c in found if c.rule in _STRONG_RULES and c.name != agency), None)
    if alias is None and agency is None and _may_clip(body):  # (a match holds 人社/人保/劳保)
        short = _SHORT_NAME.search(body)
        if short is not None:
            alias = short.group()
    if alias is None:
        alias = self_ref if self_ref is not None else _self_alias(body)

    # --- year -----------------------------------------------------------------------
    title_year = next((t.year for t in real_titles if t.year is not None), None)
    titled = [t for t in real_titles if t.text and not _self_title(t.text)]
    # (a title naming the body before one that does not: 2020年信息公开年报 on the page's
    # chrome, then 蒲纺工业园区2020年…年度报告; of the year the titles give)
    title_text = next(
        (t.text for t in titled if t.agency is not None and t.year in (None, title_year)),
        titled[0].text if titled else None,
    )
    year = title_year
    how = "title"
    if year is None and "年" in body:  # (each pattern's year is followed by 年)
        # (each pattern's matches hold its word: a body without it is not scanned)
        for pattern, label, word in (
            (_REPORT_AS_FOLLOWS, "现将…报告如下", "如下"),
            (_PARA_YEAR, "段首年份", "年"),
            (_STAT_YEAR, "全年统计句", "共"),
        ):
            m = pattern.search(body) if word in body else None
            y = _year_value(m.group("y")) if m else None
            if y is not None:
                year, how = y, label
                break

    # --- period -----------------------------------------------------------------------
    period, period_year_stated = _period(text, year)
    # (a title that names one year for the report, 2020年度信息公开工作年度报告, keeps it
    # over a period that crosses into the next year: identity.period_mismatch says so)
    span = _year_span(pre, period if title_year is None else None)
    if span is not None:
        # (no one year is the report's: the school year's first, its last, the one the
        # title's notice names all fit; the period is kept as stated)
        year = None
        problems.append(
            Problem(
                code="identity.year_span",
                severity=Severity.WARNING,
                message=(
                    f"报告所述时段跨{span[0]}、{span[1]}两年(学年或跨年度的统计期限),"
                    "不是一个日历年度,未确定报告年度"
                ),
                actual=span,
            )
        )
    elif period is not None:
        if year is None and period_year_stated:
            year, how = period.start.year, "统计期限"
        elif year is not None and (period.start.year != year or period.end.year != year):
            problems.append(
                Problem(
                    code="identity.period_mismatch",
                    severity=Severity.WARNING,
                    message=(
                        f"统计期限{_cn_date(period.start)}至{_cn_date(period.end)}"
                        f"与报告年度{year}年不一致"
                    ),
                    expected=year,
                    actual=(period.start.year, period.end.year),
                )
            )
    if year is None and span is None:
        y = next(
            (t.year for t in titles if t.year is not None and not t.listed), None
        )  # 《关于做好2016年…报告…的通知》
        if y is None:
            y = _unique_year(body)
        if y is not None:
            year, how = y, "正文年份"
            notes.append(f"报告年度{y}年系由正文中提到的年份推断,标题和统计期限未写明")
    looks_like_report = (agency is None or year is None) and (
        bool(sections) or _looks_like_report(text)
    )
    if agency is None and looks_like_report:
        problems.append(
            Problem(
                code="identity.agency_missing",
                severity=Severity.WARNING,
                message=_agency_missing_message(pre, alias),
            )
        )
    if year is None and span is None and looks_like_report:
        problems.append(
            Problem(
                code="identity.year_missing",
                severity=Severity.WARNING,
                message="未能确定报告年度: 标题、统计期限和正文均未写明所报告的年份",
            )
        )
    del how
    why = None
    if sections and "公开" not in text:
        why = "文本有编号的章节,但通篇没有“公开”二字,不是政府信息公开工作年度报告"
    elif sections and not _called_a_report(real_titles):
        # (a letter or a notice may cite a 年度报告 in 《》; one a title line names so is one)
        if _is_letter(text[:_HEAD]):
            why = "文本是一份公函(…的函/函告如下),不是政府信息公开工作年度报告"
        elif _is_notice(text[:_NOTICE_HEAD]):
            why = "文本是一份通知或通报(…的通知/…通报/各…:),不是政府信息公开工作年度报告"
        elif _SAMPLE_TITLE.search(text, 0, _NOTICE_HEAD) is not None:
            why = "文本是一篇年度报告范文(范本),不是某一机关的政府信息公开工作年度报告"
        elif "年" in text[:_NOTICE_HEAD] and _PART_YEAR_TITLE.search(text, 0, _NOTICE_HEAD):
            why = "文本是一年中一段时期(上半年、季度、几个月)的统计,不是政府信息公开工作年度报告"
        elif _OTHER_KIND_TITLE.search(text, 0, _NOTICE_HEAD) is not None:
            why = (
                "文本的标题表明它是另一种文件(工作要点、方案、总结、公开指南、评估报告、"
                "法治政府建设报告、统计公报、预决算、年报制度等),不是政府信息公开工作年度报告"
            )
        elif _SELF_OTHER_KIND.search(text, 0, _NOTICE_HEAD) is not None:
            why = (
                "文本开头说它所制定的是另一种文件(制定本指南、本制度、本办法等),"
                "不是政府信息公开工作年度报告"
            )
        elif _ASSEMBLY_ADDRESS.search(text, 0, _NOTICE_HEAD) is not None:
            why = (
                "文本是向人大或政协会议所作的报告(各位代表/各位委员:),不是政府信息公开工作年度报告"
            )
        elif "资讯公开法" in text and "公开条例" not in text:
            # (the articles of 政府資訊公開法, another law: a report cites the 条例, also
            # when reposted with 资讯 for 信息)
            why = (
                "文本讲的是《政府资讯公开法》,通篇没有提到政府信息公开条例,"
                "不是政府信息公开工作年度报告"
            )
    if why is None and _is_article(text[:_HEAD]):
        why = (
            "文本是一篇期刊论文(摘要、关键词、中图分类号、文献标识码…),不是政府信息公开工作年度报告"
        )
    if why is None and _about_a_report(
        text[:_NOTICE_HEAD], real_titles, has_sections=bool(sections)
    ):
        why = "文本是关于一份年度报告的新闻或解读(…发布…年度报告、解读:…),不是报告本身"
    other_publisher = _other_publisher(agency, text)
    if other_publisher is not None:
        problems.append(other_publisher)
    if why is not None:
        problems = [p for p in problems if p.code not in UNDECIDED]
        problems.insert(
            0, Problem(code="report.not_a_report", severity=Severity.WARNING, message=why)
        )

    template, template_note = _template(text, sections, year)
    return Metadata(
        agency=agency,
        year=year,
        period=period,
        title=title_text,
        template=template,
        problems=tuple(problems),
        notes=tuple(notes),
        agency_alias=alias,
        template_note=template_note,
    )


#: how far into a text a notice's title and addressee stand (its first lines)
_NOTICE_HEAD = 600
#: a notice: its title line (…关于…的通知, also of a text it issues: 关于印发《…办法》的
#: 通知) and, on a line of its own, to whom it goes (各区县人民政府:)
#: (a circular, …关于2011年度…考核情况通报, is one too)
_NOTICE_TITLE = lazy_re(
    r"(?m)^[^\n。《》]{0,80}关于(?:[^\n。《》]|《[^\n。《》]{1,60}》){2,80}(?:的通知|通报)[ \t]*$"
)
#: a title line of a statistics page for part of a year (2022年上半年政府信息公开数据统计,
#: 2023年第三季度…, 2023年1-6月…): no annual report when no title calls it one
_PART_YEAR_TITLE = lazy_re(
    r"(?m)^[^\n。，,；;:：]{0,40}?年[ \t]{0,2}"
    r"(?:上半年|下半年|前三季度|第?[一二三四1-4][ \t]{0,2}季度|\d{1,2}[-—～~至](?:[1-9]|1[01])月)"
    r"[^\n。，,；;]{0,40}$"
)
#: a title line of another kind of document than a disclosure report, which no title
#: line calls a 年度报告 (see _called_a_report): a plan (2022年政务公开工作要点, 实施方案), a
#: summary (政务公开工作总结, a collection of them: …工作总结汇编(20篇)), a guide
#: (政府信息公开指南), an evaluation (第三方评估报告), a report on another duty
#: (法治政府建设年度报告, 政府工作报告), a statistics bulletin, a budget or final account
#: (部门决算, 单位预算, 决算公开说明), a social responsibility report, an application form,
#: the rules for reports (…信息公开工作年度报告制度, also as a file: ….docx); a line with
#: a colon (相关文章: …) is page chrome naming another page, a numbered line ((二)财政
#: 预决算, 3.落实政务公开工作要点) a heading, and a bulleted line (• 政府信息公开指南) an
#: item of a page's menu
_OTHER_KIND_TITLE = lazy_re(
    r"(?m)^(?![ \t\u3000]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、"
    r"|\d{1,2}[、.．]|第|[•·●▪◆■]))[^\n。，,；;:：《》“”]{0,60}?(?:工作要点|实施方案|工作方案|工作计划"
    r"|工作总结|年终总结|公开指南|评估报告|法治政府建设[^\n。，,；;:：]{0,12}?报告|政府工作报告"
    r"|统计公报|(?:部门|单位|年度?)(?:预算|决算)(?:公开)?(?:情况)?(?:说明)?|社会责任报告|申请表"
    r"|(?:报告|年报)(?:制度|办法|细则|规定|规程))"
    r"(?:汇编|选编|精选)?(?:[（(【][^\n）)】]{0,10}[）)】])?(?:\.(?:docx?|pdf|wps))?[ \t]*$"
)
#: the opening of a guide, rules or measures that names what it makes (…,制定本指南; 特制定
#: 本制度): no report names itself so
_SELF_OTHER_KIND = lazy_re(r"(?:制定|编制|修订)本(?:指南|制度|办法|细则|规定|规则)")
#: a headline of news about a report (贵州省发布2016年政府信息公开工作年度报告: a verb of
#: publishing between the body and the year, or after the report: …年报出炉), on a line of
#: its own
_NEWS_HEADLINE = lazy_re(
    r"(?m)^[ \t\u3000]*[^\n。，,；;:：《》]{2,30}?(?:发布|公布|出炉|晒出)[ \t]*\d{4}[ \t]*年度?"
    r"[^\n。，,；;:：]{0,40}?(?:年度报告|年报)[ \t]*$"
    # (…政府信息公开年报出炉 去年主动公开信息2万余条: the verb after the report)
    r"|^[ \t\u3000]*[^\n。，,；;:：《》]{2,40}?(?:年度报告|年报)(?:出炉|发布|公布|晒出)"
    r"(?:[ \t\u3000][^\n。]{0,40})?$"
)
_NEWS_VERBS = ("发布", "公布", "出炉", "晒出")
#: the title of a reading of a report (文字解读:某街道2022年…年度报告, 关于《…年度报告》的
#: 解读), on a line of its own
_READING_TITLE = lazy_re(
    r"(?m)^[ \t\u3000]*(?:(?:文字|图文|政策)?解读[ \t]*[:：][^\n。]{0,80}?(?:年度报告|年报)》?"
    r"|[^\n。]{0,80}?(?:年度报告|年报)》?的?(?:政策|文字|图文)?解读)[ \t]*$"
)


def _about_a_report(head: str, real_titles: list[_Title], *, has_sections: bool) -> bool:
    """Whether ``head`` opens as a reading of a report, or (with no numbered sections of
    a report's own: a wiki page under such a headline holds the report's text) as news
    about one: a line of _READING_TITLE or _NEWS_HEADLINE before any other title line (a
    report's own title line comes first; a link to a reading of it may follow).

    >>> news = "青禾省发布2016年政府信息公开工作年度报告\\n27日,省政府发布…"
    >>> _about_a_report(news, [], has_sections=False)
    True
    >>> _about_a_report(news + "\\n一、概述\\n", [], has_sections=True)
    False
    >>> reading = "文字解读:青禾镇2022年政府信息公开工作年度报告\\n一、编制背景"
    >>> _about_a_report(reading, [], has_sections=True)
    True
    """
    m = _READING_TITLE.search(head) if "解读" in head else None
    if m is None and not has_sections and any(v in head for v in _NEWS_VERBS):
        m = _NEWS_HEADLINE.search(head)
    return m is not None and m.start() <= min((t.start for t in real_titles), default=m.start())


#: the salutation of a report made to a people's congress or a CPPCC meeting (各位代表:,
#: 主任、副主任、秘书长、各位委员:) on a line of its own
_ASSEMBLY_ADDRESS = lazy_re(r"(?m)^[ \t\u3000]*[^\n。]{0,20}各位(?:代表|委员)[ \t]*[:：][ \t]*$")
_ADDRESSEE = lazy_re(r"(?m)^[ \t\u3000]*各[^\n:：。]{1,60}[:：][ \t]*$")


#: a sample's title line (…政府信息公开年度工作报告范文): a model to write from, no report
_SAMPLE_TITLE = lazy_re(r"(?m)^[^\n。]{0,60}(?:报告|年报)(?:范文|范本|模板|样本)[ \t]*$")


def _called_a_report(real_titles: list[_Title]) -> bool:
    """Whether a title line calls the text a 年度报告 (年报): then it is no letter or
    notice (:func:`_is_letter`, :func:`_is_notice`), whatever it cites."""
    return any(t.text.endswith(("年度报告", "年报")) for t in real_titles)


def _is_notice(head: str) -> bool:
    """Whether ``head`` opens as a notice (通知) or a circular (通报) about the reports: its
    title line and an addressee line (各…:).

    >>> _is_notice("青禾市人民政府办公室关于做好2019年政府信息公开工作年度报告的通知\\n"
    ...            "各区县人民政府:\\n一、高度重视")
    True
    >>> _is_notice("青禾州人民政府办公室关于2011年度政府信息公开工作考核情况通报\\n"
    ...            "各县市人民政府,州政府各部门:\\n一、考核结果")
    True
    >>> _is_notice("根据《关于做好年度报告工作的通知》要求,现将情况报告如下:")
    False
    >>> _is_notice("某办公厅关于印发《信息处理费管理办法》的通知\\n各省人民政府:\\n现将…")
    True
    """
    if ("的通知" not in head and "通报" not in head) or "各" not in head:
        return False
    title = _NOTICE_TITLE.search(head)
    return title is not None and _ADDRESSEE.search(head, title.end()) is not None


_LETTER = lazy_regex(
    r"函告如下|特此函告|^[^\n。]{0,80}关于[^\n。《》]{2,80}的函[ \t]*$", regex.MULTILINE
)


def _letter_mark(head: str) -> bool:
    """``_LETTER.search(head) is not None``, its line alternative tried only on the lines
    that hold 的函 (it cannot cross a line)."""
    if head.count("函") <= _CLIP_TRIES:
        # (every mark holds 函: its few places looked at, no four-character search)
        q = head.find("函")
        while q >= 0:
            if head.startswith("函告如下", q) or (q >= 2 and head.startswith("特此函告", q - 2)):
                return True
            q = head.find("函", q + 1)
    elif "函告如下" in head or "特此函告" in head:
        return True
    q = head.find("的函")
    while q >= 0:
        start = head.rfind("\n", 0, q) + 1
        end = head.find("\n", q)
        if end < 0:
            end = len(head)
        if _LETTER.search(head[start:end]) is not None:
            return True
        q = head.find("的函", end)
    return False


#: the labels of a journal article's apparatus, bracketed or before a colon
_ARTICLE_LABEL = lazy_re(
    r"(?:^|[\[【(（ \t])[ \t]?(?P<label>关键词|关键字|中图分类号|文献标识码|文献标志码|文章编号)"
    r"[ \t]?[\]】)）:]",
    flags=re.MULTILINE,
)
#: where an article's apparatus stands (before its first section)
_ARTICLE_HEAD = 1500


def _is_article(head: str) -> bool:
    r"""Whether ``head`` carries a journal article's apparatus: two different labels of
    关键词, 中图分类号, 文献标识码, 文章编号 (no report has them).

    >>> _is_article("[关键词] 政府信息公开;年度报告\n[中图分类号] D63 [文献标识码] A")
    True
    >>> _is_article("关键词:公开\n一、总体情况"), _is_article("本年度围绕关键词开展")
    (False, False)
    """
    labels = {m.group("label") for m in _ARTICLE_LABEL.finditer(head, 0, _ARTICLE_HEAD)}
    return len(labels) >= 2


def _is_letter(head: str) -> bool:
    """Whether ``head`` names itself as a letter (函)."""
    return "函" in head and _letter_mark(head)  # every alternative has 函


def _agency_candidates(
    text: str,
    head: str,
    pre: str,
    body: str,
    titles: list[_Title],
    *,
    lazy: bool = False,
    own_office: bool = False,
) -> list[_Candidate]:
    """Every place the report names itself, most trustworthy first (with ``own_office``, the
    contact line's government office is the body: see _contact).

    With ``lazy``, only as far as the reader uses them: its first candidate that is not
    an alias, its first alias and its first title or compiled-by name (those come first).
    Once the first two are found, or cannot come later, the rest is left out: a name of
    the body's sentences is a run of Han characters of the text, so it is an alias only
    when the text holds 人社, 人保 or 劳保 (see _is_alias), and a signature is never one.
    """
    found: list[_Candidate] = [t.agency for t in titles if t.agency is not None]
    top = _signature(pre, last=False)
    if top is not None:
        found.append(top)
    c = _compiled_by(head)
    if c is not None:
        found.append(c)
    named = any(not c.alias for c in found)
    aliased = any(c.alias for c in found)
    if not (lazy and named and (aliased or not _may_clip(pre))):
        found.extend(_subjects(pre, preamble=True))
        named = any(not c.alias for c in found)
        aliased = any(c.alias for c in found)
    if not (lazy and named and (aliased or not _may_clip(body))):
        found.extend(_subjects(body, preamble=False))
    c = _contact(head, own_office=own_office)
    if c is not None:
        found.append(c)
    if not (lazy and named):
        tail_sig = _signature(text[-600:], last=True)
        if tail_sig is not None:
            found.append(tail_sig)
    return found


def _placed_form(chosen: _Candidate, found: list[_Candidate]) -> _Candidate:
    """The name a title, the compiler's line or the contact line gives with its place
    (泸州市纳溪区交通运输局; 请与某某市公安局办公室联系) of the body ``chosen`` names by its
    level only (区交通运输局, a page title; 市公安局, a paragraph's subject): the same body,
    named in full.

    >>> c = [_Candidate(n, False, "title") for n in ("区交通运输局", "某某市东区交通运输局")]
    >>> _placed_form(c[0], c).name
    '某某市东区交通运输局'
    """
    if chosen.name[:1] not in _LEVEL or _name_kind(chosen.name) != "level":
        return chosen
    for c in found:
        if (
            (c.rule in _STRONG_RULES or c.rule == "contact")
            and not c.alias
            and len(c.name) > len(chosen.name)
            and c.name.endswith(chosen.name)
            and _name_kind(c.name) == "placed"
        ):
            return c
    return chosen


def _may_clip(text: str) -> bool:
    """Whether a run of ``text``'s characters can hold one of _CLIPPED's words
    (``"人社" in text or "人保" in text or "劳保" in text``).

    Looked for from their last characters, each found by a one-character find (several
    times faster than the two-character ones) and the character before it checked; a
    text with many of them is searched for the words themselves.
    """
    for last, firsts in _CLIP_ENDS:
        q = text.find(last, 1)
        tries = 0
        while q >= 0:
            if text[q - 1] in firsts:
                return True
            tries += 1
            if tries > _CLIP_TRIES:
                return "人社" in text or "人保" in text or "劳保" in text
            q = text.find(last, q + 1)
    return False


#: _CLIPPED's words by their last character: (last, the characters before it)
_CLIP_ENDS = (("社", "人"), ("保", "人劳"))
_CLIP_TRIES = 32


def _cn_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _period_matches(text: str) -> Iterator[regex.Match[str]]:
    """``_PERIOD.finditer(text)``, run only in windows around the 月 its matches hold.

    A match starts at most _PERIOD_BEFORE characters before its first 月 and reads at most
    _PERIOD_LENGTH characters from its start, so each match lies within the window of
    its first 月, and no match or attempt that finds one reads past its window's end:
    merged windows give the same matches.  A match holds two 月, so a window of one 月 (no
    other within its reach) holds none: it is not scanned.
    """
    q = text.find("月")
    while q >= 0:
        lo, hi = max(0, q - _PERIOD_BEFORE), q + _PERIOD_LENGTH
        q = text.find("月", q + 1)
        if q < 0 or q - _PERIOD_BEFORE > hi:
            continue  # (a window of one 月)
        while q >= 0 and q - _PERIOD_BEFORE <= hi:
            hi = q + _PERIOD_LENGTH
            q = text.find("月", q + 1)
        yield from _PERIOD.finditer(text, lo, hi)


def _numeric_period_starts(text: str, lo: int = 0, hi: int | None = None) -> list[int]:
    """Where _NUMERIC_PERIOD_SEP's matches start, four characters back, from ``lo`` up to
    ``hi`` (the end), in order: the separators found by ``str.find`` (far faster than a
    scan by re); a text dense with separators (a ruler of dashes) is scanned by re, which
    skips them without a step in Python; one of many separators and few years is read
    from its 19s and 20s."""
    if hi is None:
        hi = len(text)
    return _numeric_form(text, lo, hi)(text, lo, hi)


def _numeric_form(text: str, lo: int, hi: int) -> Callable[[str, int, int], list[int]]:
    """Which of the three scans of :func:`_numeric_period_starts` suits ``text[lo:hi]``
    (its separators counted there only: the period reader asks up to its next _PERIOD
    match, and stops at the first period it takes)."""
    seps = text.count(".", lo, hi) + text.count("/", lo, hi) + text.count("-", lo, hi)
    if seps * _SEP_DENSITY > hi - lo:
        return _starts_by_re
    sample = text[lo : min(hi, lo + _SAMPLE)] if seps > 64 else ""
    if sample and (sample.count("19") + sample.count("20")) * 8 < (
        sample.count(".") + sample.count("/") + sample.count("-")
    ):
        # far fewer 19s and 20s than separators (a text of no years; a two-character
        # find costs more, so only then)
        return _starts_from_centuries
    return _starts_from_separators


def _starts_by_re(text: str, lo: int, hi: int) -> list[int]:
    return [a.start() - 4 for a in _NUMERIC_PERIOD_SEP.finditer(text, lo + 4, hi + 4)]


def _starts_from_centuries(text: str, lo: int, hi: int) -> list[int]:
    starts: list[int] = []
    for century in _CENTURIES:
        q = text.find(century, lo, hi + 1)
        while q >= 0:
            if text[q + 4 : q + 5] in _SEPS:
                starts.append(q)
            q = text.find(century, q + 1, hi + 1)
    starts.sort()
    return starts


def _starts_from_separators(text: str, lo: int, hi: int) -> list[int]:
    starts: list[int] = []
    for sep in "./-":
        q = text.find(sep, lo + 4, hi + 4)
        while q >= 0:
            if text[q - 4 : q - 2] in _CENTURIES:
                starts.append(q - 4)
            q = text.find(sep, q + 1, hi + 4)
    starts.sort()
    return starts


def _period_candidates(text: str) -> Iterator[regex.Match[str]]:
    """The matches of _PERIOD and _PERIOD_NUMERIC by their start (a tie to _PERIOD; the
    two kinds may overlap, the numeric ones do not), the numeric ones tried only up to the
    _PERIOD match read next: the reader stops at the first it takes, and a long text's
    separators past it are not looked for."""
    last_end = 0  # the end of the last numeric match
    lo = 0  # where the numeric starts not yet tried begin
    for m in itertools.chain(_period_matches(text), (None,)):
        hi = m.start() if m is not None else len(text)  # (a tie goes to m)
        if lo < hi:
            for start in _numeric_period_starts(text, lo, hi):
                if start < last_end:
                    continue
                numeric = _PERIOD_NUMERIC.match(text, start)
                if numeric is not None:
                    last_end = numeric.end()
                    yield numeric
            lo = hi
        if m is not None:
            yield m


def _period(text: str, year: int | None) -> tuple[Period | None, bool]:
    """The statistics period the text states, and whether it wrote the start year."""
    for m in _period_candidates(text):
        lo = max(0, m.start() - 60)
        ctx = text[lo : m.start()]
        cut = max(ctx.rfind("。"), ctx.rfind("\n\n"))
        if cut >= 0:
            ctx = ctx[cut + 1 :]
        if not _PERIOD_CUE.search(ctx):
            continue
        if not _PERIOD_STRONG_CUE.search(ctx):
            brk = _CLAUSE_BREAK.search(ctx)
            if brk is not None and not _PERIOD_CUE.search(ctx, brk.end()):
                continue
        y1 = _year_value(m.group("y1")) if m.group("y1") else None
        stated = y1 is not None
        if y1 is None:
            y1 = year
        if y1 is None:
            continue
        y2 = _year_value(m.group("y2")) if m.group("y2") else None
        start = _make_date(y1, m.group("m1"), m.group("d1"))
        end = _make_date(y2 if y2 is not None else y1, m.group("m2"), m.group("d2"))
        if start is None or end is None:
            continue
        if end < start and y2 is None:
            end = _make_date(y1 + 1, m.group("m2"), m.group("d2"))
            if end is None:
                continue
        if end < start:
            continue
        return Period(start=start, end=end), stated
    return None, False


#: a heading of a report's body (一、 … 八、, （一）…, 第一部分 …; a body may open with its
#: tables: 三、收到和处理…)
_BODY_HEADING = lazy_re(
    r"(?m)^[ \t\u3000]*(?:[一二三四五六七八][ \t]*[、.．]|[（(][ \t]*[一二三四五六七][ \t]*[)）]"
    r"|第[一二三四五六七八]部分)"
)
#: a list's mark before an annex's title (附件：, 附件2：)
_ANNEX_MARK = lazy_re(r"[ \t\u3000]*附件[0-9一二三四五六七八九]?[ \t]*[:：]?[ \t]*")
#: how far after another report's title line its body's first heading may stand
_BODY_REACH = 300


def another_report(text: str, meta: Metadata) -> tuple[int, int] | None:
    """The span of the title line of another report that begins after this report's
    body began in ``text`` (a normalized report): a line that is nothing but a report's
    title (附件：… allowed before it), naming another year or another body than ``meta``,
    with a body's heading (一、, （一）, 三、…) right after it.  None when there is none.

    A sub-unit's report annexed (附件：某街道2022年…年度报告), or a second year's report
    pasted after the first, holds tables and figures of its own; a page header repeating
    the report's own title names the same body and year.

    >>> t = ("青禾区2022年政府信息公开工作年度报告\\n一、总体情况\\n正文。\\n"
    ...      "附件：城关街道办事处2022年政府信息公开工作年度报告\\n一、总体情况\\n")
    >>> t[slice(*another_report(t, Metadata(agency="青禾区", year=2022)))]
    '附件：城关街道办事处2022年政府信息公开工作年度报告'
    """
    if meta.year is None and meta.agency is None:
        return None
    first = _BODY_HEADING.search(text, 0, _HEAD)
    if first is None:
        return None
    for line_start, line_end in lines_with(text, first.start(), ("年度报告", "年报")):
        span = _other_title(text, line_start, line_end, meta)
        if span is not None:
            return span
    return None


#: the end of a line that is nothing but a report's title (a year after it in brackets)
_TITLE_END = lazy_re(r"(?:年度报告|年报)(?:[ \t]*[（(][^（()）]{0,12}[)）])?[ \t]*$")


def _in_order(short: str, name: str) -> bool:
    """True when the characters of ``short`` stand in ``name`` in order (a short form).

    >>> _in_order("人社局", "人力资源和社会保障局"), _in_order("城关街道办事处", "青禾区")
    (True, False)
    """
    it = iter(name)
    return all(ch in it for ch in short)


def _other_title(text: str, start: int, end: int, meta: Metadata) -> tuple[int, int] | None:
    """The line ``text[start:end]`` as another report's title line (see
    :func:`another_report`), or None."""
    line = text[start:end]
    if len(line) > 80 or _SENTENCE_MARK.search(line) is not None or "《" in line:
        return None  # (a sentence, or a report it cites: 《…2021年…年度报告》)
    mark = _ANNEX_MARK.match(line)
    title = _fold(line[mark.end() if mark else 0 :].strip()).strip('“”"')
    found = [t for t in _titles(title) if not t.other]
    if not found:
        return None
    year, agency = found[0].year, _name_of(found[0].agency)
    # nothing but a title: its name (or its year) first, 年度报告 or 年报 last (not 对照
    # …年度报告, …年度报告解读, …年度报告问题整改情况)
    if not _TITLE_END.search(title) or not (
        (agency is not None and title.startswith(agency))
        or (agency is None and title[:1].isdigit())
    ):
        return None
    # (an item of a list: a title line or a chrome word such as 相关链接 on the line
    # before: links, not a report that begins here)
    prev, prev_end = "", start - 1  # (the line break that ends the line before)
    while prev_end > 0:
        prev_start = text.rfind("\n", 0, prev_end) + 1
        prev = text[prev_start:prev_end]
        if prev.strip():
            break
        prev_end = prev_start - 1  # (blank lines between)
    if "年度报告" in prev or "年报" in prev or _CHROME_LINE.match(prev):
        return None
    other_year = year is not None and meta.year is not None and year != meta.year
    # (another body: neither name is the other's short form, its characters in order:
    # 市政府办公室 of 市人民政府办公室, 人社局 of 人力资源和社会保障局)
    other_body = (
        agency is not None
        and meta.agency is not None
        and not _in_order(agency, meta.agency)
        and not _in_order(meta.agency, agency)
    )
    if not (other_year or other_body):
        return None
    if _BODY_HEADING.search(text, end + 1, end + _BODY_REACH) is None:
        return None
    return (start + (len(line) - len(line.lstrip())), end)
