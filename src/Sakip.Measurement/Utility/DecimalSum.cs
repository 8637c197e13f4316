using System;
using System.Numerics;

namespace Sakip.Measurement.Utility;

/// <summary>
/// An exact running sum of decimals, for means that must not overflow or round before the one
/// division: a 128-bit integer at 16 places while the values fit it (no allocation), an exact
/// <see cref="BigInteger"/> at 28 places beyond that.
/// </summary>
/// <remarks>The default value is an empty sum.</remarks>
internal struct DecimalSum
{
    private const int FastScale = 16;
    private const int SlowScale = ExactDecimal.MaxScale;

    // A value enters the fast sum when it is at most 10^30 at scale 16; the sum switches to the
    // exact path before it can pass 10^37 + 10^30, far below Int128's 1,7·10^38.
    private static readonly UInt128 FastValueLimit = UInt128.Parse("1000000000000000000000000000000", System.Globalization.CultureInfo.InvariantCulture);
    private static readonly Int128 FastSumLimit = Int128.Parse("10000000000000000000000000000000000000", System.Globalization.CultureInfo.InvariantCulture);
    private static readonly Int128 MaxMantissa = (Int128.One << 96) - Int128.One;

    private Int128 fast;
    private BigInteger slow;
    private bool isSlow;

    /// <summary>Adds a value exactly.</summary>
    internal void Add(decimal value)
    {
        if (!isSlow && TryAtFastScale(value, out Int128 scaled) && Int128.Abs(fast) < FastSumLimit)
        {
            fast += scaled;
            return;
        }
        if (!isSlow)
        {
            slow = (BigInteger)fast * ExactDecimal.PowerOfTen(SlowScale - FastScale);
            isSlow = true;
        }
        slow += ExactDecimal.ToScaledInteger(value, SlowScale);
    }

    /// <summary>Returns the exact sum divided by a positive count, rounded half away from zero once, to 16 places.</summary>
    internal readonly decimal Mean(long count)
    {
        if (!isSlow)
        {
            Int128 magnitude = Int128.Abs(fast);
            Int128 quotient = Int128.DivRem(magnitude, count).Quotient;
            Int128 remainder = magnitude - (quotient * count);
            if (remainder * 2 >= count)
            {
                quotient++;
            }
            if (quotient <= MaxMantissa)
            {
                return ExactDecimal.FromScaledInteger((BigInteger)(fast < 0 ? -quotient : quotient), FastScale);
            }
        }
        var (sum, scale) = isSlow ? (slow, SlowScale) : ((BigInteger)fast, FastScale);
        // A mean lies between the smallest and the largest value, so it always fits a decimal.
        ExactDecimal.TryToDecimal(sum, count * ExactDecimal.PowerOfTen(scale), FastScale, out decimal mean);
        return mean;
    }

    private static bool TryAtFastScale(decimal value, out Int128 scaled)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        int scale = (bits[3] >> 16) & 0xFF;
        scaled = Int128.Zero;
        if (scale > FastScale)
        {
            return false;
        }
        UInt128 mantissa = unchecked((uint)bits[0] | ((UInt128)(uint)bits[1] << 32) | ((UInt128)(uint)bits[2] << 64));
        for (int i = scale; i < FastScale; i++)
        {
            mantissa *= 10;
            if (mantissa > FastValueLimit)
            {
                return false;
            }
        }
        scaled = bits[3] < 0 ? -(Int128)mantissa : (Int128)mantissa;
        return true;
    }
}
