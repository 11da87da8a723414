// PrintedWeekLayoutTests: how the printed week shares its A4 page (the page itself is laid
// out by WeasyPrint in PlannerTUITests/PrintedWeekTests): empty days narrow, the type
// smaller before anything is left out, "+N" only at the smallest type, words wrapped.
import Foundation
import Testing
@testable import PlannerCore

struct PrintedWeekLayoutTests {
    typealias Layout = PrintedWeekLayout

    func items(_ n: Int) -> [Layout.Item] {
        (0..<n).map { Layout.Item(time: "09:00–10:00", title: "Réunion \($0) avec les partenaires", meta: "Montpellier · bureau commun · réunion") }
    }

    let header = Array(repeating: ["lundi 23 novembre"], count: 7)

    @Test func emptyDaysAreNarrowAndTheWidthsFillThePage() {
        let layout = Layout(days: [items(2), items(1), [], items(3), items(1), [], []], header: header, titleHeight: 10)
        #expect(layout.widths[2] == Layout.emptyColumn && layout.widths[5] == Layout.emptyColumn && layout.widths[6] == Layout.emptyColumn)
        #expect(layout.widths[0] > 2 * Layout.emptyColumn)
        #expect(abs(layout.widths.reduce(0, +) - Layout.pageWidth) < 0.001)
        // A week without events keeps seven equal columns.
        let quiet = Layout(days: Array(repeating: [], count: 7), header: header, titleHeight: 10)
        #expect(Set(quiet.widths).count == 1)
    }

    @Test func theTypeShrinksBeforeAnythingIsLeftOut() {
        let light = Layout(days: [items(3)] + Array(repeating: items(1), count: 6), header: header, titleHeight: 10)
        #expect(light.tier == Layout.tiers[0])
        #expect(light.shown == [3, 1, 1, 1, 1, 1, 1])
        // Enough for a smaller type but not for the smallest one's limit.
        let medium = Layout(days: [items(8)] + Array(repeating: items(1), count: 6), header: header, titleHeight: 10)
        #expect(medium.tier != Layout.tiers[0])
        #expect(medium.shown[0] == 8)
        let crowded = Layout(days: [items(60)] + Array(repeating: items(1), count: 6), header: header, titleHeight: 10)
        #expect(crowded.tier == Layout.tiers.last)
        #expect(crowded.shown[0] > 0 && crowded.shown[0] < 60)
        #expect(crowded.shown.dropFirst().allSatisfy { $0 == 1 })
        // What is shown, with the "+N" line, fits the height given to the day.
        let used = items(crowded.shown[0]).reduce(0) { $0 + Layout.height($1, width: crowded.widths[0], tier: crowded.tier) }
        #expect(used + crowded.tier.body * Layout.mmPerPoint * Layout.lineHeight + 2 <= crowded.bodyHeight)
    }

    @Test func wrappingCountsWordsAndBreaksLongOnes() {
        // 10 mm at 10 pt: 4 characters a line.
        #expect(Layout.lines("abc", width: 10, pt: 10) == 1)
        #expect(Layout.lines("abc def", width: 10, pt: 10) == 2)
        #expect(Layout.lines("abcdefghij", width: 10, pt: 10) == 3)
        #expect(Layout.lines("", width: 10, pt: 10) == 1)
    }

    @Test func theMoreLineAndTheListHeadingInBothLanguages() {
        #expect(Catalogue.printMore(1).fr == "+1 autre (liste complète à la suite)")
        #expect(Catalogue.printMore(5).fr == "+5 autres (liste complète à la suite)")
        #expect(Catalogue.printMore(5).en == "+5 more (full list follows)")
        #expect(Catalogue.printFullList("jeudi 26 novembre 2026", count: 18).fr == "Jeudi 26 novembre 2026 — liste complète (18 événements)")
        #expect(Catalogue.printFullList("Thursday 26 November 2026", count: 1).en == "Thursday 26 November 2026 — full list (1 event)")
    }
}
