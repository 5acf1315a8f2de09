import Foundation

/// Text with `{name}` placeholders, as in a map's `template`.
enum Template {
    /// The names of the placeholders in `template`, in order.
    static func placeholders(in template: String) -> [String] {
        var names: [String] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// `template` with each placeholder replaced by its value; `nil` when one has no value.
    static func expand(_ template: String, _ value: (String) -> String?) -> String? {
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            guard let text = value(String(rest[rest.index(after: open)..<close])) else { return nil }
            result += text
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}

/// A table's `files` pattern: which files it reads, and the named groups of their names.
struct FileNamePattern {
    private let expression: NSRegularExpression?

    /// Compiles `pattern`; `nil` matches every file. The map reader has checked that it compiles.
    init(_ pattern: String?) {
        expression = pattern.flatMap { try? NSRegularExpression(pattern: $0) }
    }

    /// The named groups of `name` when the pattern is found in it (an empty table without a
    /// pattern); `nil` when it is not found.
    func match(_ name: String) -> [String: String]? {
        guard let expression else { return [:] }
        let range = NSRange(name.startIndex..., in: name)
        guard let result = expression.firstMatch(in: name, range: range) else { return nil }
        var groups: [String: String] = [:]
        for group in Self.groupNames(in: expression.pattern) {
            let groupRange = result.range(withName: group)
            if groupRange.location != NSNotFound, let swiftRange = Range(groupRange, in: name) {
                groups[group] = String(name[swiftRange])
            }
        }
        return groups
    }

    /// The names of the named groups `(?<name>…)` of a regular expression.
    static func groupNames(in pattern: String) -> [String] {
        var names: [String] = []
        var rest = Substring(pattern)
        while let start = rest.range(of: "(?<") {
            let after = rest[start.upperBound...]
            let name = after.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            if after.dropFirst(name.count).first == ">", !name.isEmpty { names.append(String(name)) }
            rest = after
        }
        return names
    }
}
