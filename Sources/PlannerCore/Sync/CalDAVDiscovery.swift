import Foundation

/// A calendar collection found on a server.
public struct CalDAVCalendar: Equatable, Sendable {
    public var url: URL
    public var name: String
}

/// Discovery (RFC 6764 and RFC 4791 §6): from a server URL to its calendar collections
/// through `/.well-known/caldav`, `current-user-principal` and `calendar-home-set`; a URL
/// that already is a calendar collection is used as it is.
extension CalDAVClient {
    func calendars(at url: URL) throws -> [CalDAVCalendar] {
        let props = ["d:resourcetype", "d:displayname", "d:current-user-principal", "c:calendar-home-set"]
        let first = try propfindIfFound(url, depth: 0, props: props)?.first
        if let first, first.props[DAV.resourcetype]?.child(DAV.calendar) != nil {
            return [CalDAVCalendar(url: url, name: first.text(DAV.displayname).flatMap { $0.isEmpty ? nil : $0 } ?? url.lastPathComponent)]
        }
        var home = first?.props[DAV.calendarHomeSet]?.href
        if home == nil {
            var principal = first?.props[DAV.currentUserPrincipal]?.href
            if principal == nil, let wellKnown = URL(string: "/.well-known/caldav", relativeTo: url)?.absoluteURL {
                principal = try? propfind(wellKnown, depth: 0, props: ["d:current-user-principal"]).first?.props[DAV.currentUserPrincipal]?.href
            }
            guard let principal, let principalURL = URL(string: principal, relativeTo: url)?.absoluteURL else {
                throw PlannerError.unreachable(Catalogue.syncNoCalendarHome(url.absoluteString)(lang))
            }
            home = try propfind(principalURL, depth: 0, props: ["c:calendar-home-set"]).first?.props[DAV.calendarHomeSet]?.href
        }
        guard let home, let homeURL = URL(string: home, relativeTo: url)?.absoluteURL else {
            throw PlannerError.unreachable(Catalogue.syncNoCalendarHome(url.absoluteString)(lang))
        }
        return try propfind(homeURL, depth: 1, props: ["d:resourcetype", "d:displayname"]).compactMap { r in
            guard r.props[DAV.resourcetype]?.child(DAV.calendar) != nil,
                  let u = URL(string: r.href, relativeTo: homeURL)?.absoluteURL else { return nil }
            let name = r.text(DAV.displayname).flatMap { $0.isEmpty ? nil : $0 } ?? u.lastPathComponent
            return CalDAVCalendar(url: u, name: name)
        }.sorted { $0.url.absoluteString < $1.url.absoluteString }
    }

    /// The one collection to sync with: `url` itself, or the only calendar under it.
    func collection(at url: URL) throws -> URL {
        let found = try calendars(at: url)
        guard found.count == 1 else {
            if found.isEmpty { throw PlannerError.invalidValue(Catalogue.syncNoCalendar(url.absoluteString)(lang)) }
            throw PlannerError.invalidValue(Catalogue.syncSeveralCalendars(url.absoluteString, found.map(\.url.absoluteString))(lang))
        }
        var u = found[0].url.absoluteString
        if !u.hasSuffix("/") { u += "/" }
        return URL(string: u)!
    }
}
