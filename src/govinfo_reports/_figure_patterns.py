"""Token patterns of the prose figure reader (:mod:`govinfo_reports.figures`).

Every pattern runs on normalized (simplified) text and is linear-time: repetitions are
bounded and no quantifier nests over overlapping classes.

The reader cuts a quantity's context into a *lead* (the words of its clause between the
previous quantity, or the clause start, and the number) and a *tail* (the words after it
up to the next quantity or clause end); these patterns classify the lead and tail.
"""

from __future__ import annotations

import regex

from ._lazy import lazy_regex
from .model import FigureKind, SectionKind

K = FigureKind

#: characters that end a clause (a figure belongs to its clause)
CLAUSE_END = frozenset("，,；;。！？!?")
#: characters that end a sentence (a 其中 breakdown stays in its sentence)
SENTENCE_END = frozenset("。！？!?")
#: the longest lead and tail looked at
LEAD_MAX = 60
TAIL_MAX = 30

# units a count of each kind may carry (as written, simplified)
COUNT_UNITS = frozenset(
    ["条", "件", "宗", "起", "次", "篇", "个", "项", "份", "例", "人次", "件次", "批次", "个次"]
)
REQUEST_UNITS = frozenset(
    ["件", "宗", "起", "次", "份", "个", "条", "例", "人次", "件次", "项", "批次"]
)
DOC_UNITS = frozenset(["件", "个", "份", "篇", "项", "部", "条"])
FEE_UNITS = frozenset(["元"])

# --- context that makes a number something other than this year's figure -------------

