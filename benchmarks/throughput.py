"""Throughput of ``parse`` + ``validate`` against the issue 10 targets, on one core.

    python benchmarks/throughput.py                  # everything: reports, floor, sweep, import
    python benchmarks/throughput.py --max-size 1e6   # a shorter size sweep
    python benchmarks/throughput.py --profile 25     # also the 25 hottest functions (cProfile)
    python benchmarks/throughput.py --json out.json  # the figures, machine-readable

Reads the seeds and corpus texts of ../shared (``$GOVINFO_SHARED`` overrides; ``source.txt`` and
``source.html`` items, the HTML as the string it is), else only the bundled example.  Prints:

Times are CPU seconds (the best of a few runs), so that a busy machine does not inflate
them.

- per report: median and p95 ms, ms per 10 KB, reports/s and MB/s (UTF-8 MB);
- the floor: a bare OpenCC t2s pass over the same texts, and the ratio of parse to it; beside
  it, one regex pass (``[0-9]+``, nothing done per match) over the same texts, for scale;
- peak memory of one parse (tracemalloc) against the input's UTF-8 size;
- a size sweep (10 KB … 10 MB, UTF-8, of the bundled example repeated), as a table and as a PNG plot
  (``benchmarks/out/size_sweep.png``, when matplotlib, the ``plot`` extra, is installed);
- the issue's hostile inputs at full size (10 MB of random Unicode, 1,000,000 ``|`` …): the
  time of each and whether parse's safety net (``parse.internal_error``) fired;
- the time of ``import govinfo_reports`` in a fresh interpreter.

Targets: median <= 1 ms per 10 KB, within 10x of the OpenCC pass, peak memory <= 10x the input,
10 MB in <= 1 s, import <= 150 ms.  Each line ends with ``ok`` or ``MISS``.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import os
import pstats
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

import govinfo_reports as gr

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "2023-example-transport-bureau.txt"
OUT = ROOT / "benchmarks" / "out"
SWEEP = (10_000, 30_000, 100_000, 300_000, 1_000_000, 3_000_000, 10_000_000)


def shared_dir() -> Path:
    """Where ../shared is: $GOVINFO_SHARED, else beside the repository."""
    env = os.environ.get("GOVINFO_SHARED")
    return Path(env) if env else ROOT.parent / "shared"


def load_texts() -> list[tuple[str, str]]:
    """(name, text) of every seed and corpus text, or the bundled example alone."""
    shared = shared_dir()
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(shared.glob("seeds/*.txt"))]
    for item in sorted(shared.glob("corpus/*/*")):
        for name in ("source.txt", "source.html"):
            path = item / name
            if path.exists():
                texts.append(
                    (f"{item.name}/{name}", path.read_text(encoding="utf-8", errors="replace"))
                )
    if not texts:
        texts = [(EXAMPLE.name, EXAMPLE.read_text(encoding="utf-8"))]
    return texts


def mb(text: str) -> float:
    """Size in UTF-8 megabytes (10**6 bytes)."""
    return len(text.encode("utf-8", "surrogatepass")) / 1e6


def parse_validate(text: str) -> gr.Report:
    """What a pipeline does with one report."""
    report = gr.parse(text)
    report.validate()
    return report


def timed(fn: Any, text: str, repeat: int) -> float:
    """The least CPU time of ``repeat`` runs, in seconds (CPU time: the machine may be shared)."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn(text)
        best = min(best, time.process_time() - t0)
    return best


def opencc_pass(text: str) -> str:
    """The floor: the bare traditional → simplified conversion every report needs."""
    import opencc

    global _CC
    if _CC is None:
        _CC = opencc.OpenCC("t2s")
    return str(_CC.convert(text.encode("utf-8", "replace").decode("utf-8")))


_CC: Any = None

#: the cheapest pass a Python reader can make over a text: one compiled pattern, run to
#: the end, nothing done per match (what a reader that looks at every number pays first)
_DIGIT_RUNS = re.compile("[0-9]+")


