"""Speed of the numeral grammar and of normalization (issue 2).

Prints:

- expressions per second for ``gr.parse_quantity`` on typical Arabic-with-unit expressions
  (``3439条``, ``6.7万宗``, ``200余次``, ``近1万人次``, ``17.5万人以上`` …; target ≥ 100,000/s on
  one core), and, for comparison, on Chinese numerals and on prose-like expressions;
- characters per second for a bare OpenCC ``t2s`` pass, for ``gr.normalize`` and for
  ``gr.normalize`` + ``gr.find_quantities`` over the seeds of ../shared (``$GOVINFO_SHARED``
  overrides; the bundled ``examples/*.txt`` when it is absent), and the ratio of
  normalization to the bare OpenCC pass (target ≤ 3).

Times are the least CPU time of several runs (the machine may be shared).

Usage: ``.venv/bin/python benchmarks/numerals.py [--repeat N]``
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import govinfo_reports as gr  # noqa: E402

_NORMALIZE = sys.modules["govinfo_reports.normalize"]


def shared_dir() -> Path:
    """Where ../shared is: $GOVINFO_SHARED, else beside the repository."""
    env = os.environ.get("GOVINFO_SHARED")
    return Path(env) if env else ROOT.parent / "shared"


def arabic_expressions(n: int, seed: int = 2) -> list[str]:
    """``n`` typical Arabic-with-unit expressions as the reports write them."""
    rng = random.Random(seed)
    units = ["条", "件", "宗", "次", "人次", "份", "篇", "个", "项", "元", "家", "场", "%"]
    pre = ["", "", "", "", "近", "约", "超过", "逾", "不足"]
    post = ["", "", "", "", "", "左右", "以上", "以下"]
    out = []
    for _ in range(n):
        shape = rng.random()
        if shape < 0.5:
            num = str(rng.randint(0, 99999))
        elif shape < 0.7:
            num = f"{rng.randint(1, 999)}.{rng.randint(1, 99)}万"
        elif shape < 0.85:
            num = f"{rng.randint(1, 9999)}余"
        else:
            num = f"{rng.randint(1, 99)}万"
        out.append(f"{rng.choice(pre)}{num}{rng.choice(units)}{rng.choice(post)}")
    return out


CHINESE = [
    "三千九百五十九条",
    "两千件",
    "一百零五件",
    "十余万人次",
    "百分之九十五",
    "九成",
    "二〇一九年",
    "三四十人",
    "一万二千人",
    "壹仟贰佰元",
]
PROSE = [
    "共主动公开政府信息3439条",
    "受理申请99件,其中一是",
    "發布信息1,234條",
    "全年接待群众咨询２００余人次",
    "网站访问量超过200万人次",
]


def best_cpu(fn: Callable[[], object], repeat: int) -> float:
    """The least CPU time of ``repeat`` runs of ``fn``, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def texts() -> tuple[str, list[str]]:
    """The benchmark texts: the seeds, else the bundled examples."""
    seeds = sorted(shared_dir().glob("seeds/*.txt"))
    if seeds:
        return "seeds", [p.read_text(encoding="utf-8") for p in seeds]
    examples = sorted((ROOT / "examples").glob("*.txt"))
    return "examples", [p.read_text(encoding="utf-8") for p in examples]


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=7, help="runs per figure (the least counts)")
    args = ap.parse_args(argv)
    parse = gr.parse_quantity

    exprs = arabic_expressions(20_000)
    misses = sum(parse(e) is None for e in exprs)
    t = best_cpu(lambda: [parse(e) for e in exprs], args.repeat)
    print(f"parse_quantity, Arabic with unit : {len(exprs) / t:>12,.0f} expressions/s", end="")
    print(f"  ({len(exprs):,} expressions, {misses} unread; target >= 100,000/s)")
    for name, group in (("Chinese numerals", CHINESE), ("short prose", PROSE)):
        batch = group * (2000 // len(group))
        t = best_cpu(lambda b=batch: [parse(e) for e in b], args.repeat)
        print(f"parse_quantity, {name:<17}: {len(batch) / t:>12,.0f} expressions/s")

    label, docs = texts()
    if not docs:
        print("no texts to normalize (../shared and examples/ absent)")
        return 0
    chars = sum(len(d) for d in docs)
    convert = _NORMALIZE._converter().convert
    reps = 20

    def opencc_pass() -> None:
        for _ in range(reps):
            for d in docs:
                convert(d)

    def normalize_pass() -> None:
        for _ in range(reps):
            for d in docs:
                gr.normalize(d)

    def quantities_pass() -> None:
        for _ in range(reps):
            for d in docs:
                list(gr.find_quantities(d))

    gr.normalize(docs[0])  # build the converters before timing
    t_cc = best_cpu(opencc_pass, args.repeat)
    t_norm = best_cpu(normalize_pass, args.repeat)
    t_all = best_cpu(quantities_pass, args.repeat)
    total = chars * reps
    print(f"\n{label}: {len(docs)} texts, {chars:,} characters")
    print(f"bare OpenCC t2s pass             : {total / t_cc:>12,.0f} chars/s")
    print(f"normalize                        : {total / t_norm:>12,.0f} chars/s")
    print(f"normalize + find_quantities      : {total / t_all:>12,.0f} chars/s")
    print(f"normalize / bare OpenCC          : {t_norm / t_cc:>12.2f} x  (target <= 3)")
    for d in docs:
        one_cc = best_cpu(lambda d=d: [convert(d) for _ in range(reps)], 3)
        one_n = best_cpu(lambda d=d: [gr.normalize(d) for _ in range(reps)], 3)
        script = gr.normalize(d).script.value
        print(f"  {len(d):>7,} chars {script:<11} normalize / OpenCC {one_n / one_cc:6.2f} x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
