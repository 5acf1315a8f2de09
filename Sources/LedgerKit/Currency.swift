/// An ISO 4217 currency and the number of decimals of its minor unit.
public struct Currency: Hashable, Sendable, CustomStringConvertible {
    /// The three-letter ISO 4217 code, e.g. `USD`.
    public let code: String
    /// Decimal places of the minor unit: 0 for JPY, 2 for USD, 3 for KWD.
    public let exponent: Int

    /// Creates a currency from an ISO 4217 code, or returns `nil` if the code is not a known currency.
    public init?(code: String) {
        // ASCII letters only: String equality would take "\u{212A}WD" (KELVIN SIGN) for "KWD".
        guard code.utf8.count == 3, code.utf8.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }),
            let exponent = Currency.exponents[code]
        else { return nil }
        self.code = code
        self.exponent = exponent
    }

    public var description: String { code }

    /// The currency's symbol for display, or its code when it has no widely understood symbol.
    public var symbol: String {
        switch code {
        case "USD": "$"
        case "GBP": "£"
        case "EUR": "€"
        case "JPY": "¥"
        case "CNY": "CN¥"
        case "KRW": "₩"
        case "INR": "₹"
        default: code
        }
    }

    /// The factor between a major and a minor unit, 10^exponent.
    public var minorUnitsPerMajor: Int64 {
        var factor: Int64 = 1
        for _ in 0..<exponent { factor *= 10 }
        return factor
    }

    /// Active ISO 4217 codes with their minor-unit exponents (ISO 4217 list one, 2024).
    static let exponents: [String: Int] = {
        var table: [String: Int] = [:]
        let zero = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF"
        let three = "BHD IQD JOD KWD LYD OMR TND"
        let four = "CLF UYW"
        let two = """
            AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD \
            CAD CDF CHE CHF CHW CNY COP COU CRC CUC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL \
            GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD \
            LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN \
            PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL \
            THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VES VED WST XCD YER ZAR ZMW ZWL
            """
        for (codes, exponent) in [(zero, 0), (two, 2), (three, 3), (four, 4)] {
            for code in codes.split(separator: " ") { table[String(code)] = exponent }
        }
        return table
    }()
}