#: a series over several years in one sentence (五年来…分别为…)
SERIES = lazy_regex(r"分别为|分别是|分别达|依次为|依次是")
#: the words of the report's own year (全年, 本年, …): each list below of words that make a
#: count or a total the year's own holds them
_THIS_YEAR = r"全年|本年|今年|当年|年内"
#: a year by its number, in the words of a year's share, a change and 分别 (1999, 2022)
_YEAR_NUMBER = r"(?:19|20)[0-9]{2}"
#: cumulative totals (截至…累计, 历年累计); 全年累计 is the year's own
CUMULATIVE = lazy_regex(r"(?<!" + _THIS_YEAR + r"|年度)累计|历年|总累计")
#: words of a sentence before its 累计 that make the total the year's own (全年…累计300余条,
#: 2020年，…累计主动公开…), and words that keep it a total to date
YEAR_OWN_SPAN = lazy_regex(_THIS_YEAR + r"|一年来|年度内")
TO_DATE = lazy_regex(r"截至|截止|以来|至今|历年|总累计|累计至|迄今|年底|年末|为止|目前")
#: the words of a count up to now, after the year's (…2011年共公开606条，目前总计公开2739条)
TO_NOW = lazy_regex(r"目前|至今|迄今")
#: a part of a cumulative total that says it is the year's own (…累计2600条，其中本年度
#: 公开410条, 其中2022年新增…)
PART_OF_YEAR = lazy_regex(_THIS_YEAR + r"|新增|20[0-3][0-9][ \t]{0,2}年")
#: the lead of the report's year's share of a cumulative total before it, naming no
#: subject of its own (…累计主动公开政府信息11693条，其中2012年新增1774条; …累计受理…300
#: 件，本年度受理23件): the share counts what the total counts
YEAR_SHARE_LEAD = lazy_regex(
    r"[，,]?[ \t]{0,2}(?:其中)?[ \t]{0,2}(?:本年度?|今年|当年|全年|年内|"
    r"(?P<year>" + _YEAR_NUMBER + r")[ \t]{0,2}年度?)内?[ \t]{0,2}"
    r"(?:新增|新收到?|收到|受理|办理|主动公开|公开|发布|公布)?了?[ \t:：]{0,2}"
)
#: the words before the year's new count right after a total to date (…共主动公开政府信息
#: 615条，今年新增94条): the count before them is cumulative
NEW_OF_YEAR_LEAD = lazy_regex(
    r"^[，,]?[ \t]{0,2}(?:其中)?[ \t]{0,2}(?:本年度|"
    + _THIS_YEAR
    + r")[ \t]{0,2}新增[ \t:：]{0,2}$"
)
#: a part after 其中 that names a year before its count (，其中2009年受理, ，其中2009年度新增):
#: when it is the report's year, the total before it counts more than the year's
YEAR_PART_LEAD = lazy_regex(
    r"^[，,]?[ \t]{0,2}其中[ \t]{0,2}(?P<year>20[0-3][0-9][ \t]{0,2}年)度?[^，,。；;0-9]{0,12}$"
)
#: a year written in Chinese numerals (二〇一八)
_CN_YEAR = r"二[〇零○][一二三][〇零○一二三四五六七八九]"
#: a span of years (2017年至2019, 2008-2019, 二〇一七年至二〇一九): the first year, a word that
#: joins, the start of the second
YEAR_SPAN = (
    r"(?:20[0-3][0-9]|" + _CN_YEAR + r")[ \t]{0,2}年?[ \t]{0,2}"
    r"(?:至|到|—|－|-|~|～)[ \t]{0,2}(?:20[0-3]|二[〇零○][一二三])"
)
#: a clause that opens the sentence with a time since when (自《条例》施行以来，共收到…,
#: 2020年1月至今，…;
#: 今年以来 is the year's own; a year before 以来 is tried against the report's year)
SINCE_OPENING = lazy_regex(r"(?<!今年|本年|年初|全年)(?:以来|至今)[ \t]{0,2}[，,][ \t]{0,2}$")
#: a clause of a year alone before the one read (…情况 2022年，本镇共制定…): the year
#: the clauses after it are about
YEAR_CLAUSE = lazy_regex(
    r"(?<![0-9至到—－~～-])(20[0-3][0-9])[ \t]{0,2}年度?[ \t]{0,2}[，,][ \t]{0,2}$"
)
#: the year the 条例 came in force (2008年5月1日), and a time since it came in force
#: (《条例》施行以来, 自5月1日《政府信息公开条例》正式实施以来): in a report of that year,
#: its own period
REGULATION_YEAR = 2008
SINCE_REGULATION = lazy_regex(
    r"条例[》>]?[ \t]{0,2}(?:正式)?(?:颁布)?(?:施行|实施)以来[ \t]{0,2}[，,][ \t]{0,2}$"
)
#: information of the years before or since a year (2008年以前形成的, 2004年以来的): a count
#: after it in its sentence is of that information, not the year's
OLDER_INFORMATION = lazy_regex(
    r"(?P<year>(?:20[0-3][0-9]|" + _CN_YEAR + r")[ \t]{0,2}年)度?[ \t]{0,2}"
    r"(?P<when>以前|之前|以来)(?:形成|制作|产生|出台|制定|印发|发布)?的"
    r"(?=[^，,。；;]{0,6}?(?:信息|文件|资料|档案|公文))"
)
#: a month, and its day, after a year (2008年5月, 2008年5月1日)
_MONTH_DAY = (
    r"[ \t]{0,2}[0-9一二三四五六七八九十]{1,2}[ \t]{0,2}月"
    r"(?:[0-9一二三四五六七八九十]{1,3}[ \t]{0,2}[日号])?"
)
#: a clause that opens the sentence with a span of years (2017年至2019年，共收到…), or from
#: a month of one year to a month of another (2008年5月至2009年12月，…: the months since
#: the 条例 came in force, summed up in a later year's report; a span within one year,
#: 2008年5月1日至2008年12月31日, is none): what follows is a total over those years
SPAN_OPENING = lazy_regex(
    r"(?:"
    + YEAR_SPAN
    + r"[〇零○一二三四五六七八九0-9]{0,2}[ \t]{0,2}年(?:度|间|期间)?"
    + r"|(?P<y1>20[0-3][0-9])[ \t]{0,2}年"
    + _MONTH_DAY
    + r"[ \t]{0,2}起?[ \t]{0,2}(?:至|到|—|－|-|~|～)[ \t]{0,2}"
    + r"(?!(?P=y1))20[0-3][0-9][ \t]{0,2}年(?:"
    + _MONTH_DAY
    + r")?(?:底|末)?[ \t]{0,2}止?"
    + r")[ \t]{0,2}[，,][ \t]{0,2}$"
)
#: the day a count runs up to (截至11月30日, 到12月15日为止, 1至10月, 1-10月, 截至十一月底,
#: 截至2012年底): its year if written, its month and day if written; a month before
#: December, or another year, a part of the year or none of it
PERIOD_END = lazy_regex(
    r"(?:截至|截止|至|到|[-—－~～])[ \t]{0,2}(?:(?P<y>20[0-3][0-9])[ \t]{0,2}年)?"
    r"(?:[ \t]{0,2}(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])[ \t]{0,2}月份?"
    r"(?:[ \t]{0,2}(?P<d>[1-3]?[0-9]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
    r"[ \t]{0,2}[日号])?)?(?<=[年月日号])[ \t]{0,2}(?:底|末)?[ \t]{0,2}(?:为止|止)?"
    r"(?![0-9一二三四五六七八九十])"
)
#: the end of a year (2014年底, 2014年末, 2014年12月31日, 2014年十二月): what a total to
#: date before a part of the year runs to
YEAR_END = lazy_regex(r"(?P<y>20[0-3][0-9])[ \t]{0,2}年[ \t]{0,2}(?:底|末|12[ \t]{0,2}月|十二月)")
#: the year the clause may open with before its subject (2018年全省…, 全年下属单位…)
_CLAUSE_YEAR_OPENING = (
    r"^[ \t\n\u3000]*(?:(?:20[0-3][0-9][ \t]{0,2}年度?|全年|本年度?|今年)[,，]?[ \t\u3000]{0,2})?"
)
#: the whole area as the clause's subject (全市共收到…, 2018年全省…): in a department's
#: report, not its own count (深入全市各街道开展… is the department's own)
WHOLE_AREA = lazy_regex(_CLAUSE_YEAR_OPENING + r"全(?:省|市|区|县|州|盟|旗)")
#: sub-units as the clause's subject (下属单位共收到…, 局属各单位共主动公开…, 自治区直属机关
#: 主动公开…): their count, not the agency's own
SUB_UNITS = lazy_regex(
    _CLAUSE_YEAR_OPENING
    + r"(?:指导|督促|推动|组织|要求|协调)?"
    + r"(?:(?:[我本]?[局委厅办院]|自治区|省|市|州|盟)?(?:下属|所属|直属|属)各?"
    r"|各(?:下属|所属|直属))(?:单位|部门|机构|机关)"
)
#: a target, not what was done (力争明年主动公开信息达到500条)
TARGET = lazy_regex(
    r"力争|争取|明年|来年|目标|(?:年初|原|年度)计划(?!生育|类)|计划(?=全年|年内)|预计"
)
#: a target named after its number (确定了全年主动公开信息2000条以上的目标), matched right
#: after it
TARGET_AFTER = lazy_regex(r"[ \t]{0,2}(?:以上|左右|以内)?的?(?:工作|年度)?(?:目标|任务)")
#: a year a change is counted from (上年, 去年, 2019年度)
_YEAR_BEFORE = r"上一?年度?|去年|" + _YEAR_NUMBER + r"[ \t]{0,2}年度?"
#: the verbs of a change, up or down (增加, 下降…)
_CHANGE_VERBS = r"增加|增长|上升|提高|下降|减少|降低|回落"
#: the earlier value of a change (由上年的3件下降为1件, 从2012年的200元增加到…): the year
#: before's count, not the report's
CHANGE_FROM = lazy_regex(
    r"(?:由|从)[ \t]{0,2}(?:" + _YEAR_BEFORE + r"|前年)(?:同期)?(?:的)?[ \t]{0,2}$"
)
#: the words between the earlier value of a change and the later one (由上年的64件下降为27
#: 件, 从2015年的4件降至2件): the later one is the report's year's count, of the words
#: before 由/从
CHANGE_TO_VERB = lazy_regex(r"[ \t]{0,2}(?:" + _CHANGE_VERBS + r"|增|降|减)(?:到|至|为)[ \t]{0,2}")
#: a change from the year before at the end of a count's lead (全年主动公开政府信息比上年
#: 增加439条): the count is the change; a total it reached may follow (…，达到3439条)
CHANGE_BY = lazy_regex(
    r"比[ \t]{0,2}(?:" + _YEAR_BEFORE + r")(?:同期)?[ \t]{0,2}"
    r"(?:" + _CHANGE_VERBS + r"|多|少)了?[ \t]{0,2}$"
)
#: the lead of the total a change reached, after the change's clause (达到3439条)
REACH_LEAD = lazy_regex(
    r"(?:达到|达|增至|增加到|增加至|增长到|增长至|升至|上升到|上升至|减至|减少到|减少至|降至"
    r"|下降到|下降至|总数达|总量达)[ \t:：]{0,2}"
)
#: the end of a lead that names two counts to follow in its order (被申请行政复议、被提起
#: 行政诉讼分别为3件和2件): the first number is the first named, the next the second
RESPECTIVELY = lazy_regex(r"分别(?:为|是|有|达)?[ \t:：]{0,2}$")
#: years listed before 分别 (2021年、2022年本机关分别主动公开…, 2021年和2022年分别收到…):
#: the numbers after it are one a year, in their order (a range, 2017年至2019年, is not
#: read so)
RESPECTIVE_YEARS = lazy_regex(
    r"(?P<years>"
    + _YEAR_NUMBER
    + r"[ \t]{0,2}年度?(?:[ \t]{0,2}(?:、|和|及|与|以及|,|，)[ \t]{0,2}"
    + _YEAR_NUMBER
    + r"[ \t]{0,2}年度?)+)[^0-9，,。；;]{0,24}?分别"
)
YEAR_NUMBER = lazy_regex(_YEAR_NUMBER)
#: the words between the two numbers of RESPECTIVELY (3件和2件, 3件、2件)
RESPECTIVE_JOIN = lazy_regex(r"[ \t]{0,2}(?:和|与|及|、|，|,)[ \t]{0,2}")
#: a part after 其中 that is the reporting body's own share of a wider count (全市…共受理
#: 申请596件，其中我局受理26件; 全县…系统…，其中局机关受理51件)
SELF_SHARE = lazy_regex(
    r"^[，,]?[ \t]{0,2}其中[ \t:：]{0,2}(?:我|本)(?:局|委|厅|办|署|中心|院|部|机关|单位|部门)"
    r"(?:机关)?(?:本级)?|^[，,]?[ \t]{0,2}其中[ \t:：]{0,2}(?:局|委|厅)机关(?:本级)?"
)
#: a sentence that says its counts are not the agency's own of disclosure: unrelated to it
#: (各类行政复议申请75件，均与政府信息公开无关), or decided by the agency as the review body
#: of others' answers (我厅作为行政复议机关，受理不服各市…答复的行政复议案件9件)
UNRELATED = lazy_regex(
    r"与(?:政府)?信息公开(?:工作)?(?:均)?无关|不涉及(?:政府)?信息公开|作为(?:行政)?复议机关"
)
#: a change of the report's year named as 今年 after a count of 上年 (上年受理申请8件，今年增加
#: 4件): the 上年 there is the year before the report's
THIS_YEAR_CHANGE = lazy_regex(r"今年[^，。；]{0,12}?(?:增加|增长|减少|下降|提高|上升)")
#: in a section of problems and improvements, a sentence that says what will be done up to
#: its number states a plan (下一步，我局将…公开信息300条; 今后计划…), not a count of the year
PLAN_AHEAD = lazy_regex(r"将|计划|拟|下一步|下步|今后|明年|来年")
#: carried over or forward: 结转, or 转结, the two characters the other way round (上年转结
#: 1件, as some reports write it); every pattern below that names the carrying uses it
_CARRY = r"(?:结转|转结)"
CARRY_WORD = lazy_regex(_CARRY)
#: a clause after a count that names the carried-over ones and then the year's new count
#: (共受理…59件，结转上年后新收到…47件): the count before it takes the carried ones in
NEW_AFTER_CARRY = lazy_regex(_CARRY + r"[^，。；,;\n]{0,12}?新收")
#: how far after a count NEW_AFTER_CARRY is looked for
NEW_AFTER_CARRY_REACH = 24
#: a bracket right after a count that says it takes in the carried-over ones (共处理申请
#: 1717件（包含上年结转76件）: what was handled, not what was received)
WITH_CARRIED = lazy_regex(r"[ \t]{0,2}[（(](?:包含|包括|含)[^（()）\n]{0,8}?" + _CARRY)
#: a count of another period than the report's year: since some event (施行以来), over
#: several years (十年来, 近三年, a span of years: 2017年至2019年, 2008-2019年), part of
#: the year (第四季度, 上半年, 1至11月, 12月份; not 2022年1-12月 nor 1月至12月: the year).
#: The year before as the clause's subject when named as a report year (上年度, 上一年度)
#: or two years back (前年), not before 结转/遗留 (上年度结转 is carried over).
#: (Not 去年/上年 as the subject: a report is written the year after the one it covers,
#: and 去年我局…共发布信息457条 is often the report's own year.)
OTHER_PERIOD = lazy_regex(
    r"(?<!年)以来|[一二三四五六七八九十两几多数0-9]年来|近[一二三四五六七八九十两0-9]{1,2}年"
    r"|第?[一二三四1-4]季度|[上下]半年"
    r"|(?<![0-9０-９年])"
    r"(?!(?<=(?<![0-9])1月?份?[ \t]{0,2}[-—~～至到])12月|(?<=一月?份?[-—~～至到])十二月)"
    r"[0-9一二三四五六七八九十]{1,3}月份?(?![0-9一二三四五六七八九十日号底末])"
    r"|"
    + YEAR_SPAN
    + r"|^[ \t]{0,2}(?:在|于)?(?:上一?年度|前年度?)(?![ \t]{0,2}(?:"
    + _CARRY
    + r"|遗留))"
)
#: the year before as a clause's subject by the words a report's writer uses for it (上年,
#: 去年; not 上年度, OTHER_PERIOD's, nor 上年结转/遗留/同期): the report's own year, or the
#: year before when another clause of the sentence names the report's year (本年, 全年:
#: 上年收到申请3件，本年收到5件); matched at a clause's start
YEAR_BEFORE_SUBJECT = lazy_regex(
    r"[ \t]{0,2}(?:而|但)?(?:在|于)?(?:上一?年|去年)(?![ \t]{0,2}(?:度|" + _CARRY + r"|遗留|同期))"
)
#: the report's own year named in a clause (本年, 本年度, 全年; not 今年: a report written
#: in the next year may call that year 今年 and the report's year 去年)
THIS_YEAR_NAMED = lazy_regex(r"本年|全年")
#: a comparison with an earlier year, or a change rather than a count
COMPARISON = lazy_regex(
    r"(?:比|较|与|同|超过|低于|高于|相比)(?:上一?年|去年|前年)|(?:上一?年|去年)同期"
    r"|同比|环比|增加|增长|减少|下降|提高"
)

