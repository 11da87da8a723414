// LoadWorker: runs the state machine's reads (`.load`, `.extend`, `.search`) off the key
// loop, one at a time on its own thread, and hands their messages back to the loop (`drain`).
// A read whose generation is no longer the latest asked for is skipped before it starts; one
// that finishes late is dropped by `Update` (its generation is stale). While it is busy the
// loop waits for keys a few milliseconds at a time, to draw what arrives. The tests run every
// effect inline.
import Foundation
import PlannerCore

final class LoadWorker: @unchecked Sendable {
    private let runner: EffectRunner
    private let queue = DispatchQueue(label: "planner.tui.load")
    private let lock = NSLock()
    private var mailbox: [Message] = []
    private var latestLoad = 0
    private var latestSearch = 0
    private var running = 0

    init(runner: EffectRunner) {
        self.runner = runner
    }

    /// Whether this effect is run here rather than inline.
    static func runsInBackground(_ effect: Effect) -> Bool {
        switch effect {
        case .load, .extend, .search, .countPendingSync: return true
        default: return false
        }
    }

    func submit(_ effect: Effect) {
        lock.lock()
        switch effect {
        case .load(_, let g), .extend(_, _, let g): latestLoad = max(latestLoad, g)
        case .search(_, _, let g): latestSearch = max(latestSearch, g)
        default: break
        }
        running += 1
        lock.unlock()
        queue.async { [self] in
            lock.lock()
            let stale: Bool
            switch effect {
            case .load(_, let g), .extend(_, _, let g): stale = g < latestLoad
            case .search(_, _, let g): stale = g < latestSearch
            default: stale = false
            }
            lock.unlock()
            let messages = stale ? [] : runner.run(effect)
            lock.lock()
            mailbox += messages
            running -= 1
            lock.unlock()
        }
    }

    /// Whether a read is still running or waiting, or its messages wait to be drained. (A
    /// read that finished after the loop's last `drain` left its result in the mailbox: with
    /// `running` alone the loop then slept a whole idle second before drawing it.)
    var busy: Bool {
        lock.lock()
        defer { lock.unlock() }
        return running > 0 || !mailbox.isEmpty
    }

    /// The messages posted since the last call.
    func drain() -> [Message] {
        lock.lock()
        defer { lock.unlock() }
        let out = mailbox
        mailbox = []
        return out
    }
}
