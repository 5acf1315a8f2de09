import Dashboard
import TerminalCore
import Testing

/// The Audit panel of the sample ledgers at 80x24: the rules, one rule's findings, Benford's
/// chart (in ASCII too), compared with reviewed text. Re-record on purpose only, after reading
/// every line.
@Suite("Audit screen")
struct AuditScreenTests {
    func screen(_ keys: [Key], on state: AppState) -> [String] {
        SampleLedgerStates.screen(keys.reduce(state) { DashboardApp.update($0, .key($1)).0 }).lines()
    }

    /// 6, then Enter on the rule `row` rows down.
    func openRule(_ row: Int) -> [Key] {
        [.character("6")] + Array(repeating: Key.down, count: row) + [.enter]
    }

    @Test("Riverton: every rule with its findings in FY2025, the first rule's definition")
    func riverton() {
        #expect(screen([.character("6")], on: SampleLedgerStates.state(SampleLedgerStates.riverton)) == [
            " GovLens · City of Riverton · FY2025 (Jul 2024–Jun 2025) · as of 2025-03-31",
            " All agencies                                               1 2 3 4 5 [6 Audit]",
            "┌ Audit · 92 findings · 791 line items flagged ────────────────────────────────┐",
            "│ Rule                                  Findings   Items       Amount Severity │",
            "│▶Duplicate payments                          15      30     $317,497 high     │",
            "│ Invoices paid twice                         11      22     $165,212 high     │",
            "│ Split purchases                             25      64   $1,722,468 high     │",
            "│ Round amounts                                0       0            – –        │",
            "│ Weekend payments                            12      12     $394,473 low      │",
            "│ Holiday payments                             0       0            – –        │",
            "│ Year-end surge                               0       0            – –        │",
            "│ Benford's law                               20   3,169 $660,952,447 medium   │",
            "│ Vendor concentration                         3      15   $3,796,640 medium   │",
            "│ Outliers                                     3      25     $929,784 medium   │",
            "│ Spending without a budget line               1       3     $675,000 high     │",
            "│ Budget lines overspent                       2      12      $61,899 high     │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            "┌ Duplicate payments · duplicate-payment ──────────────────────────────────────┐",
            "│ Two or more payments of the same amount to one vendor, each within 7 days of │",
            "│ the one before; a refund of that amount cancels one.                         │",
            "│                                                                              │",
            "│                                                                              │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            " Enter drill  Bksp back  [ ] year  ? help  q quit    as of 2025-03-31 · 8 files",
        ])
    }

    @Test("Aozora: yen amounts, Japanese subjects")
    func aozora() {
        #expect(screen([.character("6")], on: SampleLedgerStates.state(SampleLedgerStates.aozora)) == [
            " GovLens · 青空市 · FY2024 (Apr 2024–Mar 2025) · as of 2024-12-31",
            " All agencies                                               1 2 3 4 5 [6 Audit]",
            "┌ Audit · 17 findings · 457 line items flagged ────────────────────────────────┐",
            "│ Rule                                  Findings   Items       Amount Severity │",
            "│▶Duplicate payments                           3       6        ¥4.5M high     │",
            "│ Invoices paid twice                          3       6        ¥4.5M high     │",
            "│ Split purchases                              1       2        ¥0.1M medium   │",
            "│ Round amounts                                0       0            – –        │",
            "│ Weekend payments                             2       2       ¥15.9M low      │",
            "│ Holiday payments                             0       0            – –        │",
            "│ Year-end surge                               0       0            – –        │",
            "│ Benford's law                                6   1,428   ¥22,604.6M medium   │",
            "│ Vendor concentration                         1       6      ¥409.2M high     │",
            "│ Outliers                                     1      27   ¥21,125.1M medium   │",
            "│ Spending without a budget line               0       0            – –        │",
            "│ Budget lines overspent                       0       0            – –        │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            "┌ Duplicate payments · duplicate-payment ──────────────────────────────────────┐",
            "│ Two or more payments of the same amount to one vendor, each within 7 days of │",
            "│ the one before; a refund of that amount cancels one.                         │",
            "│                                                                              │",
            "│                                                                              │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            " Enter drill  Bksp back  [ ] year  ? help  q quit    as of 2024-12-31 · 6 files",
        ])
    }

    @Test("Riverton: the split purchases, each with its measure against the threshold")
    func splitPurchases() {
        #expect(screen(openRule(2), on: SampleLedgerStates.state(SampleLedgerStates.riverton)) == [
            " GovLens · City of Riverton · FY2025 (Jul 2024–Jun 2025) · as of 2025-03-31",
            " All agencies › Split purchases                             1 2 3 4 5 [6 Audit]",
            "┌ Split purchases · split-purchase ────────────────────────────────────────────┐",
            "│ Two or more payments from one organisation to one vendor within 7 days, each │",
            "│ below the approval threshold of USD 50,000.00 and together at or above it.   │",
            "│                                                                              │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            "┌ Findings · 25 · $1,722,468.46 involved ──────────────────────────────────────┐",
            "│ Severity Subject                  Items       Amount Detail                  │",
            "│▶high     Liberty Supply LLC           3   $98,914.77 3 payments within 3 da… │",
            "│ high     Acme Fuel & Oil LLC          3   $75,612.15 3 payments within 10 d… │",
            "│ high     Liberty Supply LLC           4   $70,089.19 4 payments within 7 da… │",
            "│ high     Liberty Supply LLC           3   $63,220.87 3 payments within 7 da… │",
            "│ high     Liberty Supply LLC           3   $60,058.48 3 payments within 5 da… │",
            "│ high     Liberty Supply LLC           5   $57,903.32 5 payments within 2 da… │",
            "│ high     Maple Leaf Hardware          3   $57,229.51 3 payments within 2 da… │",
            "│ high     Lakeside Fuel & Oil LLC      3   $53,881.31 3 payments within 4 da… │",
            "│ high     Summit Printing LLC          3   $53,570.15 3 payments within 1 da… │",
            "│ high     Maple Leaf Hardware          3   $52,047.95 3 payments within 6 da… │",
            "│ high     Summit Printing LLC          3   $51,567.22 3 payments within 7 da… │",
            "│ medium   Acme Fuel & Oil LLC          2   $99,858.00 2 payments within 0 da… │",
            "│ medium   Frontier Fuel & Oil          2   $99,186.00 2 payments within 0 da… │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            " Enter drill  Bksp back  [ ] year  ? help  q quit    as of 2025-03-31 · 8 files",
        ])
    }

    @Test("Riverton: Benford's law, first digits observed against expected, MAD and bands")
    func benford() {
        #expect(screen(openRule(7), on: SampleLedgerStates.state(SampleLedgerStates.riverton)) == [
            " GovLens · City of Riverton · FY2025 (Jul 2024–Jun 2025) · as of 2025-03-31",
            " All agencies › Benford's law                               1 2 3 4 5 [6 Audit]",
            "┌ Benford's law · benford ─────────────────────────────────────────────────────┐",
            "│ Payments of at least USD 10.00 whose leading digits do not conform to        │",
            "│ Benford's law (Nigrini's MAD bands): the first digit from 500 payments (MAD  │",
            "│ > 0.015), the first two digits from 3000 (MAD > 0.0022); per organisation…   │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            "┌ Benford's law · first digits · whole ledger, every year ─────────────────────┐",
            "│  ██                                   █ observed  ░ expected (Benford)       │",
            "│ ░██                                   25,249 payments counted                │",
            "│ ░██                                   1st digit MAD 0.0091 acceptable confo… │",
            "│ ░██ ░██                               1st two MAD 0.0012 close conformity    │",
            "│ ░██ ░██ ░██ ░▄▄  ▃▃  ▂▂  ▁▁           spikes 10 11 17 60                     │",
            "│ ░██ ░██ ░██ ░██ ░██ ░██ ░██ ░██ ░▇▇                                          │",
            "│  1   2   3   4   5   6   7   8   9                                           │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            "┌ Findings · 20 · $660,952,447.25 involved ────────────────────────────────────┐",
            "│ Severity Subject                  Items       Amount Detail                  │",
            "│▶medium   Fire Department            212 $118,799,572 1899 payments, first d… │",
            "│ medium   Water & Sewer Utility      380  $77,941,655 3275 payments, first t… │",
            "│ medium   Water Supply & Treatme…    231  $66,653,535 1450 payments, first d… │",
            "│ medium   Criminal Investigations     56  $63,130,949 506 payments, first di… │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            " Enter drill  Bksp back  [ ] year  ? help  q quit    as of 2025-03-31 · 8 files",
        ])
    }

    @Test("LANG=C: Benford's chart in ASCII")
    func benfordASCII() {
        #expect(screen(openRule(7), on: SampleLedgerStates.state(SampleLedgerStates.riverton, glyphs: .ascii)) == [
            " GovLens . City of Riverton . FY2025 (Jul 2024-Jun 2025) . as of 2025-03-31",
            " All agencies > Benford's law                               1 2 3 4 5 [6 Audit]",
            "+ Benford's law . benford -----------------------------------------------------+",
            "| Payments of at least USD 10.00 whose leading digits do not conform to        |",
            "| Benford's law (Nigrini's MAD bands): the first digit from 500 payments (MAD  |",
            "| > 0.015), the first two digits from 3000 (MAD > 0.0022); per organisation... |",
            "+------------------------------------------------------------------------------+",
            "+ Benford's law . first digits . whole ledger, every year ---------------------+",
            "|  ##                                   # observed  | expected (Benford)       |",
            "| |##                                   25,249 payments counted                |",
            "| |##                                   1st digit MAD 0.0091 acceptable con... |",
            "| |## |##                               1st two MAD 0.0012 close conformity    |",
            "| |## |## |## |--  ::  ..  __           spikes 10 11 17 60                     |",
            "| |## |## |## |## |## |## |## |## |**                                          |",
            "|  1   2   3   4   5   6   7   8   9                                           |",
            "+------------------------------------------------------------------------------+",
            "+ Findings . 20 . $660,952,447.25 involved ------------------------------------+",
            "| Severity Subject                  Items       Amount Detail                  |",
            "|>medium   Fire Department            212 $118,799,572 1899 payments, first... |",
            "| medium   Water & Sewer Utility      380  $77,941,655 3275 payments, first... |",
            "| medium   Water Supply & Treat...    231  $66,653,535 1450 payments, first... |",
            "| medium   Criminal Investigations     56  $63,130,949 506 payments, first ... |",
            "+------------------------------------------------------------------------------+",
            " Enter drill  Bksp back  [ ] year  ? help  q quit    as of 2025-03-31 . 8 files",
        ])
    }
}
