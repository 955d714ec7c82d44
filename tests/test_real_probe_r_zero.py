"""Cases found by running the library on report pages it had never seen, on statements of
zero and the sentences near them (probe of stop 20, r-zero): each test is a constructed
fixture with its own wording and numbers, of a value read wrong, and a near case that
must still read."""

from __future__ import annotations

import govinfo_reports as gr

_BUREAU_2021 = (
    "某某县水利局2021年政府信息公开工作年度报告\n"
    "本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。\n"
    "一、总体情况\n2021年,我局认真做好政府信息公开工作。\n"
    "二、依申请公开情况\n"
)


def _figures(text: str) -> dict[str, list[int | None]]:
    """Each kind's values, in the order the figures are given."""
    figures = gr.parse(_BUREAU_2021 + text + "\n").figures
    kinds = dict.fromkeys(f.kind.value for f in figures)
    return {k: [f.quantity.value for f in figures if f.kind.value == k] for k in kinds}


# --- 无论, 无法: no negation of a count ---------------------------------------------------


def test_whether_by_any_channel_is_no_statement_of_zero() -> None:
    text = "无论是信函申请还是网上申请,我局都在规定时限内作出答复。"
    assert "applications_received" not in _figures(text)


def test_none_of_the_applications_still_reads() -> None:
    # near case: 无 before the applications states none
    assert _figures("本年度无政府信息公开申请。")["applications_received"] == [0]


# --- a statement of zero of another year --------------------------------------------------


def test_zero_of_the_year_before_named_by_its_number_is_not_the_years() -> None:
    text = "2020年未收到政府信息公开申请,2021年收到政府信息公开申请6件。"
    assert _figures(text)["applications_received"] == [6]


def test_zero_of_the_reports_own_year_still_reads() -> None:
    text = "2021年未收到政府信息公开申请,未发生行政复议。"
    assert _figures(text)["applications_received"] == [0]


# --- a zero of a part: other ones, one channel, written ones ---------------------------


def test_no_other_applications_after_a_count_is_no_zero() -> None:
    text = "全年收到政府信息公开申请4件,此外未收到其他申请。"
    assert _figures(text)["applications_received"] == [4]


def test_no_application_by_letter_is_a_zero_of_that_channel() -> None:
    text = "本年度通过网站收到申请7件,未收到信函申请。"
    figures = _figures(text)
    assert "applications_received" not in figures
    assert figures["applications_by_letter"] == [0]


def test_no_written_application_is_no_zero_of_all() -> None:
    text = "我局没有收到书面申请,均为电话咨询。"
    assert "applications_received" not in _figures(text)


def test_other_organisations_in_the_applicants_still_read() -> None:
    # near case: 其他 of 其他组织 names every applicant
    text = "本年度未收到公民、法人或者其他组织提出的政府信息公开申请。"
    assert _figures(text)["applications_received"] == [0]


# --- 未受理的申请, 尚未收到…决定书, 未发生违规收费 --------------------------------------


def test_applications_not_accepted_as_a_phrase_is_no_zero() -> None:
    text = "对未受理的申请,我局均书面告知申请人理由。"
    assert "applications_received" not in _figures(text)


def test_a_decision_not_yet_received_is_no_zero_of_reviews() -> None:
    text = "截至报告编制时,尚未收到行政复议决定书。"
    assert "administrative_reviews" not in _figures(text)


def test_no_review_still_reads() -> None:
    # near case: the reviews themselves
    assert _figures("本年度未收到行政复议申请。")["administrative_reviews"] == [0]


def test_no_unlawful_fee_is_no_zero_of_fees() -> None:
    assert "fees_collected" not in _figures("全年未发生违规收费现象。")


def test_no_fee_collected_still_reads() -> None:
    assert _figures("全年未收取任何费用。")["fees_collected"] == [0]


def test_a_fee_as_the_cause_of_a_review_is_no_zero_of_fees() -> None:
    figures = _figures("本年度未发生因收费问题引起的行政复议。")
    assert "fees_collected" not in figures
    assert figures["administrative_reviews"] == [0]


def test_a_request_for_a_waiver_is_no_zero_of_fees() -> None:
    assert "fees_collected" not in _figures("未收到申请人提交的减免费用申请。")


def test_no_fee_collected_or_waived_still_reads() -> None:
    # near case: 收取或减免 is of the fees themselves
    assert _figures("本机关未收取或减免任何费用。")["fees_collected"] == [0]


# --- a word of none after a subject that another negation qualifies ---------------------


def test_none_withheld_is_no_zero_of_the_received() -> None:
    assert "applications_received" not in _figures("不予公开申请:无。")


def test_none_received_as_a_word_still_reads() -> None:
    assert _figures("政府信息公开申请:无。")["applications_received"] == [0]


# --- 无一例: not a single one -------------------------------------------------------------


def test_not_a_single_review_is_no_count_of_one() -> None:
    text = "本年度无一例因政府信息公开引发的行政复议。"
    assert _figures(text)["administrative_reviews"] == [0]


def test_not_a_single_appeal_of_two_kinds_is_no_false_alarm() -> None:
    text = "全年未发生一起行政复议和行政诉讼案件。"
    codes = [p.code for p in gr.parse(_BUREAU_2021 + text + "\n").validate()]
    assert "figures.coordinated" not in codes


def test_one_review_still_reads() -> None:
    # near case: 一件 after its subject is a count of one
    assert _figures("收到行政复议一件,无行政诉讼。")["administrative_reviews"] == [1]


