"""Exact conversion of numerals the grammar in :mod:`numerals` has already cut out.

Pure functions, no regexes over prose.  Chinese numerals are converted by a small
positional parser (faster than cn2an and exact on the colloquial forms: 一万二 → 12000,
三千五 → 3500, 二百五 → 250, 廿三 → 23, financial capitals 壹贰叁 …); Arabic numerals with
multipliers (``1.5万``, ``3万5千``, ``10余万``) are computed in :class:`decimal.Decimal`.

>>> cn_int("一万二"), cn_int("三千零五"), cn_int("十万零一十"), cn_int("万一")
(12000, 3005, 100010, None)
>>> arabic("1.23456万")
(Decimal('12345.6'), False, True)
"""

from __future__ import annotations

import functools
from decimal import Decimal, InvalidOperation

from .model import Number

DIGITS: dict[str, int] = {
    "〇": 0,
    "○": 0,
    "零": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "贰": 2,
    "貳": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "叁": 3,
    "參": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "陸": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
TENS: dict[str, int] = {"廿": 20, "卅": 30}
BIG_UNITS: dict[str, int] = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
MULTIPLIERS: dict[str, int] = {"十": 10, "百": 100, "千": 1000, **BIG_UNITS}
ZEROS = "〇○零"
#: every character a Chinese numeral may contain (the scanner's character class)
CN_CHARS = "".join(sorted({*DIGITS, *SMALL_UNITS, *TENS, *BIG_UNITS}))
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
MAX_CN_LEN = 40
MAX_INT_DIGITS = 15


def _section(s: str) -> int | None:
    """A numeral below 10000 (no 万/亿), or None when malformed."""
    total = 0
    digit: int | None = None
    last = 100_000  # the last place unit seen
    zero = False  # a 零 is pending
    zero_before_digit = False
    for ch in s:
        d = DIGITS.get(ch)
        if d is not None:
            if digit is not None:
                return None  # two digits in a row (三四, 十三五): not a single numeral
            if d == 0:
                zero = True
                continue
            digit = d
            zero_before_digit = zero
            zero = False
            continue
        u = SMALL_UNITS.get(ch)
        if u is not None:
            if u >= last:
                return None
            if digit is None:
                if u == 10 and total == 0 and not zero:
                    digit = 1  # 十五
                else:
                    return None  # bare 百, 千
            total += digit * u
            last = u
            digit = None
            zero = False
            continue
        t = TENS.get(ch)
        if t is not None:
            if last <= 10 or digit is not None or zero:
                return None
            total += t
            last = 10
            continue
        return None
    if digit is None:
        return None if zero or last == 100_000 else total
    if not zero_before_digit and last in (100, 1000):
        return total + digit * (last // 10)  # 三千五 = 3500, 二百五 = 250
    return total + digit


def _strip_zero(s: str) -> tuple[str, bool]:
    stripped = s.lstrip(ZEROS)
    return stripped, stripped != s


def _below(s: str, unit: int) -> int | None:
    """The part after 万 (unit 10**4) or 亿 (10**8): 零… , a bare digit (colloquial), or a
    numeral."""
    if not s:
        return 0
    rest, had_zero = _strip_zero(s)
    if not rest:
        return None
    if not had_zero and len(rest) == 1:
        d = DIGITS.get(rest)
        if d:
            return d * unit // 10  # 一万二 = 12000, 一亿二 = 120000000
    value = _wan(rest) if unit > 10_000 else _section(rest)
    if value is None or value >= unit:
        return None
    return value


def _wan(s: str) -> int | None:
    i = max(s.rfind("万"), s.rfind("萬"))
    if i < 0:
        return _section(s)
    left = _section(s[:i])
    if not left:
        return None
    right = _below(s[i + 1 :], 10_000)
    return None if right is None else left * 10_000 + right


def small_number(s: str) -> int | None:
    """1–31 written in ASCII digits or Chinese numerals (十二, 三十一), as the patterns of a
    date's month or day match them (no blank inside); None for anything else.

    >>> small_number("09"), small_number("十一"), small_number("三十一"), small_number("十十")
    (9, 11, 31, None)
    """
    if s.isdigit() and s.isascii():
        return int(s)
    if not s or any(c not in "一二三四五六七八九十" for c in s):
        return None
    if "十" not in s:
        return DIGITS[s] if len(s) == 1 else None
    head, _, tail = s.partition("十")
    if len(head) > 1 or len(tail) > 1 or "十" in tail:
        return None
    tens = DIGITS[head] if head else 1
    return tens * 10 + (DIGITS[tail] if tail else 0)


@functools.lru_cache(maxsize=4096)
def cn_int(s: str) -> int | None:
    """A Chinese numeral (positional) as an int, None when it is not one.

    >>> cn_int("三千九百五十九"), cn_int("壹仟贰佰"), cn_int("一亿零一十万零一百")
    (3959, 1200, 100100100)
    >>> cn_int("十三五"), cn_int("百")
    (None, None)
    """
    if not s or len(s) > MAX_CN_LEN:
        return None
    if len(s) == 1 and s in ZEROS:
        return 0
    i = max(s.rfind("亿"), s.rfind("億"))
    if i < 0:
        return _wan(s)
    left = _wan(s[:i])  # may hold 万: 一万亿
    if not left:
        return None
    right = _below(s[i + 1 :], 100_000_000)
    return None if right is None else left * 100_000_000 + right


def cn_digits(s: str) -> int | None:
    """A numeral written digit by digit (二〇一九), None otherwise.

    >>> cn_digits("二〇一九"), cn_digits("二十")
    (2019, None)
    """
    if not s or len(s) > MAX_CN_LEN:
        return None
    out = 0
    for ch in s:
        d = DIGITS.get(ch)
        if d is None or ch == "两":
            return None
        out = out * 10 + d
    return out


@functools.lru_cache(maxsize=1024)
def cn_range(s: str) -> tuple[int, int] | None:
    """An approximate range written with two neighbouring digits: 三四十 → (30, 40),
    十七八 → (17, 18), 一两 → (1, 2).

    >>> cn_range("三四十"), cn_range("十七八"), cn_range("二三十万"), cn_range("二〇二三")
    ((30, 40), (17, 18), (200000, 300000), None)
    """
    if len(s) < 2 or len(s) > MAX_CN_LEN:
        return None
    for i in range(len(s) - 1):
        a, b = DIGITS.get(s[i]), DIGITS.get(s[i + 1])
        if not a or not b:
            continue
        if b != a + 1 and not (a == 1 and s[i + 1] == "两"):
            continue
        low = cn_int(s[: i + 1] + s[i + 2 :])
        high = cn_int(s[:i] + s[i + 1 :])
        if low is None or high is None or low >= high:
            return None
        return low, high
    return None


def cn_decimal(s: str) -> Number | None:
    """A Chinese numeral with an optional 点 fraction: 三点五 → Decimal('3.5').

    >>> cn_decimal("三点五"), cn_decimal("九十五"), cn_decimal("一点二五万")
    (Decimal('3.5'), 95, 12500)
    """
    whole, sep, frac = s.partition("点")
    if not sep:
        return cn_int(s)
    base = cn_int(whole)
    scale = 1
    while frac and frac[-1] in BIG_UNITS:
        scale *= BIG_UNITS[frac[-1]]
        frac = frac[:-1]
    if base is None or not frac:
        return None
    digits = []
    for ch in frac:
        d = DIGITS.get(ch)
        if d is None or ch == "两":
            return None
        digits.append(str(d))
    return as_number(Decimal(f"{base}.{''.join(digits)}") * scale)


def as_number(value: Decimal | int) -> Number:
    """An integral Decimal becomes an int; others are normalized (no trailing zeros).

    >>> as_number(Decimal("67000.0")), as_number(Decimal("12345.60"))
    (67000, Decimal('12345.6'))
    """
    if isinstance(value, int):
        return value
    if value == value.to_integral_value():
        return int(value)
    return value.normalize()


@functools.lru_cache(maxsize=4096)
def arabic(s: str) -> tuple[Number, bool, bool] | None:
    """An Arabic numeral with optional multipliers: ``(value, over, has_big_multiplier)``.

    ``over`` is True for a 余/多 inside (10余万); ``has_big_multiplier`` for 万/亿.
    Accepts full-width digits and thousands separators.  None when malformed
    (multipliers not descending: 3千5万), too long, or written with a leading zero (0591).

    >>> arabic("3万5千"), arabic("10余万"), arabic("1,234"), arabic("0591")
    ((35000, False, True), (100000, True, True), (1234, False, False), None)
    """
    s = s.translate(_FULLWIDTH).replace(",", "")
    total = Decimal(0)
    over = False
    big = False
    last_scale: int | None = None
    i = 0
    n = len(s)
    first = True
    while i < n:
        j = i
        while j < n and s[j].isdigit():
            j += 1
        if j == i:
            return None
        int_part = s[i:j]
        if len(int_part) > MAX_INT_DIGITS or (len(int_part) > 1 and int_part[0] == "0"):
            return None
        num_text = int_part
        if j < n and s[j] == ".":
            if not first:
                return None
            k = j + 1
            while k < n and s[k].isdigit():
                k += 1
            if k == j + 1 or k - j > 20:
                return None
            num_text = s[i:k]
            j = k
        if j < n and s[j] in "余多":
            if not first:
                return None
            over = True
            j += 1
        scale = 1
        while j < n and s[j] in MULTIPLIERS:
            scale *= MULTIPLIERS[s[j]]
            if s[j] in BIG_UNITS:
                big = True
            j += 1
        if last_scale is not None and scale >= last_scale:
            return None
        if not first and scale == 1:
            return None
        try:
            total += Decimal(num_text) * scale
        except InvalidOperation:  # pragma: no cover - guarded by the digit scan
            return None
        last_scale = scale
        first = False
        i = j
    return as_number(total), over, big