#: the whole label of a count after a part of a list that gives the count of another year
#: (其中政策文件400条，上年为350条; 2021年为350条: the part's count a year before, when the
#: year is not the report's), not a part: only the year and a verb, never 上年结转
EARLIER_COUNT = lazy_regex(
    r"^(?:而|但)?(?:(?P<y>20[0-3][0-9])[ \t]{0,2}年度?|上一?年度?|去年|前年)(?:同期)?"
    r"(?:则为|为|是|有|共)?$"
)

#: a year named in a figure's clause (2017年主动公开… in a 2018 report is not the year's figure)
CLAUSE_YEAR = lazy_regex(r"(?<![0-9])(20[0-3][0-9])[ \t]{0,2}年|(" + _CN_YEAR + r")年")

# --- kinds from the lead ----------------------------------------------------------------

#: 主动公开(了)…(政府)信息(数) with an optional 共/为/达: the middle words are returned
#: (资讯: the word of the traditional-script copies, 主動公開政府資訊19條); longer middle
#: words when they end a list of examples with 等 before (政府/政务)信息 (主动公开概况信息、
#: 工作动态信息、便民服务信息等政务信息113条, 主动公开政府文件、政府会议、政务要闻等信息
#: 2548条: the whole, its kinds named); 公开 repeated after 信息 (主动公开政府信息公开403条)
#: is the same count
PROACTIVE_STRONG = lazy_regex(
    r"主动(?:公开|发布|公布)了?(?P<mid>[^，。；]{0,14}?|[^，。；]{15,40}?等(?=政府|政务|信息|资讯))"
    r"(?:政府|政务)?(?:信息|资讯)(?:公开)?"
    r"(?:数量|总数|总量|数)?[ \t:：]{0,2}(?:共计|总计|合计|累计|共|达到|达|为|有)?[ \t:：]{0,2}$"
)
#: the noun after a count (…公开327条信息, 主动发布56条政府信息): the count is read as if
#: the noun came first, after DISCLOSED_VERB_END (信息公开…, 信息申请 and 信息咨询 are other
#: nouns)
INFO_NOUN_AFTER = lazy_regex(r"[ \t]{0,2}((?:各类)?(?:政府|政务)?信息)(?!公开|申请|咨询|化)")
DISCLOSED_VERB_END = lazy_regex(r"(?:公开|发布|公布|上传)了?(?:共计|共)?[ \t]{0,2}$")
#: in a 主动公开 section: 公开信息N条 (strength 0: any better-worded figure wins)
PROACTIVE_SECTION = lazy_regex(
    r"(?:公开|发布|公布|上传)(?:了)?(?:各类)?信息[ \t]{0,2}(?:共计|共|达到|达|为|有)?[ \t]{0,2}$"
)
#: weaker wordings of the count: (政府)信息 after 公开 with a few middle words, 全年公开
#: 信息N条, and 主动公开 with no noun at all (全年主动公开3369条: what is disclosed of its own
#: accord is information; not 已主动公开, an answer, and not after 其中, a share of what
#: the clause before counts: 制发文件1300件，其中主动公开1280件)
PROACTIVE_WEAK = lazy_regex(
    r"(?:公开|发布|公布|上传|发布了|公开了)(?P<mid>[^，。；]{0,10}?)(?:政府|政务)信息"
    r"(?:数量|总数|数)?[ \t]{0,2}(?:共计|共|达到|达|为|有)?[ \t:：]{0,2}$"
    r"|(?:全年|本年|年度|今年)(?:共|共计|累计)?(?:公开|发布|公布)(?:各类)?信息"
    r"(?:共|达|为)?[ \t]{0,2}$"
    r"|(?P<bare>(?<![已应需可拟未不予])主动(?:公开|发布|公布)了?(?:共计|共|达到|达)?[ \t]{0,2}$)"
)
#: the lead of the proactive share of a count of every disclosure, after 其中 (全年共公开
#: 政府信息1300条，其中主动公开1280条，依申请公开20条; 其中属于主动公开的政府信息529条)
PROACTIVE_SHARE_LEAD = lazy_regex(
    r"^[，,]?[ \t]{0,2}其中[ \t:：]{0,2}(?:属于)?主动(?:公开|发布|公布)(?:的)?[ \t]{0,2}"
    r"(?:(?:政府|政务)?信息)?[ \t]{0,2}(?:共计|共|为|有)?[ \t:：]{0,2}$"
)
#: middle words that make a 主动公开…信息 count a part, not the total (…类, 重点领域…)
_NEW_MEDIA = r"微博|微信|公众号|头条|抖音|视频号|客户端"
PROACTIVE_PART = lazy_regex(r"(?<!各)类|(?<![各全])领域|公文|" + _NEW_MEDIA)
#: a channel of the new media named before 主动公开/公开 (通过政务微博主动公开政府信息200
#: 条): what that channel carried, a part of the disclosures
MEDIA_CHANNEL = lazy_regex(_NEW_MEDIA)
#: a channel another clause counts (…754条，通过政务新媒体公开政府信息2808条): the new
#: media by name or as a whole (not in the lead of the count itself: 通过网站、政务新媒体
#: 等渠道主动公开 names all its channels)
CHANNEL_BESIDE = lazy_regex(_NEW_MEDIA + "|新媒体")
#: a place of publication named in a count's lead (在市政府门户网站主动公开信息60条, 通过政务
#: 公开栏…): with another clause of its sentence counting another place (PLACE_CHANNEL),
#: each count is its place's
_PLACES = r"网站|公开栏|宣传栏|公示栏|公告栏|政府公报|报纸|电视台?|广播"
PLACE_OF_PUBLICATION = lazy_regex(r"(?:在|通过)[^，,。；;]{0,12}?(?:" + _PLACES + ")")
#: a place of publication other than the new media (a website by any name, a board, the
#: gazette, the press): named beside a medium, the count is of all of them (依托门户网站、
#: 微信公众号等平台，全年发布信息212条; 在门户网、新闻网、微信公众平台及主流媒体…)
PLACE = lazy_regex(_PLACES + "|门户网|政务网|新闻网|信息网")
#: (a place, or a channel of CHANNEL_BESIDE)
PLACE_CHANNEL = lazy_regex(_PLACES + "|" + CHANNEL_BESIDE.pattern)
#: an average over a part of the year (月均主动公开…100条, 平均每月…), not the year's count
AVERAGE = lazy_regex(r"[月日周天]均|平均|每[月日天周]")
#: middle words of 主动公开…信息 that only qualify the whole (各类, 相关, 了, 的, 政务公开,
#: 本年度; the reporting body itself: 本级, 本单位, 街道 in 本街道…主动公开街道信息423条);
#: any other words right before 信息 (not 政府信息) name a topic: 主动公开财政预决算信息30条
#: is a part (so do sub-units: 各街道信息)
PROACTIVE_WHOLE_MID = lazy_regex(
    r"(?:了|的|各类|各项|各种|相关|有关|全部|所有|等|政府|政务|公开|本年度?|年度|全年|共计|共"
    r"|本级|(?:本|我)?街道|(?:本|我)(?:镇|乡|单位|机关|部门))*+$"
)
#: a share of the whole right after a count (…公开信息492.73万条，占比58.51%; 占27.4%):
#: the count is a part of a total (not 占全市的…: a share of a larger whole)
SHARE_AFTER = lazy_regex(
    r"[ \t]{0,2}[，,]?[ \t]{0,2}占(?:比|总数的?|总量的?)?[ \t]{0,2}(?:为|达)?[ \t]{0,2}\d"
)
NOT_PROACTIVE = lazy_regex(r"不予|不公开|免予|否决|申请公开|依申请|^(?:其他|其余|另有)")
#: the row of the 国办发〔2014〕32号 form 通过不同渠道和方式公开政府信息: what every channel
#: carried added up (one item on three channels counts three), not the items disclosed (each
#: word a match holds 不同: figures looks for it first)
#: the row's verb follows its channel words at once (通过不同方式和渠道，积极推进公开，全年主动
#: 公开…1200条 names no such sum)
CHANNEL_SUM = lazy_regex(
    r"不同的?(?:渠道|途径|方式|载体)(?:[和及与、](?:渠道|途径|方式|载体))?(?:公开|发布)"
)
#: how far before a count its sentence is searched for CHANNEL_SUM (the row as a lead-in of
#: five channels' counts, 通过不同渠道和方式公开政府信息情况：政府网站…，…政府公报公开信息0条)
CHANNEL_SUM_REACH = 200
#: articles placed in outside media (在省级以上媒体发布信息20条, 通过新闻媒体发布信息约2100条,
#: 通过县新闻、《今日某县》等媒体机构公开信息30条): what the media carried, not what the
#: agency disclosed (政务新媒体 is the agency's own channel; 通过网站、新闻媒体等 names the
#: news media among its own channels, as a list with a website (…网) before 等媒体 does)
MEDIA_PLACED = lazy_regex(
    r"在[^，。；]{0,24}?(?<!新)媒体|通过(?:各类|各级|主流)?新闻媒体"
    r"|通过(?:(?!网)[^，,。；;]){0,24}?等(?:新闻)?媒体"
)
#: markup left in a text that was not converted from HTML (a lead is read without it)
TAG = lazy_regex(r"<[^<>\n]{0,300}>")

