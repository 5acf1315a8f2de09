/// Writes `ledger.json`: format, publisher, classifications and vendors.
enum LedgerDocument {
    static func bytes(_ blueprint: LedgerBlueprint) -> [UInt8] {
        let publisher = blueprint.publisher
        var out = JSONWriter(capacity: 1 << 17)
        out.raw("{\n  \"format\": \"govlens-ledger/1\",\n  \"publisher\": {\"name\": ")
        out.string(publisher.name)
        out.raw(", \"currency\": ")
        out.string(publisher.currency)
        out.raw(", \"fiscalYearStart\": {\"month\": ")
        out.int(publisher.calendar.startMonth)
        out.raw(", \"day\": ")
        out.int(publisher.calendar.startDay)
        out.raw("}, \"fiscalYearNaming\": ")
        out.string(publisher.calendar.naming.rawValue)
        out.raw(", \"asOf\": ")
        out.string(publisher.asOf.description)
        out.raw(", \"licence\": ")
        out.string(publisher.licence)
        out.raw(", \"source\": ")
        out.string(publisher.source)
        out.raw(", \"language\": ")
        out.string(publisher.language)
        out.raw("},\n  \"classifications\": {")
        var sections: [(StaticString, [ClassificationNode])] = [
            ("organisation", blueprint.organisation), ("category", blueprint.categories), ("fund", blueprint.funds),
        ]
        if !blueprint.functions.isEmpty { sections.append(("function", blueprint.functions)) }
        if !blueprint.regions.isEmpty { sections.append(("region", blueprint.regions)) }
        for (index, section) in sections.enumerated() {
            out.raw(index == 0 ? "\n    \"" : ",\n    \"")
            out.raw(section.0)
            out.raw("\": [")
            for (position, node) in section.1.enumerated() {
                out.raw(position == 0 ? "\n      {\"code\": " : ",\n      {\"code\": ")
                out.string(node.code)
                out.raw(", \"name\": ")
                out.string(node.name)
                out.raw(", \"parent\": ")
                out.stringOrNull(node.parent)
                if let description = node.description {
                    out.raw(", \"description\": ")
                    out.string(description)
                }
                out.raw("}")
            }
            out.raw("\n    ]")
        }
        out.raw("\n  },\n  \"vendors\": [")
        for (index, vendor) in blueprint.vendors.enumerated() {
            out.raw(index == 0 ? "\n    {\"id\": " : ",\n    {\"id\": ")
            out.string(vendor.id)
            out.raw(", \"name\": ")
            out.string(vendor.name)
            out.raw(", \"kind\": ")
            out.string(vendor.kind.rawValue)
            out.raw("}")
        }
        out.raw("\n  ]\n}\n")
        return out.bytes
    }
}
