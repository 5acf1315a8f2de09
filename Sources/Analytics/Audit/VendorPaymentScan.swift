import LedgerKit

/// The rules that compare one vendor's payments with each other: duplicate payments, invoices
/// paid twice and split purchases. Each vendor's payments and refunds (from `RowBuckets`) are
/// sorted twice, by (amount, day) and by (organisation, day), and scanned once in each order.
///
/// A payment whose reference an obligation of the same vendor carries is an instalment of an
/// approved order or agreement: its instalments may be equal and follow each other closely, so
/// it is neither an invoice paid twice nor part of a split purchase. Those references are
/// compared by a 64-bit hash of their bytes.
struct VendorPaymentScan {
    var duplicates = FindingList(.duplicatePayment)
    var invoices = FindingList(.duplicateInvoice)
    var splits = FindingList(.splitPurchase)
    private let items: LineItemColumns
    /// The current vendor's obligations.
    private var obligations: [Int32] = []
    /// Hashes of their references, ascending; made when first needed.
    private var orderReferences: [UInt64]?

    /// One payment or refund of a vendor, ordered by (magnitude, `order`).
    private struct Payment {
        var magnitude: Int64
        /// Day, then refund after payment, then row, packed for one comparison.
        var order: UInt64

        init(magnitude: Int64, day: Int32, isRefund: Bool, row: Int32) {
            self.magnitude = magnitude
            order = UInt64(UInt32(bitPattern: day) ^ 0x8000_0000) << 32 | (isRefund ? 1 << 31 : 0) | UInt64(UInt32(row))
        }

        var day: Int32 { Int32(bitPattern: UInt32(truncatingIfNeeded: order >> 32) ^ 0x8000_0000) }
        var isRefund: Bool { order & (1 << 31) != 0 }
        var row: Int32 { Int32(truncatingIfNeeded: order & 0x7FFF_FFFF) }
    }

    /// One payment below the approval threshold, ordered by (`key`, row).
    private struct Purchase {
        /// Organisation, then day, packed for one comparison.
        var key: UInt64
        var amount: Int64
        var row: Int32

        init(organisation: Int32, day: Int32, amount: Int64, row: Int32) {
            key = UInt64(UInt32(bitPattern: organisation)) << 32 | UInt64(UInt32(bitPattern: day) ^ 0x8000_0000)
            self.amount = amount
            self.row = row
        }

        var organisation: UInt64 { key >> 32 }
        var day: Int64 { Int64(key & 0xFFFF_FFFF) }
    }

    /// Scans the vendors `vendors` of `buckets` (positive payments, refunds and obligations, by vendor).
    init(_ items: LineItemColumns, buckets: RowBuckets, vendors: Range<Int>, parameters: AuditParameters, money: AuditMoney) {
        self.items = items
        let (amounts, kinds, dates, organisations) = (items.amounts, items.kinds, items.dates, items.organisations)
        var payments: [Payment] = []
        var purchases: [Purchase] = []
        for vendor in vendors {
            let range = buckets.range(of: vendor)
            guard range.count >= 2 else { continue }
            payments.removeAll(keepingCapacity: true)
            purchases.removeAll(keepingCapacity: true)
            obligations.removeAll(keepingCapacity: true)
            orderReferences = nil
            for row in buckets.rows[range] {
                let kind = kinds[Int(row)]
                guard kind != .obligation else {
                    obligations.append(row)
                    continue
                }
                let amount = amounts[Int(row)]
                let day = dates[Int(row)]
                payments.append(Payment(magnitude: amount == .min ? .max : abs(amount), day: day, isRefund: kind == .refund, row: row))
                if kind == .payment && amount < parameters.approvalThreshold {
                    purchases.append(Purchase(organisation: organisations[Int(row)], day: day, amount: amount, row: row))
                }
            }
            payments.sort { ($0.magnitude, $0.order) < ($1.magnitude, $1.order) }
            var start = 0
            while start < payments.count {
                var end = start + 1
                while end < payments.count && payments[end].magnitude == payments[start].magnitude { end += 1 }
                if end - start >= 2 {
                    findDuplicates(payments[start..<end], vendor: Int32(vendor), window: parameters.duplicateWindowDays, threshold: parameters.approvalThreshold, money: money)
                    findInvoicesPaidTwice(payments[start..<end], vendor: Int32(vendor), money: money)
                }
                start = end
            }
            if purchases.count >= 2 {
                purchases.sort { ($0.key, $0.row) < ($1.key, $1.row) }
                findSplits(purchases, vendor: Int32(vendor), parameters: parameters, money: money)
            }
        }
    }

    /// Payments of one amount: runs of payments each within `window` days of the one before,
    /// less one payment for each refund of that amount dated from the run's first payment to
    /// `window` days after its last.
    private mutating func findDuplicates(_ group: ArraySlice<Payment>, vendor: Int32, window: Int, threshold: Int64, money: AuditMoney) {
        let paid = group.filter { !$0.isRefund }
        let refundDays = group.filter(\.isRefund).map(\.day)
        guard paid.count >= 2 else { return }
        var first = 0
        while first < paid.count {
            var last = first
            while last + 1 < paid.count && Int(paid[last + 1].day - paid[last].day) <= window { last += 1 }
            let count = last - first + 1
            if count >= 2 {
                let lastDay = paid[last].day + Int32(window)
                let refunds = refundDays.filter { $0 >= paid[first].day && $0 <= lastDay }.count
                let extra = count - 1 - refunds
                if extra > 0 {
                    let amount = paid[first].magnitude &* Int64(extra)
                    let span = paid[last].day - paid[first].day
                    let refunded = refunds > 0 ? ", \(refunds) refunded" : ""
                    duplicates.add(
                        .vendor(vendor), amount: amount, severity: amount >= threshold ? .high : .medium,
                        detail: "\(count) payments of \(money.text(paid[first].magnitude)) within \(span) days\(refunded)",
                        rows: paid[first...last].map(\.row))
                }
            }
            first = last + 1
        }
    }

