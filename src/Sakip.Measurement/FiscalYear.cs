using System;
using System.Globalization;
using NodaTime;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement;

/// <summary>
/// A performance / budget year (tahun anggaran). In Indonesia the fiscal year is the calendar
/// year, so a <see cref="FiscalYear"/> covers 1 January to 31 December of its ISO year.
/// </summary>
/// <remarks>
/// <para>Range: years 1 to 9999, as <see cref="LocalDate"/>. The default value is year 1.</para>
/// <para>Equality and ordering follow the year number.</para>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
/// </remarks>
public readonly struct FiscalYear : IEquatable<FiscalYear>, IComparable<FiscalYear>, IComparable
{
    /// <summary>The smallest supported year.</summary>
    public const int MinYear = 1;

    /// <summary>The largest supported year.</summary>
    public const int MaxYear = 9999;

    // Stored as an offset from year 1 so that default(FiscalYear) is a legal value (year 1).
    private readonly short offset;

    /// <summary>Initializes a new instance for the given year number.</summary>
    /// <param name="year">The ISO year number, 1 to 9999.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1–9999.</exception>
    public FiscalYear(int year)
    {
        Preconditions.CheckRange(year, MinYear, MaxYear);
        offset = (short)(year - MinYear);
    }

    /// <summary>Gets the ISO year number.</summary>
    public int Year => offset + MinYear;

    /// <summary>Gets the first day of the year (1 January).</summary>
    public LocalDate Start => new(Year, 1, 1);

    /// <summary>Gets the last day of the year (31 December).</summary>
    public LocalDate End => new(Year, 12, 31);

    /// <summary>Gets the days of the year as a closed date interval.</summary>
    public DateInterval Interval => new(Start, End);

    /// <summary>Gets the following year.</summary>
    /// <exception cref="OverflowException">This is the last supported year.</exception>
    public FiscalYear Next => Year == MaxYear ? throw new OverflowException("No fiscal year follows 9999.") : new FiscalYear(Year + 1);

    /// <summary>Gets the preceding year.</summary>
    /// <exception cref="OverflowException">This is the first supported year.</exception>
    public FiscalYear Previous => Year == MinYear ? throw new OverflowException("No fiscal year precedes year 1.") : new FiscalYear(Year - 1);

    /// <summary>Returns one quarter (triwulan) of this year.</summary>
    /// <param name="quarter">The quarter number, 1 (triwulan I) to 4 (triwulan IV).</param>
    /// <returns>The quarter.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quarter"/> is outside 1–4.</exception>
    public FiscalQuarter Quarter(int quarter) => new(this, quarter);

    /// <summary>Returns the fiscal year that contains a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The year of <paramref name="date"/>.</returns>
    public static FiscalYear Containing(LocalDate date) => new(date.Year);

    /// <summary>Returns whether the year contains a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> falls in this year.</returns>
    public bool Contains(LocalDate date) => date.Year == Year;

    /// <inheritdoc />
    public bool Equals(FiscalYear other) => offset == other.offset;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FiscalYear other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => offset;

    /// <inheritdoc />
    public int CompareTo(FiscalYear other) => offset.CompareTo(other.offset);

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        FiscalYear other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a FiscalYear.", nameof(obj)),
    };

    /// <summary>Returns the year number, e.g. <c>2023</c>.</summary>
    /// <returns>The year as invariant digits.</returns>
    public override string ToString() => Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>Compares two years for equality.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns><see langword="true"/> when both are the same year.</returns>
    public static bool operator ==(FiscalYear left, FiscalYear right) => left.Equals(right);

    /// <summary>Compares two years for inequality.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns><see langword="true"/> when the years differ.</returns>
    public static bool operator !=(FiscalYear left, FiscalYear right) => !left.Equals(right);

    /// <summary>Returns whether <paramref name="left"/> is earlier than <paramref name="right"/>.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(FiscalYear left, FiscalYear right) => left.offset < right.offset;

    /// <summary>Returns whether <paramref name="left"/> is later than <paramref name="right"/>.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(FiscalYear left, FiscalYear right) => left.offset > right.offset;

    /// <summary>Returns whether <paramref name="left"/> is not later than <paramref name="right"/>.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(FiscalYear left, FiscalYear right) => left.offset <= right.offset;

    /// <summary>Returns whether <paramref name="left"/> is not earlier than <paramref name="right"/>.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(FiscalYear left, FiscalYear right) => left.offset >= right.offset;
}
