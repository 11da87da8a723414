import ArgumentParser
import Foundation
import PlannerCore

/// `edit UID`: changes the given fields of an event, or of one occurrence of a recurring
/// event (`--occurrence DAY` records an override, RFC 5545 RECURRENCE-ID).
struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "edit", abstract: Catalogue.Help.editAbstract.help)

    @OptionGroup var global: GlobalOptions

    @Argument(help: .localized(Catalogue.Help.eventUid))
    var uid: String

    @Option(help: .localized(Catalogue.Help.editOccurrence))
    var occurrence: String?

    @OptionGroup var fields: EventOptions

    func run() throws {
        let zone = try global.zone()
        let today = global.today()
        let occurrenceDay = try occurrence.map { try UserInput.day($0, today: today, option: "--occurrence") }
        let store = try global.openStore()
        let event = try store.event(uidOrPrefix: uid)
        let target: EventDraft.Target = try occurrenceDay.map { .occurrence(event, try event.occurrence(on: $0, zone: zone)) } ?? .event(event)
        let saved = try store.save(fields.draft, for: target, zone: zone, today: today, label: .edit)
        Console.out(saved.uid + "\n")
    }
}
