/// Agencies and programs of the City of Riverton.
enum RivertonPrograms {
    /// Thousands of dollars in cents.
    private static func k(_ thousands: Int64) -> Int64 { thousands * 100_000 }

    static let agencies: [ClassificationNode] = [
        ClassificationNode("POL", "Police Department"),
        ClassificationNode("FIR", "Fire Department"),
        ClassificationNode("PW", "Public Works", description: "Streets, snow and ice, sanitation, fleet, facilities and capital projects"),
        ClassificationNode("PRK", "Parks & Recreation"),
        ClassificationNode("LIB", "Public Library"),
        ClassificationNode("HSG", "Housing & Community Development"),
        ClassificationNode("HLT", "Public Health"),
        ClassificationNode("FIN", "Finance Department"),
        ClassificationNode("IT", "Information Technology"),
        ClassificationNode("PLN", "Planning & Development"),
        ClassificationNode("WTR", "Water & Sewer Utility", description: "Enterprise fund: paid for by utility rates"),
        ClassificationNode("GOV", "Mayor & City Council"),
    ]

    static let programs: [ProgramSpec] = [
        ProgramSpec("POL-PAT", "Patrol Operations", agency: "POL", function: "03", profile: publicSafety, budget: k(142_000), fund: "GF"),
        ProgramSpec("POL-INV", "Criminal Investigations", agency: "POL", function: "03", profile: publicSafety, budget: k(48_000), fund: "GF"),
        ProgramSpec("POL-COM", "Emergency Communications (911)", agency: "POL", function: "03", profile: publicSafety, budget: k(16_000), fund: "GF"),
        ProgramSpec("POL-TRF", "Traffic Enforcement", agency: "POL", function: "03", profile: publicSafety, budget: k(14_000), fund: "GF", season: .summer),
        ProgramSpec("POL-TRN", "Training & Professional Standards", agency: "POL", function: "03", profile: administration, budget: k(9_000), fund: "GF"),
        ProgramSpec("POL-YTH", "Community Policing & Youth Outreach", agency: "POL", function: "03", profile: services, budget: k(6_500), fund: "GF", coFunding: ("SRF-GRT", 300), season: .summer),

        ProgramSpec("FIR-SUP", "Fire Suppression", agency: "FIR", function: "03", profile: publicSafety, budget: k(98_000), fund: "GF", season: .summer),
        ProgramSpec("FIR-EMS", "Emergency Medical Services", agency: "FIR", function: "03", profile: publicSafety, budget: k(46_000), fund: "GF"),
        ProgramSpec("FIR-PRV", "Fire Prevention & Inspections", agency: "FIR", function: "03", profile: administration, budget: k(8_500), fund: "GF"),
        ProgramSpec("FIR-APP", "Fire Apparatus & Stations", agency: "FIR", function: "03", profile: capital, budget: k(14_000), fund: "CPF-BND"),

        ProgramSpec("PW-STR", "Street Maintenance", agency: "PW", function: "04", profile: operations, budget: k(38_000), fund: "GF", coFunding: ("SRF-HWY", 400), season: .summer),
        ProgramSpec("PW-SNW", "Snow & Ice Control", agency: "PW", function: "04", profile: operations, budget: k(9_500), fund: "SRF-HWY", season: .winter),
        ProgramSpec("PW-SAN", "Sanitation & Recycling", agency: "PW", function: "05", profile: operations, budget: k(44_000), fund: "GF"),
        ProgramSpec("PW-FLT", "Fleet Services", agency: "PW", function: "01", profile: operations, budget: k(18_000), fund: "ISF-FLT"),
        ProgramSpec("PW-TSG", "Traffic Signals & Signs", agency: "PW", function: "04", profile: operations, budget: k(11_000), fund: "SRF-HWY"),
        ProgramSpec("PW-FAC", "Facilities Maintenance", agency: "PW", function: "01", profile: operations, budget: k(16_000), fund: "GF"),
        ProgramSpec("PW-CIP", "Capital Improvement Program", agency: "PW", function: "04", profile: capital, budget: k(62_000), fund: "CPF-BND", coFunding: ("SRF-GRT", 200), season: .summer),

        ProgramSpec("PRK-MNT", "Park Maintenance", agency: "PRK", function: "08", profile: operations, budget: k(19_000), fund: "GF", season: .summer),
        ProgramSpec("PRK-REC", "Recreation Programs", agency: "PRK", function: "08", profile: services, budget: k(15_000), fund: "GF", season: .summer),
        ProgramSpec("PRK-AQU", "Aquatics", agency: "PRK", function: "08", profile: services, budget: k(7_500), fund: "GF", season: .summer),
        ProgramSpec("PRK-FOR", "Urban Forestry", agency: "PRK", function: "05", profile: operations, budget: k(5_500), fund: "GF", season: .summer),
        ProgramSpec("PRK-CIP", "Parks Capital Projects", agency: "PRK", function: "08", profile: capital, budget: k(16_000), fund: "CPF-PAY", season: .summer),

        ProgramSpec("LIB-BRN", "Branch Services", agency: "LIB", function: "08", profile: services, budget: k(21_000), fund: "SRF-LIB"),
        ProgramSpec("LIB-COL", "Collections & Digital Resources", agency: "LIB", function: "08", profile: collections, budget: k(7_000), fund: "SRF-LIB"),
        ProgramSpec("LIB-YTH", "Youth & Literacy Programs", agency: "LIB", function: "09", profile: services, budget: k(4_500), fund: "SRF-LIB", season: .summer),
        ProgramSpec("LIB-TEC", "Library Technology", agency: "LIB", function: "08", profile: technology, budget: k(3_500), fund: "SRF-LIB"),

        ProgramSpec("HSG-AFF", "Affordable Housing Development", agency: "HSG", function: "06", profile: grants, budget: k(24_000), fund: "GF", coFunding: ("SRF-GRT", 500)),
        ProgramSpec("HSG-RNT", "Rental Assistance", agency: "HSG", function: "10", profile: assistance, budget: k(7_000), fund: "GF", coFunding: ("SRF-GRT", 600)),
        ProgramSpec("HSG-HML", "Homeless Services", agency: "HSG", function: "10", profile: grants, budget: k(15_000), fund: "GF", coFunding: ("SRF-GRT", 400), season: .winter),
        ProgramSpec("HSG-CDB", "Community Development Block Grant", agency: "HSG", function: "06", profile: grants, budget: k(9_000), fund: "SRF-GRT"),
        ProgramSpec("HSG-COD", "Code Enforcement", agency: "HSG", function: "06", profile: administration, budget: k(6_000), fund: "GF"),

        ProgramSpec("HLT-CLN", "Community Clinics", agency: "HLT", function: "07", profile: services, budget: k(24_000), fund: "GF", coFunding: ("SRF-GRT", 300)),
        ProgramSpec("HLT-ENV", "Environmental Health Inspections", agency: "HLT", function: "07", profile: administration, budget: k(7_500), fund: "GF", season: .summer),
        ProgramSpec("HLT-EPI", "Epidemiology & Disease Control", agency: "HLT", function: "07", profile: services, budget: k(9_000), fund: "GF", coFunding: ("SRF-GRT", 500), season: .winter),
        ProgramSpec("HLT-BEH", "Behavioral Health & Substance Use", agency: "HLT", function: "07", profile: grants, budget: k(14_000), fund: "GF", coFunding: ("SRF-GRT", 450)),
        ProgramSpec("HLT-SEN", "Senior Services", agency: "HLT", function: "10", profile: services, budget: k(8_000), fund: "GF"),

        ProgramSpec("FIN-ACC", "Accounting & Payroll", agency: "FIN", function: "01", profile: administration, budget: k(9_000), fund: "GF"),
        ProgramSpec("FIN-BUD", "Budget & Management", agency: "FIN", function: "01", profile: administration, budget: k(3_500), fund: "GF"),
        ProgramSpec("FIN-PUR", "Purchasing", agency: "FIN", function: "01", profile: administration, budget: k(3_000), fund: "GF"),
        ProgramSpec("FIN-TRS", "Treasury & Revenue", agency: "FIN", function: "01", profile: administration, budget: k(8_500), fund: "GF"),
        ProgramSpec("FIN-DEB", "Debt Service", agency: "FIN", function: "01", profile: debt, budget: k(88_000), fund: "DSF"),

        ProgramSpec("IT-INF", "Infrastructure & Networks", agency: "IT", function: "01", profile: technology, budget: k(17_000), fund: "ISF-IT"),
        ProgramSpec("IT-APP", "Enterprise Applications", agency: "IT", function: "01", profile: technology, budget: k(15_000), fund: "ISF-IT"),
        ProgramSpec("IT-SEC", "Cybersecurity", agency: "IT", function: "01", profile: technology, budget: k(6_000), fund: "ISF-IT"),
        ProgramSpec("IT-SVC", "Service Desk", agency: "IT", function: "01", profile: technology, budget: k(5_000), fund: "ISF-IT"),

        ProgramSpec("PLN-PRM", "Building Permits & Inspections", agency: "PLN", function: "06", profile: administration, budget: k(12_000), fund: "GF", season: .summer),
        ProgramSpec("PLN-LRP", "Long-Range Planning", agency: "PLN", function: "06", profile: administration, budget: k(4_000), fund: "GF"),
        ProgramSpec("PLN-ECO", "Economic Development", agency: "PLN", function: "04", profile: services, budget: k(7_000), fund: "GF"),

        ProgramSpec("WTR-SUP", "Water Supply & Treatment", agency: "WTR", function: "06", profile: utility, budget: k(52_000), fund: "ENT-WTR", season: .summer),
        ProgramSpec("WTR-DST", "Distribution & Collection", agency: "WTR", function: "05", profile: utility, budget: k(46_000), fund: "ENT-WTR", season: .winter),
        ProgramSpec("WTR-CUS", "Utility Customer Service", agency: "WTR", function: "06", profile: administration, budget: k(9_000), fund: "ENT-WTR"),

        ProgramSpec("GOV-MAY", "Office of the Mayor", agency: "GOV", function: "01", profile: administration, budget: k(4_500), fund: "GF"),
        ProgramSpec("GOV-CCL", "City Council", agency: "GOV", function: "01", profile: administration, budget: k(3_200), fund: "GF"),
        ProgramSpec("GOV-CLK", "City Clerk & Elections", agency: "GOV", function: "01", profile: administration, budget: k(3_800), fund: "GF"),
        ProgramSpec("GOV-ATY", "City Attorney", agency: "GOV", function: "01", profile: administration, budget: k(7_500), fund: "GF"),
    ]

