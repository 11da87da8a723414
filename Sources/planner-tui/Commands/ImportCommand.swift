import ArgumentParser
import Foundation
import PlannerCore

/// `import FILE.ics`: imports a calendar in one transaction. Lenient by default (what cannot
/// be read is skipped or repaired and listed as `FILE:LINE: reason`, grouped with counts);
/// `--strict` refuses the file at the first problem (exit 65). Prints counts.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: Catalogue.Help.importAbstract.help)

    @OptionGroup var global: GlobalOptions
    @Argument(help: .localized(Catalogue.Help.importFile)) var file: String
    @Option(help: .localized(Catalogue.Help.importOffice)) var office: String?
    @Flag(name: .customLong("dry-run"), help: .localized(Catalogue.Help.importDryRun)) var dryRun = false
    @Option(help: .localized(Catalogue.Help.importCity)) var city: String?
    @Flag(help: .localized(Catalogue.Help.importStrict)) var strict = false
    @Flag(help: .localized(Catalogue.Help.importVerbose)) var verbose = false

    /// Lines shown per group of problems before "and N more".
    static let linesPerGroup = 8

    func run() throws {
        let lang = global.language
        let officeOverride = try office.map { o in
            guard let v = Office(userText: o) else { throw PlannerError.invalidValue(Catalogue.importUnknownOffice(o)) }
            return v
        }
        let input = try CalendarFiles.input(file)
        let store = try global.openStore()
        let own = try officeOverride ?? store.ownOffice() ?? .joint
        let cities = try store.cities()
        let known = Set(cities.map(\.id))
        let matcher = CityMatcher(cities: cities)
        let explicitCity = try city.map { c in
            guard let found = try store.city(matching: c) else { throw PlannerError.invalidValue(Catalogue.importUnknownCity(c)(lang)) }
            return found.id
        }
        let context = ICSImporter.Context(
            cityResolver: { matcher.cities(in: $0) },
            defaultCities: explicitCity.map { [$0] } ?? [], defaultOffice: own, defaultZone: try global.zone(),
            isKnownCity: { known.contains($0) })
        let result: ICSImporter.Result
        do {
            result = try ICSImporter(context: context).importCalendar(input, strict: strict)
        } catch {
            throw error.plannerError(file: file, lang: lang)
        }
        if !result.diagnostics.isEmpty { Console.errorText(ImportCommand.problems(result.diagnostics, file: file, verbose: verbose, lang: lang)) }
        let showProgress = Console.stderrIsTerminal && result.events.count >= 2000
        let counts = try store.importEvents(result.events, people: result.people, dryRun: dryRun) { done, total in
            if showProgress { FileHandle.standardError.write(Data("\r\(done)/\(total)".utf8)) }
        }
        if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        var line = Catalogue.importCounts(read: counts.total, added: counts.added, updated: counts.updated, unchanged: counts.unchanged)(lang)
        if !result.skipped.isEmpty {
            line += Catalogue.importSkippedPrefix(lang) + result.skipped.sorted { $0.key < $1.key }
                .map { Catalogue.importSkipped($0.key, $0.value)(lang) }.joined(separator: ", ")
        }
        if dryRun { line += Catalogue.importDryRun(lang) }
        Console.out(line + "\n")
    }

    /// The problems of one file: a header with the count, then per kind of problem its first
    /// line and how many more (every one with `verbose`).
    static func problems(_ all: [ICSDiagnostic], file: String, verbose: Bool, lang: Language) -> String {
        let diagnostics = ICSDiagnostics(strict: false)
        for d in all { try? diagnostics.report(d.line, d.problem) }
        var out = Catalogue.importProblemsHeader(file: file, count: all.count)(lang) + "\n"
        for group in diagnostics.grouped {
            if verbose {
                for d in group.items { out += "\(file):\(d.line): \(d.message(lang))\n" }
                continue
            }
            let first = group.items[0]
            out += "\(file):\(first.line): \(first.message(lang))"
            let rest = group.items.dropFirst().map(\.line)
            if !rest.isEmpty { out += Catalogue.importMoreLines(Array(rest), shown: linesPerGroup)(lang) }
            out += "\n"
        }
        return out
    }
}

/// `export`: writes RFC 5545 (stdout by default).
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: Catalogue.Help.exportAbstract.help)

    @OptionGroup var global: GlobalOptions
    @Option(help: .localized(Catalogue.Help.exportFrom)) var from: String?
    @Option(help: .localized(Catalogue.Help.exportTo)) var to: String?
    @Option(name: .shortAndLong, help: .localized(Catalogue.Help.exportOutput)) var output: String?

    func validate() throws {
        if (from == nil) != (to == nil) { throw ValidationError(Catalogue.goTogether("--from", "--to")) }
    }

    func run() throws {
        let zone = try global.zone()
        let today = global.today()
        let f = try from.map { try UserInput.day($0, today: today, option: "--from") }
        let t = try to.map { try UserInput.day($0, today: today, option: "--to") }
        if let f, let t, t <= f { throw PlannerError.invalidValue(Catalogue.mustBeAfter("--to", "--from")) }
        let store = try global.openStore()
        let writer = try CalendarFiles.icsWriter(store: store)
        try CalendarFiles.stream(to: output) { write in
            try store.exportICS(from: f?.startInstant(in: zone), to: t?.startInstant(in: zone), writer: writer, write: write)
        }
    }
}

