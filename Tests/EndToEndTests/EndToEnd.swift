import Testing

/// The real `govlens` binary driven in tmux: every scenario a user meets, from start to a
/// restored terminal. The suites inside run one test at a time, each in its own tmux server
/// (the machine has two cores; parallel dashboards would only slow each other down).
@Suite("govlens in tmux", .serialized, .enabled(if: GovLensProgram.missingTool == nil, "tmux is not installed (apt-get install tmux)"))
enum EndToEnd {
    /// The demo ledger's title row.
    static let rivertonTitle = " GovLens · City of Riverton · FY2025 (Jul 2024–Jun 2025) · as of 2025-03-31"
    /// Text on the Overview once it is drawn (the last box's title).
    static let overviewDrawn = "Furthest from plan"

    /// Starts `govlens arguments…` and waits for its Overview.
    static func openOverview(_ arguments: [String] = [], width: Int = 80, height: Int = 24,
                             environment: [String: String] = [:]) throws -> TmuxSession {
        let session = try TmuxSession(arguments, width: width, height: height, environment: environment)
        try session.waitFor(overviewDrawn, timeout: 60)
        return session
    }

    /// Presses `q` and checks that the program ended with status 0 and left the terminal as it
    /// found it: the same modes, the normal screen back with only the wrapper's start line on
    /// it, the cursor visible. With `alternateScreen` false (a terminal type without one, such
    /// as vt100) the dashboard stays on the normal screen, so only modes and cursor are checked.
    static func expectQuitRestoresTerminal(_ session: TmuxSession, alternateScreen: Bool = true,
                                           sourceLocation: SourceLocation = #_sourceLocation) throws {
        let exit = try session.quit()
        #expect(exit == TmuxSession.Exit(status: 0, modesRestored: true), sourceLocation: sourceLocation)
        try expectRestored(session, alternateScreen: alternateScreen, sourceLocation: sourceLocation)
    }

    /// Checks the screen after the program ended: the normal screen, as the wrapper left it,
    /// and a visible cursor.
    static func expectRestored(_ session: TmuxSession, alternateScreen: Bool = true,
                               sourceLocation: SourceLocation = #_sourceLocation) throws {
        let modes = try session.screenModes()
        #expect(!modes.alternateScreen, "still on the alternate screen", sourceLocation: sourceLocation)
        #expect(modes.cursorVisible, "the cursor is still hidden", sourceLocation: sourceLocation)
        guard alternateScreen else { return }
        let screen = try session.screen()
        let leftOver = screen.rows.dropFirst().filter { !$0.isEmpty }
        #expect(screen[0] == TmuxSession.startLine, "\(screen)", sourceLocation: sourceLocation)
        #expect(leftOver.isEmpty, "the dashboard is still on screen:\n\(screen)", sourceLocation: sourceLocation)
    }
}
