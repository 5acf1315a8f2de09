/// Economic categories, funds, functions and regions of the City of Riverton, and how each
/// category spends.
enum RivertonCategories {
    private static func usd(_ dollars: Int64) -> Int64 { dollars * 100 }

    /// A typical amount so large that periodic categories get one item per period and no more.
    private static let periodic: Int64 = 1 << 50

    static let categories: [ClassificationNode] = [
        ClassificationNode("PER", "Personnel"),
        ClassificationNode("PER-SAL", "Salaries & Wages", parent: "PER"),
        ClassificationNode("PER-OT", "Overtime", parent: "PER"),
        ClassificationNode("PER-BEN", "Employee Benefits", parent: "PER", description: "Pension contributions, health, dental and life insurance"),
        ClassificationNode("CON", "Contractual Services"),
        ClassificationNode("CON-PRO", "Professional Services", parent: "CON"),
        ClassificationNode("CON-MNT", "Repairs & Maintenance", parent: "CON"),
        ClassificationNode("CON-TEC", "Technology Services", parent: "CON"),
        ClassificationNode("CON-UTL", "Utilities", parent: "CON"),
        ClassificationNode("CON-RNT", "Rentals & Leases", parent: "CON"),
        ClassificationNode("SUP", "Supplies"),
        ClassificationNode("SUP-OPS", "Operating Supplies", parent: "SUP"),
        ClassificationNode("SUP-OFF", "Office Supplies", parent: "SUP"),
        ClassificationNode("SUP-FUL", "Fuel", parent: "SUP"),
        ClassificationNode("CAP", "Capital Outlay"),
        ClassificationNode("CAP-EQP", "Equipment", parent: "CAP"),
        ClassificationNode("CAP-VEH", "Vehicles", parent: "CAP"),
        ClassificationNode("CAP-INF", "Infrastructure", parent: "CAP"),
        ClassificationNode("CAP-BLD", "Buildings & Improvements", parent: "CAP"),
        ClassificationNode("GRT", "Grants & Assistance"),
        ClassificationNode("GRT-ORG", "Grants to Organizations", parent: "GRT"),
        ClassificationNode("GRT-IND", "Assistance to Individuals", parent: "GRT"),
        ClassificationNode("GRT-GOV", "Payments to Other Governments", parent: "GRT"),
        ClassificationNode("DEB", "Debt Service"),
        ClassificationNode("DEB-PRN", "Principal", parent: "DEB"),
        ClassificationNode("DEB-INT", "Interest", parent: "DEB"),
        ClassificationNode("OTH", "Other Expenses", description: "Spending that is not budgeted in advance"),
        ClassificationNode("OTH-SET", "Claims & Settlements", parent: "OTH"),
        ClassificationNode("OTH-EMR", "Emergency Response", parent: "OTH"),
    ]

