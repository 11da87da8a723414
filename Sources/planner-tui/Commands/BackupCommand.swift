import ArgumentParser
import Foundation
import PlannerCore

/// `backup FILE`: a consistent copy of the database while others keep writing.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "backup", abstract: "Write a consistent copy of the database.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Where to write the copy.") var file: String

    func run() throws {
        let store = try global.openStore()
        try store.backup(to: file)
        Console.out((global.language == .fr ? "copie écrite : " : "backup written: ") + file + "\n")
    }
}
