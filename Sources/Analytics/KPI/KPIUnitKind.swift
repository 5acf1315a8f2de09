import LedgerKit

/// What a KPI's unit measures, as far as dividing spending by it makes sense.
///
/// Only a `.count` adds up over periods (visits, permits, tons, 件), so only for counts is
/// "spending of the period ÷ value of the period" a cost per unit of outcome. A share, a rate,
/// a duration, a score or an amount of money is a level, not a quantity produced.
///
/// The rule, applied to the unit lower-cased with its spaces trimmed, first match wins:
///
/// 1. `.share`: contains `%`, `％`, `‰` or `割合`, or a word `percent`, `percentage`, `pct`, `share`, `proportion`;
/// 2. `.rate`: contains `/`, `あたり`, `当たり` or `当り`, or a word `per`, `rate`, `ratio`;
/// 3. `.currency`: an ISO 4217 code in capitals (`USD`), a currency sign (`$ € £ ¥ ₩ ₹ 円 元`),
///    or a word `dollar(s)`, `euro(s)`, `yen`;
/// 4. `.duration`: a word naming time (`ms s sec second min minute h hr hour day week wk month mo year yr`,
///    singular or plural) or exactly `秒 分 時間 日 日間 週 週間 か月 ヶ月 カ月 年 年間`;
/// 5. `.score`: a word `score`, `index`, `points`, `pts`, `rating`, `grade`, `level`, `stars`, or exactly `点`;
/// 6. `.count`: a word `count`, `number`, `#`, or a countable noun in the singular (`item unit case
///    visit permit ton tonne person people household call incident event application inspection
///    pickup`), or any plural noun (three or more ASCII letters ending in `s` but not `ss`:
///    `trees`, `meals served`, `tons`, `lane miles`), or exactly a Japanese counter
///    (`人 件 冊 回 個 台 本 枚 戸 棟 校 社 世帯 箇所 か所 カ所 軒 基 匹 頭 区画 トン`);
/// 7. `.other`: anything else, e.g. `g`, `kg`, `km`, `°C`, or an empty unit.
///
/// The words of rules 1–5 match in the plural too (`rates`, `shares`, `scores`, `levels`), so that
/// rule 6's plural nouns never take them.
///
/// So `count`, `items`, `cases`, `visits`, `permits`, `tons` and `冊` are counts; `%`, `per 1,000`,
/// `s`, `days`, `分`, `score`, `index`, `USD` are not.
public enum KPIUnitKind: String, Sendable, Hashable, CaseIterable {
    /// A number of things, or an amount that adds up over periods: cost per unit applies.
    case count
    /// A percentage or other share of a whole.
    case share
    /// A ratio or "per" quantity.
    case rate
    /// A length of time.
    case duration
    /// A score, index, rating or level.
    case score
    /// Money.
    case currency
    /// A unit the rule does not recognise.
    case other

    /// Classifies `unit` by the rule above.
    public init(unit: String) {
        let trimmed = unit.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let text = trimmed.lowercased()
        let words = Set(text.split { !$0.isLetter && !$0.isNumber && $0 != "#" }.map(String.init))
        func hasWord(_ candidates: Set<String>) -> Bool { !words.isDisjoint(with: candidates) }
        func contains(_ fragments: [String]) -> Bool { fragments.contains { text.contains($0) } }

        if contains(["%", "％", "‰", "割合"]) || hasWord(Self.shareWords) {
            self = .share
        } else if contains(["/", "あたり", "当たり", "当り"]) || hasWord(Self.rateWords) {
            self = .rate
        } else if Self.isCurrencyCode(trimmed) || contains(Self.currencySigns) || hasWord(Self.currencyWords) {
            self = .currency
        } else if hasWord(Self.durationWords) || Self.japaneseDurations.contains(text) {
            self = .duration
        } else if hasWord(Self.scoreWords) || text == "点" {
            self = .score
        } else if hasWord(Self.countWords) || words.contains(where: Self.isPluralNoun) || Self.japaneseCounters.contains(text) {
            self = .count
        } else {
            self = .other
        }
    }

    /// Whether cost per unit applies: the unit is a `.count`.
    public var isCount: Bool { self == .count }

    private static let shareWords: Set = ["percent", "percentage", "percentages", "pct", "share", "shares", "proportion", "proportions"]
    private static let rateWords: Set = ["per", "rate", "rates", "ratio", "ratios"]
    private static let currencySigns = ["$", "€", "£", "¥", "₩", "₹", "円", "元"]
    private static let currencyWords: Set = ["dollar", "dollars", "euro", "euros", "yen"]
    private static let durationWords: Set = [
        "ms", "s", "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "h", "hr", "hrs", "hour", "hours",
        "day", "days", "week", "weeks", "wk", "wks", "month", "months", "mo", "mos", "year", "years", "yr", "yrs",
    ]
    private static let japaneseDurations: Set = ["秒", "分", "時間", "日", "日間", "週", "週間", "か月", "ヶ月", "カ月", "年", "年間"]
    private static let scoreWords: Set = [
        "score", "scores", "index", "indices", "indexes", "points", "pts", "rating", "ratings", "grade", "grades", "level", "levels", "stars",
    ]
    private static let countWords: Set = [
        "count", "number", "#", "item", "unit", "case", "visit", "permit", "ton", "tonne", "person", "people", "household",
        "call", "incident", "event", "application", "inspection", "pickup",
    ]
    private static let japaneseCounters: Set = [
        "人", "件", "冊", "回", "個", "台", "本", "枚", "戸", "棟", "校", "社", "世帯", "箇所", "か所", "カ所", "軒", "基", "匹", "頭", "区画", "トン",
    ]

    /// A plural English noun: three or more ASCII letters ending in `s` but not `ss` ("trees", not "class").
    private static func isPluralNoun(_ word: String) -> Bool {
        word.count >= 3 && word.allSatisfy { $0.isASCII && $0.isLetter } && word.hasSuffix("s") && !word.hasSuffix("ss")
    }

    /// An ISO 4217 code written in capitals, as a currency unit is (`USD`, not `usd`, which could be a word).
    private static func isCurrencyCode(_ text: String) -> Bool {
        text.count == 3 && text.allSatisfy { $0.isASCII && $0.isUppercase } && Currency(code: text) != nil
    }
}
