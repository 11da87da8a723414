import Foundation

/// The bytes of a calendar, handed out in chunks so that a large file is never held whole:
/// a file is mapped and each chunk released from memory once read (the parser keeps only
/// the line it is on); bytes already in memory (standard input, a sync download, a test)
/// are one chunk. An input can be read again (the import's rare second pass).
public struct ICSInput: Sendable {
    private enum Source: Sendable {
        case data(Data, chunk: Int)
        case file(MappedFile)
    }
    private let source: Source
    /// Bytes per chunk of a mapped file (a multiple of the page size).
    static let chunkSize = 1 << 20

    public init(data: Data) { source = .data(data, chunk: max(1, data.count)) }

    /// Bytes in memory handed out in chunks of `chunk` bytes (tests of chunk boundaries).
    init(data: Data, chunk: Int) { source = .data(data, chunk: max(1, chunk)) }

    /// Maps the file at `path`; throws `ICSInput.Unreadable` when it cannot be opened or mapped.
    public init(path: String) throws { source = .file(try MappedFile(path: path)) }

    /// The input's size in bytes.
    public var count: Int {
        switch source {
        case .data(let d, _): return d.count
        case .file(let f): return f.count
        }
    }

    /// Calls `body` with each chunk in order.
    func forEachChunk(_ body: (UnsafeRawBufferPointer) throws(ICSError) -> Void) throws(ICSError) {
        switch source {
        case .data(let d, let size):
            let r: Result<Void, ICSError> = d.withUnsafeBytes { raw in
                do throws(ICSError) {
                    var offset = 0
                    repeat {
                        let n = min(size, raw.count - offset)
                        try body(UnsafeRawBufferPointer(rebasing: raw[offset..<offset + n]))
                        offset += n
                    } while offset < raw.count
                    return .success(())
                } catch { return .failure(error) }
            }
            try r.get()
        case .file(let f):
            var offset = 0
            while offset < f.count {
                let n = min(Self.chunkSize, f.count - offset)
                try body(UnsafeRawBufferPointer(start: f.base! + offset, count: n))
                f.release(offset, n)
                offset += n
            }
        }
    }

    /// A file that could not be opened or mapped.
    public struct Unreadable: Error {}
}

/// A read-only private mapping of a whole file, unmapped when the last copy goes.
final class MappedFile: @unchecked Sendable {
    let base: UnsafeRawPointer?
    let count: Int

    init(path: String) throws {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw ICSInput.Unreadable() }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw ICSInput.Unreadable() }
        count = Int(st.st_size)
        guard count > 0 else { base = nil; return }
        guard let p = mmap(nil, count, PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED else { throw ICSInput.Unreadable() }
        base = UnsafeRawPointer(p)
        madvise(p, count, MADV_SEQUENTIAL)
    }

    /// Drops the pages of a range already read from this process's memory (they are read
    /// from the file again if touched), so a 60 MB file does not count 60 MB of memory.
    func release(_ offset: Int, _ n: Int) {
        guard let base else { return }
        madvise(UnsafeMutableRawPointer(mutating: base + offset), n, MADV_DONTNEED)
    }

    deinit {
        if let base { munmap(UnsafeMutableRawPointer(mutating: base), count) }
    }
}
