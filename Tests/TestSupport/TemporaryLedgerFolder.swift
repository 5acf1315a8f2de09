import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fresh folder under the system's temporary directory, removed (with everything in it) when
/// the value is released. Tests write ledger files into it by relative path.
///
///     let folder = try TemporaryLedgerFolder()
///     try folder.write("ledger.json", LedgerDocument().text)
///     try folder.write("spending/2025-01.jsonl", lines.joined(separator: "\n"))
///     let sources = try LedgerDiscovery.discover([folder.path])
public final class TemporaryLedgerFolder: @unchecked Sendable {
    /// Absolute path of the folder, without a trailing slash.
    public let path: String

    /// Creates an empty folder named `govlens-<prefix>-XXXXXX`.
    public init(prefix: String = "test") throws {
        let base = FileManager.default.temporaryDirectory.path
        var template = Array("\(base)/govlens-\(prefix)-XXXXXX".utf8CString)
        guard let created = mkdtemp(&template) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: base])
        }
        path = String(cString: created)
    }

    deinit {
        // Give back any permission a test took away, so that the folder can be removed.
        chmod(path, 0o755)
        if let enumerator = FileManager.default.enumerator(atPath: path) {
            while let name = enumerator.nextObject() as? String { chmod(self.path(name), 0o755) }
        }
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The absolute path of `relative` inside the folder.
    public func path(_ relative: String) -> String {
        relative.isEmpty ? path : path + "/" + relative
    }

    /// Writes `text` (UTF-8) to `relative`, creating intermediate folders; returns the absolute path.
    @discardableResult
    public func write(_ relative: String, _ text: String) throws -> String {
        try write(relative, bytes: Array(text.utf8))
    }

    /// Writes raw bytes to `relative`, creating intermediate folders; returns the absolute path.
    @discardableResult
    public func write(_ relative: String, bytes: [UInt8]) throws -> String {
        let target = path(relative)
        let folder = (target as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: target))
        return target
    }

    /// Creates the folder `relative` (and its parents); returns the absolute path.
    @discardableResult
    public func makeFolder(_ relative: String) throws -> String {
        let target = path(relative)
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        return target
    }

    /// Sets the permission bits of `relative` (e.g. `0o000` for an unreadable file).
    public func setPermissions(_ relative: String, _ mode: mode_t) throws {
        guard chmod(path(relative), mode) == 0 else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path(relative)])
        }
    }

    /// Whether the process can ignore file permissions (runs as root), so `chmod 000` does not deny reading.
    public static var permissionsAreEnforced: Bool { geteuid() != 0 }
}

extension TemporaryLedgerFolder {
    /// Writes a valid folder ledger under `base` (the folder itself when empty), with files that are
    /// not part of it, and returns the relative paths of its ledger files as discovery orders them.
    ///
    /// The ledger: `ledger.json` (the standard `LedgerDocument`), `budget/fy2025.json` (budget line
    /// `BL-1`), `line-items/2025-01.jsonl` (`LI-1`, `LI-2`) and `line-items/2025-02.jsonl` (`LI-3`,
    /// charged to `BL-1`). Not part of it: `README.md`, `export.csv`, `DATA.JSON` (upper-case
    /// extension), `.hidden.json` and `.drafts/old.json` (hidden).
    @discardableResult
    public func writeStandardLedger(at base: String = "") throws -> [String] {
        let prefix = base.isEmpty ? "" : base + "/"
        func lines(_ items: [JSONObject]) -> String { items.map(\.text).joined(separator: "\n") + "\n" }
        try write(prefix + "ledger.json", LedgerDocument().text)
        try write(prefix + "budget/fy2025.json", LedgerDocument.part(budgetLines: [JSONObject.budgetLine().text]).text)
        try write(prefix + "line-items/2025-01.jsonl", lines([JSONObject.lineItem(id: "LI-1"), JSONObject.lineItem(id: "LI-2", date: "2025-01-31")]))
        try write(prefix + "line-items/2025-02.jsonl", lines([JSONObject.lineItem(id: "LI-3", date: "2025-02-03").with("budgetLine", "\"BL-1\"")]))
        try write(prefix + "README.md", "# not a ledger file\n")
        try write(prefix + "export.csv", "id,amount\n")
        try write(prefix + "DATA.JSON", "not read: the extension is not lower-case")
        try write(prefix + ".hidden.json", "not read: hidden")
        try write(prefix + ".drafts/old.json", "not read: in a hidden folder")
        return ["ledger.json", "budget/fy2025.json", "line-items/2025-01.jsonl", "line-items/2025-02.jsonl"].map { prefix + $0 }
    }

    /// The names in the folder, hidden ones included, sorted.
    public func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    }

    /// The bytes of the file at `relative`.
    public func bytes(_ relative: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path(relative))))
    }

    /// The text of the file at `relative`, decoded as UTF-8.
    public func text(_ relative: String) throws -> String {
        String(decoding: try bytes(relative), as: UTF8.self)
    }
}
