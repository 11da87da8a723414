// SearchListTests: the search results open on the first event from the selected day on
// (earlier ones above it), and the search runs around the day on screen, not the clock.
import Foundation
import PlannerCore
import Testing
@testable import planner_tui

struct SearchListTests {
    @Test func theListOpensOnTheFirstResultFromTheSelectedDay() throws {
        var h = try Harness(today: "2026-11-25")
        h.press(.char("/"))
        h.press(.ctrl("u"))
        h.type("atelier")
        h.press(.enter)
        let found = try #require(h.state.search)
        let day = LocalDate(iso: "2026-11-25")!.startInstant(in: Harness.paris)
        #expect(found.results.contains { $0.end <= day }, "the sample has earlier workshops")
        #expect(found.index > 0)
        #expect(found.results[found.index].end > day)
        #expect(found.results[found.index - 1].end <= day)
        // Enter goes there: a day from the 25th on.
        h.press(.enter)
        #expect(h.state.cursor >= LocalDate(iso: "2026-11-25")!)
    }
}
