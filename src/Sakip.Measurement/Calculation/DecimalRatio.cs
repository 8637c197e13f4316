using System;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement.Calculation;

/// <summary>
/// <c>numerator / denominator × 100</c> as the exact quotient rounded half away from zero to
/// <see cref="Scale"/> decimal places, without the cost of a full 28-digit decimal division
/// in the common case (both operands with at most 64-bit mantissas).
/// </summary>
/// <remarks>
/// Every capaian the library computes goes through here, so the same pair of operands always
/// gives the same digits whichever API (object or batch) asked for them.
/// </remarks>
internal static class DecimalRatio
{
    /// <summary>The number of decimal places kept in a raw ratio.</summary>
    internal const int Scale = 16;

    private const ulong TenPowScale = 10_000_000_000_000_000UL;

    // 0 with 16 decimal places: adding it rescales a value to the ratio scale without changing it.
    private static readonly decimal ZeroAtScale = new(0, 0, 0, false, Scale);

    // An array read through a field: a constant ReadOnlySpan property would allocate a new array on
    // every read in an unoptimised (Debug) build, and this path is documented as allocation-free.
    private static readonly ulong[] PowersOfTen =
    [
        1UL, 10UL, 100UL, 1_000UL, 10_000UL, 100_000UL, 1_000_000UL, 10_000_000UL, 100_000_000UL,
        1_000_000_000UL, 10_000_000_000UL, 100_000_000_000UL, 1_000_000_000_000UL,
        10_000_000_000_000UL, 100_000_000_000_000UL, 1_000_000_000_000_000UL,
        10_000_000_000_000_000UL, 100_000_000_000_000_000UL, 1_000_000_000_000_000_000UL,
        10_000_000_000_000_000_000UL,
    ];

    /// <summary>Returns <c>numerator / denominator × 100</c>, rounded half away from zero to 16 places.</summary>
    /// <param name="numerator">The numerator.</param>
    /// <param name="denominator">The denominator; must not be zero (callers check).</param>
    /// <returns>The percentage.</returns>
    /// <exception cref="OverflowException">The result does not fit a decimal.</exception>
    internal static decimal Percent(decimal numerator, decimal denominator) =>
        TryPercent(numerator, denominator, out decimal result)
            ? result
            : throw new OverflowException("The percentage does not fit a decimal.");

    /// <summary>
    /// Returns the same value written with <see cref="Scale"/> decimal places when it fits, so that
    /// comparing it with a ratio (bounds, ceilings) takes decimal's equal-scale fast path.
    /// </summary>
    internal static decimal AtRatioScale(decimal value) =>
        value.Scale <= Scale && Math.Abs(value) < 7_922_816_251_426m ? value + ZeroAtScale : value;

    /// <summary>
    /// As <see cref="Percent"/>, but reports a quotient beyond the decimal range instead of throwing.
    /// A quotient of 7,9·10¹² or more cannot carry 16 places in a decimal; it is rounded, once, at
    /// the most places that fit.
    /// </summary>
    internal static bool TryPercent(decimal numerator, decimal denominator, out decimal result) =>
        TryPercentFast(numerator, denominator, out result) || TryPercentExact(numerator, denominator, out result);

    /// <summary>
    /// The general path: operands beyond 64-bit mantissas, or quotients that do not fit the fast
    /// path's 16 places. The exact quotient <c>n·10^(ds+2) / (d·10^ns)</c> of the operands'
    /// mantissas is rounded once; no intermediate decimal division rounds it first.
    /// </summary>
    internal static bool TryPercentExact(decimal numerator, decimal denominator, out decimal result)
    {
        var n = ExactDecimal.ToScaledInteger(numerator, out int ns);
        var d = ExactDecimal.ToScaledInteger(denominator, out int ds);
        return ExactDecimal.TryToDecimal(n * ExactDecimal.PowerOfTen(ds + 2), d * ExactDecimal.PowerOfTen(ns), Scale, out result);
    }

    // Bit manipulation throughout: the project builds with CheckForOverflowUnderflow, and the
    // reinterpreting casts below must not trap (every magnitude is bounded explicitly instead).
    private static bool TryPercentFast(decimal numerator, decimal denominator, out decimal result)
    {
        unchecked
        {
            result = 0m;
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(numerator, bits);
            if (bits[2] != 0)
            {
                return false;
            }
            ulong nm = (uint)bits[0] | ((ulong)(uint)bits[1] << 32);
            int ns = (bits[3] >> 16) & 0xFF;
            bool negative = bits[3] < 0;

            decimal.GetBits(denominator, bits);
            if (bits[2] != 0)
            {
                return false;
            }
            ulong dm = (uint)bits[0] | ((ulong)(uint)bits[1] << 32);
            int ds = (bits[3] >> 16) & 0xFF;
            negative ^= bits[3] < 0;
            if (dm == 0)
            {
                return false;
            }
            if (nm == 0)
            {
                return true;
            }

            // value = nm / 10^ns * 100 / (dm / 10^ds) = nm * 10^(ds - ns + 2) / dm
            int e = ds - ns + 2;
            UInt128 n = nm;
            UInt128 d = dm;
            if (e >= 0)
            {
                if (e >= PowersOfTen.Length)
                {
                    return false;
                }
                n *= PowersOfTen[e];
            }
            else
            {
                if (-e >= PowersOfTen.Length)
                {
                    return false;
                }
                d *= PowersOfTen[-e];
            }

            UInt128 whole = n / d;
            UInt128 remainder = n - (whole * d);
            // The result mantissa is whole * 10^16 + fraction and must fit in 96 bits.
            if (whole >= (UInt128)7_922_816_251_426UL || remainder > ulong.MaxValue)
            {
                return false;
            }

            UInt128 scaled = remainder * TenPowScale;
            UInt128 fraction = scaled / d;
            UInt128 rest = scaled - (fraction * d);
            if (rest >= d - rest)
            {
                fraction++; // half away from zero (on the magnitude)
            }
            UInt128 mantissa = (whole * TenPowScale) + fraction;
            ulong low = (ulong)mantissa;
            uint high = (uint)(mantissa >> 64);
            result = new decimal((int)(uint)low, (int)(uint)(low >> 32), (int)high, negative, Scale);
            return true;
        }
    }
}
