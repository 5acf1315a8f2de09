@testable import Analytics
import Testing

/// The text index's parts on their own: the per-row Bloom filters (never hiding a match) and
/// the byte search.
@Suite("Text index")
struct TextIndexTests {
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
