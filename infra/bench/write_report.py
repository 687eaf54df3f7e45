#!/usr/bin/env python3
"""Writes bench.sh's results into docs/performance.md between the results markers (the rest of the page is kept).

    write_report.py RESULTS DOC SCALE DURATION CORES [WARMUP]
"""
import datetime
import re
import sys

START, END = "<!-- bench results: start -->", "<!-- bench results: end -->"
PAGES = ["audit-workspace", "grid", "audit-status-list", "heat-map", "events-dashboard", "register", "programme", "sign-in"]


def number(text, key):
    m = re.search(r"\b%s\s*=\s*([\d.]+)" % re.escape(key), text)
    return float(m.group(1)) if m else None


def verdict(ok):
    return "met" if ok else "**not met**"


def main():
    results_file, doc, scale, duration, cores = sys.argv[1:6]
    warmup = sys.argv[6] if len(sys.argv) > 6 else "0"
    lines = open(results_file).read().splitlines()
    out = [START, "", f"Run {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC: scale {scale}, {duration} s per measurement "
           f"after {warmup} s of unmeasured load per hot path, {cores} cores.", ""]
    for line in lines:
        if line.startswith("generated "):
            out += [line[len("generated "):], ""]
    out += ["| hot path | conns | HTTP req/s | p50 ms | p95 ms | p99 ms | HTTP errors | pgbench tps (same SQL) | pgbench p50/p95/p99 ms | HTTP ÷ pgbench | target |",
            "|---|---|---|---|---|---|---|---|---|---|---|"]
    targets = []
    for line in lines:
        if not line.startswith("path "):
            continue
        _, name, conns, rest = line.split(" ", 3)
        http, _, pg = rest.partition("pgbench:")
        rps, p50, p95, p99 = (number(http, k) for k in ("rps", "p50", "p95", "p99"))
        failures = int(number(http, "failures") or 0) + int(number(http, "socket_errors") or 0)
        tps = number(pg, "tps")
        pgp = "/".join(f"{number(pg.split('tps')[-1], k) or 0:.1f}" for k in ("p50", "p95", "p99"))
        ratio = rps / tps if rps and tps else None
        target = ""
        if conns == "32" and name == "judgement-save":
            ok = ratio is not None and ratio >= 0.6 and p99 is not None and p99 < 50
            target = f"≥ 0.6× and p99 < 50 ms: {verdict(ok)}"
            targets.append(("judgement save ≥ 0.6× pgbench, p99 < 50 ms at 32", ok))
        elif conns == "32" and name in PAGES:
            ok = p95 is not None and p95 < 100 and failures == 0
            target = f"p95 < 100 ms: {verdict(ok)}"
            targets.append((f"{name} p95 < 100 ms at 32", ok))
        fmt = lambda v, f="{:.1f}": "–" if v is None else f.format(v)
        out.append(f"| {name} | {conns} | {fmt(rps, '{:.0f}')} | {fmt(p50)} | {fmt(p95)} | {fmt(p99)} | {failures} | {fmt(tps, '{:.0f}')} | {pgp} | {fmt(ratio, '{:.2f}')} | {target} |")
    out.append("")
    sweep = [l.split()[2:] for l in lines if l.startswith("sweep-result sweep ")]
    first = dict((n, s) for n, s in (l.split()[2:] for l in lines if l.startswith("sweep-first sweep ")))
    if sweep:
        out += ["Daily jobs' sweep (every recurring job for every active authority, in one process, as many at once as Hangfire has workers; "
                "the first night after loading counts every authority's benchmarks and sends every reminder already due, an ordinary "
                "night only what changed):", "",
                "| authorities done | first night, seconds | ordinary night, seconds |", "|---|---|---|"] + [f"| {n} | {first.get(n, '')} | {s} |" for n, s in sweep] + [""]
        total = float(sweep[-1][1])
        targets.append((f"daily sweep < 10 s on an ordinary night ({total:.1f} s)", total < 10))
    failed = [l.split()[-1] for l in lines if l.startswith("sweep-result sweep-failed")]
    if failed and failed[0] != "0":
        out += [f"Job runs that failed during the sweep: {failed[0]} (see .local/bench/host.log).", ""]
    for line in lines:
        if line.startswith("startup "):
            seconds = float(line.split()[1])
            out += [f"Start-up to ready (after the first migration, best of three): {seconds:.2f} s.", ""]
            targets.append((f"start-up to ready < 5 s ({seconds:.2f} s)", seconds < 5))
        if line.startswith("rss "):
            rss_max = number(line, "max")
            out += [f"Host memory (RSS sampled every second while under load): median {number(line, 'median'):.0f} MB, max {rss_max:.0f} MB.", ""]
            targets.append((f"RSS < 400 MB under load (max {rss_max:.0f} MB)", rss_max < 400))
    out += ["Targets:", ""] + [f"- {name}: {verdict(ok)}" for name, ok in targets] + ["", END]
    block = "\n".join(out)
    try:
        text = open(doc).read()
    except FileNotFoundError:
        text = "# Performance\n\n" + START + "\n" + END + "\n"
    if START in text and END in text:
        text = text[: text.index(START)] + block + text[text.index(END) + len(END):]
    else:
        text += "\n" + block + "\n"
    open(doc, "w").write(text)


if __name__ == "__main__":
    main()
