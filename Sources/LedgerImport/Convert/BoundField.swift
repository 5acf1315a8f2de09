import LedgerKit

/// A row that cannot be converted: the column at fault (if any) and why.
struct RowError: Error {
    /// The index of the cell at fault, or `nil` for the record as a whole.
    let column: Int?
    /// `FIELD: expected …, found …`.
    let message: String
}

/// Where a record is, for templates and messages.
struct RowContext {
    /// The record's cells.
    let fields: [String]
    /// The file name without its extension.
    let fileStem: String
    /// The named groups of the table's `files` pattern in the file's name.
    let groups: [String: String]
    /// The record's first line.
    let line: Int
    /// The record's number among the file's data rows, from 1.
    let row: Int

    /// The value of a template placeholder other than `{value}`.
    func placeholder(_ name: String) -> String? {
        switch name {
        case "file": fileStem
        case "line": String(line)
        case "row": String(row)
        default: groups[name]
        }
    }
}

/// A field spec bound to the header of one file: which cell it reads.
struct BoundField {
    /// The ledger field, for messages: `amount`, `vendor.name`, `organisation[1].name`.
    let name: String
    let spec: FieldSpec
    /// The index of the cell read, `nil` when the spec reads no column or the file lacks it.
    let column: Int?
    /// The header of that column as the file writes it.
    let header: String?
    /// The values that mean "no value": the spec's and the map's.
    let missing: Set<String>

    /// The field's value in a row, after the steps of `FieldSpec`; `nil` when it has none.
    func value(in row: RowContext) throws(RowError) -> String? {
        try resolved(in: row).text
    }

    /// The field's value in a row, and whether it is the spec's default rather than the row's.
    func resolved(in row: RowContext) throws(RowError) -> (text: String?, defaulted: Bool) {
        var text: String?
        if let column {
            let cell = row.fields[column].trimmingSpaces
            text = cell.isEmpty || missing.contains(cell) ? nil : cell
        } else if spec.columns.isEmpty {
            text = spec.value
        }
        if var found = text {
            if let replacement = spec.replace[found] { found = replacement }
            if let codes = spec.codes {
                if let code = codes[found] {
                    found = code
                } else if let otherwise = spec.otherwise {
                    found = otherwise
                } else {
                    throw RowError(column: column, message: "\(name): expected a value listed in the map's codes, found '\(found)'")
                }
            }
            text = found
        }
        let defaulted = text == nil
        if defaulted { text = spec.defaultValue }
        guard let template = spec.template else { return (text, defaulted) }
        let value = text
        return (Template.expand(template) { placeholder in placeholder == "value" ? value : row.placeholder(placeholder) }, defaulted)
    }

    /// The value, or an error naming the empty cell or the absent column.
    func required(in row: RowContext) throws(RowError) -> String {
        guard let text = try value(in: row) else { throw RowError(column: column, message: "\(name): expected a value, found \(emptyDescription)") }
        return text
    }

    /// What a row without a value has: `an empty cell in column 'Amount'`.
    var emptyDescription: String {
        if let header { return "no value in column '\(header)'" }
        if !spec.columns.isEmpty { return "no column \(spec.columnList) in this file" }
        return "none"
    }
}

/// Binds field specs to the header of one file.
struct HeaderBinder {
    /// Header names, trimmed and lower-cased, with their first index.
    private let index: [String: Int]
    private let header: [String]
    private let mapMissing: [String]
    /// Required fields whose column the file lacks, with the columns looked for.
    private(set) var absent: [String] = []

    init(header: [String], mapMissing: [String]) {
        self.header = header
        self.mapMissing = mapMissing
        var index: [String: Int] = [:]
        for (position, name) in header.enumerated() { index[Self.key(name)] = index[Self.key(name)] ?? position }
        self.index = index
    }

    /// Binds `spec`; a required field whose column is absent, with nothing to fall back on, is noted in `absent`.
    mutating func bind(_ spec: FieldSpec, as name: String, required: Bool) -> BoundField {
        let index = self.index
        let column = spec.columns.lazy.compactMap { index[Self.key($0)] }.first
        if column == nil, !spec.columns.isEmpty, required, !spec.worksWithoutColumn {
            absent.append("\(name): expected a column \(spec.columnList), found none")
        }
        return BoundField(
            name: name, spec: spec, column: column, header: column.map { header[$0].trimmingSpaces },
            missing: Set(spec.missing + mapMissing))
    }

    private static func key(_ name: String) -> String { name.trimmingSpaces.lowercased() }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    var trimmingSpaces: String {
        let isSpace = { (character: Character) in character == " " || character == "\t" || character == "\n" || character == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
