extension LedgerParser {
    static let nodeFields = FieldNames(["code", "name", "parent", "description"])
    static let vendorFields = FieldNames(["id", "name", "kind"])

    /// Reads the `classifications` section: an object of node arrays keyed by classification.
    mutating func parseClassifications() throws(JSONSyntaxError) {
        guard try beginRecord("an object of classifications", { "$.classifications" }) else { return }
        var keys = KeysSeen()
        var first = true
        while let key = try scanner.nextKey(first: &first) {
            let keyMark = scanner.keyMark
            let name = scanner.string(of: key)
            let prefix = "$.classifications.\(name)"
            guard keys.insert(field: nil, name: { name }) else {
                try repeatedKey(keyMark, prefix)
                continue
            }
            guard let kind = ClassificationKind(rawValue: name) else {
                let names = ClassificationKind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
                try scanner.skipValue()
                error(keyMark, prefix, "expected one of \(names), found '\(Self.excerpt(name))'")
                continue
            }
            try parseArray(prefix) { parser, path throws(JSONSyntaxError) in try parser.parseNode(kind, prefix: path) }
        }
    }

    /// Reads an array, calling `element` for each element with its JSON path.
    mutating func parseArray(
        _ prefix: String, _ element: (inout LedgerParser, _ path: () -> String) throws(JSONSyntaxError) -> Void
    ) throws(JSONSyntaxError) {
        guard scanner.peekKind() == .array else {
            try wrongType("an array", { prefix })
            return
        }
        try scanner.beginArray()
        var index = 0
        var first = true
        while try scanner.nextElement(first: &first) {
            let current = index
            elementIndex = current
            try element(&self, { "\(prefix)[\(current)]" })
            index += 1
        }
    }

    private mutating func parseNode(_ kind: ClassificationKind, prefix: () -> String) throws(JSONSyntaxError) {
        let start = scanner.mark
        guard try beginRecord("a classification node (an object)", prefix) else { return }
        let table = Self.tableIndex(kind)
        var code: (mark: JSONMark, index: Int32)?
        var name: String?
        var parent: Int32 = -1
        var parentMark: JSONMark?
        var description: String?
        var present = Set<Int>()
        var keys = KeysSeen()
        var first = true
        while let member = try nextMember(Self.nodeFields, &keys, first: &first, prefix: prefix) {
            let field = member.field
            func path() -> String { "\(prefix()).\(member.name)" }
            present.insert(field)
            switch field {
            case 0:
                let mark = scanner.mark
                guard let token = try readText(path) else { continue }
                let (index, previous) = classificationTables[table].define(scanner.bytes(of: token), at: location(mark))
                if let previous {
                    duplicate("\(kind.rawValue) code", scanner.string(of: token), mark, path(), previous)
                } else {
                    code = (mark, index)
                }
            case 1: name = try readString(path)
            case 2:
                parentMark = scanner.mark
                if scanner.peekKind() == .null {
                    try scanner.readNull()
                } else {
                    parent = try readCode(kind, path) ?? -1
                }
            default: description = try readString(path, allowEmpty: true)
            }
        }
        guard let code, let name else {
            requireKeys([("code", present.contains(0)), ("name", present.contains(1))], start, prefix())
            return
        }
        while classificationNodes[table].count <= Int(code.index) { classificationNodes[table].append(nil) }
        classificationNodes[table][Int(code.index)] = NodeDefinition(
            name: name, parent: parent, description: description, parentLocation: location(parentMark ?? code.mark),
            path: prefix())
    }

    /// Reads the `vendors` section.
    mutating func parseVendors() throws(JSONSyntaxError) {
        try parseArray("$.vendors") { parser, path throws(JSONSyntaxError) in _ = try parser.parseVendorObject(prefix: path) }
    }

    /// Reads a line item's `vendor`: an id, or an inline vendor object.
    mutating func readVendorField(_ path: () -> String) throws(JSONSyntaxError) -> Int32? {
        if scanner.peekKind() == .object { return try parseVendorObject(prefix: path, inline: true) }
        return try readReference(.vendor, path)
    }

