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
    /// Hashes of the references of the current vendor's obligations, ascending.
    private var orderReferences: [UInt64] = []

    /// One payment or refund of a vendor in (magnitude, day) order.
    private struct Payment {
        var magnitude: Int64
        var day: Int32
        var isRefund: Bool
        var row: Int32
    }

    /// One payment below the approval threshold in (organisation, day) order.
    private struct Purchase {
        var organisation: Int32
        var day: Int32
        var amount: Int64
        var row: Int32
    }

    /// Scans the vendors `vendors` of `buckets` (positive payments, refunds and obligations, by vendor).
    init(_ items: LineItemColumns, buckets: RowBuckets, vendors: Range<Int>, parameters: AuditParameters, money: AuditMoney) {
        var payments: [Payment] = []
        var purchases: [Purchase] = []
        var orders: [UInt64] = []
        for vendor in vendors {
            let range = buckets.range(of: vendor)
            guard range.count >= 2 else { continue }
            payments.removeAll(keepingCapacity: true)
            purchases.removeAll(keepingCapacity: true)
            orders.removeAll(keepingCapacity: true)
            for row in buckets.rows[range] where items.kinds[Int(row)] == .obligation {
                if let hash = Self.referenceHash(items, row) { orders.append(hash) }
            }
            orders.sort()
            orderReferences = orders
            for row in buckets.rows[range] where items.kinds[Int(row)] != .obligation {
                let amount = items.amounts[Int(row)]
                let isRefund = items.kinds[Int(row)] == .refund
                payments.append(Payment(magnitude: amount.magnitude > UInt64(Int64.max) ? .max : abs(amount), day: items.dates[Int(row)], isRefund: isRefund, row: row))
                if !isRefund && amount < parameters.approvalThreshold && !isUnderOrder(items, row) {
                    purchases.append(Purchase(organisation: items.organisations[Int(row)], day: items.dates[Int(row)], amount: amount, row: row))
                }
            }
            payments.sort { ($0.magnitude, $0.day, $0.isRefund ? 1 : 0, $0.row) < ($1.magnitude, $1.day, $1.isRefund ? 1 : 0, $1.row) }
            var start = 0
            while start < payments.count {
                var end = start + 1
                while end < payments.count && payments[end].magnitude == payments[start].magnitude { end += 1 }
                if end - start >= 2 {
                    findDuplicates(payments[start..<end], vendor: Int32(vendor), window: parameters.duplicateWindowDays, threshold: parameters.approvalThreshold, money: money)
                    findInvoicesPaidTwice(payments[start..<end], vendor: Int32(vendor), items: items, money: money)
                }
                start = end
            }
            if purchases.count >= 2 {
                purchases.sort { ($0.organisation, $0.day, $0.row) < ($1.organisation, $1.day, $1.row) }
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
    /// each refund of that amount under that reference.
    private mutating func findInvoicesPaidTwice(_ group: ArraySlice<Payment>, vendor: Int32, items: LineItemColumns, money: AuditMoney) {
        var referenced: [(reference: [UInt8], isRefund: Bool, row: Int32)] = []
        for payment in group {
            let reference = items.references.withUTF8(at: Int(payment.row)) { Array($0) }
            if !reference.isEmpty { referenced.append((reference, payment.isRefund, payment.row)) }
        }
        guard referenced.count >= 2 else { return }
        referenced.sort { $0.reference.lexicographicallyPrecedes($1.reference) || ($0.reference == $1.reference && $0.row < $1.row) }
        var start = 0
        while start < referenced.count {
            var end = start + 1
            while end < referenced.count && referenced[end].reference == referenced[start].reference { end += 1 }
            let rows = referenced[start..<end].filter { !$0.isRefund }.map(\.row)
            let extra = rows.count - 1 - (end - start - rows.count)
            if extra > 0 && !isUnderOrder(items, rows[0]) {
                invoices.add(
                    .vendor(vendor), amount: group.first!.magnitude &* Int64(extra), severity: .high,
                    detail: "\(rows.count) payments of \(money.text(group.first!.magnitude)) under one reference", rows: rows)
            }
            start = end
        }
    }

    /// Purchases of one organisation, in day order: every window of payments at most
    /// `splitWindowDays` apart from first to last that has two or more payments adding up to the
    /// approval threshold or more; overlapping windows make one finding.
    private mutating func findSplits(_ purchases: [Purchase], vendor: Int32, parameters: AuditParameters, money: AuditMoney) {
        let threshold = parameters.approvalThreshold
        let window = Int32(parameters.splitWindowDays)
        var start = 0
        while start < purchases.count {
            var end = start + 1
            while end < purchases.count && purchases[end].organisation == purchases[start].organisation { end += 1 }
            var left = start
            var sum: Int64 = 0
            var cluster: Range<Int>?
            func close() {
                guard let found = cluster else { return }
                let total = purchases[found].reduce(Int64(0)) { $0 &+ $1.amount }
                let span = purchases[found.upperBound - 1].day - purchases[found.lowerBound].day
                splits.add(
                    .vendor(vendor), amount: total, severity: found.count >= 3 ? .high : .medium,
                    detail: "\(found.count) payments within \(span) days, each below \(money.text(threshold)), together \(money.text(total))",
                    rows: purchases[found].map(\.row))
                cluster = nil
            }
            for right in start..<end {
                sum &+= purchases[right].amount
                while purchases[right].day - purchases[left].day > window {
                    sum &-= purchases[left].amount
                    left += 1
                }
                guard right > left, sum >= threshold else { continue }
                if let open = cluster, left < open.upperBound {
                    cluster = open.lowerBound..<(right + 1)
                } else {
                    close()
                    cluster = left..<(right + 1)
                }
            }
            close()
            start = end
        }
    }

    /// Whether `row`'s reference is one of the current vendor's obligations'.
    private func isUnderOrder(_ items: LineItemColumns, _ row: Int32) -> Bool {
        guard !orderReferences.isEmpty, let hash = Self.referenceHash(items, row) else { return false }
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