def regex_pass(text: str) -> int:
    """A second reference beside the floor: one regex pass over the text, with nothing
    done per match (the pipeline makes several per stage, and reads what they find)."""
    return sum(1 for _ in _DIGIT_RUNS.finditer(text))


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISS"


def reports(texts: list[tuple[str, str]], repeat: int) -> dict[str, Any]:
    """Per-report figures over the real texts, and the OpenCC floor over the same texts."""
    for _, text in texts[:3]:
        parse_validate(text)
        opencc_pass(text)
    per: list[tuple[float, float, str]] = []  # (seconds, UTF-8 MB, name)
    for name, text in texts:
        per.append((timed(parse_validate, text, repeat), mb(text), name))
    # the floor in a pass of its own: run right after a parse, OpenCC starts with caches
    # the parse has filled with other things, and how much so depends on the parser
    floor = sum(timed(opencc_pass, text, max(repeat, 10)) for _, text in texts)
    one_pass = sum(timed(regex_pass, text, max(repeat, 10)) for _, text in texts)
    secs = sorted(s for s, _, _ in per)
    total_s = sum(secs)
    total_mb = sum(m for _, m, _ in per)
    per_10kb = sorted(s * 1000 / (m * 100) for s, m, _ in per if m > 0)
    out = {
        "reports": len(per),
        "mb": total_mb,
        "median_ms": statistics.median(secs) * 1000,
        "p95_ms": secs[min(len(secs) - 1, round(0.95 * (len(secs) - 1)))] * 1000,
        "median_ms_per_10kb": statistics.median(per_10kb),
        "overall_ms_per_10kb": total_s * 1000 / (total_mb * 100),
        "reports_per_s": len(per) / total_s,
        "mb_per_s": total_mb / total_s,
        "opencc_s": floor,
        "parse_s": total_s,
        "x_opencc": total_s / floor,
        "regex_pass_s": one_pass,
        "slowest": [(round(s * 1000, 1), round(m * 1000, 1), n) for s, m, n in sorted(per)[-5:]],
    }
    print(f"\n== {out['reports']} reports, {total_mb:.2f} MB (parse + validate, best of {repeat})")
    print(f"median {out['median_ms']:.2f} ms/report, p95 {out['p95_ms']:.2f} ms/report")
    print(
        f"median {out['median_ms_per_10kb']:.2f} ms per 10 KB "
        f"(overall {out['overall_ms_per_10kb']:.2f})  target <= 1 ms  "
        f"{verdict(out['median_ms_per_10kb'] <= 1)}"
    )
    print(f"{out['reports_per_s']:.0f} reports/s, {out['mb_per_s']:.2f} MB/s on one core")
    print(
        f"bare OpenCC t2s over the same texts: {floor * 1000:.1f} ms; parse + validate "
        f"{total_s * 1000:.1f} ms = {out['x_opencc']:.1f}x the floor  target <= 10x  "
        f"{verdict(out['x_opencc'] <= 10)}"
    )
    print(
        f"one regex pass ([0-9]+, nothing done per match) over the same texts: "
        f"{one_pass * 1000:.1f} ms = {one_pass / floor:.1f}x the floor"
    )
    print("slowest (ms, KB, name):")
    for row in out["slowest"][::-1]:
        print(f"  {row[0]:8.1f} {row[1]:8.1f}  {row[2]}")
    return out


