#!/usr/bin/env python3
"""Top methods from a JFR recording's jdk.ExecutionSample events.

  jfr_top.py RECORDING.jfr [--top 15] [--prefix kaigohojo.] [--jfr PATH]

Prints: (1) self time: the top frame of each sample; (2) the first frame of the project's own code
(--prefix) in each sample, i.e. which project method the time is spent under, library code included;
(3) inclusive: samples in which a project method appears anywhere on the stack.
"""
import argparse
import collections
import re
import subprocess


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("recording")
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--prefix", default="kaigohojo.")
    ap.add_argument("--jfr", default="jfr")
    a = ap.parse_args()
    text = subprocess.run([a.jfr, "print", "--stack-depth", "200", "--events", "jdk.ExecutionSample", a.recording],
                          check=True, capture_output=True, text=True).stdout
    stacks = []
    cur = None
    for line in text.splitlines():
        s = line.strip()
        if s.startswith("stackTrace = ["):
            cur = []
        elif cur is not None:
            if s == "]" or s.startswith("]"):
                stacks.append(cur)
                cur = None
            elif s and s != "...":
                cur.append(re.sub(r"\s+line:.*$", "", s))
    n = len(stacks)
    if not n:
        print("no execution samples")
        return
    self_ = collections.Counter(st[0] for st in stacks if st)
    first_own = collections.Counter(next((f for f in st if f.startswith(a.prefix)), "(no project frame)") for st in stacks)
    incl = collections.Counter()
    for st in stacks:
        incl.update({f for f in st if f.startswith(a.prefix)})

    def show(title, c):
        print(f"\n{title}")
        for m, k in c.most_common(a.top):
            print(f"  {100 * k / n:5.1f}%  {m}")

    print(f"{n} execution samples")
    show("Self (top frame):", self_)
    show(f"Under the first {a.prefix}* frame (self + library calls):", first_own)
    show(f"Inclusive ({a.prefix}* anywhere on the stack):", incl)


if __name__ == "__main__":
    main()
