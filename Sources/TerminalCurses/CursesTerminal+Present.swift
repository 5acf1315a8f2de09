import CNCursesW
import TerminalCore

extension CursesTerminal {
    /// Shows `canvas` on the terminal.
    ///
    /// Erases curses' picture of the screen, writes every cell (continuation cells are
    /// covered by their wide leading cell), and refreshes, so only cells that differ from
    /// what the terminal already shows are sent. Parts of the canvas beyond the terminal's
    /// size are not drawn; a wide grapheme cut by the right edge becomes spaces.
    public func present(_ canvas: Canvas) {
        let window = govlens_stdscr()
        werase(window)
        let terminalSize = size
        let rows = min(canvas.height, terminalSize.height)
        let columns = min(canvas.width, terminalSize.width)
        for y in 0..<rows {
            for x in 0..<columns {
                let cell = canvas[x, y]
                guard !cell.isContinuation else { continue }
                draw(cell, x: x, y: y, columns: min(cell.width, columns - x), window: window)
            }
        }
        wnoutrefresh(window)
        doupdate()
    }

    /// Writes one leading cell as the units ``CellEmission`` prescribes.
    private func draw(_ cell: Cell, x: Int, y: Int, columns: Int, window: UnsafeMutablePointer<WINDOW>?) {
        let look = palette.look(for: cell.style)
        let scalars = cell.symbol.unicodeScalars
        if columns == 1, scalars.count == 1, let scalar = scalars.first, scalar.value < 0x7F {
            put([scalar.value], look: look, x: x, y: y, window: window)
            return
        }
        var column = x
        for unit in CellEmission.units(for: cell.symbol, width: columns, measure: CellEmission.libraryWidth) {
            put(unit.characters, look: look, x: column, y: y, window: window)
            column += unit.width
        }
    }

    /// Adds one spacing character with its combining characters at (x, y).
    private func put(_ characters: [UInt32], look: CursesPalette.Look, x: Int, y: Int, window: UnsafeMutablePointer<WINDOW>?) {
        var wide = characters.map { wchar_t(bitPattern: $0) }
        wide.append(0)
        var character = cchar_t()
        setcchar(&character, wide, look.attributes, look.pair, nil)
        mvwadd_wch(window, Int32(y), Int32(x), &character)
    }
}
