/// Where one value of a record comes from, and how it is cleaned: the unit of a column map.
///
/// A value is found in five steps (docs/import.md, "Values"):
/// 1. the cell of the first of `columns` that the file has (trimmed of surrounding spaces), or `value`;
/// 2. an empty cell, or one listed in `missing` (or in the map's `missing`), has no value;
/// 3. a value is rewritten by `replace` when listed there, then translated by `codes` when there are
///    codes (a value not listed takes `otherwise`, or is an error);
/// 4. no value takes `defaultValue`, as it is;
/// 5. `template`, when given, builds the final text: `{value}` is the result of steps 1–4, `{file}`,
///    `{line}` and `{row}` say where the record is, other names are groups of the table's `files` pattern.
public struct FieldSpec: Sendable, Equatable {
    /// Header spellings of the column, any of which may be used by a file (compared trimmed, ignoring case).
    public var columns: [String]
    /// A constant, for every record (instead of a column).
    public var value: String?
    /// Cell values that mean "no value" for this field.
    public var missing: [String]
    /// Values rewritten to another, others left as they are.
    public var replace: [String: String]
    /// A translation of every value; `nil` when values are taken as they are.
    public var codes: [String: String]?
    /// The translation of a value that `codes` does not list; without it such a value is an error.
    public var otherwise: String?
    /// The value when the column is absent or the cell has none.
    public var defaultValue: String?
    /// Text built from placeholders, e.g. `"{quarter}:{line}"`.
    public var template: String?

    /// Creates a spec; with no arguments it yields no value.
    public init(
        columns: [String] = [], value: String? = nil, missing: [String] = [], replace: [String: String] = [:],
        codes: [String: String]? = nil, otherwise: String? = nil, defaultValue: String? = nil, template: String? = nil
    ) {
        self.columns = columns
        self.value = value
        self.missing = missing
        self.replace = replace
        self.codes = codes
        self.otherwise = otherwise
        self.defaultValue = defaultValue
        self.template = template
    }

    /// A spec that reads one column.
    public static func column(_ names: String...) -> FieldSpec { FieldSpec(columns: names) }

    /// A spec that gives the same text for every record.
    public static func constant(_ text: String) -> FieldSpec { FieldSpec(value: text) }

    /// Whether the spec yields a value for a file without its column (a constant, a default or a template).
    var worksWithoutColumn: Bool { value != nil || defaultValue != nil || (template.map { !$0.contains("{value}") } ?? false) }

    /// The columns, quoted and joined for messages: `'Amount' or 'amount'`.
    var columnList: String {
        columns.map { "'\($0)'" }.joined(separator: " or ")
    }
}

/// A level of a classification hierarchy: the node's code and name for a record.
public struct LevelSpec: Sendable, Equatable {
    /// The node's own code; when `nil`, the name is the code.
    public var code: FieldSpec?
    /// The node's name.
    public var name: FieldSpec
    /// Whether the node's code is written after its parent's, `PARENT/CODE` (the default below the first level),
    /// so that equal names under different parents stay different nodes.
    public var qualified: Bool

    /// Creates a level.
    public init(code: FieldSpec? = nil, name: FieldSpec, qualified: Bool) {
        self.code = code
        self.name = name
        self.qualified = qualified
    }
}

/// A date field: where it comes from, its formats, and a fallback for rows without one.
public struct DateSpec: Sendable, Equatable {
    /// Where the text comes from.
    public var field: FieldSpec
    /// Accepted formats, tried in order (`DD/MM/YYYY`, `YYYY-MM-DD hh:mm:ss`, …).
    public var formats: [DatePattern]
    /// The date of a record that has none, marked as estimated.
    public var fallback: DateFallback?

    /// Creates a date spec.
    public init(field: FieldSpec, formats: [DatePattern], fallback: DateFallback? = nil) {
        self.field = field
        self.formats = formats
        self.fallback = fallback
    }
}

/// A date made from a template, usually from groups of the file name: the quarter a file covers.
public struct DateFallback: Sendable, Equatable {
    /// Text such as `"01 {month} {year}"`.
    public var template: String
    /// How to read the text the template gives.
    public var format: DatePattern

    /// Creates a fallback.
    public init(template: String, format: DatePattern) {
        self.template = template
        self.format = format
    }
}

/// An amount field: where it comes from and how the source writes numbers and signs.
public struct AmountSpec: Sendable, Equatable {
    /// Where the text comes from.
    public var field: FieldSpec
    /// A character that groups thousands and is dropped (`,` in `1,234.50`), if the source uses one.
    public var thousandsSeparator: Character?
    /// The decimal separator of the source (`.` unless the source writes `1234,50`).
    public var decimalSeparator: Character
    /// Whether the source writes spending negative and money returned positive (every sign is flipped).
    public var reversedSigns: Bool
    /// Whether the source writes refunds as positive amounts (they are made negative).
    public var positiveRefunds: Bool
    /// Whether amounts with more decimals than the currency has are rounded (halves away from zero)
    /// instead of being errors.
    public var rounds: Bool

    /// Creates an amount spec.
    public init(
        field: FieldSpec, thousandsSeparator: Character? = nil, decimalSeparator: Character = ".",
        reversedSigns: Bool = false, positiveRefunds: Bool = false, rounds: Bool = false
    ) {
        self.field = field
        self.thousandsSeparator = thousandsSeparator
        self.decimalSeparator = decimalSeparator
        self.reversedSigns = reversedSigns
        self.positiveRefunds = positiveRefunds
        self.rounds = rounds
    }
}
