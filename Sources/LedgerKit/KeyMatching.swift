/// Matches object keys against the field names a record accepts, without creating strings.
struct FieldNames {
    private let names: [[UInt8]]

    init(_ names: [String]) { self.names = names.map { Array($0.utf8) } }

    /// The index of the name equal to `bytes`, or `nil`.
    @inline(__always)
    func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        for (index, name) in names.enumerated() where name.count == bytes.count {
            let equal = name.withUnsafeBufferPointer { stored in
                for position in 0..<stored.count where stored[position] != bytes[position] { return false }
                return true
            }
            if equal { return index }
        }
        return nil
    }
}

/// The keys seen so far in one object, to report a key given twice.
struct KeysSeen {
    private var known: UInt64 = 0
    /// Unknown keys by their bytes: as `String`s, "café" and "cafe\u{301}" would count as one key.
    private var unknown: Set<[UInt8]> = []

    /// Records a key, known by its field index or else by its name; false when it was seen before.
    mutating func insert(field: Int?, name: () -> String) -> Bool {
        if let field {
            let bit: UInt64 = 1 << field
            defer { known |= bit }
            return known & bit == 0
        }
        return unknown.insert(Array(name().utf8)).inserted
    }
}
