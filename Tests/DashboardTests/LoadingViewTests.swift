import Dashboard
import TerminalCore
import Testing

@Suite("Loading screen")
struct LoadingViewTests {
    @Test("the name, a bar, bytes done of all, the share done, and how to stop, centred")
    func halfway() {
        var canvas = Canvas(width: 40, height: 8)
        LoadingView.render(name: "sample-data", doneBytes: 124_150_000, totalBytes: 248_300_000, into: &canvas)
        #expect(canvas.lines() == [
            "",
            "",
            "          Loading sample-data",
            "  ██████████████████",
            "       124.2 MB of 248.3 MB · 50%",
            "           q or Ctrl-C stops",
            "",
            "",
        ])
    }

    @Test("ASCII, nothing to read, and screens too small for every line")
    func edges() {
        var ascii = Canvas(width: 30, height: 4, glyphs: .ascii)
        LoadingView.render(name: "青空市", doneBytes: 0, totalBytes: 0, into: &ascii)
        #expect(ascii.lines() == [
            "         Loading ???",
            "  ##########################",
            "   0.0 MB of 0.0 MB . 100%",
            "      q or Ctrl-C stops",
        ])
        var tiny = Canvas(width: 10, height: 1)
        LoadingView.render(name: "x", doneBytes: 1, totalBytes: 2, into: &tiny)
        #expect(tiny.lines() == ["Loading x"])
    }
}
