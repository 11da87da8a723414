import Foundation
import Testing

/// Printing to paper through CUPS, checked with stand-ins on the PATH: an `lp` that records
/// its command line and answers like CUPS, an `lpstat` naming the default printer, and
/// (when asked) an HTML-to-PDF converter. Without `lp` the files are written and named.
struct PrintingTests {
    /// A folder of stand-in programs; `lp` appends its arguments to `lp.log`.
    func standIns(_ cli: BinaryRunner, converter: Bool) throws -> (bin: String, log: String) {
        let bin = cli.folder.appendingPathComponent("bin").path
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        let log = cli.folder.appendingPathComponent("lp.log").path
        var scripts = [
            "lp": "#!/bin/sh\nprintf '%s\\n' \"$@\" >> '\(log)'\necho 'request id is Bureau-42 (1 file(s))'\n",
            "lpstat": "#!/bin/sh\necho 'system default destination: Bureau'\n",
        ]
        if converter {
            // weasyprint IN OUT: a PDF header then the page, enough to tell it was converted.
            scripts["weasyprint"] = "#!/bin/sh\n{ echo '%PDF-1.7'; /bin/cat \"$1\"; } > \"$2\"\n"
        }
        for (name, body) in scripts {
            let path = bin + "/" + name
            try Data(body.utf8).write(to: URL(fileURLWithPath: path))
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        }
        return (bin, log)
    }

    /// A PATH with only the stand-ins (no real lp, no converter; /bin is /usr/bin on Debian).
    func path(_ bin: String) -> String { bin }

    @Test func weekGoesToTheDefaultPrinterAsPDFWhenAConverterIsThere() throws {
        let cli = try BinaryRunner()
        let (bin, log) = try standIns(cli, converter: true)
        let out = cli.folder.appendingPathComponent("out").path
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let r = try cli.run(["agenda", "--week", "2026-W52", "--print"], env: ["PATH": path(bin), "PLANNER_PRINT_DIR": out])
        #expect(r.status == 0, Comment(rawValue: r.stderr))
        let pdf = out + "/agenda-2026-W52.pdf"
        #expect(r.stdout == "Envoyé à l'imprimante Bureau (travail Bureau-42) : \(pdf)\n")
        let args = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").map(String.init)
        // The default destination: no -d, a title, the PDF.
        #expect(args == ["-t", "Semaine 52 — du lundi 21 au dimanche 27 décembre 2026", pdf])
        let printed = try String(contentsOfFile: pdf, encoding: .utf8)
        #expect(printed.hasPrefix("%PDF") && printed.contains("Vacances de Noël (vacances scolaires, zone C)"))
        #expect(FileManager.default.fileExists(atPath: out + "/agenda-2026-W52.txt"))
    }

    @Test func configuredPrinterAndTextWithoutAConverter() throws {
        let cli = try BinaryRunner()
        let (bin, log) = try standIns(cli, converter: false)
        try cli.run(["config", "--printer", "Accueil-Montpellier"])
        let r = try cli.run(["report", "parity", "--year", "2026", "--print"], env: ["PATH": path(bin)])
        #expect(r.status == 0, Comment(rawValue: r.stderr))
        let txt = cli.folder.appendingPathComponent("parite-2026-quarter.txt").path
        #expect(r.stdout == "Envoyé à l'imprimante Accueil-Montpellier (travail Bureau-42) : \(txt)\n")
        let args = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(args == ["-d", "Accueil-Montpellier", "-t", "Parité Toulouse / Montpellier — 2026, par trimestre", txt])
    }

    @Test func withoutAPrinterTheFilesAreWrittenAndNamed() throws {
        let cli = try BinaryRunner()
        let r = try cli.run(["report", "person", "Sophie Garnier", "--week", "2026-W42", "--print"], env: ["PATH": cli.folder.path])
        #expect(r.status == 0, Comment(rawValue: r.stderr))
        let base = cli.folder.appendingPathComponent("itineraire-P003-2026-10-12").path
        #expect(r.stdout == "Imprimé dans \(base).txt et \(base).html\n")
        let html = try String(contentsOfFile: base + ".html", encoding: .utf8)
        #expect(html.contains("size: A4") && html.contains("retour à Toulouse"))
    }

    @Test func aPrinterThatRefusesTheJobIsOneLine() throws {
        let cli = try BinaryRunner()
        let (bin, _) = try standIns(cli, converter: false)
        try Data("#!/bin/sh\necho 'lp: The printer or class does not exist.' >&2\nexit 1\n".utf8).write(to: URL(fileURLWithPath: bin + "/lp"))
        let r = try cli.run(["agenda", "--week", "2026-W48", "--print"], env: ["PATH": path(bin)])
        #expect(r.status == 2)
        #expect(r.stderr == "planner-tui: l'imprimante Bureau a refusé le travail : lp: The printer or class does not exist.\n")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/weasyprint"), "weasyprint is not installed (apt-get install weasyprint)"))
    func realWeasyprintMakesAPDF() throws {
        let cli = try BinaryRunner()
        let (bin, log) = try standIns(cli, converter: false)
        try FileManager.default.createSymbolicLink(atPath: bin + "/weasyprint", withDestinationPath: "/usr/bin/weasyprint")
        let r = try cli.run(["report", "series", "green-it-day-2026", "--print"], env: ["PATH": path(bin)])
        #expect(r.status == 0, Comment(rawValue: r.stderr))
        let pdf = cli.folder.appendingPathComponent("tournee-green-it-day-2026.pdf").path
        let head = try FileHandle(forReadingFrom: URL(fileURLWithPath: pdf)).readData(ofLength: 5)
        #expect(String(decoding: head, as: UTF8.self) == "%PDF-")
        #expect(try String(contentsOfFile: log, encoding: .utf8).contains(pdf))
    }
}
