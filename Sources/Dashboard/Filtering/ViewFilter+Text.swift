import LedgerKit

extension ViewFilter {
    /// Why a filter could not be read; ``description`` is the message the status bar and the
    /// command line show.
    public struct ParseError: Error, Hashable, Sendable, CustomStringConvertible {
        /// The term that could not be read.
        public let term: String
        /// What is wrong with it.
        public let reason: String

        /// An error about `term`.
        public init(term: String, reason: String) {
            self.term = term
            self.reason = reason
        }

        public var description: String { "filter term '\(term)': \(reason)" }
    }

    /// Reads space-separated terms: `amount>=N`, `amount<=N`, `date>=YYYY-MM-DD`,
    /// `date<=YYYY-MM-DD`, `vendor=KIND[,KIND…]` (business, individual, government,
    /// non-profit) and `text=WORDS` or any bare word (words join with spaces into one search
    /// text). An empty string is no filter. Amounts are in `currency`'s major units.
    ///
    /// - Throws: ``ParseError`` naming the first term that cannot be read.
    public init(parsing text: String, currency: Currency) throws(ParseError) {
        self.init()
        var words: [String] = []
        for term in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            if let value = Self.value(of: term, after: "amount>=") {
                minimumAmount = try Self.amount(value, term: term, currency: currency)
            } else if let value = Self.value(of: term, after: "amount<=") {
                maximumAmount = try Self.amount(value, term: term, currency: currency)
            } else if let value = Self.value(of: term, after: "date>=") {
                firstDate = try Self.date(value, term: term)
            } else if let value = Self.value(of: term, after: "date<=") {
                lastDate = try Self.date(value, term: term)
            } else if let value = Self.value(of: term, after: "vendor=") {
                vendorKinds = try Self.vendorKinds(value, term: term)
            } else if let value = Self.value(of: term, after: "text=") {
                words.append(value)
            } else if term.contains(where: { "<>=".contains($0) }) {
                throw ParseError(term: term, reason: "expected amount>=, amount<=, date>=, date<=, vendor= or text=")
            } else {
                words.append(term)
            }
        }
        let search = words.joined(separator: " ")
        self.text = search.isEmpty ? nil : search
    }

    /// The filter as terms ``init(parsing:currency:)`` reads back to the same value; empty
    /// when there is no condition.
    public func text(currency: Currency) -> String {
        var terms: [String] = []
        if let minimumAmount { terms.append("amount>=" + MoneyFormat.plain(minimumAmount, exponent: currency.exponent)) }
        if let maximumAmount { terms.append("amount<=" + MoneyFormat.plain(maximumAmount, exponent: currency.exponent)) }
        if let firstDate { terms.append("date>=\(firstDate)") }
        if let lastDate { terms.append("date<=\(lastDate)") }
        if let vendorKinds {
            terms.append("vendor=" + VendorKind.allCases.filter(vendorKinds.contains).map(\.rawValue).joined(separator: ","))
        }
        if let text { terms.append("text=" + text.split(separator: " ").joined(separator: " text=")) }
        return terms.joined(separator: " ")
    }

    private static func value(of term: String, after prefix: String) -> String? {
        term.lowercased().hasPrefix(prefix) ? String(term.dropFirst(prefix.count)) : nil
    }

    private static func amount(_ value: String, term: String, currency: Currency) throws(ParseError) -> Int64 {
        let digits = value.filter { $0 != "," && $0 != "_" }
        let parsed = Array(digits.utf8).withUnsafeBufferPointer { AmountParser.parse($0, exponent: currency.exponent) }
        switch parsed {
        case .success(let minorUnits): return minorUnits
        case .failure(.tooManyDecimals):
            throw ParseError(term: term, reason: "\(currency.code) has \(currency.exponent) decimals")
        case .failure(.overflow):
            throw ParseError(term: term, reason: "amount too large")
        case .failure:
            throw ParseError(term: term, reason: "expected an amount such as 1000 or 1250.50")
        }
    }

    private static func date(_ value: String, term: String) throws(ParseError) -> CivilDate {
        guard let date = CivilDate(iso: value) else {
            throw ParseError(term: term, reason: "expected a date YYYY-MM-DD")
        }
        return date
    }

    private static func vendorKinds(_ value: String, term: String) throws(ParseError) -> Set<VendorKind> {
        var kinds = Set<VendorKind>()
        for name in value.split(separator: ",") {
            guard let kind = VendorKind(rawValue: String(name)) else {
                throw ParseError(term: term, reason: "vendor kinds are business, individual, government, non-profit")
            }
            kinds.insert(kind)
        }
        guard !kinds.isEmpty else { throw ParseError(term: term, reason: "name at least one vendor kind") }
        return kinds
    }
}
