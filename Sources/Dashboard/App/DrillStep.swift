import Analytics
import LedgerKit
import Widgets

/// One step down from the ledger's top level; the drill path is a stack of them.
///
/// Hierarchy and vendor steps narrow what every panel shows (they become conditions of
/// ``AppState/lineItemFilter``); a line-item or KPI step opens that one record; an audit rule
/// or finding step shows that rule's findings or that finding's line items.
public enum DrillStep: Hashable, Sendable {
    /// A node of a classification hierarchy (an agency, a program, an economic category, a
    /// fund …), by its index in that classification: the node's whole subtree.
    case node(ClassificationKind, Int32)
    /// One vendor, by its index in the vendor table.
    case vendor(Int32)
    /// One line item, by its row, shown with every field.
    case lineItem(Int32)
    /// One KPI, by its index in the ledger's KPI list, shown with its chart and periods.
    case kpi(Int)
    /// One audit rule, shown on the Audit panel with its explanation and its findings.
    case auditRule(AuditRule)
    /// One finding of an audit rule, by its index in the rule's findings (``AuditRuleResult/findings``):
    /// the Line items panel lists exactly the line items behind it.
    case finding(AuditRule, Int)

    /// An organisation node: agency, department, program.
    public static func organisation(_ node: Int32) -> DrillStep { .node(.organisation, node) }
}

/// A step on the drill path with where it was taken from, so Back returns to the same panel
/// with the same row selected.
public struct DrillLevel: Hashable, Sendable {
    /// The step taken.
    public let step: DrillStep
    /// The panel Enter was pressed on.
    public let panel: Panel
    /// That panel's selection when Enter was pressed.
    public let selection: SelectionState
}
