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

    // The quotient must stay below 7 922 816 251 426 (times 10^16 as a mantissa) for a decimal to
    // hold it with 16 places: 7 922 816 251 426 × 10^16 + 10^16 − 1 < 2^96.
    private static readonly UInt128 MaxWholeTimesScale = (UInt128)7_922_816_251_426UL * 10_000_000_000_000_000UL;

    // 0 with 16 decimal places: adding it rescales a value to the ratio scale without changing it.
    private static readonly decimal ZeroAtScale = new(0, 0, 0, false, Scale);

    // The largest power of ten in 64 bits: 10^19.
    private const int MaxPower = 19;

    // The tables below are arrays read through fields: a constant ReadOnlySpan property would
    // allocate a new array on every read in an unoptimised (Debug) build, and the paths reading
    // them are documented as allocation-free. Nothing writes to them.

    /// <summary>For k = 0 … 19, the largest mantissa that times 10^k still fits 64 bits.</summary>
    internal static readonly ulong[] MaxBeforeScaling =
    [
        ulong.MaxValue, ulong.MaxValue / 10UL, ulong.MaxValue / 100UL, ulong.MaxValue / 1_000UL,
        ulong.MaxValue / 10_000UL, ulong.MaxValue / 100_000UL, ulong.MaxValue / 1_000_000UL,
        ulong.MaxValue / 10_000_000UL, ulong.MaxValue / 100_000_000UL, ulong.MaxValue / 1_000_000_000UL,
        ulong.MaxValue / 10_000_000_000UL, ulong.MaxValue / 100_000_000_000UL,
        ulong.MaxValue / 1_000_000_000_000UL, ulong.MaxValue / 10_000_000_000_000UL,
        ulong.MaxValue / 100_000_000_000_000UL, ulong.MaxValue / 1_000_000_000_000_000UL,
        ulong.MaxValue / 10_000_000_000_000_000UL, ulong.MaxValue / 100_000_000_000_000_000UL,
        ulong.MaxValue / 1_000_000_000_000_000_000UL, ulong.MaxValue / 10_000_000_000_000_000_000UL,
    ];

    /// <summary>10^k for k = 0 … 19.</summary>
    internal static readonly ulong[] PowersOfTen =
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

    /// <summary>
    /// Reads a decimal whose mantissa fits 64 bits: its mantissa, scale and sign. Bit manipulation
    /// throughout: the project builds with CheckForOverflowUnderflow, and these reinterpreting
    /// casts must not trap.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="bits">Scratch space of four ints (callers in a loop pass one buffer for all items).</param>
    /// <param name="mantissa">The mantissa, when it fits 64 bits.</param>
    /// <param name="scale">The scale: value = ± mantissa / 10^scale.</param>
    /// <param name="negative">Whether the sign bit is set (also for a negative zero).</param>
    /// <returns><see langword="false"/> when the mantissa needs more than 64 bits.</returns>
    internal static bool TryDecode(decimal value, Span<int> bits, out ulong mantissa, out int scale, out bool negative)
    {
        unchecked
        {
            decimal.GetBits(value, bits);
            mantissa = (uint)bits[0] | ((ulong)(uint)bits[1] << 32);
            scale = (bits[3] >> 16) & 0xFF;
            negative = bits[3] < 0;
            return bits[2] == 0;
        }
    }

    /// <summary>
    /// The mantissa at <see cref="Scale"/> places of <c>100 · (n / 10^ns) / (d / 10^ds)</c>, the
    /// exact quotient rounded once, half away from zero: one 128-by-64-bit integer division
    /// (128-by-128 only when the numerator has 19 or more decimals more than the denominator).
    /// </summary>
    /// <param name="numerator">The numerator's mantissa.</param>
    /// <param name="numeratorScale">The numerator's scale, 0 to 28.</param>
    /// <param name="denominator">The denominator's mantissa; not zero.</param>
    /// <param name="denominatorScale">The denominator's scale, 0 to 28.</param>
    /// <param name="mantissa">The rounded quotient × 10^16, below 7 922 816 251 426 × 10^16 so that
    /// a decimal holds it with 16 places.</param>
    /// <returns><see langword="false"/> when the operands or the quotient are beyond this path.</returns>
    internal static bool TryScaledQuotient(ulong numerator, int numeratorScale, ulong denominator, int denominatorScale, out UInt128 mantissa)
    {
        unchecked
        {
            mantissa = 0;
            // value · 10^16 = numerator · 10^(ds − ns + 18) / denominator
            int e = denominatorScale - numeratorScale + Scale + 2;
            UInt128 n;
            UInt128 d = denominator;
            if (e < 0)
            {
                n = numerator;
                d *= PowersOfTen[-e]; // -e ≤ 10: fits 128 bits
            }
            else if (e < PowersOfTen.Length)
            {
                ulong high = Math.BigMul(numerator, PowersOfTen[e], out ulong low);
                n = ((UInt128)high << 64) | low;
            }
            else
            {
                int extra = e - (PowersOfTen.Length - 1);
                if (extra >= PowersOfTen.Length || numerator > MaxBeforeScaling[extra])
                {
                    return false;
                }
                ulong high = Math.BigMul(numerator * PowersOfTen[extra], PowersOfTen[^1], out ulong low);
                n = ((UInt128)high << 64) | low;
            }

            (UInt128 quotient, UInt128 remainder) = UInt128.DivRem(n, d);
            if (quotient >= MaxWholeTimesScale)
            {
                return false;
            }
            if (remainder >= d - remainder)
            {
                quotient++; // half away from zero (on the magnitude)
            }
            mantissa = quotient;
            return true;
        }
    }

    /// <summary>
    /// As <see cref="TryScaledQuotient"/> for quotients below 2⁶⁴ (a capaian below 1 844 %), the
    /// batch paths' case, with fewer branches: the numerator is scaled by at most two table
    /// multiplications and divided once, 128 by 64 bits.
    /// </summary>
    /// <returns><see langword="false"/> when the quotient needs more than 64 bits or the operands do not fit this path.</returns>
    internal static bool TryScaledQuotient64(ulong numerator, int numeratorScale, ulong denominator, int denominatorScale, out ulong mantissa)
    {
        unchecked
        {
            mantissa = 0;
            // value · 10^16 = numerator · 10^e / denominator, e = ds − ns + 18 in [−10, 46]
            int e = denominatorScale - numeratorScale + Scale + 2;
            if (e < 0)
            {
                // The numerator has 19 or more decimals more than the denominator: scale the denominator
                // instead, by at most 10¹⁰ (scales are at most 28, so e ≥ −10).
                if (denominator > MaxBeforeScaling[-e])
                {
                    return false;
                }
                denominator *= PowersOfTen[-e];
                e = 0;
            }
            else if (e > 2 * MaxPower)
            {
                return false;
            }
            int first = Math.Max(e - MaxPower, 0);
            if (numerator > MaxBeforeScaling[first])
            {
                return false;
            }
            ulong high = Math.BigMul(numerator * PowersOfTen[first], PowersOfTen[e - first], out ulong low);
            if (high >= denominator)
            {
                return false; // the quotient needs more than 64 bits
            }
            ulong q = (ulong)((((UInt128)high << 64) | low) / denominator);
            ulong rest = low - (q * denominator); // the remainder is below 2^64: its low word is it
            mantissa = rest >= denominator - rest ? q + 1 : q; // half away from zero
            return mantissa != 0 || q == 0; // a quotient of 2^64 − 1 rounded up wraps to 0: refused
        }
    }

    /// <summary>Builds the decimal <c>± mantissa / 10^16</c>; the mantissa fits 96 bits.</summary>
    internal static decimal FromScaledMantissa(UInt128 mantissa, bool negative)
    {
        unchecked
        {
            ulong low = (ulong)mantissa;
            return new decimal((int)(uint)low, (int)(uint)(low >> 32), (int)(uint)(mantissa >> 64), negative, Scale);
        }
    }

    // A fast path: both mantissas within 64 bits, a quotient below 7,9·10¹² (so it keeps 16 places).
    private static bool TryPercentFast(decimal numerator, decimal denominator, out decimal result)
    {
        result = 0m;
        Span<int> bits = stackalloc int[4];
        if (!TryDecode(numerator, bits, out ulong n, out int ns, out bool negative)
            || !TryDecode(denominator, bits, out ulong d, out int ds, out bool negativeDenominator)
            || d == 0)
        {
            return false;
        }
        if (n == 0)
        {
            return true;
        }
        if (!TryScaledQuotient(n, ns, d, ds, out UInt128 mantissa))
        {
            return false;
        }
        result = FromScaledMantissa(mantissa, negative ^ negativeDenominator);
        return true;
    }
}
