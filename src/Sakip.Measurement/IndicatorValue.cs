using System;
using System.Globalization;

namespace Sakip.Measurement;

/// <summary>Whether an <see cref="IndicatorValue"/> is a number or a qualitative grade.</summary>
public enum IndicatorValueKind
{
    /// <summary>A number in the indicator's satuan, e.g. <c>85,23</c> (%), <c>4</c> (dokumen), <c>3,17</c> (indeks).</summary>
    Numeric = 0,

    /// <summary>A grade of an ordinal scale, optionally with the score reports print beside it, e.g. <c>B (67)</c>.</summary>
    Ordinal = 1,
}

/// <summary>
/// A target or realisasi value as a report states it: a number, or a grade with an optional
/// score such as <c>B (67)</c> or <c>A (80,41)</c>.
/// </summary>
/// <remarks>
/// <para>The default value is the number 0.</para>
/// <para>Equality is exact: kind, number (by decimal value, so 1,50 equals 1,5), grade and score.</para>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
/// </remarks>
public readonly struct IndicatorValue : IEquatable<IndicatorValue>
{
    private readonly decimal number;   // the number, or the score of a grade
    private readonly OrdinalGrade grade;
    private readonly bool hasScore;

    private IndicatorValue(decimal number, OrdinalGrade grade, bool hasScore)
    {
        this.number = number;
        this.grade = grade;
        this.hasScore = hasScore;
    }

    /// <summary>Creates a numeric value.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The value.</returns>
    public static IndicatorValue FromNumber(decimal value) => new(value, default, false);

    /// <summary>Creates a grade without a score, e.g. <c>WTP</c>.</summary>
    /// <param name="grade">The grade.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException"><paramref name="grade"/> is the default grade.</exception>
    public static IndicatorValue FromGrade(OrdinalGrade grade)
    {
        CheckGrade(grade);
        return new(0m, grade, false);
    }

    /// <summary>Creates a grade with its score, e.g. <c>B (67)</c>.</summary>
    /// <param name="grade">The grade.</param>
    /// <param name="score">The score printed beside the grade.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException"><paramref name="grade"/> is the default grade.</exception>
    public static IndicatorValue FromGrade(OrdinalGrade grade, decimal score)
    {
        CheckGrade(grade);
        return new(score, grade, true);
    }

    /// <summary>Gets whether the value is a number or a grade.</summary>
    public IndicatorValueKind Kind => grade == default ? IndicatorValueKind.Numeric : IndicatorValueKind.Ordinal;

    /// <summary>Gets a value indicating whether this is a number.</summary>
    public bool IsNumeric => Kind == IndicatorValueKind.Numeric;

    /// <summary>Gets the number.</summary>
    /// <exception cref="InvalidOperationException">The value is a grade; use <see cref="Score"/> or <see cref="Grade"/>.</exception>
    public decimal Number => IsNumeric ? number : throw new InvalidOperationException(
        string.Create(CultureInfo.InvariantCulture, $"The value '{this}' is a grade, not a number."));

    /// <summary>Gets the grade.</summary>
    /// <exception cref="InvalidOperationException">The value is a number.</exception>
    public OrdinalGrade Grade => IsNumeric
        ? throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The value '{this}' is a number, not a grade."))
        : grade;

    /// <summary>Gets the score printed beside a grade, or <see langword="null"/> for a number or a grade without one.</summary>
    public decimal? Score => hasScore ? number : null;

    /// <summary>
    /// Gets the number a ratio can be taken on: the number itself, or the score of a grade;
    /// <see langword="null"/> for a grade without a score.
    /// </summary>
    public decimal? Quantity => IsNumeric || hasScore ? number : null;

    /// <inheritdoc />
    public bool Equals(IndicatorValue other) =>
        number == other.number && grade == other.grade && hasScore == other.hasScore;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IndicatorValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(number, grade, hasScore);

    /// <summary>Returns an invariant rendering: <c>85.23</c>, <c>B (67)</c>, <c>WTP</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        IndicatorValueKind.Numeric => number.ToString(CultureInfo.InvariantCulture),
        _ when hasScore => string.Create(CultureInfo.InvariantCulture, $"{grade.Code} ({number})"),
        _ => grade.Code,
    };

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(IndicatorValue left, IndicatorValue right) => left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(IndicatorValue left, IndicatorValue right) => !left.Equals(right);

    private static void CheckGrade(OrdinalGrade grade)
    {
        if (grade == default)
        {
            throw new ArgumentException("The grade must belong to an ordinal scale (it is the default value).", nameof(grade));
        }
    }
}