# --- a zero of requests to correct a record or to waive a fee ----------------------------


def test_no_request_to_correct_is_no_zero_of_the_received() -> None:
    text = "全年收到政府信息公开申请3件,未收到要求更正相关政府信息的申请。"
    assert _figures(text)["applications_received"] == [3]


def test_no_request_for_a_waiver_is_no_zero_of_the_received() -> None:
    assert "applications_received" not in _figures("未收到申请人提交的减免费用申请。")


# --- an aim or a supposition is no statement of zero ------------------------------------


def test_an_aim_of_no_review_is_no_zero() -> None:
    text = "下一步,我局将力争全年无因政府信息公开引发的行政复议。"
    assert "administrative_reviews" not in _figures(text)


def test_a_supposition_of_no_application_is_no_zero() -> None:
    text = "若未收到政府信息公开申请,年报中应如实说明。"
    assert "applications_received" not in _figures(text)


def test_no_review_after_an_aim_in_another_clause_still_reads() -> None:
    # near case: the aim is in a clause of its own
    text = "我局严格审核,确保发布准确,全年未发生行政复议。"
    assert _figures(text)["administrative_reviews"] == [0]


# --- a part of the year, a receipt, a rule ---------------------------------------------


def test_no_application_in_a_part_of_the_year_is_no_zero_of_the_year() -> None:
    assert "applications_received" not in _figures("1至9月未收到政府信息公开申请。")
    assert "applications_received" not in _figures("上半年未收到政府信息公开申请。")


def test_no_review_over_years_that_hold_the_report_s_still_reads() -> None:
    # near case: none in three years is none in the year
    assert _figures("近三年来未发生行政复议。")["administrative_reviews"] == [0]


def test_no_receipt_of_an_application_is_no_zero_of_applications() -> None:
    assert "applications_received" not in _figures("有群众反映没有收到申请回执。")


def test_a_rule_on_applications_without_reason_is_no_zero() -> None:
    assert "applications_received" not in _figures("无正当理由大量申请的,不予处理。")


# --- a zero of some of the applications, or of what befell them -------------------------


def test_no_application_touching_a_secret_is_no_zero_of_all() -> None:
    assert "applications_received" not in _figures("本年度无涉及国家秘密的申请。")


def test_no_application_rejected_is_no_zero_of_all() -> None:
    assert "applications_received" not in _figures("本年度没有申请被驳回。")


def test_no_application_at_all_still_reads() -> None:
    # near case: the applications themselves
    assert _figures("本年度没有政府信息公开申请。")["applications_received"] == [0]


# --- the agency's own fees (表二 行政事业性收费) are not the fees of disclosure --------------


def test_no_administrative_fee_is_no_zero_of_disclosure_fees() -> None:
    assert "fees_collected" not in _figures("本单位未收取行政事业性收费。")
    assert "fees_collected" not in _figures("行政事业性收费为零。")


def test_a_word_of_zero_after_another_clause_still_reads() -> None:
    # near case: the clause before (收费为零) is no word of the next subject's
    figures = _figures("全年收费为零,行政复议为零。")
    assert figures["fees_collected"] == [0]
    assert figures["administrative_reviews"] == [0]


# --- a change or a backlog of the applications -------------------------------------------


def test_no_surge_of_applications_is_no_zero() -> None:
    assert "applications_received" not in _figures("全年未出现申请量明显增长的情况。")


def test_no_backlog_is_no_zero_of_the_received() -> None:
    text = "全年收到政府信息公开申请9件,无积压申请。"
    assert _figures(text)["applications_received"] == [9]


def test_a_review_as_the_cause_of_a_lawsuit_is_no_zero_of_reviews() -> None:
    figures = _figures("本年度未发生因行政复议引起的行政诉讼。")
    assert "administrative_reviews" not in figures
    assert figures["administrative_lawsuits"] == [0]


# --- a zero of sub-units, or of the whole area in a department's report -----------------

_EDU_2020 = (
    "某某市教育局2020年政府信息公开工作年度报告\n"
    "本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。\n"
    "一、总体情况\n2020年,我局认真做好政府信息公开工作。\n"
)


def _edu(text: str) -> list[int | None]:
    figures = gr.parse(_EDU_2020 + text + "\n").figures
    return [f.quantity.value for f in figures if f.kind.value == "applications_received"]


def test_no_application_of_sub_units_is_no_zero_of_the_agency() -> None:
    assert _edu("我局全年收到政府信息公开申请5件,局属各单位未收到申请。") == [5]


def test_no_application_of_the_whole_city_in_a_bureau_report_is_no_zero() -> None:
    assert _edu("全市未收到政府信息公开申请。") == []


def test_no_application_of_the_bureau_itself_still_reads() -> None:
    assert _edu("我局未收到政府信息公开申请。") == [0]


def test_no_application_by_every_channel_listed_still_reads() -> None:
    # near case of the channel rule: every channel meant (任何形式)
    text = "全年未收到通过网上、信函、当面等任何形式提交的政府信息公开申请。"
    assert _figures(text)["applications_received"] == [0]


# --- a zero of some of the applicants -----------------------------------------------------


def test_no_application_of_organisations_is_no_zero_of_all() -> None:
    text = "本年度未收到法人或其他组织的申请,收到自然人提出的政府信息公开申请3件。"
    assert _figures(text)["applications_received"] == [3]


def test_no_application_of_everyone_still_reads() -> None:
    text = "本年度未收到公民、法人和其他组织提出的政府信息公开申请。"
    assert _figures(text)["applications_received"] == [0]
