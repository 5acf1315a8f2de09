@testable import Analytics
import LedgerKit
import Testing
import TestSupport

/// The text index's parts on their own: the description dictionary (exact even when every
/// hash collides), the per-row Bloom filters (never hiding a match) and the byte search.
@Suite("Text index")
struct TextIndexTests {
    static let descriptions = ["Road works", "Audit fee", "Road works", "", "road works", "Audit fee", "Road works!", ""]

    static let ledger: Ledger = {
        var document = LedgerDocument()
        document.vendors = [JSONObject.vendor().text]
        document.lineItems = descriptions.enumerated().map { index, text in
            JSONObject.lineItem(id: "L\(index)", date: "2024-07-15", kind: "payment", amount: "\"1.00\"")
                .with("description", string: text).text
        }
        let load = LedgerFixture.load([("ledger.json", document.text)])
        precondition(load.isValid, "\(load.diagnostics.diagnostics)")
        return load.ledger
    }()

    @Test("rows with the same description share a code, others differ, with a real or a constant hash")
    func dictionary() {
        let column = Self.ledger.lineItems.descriptions
        for hash in [TextDictionary.hash, { _ in 7 }] as [(UnsafeBufferPointer<UInt8>) -> UInt64] {
            var codes = [UInt32](repeating: 0, count: column.count)
            let representatives = codes.withUnsafeMutableBufferPointer { TextDictionary.build(column, into: $0, hash: hash) }
            #expect(representatives.count == Set(Self.descriptions).count)
            for row in 0..<column.count {
                #expect(column[Int(representatives[Int(codes[row])])] == Self.descriptions[row])
                for other in 0..<column.count {
                    #expect((codes[row] == codes[other]) == (Self.descriptions[row] == Self.descriptions[other]))
                }
            }
        }
    }

    @Test("a text's Bloom filter has every bit of each needle it contains, in any ASCII case")
    func signatures() {
        let text = Array("INV-24-000235 Kōtsū-hi".utf8)
        let filter = text.withUnsafeBufferPointer(TextIndex.signature)
        for start in text.indices {
            for end in (start + 1)...text.count {
                let needle = String(decoding: text[start..<end], as: UTF8.self).lowercased()
                guard let search = TextSearch(needle), needle.utf8.elementsEqual(text[start..<end].map(TextSearch.fold)) else { continue }
                #expect(TextIndex.signature(of: search) & ~filter == 0, "\(needle)")
                #expect(text.withUnsafeBufferPointer(search.contains), "\(needle)")
            }
        }
    }

    @Test("the search folds ASCII letters only")
    func folding() {
        #expect(TextSearch("A@[Z")!.contains("a@[z"))
        #expect(!TextSearch("`")!.contains("@"))
        #expect(!TextSearch("{")!.contains("["))
        #expect(TextSearch("É")!.contains("xÉx"))
        #expect(!TextSearch("É")!.contains("é"))
        #expect(TextSearch("")  == nil)
    }
}
