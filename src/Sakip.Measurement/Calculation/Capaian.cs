using System;
using System.Globalization;
using Sakip.Measurement.Model;

namespace Sakip.Measurement.Calculation;

/// <summary>
/// Capaian (achievement): realisasi measured against target, in percent, for positive,
/// negative, range and ordinal indicators, under an explicit <see cref="CapaianPolicy"/>.
/// </summary>
/// <remarks>
/// <para>All methods are pure and allocation-free. A missing realisasi, a zero target that the
/// policy does not define, values that cannot be compared, or a ratio beyond the decimal range
/// give a result whose <see cref="CapaianResult.Status"/> says why; they never yield a silent 0
/// and throw only for caller errors (null policy, negative target, undefined enum values).</para>
/// <para>Raw values are the exact quotient rounded half away from zero to 16 decimal places;
/// the negative regulation formula is computed as <c>200 − positive</c>, so both readings of it
/// agree to the last digit.</para>
/// </remarks>
public static class Capaian
{
    /// <summary>Computes the capaian of a single numeric target.</summary>
    /// <param name="target">The target; must not be negative.</param>
    /// <param name="realisasi">The realisasi, or <see langword="null"/> when not yet reported.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <param name="policy">The calculation policy.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is negative, or <paramref name="polarity"/> is undefined.</exception>
    public static CapaianResult Calculate(decimal target, decimal? realisasi, Polarity polarity, CapaianPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        CheckTarget(target, nameof(target));
        CheckPolarity(polarity);
        return realisasi.HasValue
            ? CalculateCore(target, realisasi.GetValueOrDefault(), polarity, policy)
            : CapaianResult.Missing(CapaianStatus.NoRealisasi);
    }

