/// 部 (departments) and 課 (divisions) of 青空市.
enum AozoraPrograms {
    /// Thousands of yen (千円), the unit of Japanese municipal budgets.
    private static func sen(_ thousands: Int64) -> Int64 { thousands * 1000 }

    static let agencies: [ClassificationNode] = [
        ClassificationNode("01", "総務部"),
        ClassificationNode("02", "市民生活部"),
        ClassificationNode("03", "健康福祉部", description: "生活保護・子育て・健康・高齢者福祉"),
        ClassificationNode("04", "建設部"),
        ClassificationNode("05", "教育委員会"),
        ClassificationNode("06", "消防本部"),
        ClassificationNode("07", "議会事務局"),
    ]

    static let programs: [ProgramSpec] = [
        ProgramSpec("0101", "総務課", agency: "01", function: "01", profile: administration, budget: sen(1_800_000), fund: "10"),
        ProgramSpec("0102", "財政課", agency: "01", function: "01", profile: finance, budget: sen(4_200_000), fund: "10"),
        ProgramSpec("0103", "税務課", agency: "01", function: "01", profile: administration, budget: sen(900_000), fund: "10"),
        ProgramSpec("0104", "情報政策課", agency: "01", function: "01", profile: technology, budget: sen(1_100_000), fund: "10"),
        ProgramSpec("0201", "市民課", agency: "02", function: "01", profile: administration, budget: sen(700_000), fund: "10"),
        ProgramSpec("0202", "環境保全課", agency: "02", function: "05", profile: operations, budget: sen(3_200_000), fund: "10"),
        ProgramSpec("0203", "防災危機管理課", agency: "02", function: "03", profile: administration, budget: sen(500_000), fund: "10"),
        ProgramSpec("0301", "社会福祉課", agency: "03", function: "10", profile: welfare, budget: sen(9_800_000), fund: "10"),
        ProgramSpec("0302", "子育て支援課", agency: "03", function: "10", profile: childcare, budget: sen(7_600_000), fund: "10"),
        ProgramSpec("0303", "健康推進課", agency: "03", function: "07", profile: services, budget: sen(1_900_000), fund: "10", coFunding: ("21", 300), season: .winter),
        ProgramSpec("0304", "高齢福祉課", agency: "03", function: "10", profile: grants, budget: sen(2_400_000), fund: "10", coFunding: ("22", 500)),
        ProgramSpec("0401", "道路課", agency: "04", function: "04", profile: roads, budget: sen(2_600_000), fund: "10"),
        ProgramSpec("0402", "都市計画課", agency: "04", function: "06", profile: administration, budget: sen(800_000), fund: "10"),
        ProgramSpec("0403", "公園緑地課", agency: "04", function: "08", profile: operations, budget: sen(900_000), fund: "10", season: .summer),
        ProgramSpec("0404", "下水道課", agency: "04", function: "05", profile: utility, budget: sen(3_100_000), fund: "23"),
        ProgramSpec("0501", "教育総務課", agency: "05", function: "09", profile: administration, budget: sen(1_200_000), fund: "10"),
        ProgramSpec("0502", "学校教育課", agency: "05", function: "09", profile: schools, budget: sen(4_300_000), fund: "10"),
        ProgramSpec("0503", "生涯学習課", agency: "05", function: "08", profile: services, budget: sen(1_300_000), fund: "10", season: .summer),
        ProgramSpec("0601", "消防総務課", agency: "06", function: "03", profile: administration, budget: sen(600_000), fund: "10"),
        ProgramSpec("0602", "警防課", agency: "06", function: "03", profile: publicSafety, budget: sen(2_700_000), fund: "10"),
        ProgramSpec("0701", "議事課", agency: "07", function: "01", profile: administration, budget: sen(450_000), fund: "10"),
    ]

    // MARK: - Profiles: budget share per category, per mille

    static let administration: [(category: String, perMille: Int)] = [
        ("01-1", 520), ("01-3", 160), ("01-2", 30), ("02-1", 130), ("02-2", 60), ("02-4", 50), ("08", 30), ("05", 20),
    ]
    static let finance: [(category: String, perMille: Int)] = [("01-1", 60), ("01-3", 20), ("02-1", 20), ("07-1", 700), ("07-2", 200)]
    static let technology: [(category: String, perMille: Int)] = [
        ("01-1", 300), ("01-3", 90), ("02-1", 400), ("02-4", 120), ("08", 80), ("02-2", 10),
    ]
    static let operations: [(category: String, perMille: Int)] = [
        ("01-1", 300), ("01-2", 40), ("01-3", 90), ("02-1", 300), ("02-2", 80), ("02-3", 40), ("03", 100), ("08", 50),
    ]
    static let welfare: [(category: String, perMille: Int)] = [("01-1", 80), ("01-3", 25), ("02-1", 30), ("02-2", 5), ("04", 860)]
    static let childcare: [(category: String, perMille: Int)] = [("01-1", 120), ("01-3", 35), ("02-1", 45), ("04", 500), ("05", 300)]
    static let services: [(category: String, perMille: Int)] = [
        ("01-1", 420), ("01-3", 130), ("01-2", 10), ("02-1", 200), ("02-2", 80), ("02-3", 60), ("05", 60), ("08", 40),
    ]
    static let grants: [(category: String, perMille: Int)] = [("01-1", 150), ("01-3", 45), ("02-1", 50), ("02-2", 5), ("05", 600), ("04", 150)]
    static let roads: [(category: String, perMille: Int)] = [
        ("01-1", 180), ("01-2", 20), ("01-3", 55), ("02-1", 80), ("03", 250), ("06-1", 220), ("06-2", 175), ("02-2", 20),
    ]
    static let schools: [(category: String, perMille: Int)] = [
        ("01-1", 250), ("01-3", 75), ("02-1", 180), ("02-2", 90), ("02-3", 70), ("03", 60), ("06-1", 150), ("06-2", 80), ("08", 45),
    ]
    static let utility: [(category: String, perMille: Int)] = [
        ("01-1", 150), ("01-3", 45), ("02-1", 250), ("02-3", 100), ("03", 200), ("06-1", 180), ("07-1", 50), ("07-2", 25),
    ]
    static let publicSafety: [(category: String, perMille: Int)] = [
        ("01-1", 600), ("01-2", 60), ("01-3", 180), ("02-1", 30), ("02-2", 40), ("02-3", 20), ("08", 50), ("06-2", 20),
    ]
}
