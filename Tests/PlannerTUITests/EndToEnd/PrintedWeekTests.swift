// PrintedWeekTests: #13 point 8. The printed week (agenda --format html, what --print and
// the TUI's P send) laid out by a real WeasyPrint: one A4 landscape page for the sample's
// busiest week, still one page for the week with 13 (and 40) more events on one day (the
// crowded day says "+N autres" and its full list follows on the next page), and a long
// unbroken word wrapped inside its column. WeasyPrint's own layout is read back through
// its Python API, with the interpreter its command runs on.
import Foundation
import Testing

struct PrintedWeekTests {
    /// The Python that runs `weasyprint` (its #! line), when both are installed.
    static let python: String? = {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map { "\($0)/weasyprint" }
        guard let exe = path.first(where: { FileManager.default.isExecutableFile(atPath: $0) }),
              let head = try? String(contentsOfFile: exe, encoding: .utf8).split(separator: "\n").first,
              head.hasPrefix("#!"), head.contains("python") else { return nil }
        let interpreter = String(head.dropFirst(2)).trimmingCharacters(in: .whitespaces)
        let r = try? BinaryRunner.execute(URL(fileURLWithPath: interpreter), arguments: ["-c", "import weasyprint"], environment: ProcessInfo.processInfo.environment)
        return r?.status == 0 ? interpreter : nil
    }()

    /// Per page: its text, the text leaving its table cell sideways, the text clipped at the
    /// bottom of a day (hidden by `overflow: hidden`).
    static let script = """
        import json, sys
        from weasyprint import HTML
        from weasyprint.formatting_structure import boxes
        doc = HTML(filename=sys.argv[1]).render()
        pages = []
        for page in doc.pages:
            texts, outside, clipped = [], [], []
            def walk(box, cell, clip):
                if isinstance(box, boxes.TableCellBox):
                    cell = (box.position_x, box.position_x + box.margin_width())
                element = getattr(box, "element", None)
                if isinstance(box, boxes.BlockBox) and element is not None and element.get("class") == "day":
                    clip = box.content_box_y() + box.height
                if isinstance(box, boxes.TextBox):
                    texts.append(box.text)
                    if cell and (box.position_x < cell[0] - 0.5 or box.position_x + box.width > cell[1] + 0.5):
                        outside.append(box.text)
                    if clip is not None and box.position_y + box.height > clip + 0.5:
                        clipped.append(box.text)
                for child in getattr(box, "children", None) or []:
                    walk(child, cell, clip)
            walk(page._page_box, None, None)
            pages.append({"text": " ".join(texts), "outside": outside, "clipped": clipped})
        print(json.dumps(pages, ensure_ascii=False))
        """

    struct Page: Decodable {
        var text: String
        var outside: [String]
        var clipped: [String]
    }

    /// The week printed as HTML, laid out by WeasyPrint; also converted to PDF by its command,
    /// whose pages are counted.
    func layout(_ runner: BinaryRunner, week: String = "2026-W48") throws -> (pages: [Page], html: String, pdfPages: Int) {
        let r = try runner.run(["agenda", "--week", week, "--format", "html"])
        #expect(r.status == 0, Comment(rawValue: r.stderr))
        let html = runner.folder.appendingPathComponent("week.html")
        try Data(r.stdout.utf8).write(to: html)
        let script = runner.folder.appendingPathComponent("layout.py")
        try Data(Self.script.utf8).write(to: script)
        let python = try #require(Self.python)
        let out = try BinaryRunner.execute(URL(fileURLWithPath: python), arguments: [script.path, html.path], environment: ProcessInfo.processInfo.environment)
        #expect(out.status == 0, Comment(rawValue: out.stderr))
        let pages = try JSONDecoder().decode([Page].self, from: Data(out.stdout.utf8))
        // The command users have, and the pages of the PDF it writes.
        let pdf = runner.folder.appendingPathComponent("week.pdf").path
        let conv = try BinaryRunner.execute(URL(fileURLWithPath: "/usr/bin/env"), arguments: ["weasyprint", html.path, pdf], environment: ProcessInfo.processInfo.environment)
        #expect(conv.status == 0, Comment(rawValue: conv.stderr))
        let bytes = String(decoding: try Data(contentsOf: URL(fileURLWithPath: pdf)), as: UTF8.self)
        let pdfPages = bytes.components(separatedBy: "/Type /Page").count - 1 - (bytes.components(separatedBy: "/Type /Pages").count - 1)
        return (pages, r.stdout, pdfPages)
    }