/// Reading and writing calendar files, shared by import, export and agenda.
enum CalendarFiles {
    /// Larger input files are refused before being read.
    static let maxFileSize = 64 * 1_048_576

    static func read(_ path: String) throws -> Data {
        if path == "-" {
            // Standard input, read in chunks and refused past the same limit as files.
            var data = Data()
            while let chunk = try? FileHandle.standardInput.read(upToCount: 1 << 20), !chunk.isEmpty {
                data.append(chunk)
                if data.count > maxFileSize {
                    throw PlannerError.invalidFile(file: "-", line: nil, reason: Catalogue.inputTooLarge(limitMB: maxFileSize / 1_048_576))
                }
            }
            return data
        }
        try checkReadable(path)
        guard let data = FileManager.default.contents(atPath: path) else { throw PlannerError.invalidValue(Catalogue.cannotRead(path)) }
        return data
    }

    /// A calendar to import: a file is read in chunks, never held whole; standard
    /// input is read into memory (with the same limit).
    static func input(_ path: String) throws -> ICSInput {
        if path == "-" { return ICSInput(data: try read(path)) }
        try checkReadable(path)
        do { return try ICSInput(path: path) } catch { throw PlannerError.invalidValue(Catalogue.cannotRead(path)) }
    }

    /// Refuses a path that is missing, a folder or larger than `maxFileSize`.
    static func checkReadable(_ path: String) throws {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw PlannerError.invalidValue(Catalogue.noSuchFile(path))
        }
        if isDir.boolValue { throw PlannerError.invalidValue(Catalogue.isFolder(path)) }
        // Bounded work whatever is mailed in: a calendar of ten thousand events is a few MB.
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size > maxFileSize {
            throw PlannerError.invalidFile(file: path, line: nil, reason: Catalogue.fileTooLarge(sizeMB: size / 1_048_576, limitMB: maxFileSize / 1_048_576))
        }
    }

    /// Writes through a temporary file and a rename, so a failure never leaves half a file.
    static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            throw PlannerError.invalidValue(Catalogue.isFolder(path))
        }
        let parent = url.deletingLastPathComponent().path
        if !FileManager.default.fileExists(atPath: parent, isDirectory: &isDir) || !isDir.boolValue {
            throw PlannerError.invalidValue(Catalogue.noFolder(path, parent))
        }
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw PlannerError.invalidValue(Catalogue.cannotWrite(path))
        }
    }

    static func ics(store: Store, events: [Event]) throws -> String {
        try icsWriter(store: store).write(events)
    }

    static func icsWriter(store: Store) throws -> ICSWriter {
        var names: [String: String] = [:]
        for c in try store.cities() { names[c.id] = c.name }
        let people = Dictionary(uniqueKeysWithValues: try store.people().map { ($0.id, $0) })
        return ICSWriter(cityName: { names[$0] ?? $0 }, person: { people[$0] })
    }

    /// Writes text produced piece by piece to standard output, or to `path` through a
    /// temporary file renamed at the end (a failure never leaves half a file).
    static func stream(to path: String?, _ produce: ((String) throws -> Void) throws -> Void) throws {
        guard let path else {
            try produce { FileHandle.standardOutput.write(Data($0.utf8)) }
            return
        }
        let url = URL(fileURLWithPath: path)
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            throw PlannerError.invalidValue(Catalogue.isFolder(path))
        }
        let parent = url.deletingLastPathComponent().path
        if !FileManager.default.fileExists(atPath: parent, isDirectory: &isDir) || !isDir.boolValue {
            throw PlannerError.invalidValue(Catalogue.noFolder(path, parent))
        }
        let temp = parent + "/." + url.lastPathComponent + ".\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temp, contents: nil), let handle = FileHandle(forWritingAtPath: temp) else {
            throw PlannerError.invalidValue(Catalogue.cannotWrite(path))
        }
        do {
            try produce { try handle.write(contentsOf: Data($0.utf8)) }
            try handle.close()
            if rename(temp, path) != 0 { throw PlannerError.invalidValue(Catalogue.cannotWrite(path)) }
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(atPath: temp)
            if error is PlannerError { throw error }
            throw PlannerError.invalidValue(Catalogue.cannotWrite(path))
        }
    }
}


extension Error {
    func plannerError(file: String, lang: Language = .en) -> Error {
        if let e = self as? ICSError { return e.plannerError(file: file, lang: lang) }
        return self
    }
}
