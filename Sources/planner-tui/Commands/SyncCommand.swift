import ArgumentParser
import Foundation
import PlannerCore

extension SyncPreference: ExpressibleByArgument {}

/// `sync`: two-way CalDAV sync with the server stored by `config` (or given here, then
/// stored); `--list` lists the server's calendars. Exit 69 when the server cannot be reached
/// or refuses the password (local changes stay queued), 1 when conflict copies were made.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sync", abstract: Catalogue.Help.syncAbstract.help)

    @OptionGroup var global: GlobalOptions
    @Option(help: .localized(Catalogue.Help.syncURL)) var url: String?
    @Option(help: .localized(Catalogue.Help.syncUser)) var user: String?
    @Option(name: .customLong("password-file"), help: .localized(Catalogue.Help.syncPasswordFile))
    var passwordFile: String?
    @Option(help: .localized(Catalogue.Help.syncPrefer))
    var prefer: SyncPreference = .server
    @Flag(help: .localized(Catalogue.Help.syncList)) var list = false
    @Flag(help: .localized(Catalogue.Help.syncInsecure)) var insecure = false

    func run() throws {
        let store = try global.openStore()
        let lang = global.language
        let request = SyncRequest(url: url, user: user, passwordFile: passwordFile, prefer: prefer, insecure: insecure)
        if list {
            for c in try Sync.calendars(store: store, request: request, lang: lang) { Console.out(Catalogue.syncCalendarLine(c)(lang) + "\n") }
            return
        }
        let showProgress = Console.stderrIsTerminal
        let report = try Sync.run(store: store, request: request, lang: lang, context: try Self.importContext(store: store, zone: global.zone())) { step in
            if showProgress { FileHandle.standardError.write(Data(("\r\u{1B}[K" + step(lang)).utf8)) }
        }
        if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        for w in report.warnings { Console.error(Catalogue.syncWarningLine(w)(lang)) }
        var out = Catalogue.syncSummary(report)(lang) + "\n"
        for t in report.keptEdits { out += Catalogue.syncKeptEditLine(t)(lang) + "\n" }
        for t in report.conflictCopies { out += Catalogue.syncConflictCopyLine(t)(lang) + "\n" }
        Console.out(out)
        if !report.conflictCopies.isEmpty { throw ExitCode(1) }
    }

    /// How events from other programs are read: their LOCATION names the cities (else this
    /// office's city), as `import` does; on the shared calendar they belong to both offices
    /// (joint), so the two databases read them alike.
    static func importContext(store: Store, zone: TimeZone) throws -> ICSImporter.Context {
        let own = try store.ownOffice() ?? .joint
        let matcher = CityMatcher(cities: try store.cities())
        return ICSImporter.Context(cityResolver: { matcher.cities(in: $0) },
                                   defaultCities: [own.cityId ?? "TLS"], defaultOffice: .joint, defaultZone: zone)
    }
}

/// The conflict copies `check` lists after the conflicts.
enum SyncCopiesText {
    static func lines(_ copies: [ConflictCopy], _ lang: Language) -> String {
        guard !copies.isEmpty else { return "" }
        var out = Catalogue.syncConflictCopiesHeading(copies.count)(lang) + "\n"
        for c in copies {
            out += Catalogue.syncConflictCopyItem(copyUid: c.copy.uid, title: c.copy.title, originalUid: c.originalUid, originalTitle: c.original?.title)(lang) + "\n"
        }
        return out
    }
}
