import TerminalCore

/// The command line of `govlens-dashboard-bench`.
struct KeypressOptions {
    /// A command-line mistake; a `nil` message asks for the usage (`--help`).
    struct UsageError: Error {
        let message: String?
        init(_ message: String?) { self.message = message }
    }

    var ledger = ""
    var size = Size(width: 80, height: 24)
    var presses = 200

    /// Parses `arguments` (without the program name).
    init(_ arguments: [String]) throws {
        var remaining = arguments[...]
        func value(_ option: String) throws -> String {
            guard let value = remaining.popFirst() else { throw UsageError("\(option) needs a value") }
            return value
        }
        while let argument = remaining.popFirst() {
            switch argument {
            case "--size":
                let text = try value(argument)
                let parts = text.split(separator: "x").compactMap { Int($0) }
                guard parts.count == 2, parts.allSatisfy({ $0 > 0 }) else { throw UsageError("--size expects WxH, got \(text)") }
                size = Size(width: parts[0], height: parts[1])
            case "--presses":
                let text = try value(argument)
                guard let number = Int(text), number > 0 else { throw UsageError("--presses expects a positive integer, got \(text)") }
                presses = number
            case "-h", "--help":
                throw UsageError(nil)
            default:
                guard !argument.hasPrefix("-"), ledger.isEmpty else { throw UsageError("unexpected argument \(argument)") }
                ledger = argument
            }
        }
        if ledger.isEmpty { throw UsageError("give a ledger folder") }
    }
}
