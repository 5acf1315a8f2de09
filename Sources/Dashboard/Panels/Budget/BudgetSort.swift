import Analytics
import Widgets

/// The order of siblings in the Budget panel's tree: by a measure, or by code (the
/// classification's own order) when the user has not chosen one.
struct BudgetSort {
    /// The measures `s` cycles through, in order.
    enum Measure: Int, CaseIterable {
        case revised, paid, remaining, execution, variance, projection, adopted, name

        /// The column title, as in the notice `Sorted by Paid, descending`.
        var title: String {
            switch self {
            case .revised: "Revised"
            case .paid: "Paid"
            case .remaining: "Remaining"
            case .execution: "Executed"
            case .variance: "Variance"
            case .projection: "Projection"
            case .adopted: "Adopted"
            case .name: "Name"
            }
        }

        /// The amounts: the measures shown as money.
        static let amounts: [Measure] = [.adopted, .revised, .paid, .remaining, .projection, .variance]

        /// The amount the measure is for `execution`, if it is an amount and there is one
        /// (no projection before the year starts).
        func amount(_ execution: BudgetExecution) -> Int64? {
            switch self {
            case .adopted: execution.adopted
            case .revised: execution.revised
            case .paid: execution.paid
            case .remaining: execution.remaining
            case .projection: execution.projection.preferred
            case .variance: execution.outturn?.againstRevised.amount
            case .execution, .name: nil
            }
        }

        /// The row's value to compare; `nil` (no budget, no projection) sorts after every value.
        func value(_ execution: BudgetExecution) -> Double? {
            switch self {
            case .revised: Double(execution.revised)
            case .paid: Double(execution.paid)
            case .remaining: Double(execution.remaining)
            case .execution: execution.executionRate
            case .variance: execution.outturn.map { Double($0.againstRevised.amount) }
            case .projection: execution.projection.preferred.map(Double.init)
            case .adopted: Double(execution.adopted)
            case .name: nil
            }
        }
    }

    /// The measure, or `nil` for the order by code.
    let measure: Measure?
    /// Largest first when descending.
    let direction: SortDirection

    /// The sort the user chose with `s` / `S` (`nil`: by code).
    init(_ sort: TableSort?) {
        measure = sort.flatMap { Measure(rawValue: $0.column) }
        direction = sort?.direction ?? .ascending
    }

    /// Whether `lhs` goes before `rhs` by the measure (rows without a value last); `nil` when
    /// the measure does not tell them apart (or there is none), for the caller to keep their
    /// order by code.
    func precedes(_ lhs: BudgetExecutionRow, _ rhs: BudgetExecutionRow) -> Bool? {
        guard let measure else { return nil }
        if measure == .name {
            guard lhs.label != rhs.label else { return nil }
            return (lhs.label < rhs.label) == (direction == .ascending)
        }
        switch (measure.value(lhs.execution), measure.value(rhs.execution)) {
        case let (left?, right?) where left != right: return (left < right) == (direction == .ascending)
        case (.some, nil): return true
        case (nil, .some): return false
        default: return nil
        }
    }
}
