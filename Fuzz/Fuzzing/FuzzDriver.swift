#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a fuzz target checks: one function of an input's bytes that traps when it finds a bug.
public typealias FuzzCheck = @Sendable (UnsafeBufferPointer<UInt8>) -> Void

/// Runs a fuzz target's check under libFuzzer, or replays inputs through it.
///
/// Built with `-DFUZZING` (and `-sanitize=fuzzer`, docs/fuzzing.md), `run` hands control to
/// libFuzzer, which takes the command line (corpus folders, `-max_total_time=…`). In an ordinary
/// build, where libFuzzer is not linked, `run` replays the files and folders given as arguments, so a
/// crash input can be reproduced with a plain debug build: `swift run fuzz-ledger crash-1234`.
public enum FuzzDriver {
    /// The check libFuzzer calls (its callback is a C function, which cannot capture one).
    nonisolated(unsafe) private static var check: FuzzCheck?

    /// Runs `check` on inputs until libFuzzer stops, or on each file named on the command line; then exits.
    public static func run(_ check: @escaping FuzzCheck) -> Never {
        #if FUZZING
        Self.check = check
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            FuzzDriver.check?(UnsafeBufferPointer(start: data, count: size))
            return 0
        })
        #else
        var replayed = 0
        for path in CommandLine.arguments.dropFirst() {
            for file in InputFiles.list(path) {
                guard let bytes = InputFiles.read(file) else {
                    print("cannot read \(file)")
                    exit(2)
                }
                bytes.withUnsafeBufferPointer { check($0) }
                replayed += 1
            }
        }
        print("replayed \(replayed) inputs without a failure (an ordinary build: see docs/fuzzing.md to fuzz)")
        exit(0)
        #endif
    }
}

#if FUZZING
/// libFuzzer's entry point for programs that keep their own `main`.
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32
#endif
