import TerminalCore

/// The export dialog (`e`): a choice of what to export, and the file name, which the user
/// can edit. ↑ ↓ choose, typing edits the name, Backspace deletes, Enter exports, Escape
/// closes the dialog.
public struct ExportDialog: Hashable, Sendable {
    /// The longest file name the dialog takes, in characters.
    static let nameLimit = 255

    /// The index of the chosen entry of ``ExportContent/choices``.
    public private(set) var choice: Int
    /// The file name, as proposed or edited.
    public private(set) var fileName: String

    /// The chosen content.
    public var content: ExportContent { ExportContent.choices[choice] }

    /// A dialog for `state` with a screen snapshot as text chosen and its proposed name.
    init(for state: AppState) {
        choice = 0
        fileName = ExportContent.choices[0].proposedFileName(
            view: state.panel.exportName, fiscalYear: state.fiscalYear, time: state.exportContext.time)
    }

    /// What a key did to the dialog.
    enum Outcome: Equatable {
        /// The dialog stays open.
        case editing
        /// Escape: close without exporting.
        case cancelled
        /// Enter: export this.
        case export(ExportRequest)
    }

    /// Applies `key`. Changing the choice changes the name's extension when the name still
    /// ends with the previous choice's one.
    mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .up: choose(choice - 1)
        case .down: choose(choice + 1)
        case .backspace: if !fileName.isEmpty { fileName.removeLast() }
        case .escape: return .cancelled
        case .enter:
            let name = fileName.trimmingSpaces
            return name.isEmpty ? .editing : .export(ExportRequest(content: content, path: name))
        case .character(let character) where !character.isNewline && fileName.count < Self.nameLimit:
            fileName.append(character)
        default: break
        }
        return .editing
    }

    private mutating func choose(_ index: Int) {
        guard ExportContent.choices.indices.contains(index) else { return }
        let oldSuffix = "." + content.fileExtension
        choice = index
        if fileName.hasSuffix(oldSuffix) {
            fileName = String(fileName.dropLast(oldSuffix.count)) + "." + content.fileExtension
        }
    }
}

extension String {
    /// The string without leading and trailing spaces.
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}

extension DashboardApp {
    /// Opens the export dialog on the current view.
    static func openExportDialog(_ state: inout AppState) {
        state.overlay = .export(ExportDialog(for: state))
    }

    /// Passes `key` to the open export dialog; Enter closes it and asks the event loop to
    /// write the export.
    static func editExportDialog(_ state: inout AppState, _ dialog: ExportDialog, with key: Key) -> AppEffect {
        var dialog = dialog
        switch dialog.handle(key) {
        case .editing:
            state.overlay = .export(dialog)
        case .cancelled:
            state.overlay = nil
        case .export(let request):
            state.overlay = nil
            return .export(request)
        }
        return .none
    }
}
