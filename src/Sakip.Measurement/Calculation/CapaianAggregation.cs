using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using Sakip.Measurement.Model;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement.Calculation;

/// <summary>Whether a unit's overall capaian is the mean over its sasaran or over all its indicators.</summary>
public enum UnitAggregation
{
    /// <summary>The mean of each sasaran's capaian (each sasaran counts once).</summary>
    MeanOfSasaran = 0,

    /// <summary>The mean over every sasaran indicator (each indicator counts once), as the seed reports' "rata-rata capaian" rows do.</summary>
    MeanOfIndicators = 1,
}

/// <summary>
/// A mean of capaian: the value (the exact mean rounded once, half away from zero, to 16 places),
/// how many results went in, how many had no capaian and were left out, and the total weight.
/// </summary>
/// <remarks>
/// <para>The default value has no value and counts nothing.</para>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
/// </remarks>
public readonly struct CapaianMean : IEquatable<CapaianMean>
{
    private readonly decimal value;

    internal CapaianMean(decimal value, int included, int excluded, decimal totalWeight)
    {
        this.value = value;
        Included = included;
        Excluded = excluded;
        TotalWeight = totalWeight;
    }

    /// <summary>Gets a value indicating whether at least one result had a capaian.</summary>
    public bool HasValue => Included > 0;

    /// <summary>Gets the mean in percent.</summary>
    /// <exception cref="InvalidOperationException">No result had a capaian.</exception>
    public decimal Value => HasValue ? value : throw new InvalidOperationException("No capaian went into the mean.");

    /// <summary>Gets the mean, or <see langword="null"/> when no result had a capaian.</summary>
    public decimal? ValueOrNull => HasValue ? value : null;

    /// <summary>Gets the number of results that went into the mean.</summary>
    public int Included { get; }

    /// <summary>Gets the number of results left out because they had no capaian (their status says why).</summary>
    public int Excluded { get; }

    /// <summary>Gets the sum of the weights of the included results.</summary>
    public decimal TotalWeight { get; }

    /// <inheritdoc />
    public bool Equals(CapaianMean other) =>
        value == other.value && Included == other.Included && Excluded == other.Excluded && TotalWeight == other.TotalWeight;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CapaianMean other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(value, Included, Excluded, TotalWeight);

    /// <summary>Returns e.g. <c>97.84 over 4 (0 without capaian)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => HasValue
        ? string.Create(CultureInfo.InvariantCulture, $"{value} over {Included} ({Excluded} without capaian)")
        : string.Create(CultureInfo.InvariantCulture, $"no capaian ({Excluded} without capaian)");

    /// <summary>Compares two means for equality.</summary>
    /// <param name="left">The first mean.</param>
    /// <param name="right">The second mean.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(CapaianMean left, CapaianMean right) => left.Equals(right);

    /// <summary>Compares two means for inequality.</summary>
    /// <param name="left">The first mean.</param>
    /// <param name="right">The second mean.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(CapaianMean left, CapaianMean right) => !left.Equals(right);
}

/// <summary>
/// Means of capaian: a sasaran's capaian as the (optionally weighted) mean of its indicators,
/// and a unit's overall capaian. Results without a capaian are left out and counted, never
/// averaged in as 0.
/// </summary>
public static class CapaianAggregation
{
    /// <summary>Returns the plain mean of the results that have a capaian.</summary>
    /// <param name="results">The results.</param>
    /// <param name="basis">Whether to average the capped or the raw values.</param>
    /// <returns>
    /// The mean: the exact sum divided by the count, rounded half away from zero once, to 16
    /// places (as a capaian is). Any capaian can be averaged: the sum never overflows.
    /// </returns>
    public static CapaianMean Mean(ReadOnlySpan<CapaianResult> results, CapaianBasis basis)
    {
        var sum = default(DecimalSum);
        int included = 0;
        foreach (ref readonly var r in results)
        {
            if (r.HasValue)
            {
                sum.Add(basis == CapaianBasis.Raw ? r.Raw : r.Value);
                included++;
            }
        }
        return new CapaianMean(included == 0 ? 0m : sum.Mean(included), included, results.Length - included, included);
    }

    /// <summary>The mean of means (a unit over its sasaran): each present value counts once, absent ones are counted apart.</summary>
    internal static CapaianMean MeanOfMeans(IReadOnlyList<CapaianMean> means)
    {
        var sum = default(DecimalSum);
        int included = 0;
        foreach (var mean in means)
        {
            if (mean.HasValue)
            {
                sum.Add(mean.Value);
                included++;
            }
        }
        return new CapaianMean(included == 0 ? 0m : sum.Mean(included), included, means.Count - included, included);
    }

