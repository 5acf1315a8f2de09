/// Writes an ``ExportDocument`` with ``SafeFileWriter``: the file, and for CSV its
/// provenance sidecar `FILE.provenance.txt` beside it.
public struct ExportWriter: Sendable {
    /// The writer of each file.
    let writer: SafeFileWriter

    /// A writer that uses the file system.
    public init() {
        self.init(writer: SafeFileWriter())
    }

    /// A writer that writes each file with `writer`.
    init(writer: SafeFileWriter) {
        self.writer = writer
    }

    /// Writes `document` to `path` (and its sidecar beside it); returns the paths written.
    ///
    /// Without `overwrite`, neither file is written when either exists. When the sidecar
    /// cannot be written after the CSV was, a CSV this call created is removed again, so a
    /// CSV never appears without its provenance (a replaced one cannot be restored).
    ///
    /// - Throws: ``FileWriteError``.
    @discardableResult
    public func write(_ document: ExportDocument, to path: String, overwrite: Bool) throws(FileWriteError) -> [String] {
        guard let sidecar = document.sidecar else {
            try writer.writeText(document.contents, to: path, overwrite: overwrite)
            return [path]
        }
        let sidecarPath = ExportDocument.sidecarPath(for: path)
        if !overwrite {
            for existing in [path, sidecarPath] where writer.calls.exists(existing) {
                throw .exists(path: existing)
            }
        }
        try writer.writeText(document.contents, to: path, overwrite: overwrite)
        do throws(FileWriteError) {
            try writer.writeText(sidecar, to: sidecarPath, overwrite: overwrite)
        } catch {
            if !overwrite { _ = writer.calls.unlinkFile(path) }
            throw error
        }
        return [path, sidecarPath]
    }
}
