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