    static let spending: [CategorySpec] = [
        CategorySpec("PER-SAL", .payroll, typical: periodic, pool: "payroll", reference: "PR", phrases: ["Payroll"], seasonal: false, coFundable: false),
        CategorySpec("PER-OT", .overtime, typical: periodic, pool: "payroll", reference: "PR", phrases: ["Overtime payroll"], seasonal: false, coFundable: false),
        CategorySpec(
            "PER-BEN", .benefits, typical: periodic, pool: "benefits", reference: "BEN",
            phrases: ["Pension contribution", "Health insurance premium", "Dental & life insurance"], seasonal: false, coFundable: false
        ),
        CategorySpec("CON-PRO", .orders(paymentsPerOrder: 3, spanDays: 120), typical: usd(7_000), pool: "professional", reference: "PO", phrases: [
            "Consulting services", "Engineering design services", "Legal services", "Independent audit services",
            "Training services", "Appraisal services", "Environmental review", "Program evaluation", "Temporary staffing",
        ]),
        CategorySpec("CON-MNT", .orders(paymentsPerOrder: 2, spanDays: 60), typical: usd(2_500), pool: "maintenance", reference: "PO", phrases: [
            "HVAC maintenance", "Elevator service contract", "Roof repair", "Plumbing repairs", "Electrical repairs",
            "Janitorial services", "Grounds maintenance", "Pest control", "Fence repair", "Generator servicing",
        ]),
        CategorySpec("CON-TEC", .orders(paymentsPerOrder: 4, spanDays: 180), typical: usd(5_000), pool: "technology", reference: "PO", phrases: [
            "Software subscription", "Software maintenance and support", "Cloud hosting", "Network services",
            "Data backup service", "GIS licence renewal", "Security monitoring service",
        ]),
        CategorySpec(
            "CON-UTL", .recurring, typical: usd(9_000), pool: "utilities", reference: "INV",
            phrases: ["Electric service", "Natural gas service", "Telecommunications", "Internet service"], coFundable: false
        ),
        CategorySpec(
            "CON-RNT", .recurring, typical: usd(7_000), pool: "leasing", reference: "INV",
            phrases: ["Equipment lease", "Office space lease", "Copier lease"], seasonal: false, coFundable: false
        ),
        CategorySpec("SUP-OPS", .purchases, typical: usd(1_800), pool: "supplies", reference: "INV", phrases: [
            "Operating supplies", "Safety equipment", "Cleaning supplies", "Uniforms", "Small tools", "Road salt",
            "Medical supplies", "Books and media", "Recreation supplies", "Traffic paint", "Water treatment chemicals",
        ]),
        CategorySpec("SUP-OFF", .purchases, typical: usd(500), pool: "office", reference: "INV", phrases: [
            "Office supplies", "Printer toner", "Copy paper", "Printing services", "Postage",
        ]),
        CategorySpec("SUP-FUL", .purchases, typical: usd(2_600), pool: "fuel", reference: "INV", phrases: [
            "Unleaded fuel", "Diesel fuel", "Fleet fuel cards",
        ]),
        CategorySpec("CAP-EQP", .orders(paymentsPerOrder: 1, spanDays: 60), typical: usd(7_000), pool: "equipment", reference: "PO", phrases: [
            "Radio equipment", "Computer equipment", "Fitness equipment", "Laboratory equipment", "Mowers",
            "Defibrillators", "Network switches",
        ]),
        CategorySpec("CAP-VEH", .orders(paymentsPerOrder: 1, spanDays: 90), typical: usd(30_000), pool: "vehicles", reference: "PO", phrases: [
            "Patrol vehicle", "Pickup truck", "Dump truck", "Ambulance", "Street sweeper", "Utility van",
        ]),
        CategorySpec(
            "CAP-INF", .orders(paymentsPerOrder: 5, spanDays: 240), typical: usd(45_000), pool: "construction", reference: "PO",
            phrases: projects(["Resurfacing", "Sidewalk replacement", "Storm sewer upgrade", "Water main replacement", "Curb ramps"]),
            regional: true
        ),
        CategorySpec(
            "CAP-BLD", .orders(paymentsPerOrder: 5, spanDays: 240), typical: usd(40_000), pool: "construction", reference: "PO",
            phrases: [
                "Fire Station 4 roof replacement", "Central Library renovation", "Eastside Community Center expansion",
                "Police headquarters HVAC", "Riverside Park restrooms", "Public Works yard salt dome", "City Hall accessibility upgrades",
                "Pool filtration replacement",
            ],
            regional: true
        ),
        CategorySpec("GRT-ORG", .agreements(paymentsPerAgreement: 4), typical: usd(9_000), pool: "nonprofits", reference: "GA", phrases: [
            "Youth mentoring grant", "Emergency shelter operations", "Food security grant", "Arts and culture grant",
            "Affordable housing development grant", "Senior meals program", "Addiction recovery services", "Workforce training grant",
        ]),
        CategorySpec("GRT-IND", .assistance, typical: usd(1_800), pool: "recipients", reference: "AP", phrases: [
            "Rental assistance payment", "Security deposit assistance", "Utility bill assistance", "Relocation assistance",
        ]),
        CategorySpec(
            "GRT-GOV", .recurring, typical: usd(25_000), pool: "governments", reference: "INV",
            phrases: ["Intergovernmental services", "State fees and assessments", "Regional authority contribution"], seasonal: false, coFundable: false
        ),
        CategorySpec(
            "DEB-PRN", .debt(months: [1]), typical: periodic, pool: "trustees", reference: "DS",
            phrases: ["Principal, 2015 General Obligation Bonds", "Principal, 2019 Public Safety Bonds", "Principal, 2021 Refunding Bonds"],
            seasonal: false, coFundable: false
        ),
        CategorySpec(
            "DEB-INT", .debt(months: [1, 7]), typical: periodic, pool: "trustees", reference: "DS",
            phrases: ["Interest, 2015 General Obligation Bonds", "Interest, 2019 Public Safety Bonds", "Interest, 2021 Refunding Bonds"],
            seasonal: false, coFundable: false
        ),
        CategorySpec("OTH-SET", .purchases, typical: usd(22_000), pool: "claimants", reference: "CLM", phrases: [
            "Settlement of claim", "Judgment payment", "Property damage claim",
        ], seasonal: false),
        CategorySpec("OTH-EMR", .orders(paymentsPerOrder: 2, spanDays: 45), typical: usd(25_000), pool: "construction", reference: "PO", phrases: [
            "Ice storm debris removal", "Emergency tree removal", "Storm damage repairs",
        ]),
    ]

