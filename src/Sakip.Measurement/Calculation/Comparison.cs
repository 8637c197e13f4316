using System;
using Sakip.Measurement.Model;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement.Calculation;

/// <summary>The direction of a value from one year to the next.</summary>
public enum Trend
{
    /// <summary>Unchanged (within the tolerance): "stagnan".</summary>
    Flat = 0,

    /// <summary>Higher than before: "naik".</summary>
    Up = 1,

    /// <summary>Lower than before: "turun".</summary>
    Down = 2,
}

/// <summary>Realisasi of two years side by side, their direction and whether that is an improvement.</summary>
/// <remarks>Produced by <see cref="Comparison.TrendOf(decimal, decimal, Polarity, decimal)"/>; the default value compares 0 with 0.</remarks>
public readonly record struct TrendComparison
{
    internal TrendComparison(decimal previous, decimal current, Trend direction, bool isImprovement)
    {
        Previous = previous;
        Current = current;
        Direction = direction;
        IsImprovement = isImprovement;
    }

    /// <summary>Gets the earlier realisasi.</summary>
    public decimal Previous { get; }

    /// <summary>Gets the later realisasi.</summary>
    public decimal Current { get; }

    /// <summary>Gets the direction: up, down or flat.</summary>
    public Trend Direction { get; }

    /// <summary>Gets whether the change goes the indicator's good way (flat is not an improvement).</summary>
    public bool IsImprovement { get; }
}

/// <summary>A realisasi measured against a national or provincial benchmark value.</summary>
/// <remarks>Produced by <see cref="Comparison.AgainstBenchmark"/>.</remarks>
public readonly record struct BenchmarkComparison
{
    internal BenchmarkComparison(decimal realisasi, decimal benchmark, bool isBetter, CapaianResult capaian)
    {
        Realisasi = realisasi;
        Benchmark = benchmark;
        IsBetter = isBetter;
        Capaian = capaian;
    }

    /// <summary>Gets the unit's realisasi.</summary>
    public decimal Realisasi { get; }

    /// <summary>Gets the benchmark value.</summary>
    public decimal Benchmark { get; }

    /// <summary>Gets realisasi minus benchmark (e.g. IKM 88,25 − 86,34 = 1,91).</summary>
    public decimal Gap => Realisasi - Benchmark;

    /// <summary>Gets whether the realisasi beats the benchmark in the indicator's good direction.</summary>
    public bool IsBetter { get; }

    /// <summary>Gets the capaian with the benchmark as target.</summary>
    public CapaianResult Capaian { get; }
}

/// <summary>
/// The comparisons chapter III of an LKIP makes: with previous years, with the Renstra's
/// final-year target, and with a national or provincial benchmark.
/// </summary>
public static class Comparison
{
    /// <summary>Returns the direction from one value to the next.</summary>
    /// <param name="previous">The earlier value.</param>
    /// <param name="current">The later value.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <param name="tolerance">Changes of at most this size count as flat (default 0).</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is negative, or <paramref name="polarity"/> is undefined.</exception>
    public static TrendComparison TrendOf(decimal previous, decimal current, Polarity polarity, decimal tolerance = 0m)
    {
        Preconditions.CheckNonNegative(tolerance);
        Capaian.CheckPolarity(polarity);
        decimal change = current - previous;
        var direction = Math.Abs(change) <= tolerance ? Trend.Flat : change > 0m ? Trend.Up : Trend.Down;
        bool improvement = direction != Trend.Flat && (direction == Trend.Up) == (polarity == Polarity.Positive);
        return new TrendComparison(previous, current, direction, improvement);
    }

    /// <summary>Returns the direction of an indicator's realisasi from one year to another.</summary>
    /// <param name="indikator">The indicator.</param>
    /// <param name="previous">The earlier year.</param>
    /// <param name="current">The later year.</param>
    /// <param name="tolerance">Changes of at most this size count as flat.</param>
    /// <returns>The comparison, or <see langword="null"/> when either year has no realisasi with a number (or score).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indikator"/> is null.</exception>
    public static TrendComparison? RealisasiTrend(Indikator indikator, FiscalYear previous, FiscalYear current, decimal tolerance = 0m)
    {
        ArgumentNullException.ThrowIfNull(indikator);
        decimal? before = indikator.GetRealisasi(previous)?.Quantity;
        decimal? after = indikator.GetRealisasi(current)?.Quantity;
        return before.HasValue && after.HasValue
            ? TrendOf(before.GetValueOrDefault(), after.GetValueOrDefault(), indikator.Polarity, tolerance)
            : null;
    }

    /// <summary>
    /// Measures a year's realisasi against the Renstra's final-year target:
    /// <c>realisasi(year) / target(final year) × 100</c>, polarity applied.
    /// </summary>
    /// <param name="indikator">The indicator.</param>
    /// <param name="renstra">The Renstra whose final year gives the target.</param>
    /// <param name="year">The year whose realisasi is measured.</param>
    /// <param name="policy">The calculation policy.</param>
    /// <returns>The capaian against the final target; status <see cref="CapaianStatus.NoTarget"/> when the indicator has no Renstra target for the final year.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static CapaianResult AgainstRenstraFinalTarget(Indikator indikator, Renstra renstra, FiscalYear year, CapaianPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(indikator);
        ArgumentNullException.ThrowIfNull(renstra);
        ArgumentNullException.ThrowIfNull(policy);
        var finalYear = renstra.Period.FinalYear;
        // A missing final-year target is a domain outcome (the capaian has no target), not bad data.
        return indikator.GetYear(finalYear)?.RenstraTarget is { } target
            ? Capaian.Calculate(target, indikator.GetRealisasi(year), indikator.Polarity, policy)
            : CapaianResult.Missing(CapaianStatus.NoTarget);
    }

    /// <summary>Measures a realisasi against a national or provincial benchmark.</summary>
    /// <param name="realisasi">The unit's realisasi.</param>
    /// <param name="benchmark">The benchmark value; must not be negative.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <param name="policy">The calculation policy for the capaian against the benchmark.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="benchmark"/> is negative, or <paramref name="polarity"/> is undefined.</exception>
    public static BenchmarkComparison AgainstBenchmark(decimal realisasi, decimal benchmark, Polarity polarity, CapaianPolicy policy)
    {
        var capaian = Capaian.Calculate(benchmark, realisasi, polarity, policy);
        decimal gap = realisasi - benchmark;
        bool better = polarity == Polarity.Positive ? gap > 0m : gap < 0m;
        return new BenchmarkComparison(realisasi, benchmark, better, capaian);
    }
}
