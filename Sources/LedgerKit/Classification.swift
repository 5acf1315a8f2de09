/// The classifications a ledger can carry; each is a hierarchy of coded nodes.
public enum ClassificationKind: String, CaseIterable, Sendable, Hashable {
    /// Government > agency/department > program/project.
    case organisation
    /// Economic category (object class): personnel, contractual services, grants, capital …
    case category
    /// Fund: general fund, special revenue, capital projects …
    case fund
    /// Function, typically COFOG.
    case function
    /// Region or location.
    case region
}

/// One classification hierarchy as parallel arrays indexed by node: code, name, parent.
///
/// Node indices are the codes' dense `Int32` handles used in budget lines and line-item columns.
public struct Classification: Sendable {
    /// Which classification this is.
    public let kind: ClassificationKind
    /// Node codes, unique within the classification.
    public internal(set) var codes: [String]
    /// Node names.
    public internal(set) var names: [String]
    /// Parent node index, or -1 for a root.
    public internal(set) var parents: [Int32]
    /// Optional descriptions.
    public internal(set) var descriptions: [String?]

    /// Creates an empty classification.
    public init(kind: ClassificationKind) {
        self.kind = kind
        codes = []
        names = []
        parents = []
        descriptions = []
    }

    /// The number of nodes.
    public var count: Int { codes.count }

    /// Whether the classification has no nodes.
    public var isEmpty: Bool { codes.isEmpty }

    /// Indices of the root nodes (no parent).
    public var roots: [Int32] { (0..<Int32(count)).filter { parents[Int($0)] < 0 } }

    /// Depth of node `index`: 0 for a root.
    public func depth(of index: Int32) -> Int {
        var depth = 0
        var node = parents[Int(index)]
        while node >= 0 {
            depth += 1
            node = parents[Int(node)]
        }
        return depth
    }

    /// The index of the node with `code`, if any. Linear; build a dictionary for repeated lookups.
    public func index(ofCode code: String) -> Int32? {
        codes.firstIndex(of: code).map { Int32($0) }
    }
}

/// What kind of party a vendor is.
public enum VendorKind: String, CaseIterable, Sendable {
    case business, individual, government
    case nonProfit = "non-profit"
}

/// The vendors (payees) of a ledger, as parallel arrays indexed by the vendor's `Int32` handle.
public struct VendorTable: Sendable {
    /// Vendor ids as published.
    public internal(set) var ids: [String] = []
    /// Vendor names.
    public internal(set) var names: [String] = []
    /// Vendor kinds.
    public internal(set) var kinds: [VendorKind] = []

    /// The number of vendors.
    public var count: Int { ids.count }
}
