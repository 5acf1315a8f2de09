import Crypto
import Foundation
import LedgerKit

/// One input file of a ledger as an export's provenance records it: path, size and SHA-256.
public struct InputFileDigest: Hashable, Sendable {
    /// The path as the ledger was loaded from it.
    public let path: String
    /// The size in bytes.
    public let byteCount: Int
    /// The SHA-256 of the bytes, 64 lower-case hexadecimal digits (as `sha256sum` prints it).
    public let sha256: String

    /// A record of a file's path, size and digest.
    public init(path: String, byteCount: Int, sha256: String) {
        self.path = path
        self.byteCount = byteCount
        self.sha256 = sha256
    }

    /// Why the input files could not be digested; ``description`` is the message for the user.
    public struct Failure: Error, Hashable, Sendable, CustomStringConvertible {
        /// The message, naming the file.
        public let description: String
    }

    /// The digests of `source`'s files, in `ledger`'s load order, read again now (files on
    /// disk) or taken from memory (the embedded demo).
    ///
    /// The ledger on screen was read earlier; a file whose size is no longer the size that
    /// was loaded has changed since, and its digest would not describe the data shown, so
    /// that is a failure rather than a wrong record.
    ///
    /// - Throws: ``Failure`` when a file cannot be read or has changed size.
    public static func digests(of source: LedgerSource, loadedAs ledger: Ledger) throws(Failure) -> [InputFileDigest] {
        let loaded = Dictionary(ledger.files.enumerated().map { ($1.path, (order: $0, size: $1.byteCount)) }, uniquingKeysWith: { first, _ in first })
        let files = source.files.enumerated().sorted { left, right in
            (loaded[left.element.path]?.order ?? .max, left.offset) < (loaded[right.element.path]?.order ?? .max, right.offset)
        }.map(\.element)
        var digests: [InputFileDigest] = []
        for file in files {
            let digest: InputFileDigest
            switch file.contents {
            case .memory(let bytes): digest = InputFileDigest(path: file.path, bytes: bytes)
            case .disk: digest = try digestOfFile(at: file.path)
            }
            if let size = loaded[file.path]?.size, size != digest.byteCount {
                throw Failure(description: "\(file.path) changed since it was loaded (\(size) bytes then, \(digest.byteCount) now); reopen the ledger to export it")
            }
            digests.append(digest)
        }
        return digests
    }

    /// The digest of `bytes`, recorded under `path`.
    init(path: String, bytes: [UInt8]) {
        self.init(path: path, byteCount: bytes.count, sha256: Self.hex(SHA256.hash(data: bytes)))
    }

    /// Reads the file at `path` in pieces of 1 MiB and digests it.
    private static func digestOfFile(at path: String) throws(Failure) -> InputFileDigest {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw Failure(description: "\(path): cannot read the file to record its SHA-256")
        }
        defer { try? handle.close() }
        var hasher = SHA256()
        var count = 0
        do {
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                hasher.update(data: chunk)
                count += chunk.count
            }
        } catch {
            throw Failure(description: "\(path): cannot read the file to record its SHA-256 (\(error.localizedDescription))")
        }
        return InputFileDigest(path: path, byteCount: count, sha256: hex(hasher.finalize()))
    }

    private static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { byte in (byte < 16 ? "0" : "") + String(byte, radix: 16) }.joined()
    }
}
