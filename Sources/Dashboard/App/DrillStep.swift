/// One step down from the ledger's top level; the drill path is a stack of them.
///
/// Organisation nodes now; categories, vendors and line items join when their panels do.
public enum DrillStep: Hashable, Sendable {
    /// An organisation node (agency, program …), by its index in the organisation classification.
    case organisation(Int32)
}
