import LedgerKit

/// Builds the vendor list of a blueprint and its ranked pools.
///
/// Names are combinations of word lists taken in a seeded random order, so that rank in a
/// pool (which decides how much business a vendor gets) is unrelated to alphabetical order.
struct VendorFactory {
    private(set) var vendors: [Vendor] = []
    private(set) var pools: [String: [Int]] = [:]
    private var random: SeededRandom
    private var usedNames: Set<String> = []
    private let idDigits: Int

    init(seed: UInt64, idDigits: Int = 4) {
        random = SeededRandom(seed: seed, stream: 0x7E4D)
        self.idDigits = idDigits
    }

    /// Adds vendors with exactly these names to `pool`, in rank order.
    mutating func add(_ names: [String], kind: VendorKind, pool: String) {
        for name in names { append(name, kind: kind, pool: pool) }
    }

    /// Adds `count` vendors named "<first><separator><second><suffix>" to `pool`; when the
    /// combinations run out, later rounds are numbered ("… 2").
    mutating func add(
        count: Int, kind: VendorKind, pool: String, first: [String], second: [String], suffixes: [String] = [""], separator: String = " "
    ) {
        let combinations = first.count * second.count
        var order = Array(0..<combinations)
        for index in stride(from: combinations - 1, to: 0, by: -1) {
            order.swapAt(index, random.below(index + 1))
        }
        var added = 0
        var attempt = 0
        while added < count {
            let combination = order[attempt % combinations]
            let round = attempt / combinations
            attempt += 1
            let base = first[combination / second.count] + separator + second[combination % second.count]
            let name = base + random.pick(suffixes) + (round > 0 ? " \(round + 1)" : "")
            guard !usedNames.contains(name) else { continue }
            append(name, kind: kind, pool: pool)
            added += 1
        }
    }

    /// Makes the first `count` vendors of pool `source` (in a shuffled order) members of `pool` too.
    mutating func share(from source: String, count: Int, into pool: String) {
        var members = pools[source, default: []]
        for index in stride(from: members.count - 1, to: 0, by: -1) {
            members.swapAt(index, random.below(index + 1))
        }
        pools[pool, default: []].append(contentsOf: members.prefix(count))
    }

    private mutating func append(_ name: String, kind: VendorKind, pool: String) {
        usedNames.insert(name)
        vendors.append(Vendor(id: "V" + JSONWriter.padded(vendors.count + 1, width: idDigits), name: name, kind: kind))
        pools[pool, default: []].append(vendors.count - 1)
    }
}
