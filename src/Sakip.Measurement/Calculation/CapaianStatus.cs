namespace Sakip.Measurement.Calculation;

/// <summary>Whether a computed capaian exists, and if not, why.</summary>
public enum CapaianStatus
{
    /// <summary>Nothing was calculated: the state of <c>default(CapaianResult)</c>.</summary>
    NotCalculated = 0,

    /// <summary>A capaian was computed.</summary>
    Computed = 1,

    /// <summary>No realisasi has been reported (missing is not zero).</summary>
    NoRealisasi = 2,

    /// <summary>The target is zero and the zero-target policy gives no capaian.</summary>
    ZeroTarget = 3,

    /// <summary>The inverse negative formula was asked for and realisasi is zero, so <c>target / realisasi</c> is undefined.</summary>
    ZeroRealisasi = 4,

    /// <summary>The two values cannot be compared: a grade without a score against a number or a range, or grades of different scales.</summary>
    NotComparable = 5,

    /// <summary>The indicator has no target of the requested source for the period.</summary>
    NoTarget = 6,

    /// <summary>The ratio does not fit a decimal (a target vanishingly small against the realisasi).</summary>
    OutOfRange = 7,
}

/// <summary>Which formula produced a capaian.</summary>
public enum CapaianRule
{
    /// <summary>No formula applied (no capaian).</summary>
    None = 0,

    /// <summary><c>realisasi / target × 100</c>.</summary>
    Positive = 1,

    /// <summary><c>(2 × target − realisasi) / target × 100</c>.</summary>
    NegativeRegulation = 2,

    /// <summary><c>target / realisasi × 100</c>.</summary>
    NegativeInverse = 3,

    /// <summary>Target 0 and realisasi 0 counted as 100 % under the zero-target policy.</summary>
    ZeroOfZero = 4,

    /// <summary>Realisasi inside a range target: 100 %.</summary>
    RangeInside = 5,

    /// <summary>Realisasi above a range target: the upper bound acts as a negative target.</summary>
    RangeAbove = 6,

    /// <summary>Realisasi below a range target: the lower bound acts as a positive target.</summary>
    RangeBelow = 7,

    /// <summary>Values at least one of which is a grade, both with a number (score): the polarity's formula on the numbers.</summary>
    OrdinalScore = 8,

    /// <summary>Ordinal values without scores: 100 when the target grade is reached, else 0.</summary>
    OrdinalMet = 9,

    /// <summary>Ordinal values without scores: the ratio of ranks.</summary>
    OrdinalRankRatio = 10,
}

/// <summary>Which bound of a capping policy, if any, changed the raw capaian.</summary>
public enum CapAdjustment
{
    /// <summary>The raw value was within bounds (or no bounds apply).</summary>
    None = 0,

    /// <summary>The raw value exceeded the ceiling and was lowered to it.</summary>
    Ceiling = 1,

    /// <summary>The raw value fell below the floor and was raised to it.</summary>
    Floor = 2,
}
