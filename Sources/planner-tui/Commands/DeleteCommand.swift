import ArgumentParser
import Foundation
import PlannerCore

/// `delete UID`: removes an event, or one occurrence of a recurring one (`--occurrence DAY`
/// adds an EXDATE).
struct DeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "delete", abstract: Catalogue.Help.deleteAbstract.help)

    @OptionGroup var global: GlobalOptions

    @Argument(help: .localized(Catalogue.Help.eventUid))
    var uid: String

    @Option(help: .localized(Catalogue.Help.deleteOccurrence))
    var occurrence: String?

    func run() throws {
        let day = try occurrence.map { try UserInput.day($0, today: global.today(), option: "--occurrence") }
        let store = try global.openStore()
        var event = try store.event(uidOrPrefix: uid)
        guard let day else {
            try store.delete(uids: [event.uid])
            return
        }
        let o = try event.occurrence(on: day, zone: try global.zone())
        event.excludeOccurrence(o.recurrenceId ?? o.start, at: Date())
        try store.save([event], label: .deleteOccurrence)
    }
}
