/// Codes or ids of one namespace (a classification, vendors, budget lines) with where each
/// was defined and first used, so references can be resolved after every file is read.
struct CodeTable: Sendable {
    /// What the codes are, for messages: "organisation code", "vendor id".
    let noun: String
    /// Where they are defined, for messages: "classifications.organisation".
    let definedIn: String
    var interner = ByteInterner()
    var definitions: [SourceLocation?] = []
    var firstUses: [(location: SourceLocation, path: String)?] = []
    var useCounts: [Int32] = []

    init(noun: String, definedIn: String) {
        self.noun = noun
        self.definedIn = definedIn
    }

    var count: Int { interner.count }

    /// Interns `bytes` as a reference; `needsFirstUse` asks the caller to `recordFirstUse` of it.
    @inline(__always)
    mutating func reference(_ bytes: UnsafeBufferPointer<UInt8>) -> (index: Int32, needsFirstUse: Bool) {
        let (index, inserted) = interner.intern(bytes)
        if inserted {
            definitions.append(nil)
            firstUses.append(nil)
            useCounts.append(1)
            return (index, true)
        }
        useCounts[Int(index)] &+= 1
        return (index, firstUses[Int(index)] == nil)
    }

    /// Records where code `index` was first used, for the error if it is never defined.
    mutating func recordFirstUse(_ index: Int32, at location: SourceLocation, path: String) {
        firstUses[Int(index)] = (location, path)
    }

    /// Interns `bytes` as a definition at `location`; returns the earlier definition when it is a duplicate.
    mutating func define(_ bytes: UnsafeBufferPointer<UInt8>, at location: SourceLocation) -> (index: Int32, previous: SourceLocation?) {
        let (index, inserted) = interner.intern(bytes)
        if inserted {
            definitions.append(location)
            firstUses.append(nil)
            useCounts.append(0)
            return (index, nil)
        }
        if let previous = definitions[Int(index)] { return (index, previous) }
        definitions[Int(index)] = location
        return (index, nil)
    }

    /// Adds the codes of `other`, a table a chunk parser filled with references only, in its order, as
    /// if they had been read here: uses are counted and first uses kept. Returns the index here of each.
    mutating func absorb(_ other: CodeTable, shift: (SourceLocation) -> SourceLocation) -> [Int32] {
        var map: [Int32] = []
        map.reserveCapacity(other.count)
        for local in 0..<other.count {
            let (index, inserted) = other.interner.withEntry(Int32(local)) { interner.intern($0) }
            let firstUse = other.firstUses[local].map { (shift($0.location), $0.path) }
            if inserted {
                definitions.append(nil)
                firstUses.append(firstUse)
                useCounts.append(other.useCounts[local])
            } else {
                useCounts[Int(index)] &+= other.useCounts[local]
                if firstUses[Int(index)] == nil { firstUses[Int(index)] = firstUse }
            }
            map.append(index)
        }
        return map
    }

    static func article(_ noun: String) -> String {
        "aeiou".contains(noun.first ?? "x") ? "an" : "a"
    }

    /// Reports one error per code that is used but never defined.
    func reportUndefined(into log: inout DiagnosticLog) {
        for index in 0..<count where definitions[index] == nil {
            guard let use = firstUses[index] else { continue }
            let uses = useCounts[index]
            let also = uses > 1 ? " (used \(uses) times)" : ""
            log.error(
                at: use.location, path: use.path,
                "expected \(Self.article(noun)) \(noun) defined in \(definedIn), found '\(interner.string(at: Int32(index)))'\(also)")
        }
    }
}
