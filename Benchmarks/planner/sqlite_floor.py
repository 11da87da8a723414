#!/usr/bin/env python3
"""SQLite's own share of an import: the floor under `planner import`'s time.

Copies the rows an import wrote (events, their cities and people, occurrence index, sync
marks) from a database the planner imported into a new file with the same schema, in one
transaction through Python's sqlite3 (C loops, no planner code), WAL and the import's 32 MiB
page cache, and prints how long SQLite takes: once with the indexes kept (what an import
does) and once with the indexes dropped and rebuilt after the rows (a bulk-load variant).

    planner-bench generate --events 100000 --seed 1 -o cal.ics
    planner --db imported.sqlite reset --empty && planner --db imported.sqlite import cal.ics
    Benchmarks/planner/sqlite_floor.py imported.sqlite
"""
import os
import sqlite3
import sys
import tempfile
import time

TABLES = ["event", "event_city", "event_person", "occurrence", "sync_change"]


def copy(source_rows, schema, path, rebuild_indexes):
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    # The planner checks the ids it writes against cities, people and series before writing;
    # those tables are empty here, so foreign keys are off.
    conn.execute("PRAGMA foreign_keys = OFF")
    indexes = [sql for sql in schema if sql.startswith("CREATE INDEX")]
    for sql in schema:
        if rebuild_indexes and sql.startswith("CREATE INDEX"):
            continue
        conn.execute(sql)
    conn.execute("PRAGMA cache_size = -32768")
    start = time.monotonic()
    conn.execute("BEGIN")
    for table, rows in source_rows.items():
        if rows:
            marks = ",".join("?" * len(rows[0]))
            conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
    if rebuild_indexes:
        for sql in indexes:
            conn.execute(sql)
    conn.execute("COMMIT")
    conn.close()
    return time.monotonic() - start


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    source = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
    schema = [row[0] for row in source.execute(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type DESC")]
    rows = {t: source.execute(f"SELECT * FROM {t}").fetchall() for t in TABLES}
    counts = ", ".join(f"{len(r):,} {t}" for t, r in rows.items())
    print(f"rows: {counts}")
    with tempfile.TemporaryDirectory() as folder:
        for rebuild in (False, True):
            path = os.path.join(folder, f"floor-{rebuild}.sqlite")
            seconds = copy(rows, schema, path, rebuild)
            label = "indexes dropped, rebuilt after" if rebuild else "indexes kept (as an import)"
            print(f"{label}: {seconds:.2f} s")


if __name__ == "__main__":
    main()
