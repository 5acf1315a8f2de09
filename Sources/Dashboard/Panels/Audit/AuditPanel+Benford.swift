import Foundation
import Analytics
import LedgerKit
import TerminalCore
import Widgets

extension AuditPanel {
    /// Benford's law for the scope: the observed share of each first digit (solid) beside
    /// Benford's expected share (shaded), the digits beneath, and at the right the payments
    /// counted, each test's mean absolute deviation with Nigrini's band, and the first-two-digit
    /// spikes.
    static func renderBenford(_ test: BenfordTest?, state: AppState, into canvas: inout Canvas, area: Rect) {
        let scopeName = test?.organisation.map { state.store.name(of: $0, in: .organisation) } ?? "whole ledger"
        let inside = canvas.drawBox(area, title: "Benford's law · first digits · \(scopeName), every year")
        guard let test, inside.height >= 3, inside.width >= 30 else {
            if inside.height > 0 {
                canvas.put("Too few payments for a test here", x: inside.x + 1, y: inside.y, maxWidth: inside.width - 2, style: .muted)
            }
            return
        }
        let groupWidth = max(2, min(8, (inside.width - 2) / 2 / 9))
        let chart = Rect(x: inside.x + 1, y: inside.y, width: groupWidth * 9, height: inside.height - 1)
        let expected = BenfordDigits.first.expected
        let observed = test.observed(.first)
        ColumnChart(series: [
            .init(values: expected, style: .muted, fill: .shaded),
            .init(values: observed, style: .accent),
        ], groupWidth: groupWidth, maximum: max(expected.max() ?? 0, observed.max() ?? 0)).render(into: &canvas, area: chart)
        for digit in 1...9 {
            canvas.put(String(digit), x: chart.x + (digit - 1) * groupWidth + (groupWidth - 1) / 2, y: chart.maxY, maxWidth: 1, style: .muted)
        }
        let textX = chart.maxX + 2
        let glyphs = canvas.glyphs
        let lines: [(String, Style)] = [
            ("\(glyphs == .unicode ? "█" : "#") observed  \(glyphs == .unicode ? "░" : "|") expected (Benford)", .muted),
            (MoneyText.grouped(UInt64(test.count), decimals: 0) + " payments counted", .normal),
            (testLine("1st digit", test, .first), style(test.conformity(.first))),
            (testLine("1st two", test, .firstTwo), style(test.conformity(.firstTwo))),
            ("spikes " + (test.spikes.isEmpty ? "none" : test.spikes.prefix(8).map(String.init).joined(separator: " ")), test.spikes.isEmpty ? .muted : .warning),
        ]
        for (offset, line) in lines.enumerated() where offset < inside.height {
            canvas.put(line.0, x: textX, y: inside.y + offset, maxWidth: inside.maxX - textX - 1, style: line.1, overflow: .ellipsis)
        }
    }

    /// `1st digit MAD 0.0041 close conformity`.
    private static func testLine(_ label: String, _ test: BenfordTest, _ digits: BenfordDigits) -> String {
        label + " MAD " + String(format: "%.4f", test.mad(digits)) + " " + test.conformity(digits).name
    }

    /// Nonconformity as bad, marginal conformity as a warning, the rest plain.
    private static func style(_ conformity: BenfordConformity) -> Style {
        switch conformity {
        case .nonconformity: Style(.bad, bold: true)
        case .marginal: .warning
        case .close, .acceptable: .normal
        }
    }
}
