/// The vendors of 青空市 and the pools its categories buy from.
enum AozoraVendors {
    static func make(seed: UInt64) -> VendorFactory {
        var factory = VendorFactory(seed: seed)
        factory.add(["青空市職員給与支払口座"], kind: .government, pool: "payroll")
        factory.add(["東京都市町村職員共済組合", "東京都市町村総合事務組合", "日本年金機構"], kind: .government, pool: "benefits")
        factory.add(["青空市会計管理者"], kind: .government, pool: "internal")
        factory.add(["関東電力株式会社", "武蔵野ガス株式会社", "東日本通信株式会社"], kind: .business, pool: "utilities")
        factory.add(["財政融資資金（財務省）", "地方公共団体金融機構"], kind: .government, pool: "lenders")
        factory.add(["青空信用金庫"], kind: .business, pool: "lenders")

        let forms = ["株式会社", "株式会社", "有限会社"]
        func businesses(_ pool: String, _ count: Int, _ trades: [String]) {
            factory.add(count: count, kind: .business, pool: pool, first: places, second: trades, suffixes: forms, separator: "")
        }
        businesses("contractors", 18, ["ビルサービス", "システム", "環境サービス", "総合管理", "警備保障", "測量設計", "総合研究所", "メディカル"])
        businesses("supplies", 16, ["商事", "文具", "印刷", "石油", "薬品", "書店", "産業"])
        businesses("maintenance", 12, ["設備", "ビルメンテナンス", "電機", "空調サービス", "造園"])
        businesses("construction", 12, ["建設", "土木", "工務店", "電設", "舗装"])
        businesses("equipment", 8, ["防災", "電子", "自動車販売", "オフィス機器"])
        businesses("leasing", 4, ["リース", "ファイナンス"])
        factory.add([
            "NPO法人あおぞら子ども食堂", "社会福祉法人青空市社会福祉協議会", "NPO法人さくら川自然の会", "社会福祉法人みどり福祉会",
            "NPO法人ひかり子育てネット", "公益財団法人青空市文化振興財団", "NPO法人多摩シニアサポート", "一般社団法人青空市観光協会",
            "社会福祉法人わかば保育園", "NPO法人青空まちづくりネットワーク",
        ], kind: .nonProfit, pool: "organisations")
        factory.add(["東京都", "多摩広域行政組合", "東京都後期高齢者医療広域連合"], kind: .government, pool: "organisations")
        factory.add(["扶助費受給者（口座振替一括）"], kind: .individual, pool: "recipients")
        factory.add(count: 40, kind: .individual, pool: "recipients", first: familyNames, second: givenNames)
        return factory
    }

    static let places = [
        "青空", "桜川", "みどり", "ひかり", "富士見", "若葉", "武蔵", "多摩", "ひばり", "中央", "東都", "北斗", "大和", "朝日",
    ]

    static let familyNames = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田"]

    static let givenNames = ["太郎", "花子", "健一", "美咲", "大輔", "陽子", "翔太", "由美", "誠", "さくら"]

    /// Names of one-off payees (inline vendor objects).
    static var payeeNames: [String] {
        givenNames.flatMap { given in familyNames.map { "\($0) \(given)" } }
    }
}
