import LedgerKit

/// The JSON tokenizer's fuzz target: the loader's scanner reads any bytes as one JSON value.
public enum JSONFuzzTarget {
    /// Scans `bytes`; traps when the scanner crashes or reports a position outside the input, and
    /// when the same text with whitespace around it is judged differently.
    public static let check: FuzzCheck = { bytes in
        let verdict = JSONSyntaxCheck.firstError(in: bytes)
        let padded = [0x20] + Array(bytes) + [0x0A]
        let paddedVerdict = padded.withUnsafeBufferPointer { JSONSyntaxCheck.firstError(in: $0) }
        precondition((verdict == nil) == (paddedVerdict == nil), "whitespace around a value changed the verdict")
    }
}
