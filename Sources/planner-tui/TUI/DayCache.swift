// DayCache: the days the TUI holds in memory and how a load changes them. A load either reads
// every day it needs (`.load`: at launch, after a jump, when the data changed) and replaces
// what is in memory, or reads only the days missing from memory (`.extend`: moving on by a
// week or a month reads the new days, not the whole margin again) and is merged with the days
// kept. A merge is taken only when the store's revision is the one the kept days were read at.
import Foundation
import PlannerCore

/// Days read from the store: their occurrences and what the views show with them.
struct LoadedData {
    /// The days in memory once this is taken (the kept ones and the ones read).
    var range: Range<LocalDate>
    /// The days of memory this load did not read again (nil: it replaces everything).
    var kept: Range<LocalDate>?
    /// The load's generation (`AppState.loadGeneration` when it was asked for).
    var generation = 0
    /// The occurrences of the days read, in agenda order (per part read).
    var occurrences: [Occurrence]
    /// `occurrences` by day of the days read, in the display zone, each day's all-day ones first.
    var byDay: [LocalDate: [Occurrence]] = [:]
    var holidays: [LocalDate: String]
    var schoolHolidays: [LocalDate: String] = [:]
    /// Conflicts of the days read (and of the day before each part read), by day then uid.
    var conflicts: [LocalDate: [String: [String]]] = [:]
    var names = AppNames(cities: [:], people: [:], series: [:])
    var ownOffice: Office?
    /// The store's revision before the read (the loop compares it to notice other writers).
    var revision = 0
    /// The stored sync status (nil for an extension: the one in memory stays).
    var sync: SyncStatus?
}

extension Range where Bound == LocalDate {
    /// Whether every day of `other` is in this range.
    func covers(_ other: Range<LocalDate>) -> Bool { lowerBound <= other.lowerBound && other.upperBound <= upperBound }

    /// Whether the two ranges overlap or touch (together they are one range).
    func joins(_ other: Range<LocalDate>) -> Bool { lowerBound <= other.upperBound && other.lowerBound <= upperBound }

    /// The smallest range holding both.
    func hull(_ other: Range<LocalDate>) -> Range<LocalDate> {
        Swift.min(lowerBound, other.lowerBound)..<Swift.max(upperBound, other.upperBound)
    }

    /// The days of this range not in `other`: none, one or two ranges, earliest first.
    func subtracting(_ other: Range<LocalDate>) -> [Range<LocalDate>] {
        var parts: [Range<LocalDate>] = []
        if lowerBound < other.lowerBound { parts.append(lowerBound..<Swift.min(upperBound, other.lowerBound)) }
        if other.upperBound < upperBound { parts.append(Swift.max(lowerBound, other.upperBound)..<upperBound) }
        return parts
    }
}

extension Update {
    /// The load that brings `target` into memory: only its days missing from memory when
    /// what is there (as far as the margin around the visible days) joins it, else all of it.
    static func loadEffect(_ s: inout AppState, _ target: Range<LocalDate>) -> Effect {
        let margin = AppState.cacheRange(around: s.visibleRange)
        guard let have = s.loaded, have.overlaps(margin) else { return startLoad(&s, target) }
        let keep = have.clamped(to: margin)
        guard keep.joins(target), !keep.covers(target) else { return startLoad(&s, target) }
        s.loadGeneration += 1
        s.pendingLoad = keep.hull(target)
        return .extend(target, keeping: keep, generation: s.loadGeneration)
    }
}

