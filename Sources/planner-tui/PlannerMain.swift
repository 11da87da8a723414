// planner-tui: the Digital113 planner's executable. With no subcommand it opens the
// interactive TUI; subcommands (agenda, add, import, export, schedule...) serve scripts and
// printing. Errors are one line on stderr with the exit codes of CONTRACT.md.
import ArgumentParser
import Foundation
import PlannerCore

@main
struct PlannerMain {
    static func main() {
        let args = normalizeArguments(Array(CommandLine.arguments.dropFirst()))
        // Before parsing: the commands' help texts read it.
        HelpLanguage.current = HelpLanguage.decide(arguments: args)
        let lang = HelpLanguage.current
        do {
            var command = try PlannerCommand.parseAsRoot(args)
            try command.run()
        } catch let e as PlannerError {
            Console.error(e.message(lang))
            exit(e.exitCode)
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch {
            let code = PlannerCommand.exitCode(for: error)
            if code == .success {
                print(Catalogue.Help.parserText(PlannerCommand.fullMessage(for: error), lang))
                exit(0)
            }
            // Bad usage is exit 2 (CONTRACT.md), not ArgumentParser's 64; one line.
            let message = PlannerCommand.message(for: error).split(separator: "\n").first.map(String.init) ?? Catalogue.invalidUsage(lang)
            Console.error(Catalogue.Help.parserText(message, lang))
            exit(2)
        }
    }

    /// `--week` may stand alone (the current week): ArgumentParser options need a value, so
    /// a bare `--week` gets `today`.
    static func normalizeArguments(_ args: [String]) -> [String] {
        var out: [String] = []
        for (i, a) in args.enumerated() {
            out.append(a)
            if a == "--week" {
                let next = i + 1 < args.count ? args[i + 1] : nil
                if next == nil || next!.hasPrefix("--") || (next!.hasPrefix("-") && next!.count == 2) { out.append("today") }
            }
        }
        return out
    }
}

struct PlannerCommand: ParsableCommand {
    /// What `--version` prints.
    static let version = "planner-tui 1.0.0"

    static let configuration = CommandConfiguration(
        commandName: "planner-tui",
        abstract: Catalogue.Help.plannerAbstract.help,
        discussion: Catalogue.Help.plannerDiscussion.help,
        version: PlannerCommand.version,
        subcommands: [
            AgendaCommand.self, AddCommand.self, NewCommand.self, EditCommand.self, DeleteCommand.self,
            ConfigCommand.self, ResetCommand.self, ReportCommand.self, BackupCommand.self, CheckCommand.self, SlotCommand.self, ImportCommand.self, CityCommand.self, ExportCommand.self, ScheduleCommand.self, PlanCommand.self,
            HolidaysCommand.self, SeriesCommand.self,
            SyncCommand.self, ManualCommand.self, CompletionsCommand.self,
        ]
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else {
            Console.error(Catalogue.noTerminal(global.language))
            throw ExitCode(2)
        }
        let store = try global.openStore()
        try TUIApp.run(store: store, lang: global.language, zone: try global.zone(), today: global.today())
    }
}

/// Writing to the standard streams.
enum Console {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("planner-tui: " + message + "\n").utf8))
    }

    /// Several lines on stderr, as they are (no program-name prefix).
    static func errorText(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func out(bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }

    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }
    static var stdinIsTerminal: Bool { isatty(STDIN_FILENO) != 0 }
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }
}