    /// Reads a vendor object and defines it; an inline vendor may repeat an identical definition.
    private mutating func parseVendorObject(prefix: () -> String, inline: Bool = false) throws(JSONSyntaxError) -> Int32? {
        let start = scanner.mark
        guard try beginRecord("a vendor (an object)", prefix) else { return nil }
        var id: (mark: JSONMark, bytes: [UInt8])?
        var name: String?
        var kind: VendorKind?
        var present = Set<Int>()
        var keys = KeysSeen()
        var first = true
        while let member = try nextMember(Self.vendorFields, &keys, first: &first, prefix: prefix) {
            let field = member.field
            func path() -> String { "\(prefix()).\(member.name)" }
            present.insert(field)
            switch field {
            case 0:
                let mark = scanner.mark
                if let token = try readText(path) { id = (mark, Array(scanner.bytes(of: token))) }
            case 1: name = try readString(path)
            default: kind = try readEnum(VendorKind.self, path)
            }
        }
        guard let id, let name, let kind else {
            requireKeys([("id", present.contains(0)), ("name", present.contains(1)), ("kind", present.contains(2))], start, prefix())
            return nil
        }
        if inline, deferredVendorDefinitions != nil {
            // A chunk parser: the definition is checked against earlier chunks on merging, in order.
            let definition = VendorDefinition(id: id.bytes, name: name, kind: kind, location: location(id.mark), path: "\(prefix()).id")
            let (index, needsFirstUse) = id.bytes.withUnsafeBufferPointer { vendorTable.reference($0) }
            if needsFirstUse { vendorTable.recordFirstUse(index, at: definition.location, path: definition.path) }
            deferredVendorDefinitions?.append(definition)
            return index
        }
        return defineVendor(VendorDefinition(id: id.bytes, name: name, kind: kind, location: location(id.mark), path: "\(prefix()).id"), inline: inline)
    }

    /// A vendor definition as read, kept by chunk parsers until it can be checked in reading order.
    struct VendorDefinition {
        let id: [UInt8]
        let name: String
        let kind: VendorKind
        let location: SourceLocation
        let path: String
    }

    /// Defines a vendor, or checks a repeated definition: an inline vendor may repeat an identical
    /// definition, and a `vendors` entry an identical inline one (it may come first in reading order).
    mutating func defineVendor(_ definition: VendorDefinition, inline: Bool) -> Int32 {
        let (index, previous) = definition.id.withUnsafeBufferPointer { vendorTable.define($0, at: definition.location) }
        while vendorDefinitions.count <= Int(index) { vendorDefinitions.append(nil) }
        guard let previous else {
            vendorDefinitions[Int(index)] = (definition.name, definition.kind, inline)
            return index
        }
        let idText = Self.excerpt(String(decoding: definition.id, as: UTF8.self))
        let existing = vendorDefinitions[Int(index)]
        // Identical means byte for byte: no Unicode normalisation (Swift's == would treat "é" and "e\u{301}" as equal).
        if inline || existing?.inline == true {
            if let existing, existing.name.utf8.elementsEqual(definition.name.utf8), existing.kind == definition.kind { return index }
            log.error(at: definition.location, path: definition.path,
                "expected vendor '\(idText)' to have the same name and kind as where it is first defined, found a different one",
                notes: [Diagnostic(.note, at: previous, "vendor '\(idText)' first defined here")])
        } else {
            log.error(at: definition.location, path: definition.path, "expected a unique vendor id, found '\(idText)' again",
                notes: [Diagnostic(.note, at: previous, "'\(idText)' first defined here")])
        }
        return index
    }

    /// Reports a duplicate definition with a note at the first.
    mutating func duplicate(_ noun: String, _ value: String, _ mark: JSONMark, _ path: String, _ previous: SourceLocation) {
        error(mark, path, "expected a unique \(noun), found '\(Self.excerpt(value))' again",
            notes: [Diagnostic(.note, at: previous, "'\(Self.excerpt(value))' first defined here")])
    }

    /// Reports the keys among `keys` that are not present.
    mutating func requireKeys(_ keys: [(name: String, present: Bool)], _ mark: JSONMark, _ path: String) {
        let missing = keys.filter { !$0.present }.map { "'\($0.name)'" }
        guard !missing.isEmpty else { return }
        error(mark, path, "expected the required key\(missing.count > 1 ? "s" : "") \(missing.joined(separator: ", ")), found none")
    }
}
