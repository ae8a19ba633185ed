#!/usr/bin/env python3
"""Whole-process timing of several commands, run round-robin, with peak RSS.

Each case is `--case LABEL COMMAND`; COMMAND is split like a shell word list (shlex), leading
VAR=value words set environment variables, and it is started directly (no shell) with stdout sent
to /dev/null (or --stdout FILE). The wall time is taken around posix_spawn + wait4, and the peak
RSS is wait4's ru_maxrss: the largest of the process and of the children it waited for (a wrapper
script that execs java reports java's).

Cases are interleaved (run 1 of every case, then run 2, ...) so that drift on a shared machine hits
them alike. A non-zero exit status aborts with the command's standard error.

Prints a table (wall median, min, quartiles; median CPU time user+sys, which includes waited-for
children and suffers less than wall time from other load on the machine; median peak RSS) and, with --ratio NAME A B, median(A)/median(B).
--json FILE writes the raw samples.
"""
import argparse
import json
import os
import shlex
import statistics
import sys
import tempfile
import time


def parse_case(label, command):
    words = shlex.split(command)
    env = dict(os.environ)
    while words and "=" in words[0] and not words[0].startswith("=") and words[0].split("=", 1)[0].isidentifier():
        k, v = words.pop(0).split("=", 1)
        env[k] = v
    if not words:
        sys.exit(f"measure: case {label!r} has no command")
    return {"label": label, "argv": words, "env": env, "command": command, "ms": [], "rss_kb": [], "cpu_ms": []}


def run_once(case, errpath, stdout):
    actions = [
        (os.POSIX_SPAWN_OPEN, 0, "/dev/null", os.O_RDONLY, 0),
        (os.POSIX_SPAWN_OPEN, 1, stdout, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
        (os.POSIX_SPAWN_OPEN, 2, errpath, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600),
    ]
    t0 = time.perf_counter_ns()
    pid = os.posix_spawnp(case["argv"][0], case["argv"], case["env"], file_actions=actions)
    _, status, ru = os.wait4(pid, 0)
    t1 = time.perf_counter_ns()
    code = os.waitstatus_to_exitcode(status)
    return (t1 - t0) / 1e6, ru.ru_maxrss, (ru.ru_utime + ru.ru_stime) * 1000, code


def quartiles(xs):
    if len(xs) < 4:
        return min(xs), max(xs)
    q = statistics.quantiles(xs, n=4)
    return q[0], q[2]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--warmup", type=int, default=3)
    ap.add_argument("--title", default="")
    ap.add_argument("--case", nargs=2, action="append", metavar=("LABEL", "COMMAND"), default=[])
    ap.add_argument("--ratio", nargs=3, action="append", metavar=("NAME", "A", "B"), default=[])
    ap.add_argument("--rate-ratio", nargs=3, action="append", metavar=("NAME", "A", "B"), default=[],
                    help="rows/s of A over rows/s of B (needs --rows)")
    ap.add_argument("--rows", type=int, action="append", default=[],
                    help="rows processed by each case, in case order (adds a rows/s column)")
    ap.add_argument("--cwd", default=None)
    ap.add_argument("--stdout", default="/dev/null")
    ap.add_argument("--json", default=None)
    ap.add_argument("--progress", action="store_true")
    a = ap.parse_args()
    if a.cwd:
        os.chdir(a.cwd)
    cases = [parse_case(l, c) for l, c in a.case]
    if a.rows and len(a.rows) != len(cases):
        sys.exit("measure: --rows must be given once per case")
    fd, errpath = tempfile.mkstemp(prefix="measure-", suffix=".err")
    os.close(fd)
    try:
        total = a.warmup + a.runs
        for i in range(total):
            for c in cases:
                ms, rss, cpu, code = run_once(c, errpath, a.stdout)
                if code != 0:
                    with open(errpath, errors="replace") as f:
                        err = f.read()[-4000:]
                    sys.exit(f"measure: {c['label']!r} exited {code}: {c['command']}\n{err}")
                if i >= a.warmup:
                    c["ms"].append(ms)
                    c["rss_kb"].append(rss)
                    c["cpu_ms"].append(cpu)
            if a.progress:
                print(f"  run {i + 1}/{total} done", file=sys.stderr, flush=True)
    finally:
        os.unlink(errpath)

    med = {c["label"]: statistics.median(c["ms"]) for c in cases}
    cpu = {c["label"]: statistics.median(c["cpu_ms"]) for c in cases}
    w = max(len(c["label"]) for c in cases)
    if a.title:
        print(f"\n{a.title}  (runs={a.runs} after {a.warmup} warm-up, interleaved; "
              f"load average {os.getloadavg()[0]:.2f} at the end)")
    head = f"{'case':<{w}}  {'median ms':>10}  {'min ms':>8}  {'q1–q3 ms':>15}  {'CPU ms':>8}  {'peak RSS MB':>11}"
    if a.rows:
        head += f"  {'rows/s':>11}"
    print(head)
    print("-" * len(head))
    for i, c in enumerate(cases):
        q1, q3 = quartiles(c["ms"])
        rss = statistics.median(c["rss_kb"]) / 1024
        line = (f"{c['label']:<{w}}  {med[c['label']]:>10.1f}  {min(c['ms']):>8.1f}  "
                f"{q1:>7.1f}–{q3:<7.1f}  {statistics.median(c['cpu_ms']):>8.0f}  {rss:>11.1f}")
        if a.rows:
            line += f"  {a.rows[i] / (med[c['label']] / 1000):>11,.0f}"
        print(line)
    for name, x, y in a.ratio:
        if x not in med or y not in med:
            sys.exit(f"measure: --ratio {name}: unknown case {x if x not in med else y!r}")
        print(f"ratio {name} = {med[x]:.1f} / {med[y]:.1f} ms = {med[x] / med[y]:.2f}×"
              f"  (CPU time: {cpu[x]:.0f} / {cpu[y]:.0f} ms = {cpu[x] / cpu[y]:.2f}×)")
    rows = {c["label"]: r for c, r in zip(cases, a.rows)}
    for name, x, y in a.rate_ratio:
        if x not in rows or y not in rows:
            sys.exit(f"measure: --rate-ratio {name}: needs --rows and known cases")
        rx, ry = rows[x] / med[x] * 1000, rows[y] / med[y] * 1000
        print(f"rate ratio {name} = {rx:,.0f} / {ry:,.0f} rows/s = {rx / ry:.2f}"
              f"  (by CPU time: {cpu[y] / cpu[x]:.2f})")
    if a.json:
        with open(a.json, "w") as f:
            json.dump([{k: c[k] for k in ("label", "command", "ms", "cpu_ms", "rss_kb")} for c in cases], f, indent=1)


if __name__ == "__main__":
    main()
