@testable import LedgerKit
import Testing

extension ByteInterner {
    mutating func intern(_ text: String) -> (index: Int32, inserted: Bool) {
        Array(text.utf8).withUnsafeBufferPointer { intern($0) }
    }

    func find(_ text: String) -> Int32? {
        Array(text.utf8).withUnsafeBufferPointer { find($0) }
    }
}

private func hash(_ text: String) -> UInt32 {
    Array(text.utf8).withUnsafeBufferPointer { ByteInterner.hash($0) }
}

@Suite("ByteInterner")
struct ByteInternerTests {
    @Test("dense indices in order of first appearance; a repeat finds the first")
    func dense() {
        var interner = ByteInterner()
        #expect(interner.intern("PW") == (0, true))
        #expect(interner.intern("PW-STR") == (1, true))
        #expect(interner.intern("PW") == (0, false))
        #expect(interner.intern("") == (2, true))
        #expect(interner.intern("") == (2, false))
        #expect(interner.intern("道路") == (3, true))
        #expect(interner.count == 4)
        #expect(interner.allStrings() == ["PW", "PW-STR", "", "道路"])
        #expect(interner.string(at: 1) == "PW-STR")
        #expect(interner.find("PW-STR") == 1)
        #expect(interner.find("") == 2)
        #expect(interner.find("pw") == nil)
        #expect(interner.find("PW-ST") == nil)
    }

    @Test("equal 32-bit hashes are told apart by their bytes")
    func hashCollision() {
        // Found by search: two short ids whose hashes collide.
        #expect(hash("LI-76632") == hash("LI-100929"))
        var interner = ByteInterner(capacity: 4)
        #expect(interner.intern("LI-76632") == (0, true))
        #expect(interner.find("LI-100929") == nil)
        #expect(interner.intern("LI-100929") == (1, true))
        #expect(interner.intern("LI-76632") == (0, false))
        #expect(interner.intern("LI-100929") == (1, false))
        #expect(interner.find("LI-100929") == 1)
    }

    @Test("growth from a small table keeps every entry", arguments: [1, 16, 1 << 16])
    func growth(capacity: Int) {
        var interner = ByteInterner(capacity: capacity)
        let count = 100_000
        for index in 0..<count {
            guard interner.intern("V-\(index)") == (Int32(index), true) else {
                Issue.record("entry \(index) not inserted at its index")
                return
            }
        }
        #expect(interner.count == count)
        for index in stride(from: 0, to: count, by: 7) {
            guard interner.find("V-\(index)") == Int32(index), interner.intern("V-\(index)") == (Int32(index), false) else {
                Issue.record("entry \(index) lost")
                return
            }
        }
        #expect(interner.find("V-\(count)") == nil)
        #expect(interner.string(at: Int32(count - 1)) == "V-\(count - 1)")
        #expect(interner.arena.count == interner.allStrings().reduce(0) { $0 + $1.utf8.count })
    }
}