def stages(texts: list[tuple[str, str]], repeat: int) -> dict[str, float]:
    """CPU ms of each step of the pipeline, summed over the texts (best of ``repeat``)."""
    from govinfo_reports.figures import read_figures
    from govinfo_reports.metadata import read_metadata
    from govinfo_reports.normalize import normalize
    from govinfo_reports.outline import read_outline
    from govinfo_reports.tables import read_tables

    total: dict[str, float] = {}
    for _, text in texts:
        best: dict[str, float] = {}
        for _ in range(repeat):
            clock = time.process_time
            t: dict[str, float] = {}
            t0 = clock()
            norm = normalize(text)
            t1 = clock()
            sections = read_outline(norm)
            t2 = clock()
            meta = read_metadata(norm, sections)
            t3 = clock()
            tables = read_tables(norm, sections)
            t4 = clock()
            read_figures(norm, sections, tables, meta=meta)
            t5 = clock()
            report = gr.parse(text)
            t6 = clock()
            report.validate()
            t7 = clock()
            t = {
                "normalize": t1 - t0,
                "outline": t2 - t1,
                "metadata": t3 - t2,
                "tables": t4 - t3,
                "figures": t5 - t4,
                "validate": t7 - t6,
            }
            for k, v in t.items():
                best[k] = min(best.get(k, float("inf")), v)
        for k, v in best.items():
            total[k] = total.get(k, 0.0) + v
    print(f"\n== CPU ms of each step, summed over the {len(texts)} texts (best of {repeat})")
    print("  ".join(f"{k} {v * 1000:.1f}" for k, v in total.items()))
    return {k: v * 1000 for k, v in total.items()}


def _repeated_crlf(text: str, size: int) -> str:
    """``text`` repeated to at least ``size`` UTF-8 bytes, every line break a CRLF."""
    times = size // len(text.encode("utf-8", "surrogatepass")) + 1
    return "\n".join([text] * times).replace("\n", "\r\n")


def memory(texts: list[tuple[str, str]]) -> dict[str, Any]:
    """Peak traced memory of one parse + validate against the input's UTF-8 size: the worst
    ratio over the texts of 100 KB and more, over all texts of 2 KB and more (where a
    fixed cost of about 0.1 MB, the Report and its tables included, dominates), and over
    the three texts of the shortest lines repeated to 200 KB and saved with CRLFs (a
    Windows copy: its offset map has a segment a line)."""
    rows: list[tuple[float, int, int, str]] = []
    # (the three texts of the shortest lines, each repeated to 200 KB and saved with CRLFs)
    lined = sorted(
        (len(text) / (text.count("\n") + 1), name, text)
        for name, text in texts
        if len(text) >= 2000 and "\r" not in text
    )[:3]
    crlf = [
        (f"{name} x{200_000 // len(text.encode()) + 1} (CRLF)", _repeated_crlf(text, 200_000))
        for _, name, text in lined
    ]
    for name, text in [*texts, *crlf]:
        gc.collect()
        tracemalloc.start()
        parse_validate(text)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        size = len(text.encode("utf-8", "surrogatepass"))
        if size >= 2000:  # tiny inputs: fixed overheads dominate the ratio
            rows.append((peak / size, peak, size, name))
    out: dict[str, Any] = {}
    print()
    for label, least, of_crlf in (
        ("texts >= 100 KB", 100_000, False),
        ("texts >= 2 KB", 2000, False),
        ("texts of short lines repeated to 200 KB, saved with CRLFs", 100_000, True),
    ):
        chosen = [r for r in rows if r[2] >= least and r[3].endswith("(CRLF)") == of_crlf]
        if not chosen:
            continue
        ratio, peak, size, name = max(chosen)
        small = sorted(r[1] for r in chosen)
        print(
            f"== peak memory, {label}: worst {ratio:.1f}x the input ({peak / 1e6:.2f} MB for "
            f"{size / 1e3:.0f} KB, {name}); median peak {statistics.median(small) / 1e6:.2f} MB  "
            f"target <= 10x  {verdict(ratio <= 10)}"
        )
        out[label] = {"worst_ratio": ratio, "peak_mb": peak / 1e6, "input_kb": size / 1e3}
    return out