    /// Works on named streets: "Resurfacing, Elm Street".
    private static func projects(_ works: [String]) -> [String] {
        let streets = ["Elm Street", "Oak Avenue", "River Road", "Main Street", "Mill Street", "Lincoln Boulevard", "Harbor Drive", "5th Avenue"]
        return works.flatMap { work in streets.map { "\(work), \($0)" } }
    }

    static let funds: [ClassificationNode] = [
        ClassificationNode("GF", "General Fund"),
        ClassificationNode("SRF", "Special Revenue Funds"),
        ClassificationNode("SRF-GRT", "Federal & State Grants", parent: "SRF"),
        ClassificationNode("SRF-HWY", "Highway User Revenue", parent: "SRF"),
        ClassificationNode("SRF-LIB", "Library Levy", parent: "SRF"),
        ClassificationNode("CPF", "Capital Projects Funds"),
        ClassificationNode("CPF-BND", "Bond-Funded Capital", parent: "CPF"),
        ClassificationNode("CPF-PAY", "Pay-As-You-Go Capital", parent: "CPF"),
        ClassificationNode("DSF", "Debt Service Fund"),
        ClassificationNode("ENT", "Enterprise Funds"),
        ClassificationNode("ENT-WTR", "Water & Sewer Fund", parent: "ENT"),
        ClassificationNode("ISF", "Internal Service Funds"),
        ClassificationNode("ISF-FLT", "Fleet Fund", parent: "ISF"),
        ClassificationNode("ISF-IT", "Technology Fund", parent: "ISF"),
    ]

    /// COFOG divisions.
    static let functions: [ClassificationNode] = [
        ClassificationNode("01", "General public services"),
        ClassificationNode("02", "Defence"),
        ClassificationNode("03", "Public order and safety"),
        ClassificationNode("04", "Economic affairs"),
        ClassificationNode("05", "Environmental protection"),
        ClassificationNode("06", "Housing and community amenities"),
        ClassificationNode("07", "Health"),
        ClassificationNode("08", "Recreation, culture and religion"),
        ClassificationNode("09", "Education"),
        ClassificationNode("10", "Social protection"),
    ]

    static let regions: [ClassificationNode] = (1...5).map {
        ClassificationNode("D\($0)", "Council District \($0)")
    }
}
