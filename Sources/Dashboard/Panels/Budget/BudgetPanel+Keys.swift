import Analytics
import LedgerKit
import Widgets

extension BudgetPanel {
    /// Space: opens the selected node, or closes it when open.
    static func toggleSelected(in state: inout AppState) {
        guard let row = selectedRow(state), let node = row.node else { return }
        guard row.hasChildren else {
            state.notice = "Nothing below this row"
            return
        }
        setOpen(!row.isExpanded, node: node, in: &state)
    }

    /// `+` opens the selected node; `-` closes it, or, on a closed node or a leaf, closes its
    /// parent and selects that.
    static func setSelected(open: Bool, in state: inout AppState) {
        guard let row = selectedRow(state), let node = row.node else { return }
        if open {
            if row.hasChildren { setOpen(true, node: node, in: &state) } else { state.notice = "Nothing below this row" }
        } else if row.isExpanded {
            setOpen(false, node: node, in: &state)
        } else if row.depth > 0 {
            let parent = state.store.ledger.classification(state.budget.classification).parents[Int(node)]
            setOpen(false, node: parent, in: &state)
        }
    }

    /// `*`: opens every node below the tree's root.
    static func expandAll(in state: inout AppState) {
        let index = state.store.hierarchy(state.budget.classification)
        let nodes = state.budget.root.map { Array(index.subtree(of: $0)) } ?? index.preorder
        state.budget.expanded.formUnion(nodes.filter { !index.children[Int($0)].isEmpty })
        relayOut(&state, keeping: selectedRow(state)?.node)
    }

    /// `c`: follows the next classification the ledger has, its roots closed, the first row selected.
    static func cycleClassification(in state: inout AppState) {
        let kinds = availableClassifications(state.store)
        guard kinds.count > 1 else {
            state.notice = "This ledger has one classification"
            return
        }
        let current = kinds.firstIndex(of: state.budget.classification) ?? 0
        state.budget.classification = kinds[(current + 1) % kinds.count]
        state.budget.expanded = []
        refresh(&state)
        state.selection = SelectionState(selected: state.budget.rows.isEmpty ? nil : 0)
        state.notice = "By \(state.budget.classification.rawValue)"
    }

    /// Opens or closes `node`, keeping it selected.
    private static func setOpen(_ open: Bool, node: Int32, in state: inout AppState) {
        if open { state.budget.expanded.insert(node) } else { state.budget.expanded.remove(node) }
        relayOut(&state, keeping: node)
    }

    /// Lays the rows out again and selects `node`'s row (if it is shown), scrolled into view.
    private static func relayOut(_ state: inout AppState, keeping node: Int32?) {
        state.budget.layOut(store: state.store, sort: BudgetSort(state.sort(for: .budget)))
        var selection = state.selection
        if let node, let position = state.budget.position(of: node) { selection.selected = position }
        state.selection = selection.clamped(count: state.budget.rows.count, visibleRows: visibleRows(state))
    }

    /// The selected row, if any.
    private static func selectedRow(_ state: AppState) -> BudgetTreeRow? {
        guard let selected = state.selection.selected, state.budget.rows.indices.contains(selected) else { return nil }
        return state.budget.rows[selected]
    }
}