def sweep(max_size: int) -> list[dict[str, float]]:
    """Time and peak memory of parse + validate on the example repeated to each UTF-8 size."""
    base = EXAMPLE.read_text(encoding="utf-8")
    per_char = len(base.encode("utf-8")) / len(base)
    rows: list[dict[str, float]] = []
    print("\n== size sweep (the bundled example repeated to each UTF-8 size)")
    print(f"{'chars':>10} {'UTF-8 MB':>9} {'s':>8} {'ms/10KB':>8} {'peak MB':>8} {'x input':>8}")
    for size in SWEEP:
        if size > max_size:
            break
        n = round(size / per_char)
        text = (base * (n // len(base) + 1))[:n]
        secs = timed(parse_validate, text, 1 if size >= 1_000_000 else 3)
        gc.collect()
        tracemalloc.start()
        parse_validate(text)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        m = mb(text)
        row = {"chars": n, "mb": m, "s": secs, "peak_mb": peak / 1e6}
        rows.append(row)
        print(
            f"{n:>10} {m:>9.2f} {secs:>8.3f} {secs * 1000 / (m * 100):>8.2f} "
            f"{peak / 1e6:>8.1f} {peak / 1e6 / m:>8.1f}"
        )
    big = [r for r in rows if r["mb"] >= 9.9]
    if big:
        print(f"10 MB in {big[0]['s']:.2f} s  target <= 1 s  {verdict(big[0]['s'] <= 1)}")
    _plot(rows)
    return rows


def _plot(rows: list[dict[str, float]]) -> None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("(no plot: matplotlib, the 'plot' extra, is not installed)")
        return
    OUT.mkdir(parents=True, exist_ok=True)
    fig, ax = plt.subplots(figsize=(6, 4))
    xs = [r["mb"] for r in rows]
    ax.loglog(xs, [r["s"] for r in rows], "o-", label="parse + validate")
    ref = rows[0]["s"] / rows[0]["mb"]
    ax.loglog(xs, [ref * x for x in xs], "--", label="linear from the smallest")
    ax.set_xlabel("input (UTF-8 MB)")
    ax.set_ylabel("seconds")
    ax.set_title("govinfo_reports: time against size")
    ax.legend()
    fig.tight_layout()
    path = OUT / "size_sweep.png"
    fig.savefig(path, dpi=100)
    print(f"plot: {path}")


def _hostile_inputs() -> dict[str, str]:
    """The issue's hostile inputs at full size."""
    rng = random.Random(0)
    base = EXAMPLE.read_text(encoding="utf-8")
    cps = [rng.randrange(1, 0x2FFFF) for _ in range(10_000_000)]
    rows = "".join(f"{i}.第{i}行 | {i} | 0 | {i % 7} | {i} |\n" for i in range(10_000))
    word = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in base.splitlines())
    html = "".join(
        f"<tr><td>{'</td><td>'.join(line.split('|'))}</td></tr>"
        if "|" in line
        else f"<p>{line}</p>"
        for line in base.splitlines()
    )
    script = "<script>var a = '一、总体情况'; for (i = 0; i < 9; i++) { a += '|' + i; }</script>"
    return {
        "empty": "",
        "whitespace 1 MB": " \t\n\u3000" * 250_000,
        "random Unicode 10 M chars": "".join(
            chr(c if not 0xD800 <= c <= 0xDFFF else 0x3000) for c in cps
        ),
        "binary junk as latin-1 10 MB": rng.randbytes(10_000_000).decode("latin-1"),
        "Word XML": f'<?xml version="1.0"?><w:document><w:body>{word}</w:body></w:document>',
        "HTML with scripts and styles": (
            f"<html><head>{script * 200}<style>{'td { border: 0 }' * 2000}</style></head>"
            f"<body><table>{html}</table></body></html>"
        ),
        "report x 100": base * 100,
        "一、 x 100,000": "一、" * 100_000,
        "| x 1,000,000": "|" * 1_000_000,
        "table of 10,000 rows": "三、收到和处理政府信息公开申请情况\n" + rows,
        "lone surrogates": ("\ud800" + base + "\udfff") * 10,
        "NUL x 1,000,000": "\x00" * 1_000_000,
        "digits 1 MB": "7" * 1_000_000,
        # one sentence (no 。) of 100,000 counts: a step that slices the sentence for each
        # count is quadratic here (was 2.9 s, _split_after sliced it; 1.6 s since)
        "one sentence of 100,000 appeal counts": "行政复议、行政诉讼分别为2件和1件，" * 50_000,
        # … of counts whose sentence is searched for a place, a disclaimer or another matter
        # applied for: once a count, 有关机关主动公开政府信息2条， x 25,000 took 193 s; once a
        # sentence since (this one: 5.6 s at 10,000, most of it the breakdown reader)
        "one sentence of 60,000 placed counts": (
            "有关机关通过门户网站主动公开政府信息2条，网上申请1件，共计2件，" * 20_000
        ),
    }


def hostile() -> list[dict[str, Any]]:
    """Every hostile input of the issue at full size: time, and whether the safety net fired."""
    print("\n== hostile inputs at full size (parse + validate)")
    print(f"{'input':32} {'chars':>10} {'s':>7} {'us/char':>8}  result")
    rows: list[dict[str, Any]] = []
    parse_validate("一、总体情况")  # warm up: lazily loaded converters and patterns
    for name, text in _hostile_inputs().items():
        t0 = time.process_time()
        report = parse_validate(text)
        secs = time.process_time() - t0
        codes = {p.code for p in report.problems}
        bad = "parse.internal_error" in codes
        rows.append({"input": name, "chars": len(text), "s": secs, "internal_error": bad})
        per = f"{secs * 1e6 / len(text):.2f}" if text else "-"
        result = "INTERNAL ERROR" if bad else f"ok ({len(report.sections)} sections)"
        print(f"{name:32} {len(text):>10} {secs:>7.2f} {per:>8}  {result}")
    return rows


def import_time(repeat: int = 5) -> dict[str, float]:
    """``import govinfo_reports`` in a fresh interpreter, less the interpreter's own start-up
    (CPU time of the child process, best of ``repeat``).

    Measured with compiled bytecode cached, as in any installation (a temporary
    ``PYTHONPYCACHEPREFIX``, even when ``PYTHONDONTWRITEBYTECODE`` is set here), and once
    without it (every module compiled from source) for comparison.
    """

    def run(code: str, env: dict[str, str]) -> float:
        best = float("inf")
        for _ in range(repeat):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            subprocess.run([sys.executable, "-c", code], check=True, env=env)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            best = min(best, cpu)
        return best

    with tempfile.TemporaryDirectory() as cache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache
        subprocess.run([sys.executable, "-c", "import govinfo_reports"], check=True, env=env)
        bare = run("pass", env)
        ms = (run("import govinfo_reports", env) - bare) * 1000
    cold_env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    cold_env.pop("PYTHONPYCACHEPREFIX", None)
    with tempfile.TemporaryDirectory() as empty:
        cold_env["PYTHONPYCACHEPREFIX"] = empty  # no bytecode to find
        cold = (run("import govinfo_reports", cold_env) - run("pass", cold_env)) * 1000
    print(
        f"\n== import govinfo_reports: {ms:.0f} ms with bytecode cached  target <= 150 ms  "
        f"{verdict(ms <= 150)}  ({cold:.0f} ms compiling every module from source)"
    )
    return {"import_ms": ms, "import_from_source_ms": cold, "interpreter_ms": bare * 1000}


def profile(texts: list[tuple[str, str]], top: int) -> None:
    """The hottest functions of parse + validate over the texts."""
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(3):
        for _, text in texts:
            parse_validate(text)
    prof.disable()
    print(f"\n== cProfile, 3 passes over {len(texts)} texts")
    pstats.Stats(prof).sort_stats("tottime").print_stats(top)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=3, help="best of N runs per report")
    ap.add_argument("--max-size", type=float, default=10_000_000, help="largest sweep size")
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="print N hottest")
    ap.add_argument("--no-sweep", action="store_true", help="skip the size sweep")
    ap.add_argument("--no-hostile", action="store_true", help="skip the hostile inputs")
    ap.add_argument("--json", type=Path, help="write the figures here")
    args = ap.parse_args(argv)
    texts = load_texts()
    figures: dict[str, Any] = {"import": import_time()}
    figures["reports"] = reports(texts, args.repeat)
    figures["stages_ms"] = stages(texts, args.repeat)
    figures["memory"] = memory(texts)
    if not args.no_sweep:
        figures["sweep"] = sweep(int(args.max_size))
    if not args.no_hostile:
        figures["hostile"] = hostile()
    if args.profile:
        profile(texts, args.profile)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
