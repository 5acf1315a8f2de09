import Foundation

/// A fresh directory under the system's temporary directory, removed with its contents
/// when the value is released.
final class ScratchDirectory {
    /// Absolute path, without a trailing slash.
    let path: String

    init() throws {
        var template = Array("\(FileManager.default.temporaryDirectory.path)/govlens-snapshot-XXXXXX".utf8CString)
        guard let created = mkdtemp(&template) else { throw CocoaError(.fileWriteUnknown) }
        path = String(cString: created)
    }

    deinit {
        chmod(path, 0o755)
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The absolute path of `name` inside the directory.
    func path(_ name: String) -> String {
        path + "/" + name
    }

    /// The names in the directory, hidden ones included, sorted.
    func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    }

    /// The bytes of file `name`.
    func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path(name))))
    }

    /// The text of file `name`, decoded as UTF-8.
    func text(_ name: String) throws -> String {
        String(decoding: try bytes(name), as: UTF8.self)
    }
}