RECEIVED = lazy_regex(
    r"(?:收到|接到|受理|接收|接受|收悉|新收|办理|处理|共有)[^，。；]{0,30}?"
    r"(?:公开申请|信息申请|申请公开|依申请公开(?:的)?(?:政府)?(?:信息|资讯)|依申请公开|依申请信息公开|依申请|申请)"
    r"(?:数量|总数|数|件数|信件|件|事项)?[ \t]{0,2}(?:共计|共|为|达|有)?[ \t:：]{0,2}$"
    r"|申请(?:政府)?信息公开[ \t]{0,2}(?:共|为)?$"
    r"|(?<!依)申请公开(?:政府)?信息(?:数量|总数|数)?[ \t]{0,2}(?:共|为)?$"
    r"|(?:政府信息公开|信息公开|依申请公开)申请[ \t]{0,2}$"
    r"|(?:政府信息公开|信息公开|依申请公开)申请(?:数量|总数|数|件数)[ \t]{0,2}(?:共计|共|为|达)?$"
    r"|(?:政府信息公开|信息公开|依申请公开)申请[ \t]{0,2}(?:共计|合计|总计|共)[ \t]{0,2}$"
)
#: words that make a 受理…申请 count a disclosure application without a 依申请 section
RECEIVED_SUBJECT = lazy_regex(r"公开|信息")
#: a verb right before the number whose object follows it (共收到70件申请, 对受理的23件申请,
#: 共有44件政府信息公开申请)
RECEIVED_VERB = lazy_regex(r"(?:收到|接到|受理|接收|收悉|共有)[ \t]{0,2}(?:了|的)?[ \t]{0,2}$")
RECEIVED_TAIL = lazy_regex(r"^[^，。；]{0,12}?(?:公开)?申请(?!人)")
#: how far back, in characters, a count in a list may inherit the matter its list is of
#: (受理行政审批申请300件、窗口受理申请200件: the window's count is of approvals too)
LIST_REACH = 80
#: approvals and petitions as a matter, not in a body's name (区行政审批局, 信访办)
_OFFICE = r"(?!(?:服务)?(?:局|科|处|办|中心))"
_APPROVAL = r"审批" + _OFFICE
_PETITION = r"信访" + _OFFICE
#: words that make a count with 申请 in its lead something other than applications
#: (窗口接待群众150人次 counts visitors; 已完成…申请2件 the ones completed; 另处理重复
#: 申请1件 an outcome, the 2021 form's 其他处理 row; 网审, 网上审批 for short: 通过网审平台
#: 受理申请4364件 counts applications for approvals; 协助办理某委…申请16例 another body's)
NOT_RECEIVED = lazy_regex(
    r"复议|诉讼|申诉|"
    + _CARRY
    + r"(?![^，。；]{0,4}?后新收)"  # (结转上年后新收到…47件: the year's new ones)
    r"|办结|完成|答复|转办|" + _APPROVAL + r"|网审|许可"
    r"|咨询|人大|政协|建议|提案|投诉|举报|来信|"
    + _PETITION
    + r"|下载|访问|浏览|点击|接待|重复|协助|协办"
    # (applications for the agency's business: 商标注册申请, 专利申请, 劳动人事争议仲裁申请)
    r"|注册|专利|商标|仲裁"
)
#: a sub-unit that acts for the agency (区政府办代表区政府受理…7件): its share, which a
#: count without one ranks before (全区共受理…20件)
ON_BEHALF = lazy_regex(r"代表|代为")

CARRIED_OVER = lazy_regex(r"上一?年度?" + _CARRY + r"|上年度?遗留")
#: the year's new ones joined to the carried-over ones before them (新收及上年结转申请329件,
#: 本年新收和上年结转的共…): the count is of both together, not of the carried-over ones
NEW_AND_CARRIED = lazy_regex(
    r"(?:新收|新增|新受理)[^，。；,;\n]{0,8}?(?:及|和|与|、|加上?|连同|以及)[ \t]{0,2}"
    r"上一?年度?" + _CARRY
)
#: (the year before also by its number: 2020年结转办理1件 in a 2021 report; FROM_YEAR is
#: that year, which names no other period of the count when it is the report's year less one)
FROM_YEAR = lazy_regex(r"(?P<y>20\d\d)[ \t]{0,2}年度?" + _CARRY)
#: (the next year also by its number after 到/至: 结转到2025年办理7件; FORWARD_TO_YEAR
#: is that year, which names no other period of the count when it follows the report's)
_FORWARD = r"(?:" + _CARRY + r"|顺延|转入)"
_TO_YEAR = _FORWARD + r"(?:到|至)20\d\d年"
FORWARD_TO_YEAR = lazy_regex(_TO_YEAR.replace(r"20\d\d", r"(?P<y>20\d\d)"))
CARRIED_FORWARD = lazy_regex(r"(?:" + _FORWARD + r"|转)(?:到|至)?下一?年|" + _TO_YEAR)
CARRIED_FORWARD_TAIL = lazy_regex(
    r"^[^，。；]{0,4}?(?:" + _FORWARD + r"(?:到|至)?下一?年|" + _TO_YEAR + ")"
)
#: (the object may stand between 办结 and the count: 办结信息公开申请2502件; not after
#: 答复, which also heads a count of the ones handled: 办理、答复…申请151件(含上年结转13件))
COMPLETED = lazy_regex(
    r"(?:办结|答复|办理完毕|已办结|处理完毕)[ \t]{0,2}(?:了|共|申请)?$"
    r"|办结[ \t]{0,2}(?:政府)?信息公开申请$"
)
#: not (yet) done, a share answered late or with an extension (依法延期答复2件) or on the
#: spot (当场答复3件), an outcome (按照不属于政府信息公开申请答复3件), or another body's
#: replies this one helped with (配合某办协查依申请答复6件)
NOT_COMPLETED = lazy_regex(r"未|正在|待|延期|延长|超期|逾期|不属于|当场|当日|即时|协查|协助|协办")
#: another matter than disclosure applications, named in the clause before a count whose
#: subject is left out (受理行政许可事项1200件，办结1180件: the licences completed)
OTHER_MATTER = lazy_regex(
    _APPROVAL
    + r"|网审|许可|"
    + _PETITION
    + r"|来信|来访|建议|提案|投诉|举报|咨询|热线|工单|留言|信箱|信件|复议|诉讼"
)
#: applications for another matter than disclosure: their counts by channel (网上申请3000件)
#: are not of disclosure applications
OTHER_APPLIED = lazy_regex(
    _APPROVAL + r"|网审|许可|" + _PETITION + r"|投诉|举报|咨询|复议|诉讼|提案|办件"
)

