using System;
using System.Globalization;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement.Model;

/// <summary>How an indicator's quarterly (triwulan) realisasi make up its yearly realisasi.</summary>
public enum QuarterlyAggregation
{
    /// <summary>The year is the sum of the quarters (cumulative counts: documents, reports, activities).</summary>
    Sum = 0,

    /// <summary>The year is the last reported quarter (stocks, percentages, indices).</summary>
    Last = 1,

    /// <summary>The year is the mean of the reported quarters.</summary>
    Mean = 2,
}

/// <summary>
/// Up to four quarterly (triwulan I–IV) numbers; a quarter not yet reported is missing, not zero.
/// </summary>
/// <remarks>
/// <para>The default value has no quarter reported.</para>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
/// </remarks>
public readonly struct QuarterlyValues : IEquatable<QuarterlyValues>
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="q1">Triwulan I, or <see langword="null"/> when not reported.</param>
    /// <param name="q2">Triwulan II, or <see langword="null"/>.</param>
    /// <param name="q3">Triwulan III, or <see langword="null"/>.</param>
    /// <param name="q4">Triwulan IV, or <see langword="null"/>.</param>
    public QuarterlyValues(decimal? q1, decimal? q2, decimal? q3, decimal? q4)
    {
        Q1 = q1;
        Q2 = q2;
        Q3 = q3;
        Q4 = q4;
    }

    /// <summary>Gets triwulan I.</summary>
    public decimal? Q1 { get; }

    /// <summary>Gets triwulan II.</summary>
    public decimal? Q2 { get; }

    /// <summary>Gets triwulan III.</summary>
    public decimal? Q3 { get; }

    /// <summary>Gets triwulan IV.</summary>
    public decimal? Q4 { get; }

    /// <summary>Gets one quarter.</summary>
    /// <param name="quarter">The quarter number, 1 to 4.</param>
    /// <returns>The value, or <see langword="null"/> when not reported.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quarter"/> is outside 1–4.</exception>
    public decimal? this[int quarter] => Preconditions.CheckRange(quarter, 1, 4) switch
    {
        1 => Q1,
        2 => Q2,
        3 => Q3,
        _ => Q4,
    };

    /// <summary>Gets the number of quarters reported.</summary>
    public int ReportedCount => (Q1.HasValue ? 1 : 0) + (Q2.HasValue ? 1 : 0) + (Q3.HasValue ? 1 : 0) + (Q4.HasValue ? 1 : 0);

    /// <summary>
    /// Rolls the four quarters up into the year's value. A year needs every quarter: with any
    /// quarter missing there is no yearly value (missing is not zero, and a partial sum is not a
    /// year). Use <see cref="AggregateToDate"/> for a year-to-date figure.
    /// </summary>
    /// <param name="method">The indicator's aggregation method.</param>
    /// <returns>The yearly value, or <see langword="null"/> when a quarter is missing.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> is undefined.</exception>
    public decimal? Aggregate(QuarterlyAggregation method) => AggregateToDate(method, 4);

    /// <summary>
    /// Rolls quarters I to <paramref name="throughQuarter"/> up into a year-to-date value (sum,
    /// last or mean of those quarters). Every one of them must be reported.
    /// </summary>
    /// <param name="method">The indicator's aggregation method.</param>
    /// <param name="throughQuarter">The last quarter included, 1 to 4.</param>
    /// <returns>The value, or <see langword="null"/> when one of those quarters is missing.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> is undefined or <paramref name="throughQuarter"/> is outside 1–4.</exception>
    public decimal? AggregateToDate(QuarterlyAggregation method, int throughQuarter)
    {
        if (!Enum.IsDefined(method))
        {
            throw new ArgumentOutOfRangeException(nameof(method), method, "Undefined aggregation method.");
        }
        Preconditions.CheckRange(throughQuarter, 1, 4);
        decimal sum = 0m;
        for (int q = 1; q <= throughQuarter; q++)
        {
            decimal? v = this[q];
            if (!v.HasValue)
            {
                return null;
            }
            sum += v.GetValueOrDefault();
        }
        return method switch
        {
            QuarterlyAggregation.Sum => sum,
            QuarterlyAggregation.Last => this[throughQuarter],
            _ => sum / throughQuarter,
        };
    }

    /// <inheritdoc />
    public bool Equals(QuarterlyValues other) => Q1 == other.Q1 && Q2 == other.Q2 && Q3 == other.Q3 && Q4 == other.Q4;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is QuarterlyValues other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Q1, Q2, Q3, Q4);

    /// <summary>Returns the four quarters, <c>-</c> for missing ones.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"[{Q1?.ToString(CultureInfo.InvariantCulture) ?? "-"}; {Q2?.ToString(CultureInfo.InvariantCulture) ?? "-"}; {Q3?.ToString(CultureInfo.InvariantCulture) ?? "-"}; {Q4?.ToString(CultureInfo.InvariantCulture) ?? "-"}]");

    /// <summary>Compares two sets of quarters for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(QuarterlyValues left, QuarterlyValues right) => left.Equals(right);

    /// <summary>Compares two sets of quarters for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(QuarterlyValues left, QuarterlyValues right) => !left.Equals(right);
}
