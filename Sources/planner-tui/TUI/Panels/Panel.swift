import Foundation
import PlannerCore

/// A report panel over the calendar: parity (`B`), the tour of the selected event's series
/// (`T`), the itinerary of one of its people (`I`), or the scheduler's proposal for a stop
/// to place (`p` in the tour panel). Its content is computed by an effect (the same report
/// as `planner-tui report …`) and arrives as lines; the panel only scrolls, selects and asks.
struct Panel: Equatable {
    enum Kind: Equatable {
        case parity(year: Int, grouping: ParityReport.Grouping)
        case tour(series: String)
        /// One of `people` (the selected event's), over the week or the month of `day`.
        case itinerary(person: String, people: [String], day: LocalDate, month: Bool)
        case proposal(uid: String)
        /// Every event waiting for the scheduler (`U`); `p` on one shows its proposal.
        case unplaced
    }

    enum LineRole: Equatable { case heading, normal, current, warning, muted, selected }

    struct Line: Equatable {
        var text: String
        var role: LineRole = .normal
    }

    /// A printable page: the report as text and as HTML.
    struct Page: Equatable {
        var text: String
        var html: String
        var name: String
        var title: String
    }

    /// Something Enter or `p` can act on in the tour and proposal panels.
    enum Item: Equatable {
        /// Create the next stop on the proposed day and city.
        case newStop(template: String, day: LocalDate, city: String, candidates: [String])
        /// A stop still to place: `p` shows the scheduler's proposal.
        case unplaced(uid: String)
        /// Apply the scheduler's proposal.
        case apply(uid: String, day: LocalDate, city: String)
    }

    var kind: Kind
    var title = ""
    var lines: [Line] = []
    var page: Page?
    var items: [Item] = []
    /// Line index of each item (for the selection's highlight).
    var itemLines: [Int] = []
    var selection = 0
    var scroll = 0
    /// For a new stop: placed on the proposed day (true) or left to the scheduler.
    var createPlaced = true
    var loading = true

    var selectedItem: Item? { items.indices.contains(selection) ? items[selection] : nil }
}

extension Update {
    /// `B`, `T`, `I` in the calendar views.
    static func openPanel(_ key: Key, _ state: AppState) -> (AppState, [Effect]) {
        var s = state
        let kind: Panel.Kind
        switch key {
        case .char("B"):
            kind = .parity(year: s.cursor.year, grouping: .quarter)
        case .char("T"):
            guard let o = s.selectedOccurrence else { s.message = noSelection(s); return (s, []) }
            guard let series = o.event.series else { s.message = Catalogue.Cluster.noSeries(s.lang); return (s, []) }
            kind = .tour(series: series)
        case .char("U"):
            kind = .unplaced
        case .char("I"):
            guard let o = s.selectedOccurrence else { s.message = noSelection(s); return (s, []) }
            guard let first = o.event.people.first else { s.message = Catalogue.Cluster.noPeople(s.lang); return (s, []) }
            kind = .itinerary(person: first, people: o.event.people, day: s.cursor, month: s.mode == .month)
        default:
            return (s, [])
        }
        s.panel = Panel(kind: kind)
        return (s, [.openPanel(kind, width: s.cols)])
    }

    /// The content of a panel arrived: keep the selection and scroll of the same panel.
    static func panelReady(_ panel: Panel, _ state: AppState) -> (AppState, [Effect]) {
        var s = state
        var p = panel
        if let old = s.panel, old.kind == p.kind || sameFamily(old.kind, p.kind) {
            p.selection = min(old.selection, max(0, p.items.count - 1))
            p.scroll = old.kind == p.kind ? old.scroll : 0
            p.createPlaced = old.createPlaced
        }
        p.loading = false
        s.panel = p
        return (s, [])
    }

    static func sameFamily(_ a: Panel.Kind, _ b: Panel.Kind) -> Bool {
        switch (a, b) {
        case (.parity, .parity), (.itinerary, .itinerary): return true
        default: return false
        }
    }