#: the name of a count of information at the end of a lead (不予公开信息数1402,
#: 主动公开信息数为425): a count without a unit so named is of 条 of information, not of
#: applications (whose statistics say 申请数 or 答复数)
INFO_COUNT_NAME = lazy_regex(r"信息数[为是：:]?[ \t]{0,2}$")

#: 等 after an outcome's words, outside brackets (因信息不存在等原因无法提供5件): the outcome
#: is one example of a wider class the count is of; brackets are taken off first (不予公开
#: （涉及国家秘密等）3件 lists reasons of the outcome itself)
AMONG_OTHERS = lazy_regex(r"等(?!待)")
BRACKETED = lazy_regex(r"[（(][^（()）]{0,30}[)）]")

#: outcomes and channels of applications, most specific first
OUTCOMES: tuple[tuple[FigureKind, regex.Pattern[str]], ...] = (
    (K.APPLICATIONS_PARTIALLY_GRANTED, lazy_regex(r"部分公开")),
    (K.APPLICATIONS_NOT_ACCEPTED, lazy_regex(r"不予受理|不予处理")),
    (K.APPLICATIONS_WITHHELD, lazy_regex(r"不予(?:以)?公开|否决公开|不公开|不同意公开")),
    (
        K.APPLICATIONS_NOT_THIS_AGENCY,
        lazy_regex(r"不属于本|非本(?:行政)?机关|非本机关|不属本|不是本(?:机关|单位)"),
    ),
    (K.APPLICATIONS_NOT_HELD, lazy_regex(r"信息不存在|不存在|无此信息|不掌握")),
    (K.APPLICATIONS_UNCLEAR, lazy_regex(r"不明确|不具体")),
    (
        K.APPLICATIONS_GRANTED,
        lazy_regex(r"同意公开|予以公开|全部公开|准予公开|已按申请内容提供|已主动公开"),
    ),
)
CHANNELS: tuple[tuple[FigureKind, regex.Pattern[str]], ...] = (
    (K.APPLICATIONS_BY_EMAIL, lazy_regex(r"电子邮件|电子邮箱|邮件")),
    (K.APPLICATIONS_BY_FAX, lazy_regex(r"传真")),
    (K.APPLICATIONS_ONLINE, lazy_regex(r"网络|网上|线上|互联网|在线|网站|电子政务|平台")),
    (K.APPLICATIONS_BY_LETTER, lazy_regex(r"信函|来信|邮寄|邮政")),
    (K.APPLICATIONS_IN_PERSON, lazy_regex(r"当面|现场|来访|窗口")),
)
#: an outcome with the outcomes it includes in brackets right before the number
#: (予以公开（含部分公开）19件: a count of both when they hold an outcome, no figure of
#: either); every match holds 含
OUTCOME_INCLUDING = lazy_regex(r"[（(]包?含(?P<what>[^（()）\n]{1,16})[)）][ \t]{0,2}$")
#: a match of any pattern of OUTCOMES / CHANNELS (a cheap test before the loop over them)
OUTCOME_ANY = lazy_regex("|".join(f"(?:{p.pattern})" for _, p in OUTCOMES))
#: two outcomes joined before one count (同意公开或部分公开共81件, 予以公开和部分公开的共
#: 52件): the count of both together when they are two kinds (不明确、不具体 is one);
#: every match holds one of 或和及与、
OUTCOMES_JOINED = lazy_regex(
    f"(?P<a>{OUTCOME_ANY.pattern})[ \\t]{{0,2}}(?:或者|或是|以及|或|和|及|与|、)[ \\t]{{0,2}}"
    f"(?P<b>{OUTCOME_ANY.pattern})(?:的|类)?[ \\t]{{0,2}}(?:申请)?[ \\t]{{0,2}}"
    r"(?:共计|合计|共|计|为|有)?[ \t]{0,2}$"
)
CHANNEL_ANY = lazy_regex("|".join(f"(?:{p.pattern})" for _, p in CHANNELS))

#: appeals: the words that name each kind
APPEAL_WORD = lazy_regex(r"复议|诉讼|起诉|申诉")
APPEAL_KIND = {
    "复议": K.ADMINISTRATIVE_REVIEWS,
    "诉讼": K.ADMINISTRATIVE_LAWSUITS,
    "起诉": K.ADMINISTRATIVE_LAWSUITS,
    "申诉": K.COMPLAINTS,
}
#: two appeal words joined by one of these are one coordinated subject (复议、诉讼和申诉)
COORDINATOR = lazy_regex(
    r"^[ \t]{0,2}(?:申请|案件|行政)?[ \t]{0,2}(?:、|和|及|与|或|/|以及|及其)"
    r"[ \t]{0,2}(?:行政|提起行政|提起)?$"
)
#: an appeal count that is an outcome or a sub-kind, not the total
APPEAL_PART = lazy_regex(
    r"维持|纠正|纠错|其他结果|审结|撤回|驳回|败诉|胜诉|结案|直接(?:提起)?(?:行政)?(?:起诉|诉讼)|复议后|撤诉|确认违法"
    r"|不予立案|不予受理|撤销|被改变|变更|责令履行|判决"
)

#: the time of a reply (当场答复, 延期答复, 按时办结): a sub-kind of the replies, which a 其中
#: list may name only some of
REPLY_TIMING = lazy_regex(r"当场|当日|即时|延期|延长|按时|按期|逾期|超期")

#: the appeals of every matter (办理各类行政复议案件101件): no count of disclosure's, unless a
#: share of it narrows it (…，其中涉及政府信息公开的3件)
APPEALS_OF_ALL = lazy_regex(r"各类(?:行政)?$")
#: words that narrow a count to disclosure (涉及政府信息公开的): after an appeal count of
#: all the agency's cases in its sentence (本单位涉及行政复议案件12件), the narrowed count
#: is the figure
DISCLOSURE_NARROW = lazy_regex(r"(?:涉及|因|属于|关于|有关)(?:政府)?信息公开")
#: a lead that is only such words (…3件，涉及政府信息公开的0件): the subject of the count
#: before it, narrowed
NARROWED_SUBJECT = lazy_regex(
    r"^(?:其中)?[ \t，,]{0,2}(?:涉及|因|属于|关于|有关)(?:政府)?信息公开(?:工作)?"
    r"(?:的|类|方面的?)?(?:案件)?[ \t]{0,2}(?:共|有|为)?$"
)
APPEAL_KINDS = frozenset(APPEAL_KIND.values())

#: words that make a number after an appeal word count something else: activities about
#: appeals (行政复议应诉培训5次), the courts' own caseload (全区法院受理行政诉讼案件300件),
#: the cases the agency decides as a review body (审理行政复议案件30件, 作出的行政复议决定12件),
#: or the decided share of the appeals (…，25件做了复议决定), or a count of another matter
#: and the appeals together (收到各类咨询、申诉等来信30件: the consultations are in it)
APPEAL_OTHER = lazy_regex(
    r"培训|会议|学习|讲座|演练|宣传|法院[^，,。；;]{0,4}?(?:受理|审理|审结|收案)"
    r"|审理|[作做](?:出的?|了)[^，,。；;]{0,8}?决定"
    r"|(?:咨询|信访|建议|意见|求助)[ \t]{0,2}(?:、|和|及|与|或|/)[ \t]{0,2}"
    r"(?:行政)?(?:复议|诉讼|申诉)"
)

