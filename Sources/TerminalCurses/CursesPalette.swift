import CNCursesW
import TerminalCore

/// How ``Style`` roles look on a curses terminal: colour pairs when colours are in use,
/// bold/dim/reverse/underline otherwise. Pure values; nothing here talks to the terminal
/// except ``installColorPairs()``.
struct CursesPalette: Sendable {
    /// Whether roles are drawn with colour pairs or with attributes only.
    enum Mode: Sendable {
        case color
        case monochrome
    }

    /// A role's look: extra attributes and a colour pair (0 = the terminal's default colours).
    struct Look: Equatable, Sendable {
        var attributes: attr_t
        var pair: Int16
    }

    let mode: Mode

    /// Foreground and background per coloured role; -1 is the terminal's default colour.
    /// Pair numbers are the position in this list plus 1.
    static let colorPairs: [(role: Style.Role, foreground: Int16, background: Int16)] = [
        (.title, Int16(COLOR_CYAN), -1),
        (.border, Int16(COLOR_BLUE), -1),
        (.accent, Int16(COLOR_CYAN), -1),
        (.selection, Int16(COLOR_BLACK), Int16(COLOR_CYAN)),
        (.status, Int16(COLOR_BLACK), Int16(COLOR_WHITE)),
        (.ok, Int16(COLOR_GREEN), -1),
        (.warning, Int16(COLOR_YELLOW), -1),
        (.bad, Int16(COLOR_RED), -1),
    ]

    /// Whether to start colour: the terminal must have colours, and the policy must allow
    /// it — `.automatic` unless the `NO_COLOR` convention (https://no-color.org: set and not
    /// empty) forbids it, `.always` regardless, `.never` never.
    static func wantsColor(policy: CursesTerminal.ColorPolicy, noColor: String?, terminalHasColors: Bool) -> Bool {
        guard terminalHasColors else { return false }
        switch policy {
        case .automatic: return noColor?.isEmpty ?? true
        case .always: return true
        case .never: return false
        }
    }

    /// Whether the terminal has a pair for every coloured role (pair 0 is reserved).
    static func hasEnoughPairs(_ colorPairs: Int) -> Bool {
        colorPairs > Self.colorPairs.count
    }

    /// The attributes and pair a style is drawn with.
    func look(for style: Style) -> Look {
        var look = base(for: style.role)
        if style.bold {
            look.attributes |= govlens_a_bold()
        }
        if style.underline {
            look.attributes |= govlens_a_underline()
        }
        if style.reverse {
            look.attributes |= govlens_a_reverse()
        }
        return look
    }

    private func base(for role: Style.Role) -> Look {
        switch mode {
        case .color:
            let pair = Self.colorPairs.firstIndex { $0.role == role }.map { Int16($0 + 1) } ?? 0
            return Look(attributes: colorAttributes(for: role), pair: pair)
        case .monochrome:
            return Look(attributes: monochromeAttributes(for: role), pair: 0)
        }
    }

    private func colorAttributes(for role: Style.Role) -> attr_t {
        switch role {
        case .title, .header, .bad: govlens_a_bold()
        case .muted: govlens_a_dim()
        case .normal, .border, .accent, .selection, .status, .ok, .warning: govlens_a_normal()
        }
    }

    private func monochromeAttributes(for role: Style.Role) -> attr_t {
        switch role {
        case .normal, .border, .ok: govlens_a_normal()
        case .title, .header, .accent, .warning: govlens_a_bold()
        case .muted: govlens_a_dim()
        case .selection, .status: govlens_a_reverse()
        case .bad: govlens_a_bold() | govlens_a_underline()
        }
    }

    /// Defines the colour pairs on the current screen; call once after `start_color()`.
    func installColorPairs() {
        guard mode == .color else { return }
        use_default_colors()
        for (index, entry) in Self.colorPairs.enumerated() {
            init_pair(Int16(index + 1), entry.foreground, entry.background)
        }
    }
}
