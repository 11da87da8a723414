import Foundation

/// The place an event is held, as people read it: its cities, or when none is known the
/// LOCATION text another program wrote (kept verbatim from the import).
extension Event {
    /// The LOCATION text kept from an import (unescaped, without control characters).
    public var locationText: String? {
        guard let line = extraProperties.first(where: { $0.hasPrefix("LOCATION:") || $0.hasPrefix("LOCATION;") }) else { return nil }
        // The value starts after the first colon outside a quoted parameter value.
        var quoted = false
        for i in line.indices {
            let ch = line[i]
            if ch == "\"" { quoted.toggle() } else if ch == ":" && !quoted {
                let text = ICSValues.unescape(String(line[line.index(after: i)...])).removingControlCharacters
                return text.trimmingCharacters(in: .whitespaces).isEmpty ? nil : text
            }
        }
        return nil
    }
}

extension Occurrence {
    /// The title as screens show it: without control characters, and a placeholder in the
    /// reader's language when it is empty (the store keeps it empty).
    public func displayTitle(_ lang: Language) -> String {
        let t = title.removingControlCharacters
        return t.trimmingCharacters(in: .whitespaces).isEmpty ? Catalogue.untitled(lang) : t
    }
}
