import Foundation
import PlannerCore

/// The panels' effects: each panel's content is the report the command line prints
/// (`report parity|series|person`, `plan`), read from the store and cut into lines; `P`
/// prints a panel's page like the week; Enter creates a tour's next stop or applies a
/// proposal.
extension EffectRunner {
    func runPanel(_ effect: Effect, today: LocalDate) throws -> [Message] {
        switch effect {
        case .openPanel(let kind, let width):
            return [.panelReady(try panel(kind, today: today, width: width))]
        case .printPage(let page):
            let base = (printDirectory as NSString).appendingPathComponent(page.name)
            let outcome = try Printer(environment: environment, printerName: try store.printerName())
                .print(text: page.text, html: page.html, base: base, title: page.title, lang: lang)
            return [.done(outcome.message(lang))]
        case .createStop(let template, let day, let city, let placed, let candidates, let seriesId):
            guard let t = try store.event(uid: template), let series = try store.series().first(where: { $0.id == seriesId }) else {
                throw PlannerError.notFound(Catalogue.Cluster.unknownSeries(seriesId)(lang))
            }
            let names = Dictionary(uniqueKeysWithValues: try store.cities().map { ($0.id, $0.name) })
            let stop = SeriesReport.newStop(template: t, seriesName: series.name, day: day, city: city, cityName: names[city] ?? city,
                                            placed: placed, candidates: candidates)
            let saved = try store.save(stop, people: nil, series: nil, label: .add)
            let change = SessionChange(what: Catalogue.tuiChange("add", saved.title), uids: [saved.uid], before: [:],
                                       after: try store.versions(of: [saved.uid]))
            return [.recorded(change), .done(Catalogue.Cluster.stopAdded(stop.title, placed: placed)(lang)), .panelReady(try panel(.tour(series: seriesId), today: today))]
        case .applyPlacement(let uid, let day, let city):
            guard let e = try store.event(uid: uid) else { throw PlannerError.notFound(Catalogue.tuiEventGone(lang)) }
            let names = Dictionary(uniqueKeysWithValues: try store.cities().map { ($0.id, $0.name) })
            let placed = DatabasePlan.placed(DatabasePlan.Proposal(event: e, day: day, city: city), zone: zone, cityNames: names)
            let before = try store.versions(of: [uid])
            try store.save([placed], label: .plan)
            let change = SessionChange(what: Catalogue.tuiChange("plan", placed.title), uids: [uid], before: before,
                                       after: try store.versions(of: [uid]))
            return [.recorded(change), .done(Catalogue.Cluster.placedCount(1)(lang) + " « \(placed.title) » (u)")]
        default:
            return []
        }
    }