extension AppState {
    /// Takes a load's result. An extension keeps the days in memory it names and adds the
    /// days it read; it is refused (false) when the store changed since the kept days were
    /// read, which then need reading again.
    mutating func take(_ data: LoadedData) -> Bool {
        if let kept = data.kept {
            guard data.revision == loadedRevision, let have = loaded, have.covers(kept) else { return false }
            let from = kept.lowerBound.startInstant(in: zone), to = kept.upperBound.startInstant(in: zone)
            let old = all.filter { $0.overlaps(from: from, to: to) }
            // An occurrence across the boundary was read twice: the copy in memory stays.
            var seen = Set(old.map(OccurrenceKey.init))
            let fresh = data.occurrences.filter { seen.insert(OccurrenceKey($0)).inserted }
            all = fresh.filter { $0.start < from } + old + fresh.filter { $0.start >= from }
            byDay = byDay.filter { kept.contains($0.key) }.merging(data.byDay) { _, new in new }
            // The kept days' conflicts were read whole; the day before a part read, only in part.
            conflicts = conflicts.filter { kept.contains($0.key) }.merging(data.conflicts) { old, _ in old }
            // Holidays are read from the day before a range (conflicts look at the evening before).
            let holidayDays = data.range.lowerBound.adding(days: -1)..<data.range.upperBound
            holidays = holidays.merging(data.holidays) { _, new in new }.filter { holidayDays.contains($0.key) }
            schoolHolidays = schoolHolidays.merging(data.schoolHolidays) { _, new in new }.filter { data.range.contains($0.key) }
        } else {
            all = data.occurrences
            byDay = data.byDay
            conflicts = data.conflicts
            holidays = data.holidays
            schoolHolidays = data.schoolHolidays
        }
        loaded = data.range
        loadedRevision = data.revision
        pendingLoad = nil
        cityNames = data.names.cities
        personNames = data.names.people
        seriesNames = data.names.series
        ownOffice = data.ownOffice
        // The count of changes waiting stays until its own read answers (`.syncPending`).
        if let stored = data.sync {
            sync = SyncStatus(configured: stored.configured, lastSync: stored.lastSync, pending: stored.configured ? sync.pending : 0,
                              every: stored.every, running: sync.running, progress: sync.progress)
        }
        return true
    }
}

/// An occurrence's identity among the loaded ones: its event and start.
private struct OccurrenceKey: Hashable {
    let uid: String
    let start: Date
    init(_ o: Occurrence) {
        uid = o.uid
        start = o.start
    }
}

extension EffectRunner {
    /// The days of `range` not in `kept` (all of them without it), with the names and
    /// conflicts the views show.
    func load(_ range: Range<LocalDate>, keeping kept: Range<LocalDate>? = nil) throws -> LoadedData {
        // The revision first: a write during the reads shows at the next poll.
        let revision = try store.revision()
        var names = AppNames(cities: [:], people: [:], series: [:])
        for c in try store.cities() { names.cities[c.id] = c.name }
        for p in try store.people() { names.people[p.id] = p.name }
        for s in try store.series() { names.series[s.id] = s.name }
        var labels = names.cities
        labels.merge(names.people) { a, _ in a }
        let travel = RoadTravel(distances: try store.distances())
        var data = LoadedData(range: kept.map { $0.hull(range) } ?? range, kept: kept, occurrences: [], holidays: [:], names: names,
                              ownOffice: try store.ownOffice(), revision: revision, sync: kept == nil ? try SyncFeature.status(store) : nil)
        for part in kept.map({ range.subtracting($0) }) ?? [range] {
            // One read a day wider on each side: conflicts need the evening before (travel),
            // the views need only the days read.
            let wide = try store.occurrences(from: part.lowerBound.adding(days: -1).startInstant(in: zone),
                                             to: part.upperBound.adding(days: 1).startInstant(in: zone))
            let occ = wide.filter { $0.overlaps(from: part.lowerBound.startInstant(in: zone), to: part.upperBound.startInstant(in: zone)) }
            let holidays = try store.holidayNames(from: part.lowerBound.adding(days: -1), to: part.upperBound)
            // `occurrences(from:to:)` lists them in agenda order already: no second sort. The
            // day before too: an event from then on into the days read shows its clash there.
            let days = part.lowerBound.adding(days: -1)..<part.upperBound
            for c in ConflictFinder(travel: travel, holidays: holidays, zone: zone).conflicts(inSorted: wide) where days.contains(c.day) {
                let text = c.message(lang, names: labels)
                for uid in c.uids { data.conflicts[c.day, default: [:]][uid, default: []].append(text) }
            }
            data.occurrences += occ
            data.byDay.merge(Self.byDay(occ, range: part, zone: zone)) { _, new in new }
            data.holidays.merge(holidays) { _, new in new }
            data.schoolHolidays.merge(try store.schoolHolidayNames(from: part.lowerBound, to: part.upperBound)) { _, new in new }
        }
        return data
    }

    /// Occurrences (in agenda order) by the days of `range` they touch in `zone`, each day's
    /// all-day ones first: computed once per load, not per day drawn.
    static func byDay(_ list: [Occurrence], range: Range<LocalDate>, zone: TimeZone) -> [LocalDate: [Occurrence]] {
        var days: [LocalDate: [Occurrence]] = [:]
        for o in list {
            for d in o.days(in: zone) where range.contains(d) { days[d, default: []].append(o) }
        }
        for (d, l) in days where l.contains(where: \.allDay) { days[d] = l.filter(\.allDay) + l.filter { !$0.allDay } }
        return days
    }
}
