import LedgerKit
import Testing
import TestSupport

/// Broken encodings and hostile sizes: byte-order marks, CRLF, invalid UTF-8, NUL bytes, deep
/// nesting, huge strings. None may crash; each gives one exact diagnostic.
@Suite("Broken ledgers: encoding and limits")
struct BrokenEncodingTests {
    static let standard = LedgerDocument().text
    static let item = JSONObject.lineItem()

    /// The standard document with one line item whose description is `"ab@@"`, with `@@`
    /// replaced by `bytes`; the description's text starts at line 9, column 174 (the `@@` at 176).
    static func descriptionBytes(_ bytes: [UInt8]) -> [UInt8] {
        HostileInput.replacing("@@", with: bytes, in: document(lineItems: [item.with("description", "\"ab@@\"")]))
    }

    static let utf8Messages: [String: String] = [
        "overlong two-byte '/'": "expected UTF-8 text, found the invalid byte 0xC0",
        "overlong three-byte": "expected UTF-8 text, found the invalid byte sequence 0xE0 0x80",
        "overlong four-byte": "expected UTF-8 text, found the invalid byte sequence 0xF0 0x80",
        "UTF-16 surrogate U+D800 encoded": "expected UTF-8 text, found the invalid byte sequence 0xED 0xA0",
        "beyond U+10FFFF": "expected UTF-8 text, found the invalid byte sequence 0xF4 0x90",
        "stray continuation byte": "expected UTF-8 text, found the invalid byte 0x80",
        "lead byte without continuation": "expected UTF-8 text, found the invalid byte sequence 0xE2 0x28",
        "byte 0xFF": "expected UTF-8 text, found the invalid byte 0xFF",
    ]

    static let invalidUTF8Cases: [BrokenCase] = HostileInput.invalidUTF8.map { sample in
        BrokenCase("invalid UTF-8 in a string: \(sample.name)", bytes: descriptionBytes(sample.bytes), [
            "ledger.json:9:176: error: \(utf8Messages[sample.name]!)",
        ])
    }

    @Test("invalid UTF-8 of every kind is reported at its first byte", arguments: invalidUTF8Cases)
    func invalidUTF8(_ brokenCase: BrokenCase) {
        let load = brokenCase.check()
        #expect(load.ledger.lineItems.count == 0)
    }

