// The language of the command line's help and usage errors, decided from `--lang` in the
// arguments and from the environment before ArgumentParser reads its help texts.
import ArgumentParser
import Foundation
import PlannerCore

enum HelpLanguage {
    /// Set once by `PlannerMain` before parsing; read by the commands' help texts.
    nonisolated(unsafe) static var current: Language = .fromEnvironment()

    /// `--lang fr` / `--lang=fr` anywhere in the arguments, else the environment's language.
    static func decide(arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        for (i, a) in arguments.enumerated() {
            var value: String?
            if a == "--lang", i + 1 < arguments.count { value = arguments[i + 1] }
            if a.hasPrefix("--lang=") { value = String(a.dropFirst("--lang=".count)) }
            if let value, let l = Language(rawValue: value.lowercased()) { return l }
        }
        return .fromEnvironment(environment)
    }
}

extension Localized {
    /// The text in the command line's help language.
    var help: String { self(HelpLanguage.current) }
}

extension ArgumentHelp {
    /// An option's help from the catalogue, in the help language.
    static func localized(_ text: Localized) -> ArgumentHelp { ArgumentHelp(text.help) }
}

extension ValidationError {
    /// A usage error from the catalogue, in the help language.
    init(_ message: Localized) { self.init(message.help) }
}
