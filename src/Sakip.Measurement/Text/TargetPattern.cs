using System;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement.Text;

/// <summary>
/// Reads a target cell for an indicator of a known <see cref="TargetKind"/>: a single number
/// (<c>93</c>, <c>80 %</c>), a grade (<c>BB (80)</c>, <c>WTP</c>) or a range (<c>2 – 4</c>,
/// <c>2-4 %</c>, <c>2,5 s.d. 3,5</c>, <c>2 s/d 4</c>).
/// </summary>
/// <remarks>
/// <para>Each bound of a range is read by <see cref="Values"/>; the separator is looked for only
/// after the first digit, so a leading minus is never taken for it. A range whose upper bound is
/// below its lower bound, a grade for a numeric indicator or a number for an ordinal one is
/// rejected with a message naming the text.</para>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class TargetPattern
{
    private static readonly string[] RangeSeparators = ["s.d.", "s/d", "–", "—", "-"];

    /// <summary>Initializes a new pattern.</summary>
    /// <param name="values">The pattern single values and range bounds are read with.</param>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    public TargetPattern(IndicatorValuePattern values) => Values = Preconditions.CheckNotNull(values);

    /// <summary>Gets the pattern over <see cref="IndicatorValuePattern.Default"/>.</summary>
    public static TargetPattern Default { get; } = new(IndicatorValuePattern.Default);

    /// <summary>Gets the pattern values are read with.</summary>
    public IndicatorValuePattern Values { get; }

    /// <summary>Reads a target; never throws.</summary>
    /// <param name="text">The printed target.</param>
    /// <param name="kind">The indicator's target kind.</param>
    /// <returns>The target, or why the text was rejected.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined.</exception>
    public ParseResult<Target> Parse(string? text, TargetKind kind)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Undefined target kind.");
        }
        if (text is null)
        {
            return ParseResult<Target>.ForFailure(string.Empty, "the text is null");
        }
        if (kind == TargetKind.Range)
        {
            return ParseRange(text);
        }
        var value = Values.Parse(text);
        if (!value.Success)
        {
            return ParseResult<Target>.ForFailure(text, value.Error!);
        }
        if (kind == TargetKind.SingleValue && !value.Value.IsNumeric)
        {
            return ParseResult<Target>.ForFailure(text, "the indicator's target is a number, not a grade");
        }
        if (kind == TargetKind.Ordinal && value.Value.IsNumeric)
        {
            return ParseResult<Target>.ForFailure(text, "the indicator's target is a grade, not a number");
        }
        return ParseResult<Target>.ForValue(text, Target.Of(value.Value));
    }

    /// <summary>Writes a target so that <see cref="Parse"/> reads it back unchanged for its kind: <c>93</c>, <c>BB (80)</c> or <c>2 – 4</c>.</summary>
    /// <param name="target">The target.</param>
    /// <returns>The text.</returns>
    public string Format(Target target) => target.Kind == TargetKind.Range
        ? $"{Values.Numbers.FormatExact(target.Lower)} – {Values.Numbers.FormatExact(target.Upper)}"
        : Values.Format(target.Value);

    private ParseResult<Target> ParseRange(string text)
    {
        int firstDigit = text.AsSpan().IndexOfAnyInRange('0', '9');
        foreach (string separator in RangeSeparators)
        {
            int at = firstDigit < 0 ? -1 : text.IndexOf(separator, firstDigit, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                continue;
            }
            var lower = Values.Parse(text[..at]);
            var upper = Values.Parse(text[(at + separator.Length)..]);
            if (!lower.Success || !upper.Success)
            {
                return ParseResult<Target>.ForFailure(text, "a bound of the range is not a number: " + (lower.Error ?? upper.Error));
            }
            if (!lower.Value.IsNumeric || !upper.Value.IsNumeric)
            {
                return ParseResult<Target>.ForFailure(text, "both bounds of a range must be numbers");
            }
            if (upper.Value.Number < lower.Value.Number)
            {
                return ParseResult<Target>.ForFailure(text, "the upper bound of the range is below the lower bound");
            }
            return ParseResult<Target>.ForValue(text, Target.Range(lower.Value.Number, upper.Value.Number));
        }
        return ParseResult<Target>.ForFailure(text, "a range target needs two bounds, e.g. \"2 – 4\" or \"2 s.d. 4\"");
    }
}
