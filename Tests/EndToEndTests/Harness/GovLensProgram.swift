import Foundation

/// Where the built `govlens` binary and the repository's sample data are.
enum GovLensProgram {
    /// The built `govlens` executable: beside the test bundle (SwiftPM builds the products into
    /// the same folder), or in the folder `GOVLENS_PRODUCTS` names.
    static let binary: String = {
        if let override = ProcessInfo.processInfo.environment["GOVLENS_PRODUCTS"] {
            return URL(fileURLWithPath: override).appendingPathComponent("govlens").path
        }
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        while url.path != "/" {
            url.deleteLastPathComponent()
            let candidate = url.appendingPathComponent("govlens").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return URL(fileURLWithPath: ".build/debug/govlens").path
    }()

    /// The repository root, where `sample-data/` is; the program runs there.
    static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// Why the end-to-end tests cannot run here, or `nil` when they can.
    static var missingTool: String? {
        ChildProcess.isInstalled("tmux") ? nil : "tmux is not installed (apt-get install tmux); the end-to-end tests need it"
    }
}
