import Foundation
import GRDB

extension Store {
    /// A consistent copy of the database through SQLite's online backup, while other
    /// processes keep writing. The copy is written next to `path` and renamed into place, so
    /// an interrupted backup never leaves a half-written file under that name.
    public func backup(to path: String) throws {
        let fm = FileManager.default
        let target = URL(fileURLWithPath: path)
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            throw PlannerError.invalidValue(Catalogue.backupIsFolder(path))
        }
        let temp = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).partial-\(getpid())")
        try? fm.removeItem(at: temp)
        guard fm.createFile(atPath: temp.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw PlannerError.invalidValue(Catalogue.cannotWriteBackup(path, reason: nil))
        }
        do {
            let destination = try DatabaseQueue(path: temp.path)
            try writer.backup(to: destination)
            try destination.close()
            // rename(2) replaces an older backup atomically: never a moment without one.
            guard rename(temp.path, path) == 0 else {
                throw PlannerError.invalidValue(Catalogue.cannotWriteBackup(path, reason: String(cString: strerror(errno))))
            }
        } catch let e as DatabaseError {
            try? fm.removeItem(at: temp)
            throw Store.describe(e, path: path)
        } catch let e as PlannerError {
            try? fm.removeItem(at: temp)
            throw e
        } catch {
            try? fm.removeItem(at: temp)
            throw PlannerError.invalidValue(Catalogue.cannotWriteBackup(path, reason: error.localizedDescription))
        }
    }
}