    /// Keys while a panel is open.
    static func panelKey(_ key: Key, _ state: AppState) -> (AppState, [Effect]) {
        var s = state
        guard var p = s.panel else { return (s, []) }
        s.message = nil
        s.messageIsError = false
        let page = max(1, s.rows - 6)
        switch key {
        case .escape, .char("q"):
            s.panel = nil
            return reloading(s)
        case .char("P"):
            guard let pg = p.page else { return (s, []) }
            return (s, [.printPage(pg)])
        case .pageDown, .char(" "): p.scroll = min(p.scroll + page, max(0, p.lines.count - 1))
        case .pageUp: p.scroll = max(0, p.scroll - page)
        case .down, .char("j"):
            if p.items.isEmpty { p.scroll = min(p.scroll + 1, max(0, p.lines.count - 1)) } else {
                p.selection = min(p.selection + 1, p.items.count - 1)
                p.scroll = max(p.scroll, p.itemLines[p.selection] - page + 1)
            }
        case .up, .char("k"):
            if p.items.isEmpty { p.scroll = max(0, p.scroll - 1) } else {
                p.selection = max(0, p.selection - 1)
                p.scroll = min(p.scroll, p.itemLines[p.selection])
            }
        default:
            return kindKey(key, &s, p)
        }
        s.panel = p
        return (s, [])
    }

    /// Keys that depend on the panel's kind.
    static func kindKey(_ key: Key, _ s: inout AppState, _ panel: Panel) -> (AppState, [Effect]) {
        var p = panel
        var next: Panel.Kind?
        switch (p.kind, key) {
        case (.parity(let y, let g), .tab), (.parity(let y, let g), .backTab):
            next = .parity(year: y, grouping: g == .quarter ? .month : .quarter)
        case (.parity(let y, let g), .left), (.parity(let y, let g), .char("h")): next = .parity(year: y - 1, grouping: g)
        case (.parity(let y, let g), .right), (.parity(let y, let g), .char("l")): next = .parity(year: y + 1, grouping: g)
        case (.itinerary(let who, let people, let day, let month), .tab):
            let i = people.firstIndex(of: who).map { ($0 + 1) % people.count } ?? 0
            next = .itinerary(person: people[i], people: people, day: day, month: month)
        case (.itinerary(let who, let people, let day, let month), .char("m")):
            next = .itinerary(person: who, people: people, day: day, month: !month)
        case (.itinerary(let who, let people, let day, let month), .left), (.itinerary(let who, let people, let day, let month), .right):
            let step = key == .left ? -1 : 1
            let d = month ? day.firstOfMonth.adding(days: step > 0 ? 32 : -1).firstOfMonth : day.adding(days: 7 * step)
            next = .itinerary(person: who, people: people, day: d, month: month)
        case (.tour, .tab), (.tour, .backTab):
            p.createPlaced.toggle()
            s.panel = p
            return (s, [])
        case (.tour, .enter):
            guard case .newStop(let template, let day, let city, let candidates)? = p.selectedItem else { return (s, []) }
            return (s, [.createStop(template: template, day: day, city: city, placed: p.createPlaced, candidates: candidates, series: seriesId(p.kind))])
        case (.tour, .char("p")), (.unplaced, .char("p")), (.unplaced, .enter):
            guard case .unplaced(let uid)? = p.selectedItem else { s.message = Catalogue.Cluster.notUnplaced(s.lang); return (s, []) }
            s.panel = Panel(kind: .proposal(uid: uid))
            return (s, [.openPanel(.proposal(uid: uid), width: s.cols)])
        case (.proposal, .enter):
            guard case .apply(let uid, let day, let city)? = p.selectedItem else { return (s, []) }
            s.panel = nil
            return (s, [.applyPlacement(uid: uid, day: day, city: city)])
        default:
            return (s, [])
        }
        guard let next else { return (s, []) }
        p.kind = next
        p.loading = true
        s.panel = p
        return (s, [.openPanel(next, width: s.cols)])
    }

    static func seriesId(_ kind: Panel.Kind) -> String {
        if case .tour(let id) = kind { return id }
        return ""
    }
}
