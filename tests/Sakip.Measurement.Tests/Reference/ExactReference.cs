using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using Sakip.Measurement.Ikm;

namespace Sakip.Measurement.Tests.Reference;

/// <summary>
/// An exact rational number for the test reference. Written apart from the library's own
/// arithmetic on purpose (decimals are read through their invariant text, not their bits), so
/// that a defect in the library's exact paths cannot hide in the reference too.
/// </summary>
public readonly record struct Fraction
{
    public Fraction(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException();
        }
        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }
        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!gcd.IsZero && !gcd.IsOne)
        {
            numerator /= gcd;
            denominator /= gcd;
        }
        Numerator = numerator;
        Denominator = denominator;
    }

    public BigInteger Numerator { get; }

    public BigInteger Denominator { get; }

    public static Fraction Of(decimal value)
    {
        string text = value.ToString(CultureInfo.InvariantCulture);
        int point = text.IndexOf('.', StringComparison.Ordinal);
        string digits = point < 0 ? text : text.Remove(point, 1);
        int places = point < 0 ? 0 : text.Length - point - 1;
        return new Fraction(BigInteger.Parse(digits, CultureInfo.InvariantCulture), BigInteger.Pow(10, places));
    }

    public static Fraction Of(long value) => new(value, 1);

    public static Fraction operator +(Fraction a, Fraction b) => new((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static Fraction operator -(Fraction a, Fraction b) => new((a.Numerator * b.Denominator) - (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static Fraction operator *(Fraction a, Fraction b) => new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    public static Fraction operator /(Fraction a, Fraction b) => new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    public int CompareTo(Fraction other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    public override string ToString() => $"{Numerator}/{Denominator}";
}

/// <summary>
/// The rules computed the slow, obvious way in exact rational arithmetic: what the library must
/// agree with to the last digit it keeps.
/// </summary>
public static class ExactReference
{
    private static readonly BigInteger MaxMantissa = BigInteger.Pow(2, 96) - 1;

    /// <summary>
    /// Rounds half away from zero to <paramref name="places"/> decimal places, or to fewer where a
    /// decimal cannot hold that many; null when not even the integer part fits.
    /// </summary>
    public static decimal? Round(Fraction value, int places)
    {
        for (int p = places; p >= 0; p--)
        {
            var scaled = value.Numerator * BigInteger.Pow(10, p);
            var quotient = BigInteger.DivRem(BigInteger.Abs(scaled), value.Denominator, out var remainder);
            if (remainder * 2 >= value.Denominator)
            {
                quotient += 1;
            }
            if (quotient <= MaxMantissa)
            {
                string digits = quotient.ToString(CultureInfo.InvariantCulture).PadLeft(p + 1, '0');
                string text = (scaled.Sign < 0 && !quotient.IsZero ? "-" : string.Empty)
                    + (p == 0 ? digits : digits[..^p] + "." + digits[^p..]);
                return decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            }
        }
        return null;
    }

    /// <summary>The raw capaian of a positive target, or null where the library must report OutOfRange.</summary>
    public static decimal? Positive(decimal target, decimal realisasi) =>
        Round(Fraction.Of(realisasi) / Fraction.Of(target) * Fraction.Of(100), 16);

    /// <summary>The regulation's negative formula, documented as 200 − the positive capaian.</summary>
    public static decimal? NegativeRegulation(decimal target, decimal realisasi) =>
        Positive(target, realisasi) is { } positive ? Round(Fraction.Of(200) - Fraction.Of(positive), 16) : null;

    /// <summary>The inverse negative formula target / realisasi × 100 (realisasi not zero).</summary>
    public static decimal? NegativeInverse(decimal target, decimal realisasi) =>
        Round(Fraction.Of(target) / Fraction.Of(realisasi) * Fraction.Of(100), 16);

    /// <summary>Clamps a raw capaian between optional bounds.</summary>
    public static decimal Cap(decimal raw, decimal? ceiling, decimal? floor) =>
        ceiling is { } c && raw > c ? c : floor is { } f && raw < f ? f : raw;

    /// <summary>The code of the one band whose bounds contain the value, read off the bands' public data; null when none does.</summary>
    public static string? Classify(PredikatScale scale, Fraction value)
    {
        var codes = scale.Bands.Where(b => Admits(b.Lower, value, below: true) && Admits(b.Upper, value, below: false)).Select(b => b.Code).ToList();
        if (codes.Count > 1)
        {
            throw new InvalidOperationException($"{value} lies in {codes.Count} bands of {scale.Name}.");
        }
        return codes.SingleOrDefault();
    }

    private static bool Admits(BandBound bound, Fraction value, bool below)
    {
        if (bound.IsUnbounded)
        {
            return true;
        }
        int c = value.CompareTo(Fraction.Of(bound.Value));
        return below ? c > 0 || (c == 0 && bound.IsInclusive) : c < 0 || (c == 0 && bound.IsInclusive);
    }

    /// <summary>The IKM of answer counts: Σ (Σ answers / answers) × weight × 25, exactly.</summary>
    public static Fraction Ikm(IReadOnlyList<AnswerCounts> perElement, IkmWeighting weighting, decimal legacyWeight)
    {
        var sum = Fraction.Of(0);
        foreach (var c in perElement)
        {
            long answers = c.Ones + c.Twos + c.Threes + c.Fours;
            long total = c.Ones + (2 * c.Twos) + (3 * c.Threes) + (4 * c.Fours);
            sum += new Fraction(total, answers);
        }
        var weight = weighting == IkmWeighting.Exact ? new Fraction(1, perElement.Count) : Fraction.Of(legacyWeight);
        return sum * weight * Fraction.Of(25);
    }

    /// <summary>The mean of values, rounded once to 16 places.</summary>
    public static decimal? Mean(IReadOnlyList<decimal> values, IReadOnlyList<decimal>? weights = null)
    {
        var sum = Fraction.Of(0);
        var total = Fraction.Of(0);
        for (int i = 0; i < values.Count; i++)
        {
            var w = weights is null ? Fraction.Of(1) : Fraction.Of(weights[i]);
            sum += Fraction.Of(values[i]) * w;
            total += w;
        }
        return Round(sum / total, 16);
    }
}
