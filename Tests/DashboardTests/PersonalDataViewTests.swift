import Analytics
import Dashboard
import LedgerKit
import TerminalCore
import Testing

/// What the dashboard shows of private persons paid when their names are hidden, as
/// `govlens` opens a ledger without `--show-personal`.
@Suite("Personal data in the views")
struct PersonalDataViewTests {
    static let redacted = LedgerStore(SampleLedgerStates.riverton.ledger.redactingIndividuals())

    func press(_ keys: [Key], on state: AppState) -> AppState {
        keys.reduce(state) { DashboardApp.update($0, .key($1)).0 }
    }

    func type(_ text: String) -> [Key] { text.map { Key.character($0) } }

    @Test("Line items filtered to individuals show only 'Individual recipient' labels, never a name")
    func lineItems() {
        let start = SampleLedgerStates.state(Self.redacted, size: Size(width: 160, height: 48))
        let state = press([.character("5"), .character("f")] + type("vendor=individual") + [.enter], on: start)
        let lines = SampleLedgerStates.screen(state).lines()
        let rows = lines.filter { $0.contains("Individual recipient") }
        #expect(rows.count > 10, "\(lines.joined(separator: "\n"))")
        #expect(!lines.contains { $0.contains("Kowalski") || $0.contains("Garcia") })
        let names = Set(SampleLedgerStates.riverton.ledger.vendors.names.enumerated()
            .filter { SampleLedgerStates.riverton.ledger.vendors.kinds[$0.offset] == .individual }.map(\.element))
        #expect(!lines.contains { line in names.contains { line.contains($0) } })
    }

    @Test("searching a hidden name finds nothing; the unredacted ledger finds it")
    func search() {
        let hidden = press([.character("5"), .character("/")] + type("Kowalski") + [.enter], on: SampleLedgerStates.state(Self.redacted))
        #expect(hidden.notice == "Not found: 'Kowalski'")
        let shown = press([.character("5"), .character("/")] + type("Kowalski") + [.enter], on: SampleLedgerStates.state(SampleLedgerStates.riverton))
        #expect(shown.notice != "Not found: 'Kowalski'")
        #expect(SampleLedgerStates.screen(shown).lines().contains { $0.contains("Kowalski") })
    }

    @Test("the Spending panel's vendor list and the export table carry the label, not the name")
    func spendingAndTable() {
        let state = press([.character("3"), .character("f")] + type("vendor=individual") + [.enter], on: SampleLedgerStates.state(Self.redacted))
        let table = DashboardApp.table(state)
        let texts = table.rows.flatMap { $0 }.compactMap { value -> String? in
            if case .text(let text) = value { return text }
            return nil
        }
        #expect(texts.contains { $0.hasPrefix("Individual recipient ") })
        #expect(!texts.contains { $0.contains("Kowalski") })
    }
}