    // MARK: - Profiles: budget share per category, per mille

    static let publicSafety: [(category: String, perMille: Int)] = [
        ("PER-SAL", 590), ("PER-OT", 80), ("PER-BEN", 215), ("CON-PRO", 15), ("CON-MNT", 15), ("CON-TEC", 12),
        ("CON-UTL", 8), ("SUP-OPS", 25), ("SUP-OFF", 5), ("SUP-FUL", 15), ("CAP-EQP", 10), ("CAP-VEH", 10),
    ]
    static let operations: [(category: String, perMille: Int)] = [
        ("PER-SAL", 370), ("PER-OT", 45), ("PER-BEN", 135), ("CON-PRO", 30), ("CON-MNT", 160), ("CON-UTL", 30),
        ("CON-RNT", 20), ("SUP-OPS", 90), ("SUP-FUL", 50), ("CAP-EQP", 40), ("CAP-VEH", 30),
    ]
    static let services: [(category: String, perMille: Int)] = [
        ("PER-SAL", 470), ("PER-OT", 10), ("PER-BEN", 165), ("CON-PRO", 85), ("CON-MNT", 50), ("CON-UTL", 40),
        ("CON-RNT", 20), ("SUP-OPS", 60), ("SUP-OFF", 20), ("CAP-EQP", 30), ("GRT-ORG", 50),
    ]
    static let collections: [(category: String, perMille: Int)] = [
        ("PER-SAL", 300), ("PER-BEN", 100), ("CON-TEC", 120), ("CON-PRO", 30), ("SUP-OPS", 420), ("CAP-EQP", 30),
    ]
    static let capital: [(category: String, perMille: Int)] = [
        ("PER-SAL", 50), ("PER-BEN", 18), ("CON-PRO", 82), ("CAP-INF", 500), ("CAP-BLD", 300), ("CAP-EQP", 50),
    ]
    static let grants: [(category: String, perMille: Int)] = [
        ("PER-SAL", 150), ("PER-BEN", 50), ("CON-PRO", 40), ("SUP-OFF", 10), ("GRT-ORG", 650), ("GRT-IND", 100),
    ]
    static let assistance: [(category: String, perMille: Int)] = [
        ("PER-SAL", 100), ("PER-BEN", 35), ("CON-PRO", 25), ("SUP-OFF", 5), ("GRT-IND", 835),
    ]
    static let administration: [(category: String, perMille: Int)] = [
        ("PER-SAL", 520), ("PER-BEN", 180), ("CON-PRO", 120), ("CON-TEC", 60), ("CON-RNT", 30), ("SUP-OFF", 40),
        ("SUP-OPS", 20), ("GRT-GOV", 30),
    ]
    static let technology: [(category: String, perMille: Int)] = [
        ("PER-SAL", 380), ("PER-BEN", 130), ("CON-TEC", 300), ("CON-PRO", 60), ("CAP-EQP", 100), ("SUP-OFF", 10), ("CON-UTL", 20),
    ]
    static let debt: [(category: String, perMille: Int)] = [("DEB-PRN", 620), ("DEB-INT", 380)]
    static let utility: [(category: String, perMille: Int)] = [
        ("PER-SAL", 280), ("PER-OT", 30), ("PER-BEN", 100), ("CON-PRO", 50), ("CON-MNT", 120), ("CON-UTL", 150),
        ("SUP-OPS", 120), ("SUP-FUL", 30), ("CAP-INF", 100), ("CAP-VEH", 20),
    ]
}