    func panel(_ kind: Panel.Kind, today: LocalDate, width: Int = 80) throws -> Panel {
        var p = Panel(kind: kind)
        let cityNames = Dictionary(uniqueKeysWithValues: try store.cities().map { ($0.id, $0.name) })
        switch kind {
        case .parity(let year, let grouping):
            let r = try store.parityReport(year: year, grouping: grouping, zone: zone, today: today)
            p.title = r.title(lang)
            var table = TextTable(header: r.header(lang), leftColumns: [0, 4])
            for period in r.periods { table.rows.append(r.cells(period, lang, label: r.label(period, lang))) }
            let tableLines = table.render(indent: " ").split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
            // Lines: the bars first (they fit narrow screens), then the table and the legend.
            for row in r.barRows(lang, width: max(30, width - 2)) {
                p.lines.append(Panel.Line(text: row.text, role: row.warning ? .warning : row.current ? .current : row.text.hasPrefix(" ") || row.text.isEmpty ? .normal : .heading))
            }
            p.lines.append(Panel.Line(text: ""))
            for (i, l) in tableLines.enumerated() {
                let period = i >= 2 ? r.periods[i - 2] : nil
                p.lines.append(Panel.Line(text: l, role: i == 0 ? .heading : period.map { r.exceeds($0) ? .warning : r.isCurrent($0) ? .current : .normal } ?? .muted))
            }
            p.lines.append(Panel.Line(text: ""))
            for l in r.legend(lang) { p.lines.append(Panel.Line(text: l, role: .muted)) }
            p.page = Panel.Page(text: r.text(lang), html: r.html(lang), name: "parite-\(year)-\(grouping.rawValue)", title: r.title(lang))
        case .tour(let id):
            guard let series = try store.series().first(where: { $0.id == id }) else { throw PlannerError.notFound(Catalogue.Cluster.unknownSeries(id)(lang)) }
            let r = try store.seriesReport(series, zone: zone, today: today)
            p.title = series.name
            let text = r.text(lang, cityNames: cityNames)
            p.lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map {
                Panel.Line(text: String($0), role: $0.contains("⚠") ? .warning : .normal)
            }
            if let n = r.nextStop, let template = try store.allEvents().filter({ $0.series == id && $0.placement.isPlaced }).max(by: { $0.start < $1.start }) {
                p.lines.append(Panel.Line(text: ""))
                p.itemLines.append(p.lines.count)
                p.items.append(.newStop(template: template.uid, day: n.day, city: n.city, candidates: r.notVisited))
                p.lines.append(Panel.Line(text: Catalogue.Cluster.newStopLine(CalendarNames.dayHeading(n.day, lang, year: true) + ", " + (cityNames[n.city] ?? n.city),
                                                                               mode: "")(lang), role: .selected))
            }
            for u in r.unplaced {
                p.itemLines.append(p.lines.count)
                p.items.append(.unplaced(uid: u.uid))
                p.lines.append(Panel.Line(text: "p " + Catalogue.Cluster.toPlace(lang) + " " + u.title, role: .selected))
            }
            p.page = Panel.Page(text: text, html: r.html(lang, cityNames: cityNames), name: "tournee-\(id)", title: series.name)
        case .itinerary(let personId, _, let day, let month):
            guard let person = try store.person(matching: personId) else { throw PlannerError.notFound(Catalogue.Cluster.unknownPerson(personId)(lang)) }
            let from = month ? day.firstOfMonth : day.mondayOfWeek
            let to = month ? day.firstOfMonth.adding(days: 32).firstOfMonth : from.adding(days: 7)
            let it = try store.itinerary(person: person, from: from, to: to, zone: zone)
            let ctx = try store.agendaContext(lang: lang, zone: zone, from: from, to: to)
            p.title = it.title(ctx)
            p.lines = it.lines(ctx).dropFirst(2).map { Panel.Line(text: $0.text, role: $0.conflict ? .warning : .normal) }
            p.page = Panel.Page(text: it.text(context: ctx), html: it.html(context: ctx), name: "itineraire-\(person.id)-\(from)", title: it.title(ctx))
        case .unplaced:
            p.title = Catalogue.Cluster.unplacedTitle(lang)
            let waiting = try store.allEvents().filter { !$0.placement.isPlaced }.sorted { $0.title.frenchSortKey < $1.title.frenchSortKey }
            if waiting.isEmpty { p.lines = [Panel.Line(text: Catalogue.Cluster.nothingToPlace(lang), role: .muted)] }
            for e in waiting {
                guard case .unplaced(let candidates, let earliest, let latest, _) = e.placement else { continue }
                p.itemLines.append(p.lines.count)
                p.items.append(.unplaced(uid: e.uid))
                p.lines.append(Panel.Line(text: "p " + e.title, role: .selected))
                p.lines.append(Panel.Line(text: "    " + candidates.map { cityNames[$0] ?? $0 }.joined(separator: ", ") + " · "
                                          + CalendarNames.rangePhrase(earliest, latest, lang), role: .muted))
            }
            let text = p.lines.map(\.text).joined(separator: "\n") + "\n"
            var html = ReportHTML(title: p.title, lang: lang)
            html.add(.list(p.lines.map(\.text)))
            p.page = Panel.Page(text: p.title + "\n\n" + text, html: html.render(), name: "a-placer", title: p.title)
        case .proposal(let uid):
            let outcome = try DatabasePlan(store: store, zone: zone).plan(options: ScheduleOptions(timeLimit: 3, seed: 1), only: [uid])
            let people = Dictionary(uniqueKeysWithValues: try store.people().map { ($0.id, $0.name) })
            let title = try store.event(uid: uid)?.title ?? uid
            p.title = title
            if let proposal = outcome.proposals.first(where: { $0.event.uid == uid }) {
                p.lines = (proposal.explanation?.lines(lang, cityNames: cityNames, personNames: people) ?? []).map { Panel.Line(text: $0) }
                p.lines.append(Panel.Line(text: ""))
                p.itemLines = [p.lines.count]
                p.items = [.apply(uid: uid, day: proposal.day, city: proposal.city)]
                p.lines.append(Panel.Line(text: "↵ " + Catalogue.Cluster.proposalHint(lang), role: .selected))
            } else {
                let blocked = outcome.blocked.first { $0.uid == uid } ?? PlanExplanation(uid: uid, title: title)
                p.lines = blocked.lines(lang, cityNames: cityNames, personNames: people).map { Panel.Line(text: $0, role: .warning) }
            }
            let text = p.lines.map(\.text).joined(separator: "\n") + "\n"
            var html = ReportHTML(title: title, lang: lang)
            html.add(.list(p.lines.map(\.text).filter { !$0.isEmpty }))
            p.page = Panel.Page(text: title + "\n\n" + text, html: html.render(), name: "proposition", title: title)
        }
        return p
    }
}
