import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A large synthetic ledger (`govlens-generate synthetic`), for what only a large ledger shows:
/// the loading screen, a long export.
///
/// Generating it takes a while, so it is made once and kept beside the built products, in a
/// folder named after the line-item count, seed and the generator's modification time: a
/// rebuilt generator makes a new one (and the old one is removed). It is written to a temporary name and renamed into place,
/// so a test never sees half a ledger.
enum SyntheticLedger {
    /// The line items of the ledger: a few hundred thousand, some seconds of loading in a debug build.
    static let lineItems = 300_000

    /// The ledger's folder, generated on first use.
    static func path() throws -> String {
        try generated.get()
    }

    private static let generated: Result<String, EndToEndError> = Result { try generate() }.mapError { error in
        error as? EndToEndError ?? EndToEndError("\(error)")
    }

    private static func generate() throws -> String {
        let products = URL(fileURLWithPath: GovLensProgram.binary).deletingLastPathComponent()
        let generator = products.appendingPathComponent("govlens-generate").path
        let built = try FileManager.default.attributesOfItem(atPath: generator)[.modificationDate] as? Date ?? Date()
        let folder = products.appendingPathComponent("e2e-synthetic-\(lineItems)-seed1-\(Int(built.timeIntervalSince1970))").path
        if FileManager.default.fileExists(atPath: folder + "/ledger.json") { return folder }
        for old in (try? FileManager.default.contentsOfDirectory(atPath: products.path)) ?? [] where old.hasPrefix("e2e-synthetic-") {
            try? FileManager.default.removeItem(atPath: products.appendingPathComponent(old).path)
        }
        let partial = folder + ".partial-\(getpid())"
        try? FileManager.default.removeItem(atPath: partial)
        let log = partial + ".log"
        defer { try? FileManager.default.removeItem(atPath: log) }
        let status = try ChildProcess.run([generator, "synthetic", "--line-items", "\(lineItems)", "--seed", "1", "-o", partial], output: log)
        guard status == 0 else {
            throw EndToEndError("govlens-generate synthetic failed (\(status)): \((try? String(contentsOfFile: log, encoding: .utf8)) ?? "")")
        }
        if rename(partial, folder) != 0 {
            try? FileManager.default.removeItem(atPath: partial)
            guard FileManager.default.fileExists(atPath: folder + "/ledger.json") else {
                throw EndToEndError("cannot move the synthetic ledger into \(folder): errno \(errno)")
            }
        }
        return folder
    }
}
