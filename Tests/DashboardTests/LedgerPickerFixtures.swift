import Dashboard

/// Three ledgers as the picker would be offered them for `sample-data/`.
let sampleEntries = [
    LedgerPickerEntry(title: "City of Riverton", subtitle: "USD · 48,210 line items · FY2024–FY2025"),
    LedgerPickerEntry(title: "青空県 Aozora Prefecture", subtitle: "JPY · 12,400 line items · FY2025"),
    LedgerPickerEntry(title: "Synthetic benchmark (100k)", subtitle: "EUR · 100,000 line items · FY2023–FY2025"),
]

/// `count` ledgers named `Ledger 1` … `Ledger <count>`.
func numberedEntries(_ count: Int) -> [LedgerPickerEntry] {
    (1...count).map { LedgerPickerEntry(title: "Ledger \($0)", subtitle: "USD") }
}