#: the words after a count of parts or sides (全文由概述、…复议和诉讼情况…共七个部分组成,
#: 从三个方面, 五个板块) or of fields (拓展到50多个行政管理领域): it counts the report's
#: parts or the matters of a list, no case or request
PARTS_TAIL = lazy_regex(
    r"^[ \t]{0,2}(?:部分(?=组成|构成|内容|[，,。、；;）)]|$)|方面|板块|章节|篇章|模块"
    r"|\p{Han}{0,6}?领域(?!的?(?:案|行政|诉讼|复议|申请)))"
)

#: after N项: the items of a text's content (…等6项内容。, …等6项内容组成), as PARTS_TAIL
#: after N个
ITEMS_OF_CONTENT_TAIL = lazy_regex(r"^[ \t]{0,2}内容(?=组成|构成|[，,。；;）)]|$)")

FEES = lazy_regex(r"收取|收费|处理费|检索费|复制费|工本费|收缴")
#: a rate in a fee's clause (每页, 每件, 每二小时, 每三页): the amount is a price, not the
#: fees collected
RATE_BEFORE = lazy_regex(r"每[一二两三四五六七八九十0-9]{0,3}(?:件|页|张|份|小时|次|盘|本)")
NOT_FEES = lazy_regex(
    r"减免|经费|支出|投入|资金|预算|补贴|罚款|工资|保险|采购|奖励|补助|行政事业性|非税"
    r"|标准|按件|按量|超过|新台币|港币|美元|"
    + RATE_BEFORE.pattern
    + r"|出让金|税|租金|罚没|保证金|押金|应收|应当收取|应缴"
)

#: the fees of disclosure by name (信息处理费, 检索费, 复制费…) and the words for any fee
#: (收费, 费用): a lead that names any other fee (污水处理费, 停车费, 城市基础设施配套费)
#: counts that fee, not the disclosure fees
DISCLOSURE_FEE = lazy_regex(
    r"(?:(?<![^息开取收共计缴])处理|检索|复制|复印|邮寄|邮递|工本|打印|快递|成本|誊写|装订"
    r"|信息公开)费|收费|费用"
)

#: one fee of several by name (复印费, 邮寄费): a part of the fees when a total follows
FEE_PART = lazy_regex(r"(?:检索|复制|复印|邮寄|邮递|打印|快递|誊写|装订)费")
#: a total with no key word of its own, of the counts or the fees before it (…邮寄费20元，
#: 合计32元; …专栏发布信息514条，总计2401条)
TOTAL_LEAD = lazy_regex(
    r"^[，,]?[ \t]{0,2}(?:合计|共计|总计|总共|共|计|金额)[ \t]{0,2}(?:为|达|收取)?[ \t:：]{0,2}$"
)
#: the words that open the clause of a total after one of its parts (检索费58元，复制费81元，
#: 合计收取费用139元; …，共计35元), matched at the start of the words between the two
TOTAL_NEXT = lazy_regex(r"[，,、；;]?[ \t]{0,2}(?:合计|共计|总计|总共)")
#: the units of a count of fees collected (收取费用3笔，金额为26元: the amount after it is
#: the fees)
FEE_COUNT_UNITS = frozenset({"笔", "次"})

NORMATIVE = lazy_regex(
    r"(?:制定|制发|印发|出台|发布|新增|公开|下发)[^，。；]{0,10}?规范性文件"
    r"[ \t]{0,2}(?:共计|共|有)?[ \t]{0,2}$"
)
#: (规章和规范性文件5件, 规章规范性文件5件: a count of the rules and the documents together)
NOT_NORMATIVE = lazy_regex(
    r"现行|有效|清理|废止|修改|修订|累计|解读|备案|审查|审核|失效"
    r"|规章[ \t]{0,2}(?:和|及|与|、|或|以及)?[ \t]{0,2}规范性文件"
)

#: (咨询类N条 is a category of the information disclosed, 问题咨询类48条: no 类 after 咨询)
CONSULTATION = lazy_regex(
    r"(?:受理|接待|解答|答复|回复|接听|处理|办理|收到|提供|接受)[^，。；]{0,12}?咨询"
    # (not 政策咨询事项问答N条: published questions and answers)
    r"|咨询(?![^，。；]{0,4}?问答)[^，。；类]{0,6}?(?:服务)?[ \t]{0,2}(?:共|达)?$"
)
#: a count placed before the word for what it counts (收到2.4万人次的咨询, 接待了310人次的
#: 政府信息公开咨询): the lead ends at the verb, the tail holds 咨询
CONSULTATION_VERB_END = lazy_regex(
    r"(?:受理|接待|解答|答复|回复|接听|处理|办理|收到|接到|接受)[了共约计达]{0,2}$"
)
CONSULTATION_TAIL = lazy_regex(r"^[ \t]{0,2}的?[^，。；\d]{0,10}?咨询(?!类)")

# --- statements of zero --------------------------------------------------------------------

