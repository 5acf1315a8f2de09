import LedgerKit

/// A classification hierarchy laid out for queries: nodes in depth-first order, so that a
/// node's subtree is a contiguous range of ranks, plus depths, children and ancestors.
///
/// Filtering by "this agency and everything under it" becomes a range test on a rank, or a
/// lookup in a per-node mask; never a string match.
public struct HierarchyIndex: Sendable {
    /// The classification this indexes.
    public let classification: Classification
    /// Node indices in depth-first preorder, children ordered by code.
    public let preorder: [Int32]
    /// The preorder position of each node.
    public let rank: [Int32]
    /// For each rank, one past the last rank of its subtree.
    public let subtreeEnd: [Int32]
    /// Depth of each node: 0 for a root.
    public let depth: [UInt8]
    /// Children of each node, ordered by code.
    public let children: [[Int32]]
    /// Root nodes, ordered by code.
    public let roots: [Int32]

    /// Indexes `classification`. Parents must form a forest (the loader guarantees it).
    ///
    /// - Complexity: O(n log n) in the number of nodes.
    public init(_ classification: Classification) {
        self.classification = classification
        let count = classification.count
        var children = [[Int32]](repeating: [], count: count)
        var roots: [Int32] = []
        for node in 0..<Int32(count) {
            let parent = classification.parents[Int(node)]
            if parent >= 0 { children[Int(parent)].append(node) } else { roots.append(node) }
        }
        let byCode: (Int32, Int32) -> Bool = { classification.codes[Int($0)] < classification.codes[Int($1)] }
        for index in children.indices { children[index].sort(by: byCode) }
        roots.sort(by: byCode)

        var preorder: [Int32] = []
        preorder.reserveCapacity(count)
        var rank = [Int32](repeating: 0, count: count)
        var subtreeEnd = [Int32](repeating: 0, count: count)
        var depth = [UInt8](repeating: 0, count: count)
        var stack: [(node: Int32, childIndex: Int)] = []
        for root in roots {
            rank[Int(root)] = Int32(preorder.count)
            preorder.append(root)
            stack.append((root, 0))
            while let top = stack.last {
                let siblings = children[Int(top.node)]
                if top.childIndex < siblings.count {
                    stack[stack.count - 1].childIndex += 1
                    let child = siblings[top.childIndex]
                    rank[Int(child)] = Int32(preorder.count)
                    depth[Int(child)] = UInt8(clamping: stack.count)
                    preorder.append(child)
                    stack.append((child, 0))
                } else {
                    subtreeEnd[Int(rank[Int(top.node)])] = Int32(preorder.count)
                    stack.removeLast()
                }
            }
        }
        self.preorder = preorder
        self.rank = rank
        self.subtreeEnd = subtreeEnd
        self.depth = depth
        self.children = children
        self.roots = roots
    }

    /// The number of nodes.
    public var count: Int { preorder.count }

    /// Whether `node` is `ancestor` or lies below it.
    @inline(__always)
    public func isInSubtree(_ node: Int32, of ancestor: Int32) -> Bool {
        let start = rank[Int(ancestor)]
        let position = rank[Int(node)]
        return position >= start && position < subtreeEnd[Int(start)]
    }

    /// A per-node mask: `true` for `ancestor` and every node below it.
    ///
    /// - Complexity: O(n) in the number of nodes.
    public func subtreeMask(of ancestor: Int32) -> [Bool] {
        var mask = [Bool](repeating: false, count: count)
        let start = Int(rank[Int(ancestor)])
        for position in start..<Int(subtreeEnd[start]) { mask[Int(preorder[position])] = true }
        return mask
    }

    /// The nodes of `ancestor`'s subtree, itself first, in preorder.
    public func subtree(of ancestor: Int32) -> ArraySlice<Int32> {
        let start = Int(rank[Int(ancestor)])
        return preorder[start..<Int(subtreeEnd[start])]
    }

    /// The ancestor of `node` at depth `level` (0 = its root); `node` itself when it is not deeper.
    public func ancestor(of node: Int32, atDepth level: Int) -> Int32 {
        var current = node
        var currentDepth = Int(depth[Int(node)])
        while currentDepth > level {
            current = classification.parents[Int(current)]
            currentDepth -= 1
        }
        return current
    }

    /// The path from a root down to `node`, both included.
    public func path(to node: Int32) -> [Int32] {
        var path: [Int32] = []
        var current = node
        while current >= 0 {
            path.append(current)
            current = classification.parents[Int(current)]
        }
        return path.reversed()
    }

    /// The deepest depth present, or -1 for an empty hierarchy.
    public var maximumDepth: Int { Int(depth.max() ?? 0) - (count == 0 ? 1 : 0) }
}
