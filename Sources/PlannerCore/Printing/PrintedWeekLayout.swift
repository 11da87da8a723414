// PrintedWeekLayout: fits a week on one A4 landscape page before it is written as HTML
// (AgendaHTML). Days without events get a narrow column; the type gets smaller while a day
// does not fit; at the smallest size a day shows what fits and "+N autres", its full list
// going to a page of its own after the week. The heights are estimated from the text with
// the same sizes the CSS uses (line-height 1.2, DejaVu Sans about 0.6 em a character);
// the page's CSS also clips each day at the height computed here, so the week can never
// spill onto a second page whatever the estimate.
import Foundation

struct PrintedWeekLayout: Equatable {
    /// A type size: the event text and its meta line, in points.
    struct Tier: Equatable {
        var body: Double
        var meta: Double
    }

    static let tiers = [Tier(body: 9, meta: 8), Tier(body: 7.5, meta: 6.5), Tier(body: 6.5, meta: 5.5), Tier(body: 6, meta: 5)]

    /// The printable area of A4 landscape with 10 mm margins, in millimetres.
    static let pageWidth = 277.0, pageHeight = 190.0
    /// A column without events (it still holds its heading and holidays).
    static let emptyColumn = 24.0
    static let mmPerPoint = 0.3528
    static let lineHeight = 1.2
    /// Average advance of a DejaVu Sans character, in em (generous: French accents, capitals).
    static let charWidth = 0.6
    /// Cell padding (1.5 mm each side) and an event's left border and padding.
    static let cellPadding = 3.0, eventInset = 4.2, eventSpacing = 3.5

    var tier: Tier
    /// Column widths in millimetres, one per day.
    var widths: [Double]
    /// The height given to each day's events, in millimetres.
    var bodyHeight: Double
    /// How many events each day shows; fewer than it has means "+N autres".
    var shown: [Int]

    /// One event as printed: its time line, title and meta line.
    struct Item {
        var time: String
        var title: String
        var meta: String
    }

    /// `header`: the lines of each day's heading cell (day, holiday, school holiday);
    /// `titleHeight`: millimetres above the table (the page heading, a week heading).
    init(days items: [[Item]], header: [[String]], titleHeight: Double) {
        let n = items.count
        let empty = items.filter(\.isEmpty).count
        let full = n - empty
        let widths: [Double]
        if full == 0 || empty == 0 {
            widths = Array(repeating: Self.pageWidth / Double(max(1, n)), count: n)
        } else {
            let wide = (Self.pageWidth - Self.emptyColumn * Double(empty)) / Double(full)
            widths = items.map { $0.isEmpty ? Self.emptyColumn : wide }
        }
        self.widths = widths
        let headerHeight = header.enumerated().map { i, lines in
            lines.enumerated().reduce(Self.cellPadding) { h, line in
                let pt = line.offset == 0 ? 9.0 : 8.0
                return h + Double(Self.lines(line.element, width: widths[i] - Self.cellPadding, pt: pt)) * pt * Self.mmPerPoint * Self.lineHeight
            }
        }.max() ?? 10
        // What is left for the events, with room for rounding and borders.
        bodyHeight = max(30, Self.pageHeight - titleHeight - headerHeight - Self.cellPadding - 8)
        tier = Self.tiers[Self.tiers.count - 1]
        shown = items.map(\.count)
        let body = bodyHeight
        for t in Self.tiers {
            let heights = items.enumerated().map { i, list in list.reduce(0) { $0 + Self.height($1, width: widths[i], tier: t) } }
            if zip(heights, Array(repeating: body, count: n)).allSatisfy({ $0 <= $1 }) {
                tier = t
                return
            }
        }
        // Smallest type and still too much: each crowded day shows what fits above its
        // "+N autres" line.
        let t = tier
        let more = t.body * Self.mmPerPoint * Self.lineHeight + 2
        shown = items.enumerated().map { i, list in
            var used = 0.0, k = 0
            for item in list {
                let h = Self.height(item, width: widths[i], tier: t)
                if used + h > body - (k + 1 < list.count ? more : 0) { break }
                used += h
                k += 1
            }
            return k == list.count ? k : min(k, max(0, list.count - 1))
        }
    }

    /// Height of one event in a column `width` mm wide, in millimetres.
    static func height(_ item: Item, width: Double, tier: Tier) -> Double {
        let inner = width - cellPadding - eventInset
        let body = Double(lines(item.time, width: inner, pt: tier.body) + lines(item.title, width: inner, pt: tier.body))
        let meta = Double(item.meta.isEmpty ? 0 : lines(item.meta, width: inner, pt: tier.meta))
        return (body * tier.body + meta * tier.meta) * mmPerPoint * lineHeight + eventSpacing
    }

    /// Lines a text takes when wrapped at spaces in `width` mm at `pt` points (a word longer
    /// than a line is broken, as `overflow-wrap: anywhere` does).
    static func lines(_ text: String, width: Double, pt: Double) -> Int {
        let perLine = max(1, Int(width / (pt * mmPerPoint * charWidth)))
        var lines = 1, used = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var w = word.count
            if used > 0 && used + 1 + w <= perLine { used += 1 + w; continue }
            if used > 0 { lines += 1; used = 0 }
            while w > perLine { lines += 1; w -= perLine }
            used = w
        }
        return lines
    }
}
