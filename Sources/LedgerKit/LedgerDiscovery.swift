import Foundation

/// A path the user gave that cannot be used as a ledger.
public struct LedgerInputError: Error, Sendable, CustomStringConvertible {
    /// The path as given.
    public let path: String
    /// What is wrong with it.
    public let reason: String

    /// `PATH: error: reason`.
    public var description: String { "\(path): error: \(reason)" }
}

/// Finds the ledgers under the paths a user names.
///
/// A file is a one-file ledger. A folder holding `ledger.json` is a ledger root: every `.json`
/// and `.jsonl` file below it belongs to it, except under subfolders that are roots themselves.
/// Any other folder is searched for roots, so `sample-data/` yields one ledger per subfolder.
/// Hidden files and folders are skipped; files are taken in path order.
public enum LedgerDiscovery {
    /// The name of a ledger's root file.
    public static let rootFileName = "ledger.json"

    /// The ledgers under `paths`, in the order given (folders: in path order).
    public static func discover(_ paths: [String]) throws(LedgerInputError) -> [LedgerSource] {
        var sources: [LedgerSource] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw LedgerInputError(path: path, reason: "no such file or folder")
            }
            if !isDirectory.boolValue {
                if path.hasSuffix(".jsonl") {
                    throw LedgerInputError(path: path, reason: "a .jsonl file holds only line items; give the ledger's folder or its \(rootFileName)")
                }
                sources.append(LedgerSource(name: path, files: [.init(path: path, format: .json)]))
                continue
            }
            let found = try ledgers(in: path)
            if found.isEmpty {
                throw LedgerInputError(path: path, reason: "no ledger found: a ledger folder holds a \(rootFileName)")
            }
            sources += found
        }
        return sources
    }

    private static func ledgers(in folder: String) throws(LedgerInputError) -> [LedgerSource] {
        let entries = try listing(folder)
        if entries.files.contains(rootFileName) {
            var files: [LedgerSource.File] = []
            var nested: [LedgerSource] = []
            try collect(folder, entries, into: &files, nested: &nested)
            let root = join(folder, rootFileName)
            files.sort { ($0.path != root ? 1 : 0, $0.path) < ($1.path != root ? 1 : 0, $1.path) }
            return [LedgerSource(name: folder, files: files)] + nested
        }
        var found: [LedgerSource] = []
        for subfolder in entries.folders { found += try ledgers(in: join(folder, subfolder)) }
        return found
    }

    private static func collect(
        _ folder: String, _ entries: (files: [String], folders: [String]),
        into files: inout [LedgerSource.File], nested: inout [LedgerSource]
    ) throws(LedgerInputError) {
        for name in entries.files where name.hasSuffix(".json") || name.hasSuffix(".jsonl") {
            files.append(.init(path: join(folder, name), format: LedgerSource.File.format(ofName: name)))
        }
        for subfolder in entries.folders {
            let path = join(folder, subfolder)
            let subentries = try listing(path)
            if subentries.files.contains(rootFileName) {
                nested += try ledgers(in: path)
            } else {
                try collect(path, subentries, into: &files, nested: &nested)
            }
        }
    }

    /// Visible regular files and folders of `folder`, sorted; symbolic links to folders are not followed.
    private static func listing(_ folder: String) throws(LedgerInputError) -> (files: [String], folders: [String]) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            throw LedgerInputError(path: folder, reason: "cannot list the folder (\((error as NSError).localizedDescription))")
        }
        var files: [String] = []
        var folders: [String] = []
        for name in names where !name.hasPrefix(".") {
            let path = join(folder, name)
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                let type = attributes[.type] as? FileAttributeType
            else { continue }
            if type == .typeDirectory {
                folders.append(name)
            } else if type == .typeRegular {
                files.append(name)
            } else if type == .typeSymbolicLink {
                // A link to a file is read as if the file were here (a broken link then fails to open);
                // a link to a folder is not followed.
                var isDirectory: ObjCBool = false
                if !(FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue) { files.append(name) }
            }
        }
        return (files, folders)
    }

    private static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
