import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The HTTP side of CalDAV on Foundation's URLSession: synchronous requests with Basic
/// authentication, a 15 s timeout, redirects followed by hand (so PROPFIND stays PROPFIND),
/// and the WebDAV methods sync needs (PROPFIND, REPORT, GET, PUT and DELETE with
/// preconditions). Transport failures, 401/403 and server errors become
/// `PlannerError.unreachable` (exit 69); the password never appears in any message.
final class CalDAVClient: @unchecked Sendable {
    struct Reply {
        var status: Int
        var headers: [String: String]
        var body: Data
        var url: URL
        func header(_ name: String) -> String? { headers[name.lowercased()] }
    }

    /// What a conditional write found.
    enum WriteOutcome: Equatable {
        case done(etag: String?)
        /// 412: the resource is not in the state we expected (changed, or already there).
        case preconditionFailed
        case notFound
    }

    /// The sync token was refused (RFC 6578 `valid-sync-token`): list everything again.
    struct InvalidSyncToken: Error {}

    /// The server does not do this REPORT (no sync-collection): compare ETags instead.
    struct ReportUnsupported: Error {}

    let lang: Language
    private let authorization: String?
    private let session: URLSession

    init(user: String?, password: String?, lang: Language, timeout: TimeInterval = CalDAVClient.timeout) {
        self.lang = lang
        if let user {
            authorization = "Basic " + Data("\(user):\(password ?? "")".utf8).base64EncodedString()
        } else {
            authorization = nil
        }
        let config = URLSessionConfiguration.ephemeral
        config.timeoutIntervalForRequest = timeout
        config.timeoutIntervalForResource = timeout * 4
        config.httpCookieStorage = nil
        config.urlCache = nil
        config.httpMaximumConnectionsPerHost = 4
        session = URLSession(configuration: config, delegate: RedirectStopper(), delegateQueue: nil)
    }

    deinit { session.finishTasksAndInvalidate() }

    /// 15 s by default; `PLANNER_SYNC_TIMEOUT` (seconds) changes it.
    static let timeout: TimeInterval = {
        if let t = ProcessInfo.processInfo.environment["PLANNER_SYNC_TIMEOUT"], let v = Double(t), v > 0 { return v }
        return 15
    }()

    /// One request; follows up to five redirects with the same method and body.
    func send(_ method: String, _ url: URL, headers: [String: String] = [:], body: Data? = nil) throws -> Reply {
        var target = url
        for _ in 0..<5 {
            let reply = try sendOnce(method, target, headers: headers, body: body)
            if [301, 302, 307, 308].contains(reply.status), let loc = reply.header("Location"),
               let next = URL(string: loc, relativeTo: target)?.absoluteURL, next != target {
                target = next
                continue
            }
            if reply.status == 401 || reply.status == 403 && !isSyncTokenError(reply) {
                throw PlannerError.unreachable(Catalogue.syncAuthRefused(host: url.host ?? "?", status: reply.status)(lang))
            }
            if reply.status >= 500 && reply.status != 501 {
                throw PlannerError.unreachable(Catalogue.syncServerError(method: method, url: target.absoluteString, status: reply.status)(lang))
            }
            return reply
        }
        throw PlannerError.unreachable(Catalogue.syncTooManyRedirects(url.absoluteString)(lang))
    }

    private func isSyncTokenError(_ reply: Reply) -> Bool {
        XMLNode.parse(reply.body)?.child(DAV.validSyncToken) != nil
    }

    private func sendOnce(_ method: String, _ url: URL, headers: [String: String], body: Data?) throws -> Reply {
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.httpBody = body
        for (k, v) in headers { request.setValue(v, forHTTPHeaderField: k) }
        if body != nil, headers["Content-Type"] == nil { request.setValue("application/xml; charset=utf-8", forHTTPHeaderField: "Content-Type") }
        if let authorization { request.setValue(authorization, forHTTPHeaderField: "Authorization") }
        let box = ReplyBox()
        let done = DispatchSemaphore(value: 0)
        let task = session.dataTask(with: request) { data, response, error in
            box.data = data
            box.response = response as? HTTPURLResponse
            box.error = error
            done.signal()
        }
        task.resume()
        done.wait()
        if box.response == nil, let e = box.error as? URLError, e.code == .userCancelledAuthentication || e.code == .cancelled {
            return Reply(status: 401, headers: [:], body: Data(), url: url)
        }
        guard let response = box.response else {
            let reason = (box.error as? URLError).map { Self.describe($0) } ?? Catalogue.NetworkFailure.noResponse
            throw PlannerError.unreachable(Catalogue.syncUnreachable(host: url.host ?? url.absoluteString, reason: reason(lang))(lang))
        }
        var headers: [String: String] = [:]
        for (k, v) in response.allHeaderFields {
            if let k = k as? String, let v = v as? String { headers[k.lowercased()] = v }
        }
        return Reply(status: response.statusCode, headers: headers, body: box.data ?? Data(), url: url)
    }

