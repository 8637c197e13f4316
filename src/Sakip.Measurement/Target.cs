using System;
using System.Globalization;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement;

/// <summary>How an indicator states its target.</summary>
public enum TargetKind
{
    /// <summary>One number per year, e.g. <c>93</c> or <c>100 %</c>.</summary>
    SingleValue = 0,

    /// <summary>A closed range per year, e.g. inflation 2–4 %; inside the range counts as 100 %.</summary>
    Range = 1,

    /// <summary>A grade of an ordinal scale, optionally with a score, e.g. <c>BB (80)</c> or <c>WTP</c>.</summary>
    Ordinal = 2,
}

/// <summary>
/// The target of an indicator for one year: a single value (number or grade) or a numeric range.
/// </summary>
/// <remarks>
/// <para>The default value is the single target 0.</para>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
/// </remarks>
public readonly struct Target : IEquatable<Target>
{
    private readonly IndicatorValue value; // single value, or the lower bound of a range
    private readonly decimal upper;
    private readonly bool isRange;

    private Target(IndicatorValue value, decimal upper, bool isRange)
    {
        this.value = value;
        this.upper = upper;
        this.isRange = isRange;
    }

    /// <summary>Creates a single numeric target.</summary>
    /// <param name="value">The target number.</param>
    /// <returns>The target.</returns>
    public static Target Of(decimal value) => new(IndicatorValue.FromNumber(value), 0m, false);

    /// <summary>Creates a single target from a value (number or grade).</summary>
    /// <param name="value">The target value.</param>
    /// <returns>The target.</returns>
    public static Target Of(IndicatorValue value) => new(value, 0m, false);

    /// <summary>Creates a range target, e.g. 2–4.</summary>
    /// <param name="lower">The lower bound, inclusive.</param>
    /// <param name="upper">The upper bound, inclusive.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException"><paramref name="upper"/> is below <paramref name="lower"/>.</exception>
    public static Target Range(decimal lower, decimal upper)
    {
        Preconditions.CheckArgument(upper >= lower, nameof(upper),
            string.Create(CultureInfo.InvariantCulture, $"The range's upper bound {upper} is below its lower bound {lower}."));
        return new(IndicatorValue.FromNumber(lower), upper, true);
    }

    /// <summary>Gets the kind of target.</summary>
    public TargetKind Kind => isRange ? TargetKind.Range : value.IsNumeric ? TargetKind.SingleValue : TargetKind.Ordinal;

    /// <summary>Gets the single target value.</summary>
    /// <exception cref="InvalidOperationException">The target is a range.</exception>
    public IndicatorValue Value => isRange ? throw new InvalidOperationException("A range target has no single value; use Lower and Upper.") : value;

    /// <summary>Gets the lower bound of a range target.</summary>
    /// <exception cref="InvalidOperationException">The target is not a range.</exception>
    public decimal Lower => isRange ? value.Number : throw new InvalidOperationException("Only a range target has a lower bound.");

    /// <summary>Gets the upper bound of a range target.</summary>
    /// <exception cref="InvalidOperationException">The target is not a range.</exception>
    public decimal Upper => isRange ? upper : throw new InvalidOperationException("Only a range target has an upper bound.");

    /// <inheritdoc />
    public bool Equals(Target other) => isRange == other.isRange && value == other.value && upper == other.upper;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Target other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(value, upper, isRange);

    /// <summary>Returns an invariant rendering, e.g. <c>93</c>, <c>BB (80)</c> or <c>2–4</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => isRange
        ? string.Create(CultureInfo.InvariantCulture, $"{value.Number}–{upper}")
        : value.ToString();

    /// <summary>Compares two targets for equality.</summary>
    /// <param name="left">The first target.</param>
    /// <param name="right">The second target.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Target left, Target right) => left.Equals(right);

    /// <summary>Compares two targets for inequality.</summary>
    /// <param name="left">The first target.</param>
    /// <param name="right">The second target.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(Target left, Target right) => !left.Equals(right);
}
