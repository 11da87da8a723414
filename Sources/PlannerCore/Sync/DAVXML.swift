import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A small XML tree read with Foundation's XMLParser (namespace-aware), and the WebDAV
/// multistatus model the CalDAV client needs: each response's href, status and the
/// properties found (200) in its propstats. Names are `namespace + local name`, e.g.
/// `DAV:getetag`, `urn:ietf:params:xml:ns:caldav:calendar-data`.
struct XMLNode {
    var name: String
    var text = ""
    var children: [XMLNode] = []

    func child(_ name: String) -> XMLNode? { children.first { $0.name == name } }
    func all(_ name: String) -> [XMLNode] { children.filter { $0.name == name } }

    /// The trimmed text of the first `DAV:href` inside this node, if any.
    var href: String? { child(DAV.href).map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) } }

    /// Parses a document; nil when it is not well-formed XML.
    static func parse(_ data: Data) -> XMLNode? {
        let builder = TreeBuilder()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else { return nil }
        return root
    }

    private final class TreeBuilder: NSObject, XMLParserDelegate {
        var stack: [XMLNode] = []
        var root: XMLNode?

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            stack.append(XMLNode(name: (namespaceURI ?? "") + elementName))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if !stack.isEmpty { stack[stack.count - 1].text += string }
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            if !stack.isEmpty { stack[stack.count - 1].text += String(decoding: CDATABlock, as: UTF8.self) }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            guard let node = stack.popLast() else { return }
            if stack.isEmpty { root = node } else { stack[stack.count - 1].children.append(node) }
        }
    }
}

/// Element names of WebDAV (RFC 4918), CalDAV (RFC 4791) and sync-collection (RFC 6578).
enum DAV {
    static let ns = "DAV:"
    static let caldav = "urn:ietf:params:xml:ns:caldav"
    static let href = ns + "href"
    static let response = ns + "response"
    static let status = ns + "status"
    static let propstat = ns + "propstat"
    static let prop = ns + "prop"
    static let getetag = ns + "getetag"
    static let syncToken = ns + "sync-token"
    static let displayname = ns + "displayname"
    static let resourcetype = ns + "resourcetype"
    static let currentUserPrincipal = ns + "current-user-principal"
    static let calendarHomeSet = caldav + "calendar-home-set"
    static let calendar = caldav + "calendar"
    static let calendarData = caldav + "calendar-data"
    static let validSyncToken = ns + "valid-sync-token"

    /// `HTTP/1.1 404 Not Found` → 404.
    static func statusCode(_ line: String) -> Int? {
        let parts = line.split(separator: " ")
        return parts.count >= 2 ? Int(parts[1]) : nil
    }

    /// The request bodies the client sends.
    static func propfind(_ props: [String]) -> Data {
        Data("""
            <?xml version="1.0" encoding="utf-8"?>
            <d:propfind xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:prop>\(props.map { "<\($0)/>" }.joined())</d:prop></d:propfind>
            """.utf8)
    }

    static let calendarQuery = Data("""
        <?xml version="1.0" encoding="utf-8"?>
        <c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
        <d:prop><d:getetag/><c:calendar-data/></d:prop>
        <c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VEVENT"/></c:comp-filter></c:filter>
        </c:calendar-query>
        """.utf8)

    static func multiget(_ hrefs: [String]) -> Data {
        Data(("""
            <?xml version="1.0" encoding="utf-8"?>
            <c:calendar-multiget xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
            <d:prop><d:getetag/><c:calendar-data/></d:prop>
            """ + hrefs.map { "<d:href>\(escape($0))</d:href>" }.joined() + "</c:calendar-multiget>").utf8)
    }

    static func syncCollection(token: String?) -> Data {
        Data("""
            <?xml version="1.0" encoding="utf-8"?>
            <d:sync-collection xmlns:d="DAV:"><d:sync-token>\(escape(token ?? ""))</d:sync-token><d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop></d:sync-collection>
            """.utf8)
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}

/// One `<response>` of a multistatus.
struct DAVResponse {
    var href: String
    /// The response-level status (sync-collection reports removed members as 404).
    var status: Int?
    /// Properties found (a 200 propstat), by full name.
    var props: [String: XMLNode]

    func text(_ name: String) -> String? {
        props[name].map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    /// Reads a multistatus body; nil when it is not one.
    static func parseMultistatus(_ data: Data) -> (responses: [DAVResponse], syncToken: String?)? {
        guard let root = XMLNode.parse(data), root.name == DAV.ns + "multistatus" else { return nil }
        var out: [DAVResponse] = []
        for r in root.all(DAV.response) {
            guard let href = r.href else { continue }
            var props: [String: XMLNode] = [:]
            for ps in r.all(DAV.propstat) {
                let code = ps.child(DAV.status).flatMap { DAV.statusCode($0.text) } ?? 200
                guard (200..<300).contains(code), let prop = ps.child(DAV.prop) else { continue }
                for p in prop.children { props[p.name] = p }
            }
            out.append(DAVResponse(href: href, status: r.child(DAV.status).flatMap { DAV.statusCode($0.text) }, props: props))
        }
        let token = root.child(DAV.syncToken).map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) }
        return (out, token)
    }
}
