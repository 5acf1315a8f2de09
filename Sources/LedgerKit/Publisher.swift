/// Who publishes a ledger, in what currency, and on which fiscal calendar.
public struct Publisher: Sendable, Hashable {
    /// The publisher's name, e.g. "City of Riverton".
    public var name: String
    /// The currency of every amount in the ledger.
    public var currency: Currency
    /// The fiscal calendar: first day of the fiscal year and how years are named.
    public var calendar: FiscalCalendar
    /// The date the data is complete up to.
    public var asOf: CivilDate
    /// The licence the data is published under, e.g. "CC-BY-4.0".
    public var licence: String?
    /// Where the data comes from (URL or description).
    public var source: String?
    /// BCP 47 language tag of the names, e.g. "ja".
    public var language: String?
    /// Parameters of the audit rules the publisher sets (nothing given by default).
    public var audit: AuditSettings

    /// Creates a publisher.
    public init(
        name: String, currency: Currency, calendar: FiscalCalendar, asOf: CivilDate,
        licence: String? = nil, source: String? = nil, language: String? = nil, audit: AuditSettings = AuditSettings()
    ) {
        self.name = name
        self.currency = currency
        self.calendar = calendar
        self.asOf = asOf
        self.licence = licence
        self.source = source
        self.language = language
        self.audit = audit
    }
}
