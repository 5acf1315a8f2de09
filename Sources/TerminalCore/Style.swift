/// How a cell looks, as meaning rather than colour.
///
/// A style names a semantic ``Role`` ("this is a warning", "this is the selected row")
/// plus a few text attributes. Backends decide what a role looks like: the curses
/// backend maps roles to colour pairs when the terminal has colours and to
/// bold/reverse/underline/dim otherwise; snapshots ignore styles. Screens and widgets
/// therefore never mention colours.
///
/// ```swift
/// canvas.put("Over plan", x: 2, y: 3, style: .bad)
/// canvas.put("Total", x: 2, y: 4, style: Style(.header, bold: true))
/// ```
public struct Style: Hashable, Sendable {
    /// What a piece of text means; the backend chooses its look.
    public enum Role: UInt8, CaseIterable, Hashable, Sendable {
        /// Ordinary text.
        case normal
        /// The application title and panel titles.
        case title
        /// Column headers and labels of figures.
        case header
        /// Box lines and separators.
        case border
        /// Secondary text: units, hints, previous-period figures.
        case muted
        /// Emphasis without judgement: the current figure, a highlighted key.
        case accent
        /// The selected row or item.
        case selection
        /// The status and key-hint bar.
        case status
        /// Good news: on track, within budget.
        case ok
        /// Attention: at risk, close to a limit.
        case warning
        /// Bad news: off track, over budget, an audit flag.
        case bad
    }

    /// The semantic role.
    public var role: Role
    /// Draw the text bold (or bright).
    public var bold: Bool
    /// Underline the text.
    public var underline: Bool
    /// Swap foreground and background.
    public var reverse: Bool

    /// Creates a style from a role and optional attributes.
    public init(_ role: Role = .normal, bold: Bool = false, underline: Bool = false, reverse: Bool = false) {
        self.role = role
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
    }

    /// This style with bold switched on.
    public func bolded() -> Style {
        var copy = self
        copy.bold = true
        return copy
    }

    /// This style with underline switched on.
    public func underlined() -> Style {
        var copy = self
        copy.underline = true
        return copy
    }

    /// This style with reverse video switched on.
    public func reversed() -> Style {
        var copy = self
        copy.reverse = true
        return copy
    }
}

extension Style {
    /// Ordinary text, no attributes.
    public static let normal = Style(.normal)
    /// Application and panel titles.
    public static let title = Style(.title)
    /// Column headers and figure labels.
    public static let header = Style(.header)
    /// Box lines and separators.
    public static let border = Style(.border)
    /// Secondary text.
    public static let muted = Style(.muted)
    /// Neutral emphasis.
    public static let accent = Style(.accent)
    /// The selected row or item.
    public static let selection = Style(.selection)
    /// The status bar.
    public static let status = Style(.status)
    /// Good news.
    public static let ok = Style(.ok)
    /// Needs attention.
    public static let warning = Style(.warning)
    /// Bad news.
    public static let bad = Style(.bad)
}
