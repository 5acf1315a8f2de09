/// The vendors of the City of Riverton and the pools its categories buy from.
enum RivertonVendors {
    /// Builds ~500 vendors (`scale` times as many for synthetic ledgers).
    static func make(seed: UInt64, scale: Int = 1) -> VendorFactory {
        var factory = VendorFactory(seed: seed, idDigits: scale > 1 ? 6 : 4)
        factory.add(["Riverton Payroll Clearing Account"], kind: .government, pool: "payroll")
        factory.add(["Riverton Employees' Retirement System"], kind: .government, pool: "benefits")
        factory.add(["Blue Meadow Health Plan", "Keystone Dental & Life Insurance"], kind: .business, pool: "benefits")
        factory.add(["City of Riverton Interfund Transfers"], kind: .government, pool: "internal")
        factory.add(
            ["Riverton Power & Light", "Tri-State Natural Gas", "Bell Valley Telephone", "Metro Fiber Networks", "Prairie Wind Energy", "Columbia Cellular"],
            kind: .business, pool: "utilities"
        )
        factory.add(["First Harbor Bank, N.A., Trustee", "Keystone Trust Company"], kind: .business, pool: "trustees")
        factory.add(governments, kind: .government, pool: "governments")

        let forms = ["", ", Inc.", " LLC", " Corp."]
        func businesses(_ pool: String, _ count: Int, _ trades: [String], suffixes: [String] = forms) {
            factory.add(count: count * scale, kind: .business, pool: pool, first: prefixes, second: trades, suffixes: suffixes)
        }
        businesses("professional", 55, [
            "Consulting Group", "Engineering Associates", "Legal Services", "Audit & Advisory", "Planning Partners",
            "Environmental Consultants", "Appraisal Services", "Training Institute", "Staffing Solutions",
        ])
        businesses("maintenance", 70, [
            "Mechanical", "HVAC Services", "Electric", "Plumbing", "Roofing", "Elevator", "Janitorial Services",
            "Landscaping", "Tree Care", "Fence & Gate", "Pest Control", "Generator Services",
        ])
        businesses("technology", 35, ["Software", "Data Systems", "Networks", "Cloud Services", "Cyber Defense", "GIS Technologies", "Computing"])
        businesses("supplies", 70, [
            "Supply", "Safety Products", "Industrial Supply", "Chemical", "Hardware", "Uniforms", "Medical Supply",
            "Book Distributors", "Athletic Goods", "Traffic Products", "Salt & Aggregates",
        ])
        businesses("office", 14, ["Office Supply", "Printing", "Stationers", "Business Products"])
        businesses("fuel", 6, ["Fuel & Oil", "Petroleum", "Energy Partners"])
        businesses("equipment", 30, ["Equipment", "Radio & Electronics", "Fitness Equipment", "Lab Instruments", "Tools", "Mower Sales"])
        businesses("vehicles", 12, ["Ford", "Truck Center", "Fire Apparatus", "Motors", "Fleet Sales", "Ambulance Sales"], suffixes: [""])
        businesses("construction", 35, ["Construction", "Builders", "Civil Contractors", "Excavating", "Bridge Company", "Concrete", "Paving"])
        businesses("leasing", 10, ["Leasing", "Properties", "Copier Leasing"], suffixes: [" LLC", ", Inc."])
        factory.add(count: 45 * scale, kind: .nonProfit, pool: "nonprofits", first: communities, second: [
            "Food Bank", "Youth Alliance", "Housing Partnership", "Health Center", "Arts Council", "Boys & Girls Club",
            "Senior Center", "Literacy Project", "Family Services", "Shelter Network", "Recovery Center", "Community Land Trust",
            "Legal Aid Society", "Veterans Outreach",
        ])
        factory.add(count: 110 * scale, kind: .individual, pool: "individuals", first: firstNames, second: lastNames)
        factory.add(["Assistance recipients (names withheld)"], kind: .individual, pool: "recipients")
        factory.share(from: "individuals", count: 80 * scale, into: "recipients")
        factory.share(from: "individuals", count: 12 * scale, into: "professional")
        factory.share(from: "individuals", count: 20 * scale, into: "claimants")
        factory.add(["Hale & Morrow LLP", "Ostrander Claims Services", "Riverton Mutual Insurance"], kind: .business, pool: "claimants")
        return factory
    }

    static let prefixes = [
        "Riverton", "Acme", "Summit", "Keystone", "Harbor", "Granite", "Prairie", "Liberty", "Northgate", "Bluewater",
        "Cedar", "Pioneer", "Lakeside", "Ironwood", "Meridian", "Redstone", "Silverline", "Oakmont", "Crescent", "Evergreen",
        "Tri-County", "Valley", "Beacon", "Frontier", "Atlas", "Copperfield", "Westbrook", "Highland", "Sterling", "Maple Leaf",
    ]

    static let communities = [
        "Riverton", "Harbor", "Eastside", "Westside", "Northside", "Mill District", "Lincoln Park", "Oak Hill", "Riverside",
        "Southgate", "Greater Riverton", "Hope Valley",
    ]

    static let governments = [
        "Harlan County", "Harlan County Sheriff's Office", "State Department of Revenue", "State Department of Transportation",
        "Riverton Regional Transit Authority", "Riverton Unified School District", "Tri-County Solid Waste Authority",
        "United States Postal Service", "Harlan County Health District", "Regional 911 Authority", "State Retirement Board",
        "Riverton Housing Authority", "State Department of Health", "Harlan County Clerk",
    ]

    static let firstNames = [
        "Maria", "James", "Aisha", "Robert", "Mei", "David", "Fatima", "Michael", "Sofia", "John", "Priya", "William",
        "Elena", "Thomas", "Grace", "Daniel", "Amara", "Kevin", "Rosa", "Samuel", "Hannah", "Luis", "Nora", "Andre",
    ]

    static let lastNames = [
        "Alvarez", "Johnson", "Okafor", "Nguyen", "Smith", "Patel", "Kowalski", "Brown", "Haddad", "Garcia", "Chen",
        "Williams", "O'Brien", "Martinez", "Jackson", "Novak", "Lee", "Robinson", "Schmidt", "Davis",
    ]

    /// Names of one-off payees (inline vendor objects).
    static var payeeNames: [String] {
        lastNames.flatMap { last in firstNames.map { "\($0) \(last)" } }.reversed()
    }
}
