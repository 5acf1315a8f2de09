/// Writes `ledger.json`: format, publisher, classifications and vendors.
enum LedgerDocument {
    static func bytes(_ blueprint: LedgerBlueprint) -> [UInt8] {
        let publisher = blueprint.publisher
        var out = JSONWriter(capacity: 1 << 17)
        out.raw("{\n  \"format\": \"govlens-ledger/1\",\n  \"publisher\": {")
        out.member("\"name\": ", publisher.name)
        out.member(", \"currency\": ", publisher.currency)
        out.raw(", \"fiscalYearStart\": {\"month\": ")
        out.int(publisher.calendar.startMonth)
        out.raw(", \"day\": ")
        out.int(publisher.calendar.startDay)
        out.member("}, \"fiscalYearNaming\": ", publisher.calendar.naming.rawValue)
        out.member(", \"asOf\": ", publisher.asOf.description)
        out.member(", \"licence\": ", publisher.licence)
        out.member(", \"source\": ", publisher.source)
        out.member(", \"language\": ", publisher.language)
        for (index, holiday) in blueprint.auditHolidays.enumerated() {
            out.member(index == 0 ? ", \"audit\": {\"holidays\": [" : ", ", holiday.description)
        }
        if !blueprint.auditHolidays.isEmpty { out.raw("]}") }
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
                out.member(position == 0 ? "\n      {\"code\": " : ",\n      {\"code\": ", node.code)
                out.member(", \"name\": ", node.name)
                out.raw(", \"parent\": ")
                out.stringOrNull(node.parent)
                out.member(", \"description\": ", node.description)
                out.raw("}")
            }
            out.raw("\n    ]")
        }
        out.raw("\n  },\n  \"vendors\": [")
        for (index, vendor) in blueprint.vendors.enumerated() {
            out.member(index == 0 ? "\n    {\"id\": " : ",\n    {\"id\": ", vendor.id)
            out.member(", \"name\": ", vendor.name)
            out.member(", \"kind\": ", vendor.kind.rawValue)
            out.raw("}")
        }
        out.raw("\n  ]\n}\n")
        return out.bytes
    }
}
