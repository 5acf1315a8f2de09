import CNCursesW
import TerminalCore

/// What to hand curses for one canvas cell so that curses — and the terminal, which
/// measures like the C library — advance exactly as many columns as the canvas says.
///
/// The canvas measures with GovLens's own tables and already stores emoji sequences in a
/// reduced form (see `Canvas.sanitized(_:)`), so normally a cell is sent unchanged. This is
/// the safety net for the rest: ncurses measures each scalar with the C library's `wcwidth`,
/// whose Unicode version may be older than the canvas's, and if the two disagreed every
/// later cell on the row would be drawn in the wrong column. So a cell is sent as *units* —
/// a spacing scalar followed by up to four zero-width scalars, the most a `cchar_t` holds —
/// measured with the C library's width, dropping ZWJ and the variation selectors U+FE0E and
/// U+FE0F, cutting units that would overflow the cell and padding with spaces: a character
/// the C library does not know (`wcwidth` -1) is sent as `�` padded to the cell's width.
enum CellEmission {
    /// A spacing scalar and the zero-width scalars drawn on it.
    struct Unit: Equatable {
        /// Scalar values: the spacing one first; at most `CCHARW_MAX` (5) in all.
        var characters: [UInt32]
        /// Columns the C library gives the spacing scalar.
        var width: Int
    }

    /// Zero-width scalars that terminals treat inconsistently; never sent.
    private static func isDropped(_ value: UInt32) -> Bool {
        value == 0x200D || value == 0xFE0E || value == 0xFE0F
    }

    /// The units for a cell whose canvas symbol is `symbol` and width `width`, measured
    /// with `measure` (the C library's `wcwidth` in production).
    static func units(for symbol: String, width: Int, measure: (UInt32) -> Int) -> [Unit] {
        let maximumScalars = Int(CCHARW_MAX)
        var units: [Unit] = []
        var used = 0
        for scalar in symbol.unicodeScalars where !isDropped(scalar.value) {
            var value = scalar.value
            var scalarWidth = measure(value)
            if scalarWidth < 0 {
                value = 0xFFFD
                scalarWidth = measure(value) == 1 ? 1 : 0
                if scalarWidth == 0 {
                    value = 0x3F
                    scalarWidth = 1
                }
            }
            if scalarWidth == 0 {
                if let last = units.indices.last, units[last].characters.count < maximumScalars {
                    units[last].characters.append(value)
                }
                continue
            }
            if used + scalarWidth > width {
                break
            }
            units.append(Unit(characters: [value], width: scalarWidth))
            used += scalarWidth
        }
        while used < width {
            units.append(Unit(characters: [0x20], width: 1))
            used += 1
        }
        return units
    }

    /// The C library's width of a scalar, as ncurses will measure it.
    static func libraryWidth(_ value: UInt32) -> Int {
        Int(govlens_wcwidth(wchar_t(bitPattern: value)))
    }
}
