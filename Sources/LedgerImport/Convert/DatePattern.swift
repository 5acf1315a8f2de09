import LedgerKit

/// A date format such as `DD/MM/YYYY`, read strictly.
///
/// Tokens: `YYYY` year; `MM` month and `DD` day with two digits; `M` and `D` with one or two;
/// `Mon` an English month name or its first three letters, any case; `hh`, `mm`, `ss` a time of day,
/// checked and ignored. Any other character must appear as it is. The whole text must match.
public struct DatePattern: Sendable, Equatable, CustomStringConvertible {
    enum Token: Equatable {
        case year, month2, month, monthName, day2, day, hour, minute, second
        case literal(Character)
    }

    /// The format as written in the map.
    public let description: String
    let tokens: [Token]

    /// Parses a format; `nil` when it has no year, month or day.
    public init?(_ format: String) {
        var tokens: [Token] = []
        var rest = Substring(format)
        let names: [(String, Token)] = [
            ("YYYY", .year), ("Mon", .monthName), ("MM", .month2), ("DD", .day2), ("hh", .hour), ("mm", .minute),
            ("ss", .second), ("M", .month), ("D", .day),
        ]
        while let first = rest.first {
            if let (name, token) = names.first(where: { rest.hasPrefix($0.0) }) {
                tokens.append(token)
                rest = rest.dropFirst(name.count)
            } else {
                tokens.append(.literal(first))
                rest = rest.dropFirst()
            }
        }
        let has = { (choices: [Token]) in tokens.contains { choices.contains($0) } }
        guard has([.year]), has([.month, .month2, .monthName]), has([.day, .day2]) else { return nil }
        description = format
        self.tokens = tokens
    }

    /// The date `text` gives, or `nil` when it does not match or is not a real day.
    public func date(from text: String) -> CivilDate? {
        var characters = Substring(text)
        var year = 0
        var month = 0
        var day = 0
        for token in tokens {
            switch token {
            case .literal(let character):
                guard characters.first == character else { return nil }
                characters = characters.dropFirst()
            case .year:
                guard let value = Self.digits(&characters, minimum: 4, maximum: 4) else { return nil }
                year = value
            case .month2, .month:
                guard let value = Self.digits(&characters, minimum: token == .month ? 1 : 2, maximum: 2) else { return nil }
                month = value
            case .day2, .day:
                guard let value = Self.digits(&characters, minimum: token == .day ? 1 : 2, maximum: 2) else { return nil }
                day = value
            case .monthName:
                guard let value = Self.monthName(&characters) else { return nil }
                month = value
            case .hour, .minute, .second:
                guard let value = Self.digits(&characters, minimum: 2, maximum: 2), value < (token == .hour ? 24 : 60) else {
                    return nil
                }
            }
        }
        guard characters.isEmpty else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    private static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december",
    ]

    private static func digits(_ text: inout Substring, minimum: Int, maximum: Int) -> Int? {
        let run = text.prefix(maximum).prefix { $0.isASCII && $0.isNumber }
        guard run.count >= minimum, let value = Int(run) else { return nil }
        text = text.dropFirst(run.count)
        return value
    }

    /// A full month name or its first three letters, any case.
    private static func monthName(_ text: inout Substring) -> Int? {
        let letters = text.prefix { $0.isASCII && $0.isLetter }.lowercased()
        guard letters.count >= 3, let index = months.firstIndex(where: { $0 == letters || $0.prefix(3) == letters }) else {
            return nil
        }
        text = text.dropFirst(letters.count)
        return index + 1
    }
}
