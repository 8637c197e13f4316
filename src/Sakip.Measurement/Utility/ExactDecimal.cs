using System;
using System.Buffers.Binary;
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

    // Every exponent the library uses: scales of 0 to 28, sums of two of them, and a few places more.
    private static readonly BigInteger[] PowersOfTen = BuildPowersOfTen(2 * MaxScale + 8);

    /// <summary>Returns 10 to a power of 0 to 63 (a table; the library's scales stay far below).</summary>
    internal static BigInteger PowerOfTen(int exponent) => PowersOfTen[exponent];

    /// <summary>Returns the signed mantissa of a value; <paramref name="scale"/> receives its scale, so value = mantissa / 10^scale.</summary>
    internal static BigInteger ToScaledInteger(decimal value, out int scale)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        // The 96-bit mantissa is the three low words, least significant first.
        Span<byte> bytes = stackalloc byte[12];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, bits[0]);
        BinaryPrimitives.WriteInt32LittleEndian(bytes[4..], bits[1]);
        BinaryPrimitives.WriteInt32LittleEndian(bytes[8..], bits[2]);
        var mantissa = new BigInteger(bytes, isUnsigned: true);
        scale = value.Scale;
        return decimal.IsNegative(value) ? -mantissa : mantissa;
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
        // DivRem truncates toward zero and leaves the remainder the numerator's sign, so a
        // remainder of at least half the denominator moves the quotient one step away from zero.
        var quotient = BigInteger.DivRem(numerator, denominator, out var remainder);
        return BigInteger.Abs(remainder) * 2 >= denominator ? quotient + numerator.Sign : quotient;
    }

    /// <summary>
    /// Returns the exact quotient <c>numerator / denominator</c> rounded half away from zero, once,
    /// at the largest scale not above <paramref name="maxScale"/> whose mantissa fits a decimal.
    /// </summary>
    /// <param name="numerator">The numerator.</param>
    /// <param name="denominator">The denominator; not zero.</param>
    /// <param name="maxScale">The most decimal places to keep, 0 to 28.</param>
    /// <param name="result">The rounded quotient.</param>
    /// <returns><see langword="false"/> when even the quotient rounded to an integer does not fit a decimal.</returns>
    /// <remarks>
    /// Each scale is tried from <paramref name="maxScale"/> down, so the quotient is rounded only at
    /// the scale it is returned with. Most quotients fit at the first; a quotient of w whole digits
    /// needs at most 30 − w tries.
    /// </remarks>
    internal static bool TryToDecimal(BigInteger numerator, BigInteger denominator, int maxScale, out decimal result)
    {
        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }
        for (int scale = maxScale; scale >= 0; scale--)
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

    /// <summary>Builds a decimal from a mantissa that fits 96 bits and a scale of 0 to 28.</summary>
    /// <exception cref="OverflowException">The mantissa needs more than 96 bits.</exception>
    internal static decimal FromScaledInteger(BigInteger mantissa, int scale)
    {
        Span<byte> bytes = stackalloc byte[12];
        bytes.Clear();
        if (!BigInteger.Abs(mantissa).TryWriteBytes(bytes, out _, isUnsigned: true))
        {
            throw new OverflowException("A decimal's mantissa holds at most 96 bits.");
        }
        return new decimal(
            BinaryPrimitives.ReadInt32LittleEndian(bytes),
            BinaryPrimitives.ReadInt32LittleEndian(bytes[4..]),
            BinaryPrimitives.ReadInt32LittleEndian(bytes[8..]),
            mantissa.Sign < 0,
            (byte)scale);
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
