/// Performance indicators of the City of Riverton for FY2023–FY2025: some on track, some
/// clearly not, in both directions. Values are scaled by 10^decimals (1 decimal: 124 is 12.4).
enum RivertonKPIs {
    private static let percent: ClosedRange<Int64> = 0...1000

    static let all: [KPISpec] = [
        KPISpec(
            "POL-911", organisation: "POL-COM", name: "911 calls: average answer time", unit: "s", direction: .lower, frequency: .monthly,
            decimals: 1, description: "Seconds from first ring to a call-taker answering", first: 98, latest: 124, noise: 6,
            targets: [100, 100, 100], baseline: 96
        ),
        KPISpec(
            "POL-P1", organisation: "POL-PAT", name: "Priority 1 response time", unit: "min", direction: .lower, frequency: .monthly,
            decimals: 1, first: 74, latest: 69, noise: 4, targets: [75, 72, 70]
        ),
        KPISpec(
            "POL-CLR", organisation: "POL-INV", name: "Violent crime clearance rate", unit: "%", direction: .higher, frequency: .quarterly,
            decimals: 1, first: 452, latest: 481, noise: 15, targets: [450, 470, 480], bounds: percent
        ),
        KPISpec(
            "POL-CRM", organisation: "POL", name: "Part I crimes per 1,000 residents", unit: "per 1,000", direction: .lower, frequency: .quarterly,
            decimals: 1, first: 92, latest: 85, noise: 4, targets: [95, 90, 88], baseline: 94
        ),
        KPISpec(
            "POL-TRN", organisation: "POL-TRN", name: "Officers meeting annual training hours", unit: "%", direction: .higher, frequency: .annual,
            decimals: 1, first: 912, latest: 958, noise: 0, targets: [950, 950, 950], bounds: percent
        ),
        KPISpec(
            "FIR-RSP", organisation: "FIR-SUP", name: "Fire responses within 6 minutes", unit: "%", direction: .higher, frequency: .monthly,
            decimals: 1, first: 882, latest: 861, noise: 15, targets: [900, 900, 900], baseline: 889, bounds: percent
        ),
        KPISpec(
            "FIR-EMS", organisation: "FIR-EMS", name: "EMS responses within 8 minutes", unit: "%", direction: .higher, frequency: .monthly,
            decimals: 1, first: 901, latest: 914, noise: 12, targets: [900, 900, 900], bounds: percent
        ),
        KPISpec(
            "FIR-STR", organisation: "FIR-SUP", name: "Structure fires", unit: "count", direction: .lower, frequency: .monthly,
            first: 21, latest: 18, noise: 4, season: .extremes, seasonalTargets: true, targets: [22, 22, 20]
        ),
        KPISpec(
            "FIR-INS", organisation: "FIR-PRV", name: "Fire inspections completed", unit: "count", direction: .higher, frequency: .quarterly,
            first: 1150, latest: 1320, noise: 60, targets: [1200, 1250, 1300]
        ),
        KPISpec(
            "PW-POT", organisation: "PW-STR", name: "Potholes filled within 48 hours", unit: "%", direction: .higher, frequency: .monthly,
            decimals: 1, description: "Share of reported potholes filled within two days of the report", first: 785, latest: 612, noise: 30,
            targets: [900, 900, 900], baseline: 802, bounds: percent
        ),
        KPISpec(
            "PW-PCI", organisation: "PW-STR", name: "Streets in good condition (PCI 70 or more)", unit: "%", direction: .higher, frequency: .annual,
            decimals: 1, first: 683, latest: 671, noise: 0, targets: [700, 700, 710], bounds: percent
        ),
        KPISpec(
            "PW-SNW", organisation: "PW-SNW", name: "Snow events with priority routes cleared within 12 hours", unit: "%", direction: .higher,
            frequency: .annual, first: 91, latest: 84, noise: 0, targets: [95, 95, 95], bounds: 0...100
        ),
        KPISpec(
            "PW-MIS", organisation: "PW-SAN", name: "Missed collections per 10,000 pickups", unit: "per 10,000", direction: .lower, frequency: .monthly,
            decimals: 1, first: 48, latest: 29, noise: 5, targets: [45, 40, 35]
        ),
        KPISpec(
            "PW-REC", organisation: "PW-SAN", name: "Recycling diversion rate", unit: "%", direction: .higher, frequency: .quarterly,
            decimals: 1, first: 241, latest: 262, noise: 8, targets: [250, 260, 280], bounds: percent
        ),
        KPISpec(
            "PW-CST", organisation: "PW-STR", name: "Cost per pothole filled", unit: "USD", direction: .lower, frequency: .quarterly,
            first: 365, latest: 412, noise: 15, targets: [380, 380, 380]
        ),
        KPISpec(
            "PRK-ENR", organisation: "PRK-REC", name: "Recreation program enrollment", unit: "count", direction: .higher, frequency: .quarterly,
            first: 8200, latest: 8900, noise: 300, season: .summer, seasonalTargets: true, targets: [8000, 8500, 9000]
        ),
        KPISpec(
            "PRK-POOL", organisation: "PRK-AQU", name: "Pool attendance", unit: "count", direction: .higher, frequency: .monthly,
            first: 14000, latest: 15500, noise: 800, season: .summer, seasonalTargets: true, targets: [14000, 14500, 16000]
        ),
        KPISpec(
            "PRK-SAT", organisation: "PRK", name: "Residents satisfied with parks", unit: "%", direction: .higher, frequency: .annual,
            first: 81, latest: 79, noise: 0, targets: [80, 80, 82], bounds: 0...100
        ),
        KPISpec(
            "PRK-TRE", organisation: "PRK-FOR", name: "Trees planted", unit: "count", direction: .higher, frequency: .quarterly,
            first: 420, latest: 360, noise: 40, targets: [450, 450, 500]
        ),
        KPISpec(
            "LIB-VIS", organisation: "LIB-BRN", name: "Library visits", unit: "count", direction: .higher, frequency: .monthly,
            first: 98000, latest: 90000, noise: 3000, targets: [100_000, 100_000, 100_000], baseline: 97000
        ),
        KPISpec(
            "LIB-CIRC", organisation: "LIB-COL", name: "Physical items borrowed", unit: "count", direction: .higher, frequency: .monthly,
            first: 142_000, latest: 128_000, noise: 5000, targets: [140_000, 135_000, 130_000]
        ),
        KPISpec(
            "LIB-DIG", organisation: "LIB-COL", name: "Digital checkouts", unit: "count", direction: .higher, frequency: .monthly,
            first: 38000, latest: 57000, noise: 2000, targets: [40000, 45000, 50000]
        ),
        KPISpec(
            "LIB-LIT", organisation: "LIB-YTH", name: "Children in the summer reading program", unit: "count", direction: .higher, frequency: .annual,
            first: 5400, latest: 5900, noise: 0, targets: [5500, 5700, 6000]
        ),
        KPISpec(
            "HSG-UNT", organisation: "HSG-AFF", name: "Affordable housing units completed", unit: "count", direction: .higher, frequency: .quarterly,
            first: 45, latest: 18, noise: 8, targets: [50, 60, 75]
        ),
        KPISpec(
            "HSG-PLC", organisation: "HSG-HML", name: "People moved from homelessness into housing", unit: "count", direction: .higher,
            frequency: .quarterly, first: 140, latest: 170, noise: 15, targets: [150, 160, 170]
        ),
        KPISpec(
            "HSG-APP", organisation: "HSG-RNT", name: "Days to decide a rental assistance application", unit: "days", direction: .lower,
            frequency: .monthly, decimals: 1, first: 214, latest: 338, noise: 20, targets: [210, 210, 200]
        ),
        KPISpec(
            "HLT-INS", organisation: "HLT-ENV", name: "Restaurant inspections completed on time", unit: "%", direction: .higher, frequency: .monthly,
            decimals: 1, first: 923, latest: 951, noise: 12, targets: [950, 950, 950], bounds: percent
        ),
        KPISpec(
            "HLT-VAC", organisation: "HLT-EPI", name: "Kindergarten vaccination rate", unit: "%", direction: .higher, frequency: .annual,
            decimals: 1, first: 934, latest: 941, noise: 0, targets: [950, 950, 950], bounds: percent
        ),
        KPISpec(
            "HLT-OD", organisation: "HLT-BEH", name: "Overdose deaths", unit: "count", direction: .lower, frequency: .quarterly,
            first: 31, latest: 22, noise: 4, targets: [30, 28, 25], baseline: 33
        ),
        KPISpec(
            "FIN-P30", organisation: "FIN-ACC", name: "Invoices paid within 30 days", unit: "%", direction: .higher, frequency: .monthly,
            decimals: 1, first: 862, latest: 914, noise: 15, targets: [900, 900, 900], bounds: percent
        ),
        KPISpec(
            "FIN-AUD", organisation: "FIN", name: "Audit findings", unit: "count", direction: .lower, frequency: .annual,
            first: 6, latest: 3, noise: 0, targets: [4, 3, 2]
        ),
        KPISpec(
            "IT-UP", organisation: "IT-INF", name: "Core systems availability", unit: "%", direction: .higher, frequency: .monthly,
            decimals: 2, first: 9981, latest: 9992, noise: 8, targets: [9990, 9990, 9990], bounds: 0...10000
        ),
        KPISpec(
            "IT-DSK", organisation: "IT-SVC", name: "Help-desk tickets resolved within one business day", unit: "%", direction: .higher,
            frequency: .monthly, decimals: 1, first: 712, latest: 768, noise: 20, targets: [750, 780, 800], bounds: percent
        ),
        KPISpec(
            "IT-PHI", organisation: "IT-SEC", name: "Staff completing phishing training", unit: "%", direction: .higher, frequency: .quarterly,
            decimals: 1, first: 780, latest: 940, noise: 15, targets: [900, 900, 950], bounds: percent
        ),
        KPISpec(
            "PLN-PRM", organisation: "PLN-PRM", name: "Residential permits issued within 30 days", unit: "%", direction: .higher,
            frequency: .monthly, decimals: 1, first: 745, latest: 822, noise: 25, targets: [800, 800, 850], bounds: percent
        ),
        KPISpec(
            "WTR-BRK", organisation: "WTR-DST", name: "Water main breaks", unit: "count", direction: .lower, frequency: .monthly,
            first: 14, latest: 12, noise: 3, season: .winter, seasonalTargets: true, targets: [15, 15, 14]
        ),
        KPISpec(
            "WTR-CMP", organisation: "WTR-SUP", name: "Drinking water samples meeting standards", unit: "%", direction: .higher,
            frequency: .annual, decimals: 1, first: 1000, latest: 998, noise: 0, targets: [1000, 1000, 1000], bounds: percent
        ),
    ]
}
