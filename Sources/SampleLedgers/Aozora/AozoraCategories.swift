/// 性質別経費 (economic categories), 会計 (funds), functions and 地区 of 青空市, and how each category spends.
enum AozoraCategories {
    /// A typical amount so large that periodic categories get one item per period and no more.
    private static let periodic: Int64 = 1 << 50

    static let categories: [ClassificationNode] = [
        ClassificationNode("01", "人件費"),
        ClassificationNode("01-1", "職員給", parent: "01"),
        ClassificationNode("01-2", "時間外勤務手当", parent: "01"),
        ClassificationNode("01-3", "共済費", parent: "01"),
        ClassificationNode("02", "物件費"),
        ClassificationNode("02-1", "委託料", parent: "02"),
        ClassificationNode("02-2", "需用費", parent: "02"),
        ClassificationNode("02-3", "光熱水費", parent: "02"),
        ClassificationNode("02-4", "使用料及び賃借料", parent: "02"),
        ClassificationNode("03", "維持補修費"),
        ClassificationNode("04", "扶助費", description: "生活保護法・児童福祉法などに基づく給付"),
        ClassificationNode("05", "補助費等"),
        ClassificationNode("06", "普通建設事業費"),
        ClassificationNode("06-1", "補助事業", parent: "06"),
        ClassificationNode("06-2", "単独事業", parent: "06"),
        ClassificationNode("07", "公債費"),
        ClassificationNode("07-1", "元金", parent: "07"),
        ClassificationNode("07-2", "利子", parent: "07"),
        ClassificationNode("08", "備品購入費"),
    ]

    static let spending: [CategorySpec] = [
        CategorySpec("01-1", .payroll, typical: periodic, pool: "payroll", reference: "KY", phrases: ["職員給与"], seasonal: false, coFundable: false),
        CategorySpec("01-2", .overtime, typical: periodic, pool: "payroll", reference: "KY", phrases: ["時間外勤務手当"], seasonal: false, coFundable: false),
        CategorySpec(
            "01-3", .benefits, typical: periodic, pool: "benefits", reference: "KS",
            phrases: ["共済組合負担金", "退職手当組合負担金", "社会保険料"], seasonal: false, coFundable: false
        ),
        CategorySpec("02-1", .orders(paymentsPerOrder: 3, spanDays: 120), typical: 28_000_000, pool: "contractors", reference: "KE", phrases: [
            "庁舎清掃業務委託", "システム保守業務委託", "健康診断業務委託", "ごみ収集運搬業務委託", "施設管理業務委託",
            "調査分析業務委託", "予防接種業務委託", "警備業務委託",
        ]),
        CategorySpec("02-2", .purchases, typical: 3_000_000, pool: "supplies", reference: "SH", phrases: [
            "事務用消耗品購入", "コピー用紙購入", "燃料費（ガソリン）", "印刷製本費", "図書購入", "医薬材料費", "作業用品購入",
        ]),
        CategorySpec("02-3", .recurring, typical: 20_000_000, pool: "utilities", reference: "SH", phrases: ["電気料金", "ガス料金", "電話料金"], coFundable: false),
        CategorySpec(
            "02-4", .recurring, typical: 20_000_000, pool: "leasing", reference: "SH",
            phrases: ["複合機賃借料", "システム使用料", "土地賃借料"], seasonal: false, coFundable: false
        ),
        CategorySpec("03", .orders(paymentsPerOrder: 2, spanDays: 60), typical: 19_000_000, pool: "maintenance", reference: "KE", phrases: [
            "道路補修工事", "公共施設修繕", "空調設備修繕", "街路灯修繕", "公園遊具修繕",
        ]),
        CategorySpec("04", .assistance, typical: 28_000_000, pool: "recipients", reference: "FJ", phrases: [
            "生活扶助費", "住宅扶助費", "医療扶助費", "児童手当", "障害福祉サービス給付費", "児童扶養手当",
        ]),
        CategorySpec("05", .agreements(paymentsPerAgreement: 4), typical: 45_000_000, pool: "organisations", reference: "HJ", phrases: [
            "自治会活動補助金", "NPO活動支援補助金", "保育所運営費補助金", "介護事業者支援補助金", "商店街活性化補助金", "一部事務組合負担金",
        ]),
        CategorySpec("06-1", .orders(paymentsPerOrder: 5, spanDays: 240), typical: 40_000_000, pool: "construction", reference: "KE", phrases: works, regional: true),
        CategorySpec("06-2", .orders(paymentsPerOrder: 5, spanDays: 240), typical: 40_000_000, pool: "construction", reference: "KE", phrases: works, regional: true),
        CategorySpec(
            "07-1", .debt(months: [5, 11]), typical: periodic, pool: "lenders", reference: "SK",
            phrases: ["市債元金償還（財政融資資金）", "市債元金償還（地方公共団体金融機構）", "市債元金償還（銀行等引受債）"],
            seasonal: false, coFundable: false
        ),
        CategorySpec(
            "07-2", .debt(months: [5, 11]), typical: periodic, pool: "lenders", reference: "SK",
            phrases: ["市債利子支払（財政融資資金）", "市債利子支払（地方公共団体金融機構）", "市債利子支払（銀行等引受債）"],
            seasonal: false, coFundable: false
        ),
        CategorySpec("08", .orders(paymentsPerOrder: 1, spanDays: 60), typical: 19_000_000, pool: "equipment", reference: "KE", phrases: [
            "消防用資機材購入", "パソコン購入", "公用車購入", "AED購入", "学校用備品購入",
        ]),
    ]

    private static let works = [
        "市道1号線舗装工事", "市道3号線歩道整備工事", "青空小学校体育館改修工事", "中央公園トイレ改築工事",
        "下水道管渠更生工事", "北部地区防災倉庫新築工事", "桜川橋梁補修工事", "市民会館空調改修工事",
    ]

    static let funds: [ClassificationNode] = [
        ClassificationNode("10", "一般会計"),
        ClassificationNode("20", "特別会計"),
        ClassificationNode("21", "国民健康保険事業特別会計", parent: "20"),
        ClassificationNode("22", "介護保険事業特別会計", parent: "20"),
        ClassificationNode("23", "下水道事業特別会計", parent: "20"),
    ]

    /// COFOG divisions.
    static let functions: [ClassificationNode] = [
        ClassificationNode("01", "一般公共サービス"),
        ClassificationNode("02", "防衛"),
        ClassificationNode("03", "公共の秩序・安全"),
        ClassificationNode("04", "経済業務"),
        ClassificationNode("05", "環境保護"),
        ClassificationNode("06", "住宅・地域アメニティ"),
        ClassificationNode("07", "保健"),
        ClassificationNode("08", "娯楽・文化・宗教"),
        ClassificationNode("09", "教育"),
        ClassificationNode("10", "社会保護"),
    ]

    static let regions: [ClassificationNode] = [
        ClassificationNode("N", "北部地区"),
        ClassificationNode("C", "中部地区"),
        ClassificationNode("S", "南部地区"),
        ClassificationNode("E", "東部地区"),
    ]
}
