using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace Sakip.Measurement;

/// <summary>
/// The period of a Renstra (rencana strategis, the unit's five-year plan): a closed range of
/// fiscal years, e.g. 2021–2026 or 2025–2029.
/// </summary>
/// <remarks>
/// <para>The default value is the one-year period of year 1.</para>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
/// </remarks>
public readonly struct RenstraPeriod : IEquatable<RenstraPeriod>
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="firstYear">The first year of the plan.</param>
    /// <param name="finalYear">The final year of the plan, whose target is the plan's end target.</param>
    /// <exception cref="ArgumentException"><paramref name="finalYear"/> is before <paramref name="firstYear"/>.</exception>
    public RenstraPeriod(FiscalYear firstYear, FiscalYear finalYear)
    {
        if (finalYear < firstYear)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The final year {finalYear} is before the first year {firstYear}."),
                nameof(finalYear));
        }
        FirstYear = firstYear;
        FinalYear = finalYear;
    }

    /// <summary>Initializes a new instance from year numbers.</summary>
    /// <param name="firstYear">The first year number.</param>
    /// <param name="finalYear">The final year number.</param>
    /// <exception cref="ArgumentOutOfRangeException">A year is outside 1–9999.</exception>
    /// <exception cref="ArgumentException"><paramref name="finalYear"/> is before <paramref name="firstYear"/>.</exception>
    public RenstraPeriod(int firstYear, int finalYear)
        : this(new FiscalYear(firstYear), new FiscalYear(finalYear))
    {
    }

    /// <summary>Gets the first year.</summary>
    public FiscalYear FirstYear { get; }

    /// <summary>Gets the final year (tahun akhir Renstra).</summary>
    public FiscalYear FinalYear { get; }

    /// <summary>Gets the number of years in the period.</summary>
    public int YearCount => FinalYear.Year - FirstYear.Year + 1;

    /// <summary>Gets the days of the period as a closed date interval.</summary>
    public DateInterval Interval => new(FirstYear.Start, FinalYear.End);

    /// <summary>Gets the years of the period in order.</summary>
    public IEnumerable<FiscalYear> Years
    {
        get
        {
            for (int y = FirstYear.Year; y <= FinalYear.Year; y++)
            {
                yield return new FiscalYear(y);
            }
        }
    }

    /// <summary>Returns whether the period contains a year.</summary>
    /// <param name="year">The year.</param>
    /// <returns><see langword="true"/> when <paramref name="year"/> lies in the period.</returns>
    public bool Contains(FiscalYear year) => year >= FirstYear && year <= FinalYear;

    /// <inheritdoc />
    public bool Equals(RenstraPeriod other) => FirstYear == other.FirstYear && FinalYear == other.FinalYear;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RenstraPeriod other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(FirstYear, FinalYear);

    /// <summary>Returns the period as reports write it, e.g. <c>2021-2026</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{FirstYear}-{FinalYear}");

    /// <summary>Compares two periods for equality.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when both cover the same years.</returns>
    public static bool operator ==(RenstraPeriod left, RenstraPeriod right) => left.Equals(right);

    /// <summary>Compares two periods for inequality.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when the periods differ.</returns>
    public static bool operator !=(RenstraPeriod left, RenstraPeriod right) => !left.Equals(right);
}