    static let days = ["lundi 23 novembre", "mardi 24 novembre", "mercredi 25 novembre", "jeudi 26 novembre",
                       "vendredi 27 novembre", "samedi 28 novembre", "dimanche 29 novembre"]

    func addToThursday(_ runner: BinaryRunner, _ n: Int) throws -> [String] {
        try (1...n).map { i in
            let title = "Réunion supplémentaire \(i) avec les partenaires du cluster"
            let hour = 8 + i % 11
            let r = try runner.run(["add", "--title", title, "--start", String(format: "2026-11-26T%02d:15", hour), "--city", "Montpellier"])
            #expect(r.status == 0, Comment(rawValue: r.stderr))
            return title
        }
    }

    @Test(.enabled(if: python != nil, "needs weasyprint (and its Python module) to lay the page out"))
    func theSampleBusiestWeekIsOnePage() throws {
        let runner = try BinaryRunner()
        let (pages, _, pdfPages) = try layout(runner)
        #expect(pages.count == 1)
        #expect(pdfPages == 1)
        let page = try #require(pages.first)
        for d in Self.days { #expect(page.text.contains(d)) }
        #expect(page.text.contains("Ouverture de la"))
        #expect(page.outside.isEmpty && page.clipped.isEmpty, "\(page.outside) \(page.clipped)")
        #expect(!page.text.contains("autres"))
    }

    @Test(.enabled(if: python != nil, "needs weasyprint (and its Python module) to lay the page out"),
          arguments: [13, 40])
    func aCrowdedDayKeepsTheWeekOnItsPageAndListsTheRestAfter(extra: Int) throws {
        let runner = try BinaryRunner()
        let titles = try addToThursday(runner, extra)
        let (pages, _, pdfPages) = try layout(runner)
        let week = try #require(pages.first)
        // The week is whole on page 1: every day's heading, nothing clipped, nothing outside.
        for d in Self.days { #expect(week.text.contains(d)) }
        #expect(week.outside.isEmpty && week.clipped.isEmpty, "\(week.outside) \(week.clipped)")
        #expect(week.text.contains("autres (liste complète à la suite)"))
        // The full list of Thursday comes after, with every event: one page for 13 more
        // (the case), more for 40; the week's table never continues there.
        if extra == 13 { #expect(pages.count == 2) } else { #expect(pages.count >= 2) }
        for later in pages.dropFirst() { #expect(!later.text.contains("lundi 23 novembre")) }
        #expect(pdfPages == pages.count)
        let list = pages.dropFirst().map(\.text).joined(separator: " ")
        #expect(list.contains("Jeudi 26 novembre 2026 — liste complète"))
        for t in titles { #expect(list.contains(t) || list.replacingOccurrences(of: " ", with: "").contains(t.replacingOccurrences(of: " ", with: "")), "\(t)") }
    }

    @Test(.enabled(if: python != nil, "needs weasyprint (and its Python module) to lay the page out"))
    func aLongUnbrokenWordStaysInItsColumn() throws {
        let runner = try BinaryRunner()
        let word = "Anticonstitutionnellement" + String(repeating: "Numérique", count: 8)
        let r = try runner.run(["add", "--title", word, "--start", "2026-11-24T10:00", "--city", "Albi"])
        #expect(r.status == 0, Comment(rawValue: r.stderr))
        let (pages, html, _) = try layout(runner)
        #expect(pages.count == 1)
        let page = try #require(pages.first)
        #expect(page.outside.isEmpty, "\(page.outside)")
        #expect(page.clipped.isEmpty, "\(page.clipped)")
        #expect(html.contains("overflow-wrap: anywhere"))
    }
}