#: a negation that opens a statement of zero (未收到…申请, 没有向申请人收费, 未对申请人收
#: 取费用, 无…行政诉讼, 不存在因…行政复议…的情况, 无收费情况, 未收费)
ZERO_OPEN = lazy_regex(
    r"(?:并未|均未|从未|未曾|没有|未|无|并无|不存在)"
    r"(?:收到|接到|受理|接收|收悉|发生|出现|产生|存在|有过|有|向|收取|收(?!费)|针对|关于|有关|涉及)"
    r"|(?:并未|均未|从未|未曾|没有|未)对(?=[^，,。；;]{0,24}?收(?:取)?[^，,。；;]{0,8}?费)"
    # (无论, 无法, 无需, 无正当理由 open no statement of zero: 无论网上申请还是当面申请…)
    r"|(?:没有|并无|不存在|无(?![论法需须]|正当))"
    r"(?=[^，,。；;]{0,6}?(?:政府信息公开|信息公开|行政复议|行政诉讼|申请|收费)"
    r"|结转下一?年度?[^，,。；;]{0,6}?申请)"
    r"|(?:并未|均未|从未|未)(?=[ \t]{0,2}收费)"
)
#: a negation right before 一 with its unit (无一例, 未发生一起, 没有收到一件): "not a single
#: one", a statement of zero, not a count of one
NOT_ONE_BEFORE = lazy_regex(
    r"(?:无|没有|未|并无|从未)(?:发生|出现|收到|接到|受理|产生|有)?过?[ \t]{0,2}$"
)
#: words before a negation in its clause that make it an aim or a supposition, not a
#: statement of what happened in the year (力争全年无行政复议, 确保不…, 如未收到申请，应…;
#: a supposition opens the clause)
ZERO_UNSTATED = lazy_regex(
    r"力争|争取|目标|确保|努力|务必|杜绝|避免"
    r"|^[ \t\u3000\n]{0,2}(?:如果|假如|倘若|如|若|一旦)(?![下实期此同今])"
)
#: 不收取任何费用: a statement of zero about fees only
ZERO_FEE_OPEN = lazy_regex(r"(?:一律|均|并|从)?不(?:收取|收)(?=[^，,。；;]{0,12}?费)")
#: a group a fee is waived for, right before the negation (对困难群众不收取任何费用): a
#: waiver for them, not the fees of the year; FEE_ALL in it names every applicant
FEE_WAIVED_FOR = lazy_regex(r"对(?P<who>[^，,。；;]{1,12}?)[ \t]{0,2}$")
FEE_ALL = lazy_regex(r"申请|所有|全部|一切|任何|各类")
#: a hedge in the clause before 不收取…费 (原则上不收取费用, 一般不收费): the rule, with
#: exceptions, not what was collected in the year
FEE_HEDGE = lazy_regex(r"原则上|一般|通常|除[^，,。；;]{0,20}?外")
#: what a statement of zero may be about, in the words after the negation
ZERO_NOUN = lazy_regex(
    r"(?P<r>行政复议|复议)|(?P<l>行政诉讼|诉讼|起诉)|(?P<c>申诉)"
    r"|(?P<f>收费|收取[^，,。；;]{0,12}?费|处理费|费用)"
    r"|(?P<a>申请(?!人|书|表|材料|渠道|方式|回执|(?:公开)?对象))"
)
#: an outcome of an appeal near its noun in a statement of zero: the statement is about
#: that outcome, not the count (未发生被纠错的行政复议案件, 无被行政复议纠错的情况); or of
#: one path of them (没有被申请行政复议后又提起行政诉讼的情况: no lawsuit after a review)
#: answers named between a negation and an appeal (没有不予公开的申请被申请人提起复议): a
#: zero of the appeals of those answers only
ZERO_OF_ANSWERS = lazy_regex(r"不予公开|不公开|部分公开|未办结|不予处理")
ZERO_APPEAL_OUTCOME = lazy_regex(
    r"纠错|纠正|败诉|撤销|确认违法|被改变|变更|复议后又?提起|复议后起诉"
)
#: words between a negation and 申请 that negate something else (无不予公开的申请, 无超期
#: 答复的申请, 没有未办结的申请, 没有部分公开的申请: the statement is of an outcome, a delay
#: or those still open, not of the applications; 无上年
#: 结转…申请: of the ones carried over; 未收到要求更正政府信息的申请: of the requests to
#: correct or to waive a fee; 无涉及国家秘密的申请, 没有涉及收费的申请: of some of them)
_NEGATES_OTHER = (
    r"不予|不公开|免予|不属于|不明确|不存在|超期|逾期|延期|更正|减免|秘密|涉密|隐私|收费|积压"
    r"|未办结|办结的|部分公开|予以公开的|同意公开的|答复的"
)
ZERO_OTHER_NEGATION = lazy_regex(_NEGATES_OTHER + "|" + _CARRY)
#: ZERO_OTHER_NEGATION's words but the carrying ones: a statement of no carried-over
#: application that also negates something else (无上年结转的不予公开申请) is none of them
ZERO_NEGATES_OTHER = lazy_regex(_NEGATES_OTHER)
#: the applications carried over from the year before, or to the next, between a negation
#: and 申请 (无上年结转的政府信息公开申请, 无结转下年度办理的申请): a zero of those
ZERO_CARRIED = lazy_regex(r"(?P<over>上一?年度?结转|结转上一?年)|(?P<fwd>结转(?:至|到)?下一?年)")
#: words between a negation and its noun that make the statement of zero one of a part
#: only, not the year's count (未收到其他申请 after a count: none besides them; 未收到信函
#: 申请, 未收到书面申请: none by that channel, CHANNELS reads which; a match of 其他 ends
#: right before the noun: 公民、法人或者其他组织申请 is every applicant)
ZERO_PART = lazy_regex(
    r"书面|口头|直接|(?:其他|其它|其余|另外)的?(?:政府信息公开|信息公开|依)?[ \t]{0,2}$"
)
#: applicants named between a negation and 申请: organisations only (未收到法人或其他组织的
#: 申请) or natural persons only (未收到自然人申请) is a zero of those applicants; 公民、
#: 法人和其他组织 (or 公民, 群众 alone, as reports say for everyone) is every applicant
ZERO_ORGANISATIONS = lazy_regex(r"法人|组织|企业|机构")
ZERO_PERSONS = lazy_regex(r"公民|群众|市民|居民|公众|个人|社会|申请人|自然人")
#: words between a negation and 申请 that make a list of channels every channel (未收到通过
#: 网上、信函、当面等任何形式提交的申请: none at all)
ZERO_EVERY = lazy_regex(r"任何|所有|一切|各种|各类|全部")
#: words between a negation and a fee that make the statement of zero one of an unlawful
#: fee, of a request or of the agency's other fees, not of the fees collected (未发生违规收费,
#: 未收到要求减免费用的申请, 行政事业性收费为零)
#: (减免 right before the fee, not after 收取或: 减免费用的申请 is a request)
ZERO_FEE_OTHER = lazy_regex(
    r"违规|违法|乱|超标|擅自|要求减免|申请减免|(?<![或和及、])减免$"
    # (未收取行政事业性收费: the agency's fees of 表二, not those of disclosure)
    r"|事业性|非税"
)
#: words after a fee or an appeal in a statement of zero that make it the cause of what the
#: statement is about (未发生因收费问题引发的行政复议: no review, said nothing of the fees;
#: 未发生因行政复议引起的行政诉讼: no lawsuit, said nothing of the reviews)
AS_CAUSE_AFTER = lazy_regex(r"[^、和及与或，,。；;]{0,8}?(?:引发|引起|导致)")
#: 申请 followed by one of these words qualifies another noun, which the statement of zero
#: is about: the cause of an appeal (因…申请提起复议), a delay of its answers (申请答复超期),
#: a complaint it led to (申请引发的投诉), its fees (未收取…申请费用), what befell it
#: (没有申请被驳回)
APPLICATION_QUALIFIES = lazy_regex(
    r"[^、和及与或，,。；;]{0,12}?(?:复议|诉讼|申诉|答复|超期|逾期|投诉|举报|费)"
    # (没有申请被驳回: an outcome of the applications; 未出现申请量大幅增长, 无申请积压: a
    # change or a backlog of them)
    r"|[ \t]{0,2}被|[^，,。；;]{0,8}?(?:增长|增加|下降|减少|激增|上升|积压)"
)
#: 因 between a negation and 申请 makes the applications a cause of what the statement is
#: about (没有因依申请公开信息收取或减免费用: no fee for them, not no applications)
APPLICATION_AS_CAUSE = lazy_regex(r"因(?!此)")
#: an appeal followed by these words qualifies a cost or a document, which the statement of
#: zero is about (未产生诉讼相关的费用支出, 未产生诉讼费用; 尚未收到行政复议决定书: the
#: review is there, its decision not yet): not a count of appeals, nor of fees
#: collected (APPEAL_COST_BEFORE: the appeal right before 费用); a bracketed note between
#: them, or an appeal inside it, changes nothing (未产生与诉讼（行政复议、行政申诉）有关的费用)
APPEAL_QUALIFIES = lazy_regex(
    r"(?:[（(][^，,。；;（()）]{0,20}?[)）]|[^，,。；;（()）]{0,20}?[)）])?"
    r"[^、和及与或，,。；;（()）]{0,6}?(?:费|支出|决定|判决|裁定|文书)"
)
APPEAL_COST_BEFORE = lazy_regex(r"(?:复议|诉讼|申诉)(?:案件)?[)）]?(?:相关|有关)?的?$")
#: words before 申请 that make it not a disclosure application
NOT_APPLICATION_BEFORE = ("复议", "诉讼", "减免", "审批", "许可", "延期", "延长", "更正")
ZERO_STATEMENT_MAX = 48
#: a rate, not an amount (100元/件, 10元每页)
RATE_TAIL = lazy_regex(r"[ \t]{0,2}(?:/|每|一件|一页)")
#: a number without a unit still counts after these words (行政复议数为0, 收费金额：0)
UNITLESS_LEAD = lazy_regex(
    r"(?:数|数量|总数|件数|金额|总额)[ \t]{0,2}(?:为|是|共|共计|：|:)?[ \t]{0,2}$"
)
#: what may follow a number without a unit for it to be a count (a clause end)
UNITLESS_AFTER = lazy_regex(r"[ \t]{0,2}(?:[，,。；;！!]|\n|$)")
#: the rest of a table row after its label, up to the next row's marker
ROW_REST = r"(?:(?![一二三四五六七八九]、|[（(][一二三四五六七八九][)）])[^\n]){0,300}"
#: one number for each of a coordinated subject (行政复议、行政诉讼各1件)
EACH = lazy_regex(r"(?:各|均为|均|分别|都)[ \t]{0,2}$")
#: 申请数为零, 行政复议为零; a lone 0 without a unit says the same (行政复议和行政诉讼
#: 均为0: none of either)
ZERO_WORD = lazy_regex(
    r"(?P<subject>(?:公开申请|信息申请|申请|行政复议|复议|行政诉讼|诉讼|申诉|收费)"
    r"[^，,。；;\n]{0,16}?)"
    r"(?:(?:均为|为|是|皆为)[ \t]{0,2}(?:零|0)|(?:情况)?[ \t]{0,2}[：:][ \t]{0,2}(?:无|零))"
    r"(?=[ \t]{0,2}(?:[，,。；;！!\n]|$))"
)

# --- breakdowns ---------------------------------------------------------------------------------

