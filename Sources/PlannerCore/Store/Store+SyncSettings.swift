// The sync settings kept in the database (server, user, password command, interval, last sync).
import Foundation
import GRDB

extension Store {
    public func syncConfiguration() throws -> SyncConfiguration {
        try read { db in
            func value(_ k: SettingKey) throws -> String? { try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [k.rawValue]) }
            return SyncConfiguration(url: try value(SyncSettings.urlKey), user: try value(SyncSettings.userKey),
                                     passwordCommand: try value(SyncSettings.passwordCommandKey),
                                     every: try value(SyncSettings.everyKey).flatMap(Double.init),
                                     lastSync: try value(SyncSettings.lastKey).flatMap(Double.init).map { Date(timeIntervalSince1970: $0) })
        }
    }

    /// Sets the given values (an empty string clears one); in one transaction.
    public func setSyncConfiguration(url: String? = nil, user: String? = nil, passwordCommand: String? = nil, every: TimeInterval? = nil) throws {
        try write { db in
            for (k, v) in [(SyncSettings.urlKey, url), (SyncSettings.userKey, user), (SyncSettings.passwordCommandKey, passwordCommand)] {
                if let v { try SyncSettings.set(db, k, v.isEmpty ? nil : v) }
            }
            if let every { try SyncSettings.set(db, SyncSettings.everyKey, every > 0 ? String(every) : nil) }
        }
    }
}
