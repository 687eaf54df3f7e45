#!/usr/bin/env python3
"""Turns the SQL one request sent (PostgreSQL's statement log) into a pgbench custom script.

    pgbench_from_log.py LOG OFFSET > script.sql

LOG is the server log, OFFSET the byte where the request's window starts (log_statement = 'all' was on only
for that window). Parameters are written in as the literals the app sent. Two changes keep the script
repeatable, and are the only ones: an INSERT's new id becomes gen_random_uuid() (the same id twice would be
refused), and an optimistic-concurrency check on xmin is dropped (the saved version moves on after the first
run, and the app sends the current version each time). The job server's and the outbox's polling are left
out (hangfire.*, SKIP LOCKED): they are not part of the request.
"""
import re
import sys

ENTRY = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d")
STATEMENT = re.compile(r"LOG:  (?:statement|execute [^:]*): (.*)", re.S)
PARAMS = re.compile(r"DETAIL:  (?:P|p)arameters: (.*)", re.S)
PARAM = re.compile(r"\$(\d+) = ('(?:[^']|'')*'|NULL)")


def entries(text):
    current = []
    for line in text.splitlines():
        if ENTRY.match(line) and current:
            yield "\n".join(current)
            current = []
        current.append(line)
    if current:
        yield "\n".join(current)


def main():
    with open(sys.argv[1], "rb") as f:
        f.seek(int(sys.argv[2]))
        text = f.read().decode("utf-8", "replace")
    backends = {}
    for entry in entries(text):
        prefix = re.split(r"LOG:|DETAIL:", entry, maxsplit=1)[0]
        pid = re.search(r"\[(\d+)\]", prefix)
        if "equalitymark_app" not in prefix or not pid:
            continue
        statements = backends.setdefault(pid.group(1), [])
        if (m := STATEMENT.search(entry)):
            statements.append([m.group(1).strip(), {}])
        elif (m := PARAMS.search(entry)) and statements:
            statements[-1][1] = {int(n): v for n, v in PARAM.findall(m.group(1))}
    background = {pid for pid, statements in backends.items() if any("hangfire" in sql.lower() or "skip locked" in sql.lower() for sql, _ in statements)}
    out = []
    in_transaction = False
    for sql, params in (s for pid, statements in backends.items() if pid not in background for s in statements):
        if sql.upper().startswith("BEGIN"):
            in_transaction = True
        elif sql.upper().startswith(("COMMIT", "ROLLBACK")):
            in_transaction = False
        elif sql.upper().startswith("DISCARD") and in_transaction:
            continue
        if sql.upper().startswith("INSERT") and re.search(r"\(\s*\"?id\"?\s*,", sql) and 1 in params:
            params[1] = "gen_random_uuid()"
        for n in sorted(params, reverse=True):
            sql = re.sub(r"\$%d(?!\d)" % n, lambda _: params[n], sql)
        sql = re.sub(r"\s+AND\s+\"?xmin\"?\s*=\s*'?\d+'?(::xid)?", "", sql)
        sql = " ".join(sql.split())
        out.append(sql if sql.endswith(";") else sql + ";")
    if not out:
        sys.exit("no statements of the app role in the captured window")
    print("\n".join(out))


if __name__ == "__main__":
    main()
