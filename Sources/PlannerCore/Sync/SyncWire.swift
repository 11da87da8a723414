import Foundation

/// How the planner's iCalendar text travels to a CalDAV server and back. Radicale (through
/// vobject) keeps only the first item of an unknown property with a comma in its value
/// (`X-PLANNER-CITIES:TLS,MPL` comes back as `TLS`), so the values of `X-PLANNER-*` lines
/// are sent as escaped TEXT (`TLS\,MPL`), which every server keeps, and unescaped on the way
/// back. A value that was not escaped (another program's PUT) is read as it is.
enum SyncWire {
    static func encode(_ ics: String) -> String {
        transform(ics) { value in
            value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: ";", with: "\\;")
        }
    }

    static func decode(_ data: Data) -> Data {
        let text = String(decoding: data, as: UTF8.self)
        guard text.contains(PlannerProperty.prefix) else { return data }
        return Data(transform(text, unescape).utf8)
    }

    /// `\,` `\;` `\\` → `,` `;` `\`; anything else is left as it was.
    static func unescape(_ value: String) -> String {
        var out = ""
        var escaping = false
        for ch in value {
            if escaping {
                if ch != "," && ch != ";" && ch != "\\" { out.append("\\") }
                out.append(ch)
                escaping = false
            } else if ch == "\\" {
                escaping = true
            } else {
                out.append(ch)
            }
        }
        if escaping { out.append("\\") }
        return out
    }

    /// Unfolds the content lines, rewrites the values of `X-PLANNER-*` properties, folds again.
    private static func transform(_ ics: String, _ rewrite: (String) -> String) -> String {
        var lines: [String] = []
        // By Unicode scalars: "\r\n" is one Character for Swift's String.
        let plain = String(String.UnicodeScalarView(ics.unicodeScalars.filter { $0 != "\r" }))
        for raw in plain.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            if (line.hasPrefix(" ") || line.hasPrefix("\t")), !lines.isEmpty {
                lines[lines.count - 1] += line.dropFirst()
            } else {
                lines.append(line)
            }
        }
        if lines.last == "" { lines.removeLast() }
        var out = ""
        for line in lines {
            var l = line
            if line.uppercased().hasPrefix(PlannerProperty.prefix), let colon = line.firstIndex(of: ":") {
                l = String(line[...colon]) + rewrite(String(line[line.index(after: colon)...]))
            }
            for part in ICSWriter.fold(l) { out += part + "\r\n" }
        }
        return out
    }
}
