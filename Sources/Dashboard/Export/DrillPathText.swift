import Analytics
import LedgerKit

/// The drill path as text, for `govlens export --drill`, an export's provenance and the
/// reproducing command line: steps from the top down, joined by `/`, each `KIND:ID`.
///
/// ```text
/// organisation:PW/organisation:PW-ST/category:5100/vendor:V0042/item:LI-000123
/// kpi:K-911-ANSWER
/// rule:split-purchase/finding:split-purchase:2/item:LI-000123
/// ```
///
/// `KIND` is a classification (`organisation`, `category`, `fund`, `function`, `region`,
/// with the node's code as `ID`), `vendor` (the vendor's id), `item` (the line item's id),
/// `kpi` (the KPI's id), `rule` (an audit rule's id, ``AuditRule/id``) or `finding` (a rule's
/// id, `:` and the finding's number, from 1, in the rule's findings). In an `ID`, `%`, `/`, whitespace and control or format
/// characters are written as `%XX` (UTF-8 bytes, upper-case hex), so every id round-trips
/// and the text is one shell word; a `:` inside an id needs no escape (the kind ends at
/// the first one).
public enum DrillPathText {
    /// Why a drill path could not be read; ``description`` names the step.
    public struct ParseError: Error, Hashable, Sendable, CustomStringConvertible {
        /// The step, as written.
        public let step: String
        /// What is wrong with it.
        public let reason: String

        public var description: String { "drill step '\(step)': \(reason)" }
    }

    /// The kinds of step that are not classification nodes.
    private static let vendorKind = "vendor"
    private static let itemKind = "item"
    private static let kpiKind = "kpi"
    private static let ruleKind = "rule"
    private static let findingKind = "finding"

    /// `steps` as text; empty for the top level.
    public static func text(of steps: [DrillStep], in ledger: Ledger) -> String {
        steps.map { step in
            switch step {
            case .node(let kind, let node): kind.rawValue + ":" + escaped(ledger.classification(kind).codes[Int(node)])
            case .vendor(let vendor): vendorKind + ":" + escaped(ledger.vendors.ids[Int(vendor)])
            case .lineItem(let row): itemKind + ":" + escaped(ledger.lineItems.ids[Int(row)])
            case .kpi(let index): kpiKind + ":" + escaped(ledger.kpis[index].id)
            case .auditRule(let rule): ruleKind + ":" + rule.id
            case .finding(let rule, let index): findingKind + ":" + rule.id + ":" + String(index + 1)
            }
        }.joined(separator: "/")
    }

    /// Reads a drill path written by ``text(of:in:)``; an empty string is the top level.
    ///
    /// A classification node must lie below the previous node of the same classification on
    /// the path (as drilling down in the dashboard reaches it).
    ///
    /// - Complexity: A line-item step searches the ids linearly, O(line items).
    /// - Throws: ``ParseError`` for the first step that names nothing in `ledger`.
    public static func parse(_ text: String, in ledger: Ledger) throws(ParseError) -> [DrillStep] {
        guard !text.isEmpty else { return [] }
        var steps: [DrillStep] = []
        for written in text.split(separator: "/", omittingEmptySubsequences: false).map(String.init) {
            guard let colon = written.firstIndex(of: ":") else {
                throw ParseError(step: written, reason: "expected KIND:ID, such as organisation:PW or item:LI-000123")
            }
            let kind = String(written[..<colon])
            guard let id = unescaped(String(written[written.index(after: colon)...])), !id.isEmpty else {
                throw ParseError(step: written, reason: "the id is empty or has a malformed %XX escape")
            }
            steps.append(try step(kind: kind, id: id, written: written, after: steps, in: ledger))
        }
        return steps
    }

    /// The step `kind:id` names.
    private static func step(kind: String, id: String, written: String, after path: [DrillStep], in ledger: Ledger) throws(ParseError) -> DrillStep {
        switch kind {
        case vendorKind:
            guard let index = ledger.vendors.ids.firstIndex(of: id) else { throw ParseError(step: written, reason: "no vendor with this id") }
            return .vendor(Int32(index))
        case itemKind:
            let ids = ledger.lineItems.ids
            guard let row = (0..<ids.count).first(where: { ids[$0] == id }) else {
                throw ParseError(step: written, reason: "no line item with this id")
            }
            return .lineItem(Int32(row))
        case kpiKind:
            guard let index = ledger.kpis.firstIndex(where: { $0.id == id }) else { throw ParseError(step: written, reason: "no KPI with this id") }
            return .kpi(index)
        case ruleKind:
            guard let rule = AuditRule.allCases.first(where: { $0.id == id }) else { throw ParseError(step: written, reason: "no audit rule with this id") }
            return .auditRule(rule)
        case findingKind:
            let parts = id.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, let rule = AuditRule.allCases.first(where: { $0.id == parts[0] }), let number = Int(parts[1]), number >= 1 else {
                throw ParseError(step: written, reason: "expected finding:RULE:NUMBER, such as finding:split-purchase:1")
            }
            return .finding(rule, number - 1)
        default:
            guard let classificationKind = ClassificationKind(rawValue: kind) else {
                let kinds = ClassificationKind.allCases.map(\.rawValue) + [vendorKind, itemKind, kpiKind, ruleKind, findingKind]
                throw ParseError(step: written, reason: "unknown kind '\(kind)'; expected one of \(kinds.joined(separator: ", "))")
            }
            let classification = ledger.classification(classificationKind)
            guard let node = classification.index(ofCode: id) else {
                throw ParseError(step: written, reason: "no \(kind) with this code")
            }
            if let outer = innermost(classificationKind, in: path), !isBelow(node, outer, in: classification) {
                throw ParseError(step: written, reason: "not below \(kind):\(escaped(classification.codes[Int(outer)])) on the path")
            }
            return .node(classificationKind, node)
        }
    }

    /// The innermost node of `kind` on `path`.
    private static func innermost(_ kind: ClassificationKind, in path: [DrillStep]) -> Int32? {
        for step in path.reversed() {
            if case .node(kind, let node) = step { return node }
        }
        return nil
    }

    /// Whether `node` is a strict descendant of `ancestor`.
    private static func isBelow(_ node: Int32, _ ancestor: Int32, in classification: Classification) -> Bool {
        var current = classification.parents[Int(node)]
        while current >= 0 {
            if current == ancestor { return true }
            current = classification.parents[Int(current)]
        }
        return false
    }

    /// `id` with `%`, `/`, the scalars of `extra`, whitespace, controls and format characters
    /// as `%XX` bytes.
    static func escaped(_ id: String, also extra: String = "") -> String {
        var result = ""
        for scalar in id.unicodeScalars {
            if scalar == "%" || scalar == "/" || extra.unicodeScalars.contains(scalar) || needsEscape(scalar) {
                for byte in String(scalar).utf8 {
                    result += "%" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 0xF, radix: 16, uppercase: true)
                }
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .surrogate, .unassigned: true
        default: scalar.properties.isNoncharacterCodePoint
        }
    }

    /// `text` with `%XX` escapes decoded, or `nil` when an escape is malformed or the bytes
    /// are not UTF-8.
    static func unescaped(_ text: String) -> String? {
        var bytes: [UInt8] = []
        var utf8 = text.utf8.makeIterator()
        while let byte = utf8.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = utf8.next().flatMap(hexValue), let low = utf8.next().flatMap(hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}
