// ManualTests: `planner-tui manual` (the man page built from the commands' help) renders
// with groff without a single warning and has a section for every subcommand that
// ArgumentParser's own dump of the command tree lists; `completions` writes the same
// scripts as the hidden --generate-completion-script, and bash reads its script.
import Foundation
import Testing

struct ManualTests {
    static func tool(_ name: String) -> String? {
        ["/usr/bin/\(name)", "/bin/\(name)", "/usr/local/bin/\(name)"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Every command path of the tree, from `--experimental-dump-help` (ArgumentParser's JSON).
    func commandPaths(_ runner: BinaryRunner) throws -> [String] {
        let r = try runner.run(["--experimental-dump-help"], useDefaultDB: true)
        #expect(r.status == 0, Comment(rawValue: r.stderr))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        var out: [String] = []
        func walk(_ c: [String: Any], _ prefix: [String]) {
            let path = prefix + [c["commandName"] as? String ?? "?"]
            // ArgumentParser's own `help` command is `--help` again.
            if c["shouldDisplay"] as? Bool != false && path.last != "help" { out.append(path.joined(separator: " ")) }
            for s in c["subcommands"] as? [[String: Any]] ?? [] { walk(s, path) }
        }
        walk(try #require(json["command"] as? [String: Any]), [])
        return out
    }

    @Test(.enabled(if: tool("groff") != nil, "needs groff to render the man page"), arguments: ["fr", "en"])
    func theManPageRendersWithoutWarningsAndListsEveryCommand(lang: String) throws {
        let runner = try BinaryRunner()
        let page = try runner.run(["manual", "--lang", lang])
        #expect(page.status == 0, Comment(rawValue: page.stderr))
        let file = runner.folder.appendingPathComponent("planner-tui.1")
        try Data(page.stdout.utf8).write(to: file)
        // -ww: every warning; -z: no output, only the diagnostics.
        let check = try BinaryRunner.execute(URL(fileURLWithPath: try #require(Self.tool("groff"))), arguments: ["-man", "-Tutf8", "-ww", "-z", file.path],
                                             environment: runner.environment)
        #expect(check.status == 0)
        #expect(check.stderr.isEmpty, Comment(rawValue: check.stderr))
        let paths = try commandPaths(runner)
        #expect(paths.count > 20)
        for path in paths.dropFirst() {
            #expect(page.stdout.contains(".SS \"\(path.replacingOccurrences(of: "-", with: "\\-"))\"\n"), "no section for \(path)")
        }
        // Rendered: the options as users type them, the texts in the page's language.
        let text = try BinaryRunner.execute(URL(fileURLWithPath: try #require(Self.tool("groff"))), arguments: ["-man", "-Tutf8", "-P", "-cbou", file.path],
                                            environment: runner.environment).stdout
        #expect(text.contains("--all-days") && text.contains("--week"))
        #expect(text.contains(lang == "fr" ? "CODES DE SORTIE" : "EXIT STATUS"))
        #expect(text.contains(lang == "fr" ? "Lister les événements d'une semaine" : "List the events"))
    }

    @Test func completionsAreTheGeneratedScriptsAndBashReadsThem() throws {
        let runner = try BinaryRunner()
        for shell in ["bash", "zsh", "fish"] {
            let visible = try runner.run(["completions", shell], useDefaultDB: true)
            let hidden = try runner.run(["--generate-completion-script", shell], useDefaultDB: true)
            #expect(visible.status == 0 && hidden.status == 0)
            #expect(visible.stdout == hidden.stdout)
            #expect(visible.stdout.contains("agenda") && visible.stdout.contains("completions"))
        }
        if let bash = Self.tool("bash") {
            let script = runner.folder.appendingPathComponent("planner-tui.bash")
            try Data(try runner.run(["completions", "bash"], useDefaultDB: true).stdout.utf8).write(to: script)
            #expect(try BinaryRunner.execute(URL(fileURLWithPath: bash), arguments: ["-n", script.path], environment: runner.environment).status == 0)
        }
        let bad = try runner.run(["completions", "tcsh"], useDefaultDB: true)
        #expect(bad.status == 2)
        #expect(bad.stderr == "planner-tui: shell inconnu « tcsh » (bash, zsh ou fish)\n")
    }
}
