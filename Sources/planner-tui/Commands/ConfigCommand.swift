import ArgumentParser
import Foundation
import PlannerCore

/// `config`: shows this database's settings, or sets its own office and its CalDAV server
/// (URL, user, password command, automatic sync period of the TUI). The password itself is
/// never stored.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "config", abstract: Catalogue.Help.configAbstract.help)

    @OptionGroup var global: GlobalOptions

    @Option(help: .localized(Catalogue.Help.configOffice))
    var office: String?
    @Option(name: .customLong("caldav-url"), help: .localized(Catalogue.Help.configCaldavURL)) var caldavURL: String?
    @Option(name: .customLong("caldav-user"), help: .localized(Catalogue.Help.configCaldavUser)) var caldavUser: String?
    @Option(name: .customLong("caldav-password-command"), help: .localized(Catalogue.Help.configCaldavPasswordCommand))
    var caldavPasswordCommand: String?
    @Option(name: .customLong("sync-every"), help: .localized(Catalogue.Help.configSyncEvery)) var syncEvery: String?

    @Option(name: .customLong("parity-threshold"), help: .localized(Catalogue.Help.configParityThreshold))
    var parityThreshold: String?

    @Option(help: .localized(Catalogue.Help.configPrinter))
    var printer: String?

    @Option(help: .localized(Catalogue.tuiConfigMouseHelp))
    var mouse: String?

    func run() throws {
        let newOffice = try office.map { o in
            guard let v = Office(userText: o) else { throw PlannerError.invalidValue(Catalogue.unknownOffice(o)) }
            return v
        }
        let lang = global.language
        let every: TimeInterval? = try syncEvery.map { text in
            if ["off", "0", "non", "no"].contains(text.lowercased()) { return 0 }
            guard let d = try? UserInput.duration(text, option: "--sync-every"), d >= 60 else { throw PlannerError.invalidValue(Catalogue.syncBadPeriod(text)(lang)) }
            return d
        }
        let mouseOn: Bool? = try mouse.map { text in
            switch text.lowercased() {
            case "on", "oui", "yes": return true
            case "off", "non", "no": return false
            default: throw PlannerError.invalidValue(Catalogue.tuiMouseBadValue(text)(lang))
            }
        }
        if let u = caldavURL, !u.isEmpty { _ = try Sync.checkedURL(u, lang: lang) }
        let store = try global.openStore()
        if let newOffice { try store.setOwnOffice(newOffice) }
        if let parityThreshold {
            guard let n = Int(parityThreshold), (0...100).contains(n) else {
                throw PlannerError.invalidValue(Catalogue.Cluster.invalidThreshold(parityThreshold)(global.language))
            }
            try store.setSetting(.parityThreshold, String(n))
        }
        if let printer { try store.setSetting(.printer, printer.isEmpty ? nil : printer) }
        if let mouseOn { try store.setSetting(TUIApp.mouseSetting, mouseOn ? nil : "off") }
        if caldavURL != nil || caldavUser != nil || caldavPasswordCommand != nil || every != nil {
            try store.setSyncConfiguration(url: caldavURL, user: caldavUser, passwordCommand: caldavPasswordCommand, every: every)
        }
        let own = try store.ownOffice()
        let sync = try store.syncConfiguration()
        let last = sync.lastSync.map { SyncStatusText.moment($0, zone: (try? global.zone()) ?? .current) }
        Console.out("""
            \(Catalogue.configDatabase(lang)) \(global.databasePath)
            \(Catalogue.configOffice(lang)) \(own?.rawValue ?? Catalogue.officeNotSet(lang))
            \(Catalogue.configEvents(lang)) \(try store.eventCount())
            \(Catalogue.Cluster.parityThresholdLine(try store.parityThreshold())(global.language))
            \(Catalogue.Cluster.printerSet(try store.printerName())(global.language))
            \(Catalogue.tuiMouseLine(try store.setting(TUIApp.mouseSetting) != "off")(lang))
            \(Catalogue.syncConfigLines(sync, pending: try store.pendingSyncChanges(), lastSync: last)(lang))

            """)
    }
}
