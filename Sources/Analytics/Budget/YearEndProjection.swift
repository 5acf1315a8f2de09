/// Which spending profile a seasonal projection used.
public enum SeasonalProfile: String, Sendable, Hashable, CaseIterable {
    /// The year is over: the projection is the actual outturn.
    case yearComplete
    /// The node's own prior fiscal years.
    case node
    /// The whole ledger's prior fiscal years, because the node had too little history of its own.
    case ledger
    /// No projection: the year has not started, there are no actuals, or no prior year has spending by this day.
    case unavailable
}

/// Where a fiscal year's spending will end, projected two ways from what was paid so far.
///
/// - **Run-rate**: paid ÷ share of the year elapsed, as if spending were even over the year.
/// - **Seasonal**: paid ÷ *s*, where *s* is the cumulative share of a year's spending that prior
///   fiscal years had reached by the same day of their year (the as-of date's month and day):
///   *s* = Σ spending to that day ÷ Σ whole-year spending, pooled over the prior years of the
///   profile. The node's own prior years are used when both sums are positive; otherwise the
///   whole ledger's (`profile` says `.ledger`); when those are not positive either, there is no
///   seasonal projection.
///
/// For a completed year both projections equal the amount paid.
public struct YearEndProjection: Sendable, Hashable {
    /// Paid ÷ share of the year elapsed, rounded to the minor unit; `nil` before the year starts or without actuals.
    public let runRate: Int64?
    /// Paid ÷ `seasonalShare`, rounded to the minor unit; `nil` when there is no profile.
    public let seasonal: Int64?
    /// The cumulative share *s* the seasonal projection divided by (1 for a completed year).
    public let seasonalShare: Double?
    /// The profile the seasonal projection used, or why there is none.
    public let profile: SeasonalProfile

    /// The projection to use: seasonal when there is one, else run-rate.
    public var preferred: Int64? { seasonal ?? runRate }

    /// Projects `paid`; `nodeShare` and `ledgerShare` are the profiles' cumulative shares, when positive.
    init(paid: Int64, progress: FiscalYearProgress, hasActuals: Bool, nodeShare: Double?, ledgerShare: Double?) {
        guard hasActuals, progress.hasStarted else {
            self.init(runRate: nil, seasonal: nil, seasonalShare: nil, profile: .unavailable)
            return
        }
        guard !progress.isComplete else {
            self.init(runRate: paid, seasonal: paid, seasonalShare: 1, profile: .yearComplete)
            return
        }
        let runRate = Self.scale(paid, by: progress.share)
        if let share = nodeShare {
            self.init(runRate: runRate, seasonal: Self.scale(paid, by: share), seasonalShare: share, profile: .node)
        } else if let share = ledgerShare {
            self.init(runRate: runRate, seasonal: Self.scale(paid, by: share), seasonalShare: share, profile: .ledger)
        } else {
            self.init(runRate: runRate, seasonal: nil, seasonalShare: nil, profile: .unavailable)
        }
    }

    private init(runRate: Int64?, seasonal: Int64?, seasonalShare: Double?, profile: SeasonalProfile) {
        self.runRate = runRate
        self.seasonal = seasonal
        self.seasonalShare = seasonalShare
        self.profile = profile
    }

    /// The cumulative share `toDate ÷ full` when both are positive.
    static func share(toDate: Int64, full: Int64) -> Double? {
        toDate > 0 && full > 0 ? Double(toDate) / Double(full) : nil
    }

    /// `amount ÷ share` rounded to the minor unit, or `nil` when it does not fit in Int64.
    private static func scale(_ amount: Int64, by share: Double) -> Int64? {
        Int64(exactly: (Double(amount) / share).rounded())
    }
}