    /// <summary>
    /// Computes the capaian of a range target: inside the range is 100 %; above it the upper
    /// bound acts as a negative target, below it the lower bound acts as a positive target.
    /// </summary>
    /// <param name="lower">The lower bound, inclusive; must not be negative.</param>
    /// <param name="upper">The upper bound, inclusive; must not be below <paramref name="lower"/>.</param>
    /// <param name="realisasi">The realisasi, or <see langword="null"/> when not yet reported.</param>
    /// <param name="policy">The calculation policy.</param>
    /// <returns>The result, with rule <see cref="CapaianRule.RangeInside"/>, <see cref="CapaianRule.RangeAbove"/> or <see cref="CapaianRule.RangeBelow"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lower"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="upper"/> is below <paramref name="lower"/>.</exception>
    public static CapaianResult CalculateRange(decimal lower, decimal upper, decimal? realisasi, CapaianPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        CheckTarget(lower, nameof(lower));
        if (upper < lower)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The range's upper bound {upper} is below its lower bound {lower}."), nameof(upper));
        }
        return realisasi.HasValue
            ? CalculateRangeCore(lower, upper, realisasi.GetValueOrDefault(), policy)
            : CapaianResult.Missing(CapaianStatus.NoRealisasi);
    }

    /// <summary>
    /// Computes the capaian of any target (single number, range or grade) against a realisasi
    /// value (number or grade).
    /// </summary>
    /// <param name="target">The target.</param>
    /// <param name="realisasi">The realisasi, or <see langword="null"/> when not yet reported.</param>
    /// <param name="polarity">Which direction is good (ranks of grades are always better-is-higher).</param>
    /// <param name="policy">The calculation policy.</param>
    /// <returns>The result; <see cref="CapaianStatus.NotComparable"/> when a grade without a score meets a number or a range, or two scales differ.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A numeric target is negative, or <paramref name="polarity"/> is undefined.</exception>
    public static CapaianResult Calculate(Target target, IndicatorValue? realisasi, Polarity polarity, CapaianPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        CheckPolarity(polarity);
        if (!realisasi.HasValue)
        {
            return CapaianResult.Missing(CapaianStatus.NoRealisasi);
        }
        IndicatorValue actual = realisasi.GetValueOrDefault();
        switch (target.Kind)
        {
            case TargetKind.Range:
                CheckTarget(target.Lower, nameof(target));
                return actual.IsNumeric
                    ? CalculateRangeCore(target.Lower, target.Upper, actual.Number, policy)
                    : CapaianResult.Missing(CapaianStatus.NotComparable);
            case TargetKind.SingleValue when actual.IsNumeric:
                CheckTarget(target.Value.Number, nameof(target));
                return CalculateCore(target.Value.Number, actual.Number, polarity, policy);
            default:
                return CalculateOrdinal(target.Value, actual, polarity, policy);
        }
    }

    /// <summary>
    /// Computes the capaian between two values at least one of which is a grade. When both
    /// carry a number (a score), the polarity's formula applies to the scores
    /// (<c>BB (80)</c> → <c>B (61)</c> gives 76,25 %); otherwise grades of one scale are compared
    /// by <see cref="CapaianPolicy.OrdinalMethod"/>.
    /// </summary>
    /// <param name="target">The target value.</param>
    /// <param name="realisasi">The realised value.</param>
    /// <param name="polarity">Which direction is good for scores.</param>
    /// <param name="policy">The calculation policy.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The target's number is negative, or <paramref name="polarity"/> is undefined.</exception>
    public static CapaianResult CalculateOrdinal(IndicatorValue target, IndicatorValue realisasi, Polarity polarity, CapaianPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        CheckPolarity(polarity);
        decimal? targetQuantity = target.Quantity;
        decimal? actualQuantity = realisasi.Quantity;
        if (targetQuantity.HasValue && actualQuantity.HasValue)
        {
            CheckTarget(targetQuantity.GetValueOrDefault(), nameof(target));
            var byScore = CalculateCore(targetQuantity.GetValueOrDefault(), actualQuantity.GetValueOrDefault(), polarity, policy);
            return target.IsNumeric && realisasi.IsNumeric ? byScore : byScore.WithRule(CapaianRule.OrdinalScore, policy.Capping);
        }
        if (target.IsNumeric || realisasi.IsNumeric || !target.Grade.Scale.Equals(realisasi.Grade.Scale))
        {
            return CapaianResult.Missing(CapaianStatus.NotComparable);
        }
        int targetRank = target.Grade.Rank;
        int actualRank = realisasi.Grade.Rank;
        return policy.OrdinalMethod.Calculate(targetRank, actualRank, policy.Capping);
    }

    /// <summary>Computes an indicator's capaian for a year: its realisasi (yearly, or rolled up from the quarters by its method) against the year's target of the chosen source.</summary>
    /// <param name="indikator">The indicator.</param>
    /// <param name="year">The year.</param>
    /// <param name="policy">The calculation policy.</param>
    /// <param name="source">Which of the year's targets to use.</param>
    /// <returns>The result; <see cref="CapaianStatus.NoRealisasi"/> when nothing is reported, <see cref="CapaianStatus.NoTarget"/> when the year has no target of that source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indikator"/> or <paramref name="policy"/> is null.</exception>
    public static CapaianResult ForYear(Indikator indikator, FiscalYear year, CapaianPolicy policy, TargetSource source = TargetSource.Effective)
    {
        ArgumentNullException.ThrowIfNull(indikator);
        ArgumentNullException.ThrowIfNull(policy);
        var target = indikator.GetYear(year)?.GetTarget(source);
        return target.HasValue
            ? Calculate(target.GetValueOrDefault(), indikator.GetRealisasi(year), indikator.Polarity, policy)
            : CapaianResult.Missing(CapaianStatus.NoTarget);
    }

    /// <summary>
    /// Computes the capaian of one quarter: that quarter's realisasi against that quarter's target
    /// (both as given in <see cref="IndicatorYear.QuarterlyRealisasi"/> and
    /// <see cref="IndicatorYear.QuarterlyTargets"/>; the library does not guess whether a report's
    /// quarterly figures are cumulative).
    /// </summary>
    /// <param name="indikator">The indicator.</param>
    /// <param name="quarter">The quarter.</param>
    /// <param name="policy">The calculation policy.</param>
    /// <returns>The result; <see cref="CapaianStatus.NoRealisasi"/> when the quarter is not reported, <see cref="CapaianStatus.NoTarget"/> when it has no target.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indikator"/> or <paramref name="policy"/> is null.</exception>
    public static CapaianResult ForQuarter(Indikator indikator, FiscalQuarter quarter, CapaianPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(indikator);
        ArgumentNullException.ThrowIfNull(policy);
        var data = indikator.GetYear(quarter.Year);
        decimal? target = data?.QuarterlyTargets[quarter.Number];
        return target.HasValue
            ? Calculate(target.GetValueOrDefault(), data!.QuarterlyRealisasi[quarter.Number], indikator.Polarity, policy)
            : CapaianResult.Missing(CapaianStatus.NoTarget);
    }

    /// <summary>The numeric core shared by the object and batch APIs; arguments are already checked.</summary>
    internal static CapaianResult CalculateCore(decimal target, decimal realisasi, Polarity polarity, CapaianPolicy policy)
    {
        if (target == 0m)
        {
            return ZeroTarget(realisasi, polarity, policy);
        }
        if (polarity == Polarity.Positive)
        {
            return DecimalRatio.TryPercent(realisasi, target, out decimal positive)
                ? CapaianResult.Computed(CapaianRule.Positive, positive, policy.Capping)
                : CapaianResult.Missing(CapaianStatus.OutOfRange);
        }
        return policy.NegativeFormula.Calculate(target, realisasi, policy.Capping);
    }

    private static CapaianResult CalculateRangeCore(decimal lower, decimal upper, decimal realisasi, CapaianPolicy policy)
    {
        if (realisasi > upper)
        {
            return CalculateCore(upper, realisasi, Polarity.Negative, policy).WithRule(CapaianRule.RangeAbove, policy.Capping);
        }
        if (realisasi < lower)
        {
            return CalculateCore(lower, realisasi, Polarity.Positive, policy).WithRule(CapaianRule.RangeBelow, policy.Capping);
        }
        return CapaianResult.Computed(CapaianRule.RangeInside, 100m, policy.Capping);
    }

    private static CapaianResult ZeroTarget(decimal realisasi, Polarity polarity, CapaianPolicy policy) =>
        policy.ZeroTarget.IsFullAchievement(realisasi, polarity)
            ? CapaianResult.Computed(CapaianRule.ZeroOfZero, 100m, policy.Capping)
            : CapaianResult.Missing(CapaianStatus.ZeroTarget);

    internal static void CheckTarget(decimal target, string paramName)
    {
        if (target < 0m)
        {
            throw new ArgumentOutOfRangeException(paramName, target, "A target must not be negative.");
        }
    }

    internal static void CheckPolarity(Polarity polarity)
    {
        if (polarity is not (Polarity.Positive or Polarity.Negative))
        {
            throw new ArgumentOutOfRangeException(nameof(polarity), polarity, "Undefined polarity.");
        }
    }
}
