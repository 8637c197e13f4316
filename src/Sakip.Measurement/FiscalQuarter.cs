using System;
using System.Globalization;
using NodaTime;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement;

/// <summary>
/// A quarter (triwulan) of a <see cref="FiscalYear"/>: triwulan I is January–March, II
/// April–June, III July–September and IV October–December.
/// </summary>
/// <remarks>
/// <para>The default value is triwulan I of year 1.</para>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
/// </remarks>
public readonly struct FiscalQuarter : IEquatable<FiscalQuarter>, IComparable<FiscalQuarter>, IComparable
{
    private static readonly string[] RomanNumerals = ["I", "II", "III", "IV"];

    private readonly FiscalYear year;
    private readonly byte index; // 0..3 so that default is triwulan I

    /// <summary>Initializes a new instance.</summary>
    /// <param name="year">The year.</param>
    /// <param name="quarter">The quarter number, 1 to 4.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quarter"/> is outside 1–4.</exception>
    public FiscalQuarter(FiscalYear year, int quarter)
    {
        Preconditions.CheckRange(quarter, 1, 4);
        this.year = year;
        index = (byte)(quarter - 1);
    }

    /// <summary>Gets the year of the quarter.</summary>
    public FiscalYear Year => year;

    /// <summary>Gets the quarter number, 1 to 4.</summary>
    public int Number => index + 1;

    /// <summary>Gets the first day of the quarter.</summary>
    public LocalDate Start => new(year.Year, (index * 3) + 1, 1);

    /// <summary>Gets the last day of the quarter.</summary>
    public LocalDate End => Start.PlusMonths(3).PlusDays(-1);

    /// <summary>Gets the days of the quarter as a closed date interval.</summary>
    public DateInterval Interval => new(Start, End);

    /// <inheritdoc />
    public bool Equals(FiscalQuarter other) => year == other.year && index == other.index;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FiscalQuarter other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(year, index);

    /// <inheritdoc />
    public int CompareTo(FiscalQuarter other)
    {
        int c = year.CompareTo(other.year);
        return c != 0 ? c : index.CompareTo(other.index);
    }

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        FiscalQuarter other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a FiscalQuarter.", nameof(obj)),
    };

    /// <summary>Returns the quarter as reports write it, e.g. <c>Triwulan II 2023</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Triwulan {RomanNumerals[index]} {year.Year}");

    /// <summary>Compares two quarters for equality.</summary>
    /// <param name="left">The first quarter.</param>
    /// <param name="right">The second quarter.</param>
    /// <returns><see langword="true"/> when both denote the same quarter.</returns>
    public static bool operator ==(FiscalQuarter left, FiscalQuarter right) => left.Equals(right);

    /// <summary>Compares two quarters for inequality.</summary>
    /// <param name="left">The first quarter.</param>
    /// <param name="right">The second quarter.</param>
    /// <returns><see langword="true"/> when the quarters differ.</returns>
    public static bool operator !=(FiscalQuarter left, FiscalQuarter right) => !left.Equals(right);

    /// <summary>Returns whether <paramref name="left"/> is earlier than <paramref name="right"/>.</summary>
    /// <param name="left">The first quarter.</param>
    /// <param name="right">The second quarter.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(FiscalQuarter left, FiscalQuarter right) => left.CompareTo(right) < 0;

    /// <summary>Returns whether <paramref name="left"/> is later than <paramref name="right"/>.</summary>
    /// <param name="left">The first quarter.</param>
    /// <param name="right">The second quarter.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(FiscalQuarter left, FiscalQuarter right) => left.CompareTo(right) > 0;

    /// <summary>Returns whether <paramref name="left"/> is not later than <paramref name="right"/>.</summary>
    /// <param name="left">The first quarter.</param>
    /// <param name="right">The second quarter.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(FiscalQuarter left, FiscalQuarter right) => left.CompareTo(right) <= 0;

    /// <summary>Returns whether <paramref name="left"/> is not earlier than <paramref name="right"/>.</summary>
    /// <param name="left">The first quarter.</param>
    /// <param name="right">The second quarter.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(FiscalQuarter left, FiscalQuarter right) => left.CompareTo(right) >= 0;
}
