// What the planner's threads share: a value behind a lock (`Locked`), values computed once
// per key and process (`Memo`: parsed rules, sort keys, foldings), a value handed to another
// thread that only it uses from then on (`Unchecked`), and work done in order on a second
// thread while the caller produces the next piece (`OrderedWorker`: `check`'s windows,
// `export`'s batches).
import Foundation

/// A value changed from several threads, one at a time.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value
    init(_ value: Value) { self.value = value }
    func withLock<T>(_ body: (inout Value) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}

/// Values computed once per key and process, shared by every thread: looked up under a lock,
/// computed outside it, and all forgotten when `limit` keys are held (so keys that never
/// repeat, rules whose UNTIL differ for every event, cannot make it grow without end).
final class Memo<Key: Hashable, Value>: @unchecked Sendable {
    private let values = Locked([Key: Value]())
    private let limit: Int

    init(limit: Int) { self.limit = limit }

    func value(_ key: Key, _ make: (Key) -> Value) -> Value {
        if let hit = values.withLock({ $0[key] }) { return hit }
        let made = make(key)
        values.withLock { values in
            if values.count >= limit { values.removeAll(keepingCapacity: true) }
            values[key] = made
        }
        return made
    }
}

/// A value handed to another thread that only it uses from then on (the export's writer and
/// output, a batch of events), which the compiler cannot prove.
struct Unchecked<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// Runs work on a second thread in the order it is submitted, one piece at a time, while the
/// caller prepares the next: at most `waiting` pieces wait, so memory stays that of a few.
/// The first piece that throws stops the rest; its error is thrown by the next `submit` and
/// by `finish`. Call `finish` (or `drain`, on the way out of an error) before returning.
final class OrderedWorker: @unchecked Sendable {
    private let queue: DispatchQueue
    private let slots: DispatchSemaphore
    private let failure = Locked<(any Error)?>(nil)

    init(label: String, waiting: Int = 2) {
        queue = DispatchQueue(label: label)
        slots = DispatchSemaphore(value: waiting)
    }

    /// Queues `work`, first waiting for a free place; throws the error a piece before threw.
    func submit(_ work: @escaping @Sendable () throws -> Void) throws {
        if let error = failure.withLock({ $0 }) { throw error }
        slots.wait()
        queue.async { [self] in
            defer { slots.signal() }
            guard failure.withLock({ $0 == nil }) else { return }
            do { try work() } catch { failure.withLock { $0 = error } }
        }
    }

    /// Waits until every piece has run.
    func drain() { queue.sync {} }

    /// Waits until every piece has run; throws the first error one threw.
    func finish() throws {
        drain()
        if let error = failure.withLock({ $0 }) { throw error }
    }
}
