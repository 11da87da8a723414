import Foundation

/// One self-contained printable page (inline CSS, UTF-8, A4 portrait) for a report: a title,
/// then sections of paragraphs and tables. The parity, tour and itinerary reports build one.
public struct ReportHTML: Sendable {
    public enum Block: Sendable {
        case heading(String)
        case paragraph(String, cssClass: String? = nil)
        /// Rows of cells; `classes[i]` marks a row (`warn`, `current`, `conflict`).
        case table(header: [String], rows: [[String]], classes: [String?], numeric: Set<Int>)
        /// Horizontal bars: label, value, max, class.
        case bars([(label: String, value: Int, max: Int, cssClass: String)])
        case list([String])
    }

    public var title: String
    public var lang: Language
    public var blocks: [Block] = []

    public init(title: String, lang: Language) {
        self.title = title
        self.lang = lang
    }

    public mutating func add(_ b: Block) { blocks.append(b) }

    public func render() -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="\(lang.rawValue)">
            <head>
            <meta charset="utf-8">
            <title>\(Self.escape(title))</title>
            <style>
            @page { size: A4 portrait; margin: 12mm; }
            body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 9.5pt; margin: 0; color: #111; }
            h1 { font-size: 15pt; margin: 0 0 4mm 0; }
            h2 { font-size: 11.5pt; margin: 5mm 0 2mm 0; }
            p { margin: 0 0 2mm 0; }
            p.note { color: #444; font-size: 8.5pt; }
            table { border-collapse: collapse; margin: 0 0 3mm 0; }
            th, td { border: 0.3mm solid #999; padding: 1mm 2mm; text-align: left; vertical-align: top; }
            th { background: #eee; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
            tr.current td { font-weight: bold; background: #f3f3d8; }
            tr.warn td, tr.conflict td { color: #a00; }
            tr.muted td { color: #666; }
            .bar { display: flex; align-items: center; margin: 0.6mm 0; break-inside: avoid; }
            .bar .label { width: 45mm; }
            .bar .fill { height: 3.2mm; margin-right: 2mm; }
            .bar .fill.toulouse { background: #c0392b; }
            .bar .fill.montpellier { background: #2471a3; }
            .bar .fill.elsewhere { background: #7f8c8d; }
            .bar .fill.joint { background: #7d3c98; }
            ul { margin: 0 0 3mm 0; padding-left: 6mm; }
            </style>
            </head>
            <body>
            <h1>\(Self.escape(title))</h1>

            """
        for b in blocks {
            switch b {
            case .heading(let t): html += "<h2>\(Self.escape(t))</h2>\n"
            case .paragraph(let t, let cls): html += "<p\(cls.map { " class=\"\($0)\"" } ?? "")>\(Self.escape(t))</p>\n"
            case .list(let items): html += "<ul>\n" + items.map { "<li>\(Self.escape($0))</li>\n" }.joined() + "</ul>\n"
            case .table(let header, let rows, let classes, let numeric):
                html += "<table>\n<thead><tr>"
                for (i, h) in header.enumerated() { html += "<th\(numeric.contains(i) ? " class=\"num\"" : "")>\(Self.escape(h))</th>" }
                html += "</tr></thead>\n<tbody>\n"
                for (r, row) in rows.enumerated() {
                    let cls = r < classes.count ? classes[r] : nil
                    html += "<tr\(cls.map { " class=\"\($0)\"" } ?? "")>"
                    for (i, c) in row.enumerated() { html += "<td\(numeric.contains(i) ? " class=\"num\"" : "")>\(Self.escape(c))</td>" }
                    html += "</tr>\n"
                }
                html += "</tbody>\n</table>\n"
            case .bars(let bars):
                for bar in bars {
                    let mm = bar.max > 0 ? Double(bar.value) / Double(bar.max) * 100 : 0
                    html += "<div class=\"bar\"><span class=\"label\">\(Self.escape(bar.label))</span>"
                        + "<span class=\"fill \(bar.cssClass)\" style=\"width: \(String(format: "%.1f", mm))mm\"></span>"
                        + "<span>\(bar.value)</span></div>\n"
                }
            }
        }
        html += "</body>\n</html>\n"
        return html
    }

    static func escape(_ s: String) -> String { AgendaHTML.escape(s) }
}
