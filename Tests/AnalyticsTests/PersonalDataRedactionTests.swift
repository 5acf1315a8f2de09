import Analytics
import Foundation
import LedgerKit
import Testing

/// Individuals paid by the Riverton sample are hidden behind stable labels, and nothing
/// built on the redacted ledger finds them by name.
@Suite("Personal data redaction")
struct PersonalDataRedactionTests {
    static let ledger: Ledger? = {
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { root.deleteLastPathComponent() }
        guard let source = try? LedgerDiscovery.discover([root.appendingPathComponent("sample-data/riverton").path]).first else { return nil }
        let load = LedgerLoader.load(source)
        return load.isValid ? load.ledger : nil
    }()

    @Test("every individual, and only they, get a label and id from the hash of their id")
    func labels() throws {
        let ledger = try #require(Self.ledger)
        let redacted = ledger.redactingIndividuals()
        #expect(ledger.individualVendorCount == 187)
        for index in ledger.vendors.ids.indices {
            if ledger.vendors.kinds[index] == .individual {
                let hash = PersonalDataRedaction.redactedID(forIndividualWithID: ledger.vendors.ids[index]).dropFirst("individual-".count)
                #expect(redacted.vendors.names[index] == "Individual recipient \(hash)")
                #expect(redacted.vendors.ids[index] == "individual-\(hash)")
            } else {
                #expect(redacted.vendors.names[index] == ledger.vendors.names[index])
                #expect(redacted.vendors.ids[index] == ledger.vendors.ids[index])
            }
        }
        #expect(Set(redacted.vendors.names.filter { $0.hasPrefix("Individual recipient ") }).count == 187, "no two individuals share a label")
    }

    @Test("the label is stable: FNV-1a of the id, eight hex digits")
    func stable() {
        #expect(PersonalDataRedaction.label(forIndividualWithID: "") == "Individual recipient 811c9dc5")
        #expect(PersonalDataRedaction.label(forIndividualWithID: "a") == "Individual recipient e40c292c")
        #expect(PersonalDataRedaction.redactedID(forIndividualWithID: "V0410") == PersonalDataRedaction.redactedID(forIndividualWithID: "V0410"))
    }

    @Test("searching a redacted name finds nothing; the label finds the same payments; totals are unchanged")
    func search() throws {
        let ledger = try #require(Self.ledger)
        let index = try #require(ledger.vendors.names.firstIndex(of: "Nora Kowalski"))
        let plain = LedgerStore(ledger)
        let redacted = LedgerStore(ledger.redactingIndividuals())
        let byName = plain.select(LineItemFilter(text: "Kowalski"))
        #expect(byName.count > 0)
        #expect(redacted.select(LineItemFilter(text: "Kowalski")).count == 0)
        let label = redacted.ledger.vendors.names[index]
        #expect(redacted.select(LineItemFilter(text: label)).rows == plain.select(LineItemFilter(vendor: Int32(index))).rows)
        #expect(redacted.measures(of: redacted.select(LineItemFilter())) == plain.measures(of: plain.select(LineItemFilter())))
    }
}
