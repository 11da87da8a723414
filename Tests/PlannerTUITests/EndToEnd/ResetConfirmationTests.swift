// ResetConfirmationTests: `reset` asks on a terminal (run under script(1), which gives it
// one); `--empty` asks to delete the events, `--sample` to replace them (#13 point 10: the
// empty one said "Remplacer les 83 événements").
import Foundation
import Testing

struct ResetConfirmationTests {
    static let script = ["/usr/bin/script", "/bin/script"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// `planner-tui ARGS` on a pseudo-terminal, answering `answer`.
    func onTerminal(_ runner: BinaryRunner, _ args: [String], answer: String) throws -> String {
        let command = ([BinaryRunner.executable.path, "--db", runner.db] + args).map { "'\($0)'" }.joined(separator: " ")
        let r = try BinaryRunner.execute(URL(fileURLWithPath: try #require(Self.script)), arguments: ["-qec", command, "/dev/null"],
                                         environment: runner.environment, directory: runner.folder, stdin: answer + "\n")
        return r.stdout
    }

    @Test(.enabled(if: script != nil, "needs script(1) to give the command a terminal"))
    func emptyAsksToDeleteAndSampleToReplace() throws {
        let runner = try BinaryRunner()
        let n = try runner.eventCount()
        #expect(n > 1)
        let empty = try onTerminal(runner, ["reset", "--empty"], answer: "n")
        #expect(empty.contains("Supprimer les \(n) événements de \(runner.db) ? [o/N] "))
        #expect(!empty.contains("Remplacer"))
        #expect(empty.contains("Rien n'a été modifié."))
        #expect(try runner.eventCount() == n)
        let sample = try onTerminal(runner, ["reset", "--sample"], answer: "n")
        #expect(sample.contains("Remplacer les \(n) événements de \(runner.db) ? [o/N] "))
        let english = try onTerminal(runner, ["reset", "--empty", "--lang", "en"], answer: "y")
        #expect(english.contains("Delete the \(n) events of \(runner.db)? [y/N] "))
        #expect(try runner.eventCount() == 0)
    }
}
