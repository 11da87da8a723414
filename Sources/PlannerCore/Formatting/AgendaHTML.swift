// AgendaHTML: the printable page (inline CSS, UTF-8): each ISO week of the period on one A4
// landscape page, one column per day (PrintedWeekLayout fits it: narrow empty days, smaller
// type, then "+N autres" with the crowded days' full lists on a page after the week).
import Foundation

public enum AgendaHTML {
    public static func render(_ occurrences: [Occurrence], days: [LocalDate], heading: String, context c: AgendaContext) -> String {
        var byDay: [LocalDate: [Occurrence]] = [:]
        for o in occurrences {
            for d in c.days(of: o) { byDay[d, default: []].append(o) }
        }
        var weeks: [[LocalDate]] = []
        for d in days {
            if let last = weeks.last?.last, last.isoWeek == d.isoWeek { weeks[weeks.count - 1].append(d) } else { weeks.append([d]) }
        }
        var html = """
            <!DOCTYPE html>
            <html lang="\(c.lang.rawValue)">
            <head>
            <meta charset="utf-8">
            <title>\(escape(heading))</title>
            <style>
            @page { size: A4 landscape; margin: 10mm; }
            body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 9pt; line-height: 1.2; margin: 0; color: #111; }
            h1 { font-size: 13pt; margin: 0 0 3mm 0; }
            section { page-break-after: always; }
            section:last-child { page-break-after: auto; }
            section.week { page-break-inside: avoid; }
            h2 { font-size: 11pt; margin: 0 0 2mm 0; }
            table { width: 100%; border-collapse: collapse; table-layout: fixed; }
            th, td { border: 0.3mm solid #888; vertical-align: top; padding: 1.5mm; overflow-wrap: anywhere; }
            th { background: #eee; text-align: left; font-size: 9pt; }
            th.weekend, td.weekend { background: #f6f6f6; }
            td > .day { overflow: hidden; }
            .holiday { color: #a00; font-weight: normal; display: block; font-size: 8pt; }
            .school { color: #1f618d; font-weight: normal; display: block; font-size: 8pt; font-style: italic; }
            .ev { margin: 0 0 1.5mm 0; padding: 1mm 1mm 1mm 2mm; border-left: 1.2mm solid #555; break-inside: avoid; overflow-wrap: anywhere; }
            .ev.toulouse { border-left-color: #b7950b; }
            .ev.montpellier { border-left-color: #2471a3; }
            .ev.joint { border-left-color: #7d3c98; }
            .time { font-weight: bold; display: block; }
            .meta { color: #444; display: block; }
            .more { font-weight: bold; color: #a00; }
            .list { column-count: 3; column-gap: 6mm; font-size: 8pt; }
            .list .ev { margin-bottom: 1mm; }
            </style>
            </head>
            <body>

            """
        for (k, week) in weeks.enumerated() {
            html += weekSection(week, byDay: byDay, heading: k == 0 ? heading : nil, multiWeek: weeks.count > 1, c)
        }
        html += "</body>\n</html>\n"
        return html
    }

    /// The day's events in print order: all-day ones first, then by start.
    static func sorted(_ list: [Occurrence]) -> [Occurrence] {
        list.sorted { a, b in
            let ka = a.allDay ? 0 : 1, kb = b.allDay ? 0 : 1
            return ka != kb ? ka < kb : Occurrence.agendaOrder(a, b)
        }
    }