    static let encodingCases: [BrokenCase] = [
        BrokenCase("a byte-order mark (warning); columns count from after it",
            bytes: HostileInput.withByteOrderMark("{\"format\": 1}"), [
                "ledger.json:1:1: warning: expected UTF-8 without a byte-order mark, found one; ignored",
                "ledger.json:1:12: error: $.format: expected a string, found 1",
                "ledger.json: error: $: expected the required key 'publisher' in the ledger's root file, found none",
            ]),
        BrokenCase("a byte-order mark on a valid ledger", bytes: HostileInput.withByteOrderMark(standard), [
            "ledger.json:1:1: warning: expected UTF-8 without a byte-order mark, found one; ignored",
        ]),
        BrokenCase("a byte-order mark inside the document", bytes: HostileInput.replacing("\"vendors\"", with: HostileInput.byteOrderMark, in: standard), [
            "ledger.json:5:3: error: expected a string key, found a UTF-8 byte-order mark",
        ]),
        BrokenCase("CRLF line endings: the same lines and columns as LF",
            HostileInput.withCRLF(document(lineItems: [item, item.with("id", "\"LI-2\"").with("amount", "\"1.234\"")])), [
                "ledger.json:10:148: error: $.lineItems[1].amount: expected an amount with at most 2 decimal places (USD), found \"1.234\"",
            ]),
        BrokenCase("columns count characters, not bytes",
            document(lineItems: [item.without("amount").with("description", "\"道路維持課 🚧 café\"").with("amount", "\"1.234\"")]), [
                "ledger.json:9:179: error: $.lineItems[0].amount: expected an amount with at most 2 decimal places (USD), found \"1.234\"",
            ]),
        BrokenCase("invalid UTF-8 outside a string", bytes: HostileInput.replacing("\"format\"", with: [0xFF], in: standard), [
            "ledger.json:2:3: error: expected a string key, found the byte 0xFF",
        ]),
        BrokenCase("invalid UTF-8 in a key", bytes: HostileInput.replacing("\"format\"", with: Array("\"for".utf8) + [0xC0, 0xAF] + Array("mat\"".utf8), in: standard), [
            "ledger.json:2:7: error: expected UTF-8 text, found the invalid byte 0xC0",
        ]),
        BrokenCase("a UTF-8 sequence truncated by the end of the file",
            bytes: Array("{\"format\": \"govlens-ledger/1\", \"x\": \"日本".utf8) + [0xE8, 0xAA], [
                "ledger.json:1:40: error: expected UTF-8 text, found a truncated sequence at end of file",
            ]),
        BrokenCase("a NUL byte in a string", bytes: descriptionBytes([0x00]), [
            "ledger.json:9:176: error: expected text, found a NUL byte (0x00)",
        ]),
        BrokenCase("a NUL byte between tokens", bytes: HostileInput.replacing("\"format\"", with: [0x00], in: standard), [
            "ledger.json:2:3: error: expected a string key, found a NUL byte (0x00)",
        ]),
        BrokenCase("a NUL byte after the document", bytes: Array(standard.utf8) + [0x00], [
            "ledger.json:9:1: error: $: expected end of file after the ledger document, found a NUL byte (0x00)",
        ]),
        BrokenCase("a file of NUL bytes", bytes: [UInt8](repeating: 0, count: 1 << 20), [
            "ledger.json:1:1: error: $: expected a ledger document (a JSON object), found a NUL byte (0x00)",
        ]),
        BrokenCase("an escaped NUL is text", edit: { $0.lineItems = [item.with("description", "\"a\\u0000b\"").text] }, []),
    ]

    @Test("byte-order marks, CRLF, columns in characters, invalid UTF-8 and NUL bytes", arguments: encodingCases)
    func encoding(_ brokenCase: BrokenCase) {
        brokenCase.check()
    }

    static let nestingCases: [BrokenCase] = [
        BrokenCase("64 levels: the document and 63 nested arrays", edit: { $0.extraMembers = ["\"x\": " + HostileInput.nestedArrays(depth: 63)] }, [
            "ledger.json:8:3: warning: $.x: unknown key 'x' ignored",
        ]),
        BrokenCase("65 levels: the document and 64 nested arrays", edit: { $0.extraMembers = ["\"x\": " + HostileInput.nestedArrays(depth: 64)] }, [
            "ledger.json:8:71: error: expected at most 64 levels of nesting, found more",
        ]),
        BrokenCase("10,000 nested arrays in an unknown key", edit: { $0.extraMembers = ["\"x\": " + HostileInput.nestedArrays(depth: 10_000)] }, [
            "ledger.json:8:71: error: expected at most 64 levels of nesting, found more",
        ]),
        BrokenCase("10,000 unclosed arrays", edit: { $0.extraMembers = ["\"x\": " + String(repeating: "[", count: 10_000)] }, [
            "ledger.json:8:71: error: expected at most 64 levels of nesting, found more",
        ]),
        BrokenCase("10,000 nested arrays where a string is expected", edit: {
            $0.lineItems = [item.with("description", HostileInput.nestedArrays(depth: 10_000)).text]
        }, [
            "ledger.json:9:234: error: expected at most 64 levels of nesting, found more",
        ]),
        BrokenCase("64 nested objects as the document", HostileInput.nestedObjects(depth: 64), [
            "ledger.json:1:2: warning: $.a: unknown key 'a' ignored",
            "ledger.json:1:1: error: $: expected the required key 'format' (\"govlens-ledger/1\"), found none",
            "ledger.json: error: $: expected the required key 'publisher' in the ledger's root file, found none",
        ]),
        BrokenCase("10,000 nested objects as the document", HostileInput.nestedObjects(depth: 10_000), [
            "ledger.json:1:321: error: expected at most 64 levels of nesting, found more",
        ]),
        BrokenCase("10,000 nested arrays as the document", HostileInput.nestedArrays(depth: 10_000), [
            "ledger.json:1:1: error: $: expected a ledger document (a JSON object), found an array",
        ]),
    ]

