#!/usr/bin/env python3
"""Turns the SQL one request sent (PostgreSQL's statement log) into a pgbench custom script.

    pgbench_from_log.py LOG OFFSET [SPREAD] > script.sql

LOG is the server log, OFFSET the byte where the request's window starts (log_statement = 'all' was on only
for that window). Parameters are written in as the literals the app sent. Three changes keep the script
repeatable, and are the only ones (besides sending Npgsql's pooled-connection reset with the statement after it, as
Npgsql does): an INSERT's new key becomes a fresh one (an id gen_random_uuid(), a key hash
sha256 of one: the same key twice would be refused), and an optimistic-concurrency check on xmin is dropped
(the saved version moves on after the first run, and the app sends the current version each time). The job
server's and the outbox's polling are left out (hangfire.*, SKIP LOCKED): they are not part of the request.

SPREAD (optional) spreads the script over rows as the HTTP side does: a file of rows "NAME=VALUE ..." (the same
names on every line), the first line being the row the captured request touched. Each of its values is replaced
in the SQL by a pgbench variable (:NAME), and the statement that sets the tenant also picks the row, from the
list, with \gset: client c of C (pass -D clients=C) takes rows c, c + C, c + 2C ... at random, so no two
clients work on one row at once, as no two HTTP requests do.
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


def read_spread(path):
    rows = [dict(pair.split("=", 1) for pair in line.split()) for line in open(path) if line.strip()]
    return rows


def quoted(value):
    return "'" + value.replace("'", "''") + "'"


def spread_over(out, rows):
    """Variables for the first row's values, and the row picked where the tenant is set (no extra round trip)."""
    names = list(rows[0])
    for i, sql in enumerate(out):
        for name in names:
            value = rows[0][name]
            sql = sql.replace(quoted(value), "':%s'" % name) if not re.fullmatch(r"[0-9a-f-]{36}", value) else sql.replace(value, ":" + name)
        out[i] = sql
    values = ", ".join("(%d, %s)" % (n, ", ".join(quoted(r[name]) for name in names)) for n, r in enumerate(rows))
    for i, sql in enumerate(out):
        if re.match(r"SELECT set_config\('app\.tenant_id', '[^']", sql):
            out[i] = "%s, v.%s FROM (VALUES %s) AS v(n, %s) WHERE v.n = :n \\gset" % (
                sql.rstrip(";"), ", v.".join(names), values, ", ".join(names))
            pick = r"\set n :client_id + :clients * random(0, (%d - 1 - :client_id) / :clients)" % len(rows)
            return out[:i] + [pick] + out[i:]
    sys.exit("the captured request never set the tenant: nowhere to pick the row")


def reset_with_next(out):
    """Npgsql resets a pooled connection by sending its reset in the same write as the next statement: one round trip.
    pgbench sends each ;-separated statement of a line as its own command (a round trip each), so the reset's
    statements and the next statement are joined with \\; into one query, as the app sends them."""
    joined, pending = [], None
    for sql in out:
        if sql.upper().startswith("SET SESSION AUTHORIZATION DEFAULT"):
            pending = " \\; ".join(part for part in sql.split(";") if part.strip())
            continue
        if pending and not sql.startswith("\\"):
            sql, pending = pending + " \\; " + sql, None
        joined.append(sql)
    if pending:
        joined.append(pending + ";")
    return joined


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
        elif sql.upper().startswith("INSERT") and params.get(1, "").startswith("'\\x"):
            params[1] = "sha256(gen_random_uuid()::text::bytea)"
        for n in sorted(params, reverse=True):
            sql = re.sub(r"\$%d(?!\d)" % n, lambda _: params[n], sql)
        sql = re.sub(r"\s+AND\s+\"?xmin\"?\s*=\s*'?\d+'?(::xid)?", "", sql)
        sql = " ".join(sql.split())
        out.append(sql if sql.endswith(";") else sql + ";")
    if not out:
        sys.exit("no statements of the app role in the captured window")
    if len(sys.argv) > 3:
        out = spread_over(out, read_spread(sys.argv[3]))
    print("\n".join(reset_with_next(out)))


if __name__ == "__main__":
    main()
