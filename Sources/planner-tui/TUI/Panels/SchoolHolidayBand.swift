import Foundation
import PlannerCore

/// The zone C school holidays as one band across the week view's days: the period's name
/// written once over each run of consecutive holiday days (instead of cut in every column),
/// muted and underlined, distinct from public holidays (red, their own line).
enum SchoolHolidayBand {
    static func draw(_ s: AppState, days: [LocalDate], row: Int, left: Int, colWidth: Int, visible: Bool, on screen: Screen) {
        guard visible else { return }
        var i = 0
        while i < days.count {
            guard let name = s.schoolHolidays[days[i]] else { i += 1; continue }
            var j = i
            while j + 1 < days.count, s.schoolHolidays[days[j + 1]] == name { j += 1 }
            let width = (j - i + 1) * colWidth - 1
            let mark = screen.unicode ? "≈" : "~"
            let text = " \(mark) " + name + " "
            let fill = String(repeating: mark, count: max(0, width - DisplayWidth.of(text)))
            screen.put(DisplayWidth.fit(text + fill, to: width), row: row, col: left + i * colWidth, style: TextStyle(role: .muted, underline: true))
            i = j + 1
        }
    }
}
