import TerminalCore
import Widgets

/// One ledger the picker offers.
public struct LedgerPickerEntry: Hashable, Sendable {
    /// The ledger's name, usually its publisher: `City of Riverton`.
    public var title: String
    /// A summary shown beside it: `USD · 48,210 line items · FY2024–FY2025`.
    public var subtitle: String

    /// Creates an entry.
    public init(title: String, subtitle: String) {
        self.title = title
        self.subtitle = subtitle
    }
}

/// The ledger picker, the first screen when a folder holds several ledgers.
///
/// A plain value: the entries are described by whoever found the ledgers, so the picker
/// does not depend on loading them.
public struct LedgerPickerState: Hashable, Sendable {
    /// The folder the ledgers were found in, as the user named it.
    public var folder: String
    /// The ledgers, in the order offered.
    public var entries: [LedgerPickerEntry]
    /// The highlighted entry and the scroll offset.
    public var selection: SelectionState
    /// The terminal's size, which decides how far Page Up and Page Down move.
    public var screenSize: Size

    /// Creates a picker with the first entry selected.
    ///
    /// - Parameters:
    ///   - folder: The folder the ledgers were found in.
    ///   - entries: The ledgers to offer.
    ///   - screenSize: The terminal's size; update it on resize with
    ///     ``LedgerPicker/update(_:event:)``.
    public init(folder: String, entries: [LedgerPickerEntry], screenSize: Size = Size(width: 80, height: 24)) {
        self.folder = folder
        self.entries = entries
        self.selection = SelectionState(selected: entries.isEmpty ? nil : 0)
        self.screenSize = screenSize
    }

    /// Entries visible at once at ``screenSize``: the page size.
    public var visibleRows: Int {
        ListView.visibleRowCount(in: LedgerPicker.Layout(screen: Rect(size: screenSize)).list)
    }
}

/// What the event loop should do after a key in the picker.
public enum LedgerPickerAction: Hashable, Sendable {
    /// Nothing beyond redrawing.
    case none
    /// Load and show the entry at this index.
    case open(Int)
    /// Leave the program.
    case quit
}
