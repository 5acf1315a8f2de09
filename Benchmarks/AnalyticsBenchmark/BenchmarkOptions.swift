/// The command line of `govlens-bench`.
struct BenchmarkOptions {
    static let usage = """
        usage: govlens-bench LEDGER_FOLDER [--iterations N] [--warmup N] [--load-runs N] [--json PATH] [--only NAME]... [--audit-runs N]

          --iterations N   timed runs per query (default 50)
          --warmup N       untimed runs per query before timing (default 5)
          --load-runs N    times to load the ledger; the median is reported (default 1)
          --json PATH      also write the full results, including each query's result, as JSON
          --only NAME      run only queries whose name contains NAME (repeatable)
          --audit-runs N   also time the audit (every rule) N times after one warm-up (default 0: not run)
        """

    var ledger = ""
    var iterations = 50
    var warmup = 5
    var loadRuns = 1
    var json: String?
    var only: [String] = []
    var auditRuns = 0

    /// Parses `arguments` (without the program name); the error is a message for the user.
    init(_ arguments: [String]) throws(UsageError) {
        var remaining = arguments[...]
        func value(_ option: String) throws(UsageError) -> String {
            guard let value = remaining.popFirst() else { throw UsageError("\(option) needs a value") }
            return value
        }
        func count(_ option: String, minimum: Int) throws(UsageError) -> Int {
            let text = try value(option)
            guard let number = Int(text), number >= minimum else { throw UsageError("\(option) expects an integer ≥ \(minimum), got \(text)") }
            return number
        }
        while let argument = remaining.popFirst() {
            switch argument {
            case "--iterations": iterations = try count(argument, minimum: 1)
            case "--warmup": warmup = try count(argument, minimum: 0)
            case "--load-runs": loadRuns = try count(argument, minimum: 1)
            case "--json": json = try value(argument)
            case "--only": only.append(try value(argument))
            case "--audit-runs": auditRuns = try count(argument, minimum: 0)
            case "-h", "--help": throw UsageError(nil)
            default:
                guard !argument.hasPrefix("-"), ledger.isEmpty else { throw UsageError("unexpected argument \(argument)") }
                ledger = argument
            }
        }
        if ledger.isEmpty { throw UsageError("give a ledger folder") }
    }

    /// Whether the query named `name` is to run.
    func includes(_ name: String) -> Bool {
        only.isEmpty || only.contains { name.contains($0) }
    }
}

/// A command-line mistake; `nil` message for `--help`.
struct UsageError: Error {
    let message: String?
    init(_ message: String?) { self.message = message }
}
