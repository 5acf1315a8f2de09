/// Shares and rates as screens show them: `77.8%`, `+1.4%`, `–` when there is none.
public enum PercentText {
    /// `fraction` × 100 with one decimal: `0.778` → `77.8%`; `nil` or not finite → `–`
    /// (ASCII canvases show `-`).
    ///
    /// - Parameters:
    ///   - fraction: The share, 1 meaning 100 %.
    ///   - signed: Whether a positive value gets a `+` (for changes: `+1.4%`).
    public static func format(_ fraction: Double?, signed: Bool = false) -> String {
        guard let fraction, fraction.isFinite else { return "–" }
        let tenths = (fraction * 1000).rounded()
        let magnitude = Int64(min(abs(tenths), 9_999_999_999))
        let sign = tenths < 0 ? "-" : signed && tenths > 0 ? "+" : ""
        return "\(sign)\(magnitude / 10).\(magnitude % 10)%"
    }
}