    @Test("nesting: 64 levels at most, counted from the document; never a stack overflow", arguments: nestingCases)
    func nesting(_ brokenCase: BrokenCase) {
        brokenCase.check()
    }

    static let tenMegabytes = HostileInput.longString(count: 10_000_000)

    static let lengthCases: [BrokenCase] = [
        BrokenCase("a string of 65,536 bytes", edit: { $0.lineItems = [item.with("description", HostileInput.longString(count: 65_536)).text] }, []),
        BrokenCase("a string of 65,537 bytes", edit: { $0.lineItems = [item.with("description", HostileInput.longString(count: 65_537)).text] }, [
            "ledger.json:9:173: error: $.lineItems[0].description: expected a string of at most 65536 bytes, found one of 65537 bytes",
        ]),
        BrokenCase("21,846 three-byte characters (65,538 bytes)", edit: {
            $0.lineItems = [item.with("description", HostileInput.longString(count: 21_846, of: "日")).text]
        }, [
            "ledger.json:9:173: error: $.lineItems[0].description: expected a string of at most 65536 bytes, found one of 65538 bytes",
        ]),
        BrokenCase("escapes count as the bytes they decode to", edit: {
            $0.lineItems = [item.with("description", HostileInput.longString(count: 21_845, of: "\\u65E5")).text]
        }, []),
        BrokenCase("a 10 MB description", edit: { $0.lineItems = [item.with("description", tenMegabytes).text] }, [
            "ledger.json:9:173: error: $.lineItems[0].description: expected a string of at most 65536 bytes, found one of 10000000 bytes",
        ]),
        BrokenCase("a 10 MB string in an unknown key", edit: { $0.extraMembers = ["\"x\": " + tenMegabytes] }, [
            "ledger.json:8:8: error: expected a string of at most 65536 bytes, found one of 10000000 bytes",
        ]),
        BrokenCase("a 10 MB key", edit: { $0.extraMembers = [tenMegabytes + ": 1"] }, [
            "ledger.json:8:3: error: expected a string of at most 65536 bytes, found one of 10000000 bytes",
        ]),
        BrokenCase("a 10 MB string without its closing quote", edit: { $0.extraMembers = ["\"x\": " + tenMegabytes.dropLast()] }, [
            "ledger.json:8:10000009: error: expected '\"' to end the string, found a line break",
        ]),
    ]

    @Test("strings: at most 65,536 bytes, anywhere in the file", arguments: lengthCases)
    func lengths(_ brokenCase: BrokenCase) {
        brokenCase.check()
    }

    @Test("escapes decode to the text they stand for, in values and in keys")
    func escapes() throws {
        let description = #""\u00e9\u65E5 \ud83d\ude00 \"q\" \\ \/ \b\f\n\r\t \u0000""#
        let item = Self.item.with("id", "\"A\\u002D1\"").with("description", description)
        let text = document(lineItems: [item]).replacingOccurrences(of: #"{"id": "#, with: #"{"\u0069d": "#)
        #expect(text.contains(#"{"\u0069d": "A\u002D1", "#))
        let load = LedgerFixture.load(text)
        #expect(load.report == [])
        try #require(load.lineItemIds == ["A-1"])
        #expect(load.ledger.lineItems.descriptions[0] == "é日 😀 \"q\" \\ / \u{8}\u{C}\n\r\t \u{0}")
    }
}
