import Foundation

/// The bytes of a calendar, handed out in chunks so that a large file is never held whole:
/// a file is read with `pread` a chunk at a time into one buffer (the parser keeps only the
/// line it is on); bytes already in memory (standard input, a sync download, a test) are one
/// chunk. An input can be read again (the import's rare second pass). A file is not mapped:
/// one cut short while it is read (another program rewriting it) would kill the process
/// with SIGBUS at the first page past its new end; read, it ends early and the import says
/// so (`ICSProblem.fileChanged`).
public struct ICSInput: Sendable {
    private enum Source: Sendable {
        case data(Data, chunk: Int)
        case file(OpenFile)
    }
    private let source: Source
    /// Bytes per chunk of a file.
    static let chunkSize = 1 << 20

    public init(data: Data) { source = .data(data, chunk: max(1, data.count)) }

    /// Bytes in memory handed out in chunks of `chunk` bytes (tests of chunk boundaries).
    init(data: Data, chunk: Int) { source = .data(data, chunk: max(1, chunk)) }

    /// Opens the file at `path`; throws `ICSInput.Unreadable` when it cannot be opened.
    public init(path: String) throws { source = .file(try OpenFile(path: path)) }

    /// The input's size in bytes.
    public var count: Int {
        switch source {
        case .data(let d, _): return d.count
        case .file(let f): return f.count
        }
    }

    /// Calls `body` with each chunk in order. When a file holds fewer bytes than it did when
    /// it was opened, the error `shortened` makes (the caller knows the line it is on) is
    /// thrown instead of reading on.
    func forEachChunk(shortened: () -> ICSError = { ICSError(line: 0, .fileChanged) },
                      _ body: (UnsafeRawBufferPointer) throws(ICSError) -> Void) throws(ICSError) {
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
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.chunkSize, alignment: 16)
            defer { buffer.deallocate() }
            var offset = 0
            while offset < f.count {
                let want = min(Self.chunkSize, f.count - offset)
                var got = 0
                while got < want {
                    let n = pread(f.fd, buffer.baseAddress! + got, want - got, off_t(offset + got))
                    if n > 0 { got += n } else if n < 0 && errno == EINTR { continue } else { break }
                }
                if got < want { throw shortened() }
                try body(UnsafeRawBufferPointer(rebasing: buffer[0..<want]))
                offset += want
            }
        }
    }

    /// A file that could not be opened.
    public struct Unreadable: Error {}
}

/// A file open for reading, with its size when it was opened; closed when the last copy goes.
final class OpenFile: @unchecked Sendable {
    let fd: Int32
    let count: Int

    init(path: String) throws {
        fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ICSInput.Unreadable() }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            close(fd)
            throw ICSInput.Unreadable()
        }
        count = Int(st.st_size)
        posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL)
    }

    deinit { close(fd) }
}
