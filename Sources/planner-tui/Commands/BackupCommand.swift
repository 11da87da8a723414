import ArgumentParser
import Foundation
import PlannerCore

/// `backup FILE`: a consistent copy of the database while others keep writing.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "backup", abstract: Catalogue.Help.backupAbstract.help)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .localized(Catalogue.Help.backupFile)) var file: String

    func run() throws {
        let store = try global.openStore()
        try store.backup(to: file)
        Console.out(Catalogue.backupWritten(global.language) + file + "\n")
    }
}
