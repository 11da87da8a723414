// ManualCommand: `manual` writes the man page in roff, built from the command tree's own
// help (ArgumentParser's help of every command and subcommand, in the help language), so it
// can never disagree with `--help`; `completions bash|zsh|fish` writes ArgumentParser's
// completion script (the documented, visible form of --generate-completion-script).
import ArgumentParser
import Foundation
import PlannerCore

struct ManualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "manual", abstract: Catalogue.Manual.manualAbstract.help)

    @OptionGroup var global: GlobalOptions

    func run() throws {
        Console.out(ManPage.render(PlannerCommand.self, lang: global.language))
    }
}

struct CompletionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "completions", abstract: Catalogue.Manual.completionsAbstract.help)

    @Argument(help: .localized(Catalogue.Manual.completionsShell))
    var shell: String

    func run() throws {
        guard let s = CompletionShell(rawValue: shell.lowercased()) else {
            throw PlannerError.invalidValue(Catalogue.Manual.unknownShell(shell)(HelpLanguage.current))
        }
        // The built-in options' descriptions in the help language, as the hidden flag gives them.
        let script = Catalogue.Help.parserText(PlannerCommand.completionScript(for: s), HelpLanguage.current)
        Console.out(script.hasSuffix("\n") ? script : script + "\n")
    }
}

/// The man page (man(7) macros) of a command tree.
enum ManPage {
    static func render(_ root: ParsableCommand.Type, lang: Language) -> String {
        let c = root.configuration
        let name = c.commandName ?? "planner-tui"
        let m = Catalogue.Manual.self
        var out = ".TH \(name.uppercased()) 1 \"\" \"\(escape(c.version))\" \"\(escape(m.title(lang)))\"\n"
        out += ".SH \(m.name(lang))\n\(escape(name)) \\- \(escape(c.abstract))\n"
        out += ".SH \(m.synopsis(lang))\n.B \(escape(name))\n\(escape(m.synopsisLine(lang)))\n"
        out += ".SH \(m.description(lang))\n"
        out += preformatted(Catalogue.Help.parserText(root.helpMessage(columns: 78), lang))
        out += ".SH \(m.commands(lang))\n"
        for (path, command) in tree(root, prefix: [name]).dropFirst() {
            out += ".SS \"\(escape(path.joined(separator: " ")))\"\n"
            out += preformatted(Catalogue.Help.parserText(root.helpMessage(for: command, columns: 78), lang))
        }
        out += ".SH \(m.environment(lang))\n"
        for (variable, text) in m.environmentEntries { out += ".TP\n.B \(escape(variable))\n\(escape(text(lang)))\n" }
        out += ".SH \(m.exitStatus(lang))\n"
        for (code, text) in m.exitEntries { out += ".TP\n.B \(code)\n\(escape(text(lang)))\n" }
        return out
    }

    /// Every command of the tree with its path (`planner-tui`, `planner-tui report parity`...).
    static func tree(_ command: ParsableCommand.Type, prefix: [String]) -> [([String], ParsableCommand.Type)] {
        var out = [(prefix, command)]
        for sub in command.configuration.subcommands where sub.configuration.shouldDisplay {
            out += tree(sub, prefix: prefix + [sub.configuration.commandName ?? "\(sub)"])
        }
        return out
    }

    /// Help text kept as laid out (no filling), escaped for roff.
    static func preformatted(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { escape(String($0)) }
        var body = lines
        while body.last?.isEmpty == true { body.removeLast() }
        return ".nf\n" + body.map { $0.isEmpty ? "" : $0 }.joined(separator: "\n") + "\n.fi\n"
    }

    /// Text for roff: backslashes and hyphens escaped (an option stays `--db` when copied),
    /// other than ASCII as `\[u00E9]` (groff reads it whatever the locale), a line never
    /// starting with a control character.
    static func escape(_ s: String) -> String {
        var t = ""
        for u in s.unicodeScalars {
            switch u {
            case "\\": t += "\\e"
            case "-": t += "\\-"
            case _ where u.isASCII: t.unicodeScalars.append(u)
            default: t += "\\[u" + String(format: "%04X", u.value) + "]"
            }
        }
        if t.hasPrefix(".") || t.hasPrefix("'") { t = "\\&" + t }
        return t
    }
}
