import Dashboard
import Foundation
import LedgerKit
import Snapshot

/// Makes and writes one export: shared by `govlens export` and the dashboard's `e`.
enum ExportRun {
    /// Why an export was not written.
    enum Failure: Error, CustomStringConvertible {
        /// The export cannot be made as asked (a snapshot as CSV).
        case document(ExportDocumentError)
        /// The ledger's files could not be read again for their SHA-256, or changed.
        case digest(InputFileDigest.Failure)
        /// The file could not be written.
        case file(FileWriteError)

        var description: String {
            switch self {
            case .document(let error): error.description
            case .digest(let failure): failure.description
            case .file(let error): error.description
            }
        }

        /// The exit status: 1 for an existing file not replaced, 2 otherwise.
        var exitStatus: Int32 {
            if case .file(.exists) = self { return 1 }
            return 2
        }
    }

    /// The export of `content` for `state`, stamped with the digests of `source`'s files.
    static func document(_ content: ExportContent, state: AppState, source: LedgerSource) throws(Failure) -> ExportDocument {
        let files: [InputFileDigest]
        do {
            files = try InputFileDigest.digests(of: source, loadedAs: state.store.ledger)
        } catch {
            throw .digest(error)
        }
        do {
            return try ExportDocument(content: content, state: state, files: files, toolVersion: GovLensVersion.current, time: state.exportContext.time)
        } catch {
            throw .document(error)
        }
    }

    /// Writes `document` to `path` (a CSV's sidecar beside it); returns the paths written.
    static func write(_ document: ExportDocument, to path: String, overwrite: Bool) throws(Failure) -> [String] {
        do {
            return try ExportWriter().write(document, to: path, overwrite: overwrite)
        } catch {
            throw .file(error)
        }
    }
}