#: what opens a list of parts after a total
BREAKDOWN_OPEN = lazy_regex(r"其中|包括")
#: a nested 其中 inside a list of parts starts a new total (其中; 内有 and 具体为: 机构类信息20条，
#: 内有领导成员10条…, 在网站公开信息153条，具体为：财政类信息68条…); a plain alternation of
#: literals (figures reads its words from it: _NESTED_WORDS)
NESTED_OPEN = lazy_regex(r"其中|内有|具体为")
#: a sentence that opens with a breakdown of the previous sentence's total (其中，… /
#: 申请方式中，… / 从申请方式看，… / 在主动公开的信息中，…)
BREAKDOWN_SENTENCE = lazy_regex(
    r"[ \t\u3000\n]{0,8}(?:其中|[^，,。；;\n]{1,8}?(?:方式|渠道|形式|类型|类别|来源|结果|情况"
    r"|公开的?信息)(?:上|中|方面|来看|看))"
)
#: the longest match of BREAKDOWN_SENTENCE (8 spaces, 8 characters, a word, 方面)
BREAKDOWN_SENTENCE_MAX = 23
#: the end of a BREAKDOWN_SENTENCE match that names the disclosed items as a whole (在主动
#: 公开的信息中): not a word of a breakdown, so only the parts' sum says the list divides
#: the total before it (在公开信息中 after 制作信息30条，其中主动公开24条 divides the 24)
ITEMS_OPENING = lazy_regex(r"公开的?信息(?:上|中|方面|来看|看)$")
LABEL_STRIP = " \t\u3000\n\r，,；;：:、。"
#: brackets right after a part: the numbers in them are about that part (予以公开8件（含部分
#: 公开2件）, 预决算公开197条（政府预决算32条，部门预决算165条）, 10件（同比增加2件）), no siblings
SUBPART_OPEN = lazy_regex(r"^[ \t]{0,2}[（(]")
#: what separates the labels of a 分别为 list (网上申请、信函申请分别为10件、5件)
LABEL_JOIN = lazy_regex(r"、|以及|和|及|与")
#: words that open a part's label without being part of it, and enumerators (一是, 1.,
#: （1）)
LABEL_LEAD = lazy_regex(
    r"^(?:其中|包括|包含|另有|共有|共计|共|有|通过|以及|[和及](?=其[他它余])|分别[为是]"
    r"|[一二三四五六七八九十]是|[0-9]{1,2}[.．、]"
    r"|[（(][0-9一二三四五六七八九十]{1,2}[)）])[ \t，,：:]{0,2}"
)
#: words that open a label placed after its number (5件为当面申请)
LABEL_AFTER_LEAD = ("为", "是", "系")
#: the end of the words right after a number that are its own noun or label, up to the
#: next number (2件行政复议、1件行政诉讼; 5件为当面申请、1件为信函申请; 1件行政复议和
#: 1件行政诉讼): a separator, or a joining word right before the next number
NOUN_AFTER_END = lazy_regex(r"[，,；;、。]|(?:以及|(?<!涉)及|和|与)$")

# --- legacy statistics tables (pre-2019 统计表 rows: label, unit, this year, cumulative) ------

#: a row: its label (a bracketed note after it: 主动公开政府信息数（不同渠道和方式公开相同
#: 信息计1条）), its unit, then its numbers: one (the national 统计表 of 2015–2018, one
#: column 统计数), two (this year, cumulative) or three (a row code of a 代码 column first:
#: 行政复议数 | 件 | 32 | 0 | 1), or 00 glued to the unit; a 代码 column may stand before
#: the unit instead (行政复议数 | 12 | 件 | 0 | 39: ``code``); cells joined by blanks, '|' or
#: line breaks (one cell a line).  Labels: pingtan's 统计表 (主动公开信息数, 受理依申请
#: 公开信息总数 …) and the national one (收到申请数, 申请办结数, 行政复议数量 …)
LEGACY_ROW = lazy_regex(
    r"(?P<label>主动公开政府信息数|主动公开信息数|受理依申请公开信息总数|申请总数|收到申请数"
    r"|申请办结数|当面申请数|传真申请数|电子邮件申请数|网络申请数|网上申请数|信函申请数"
    r"|不同意公开答复数|同意公开答复数|同意部分公开答复数|否决公开答复数|不属于本行政机关公开数"
    r"|申请信息不存在数|告知作出更改补充数"
    r"|行政复议数量|行政复议数|行政诉讼数量|行政诉讼数|举报投诉数量|举报投诉数|行政申诉(?:、举报)?数"
    r"|依申请公开信息收取的费用)"
    r"(?:[ \t]{0,2}[（(][^（()）\n]{0,40}[)）])?"
    r"(?:[ \t|\n\u3000]{0,40}(?P<code>[0-9]{1,4}))?"
    r"[ \t|\n\u3000]{0,40}(?P<unit>条|件|个|次|万元|元)[ \t|\n\u3000]{0,40}"
    r"(?:(?P<zeros>00)(?![0-9.])|(?P<a>[0-9]{1,15}(?:\.[0-9]{1,4})?)"
    r"(?:[ \t|\n\u3000]{1,40}(?P<b>[0-9]{1,9}(?:\.[0-9]{1,4})?)"
    r"(?:[ \t|\n\u3000]{1,40}(?P<c>[0-9]{1,9}))?)?"
    r"(?![ \t|\u3000]{0,40}[0-9.]))"
)
#: the header of a legacy table (指标名称, 统计指标), and a 代码 (row code) column in it: the
#: first number of a row is then its code, not a count
LEGACY_HEADER = lazy_regex(
    r"指[ \t]{0,2}标[ \t]{0,2}名[ \t]{0,2}称|统[ \t]{0,2}计[ \t]{0,2}指[ \t]{0,2}标"
)
LEGACY_CODE_COLUMN = lazy_regex(r"代[ \t]{0,2}码")
LEGACY_KIND: dict[str, FigureKind] = {
    "主动公开信息数": K.PROACTIVE_DISCLOSURES,
    "受理依申请公开信息总数": K.APPLICATIONS_RECEIVED,
    "申请总数": K.APPLICATIONS_RECEIVED,
    "当面申请数": K.APPLICATIONS_IN_PERSON,
    "传真申请数": K.APPLICATIONS_BY_FAX,
    "电子邮件申请数": K.APPLICATIONS_BY_EMAIL,
    "网上申请数": K.APPLICATIONS_ONLINE,
    "信函申请数": K.APPLICATIONS_BY_LETTER,
    "同意公开答复数": K.APPLICATIONS_GRANTED,
    "同意部分公开答复数": K.APPLICATIONS_PARTIALLY_GRANTED,
    "否决公开答复数": K.APPLICATIONS_WITHHELD,
    "不同意公开答复数": K.APPLICATIONS_WITHHELD,
    "主动公开政府信息数": K.PROACTIVE_DISCLOSURES,
    "收到申请数": K.APPLICATIONS_RECEIVED,
    "申请办结数": K.APPLICATIONS_COMPLETED,
    "网络申请数": K.APPLICATIONS_ONLINE,
    "不属于本行政机关公开数": K.APPLICATIONS_NOT_THIS_AGENCY,
    "申请信息不存在数": K.APPLICATIONS_NOT_HELD,
    "告知作出更改补充数": K.APPLICATIONS_UNCLEAR,
    "行政复议数量": K.ADMINISTRATIVE_REVIEWS,
    "行政诉讼数量": K.ADMINISTRATIVE_LAWSUITS,
    "举报投诉数量": K.COMPLAINTS,
    "举报投诉数": K.COMPLAINTS,
    "依申请公开信息收取的费用": K.FEES_COLLECTED,
    "行政复议数": K.ADMINISTRATIVE_REVIEWS,
    "行政诉讼数": K.ADMINISTRATIVE_LAWSUITS,
    "行政申诉数": K.COMPLAINTS,
    "行政申诉、举报数": K.COMPLAINTS,
}

# --- which sections say what a figure is ---------------------------------------------------------

_APPLICATION_KINDS = frozenset(k for k in FigureKind if k.name.startswith("APPLICATIONS_"))

PREFERRED_SECTIONS: dict[FigureKind, frozenset[SectionKind]] = {
    K.PROACTIVE_DISCLOSURES: frozenset({SectionKind.PROACTIVE_DISCLOSURE}),
    K.ADMINISTRATIVE_REVIEWS: frozenset({SectionKind.REVIEWS_AND_LAWSUITS}),
    K.ADMINISTRATIVE_LAWSUITS: frozenset({SectionKind.REVIEWS_AND_LAWSUITS}),
    K.COMPLAINTS: frozenset({SectionKind.REVIEWS_AND_LAWSUITS}),
    K.FEES_COLLECTED: frozenset({SectionKind.FEES, SectionKind.OTHER_MATTERS}),
    K.CONSULTATIONS: frozenset({SectionKind.CONSULTATIONS}),
    K.NORMATIVE_DOCUMENTS: frozenset({SectionKind.PROACTIVE_DISCLOSURE}),
    **{k: frozenset({SectionKind.APPLICATIONS}) for k in _APPLICATION_KINDS},
}
