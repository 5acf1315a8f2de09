// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "GovLens",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "govlens", targets: ["govlens"]),
        .executable(name: "govlens-generate", targets: ["LedgerGenerator"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // Ledger format: parsing, validation, diagnostics, exact money, fiscal calendar.
        .target(name: "CPrefetch"),
        .target(name: "LedgerKit", dependencies: ["CPrefetch"]),
        // In-memory analytics over a loaded ledger.
        .target(name: "Analytics", dependencies: ["LedgerKit"]),
        // Cells, canvas, layout, display width, sanitising; no curses.
        .target(name: "TerminalCore"),
        // Widgets that render into a canvas.
        .target(name: "Widgets", dependencies: ["TerminalCore"]),
        // Screens, navigation state and key handling.
        .target(name: "Dashboard", dependencies: ["Analytics", "Widgets", "TerminalCore"]),
        // Canvas and view tables to text, Markdown, CSV, JSON with provenance (SHA-256 from swift-crypto); safe file writing.
        .target(
            name: "Snapshot",
            dependencies: ["LedgerKit", "Analytics", "Dashboard", "TerminalCore", .product(name: "Crypto", package: "swift-crypto")]
        ),
        // The only curses code.
        .systemLibrary(
            name: "CNCursesW",
            path: "Sources/CNCursesW",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "TerminalCurses", dependencies: ["CNCursesW", "TerminalCore"]),
        // Seeded, reproducible generator of the sample and benchmark ledgers (also the embedded demo).
        .target(name: "SampleLedgers", dependencies: ["LedgerKit"]),
        // CSV and Fiscal Data Package import into ledgers, driven by a column map (docs/import.md).
        .target(name: "LedgerImport", dependencies: ["LedgerKit"]),
        .executableTarget(
            name: "LedgerGenerator",
            dependencies: ["SampleLedgers", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "govlens",
            dependencies: [
                "LedgerKit", "LedgerImport", "Analytics", "TerminalCore", "Widgets", "Dashboard", "Snapshot", "TerminalCurses",
                "SampleLedgers",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Release-mode benchmark of loading and the query core (not a test): Benchmarks/README.md.
        .executableTarget(name: "govlens-bench", dependencies: ["LedgerKit", "Analytics"], path: "Benchmarks/AnalyticsBenchmark"),
        // Release-mode benchmark of a keypress (update + render into a canvas) on a large ledger.
        .executableTarget(
            name: "govlens-dashboard-bench",
            dependencies: ["LedgerKit", "Analytics", "Dashboard", "TerminalCore"],
            path: "Benchmarks/DashboardBenchmark"
        ),

        // libFuzzer targets (docs/fuzzing.md): what each one checks, and a driver that is libFuzzer's when
        // built with -DFUZZING and otherwise replays the files it is given.
        .target(name: "Fuzzing", dependencies: ["LedgerKit", "LedgerImport", "TerminalCore"], path: "Fuzz/Fuzzing"),
        .executableTarget(name: "fuzz-json", dependencies: ["Fuzzing"], path: "Fuzz/Targets/fuzz-json"),
        .executableTarget(name: "fuzz-ledger", dependencies: ["Fuzzing"], path: "Fuzz/Targets/fuzz-ledger"),
        .executableTarget(name: "fuzz-text", dependencies: ["Fuzzing"], path: "Fuzz/Targets/fuzz-text"),
        .executableTarget(name: "fuzz-csv", dependencies: ["Fuzzing"], path: "Fuzz/Targets/fuzz-csv"),

        .target(name: "TestSupport", dependencies: ["LedgerKit"], path: "Tests/TestSupport"),
        .testTarget(name: "LedgerKitTests", dependencies: ["LedgerKit", "TestSupport"], exclude: ["HostileCorpus"]),
        .testTarget(name: "AnalyticsTests", dependencies: ["Analytics", "TestSupport", "SampleLedgers"], exclude: ["Fixtures"]),
        .testTarget(name: "TerminalCoreTests", dependencies: ["TerminalCore", "TestSupport"]),
        .testTarget(name: "WidgetsTests", dependencies: ["Widgets", "TerminalCore"]),
        .testTarget(name: "DashboardTests", dependencies: ["Dashboard", "Widgets", "TerminalCore", "TestSupport"]),
        .testTarget(
            name: "SnapshotTests", dependencies: ["Snapshot", "Dashboard", "Analytics", "LedgerKit", "TerminalCore", "TestSupport"],
            exclude: ["Goldens"]
        ),
        .testTarget(name: "TerminalCursesTests", dependencies: ["TerminalCurses", "TerminalCore"]),
        .testTarget(name: "SampleLedgersTests", dependencies: ["SampleLedgers", "LedgerKit"]),
        .testTarget(name: "GovLensCLITests", dependencies: ["TestSupport"]),
        // The real govlens binary driven in tmux (skipped when tmux is missing).
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport"]),
        .testTarget(name: "LedgerImportTests", dependencies: ["LedgerImport", "LedgerKit"]),
        .testTarget(name: "FuzzingTests", dependencies: ["Fuzzing", "TerminalCore", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
