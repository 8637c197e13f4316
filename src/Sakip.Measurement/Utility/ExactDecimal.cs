using System;
using System.Numerics;

namespace Sakip.Measurement.Utility;

/// <summary>
/// Exact arithmetic on <see cref="decimal"/> values through <see cref="BigInteger"/>: a decimal is
/// the integer <c>mantissa / 10^scale</c>, and a quotient of two such integers is rounded half away
/// from zero exactly once, at the largest number of places a decimal can hold.
/// </summary>
/// <remarks>
/// The library's hot paths avoid this class (they use 64/128-bit integer arithmetic); it serves
/// the rare operands those paths cannot hold and the figures that are ratios of integers (IKM).
/// </remarks>
internal static class ExactDecimal
{
    /// <summary>The most decimal places a <see cref="decimal"/> can carry.</summary>
    internal const int MaxScale = 28;

    /// <summary>The largest mantissa a <see cref="decimal"/> can carry: 2^96 − 1.</summary>
    internal static readonly BigInteger MaxMantissa = (BigInteger.One << 96) - BigInteger.One;

    private static readonly BigInteger[] PowersOfTen = BuildPowersOfTen(2 * MaxScale + 8);

    /// <summary>Returns 10 to a non-negative power.</summary>
    internal static BigInteger PowerOfTen(int exponent) =>
        exponent < PowersOfTen.Length ? PowersOfTen[exponent] : BigInteger.Pow(10, exponent);

    /// <summary>Returns the signed mantissa of a value; <paramref name="scale"/> receives its scale, so value = mantissa / 10^scale.</summary>
    internal static BigInteger ToScaledInteger(decimal value, out int scale)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        scale = (bits[3] >> 16) & 0xFF;
        // Reinterpreting casts: the bits are unsigned words, and the project checks overflow.
        var mantissa = new BigInteger(unchecked((uint)bits[0]))
            | (new BigInteger(unchecked((uint)bits[1])) << 32)
            | (new BigInteger(unchecked((uint)bits[2])) << 64);
        return bits[3] < 0 ? -mantissa : mantissa;
    }

    /// <summary>Returns the value as an integer at a given scale (value × 10^scale); the scale must be at least the value's own.</summary>
    internal static BigInteger ToScaledInteger(decimal value, int scale)
    {
        var mantissa = ToScaledInteger(value, out int own);
        return mantissa * PowerOfTen(scale - own);
    }

    /// <summary>Returns <c>numerator / denominator</c> rounded to an integer, half away from zero.</summary>
    /// <param name="numerator">The numerator.</param>
    /// <param name="denominator">The denominator; positive.</param>
    internal static BigInteger DivideRounded(BigInteger numerator, BigInteger denominator)
    {
        var quotient = BigInteger.DivRem(BigInteger.Abs(numerator), denominator, out var remainder);
        if (remainder * 2 >= denominator)
        {
            quotient += BigInteger.One;
        }
        return numerator.Sign < 0 ? -quotient : quotient;
    }

    /// <summary>
    /// Returns the exact quotient <c>numerator / denominator</c> rounded half away from zero, once,
    /// at the largest scale not above <paramref name="maxScale"/> whose mantissa fits a decimal.
    /// </summary>
    /// <param name="numerator">The numerator.</param>
    /// <param name="denominator">The denominator; not zero.</param>
    /// <param name="maxScale">The most decimal places to keep, 0 to 28.</param>
    /// <param name="result">The rounded quotient.</param>
    /// <returns><see langword="false"/> when even the integer part does not fit a decimal.</returns>
    internal static bool TryToDecimal(BigInteger numerator, BigInteger denominator, int maxScale, out decimal result)
    {
        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }
        // Start from the scale the integer part leaves room for, so that one or two divisions do.
        var whole = BigInteger.Abs(numerator) / denominator;
        int wholeDigits = DigitCount(whole);
        int scale = Math.Min(maxScale, Math.Max(0, 29 - wholeDigits));
        for (; scale >= 0; scale--)
        {
            var mantissa = DivideRounded(numerator * PowerOfTen(scale), denominator);
            if (BigInteger.Abs(mantissa) <= MaxMantissa)
            {
                result = FromScaledInteger(mantissa, scale);
                return true;
            }
        }
        result = 0m;
        return false;
    }

    /// <summary>
    /// Returns the number of decimal digits of a non-negative integer (0 for zero), in integer
    /// arithmetic only: an estimate from the bit length (× 30103/100000 ≈ log10 2), corrected
    /// against exact powers of ten.
    /// </summary>
    internal static int DigitCount(BigInteger value)
    {
        if (value.IsZero)
        {
            return 0;
        }
        int digits = (int)(value.GetBitLength() * 30_103L / 100_000L) + 1;
        while (digits > 1 && value < PowerOfTen(digits - 1))
        {
            digits--;
        }
        while (value >= PowerOfTen(digits))
        {
            digits++;
        }
        return digits;
    }

    /// <summary>Builds a decimal from a mantissa that fits 96 bits and a scale of 0 to 28.</summary>
    internal static decimal FromScaledInteger(BigInteger mantissa, int scale)
    {
        bool negative = mantissa.Sign < 0;
        var magnitude = BigInteger.Abs(mantissa);
        uint low = (uint)(magnitude & uint.MaxValue);
        uint mid = (uint)((magnitude >> 32) & uint.MaxValue);
        uint high = (uint)(magnitude >> 64);
        return new decimal(unchecked((int)low), unchecked((int)mid), unchecked((int)high), negative, (byte)scale);
    }

    private static BigInteger[] BuildPowersOfTen(int count)
    {
        var powers = new BigInteger[count];
        powers[0] = BigInteger.One;
        for (int i = 1; i < count; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }
        return powers;
    }
}
