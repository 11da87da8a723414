import Foundation

/// One printable, self-contained page (inline CSS, UTF-8): for each ISO week of the period,
/// an A4-landscape grid with one column per day.
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
            body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 9pt; margin: 0; color: #111; }
            h1 { font-size: 14pt; margin: 0 0 4mm 0; }
            section { page-break-after: always; }
            section:last-child { page-break-after: auto; }
            h2 { font-size: 11pt; margin: 0 0 2mm 0; }
            table { width: 100%; border-collapse: collapse; table-layout: fixed; }
            th, td { border: 0.3mm solid #888; vertical-align: top; padding: 1.5mm; }
            th { background: #eee; text-align: left; font-size: 9pt; }
            th.weekend, td.weekend { background: #f6f6f6; }
            td { height: 150mm; }
            .holiday { color: #a00; font-weight: normal; display: block; font-size: 8pt; }
            .school { color: #1f618d; font-weight: normal; display: block; font-size: 8pt; font-style: italic; }
            .ev { margin: 0 0 2mm 0; padding: 1mm 1mm 1mm 2mm; border-left: 1.2mm solid #555; break-inside: avoid; }
            .ev.toulouse { border-left-color: #c0392b; }
            .ev.montpellier { border-left-color: #2471a3; }
            .ev.joint { border-left-color: #7d3c98; }
            .time { font-weight: bold; display: block; }
            .meta { color: #444; font-size: 8pt; display: block; }
            </style>
            </head>
            <body>
            <h1>\(escape(heading))</h1>

            """
        for week in weeks {
            html += "<section>\n"
            if weeks.count > 1 { html += "<h2>\(escape(CalendarNames.weekHeading(week[0].isoWeek, c.lang)))</h2>\n" }
            html += "<table>\n<thead><tr>"
            for d in week {
                let cls = d.weekday >= 6 ? " class=\"weekend\"" : ""
                html += "<th\(cls)>\(escape(CalendarNames.dayHeading(d, c.lang)))"
                if let h = c.holidays[d] { html += "<span class=\"holiday\">\(escape(Catalogue.holiday(h)(c.lang)))</span>" }
                if let s = c.schoolHolidays[d] { html += "<span class=\"school\">\(escape(Catalogue.Cluster.schoolHolidayMark(s)(c.lang)))</span>" }
                html += "</th>"
            }
            html += "</tr></thead>\n<tbody><tr>\n"
            for d in week {
                let cls = d.weekday >= 6 ? " class=\"weekend\"" : ""
                html += "<td\(cls)>"
                let list = (byDay[d] ?? []).sorted { a, b in
                    let ka = a.allDay ? 0 : 1, kb = b.allDay ? 0 : 1
                    return ka != kb ? ka < kb : Occurrence.agendaOrder(a, b)
                }
                for o in list {
                    html += "<div class=\"ev \(o.event.office.rawValue)\"><span class=\"time\">\(escape(c.timeRange(o, on: d)))</span>"
                    html += escape(c.title(o))
                    html += "<span class=\"meta\">\(escape(AgendaText.details(o, c)))</span></div>"
                }
                html += "</td>\n"
            }
            html += "</tr></tbody>\n</table>\n</section>\n"
        }
        html += "</body>\n</html>\n"
        return html
    }

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
