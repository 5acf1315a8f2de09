/// The levels of one classification bound to a file's header.
struct BoundLevels {
    private let levels: [(code: BoundField?, name: BoundField, qualified: Bool)]

    /// Binds `specs` of classification `classification` (e.g. `organisation`).
    init(_ specs: [LevelSpec], classification: String, binder: inout HeaderBinder) {
        levels = specs.enumerated().map { index, spec in
            let prefix = specs.count > 1 ? "\(classification)[\(index)]" : classification
            let code = spec.code.map { binder.bind($0, as: "\(prefix).code", required: true) }
            let name = binder.bind(spec.name, as: "\(prefix).name", required: spec.code == nil)
            return (code, name, spec.qualified)
        }
    }

    var isEmpty: Bool { levels.isEmpty }

    /// The row's nodes, from the top; each code is qualified by its parent's when its level says so.
    func values(in row: RowContext) throws(RowError) -> [LevelValue] {
        var result: [LevelValue] = []
        for level in levels {
            let name = try level.name.resolved(in: row)
            let ownCode: String
            if let codeField = level.code {
                ownCode = try codeField.required(in: row)
            } else if let text = name.text {
                ownCode = text
            } else {
                throw RowError(column: level.name.column, message: "\(level.name.name): expected a value, found \(level.name.emptyDescription)")
            }
            let code = level.qualified && !result.isEmpty ? result[result.count - 1].code + "/" + ownCode : ownCode
            result.append(LevelValue(code: code, name: name.text ?? ownCode, nameDefaulted: name.text == nil || name.defaulted))
        }
        return result
    }
}
