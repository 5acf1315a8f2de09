import Foundation

/// A problem in a column map or a data package: the file, the JSON path and what was expected.
public struct MapError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The map file as named by the user.
    public let file: String
    /// The JSON path of the value, `$.tables[0].fields.amount`.
    public let path: String
    /// `expected …, found …`.
    public let message: String

    /// Creates an error.
    public init(file: String, path: String, message: String) {
        self.file = file
        self.path = path
        self.message = message
    }

    /// `FILE: error: PATH: message`.
    public var description: String { "\(file): error: \(path): \(message)" }
}

/// A JSON object of a map file being read, with its path, so that every problem says where it is.
struct MapObject {
    let file: String
    let path: String
    let values: [String: Any]

    /// Parses `data` as a JSON object.
    static func parse(_ data: Data, file: String) throws(MapError) -> MapObject {
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            throw MapError(file: file, path: "$", message: "expected a JSON object, found text that is not JSON")
        }
        guard let object = parsed as? [String: Any] else {
            throw MapError(file: file, path: "$", message: "expected a JSON object, found \(describe(parsed))")
        }
        return MapObject(file: file, path: "$", values: object)
    }

    /// An error at `key` of this object (or at the object itself).
    func error(_ key: String? = nil, _ message: String) -> MapError {
        MapError(file: file, path: key.map { "\(path).\($0)" } ?? path, message: message)
    }

    /// Fails on a key that is not in `allowed`; `note` is allowed everywhere, for comments.
    func checkKeys(_ allowed: Set<String>) throws(MapError) {
        for key in values.keys.sorted() where !allowed.contains(key) && key != "note" {
            throw error(key, "expected one of \(allowed.sorted().map { "'\($0)'" }.joined(separator: ", ")), found the unknown key '\(key)'")
        }
    }

    func has(_ key: String) -> Bool { values[key] != nil }

    func string(_ key: String) throws(MapError) -> String? {
        guard let value = values[key] else { return nil }
        guard let text = value as? String else { throw error(key, "expected a string, found \(Self.describe(value))") }
        return text
    }

    func requiredString(_ key: String) throws(MapError) -> String {
        guard let text = try string(key) else { throw error(nil, "expected the required key '\(key)', found none") }
        return text
    }

    /// A string, or an array of strings.
    func strings(_ key: String) throws(MapError) -> [String]? {
        guard let value = values[key] else { return nil }
        if let text = value as? String { return [text] }
        guard let list = value as? [Any], let texts = list as? [String] else {
            throw error(key, "expected a string or an array of strings, found \(Self.describe(value))")
        }
        return texts
    }

    func integer(_ key: String) throws(MapError) -> Int? {
        guard let value = values[key] else { return nil }
        guard let number = value as? NSNumber, !isJSONBoolean(number), let integer = Int(exactly: number.doubleValue),
            "\(number)" == "\(integer)"
        else { throw error(key, "expected an integer, found \(Self.describe(value))") }
        return integer
    }

    func boolean(_ key: String) throws(MapError) -> Bool? {
        guard let value = values[key] else { return nil }
        guard let number = value as? NSNumber, isJSONBoolean(number) else {
            throw error(key, "expected true or false, found \(Self.describe(value))")
        }
        return number.boolValue
    }

    /// An object of strings, `{"Revenue": "REV"}`.
    func stringTable(_ key: String) throws(MapError) -> [String: String]? {
        guard let value = values[key] else { return nil }
        guard let table = value as? [String: Any] else { throw error(key, "expected an object of strings, found \(Self.describe(value))") }
        var result: [String: String] = [:]
        for (name, entry) in table {
            guard let text = entry as? String else {
                throw error("\(key).\(name)", "expected a string, found \(Self.describe(entry))")
            }
            result[name] = text
        }
        return result
    }

    func object(_ key: String) throws(MapError) -> MapObject? {
        guard let value = values[key] else { return nil }
        guard let object = value as? [String: Any] else { throw error(key, "expected an object, found \(Self.describe(value))") }
        return MapObject(file: file, path: "\(path).\(key)", values: object)
    }

    func requiredObject(_ key: String) throws(MapError) -> MapObject {
        guard let object = try object(key) else { throw error(nil, "expected the required key '\(key)', found none") }
        return object
    }

    /// An array of objects (a single object counts as an array of one when `single` is allowed).
    func objects(_ key: String, allowSingle: Bool = false) throws(MapError) -> [MapObject]? {
        guard let value = values[key] else { return nil }
        if allowSingle, let object = value as? [String: Any] {
            return [MapObject(file: file, path: "\(path).\(key)", values: object)]
        }
        guard let list = value as? [Any] else { throw error(key, "expected an array of objects, found \(Self.describe(value))") }
        var result: [MapObject] = []
        for (index, entry) in list.enumerated() {
            guard let object = entry as? [String: Any] else {
                throw error("\(key)[\(index)]", "expected an object, found \(Self.describe(entry))")
            }
            result.append(MapObject(file: file, path: "\(path).\(key)[\(index)]", values: object))
        }
        return result
    }

    /// What a JSON value is, for messages: `a number`, `an array`, `the string "x"`.
    static func describe(_ value: Any) -> String {
        switch value {
        case let text as String: "the string \"\(text)\""
        case is [Any]: "an array"
        case is [String: Any]: "an object"
        case is NSNull: "null"
        case let number as NSNumber: isJSONBoolean(number) ? "\(number.boolValue)" : "the number \(number)"
        default: "\(value)"
        }
    }
}

/// Whether an `NSNumber` from `JSONSerialization` holds a JSON `true` or `false` (on Linux `1 is Bool`
/// is true too, so the number's type code is what tells them apart).
private func isJSONBoolean(_ number: NSNumber) -> Bool {
    String(cString: number.objCType) == "c"
}
