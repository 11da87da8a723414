import Foundation

/// Printing a page (the week, a report): the text and the HTML are always written to files;
/// where CUPS's `lp` is on the PATH the page also goes to paper, on the chosen printer
/// (`config --printer`) or the system default, as a PDF when an HTML-to-PDF converter
/// (weasyprint, wkhtmltopdf) is installed, else as the text. The outcome says which printer
/// and which job, or where the files are.
public struct Printer: Sendable {
    public struct Outcome: Sendable, Equatable {
        public var files: [String]
        /// The printer and job id when the page went to CUPS.
        public var printer: String?
        public var job: String?
        /// What was sent to the printer (the PDF, or the text file).
        public var sent: String?

        public func message(_ lang: Language) -> String {
            if let printer, let job, let sent { return Catalogue.Cluster.sentToPrinter(printer, job: job, file: sent)(lang) }
            return Catalogue.Cluster.printedFiles(files)(lang)
        }
    }

    public var environment: [String: String]
    /// `config --printer NAME`; nil: the CUPS default destination.
    public var printerName: String?

    public init(environment: [String: String] = ProcessInfo.processInfo.environment, printerName: String? = nil) {
        self.environment = environment
        self.printerName = printerName
    }

    /// The full path of a program on the PATH.
    public func executable(_ name: String) -> String? {
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") where !dir.isEmpty {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Writes `base.txt` and `base.html`, then sends the page to the printer when there is one.
    public func print(text: String, html: String, base: String, title: String, lang: Language) throws -> Outcome {
        let txt = base + ".txt", htm = base + ".html"
        try Data(text.utf8).write(to: URL(fileURLWithPath: txt), options: .atomic)
        try Data(html.utf8).write(to: URL(fileURLWithPath: htm), options: .atomic)
        var outcome = Outcome(files: [txt, htm])
        guard let lp = executable("lp"), let destination = destination() else { return outcome }
        var document = txt
        if let pdf = convert(htm, to: base + ".pdf") {
            document = pdf
            outcome.files.append(pdf)
        }
        var args = ["-t", title]
        if destination.explicit { args = ["-d", destination.name] + args }
        args.append(document)
        let r = run(lp, args)
        guard r.status == 0 else {
            let reason = (r.stderr + r.stdout).split(separator: "\n").first.map(String.init) ?? "exit \(r.status)"
            throw PlannerError.invalidValue(Catalogue.Cluster.printerFailed(destination.name, reason)(lang))
        }
        // CUPS answers "request id is Bureau-42 (1 file(s))".
        if let m = r.stdout.range(of: #"request id is (\S+)"#, options: .regularExpression) {
            outcome.job = String(r.stdout[m].split(separator: " ").last ?? "")
        } else {
            outcome.job = r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        outcome.printer = destination.name
        outcome.sent = document
        return outcome
    }

    /// The printer to use: the configured one, else CUPS's default (`lpstat -d`); nil when
    /// there is none (no printer installed).
    func destination() -> (name: String, explicit: Bool)? {
        if let printerName, !printerName.isEmpty { return (printerName, true) }
        if let dest = environment["PRINTER"] ?? environment["LPDEST"], !dest.isEmpty { return (dest, true) }
        guard let lpstat = executable("lpstat") else { return nil }
        let r = run(lpstat, ["-d"])
        // "system default destination: PDF" (or, translated, the name after the colon).
        guard r.status == 0, let line = r.stdout.split(separator: "\n").first, let colon = line.lastIndex(of: ":") else { return nil }
        let name = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        return name.isEmpty ? nil : (name, false)
    }

    /// HTML to PDF with the first converter found; nil when none works.
    func convert(_ html: String, to pdf: String) -> String? {
        for (tool, args) in [("weasyprint", [html, pdf]), ("wkhtmltopdf", ["--quiet", "-s", "A4", html, pdf])] {
            guard let exe = executable(tool) else { continue }
            if run(exe, args).status == 0, FileManager.default.fileExists(atPath: pdf) { return pdf }
        }
        return nil
    }

    func run(_ exe: String, _ args: [String]) -> (status: Int32, stdout: String, stderr: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = args
        p.environment = environment
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        do { try p.run() } catch { return (127, "", "\(error)") }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }
}
