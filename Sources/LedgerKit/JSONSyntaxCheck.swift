/// Checks that bytes hold exactly one JSON value, with the loader's own scanner and limits (64 levels
/// of nesting, strings of at most 65,536 bytes): the entry point of the JSON fuzz target and its
/// regression tests, which reach the scanner through it.
package enum JSONSyntaxCheck {
    /// The first syntax error in `bytes` as `LINE:COLUMN: message`, or `nil` when they hold one valid value.
    ///
    /// Traps when the scanner reports a position outside the input: that is a scanner bug.
    package static func firstError(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var scanner = JSONScanner(bytes)
        do throws(JSONSyntaxError) {
            try scanner.skipValue()
            scanner.skipWhitespace()
            guard scanner.isAtEnd else { throw scanner.error("expected end of input, found \(scanner.describeNext())") }
            precondition(scanner.depth == 0, "a complete value leaves the scanner at depth 0")
            return nil
        } catch {
            let mark = error.mark
            precondition(mark.lineStart <= mark.offset && mark.offset <= bytes.count, "error position outside the input")
            precondition(mark.line >= 1 && mark.line <= 1 + bytes.lazy.filter { $0 == 0x0A }.count, "error line outside the input")
            return "\(mark.line):\(scanner.column(of: mark)): \(error.message)"
        }
    }
}
