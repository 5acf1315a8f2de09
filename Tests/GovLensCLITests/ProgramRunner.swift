import Foundation

/// Runs the built `govlens` binary as a user would, capturing its output and exit status.
struct ProgramRunner {
    /// What a run printed and how it ended.
    struct Result {
        let status: Int32
        let output: String
        let bytes: [UInt8]
    }

    /// The folder of the built products (the test bundle lives beside the executables).
    static let productsFolder: URL = {
        if let override = ProcessInfo.processInfo.environment["GOVLENS_PRODUCTS"] {
            return URL(fileURLWithPath: override)
        }
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.isExecutableFile(atPath: url.appendingPathComponent("govlens").path) { return url }
        }
        return URL(fileURLWithPath: ".build/debug")
    }()

    /// The repository root, where `sample-data/` and `docs/` are.
    static let repositoryRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// Runs `govlens arguments…` in `directory` with `environment` added, stdout and stderr together.
    static func run(_ arguments: [String], in directory: URL = repositoryRoot, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = productsFolder.appendingPathComponent("govlens")
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("govlens-cli-\(UUID().uuidString).out")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        let bytes = Array(try Data(contentsOf: output))
        return Result(status: process.terminationStatus, output: String(decoding: bytes, as: UTF8.self), bytes: bytes)
    }
}
