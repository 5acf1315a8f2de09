import TerminalCore
import Widgets

/// The screen shown while ledgers load: what is loading, a bar, and how many bytes of how
/// many are done.
///
/// ```text
///                     Loading national-2025 (3 ledgers)
///          ████████████████████▋
///                        112.4 MB of 248.2 MB · 45%
///                              q or Ctrl-C stops
/// ```
public enum LoadingView {
    /// Draws the loading screen for `name` with `doneBytes` of `totalBytes` read over the whole canvas.
    public static func render(name: String, doneBytes: Int, totalBytes: Int, into canvas: inout Canvas) {
        canvas.clear()
        guard canvas.height > 0, canvas.width > 0 else { return }
        let fraction = totalBytes == 0 ? 1 : min(1, Double(doneBytes) / Double(totalBytes))
        let top = max(0, canvas.height / 2 - 2)
        canvas.putAligned("Loading " + name, .center, x: 0, y: top, width: canvas.width, style: Style(.accent, bold: true))
        let barWidth = min(60, max(0, canvas.width - 4))
        if top + 1 < canvas.height, barWidth > 0 {
            BarGauge(fraction: fraction).render(into: &canvas, area: Rect(x: (canvas.width - barWidth) / 2, y: top + 1, width: barWidth, height: 1))
        }
        let counts = "\(megabytes(doneBytes)) of \(megabytes(totalBytes)) · \(Int((fraction * 100).rounded(.down)))%"
        if top + 2 < canvas.height {
            canvas.putAligned(counts, .center, x: 0, y: top + 2, width: canvas.width)
        }
        if top + 3 < canvas.height {
            canvas.putAligned("q or Ctrl-C stops", .center, x: 0, y: top + 3, width: canvas.width, style: .muted)
        }
    }

    /// `112.4 MB` (decimal megabytes, one decimal).
    static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes + 50_000) / 100_000
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}