    private static func describe(_ e: URLError) -> Localized {
        switch e.code {
        case .timedOut: return Catalogue.NetworkFailure.timeout(seconds: Int(timeout))
        case .cannotConnectToHost: return Catalogue.NetworkFailure.refused
        case .cannotFindHost, .dnsLookupFailed: return Catalogue.NetworkFailure.unknownHost
        case .notConnectedToInternet, .networkConnectionLost: return Catalogue.NetworkFailure.networkDown
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateHasUnknownRoot:
            return Catalogue.NetworkFailure.tls
        default: return Catalogue.NetworkFailure.other(code: e.code.rawValue)
        }
    }

    // MARK: WebDAV methods

    func propfind(_ url: URL, depth: Int, props: [String]) throws -> [DAVResponse] {
        let reply = try send("PROPFIND", url, headers: ["Depth": "\(depth)"], body: DAV.propfind(props))
        guard reply.status == 207, let ms = DAVResponse.parseMultistatus(reply.body) else {
            throw unexpected("PROPFIND", url, reply)
        }
        return ms.responses
    }

    /// PROPFIND that answers nil for a URL that is not there (404, 405 on a plain path).
    func propfindIfFound(_ url: URL, depth: Int, props: [String]) throws -> [DAVResponse]? {
        let reply = try send("PROPFIND", url, headers: ["Depth": "\(depth)"], body: DAV.propfind(props))
        if reply.status == 404 || reply.status == 405 { return nil }
        guard reply.status == 207, let ms = DAVResponse.parseMultistatus(reply.body) else { throw unexpected("PROPFIND", url, reply) }
        return ms.responses
    }

    func report(_ url: URL, depth: Int, body: Data) throws -> (responses: [DAVResponse], syncToken: String?) {
        let reply = try send("REPORT", url, headers: ["Depth": "\(depth)"], body: body)
        if (reply.status == 403 || reply.status == 409 || reply.status == 400) && isSyncTokenError(reply) { throw InvalidSyncToken() }
        if [400, 403, 404, 405, 415, 422, 501].contains(reply.status) { throw ReportUnsupported() }
        guard reply.status == 207, let ms = DAVResponse.parseMultistatus(reply.body) else {
            throw unexpected("REPORT", url, reply)
        }
        return ms
    }

    /// GET of one resource; nil when it is gone.
    func get(_ url: URL) throws -> (body: Data, etag: String?)? {
        let reply = try send("GET", url)
        if reply.status == 404 || reply.status == 410 { return nil }
        guard (200..<300).contains(reply.status) else { throw unexpected("GET", url, reply) }
        return (reply.body, reply.header("ETag"))
    }

    /// PUT with `If-None-Match: *` (create only) or `If-Match: etag` (replace that version).
    func put(_ url: URL, ics: String, ifMatch: String?) throws -> WriteOutcome {
        var headers = ["Content-Type": "text/calendar; charset=utf-8"]
        if let ifMatch { headers["If-Match"] = ifMatch } else { headers["If-None-Match"] = "*" }
        let reply = try send("PUT", url, headers: headers, body: Data(ics.utf8))
        switch reply.status {
        case 200..<300: return .done(etag: reply.header("ETag"))
        case 412: return .preconditionFailed
        case 404, 410: return .notFound
        default: throw unexpected("PUT", url, reply)
        }
    }

    func delete(_ url: URL, ifMatch: String?) throws -> WriteOutcome {
        var headers: [String: String] = [:]
        if let ifMatch { headers["If-Match"] = ifMatch }
        let reply = try send("DELETE", url, headers: headers)
        switch reply.status {
        case 200..<300: return .done(etag: nil)
        case 412: return .preconditionFailed
        case 404, 410: return .notFound
        default: throw unexpected("DELETE", url, reply)
        }
    }

    func unexpected(_ method: String, _ url: URL, _ reply: Reply) -> PlannerError {
        .unreachable(Catalogue.syncServerError(method: method, url: url.absoluteString, status: reply.status)(lang))
    }
}

private final class ReplyBox: @unchecked Sendable {
    var data: Data?
    var response: HTTPURLResponse?
    var error: Error?
}

/// Redirects are followed by `CalDAVClient.send`, which keeps the method and body.
private final class RedirectStopper: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        completionHandler(nil)
    }

    /// The Authorization header is set on every request; a 401 challenge is not answered
    /// again (URLSession on Linux would wait for a credential forever): the task ends with
    /// `userCancelledAuthentication`, which `send` reports as HTTP 401.
    func urlSession(_ session: URLSession, task: URLSessionTask, didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        completionHandler(.cancelAuthenticationChallenge, nil)
    }
}
