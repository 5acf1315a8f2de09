/// A key the user pressed, independent of how the terminal encoded it.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    /// A printable character, as typed (`"q"`, `"Q"`, `"/"`, `"日"`).
    case character(Character)
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Page Up.
    case pageUp
    /// Page Down.
    case pageDown
    /// Home.
    case home
    /// End.
    case end
    /// Tab.
    case tab
    /// Shift-Tab.
    case backTab
    /// Enter or Return.
    case enter
    /// Escape.
    case escape
    /// Backspace.
    case backspace
    /// Delete (forward).
    case delete
    /// Insert.
    case insert
    /// Function key F`n` (1-based).
    case function(Int)
    /// Control held with a letter: `.control("x")` is Ctrl-X. Always a lowercase ASCII letter.
    case control(Character)

    /// A short human-readable name, as shown in help and key hints (`"PgDn"`, `"Ctrl-X"`, `"q"`).
    public var description: String {
        switch self {
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .insert: "Insert"
        case .function(let number): "F\(number)"
        case .control(let letter): "Ctrl-\(letter.uppercased())"
        }
    }
}

extension Key {
    /// The key for a character code read from a terminal in cbreak mode, or `nil` for codes
    /// that are not keys (NUL, other unassigned controls, C1 controls, format characters).
    ///
    /// Maps CR and LF to ``enter``, HT to ``tab``, ESC to ``escape``, BS and DEL to
    /// ``backspace``, the other C0 codes 1–26 to ``control(_:)`` letters, and printable
    /// scalars to ``character(_:)``.
    public init?(characterCode code: UInt32) {
        switch code {
        case 0x0D, 0x0A: self = .enter
        case 0x09: self = .tab
        case 0x1B: self = .escape
        case 0x08, 0x7F: self = .backspace
        case 0x01...0x1A: self = .control(Character(Unicode.Scalar(UInt8(code) + 0x60)))
        case 0x00..<0x20, 0x80...0x9F: return nil
        default:
            guard let scalar = Unicode.Scalar(code), scalar.properties.generalCategory != .format else { return nil }
            self = .character(Character(scalar))
        }
    }
}

/// Something the event loop reacts to.
public enum Event: Hashable, Sendable {
    /// A key press.
    case key(Key)
    /// The terminal now has this size; redraw into a canvas of this size.
    case resize(Size)
    /// The environment asked the program to stop (SIGINT, SIGTERM, SIGHUP, or the
    /// terminal went away); the loop should end, which restores the terminal.
    case terminate
}
