import CNCursesW
import TerminalCore

/// Translation of what `wget_wch` returns into ``Key`` values.
enum CursesKeys {
    /// The key for a function-key code (`wget_wch` returned `KEY_CODE_YES`), or `nil` for
    /// codes GovLens does not use (mouse, `KEY_RESIZE`, which the terminal handles itself).
    static func key(forKeyCode code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1, KEY_LL: return .end
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        default:
            let number = code - govlens_key_f(0)
            return (1...24).contains(number) ? .function(Int(number)) : nil
        }
    }

    /// The key for a character (`wget_wch` returned `OK`).
    static func key(forCharacter code: UInt32) -> Key? {
        Key(characterCode: code)
    }
}