    /// One week's page, then a page with the full list of each day that did not fit.
    static func weekSection(_ week: [LocalDate], byDay: [LocalDate: [Occurrence]], heading: String?, multiWeek: Bool, _ c: AgendaContext) -> String {
        let lists = week.map { sorted(byDay[$0] ?? []) }
        let items = zip(week, lists).map { d, list in
            list.map { PrintedWeekLayout.Item(time: c.timeRange($0, on: d), title: c.title($0), meta: AgendaText.details($0, c)) }
        }
        let header = week.map { d -> [String] in
            var lines = [CalendarNames.dayHeading(d, c.lang)]
            if let h = c.holidays[d] { lines.append(Catalogue.holiday(h)(c.lang)) }
            if let s = c.schoolHolidays[d] { lines.append(Catalogue.Cluster.schoolHolidayMark(s)(c.lang)) }
            return lines
        }
        let weekHeading = multiWeek ? CalendarNames.weekHeading(week[0].isoWeek, c.lang) : nil
        var titleHeight = 0.0
        if let heading { titleHeight += Double(PrintedWeekLayout.lines(heading, width: PrintedWeekLayout.pageWidth, pt: 13)) * 13 * 0.3528 * 1.2 + 3 }
        if weekHeading != nil { titleHeight += 11 * 0.3528 * 1.2 + 2 }
        let layout = PrintedWeekLayout(days: items, header: header, titleHeight: titleHeight)
        let t = layout.tier
        var html = "<section class=\"week\">\n"
        if let heading { html += "<h1>\(escape(heading))</h1>\n" }
        if let weekHeading { html += "<h2>\(escape(weekHeading))</h2>\n" }
        html += "<table>\n<colgroup>"
        for w in layout.widths { html += "<col style=\"width: \(mm(w))\">" }
        html += "</colgroup>\n<thead><tr>"
        for (i, d) in week.enumerated() {
            html += "<th\(d.weekday >= 6 ? " class=\"weekend\"" : "")>\(escape(header[i][0]))"
            if let h = c.holidays[d] { html += "<span class=\"holiday\">\(escape(Catalogue.holiday(h)(c.lang)))</span>" }
            if let s = c.schoolHolidays[d] { html += "<span class=\"school\">\(escape(Catalogue.Cluster.schoolHolidayMark(s)(c.lang)))</span>" }
            html += "</th>"
        }
        html += "</tr></thead>\n<tbody><tr>\n"
        var crowded: [Int] = []
        for (i, d) in week.enumerated() {
            html += "<td\(d.weekday >= 6 ? " class=\"weekend\"" : "")><div class=\"day\" style=\"height: \(mm(layout.bodyHeight)); "
                + "font-size: \(pt(t.body))\">"
            for o in lists[i].prefix(layout.shown[i]) { html += event(o, on: d, metaSize: t.meta, c) }
            let hidden = lists[i].count - layout.shown[i]
            if hidden > 0 {
                crowded.append(i)
                html += "<div class=\"more\">\(escape(Catalogue.printMore(hidden)(c.lang)))</div>"
            }
            html += "</div></td>\n"
        }
        html += "</tr></tbody>\n</table>\n</section>\n"
        for i in crowded {
            let d = week[i]
            html += "<section class=\"overflow\">\n<h2>\(escape(Catalogue.printFullList(CalendarNames.dayHeading(d, c.lang, year: true), count: lists[i].count)(c.lang)))</h2>\n"
            html += "<div class=\"list\">"
            for o in lists[i] { html += event(o, on: d, metaSize: 7, c) }
            html += "</div>\n</section>\n"
        }
        return html
    }

    static func event(_ o: Occurrence, on d: LocalDate, metaSize: Double, _ c: AgendaContext) -> String {
        "<div class=\"ev \(o.event.office.rawValue)\"><span class=\"time\">\(escape(c.timeRange(o, on: d)))</span>"
            + escape(c.title(o))
            + "<span class=\"meta\" style=\"font-size: \(pt(metaSize))\">\(escape(AgendaText.details(o, c)))</span></div>"
    }

    static func mm(_ v: Double) -> String { String(format: "%.1fmm", v) }
    static func pt(_ v: Double) -> String { String(format: "%.1fpt", v) }

    static func escape(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                out.unicodeScalars.append(contentsOf: ch.unicodeScalars.filter { !String.isRemovedControl($0) })
            }
        }
        return out
    }
}
