// govlens-bench: load a ledger folder, report load time and memory per line item, then the
// median and p99 latency of every named query (QueryCatalog), as Markdown and optionally JSON.
// Build it in release mode; see Benchmarks/README.md.
import Foundation
import LedgerKit

MallocTuning.useOneArena()

let options: BenchmarkOptions
do {
    options = try BenchmarkOptions(Array(CommandLine.arguments.dropFirst()))
} catch {
    if let message = error.message { FileHandle.standardError.write(Data("govlens-bench: \(message)\n".utf8)) }
    print(BenchmarkOptions.usage)
    exit(error.message == nil ? 0 : 2)
}

do {
    let report = try BenchmarkRunner.run(options)
    print(report.markdown, terminator: "")
    if let path = options.json {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try encoder.encode(report).write(to: URL(fileURLWithPath: path))
    }
} catch {
    FileHandle.standardError.write(Data("govlens-bench: \(error)\n".utf8))
    exit(1)
}
