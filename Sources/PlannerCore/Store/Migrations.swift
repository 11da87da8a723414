import Foundation
import GRDB

/// The database schema, as GRDB migrations. A migration is never edited once released:
/// add a new one. A file whose applied migrations this version does not know was written by
/// a newer planner and is refused (never downgraded).
enum Migrations {
    static let migrator: DatabaseMigrator = {
        var m = DatabaseMigrator()
        m.registerMigration("v1-schema") { db in
            try db.execute(sql: """
                CREATE TABLE office(id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL);
                CREATE TABLE city(
                    id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL,
                    latitude REAL NOT NULL, longitude REAL NOT NULL);
                CREATE TABLE distance(
                    a TEXT NOT NULL REFERENCES city(id), b TEXT NOT NULL REFERENCES city(id),
                    km INTEGER NOT NULL, PRIMARY KEY(a, b)) WITHOUT ROWID;
                CREATE TABLE holiday(date TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL);
                CREATE TABLE person(
                    id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL,
                    home TEXT NOT NULL REFERENCES city(id), roles TEXT NOT NULL DEFAULT '[]');
                CREATE TABLE series(
                    id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,
                    spreadWeeks INTEGER NOT NULL DEFAULT 1);
                CREATE TABLE event(
                    uid TEXT PRIMARY KEY NOT NULL,
                    title TEXT NOT NULL,
                    description TEXT NOT NULL DEFAULT '',
                    startUtc REAL NOT NULL,
                    endUtc REAL NOT NULL,
                    durationSeconds REAL NOT NULL,
                    allDay INTEGER NOT NULL,
                    timeZone TEXT NOT NULL,
                    office TEXT NOT NULL REFERENCES office(id),
                    kind TEXT NOT NULL,
                    audience TEXT NOT NULL,
                    series TEXT REFERENCES series(id),
                    rrule TEXT,
                    recurring INTEGER NOT NULL,
                    lastEndUtc REAL,
                    exdates TEXT NOT NULL DEFAULT '[]',
                    rdates TEXT NOT NULL DEFAULT '[]',
                    overrides TEXT NOT NULL DEFAULT '[]',
                    placed INTEGER NOT NULL,
                    placement TEXT,
                    big INTEGER NOT NULL DEFAULT 0,
                    sequence INTEGER NOT NULL DEFAULT 0,
                    created REAL NOT NULL,
                    lastModified REAL NOT NULL,
                    extraProperties TEXT NOT NULL DEFAULT '[]');
                -- Single events in a window: startUtc BETWEEN from - longest AND to.
                CREATE INDEX event_single_start ON event(startUtc) WHERE recurring = 0 AND placed = 1;
                CREATE INDEX event_duration ON event(durationSeconds);
                -- Recurring events are few; they are expanded in their own zone.
                CREATE INDEX event_recurring_start ON event(startUtc) WHERE recurring = 1 AND placed = 1;
                CREATE INDEX event_series ON event(series);
                CREATE TABLE event_city(
                    eventUid TEXT NOT NULL REFERENCES event(uid) ON DELETE CASCADE,
                    cityId TEXT NOT NULL REFERENCES city(id),
                    position INTEGER NOT NULL,
                    PRIMARY KEY(eventUid, cityId)) WITHOUT ROWID;
                CREATE INDEX event_city_city ON event_city(cityId);
                CREATE TABLE event_person(
                    eventUid TEXT NOT NULL REFERENCES event(uid) ON DELETE CASCADE,
                    personId TEXT NOT NULL REFERENCES person(id),
                    position INTEGER NOT NULL,
                    PRIMARY KEY(eventUid, personId)) WITHOUT ROWID;
                CREATE INDEX event_person_person ON event_person(personId);
                CREATE TABLE setting(key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
                """)
        }
        m.registerMigration("v1-undo-journal") { db in
            // Each user-visible change records the events as they were before it, so `u` in
            // the TUI can undo several levels, across restarts.
            try db.execute(sql: """
                CREATE TABLE undo_step(
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    label TEXT NOT NULL,
                    at REAL NOT NULL);
                CREATE TABLE undo_item(
                    step INTEGER NOT NULL REFERENCES undo_step(id) ON DELETE CASCADE,
                    uid TEXT NOT NULL,
                    before TEXT,
                    PRIMARY KEY(step, uid)) WITHOUT ROWID;
                """)
        }
        m.registerMigration("v5-cluster-school-holidays-touring") { db in
            // Zone C school holidays (built-in years; `holidays import` adds the ministry's
            // feed), and which series tour the region (only those have cities "not visited").
            try db.execute(sql: """
                CREATE TABLE school_holiday(
                    zone TEXT NOT NULL, first TEXT NOT NULL, resume TEXT NOT NULL, name TEXT NOT NULL,
                    PRIMARY KEY(zone, first)) WITHOUT ROWID;
                CREATE INDEX school_holiday_resume ON school_holiday(resume);
                ALTER TABLE series ADD COLUMN touring INTEGER NOT NULL DEFAULT 0;
                UPDATE series SET touring = 1 WHERE id IN ('green-it-day-2026', 'innovation-it-day-2027');
                """)
            try SchoolHolidays.install(db, years: ["2025-2026", "2026-2027", "2027-2028"])
        }
        m.registerMigration("v5-perf-occurrence-index") { db in
            // Occurrences of recurring events, materialised on write (Store+OccurrenceIndex):
            // a window query is one range scan on startUtc whatever the calendar's age.
            // Series that never end are materialised up to the horizon (setting
            // `occurrenceHorizon`), extended when a query goes past it. A series with too many
            // occurrences to materialise is listed in occurrence_unindexed and expanded on read.
            try db.execute(sql: """
                CREATE TABLE occurrence(
                    eventUid TEXT NOT NULL REFERENCES event(uid) ON DELETE CASCADE,
                    startUtc REAL NOT NULL,
                    endUtc REAL NOT NULL,
                    recurrenceId REAL NOT NULL);
                CREATE INDEX occurrence_start ON occurrence(startUtc);
                CREATE INDEX occurrence_event ON occurrence(eventUid);
                CREATE TABLE occurrence_unindexed(
                    eventUid TEXT PRIMARY KEY NOT NULL REFERENCES event(uid) ON DELETE CASCADE) WITHOUT ROWID;
                -- One undo step of an import: the uids it added, as one JSON list (undo_item
                -- keeps only the events it replaced).
                ALTER TABLE undo_step ADD COLUMN added TEXT;
                """)
            // Filled when the store opens, after every migration (the event rows of a later
            // schema are read then).
            try db.execute(sql: "INSERT INTO setting(key, value) VALUES ('occurrenceIndexStale', '1')")
        }
        Store.registerSyncMigration(&m)
        m.registerMigration("v6-query-occurrence-by-start") { db in
            // The occurrence index stored in start order (a table clustered on its key): a
            // window's rows are read one after the other instead of one table lookup per
            // index entry scattered over the file (a year of 87,000 occurrences: 180 -> 33 ms).
            try db.execute(sql: """
                CREATE TABLE occurrence_by_start(
                    eventUid TEXT NOT NULL REFERENCES event(uid) ON DELETE CASCADE,
                    startUtc REAL NOT NULL,
                    endUtc REAL NOT NULL,
                    recurrenceId REAL NOT NULL,
                    PRIMARY KEY(startUtc, eventUid, recurrenceId)) WITHOUT ROWID;
                INSERT OR IGNORE INTO occurrence_by_start(eventUid, startUtc, endUtc, recurrenceId)
                    SELECT eventUid, startUtc, endUtc, recurrenceId FROM occurrence;
                DROP TABLE occurrence;
                ALTER TABLE occurrence_by_start RENAME TO occurrence;
                CREATE INDEX occurrence_event ON occurrence(eventUid);
                """)
        }
        m.registerMigration("v6-tvi-search-folded") { db in
            // What a search matches, folded once on write (SearchFolding) instead of every
            // title and description on every query; filled here for the rows already stored.
            try db.execute(sql: "ALTER TABLE event ADD COLUMN searchText TEXT NOT NULL DEFAULT ''")
            let rows = try Row.fetchAll(db, sql: "SELECT uid, title, description FROM event")
            let update = try db.makeStatement(sql: "UPDATE event SET searchText = ? WHERE uid = ?")
            for row in rows {
                try update.execute(arguments: [SearchFolding.key(title: row[1], description: row[2]), row[0] as String])
            }
        }
        m.registerMigration("v7-sync-conflict-copies") { db in
            // The conflict copies sync made, found without reading every event: counting the
            // changes waiting for sync (every TUI read after a change) read the whole event
            // table for them (170 ms at 100,000 synced events; 35 ms with this index).
            // The condition is written out (a released migration never changes);
            // `Store.isConflictCopySQL` repeats it and SyncStatusTests checks that the
            // queries use this index.
            try db.execute(sql: "CREATE INDEX event_conflict_copy ON event(uid) WHERE extraProperties LIKE '%X-PLANNER-CONFLICT-OF:%'")
        }
        return m
    }()
}