    /// <summary>Returns the weighted mean of the results that have a capaian.</summary>
    /// <param name="results">The results.</param>
    /// <param name="weights">One positive weight per result.</param>
    /// <param name="basis">Whether to average the capped or the raw values.</param>
    /// <returns>
    /// The mean <c>Σ capaian·weight / Σ weight</c>, computed exactly and rounded half away from
    /// zero once, to 16 places. Products and sums never overflow.
    /// </returns>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A weight is not positive, or the included weights sum beyond the decimal range.</exception>
    public static CapaianMean WeightedMean(ReadOnlySpan<CapaianResult> results, ReadOnlySpan<decimal> weights, CapaianBasis basis)
    {
        if (results.Length != weights.Length)
        {
            throw new ArgumentException($"There are {results.Length} results but {weights.Length} weights.", nameof(weights));
        }
        // Exact: capaian and weight each as an integer at 28 places, their products at 56.
        BigInteger weightedSum = BigInteger.Zero;
        BigInteger weightSum = BigInteger.Zero;
        int included = 0;
        for (int i = 0; i < results.Length; i++)
        {
            if (weights[i] <= 0m)
            {
                throw new ArgumentOutOfRangeException(nameof(weights), weights[i], $"Weight {i} must be positive.");
            }
            if (results[i].HasValue)
            {
                var weight = ExactDecimal.ToScaledInteger(weights[i], ExactDecimal.MaxScale);
                var value = ExactDecimal.ToScaledInteger(basis == CapaianBasis.Raw ? results[i].Raw : results[i].Value, ExactDecimal.MaxScale);
                weightedSum += value * weight;
                weightSum += weight;
                included++;
            }
        }
        if (included == 0)
        {
            return new CapaianMean(0m, 0, results.Length, 0m);
        }
        var scale = ExactDecimal.PowerOfTen(ExactDecimal.MaxScale);
        if (!ExactDecimal.TryToDecimal(weightSum, scale, ExactDecimal.MaxScale, out decimal totalWeight))
        {
            throw new ArgumentOutOfRangeException(nameof(weights), "The weights of the included results sum beyond the decimal range.");
        }
        // A weighted mean lies between the smallest and the largest value, so it fits a decimal.
        ExactDecimal.TryToDecimal(weightedSum, weightSum * scale, DecimalRatio.Scale, out decimal mean);
        return new CapaianMean(mean, included, results.Length - included, totalWeight);
    }

    /// <summary>Computes a sasaran's capaian for a year: the mean of its indicators' capaian.</summary>
    /// <param name="sasaran">The sasaran.</param>
    /// <param name="year">The year.</param>
    /// <param name="policy">The calculation policy.</param>
    /// <param name="basis">Whether to average capped or raw values.</param>
    /// <param name="weighted">Whether to weight by <see cref="Indikator.Weight"/>.</param>
    /// <param name="source">Which target of the year to use.</param>
    /// <returns>The mean.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sasaran"/> or <paramref name="policy"/> is null.</exception>
    public static CapaianMean ForSasaran(Sasaran sasaran, FiscalYear year, CapaianPolicy policy, CapaianBasis basis, bool weighted = false, TargetSource source = TargetSource.Effective)
    {
        ArgumentNullException.ThrowIfNull(sasaran);
        ArgumentNullException.ThrowIfNull(policy);
        return Combine(sasaran.Indikator, year, policy, basis, weighted, source);
    }

    /// <summary>Computes a unit's overall capaian for a year from one Renstra's sasaran indicators.</summary>
    /// <param name="renstra">The Renstra.</param>
    /// <param name="year">The year.</param>
    /// <param name="policy">The calculation policy.</param>
    /// <param name="aggregation">Mean over sasaran or over indicators.</param>
    /// <param name="basis">Whether to average capped or raw values.</param>
    /// <param name="source">Which target of the year to use.</param>
    /// <returns>The mean.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="renstra"/> or <paramref name="policy"/> is null.</exception>
    public static CapaianMean ForUnit(Renstra renstra, FiscalYear year, CapaianPolicy policy, UnitAggregation aggregation, CapaianBasis basis, TargetSource source = TargetSource.Effective)
    {
        ArgumentNullException.ThrowIfNull(renstra);
        ArgumentNullException.ThrowIfNull(policy);
        if (aggregation == UnitAggregation.MeanOfIndicators)
        {
            return Combine(renstra.AllSasaran.SelectMany(s => s.Indikator), year, policy, basis, false, source);
        }
        return MeanOfMeans(renstra.AllSasaran.Select(s => ForSasaran(s, year, policy, basis, false, source)).ToArray());
    }

    private static CapaianMean Combine(IEnumerable<Indikator> indikator, FiscalYear year, CapaianPolicy policy, CapaianBasis basis, bool weighted, TargetSource source)
    {
        var list = indikator.ToArray();
        var results = list.Select(i => Capaian.ForYear(i, year, policy, source)).ToArray();
        return weighted
            ? WeightedMean(results, list.Select(i => i.Weight).ToArray(), basis)
            : Mean(results, basis);
    }
}
