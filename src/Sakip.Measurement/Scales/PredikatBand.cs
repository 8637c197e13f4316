using System;
using System.Globalization;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement.Scales;

/// <summary>
/// One band of a <see cref="PredikatScale"/>: the grade (predikat) given to every value between
/// its bounds, e.g. <c>A</c> "Memuaskan" for (80, 90].
/// </summary>
/// <remarks>
/// <para>Equality is structural (code, label, bounds, colour).</para>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed record PredikatBand
{
    /// <summary>Initializes a new band.</summary>
    /// <param name="code">The short code, e.g. <c>AA</c> or <c>ST</c>.</param>
    /// <param name="label">The label reports print, e.g. <c>Sangat Memuaskan</c>.</param>
    /// <param name="lower">The lower bound.</param>
    /// <param name="upper">The upper bound.</param>
    /// <param name="colour">An optional colour name reports use for the band, e.g. <c>biru muda</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="label"/> is null.</exception>
    /// <exception cref="ArgumentException">The code or label is blank, or the bounds describe an empty band.</exception>
    public PredikatBand(string code, string label, BandBound lower, BandBound upper, string? colour = null)
    {
        Code = Preconditions.CheckNotBlank(code);
        Label = Preconditions.CheckNotBlank(label);
        if (!lower.IsUnbounded && !upper.IsUnbounded)
        {
            decimal lo = lower.RawValue;
            decimal hi = upper.RawValue;
            bool empty = lo > hi || (lo == hi && !(lower.IsInclusive && upper.IsInclusive));
            if (empty)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Band '{code}' is empty: lower {lower}, upper {upper}."), nameof(upper));
            }
        }
        Lower = lower;
        Upper = upper;
        Colour = colour;
    }

    /// <summary>Gets the short code.</summary>
    public string Code { get; }

    /// <summary>Gets the label.</summary>
    public string Label { get; }

    /// <summary>Gets the lower bound.</summary>
    public BandBound Lower { get; }

    /// <summary>Gets the upper bound.</summary>
    public BandBound Upper { get; }

    /// <summary>Gets the colour reports use for the band, if any.</summary>
    public string? Colour { get; }

    /// <summary>Returns whether a value lies in the band.</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when both bounds admit <paramref name="value"/>.</returns>
    public bool Contains(decimal value) => AdmitsFromBelow(value) && AdmitsFromAbove(value);

    internal bool AdmitsFromBelow(decimal value) => AdmitsFromBelow(new DecimalValue(value));

    internal bool AdmitsFromBelow<TValue>(TValue value)
        where TValue : struct, IBoundComparable
    {
        if (Lower.IsUnbounded)
        {
            return true;
        }
        int c = value.CompareToBound(Lower.RawValue);
        return c > 0 || (c == 0 && Lower.IsInclusive);
    }

    internal bool AdmitsFromAbove(decimal value) =>
        Upper.IsUnbounded || value < Upper.RawValue || (value == Upper.RawValue && Upper.IsInclusive);

    /// <summary>Returns the band as interval notation, e.g. <c>A (80, 90] Memuaskan</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string lo = Lower.IsUnbounded ? "(−∞" : (Lower.IsInclusive ? "[" : "(") + Lower.RawValue.ToString(CultureInfo.InvariantCulture);
        string hi = Upper.IsUnbounded ? "∞)" : Upper.RawValue.ToString(CultureInfo.InvariantCulture) + (Upper.IsInclusive ? "]" : ")");
        return $"{Code} {lo}, {hi} {Label}";
    }
}