    /// Payments of one amount under one non-empty reference, whatever their dates, less one for
    /// each refund of that amount under that reference. References are grouped by hash, and the
    /// bytes of a group compared only when its hash repeats.
    private mutating func findInvoicesPaidTwice(_ group: ArraySlice<Payment>, vendor: Int32, money: AuditMoney) {
        var referenced: [(hash: UInt64, payment: Payment)] = []
        for payment in group {
            if let hash = Self.referenceHash(items, payment.row) { referenced.append((hash, payment)) }
        }
        guard referenced.count >= 2 else { return }
        referenced.sort { ($0.hash, $0.payment.order) < ($1.hash, $1.payment.order) }
        var start = 0
        while start < referenced.count {
            var end = start + 1
            while end < referenced.count && referenced[end].hash == referenced[start].hash { end += 1 }
            if end - start >= 2 && sameReferences(referenced[start..<end].map(\.payment.row)) {
                let rows = referenced[start..<end].filter { !$0.payment.isRefund }.map(\.payment.row)
                let extra = rows.count - 1 - (end - start - rows.count)
                if extra > 0 && !isUnderOrder(rows[0]) {
                    invoices.add(
                        .vendor(vendor), amount: group.first!.magnitude &* Int64(extra), severity: .high,
                        detail: "\(rows.count) payments of \(money.text(group.first!.magnitude)) under one reference", rows: rows.sorted())
                }
            }
            start = end
        }
    }

    /// Whether the references of `rows` are all the same bytes (their hashes are equal).
    private func sameReferences(_ rows: [Int32]) -> Bool {
        let first = items.references.withUTF8(at: Int(rows[0])) { Array($0) }
        return rows.dropFirst().allSatisfy { row in items.references.withUTF8(at: Int(row)) { $0.elementsEqual(first) } }
    }

    /// Purchases of one organisation, in day order: every window of payments at most
    /// `splitWindowDays` apart from first to last that has two or more payments adding up to the
    /// approval threshold or more; overlapping windows make one finding. Payments under an order
    /// are left out, checked only for organisations with a window (the check reads references).
    private mutating func findSplits(_ purchases: [Purchase], vendor: Int32, parameters: AuditParameters, money: AuditMoney) {
        let threshold = parameters.approvalThreshold
        var start = 0
        while start < purchases.count {
            var end = start + 1
            while end < purchases.count && purchases[end].organisation == purchases[start].organisation { end += 1 }
            var run = purchases[start..<end]
            var clusters = Self.splitClusters(run, threshold: threshold, window: Int64(parameters.splitWindowDays))
            if !clusters.isEmpty && !obligations.isEmpty {
                let kept = run.filter { !isUnderOrder($0.row) }
                if kept.count < run.count {
                    run = kept[...]
                    clusters = Self.splitClusters(run, threshold: threshold, window: Int64(parameters.splitWindowDays))
                }
            }
            for cluster in clusters {
                let total = run[cluster].reduce(Int64(0)) { $0 &+ $1.amount }
                let span = run[cluster.upperBound - 1].day - run[cluster.lowerBound].day
                splits.add(
                    .vendor(vendor), amount: total, severity: cluster.count >= 3 ? .high : .medium,
                    detail: "\(cluster.count) payments within \(span) days, each below \(money.text(threshold)), together \(money.text(total))",
                    rows: run[cluster].map(\.row))
            }
            start = end
        }
    }

    /// The groups of `run` (one organisation's purchases in day order) that are split purchases:
    /// unions of overlapping windows of two or more payments within `window` days adding up to `threshold`.
    private static func splitClusters(_ run: ArraySlice<Purchase>, threshold: Int64, window: Int64) -> [Range<Int>] {
        var clusters: [Range<Int>] = []
        var left = run.startIndex
        var sum: Int64 = 0
        for right in run.indices {
            sum &+= run[right].amount
            while run[right].day - run[left].day > window {
                sum &-= run[left].amount
                left += 1
            }
            guard right > left, sum >= threshold else { continue }
            if let last = clusters.last, left < last.upperBound {
                clusters[clusters.count - 1] = last.lowerBound..<(right + 1)
            } else {
                clusters.append(left..<(right + 1))
            }
        }
        return clusters
    }

    /// Whether `row`'s reference is one of the current vendor's obligations'.
    private mutating func isUnderOrder(_ row: Int32) -> Bool {
        guard !obligations.isEmpty, let hash = Self.referenceHash(items, row) else { return false }
        if orderReferences == nil { orderReferences = obligations.compactMap { Self.referenceHash(items, $0) }.sorted() }
        let orderReferences = orderReferences!
        var low = 0, high = orderReferences.count
        while low < high {
            let middle = (low + high) / 2
            if orderReferences[middle] < hash { low = middle + 1 } else { high = middle }
        }
        return low < orderReferences.count && orderReferences[low] == hash
    }

    /// The FNV-1a hash of `row`'s reference, or `nil` when it has none.
    private static func referenceHash(_ items: LineItemColumns, _ row: Int32) -> UInt64? {
        items.references.withUTF8(at: Int(row)) { bytes in
            guard !bytes.isEmpty else { return nil }
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return hash
        }
    }
}
