// ICSInput reads a file with pread a chunk at a time: the same events as the same bytes in
// memory, across chunk boundaries; and a file cut short while it is read (another program
// rewriting it) is refused with `ICSProblem.fileChanged` at the line reached, where a mapped
// file killed the importer with SIGBUS.
import Foundation
import Testing
import CalendarGenerator
@testable import PlannerCore

@Suite struct ICSInputFileTests {
    /// A calendar of 3,000 generated events (about 1.5 MB: two chunks and a part).
    static func calendar() -> Data { Data(CalendarGenerator(count: 3000, seed: 4).ics().utf8) }

    static func write(_ data: Data) throws -> String {
        let path = NSTemporaryDirectory() + "planner-input-\(UUID().uuidString).ics"
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aFileReadsAsItsBytesInMemory() throws {
        let data = Self.calendar()
        #expect(data.count > ICSInput.chunkSize + ICSInput.chunkSize / 4)
        let path = try Self.write(data)
        defer { unlink(path) }
        let fromFile = try ICSStreamingTests.importer().importCalendar(ICSInput(path: path))
        let inMemory = try ICSStreamingTests.importer().importCalendar(ICSInput(data: data))
        #expect(fromFile.events.count > 2_000)
        #expect(ICSStreamingTests.summary(fromFile) == ICSStreamingTests.summary(inMemory))
        #expect(fromFile.events == inMemory.events)
    }

    @Test func aFileCutShortWhileReadIsRefusedAtTheLineReached() throws {
        let data = Self.calendar()
        let path = try Self.write(data)
        defer { unlink(path) }
        let input = try ICSInput(path: path)
        // Another program rewrites the file after the import opened it.
        #expect(truncate(path, off_t(ICSInput.chunkSize + 1000)) == 0)
        var thrown: ICSError?
        do { _ = try ICSStreamingTests.importer().importCalendar(input) } catch { thrown = error }
        let error = try #require(thrown)
        #expect(error.problem == .fileChanged)
        // The line after the last one read from the first chunk.
        let linesInFirstChunk = data.prefix(ICSInput.chunkSize).filter { $0 == 0x0A }.count
        #expect(error.line > linesInFirstChunk - 2 && error.line <= linesInFirstChunk + 2)
        #expect(error.reason(.fr).contains("raccourci"))
    }

    @Test func anEmptyFileIsNotACalendar() throws {
        let path = try Self.write(Data())
        defer { unlink(path) }
        #expect(throws: ICSError.self) { try ICSStreamingTests.importer().importCalendar(ICSInput(path: path)) }
    }
}
