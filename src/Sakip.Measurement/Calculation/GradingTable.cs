using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.Intrinsics;
using Sakip.Measurement.Scales;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement.Calculation;

/// <summary>
/// The shape of a ratio capaian: <c>ρ = round₁₆(100 · a / b)</c>, with (a, b) = (realisasi, target)
/// or, inverted, (target, realisasi); the capaian is ρ, or <c>200 − ρ</c> when reflected.
/// </summary>
/// <param name="Inverted">Whether the ratio is target over realisasi.</param>
/// <param name="Reflected">Whether the capaian is 200 minus the ratio.</param>
internal readonly record struct RatioForm(bool Inverted, bool Reflected)
{
    /// <summary>Gets the positive formula, <c>realisasi / target × 100</c>.</summary>
    internal static RatioForm Direct => default;
}

/// <summary>
/// Everything a capaian's grading depends on, as integer thresholds on the rounded ratio: for one
/// <see cref="RatioForm"/>, capping, scale and basis, the capaian's predikat band (and, when built
/// with adjustments, which capping bound applies) is a step function of ρ's mantissa
/// <c>M = ρ · 10¹⁶</c>. The table lists its steps, so grading a ratio is counting the thresholds
/// M has reached — and, because <c>M ≥ m ⇔ 2·10¹⁸ · a ≥ (2m − 1) · b</c> for a ratio
/// <c>100 · a / b ≥ 0</c>, it needs no division at all.
/// </summary>
/// <remarks>
/// <para>The steps are read off the rules themselves: every bound of every band, the ceiling and
/// the floor are cut points of the capaian, and each piece between two cut points is graded once,
/// when the table is built, by <see cref="CappingPolicy.Apply"/> and
/// <see cref="PredikatScale.IndexOf"/> on a value inside it. A cut point <c>p</c> becomes the
/// least mantissa that passes it (<c>⌈p·10¹⁶⌉</c> for "≥ p", <c>⌊p·10¹⁶⌋ + 1</c> for "&gt; p",
/// mirrored for a reflected form), so the rounding to 16 places is part of the table: a
/// capaian exactly on a bound after rounding is graded as the exact path grades it.</para>
/// <para>The table answers for ratios up to <see cref="MaxMantissa"/> (900 %); callers take the
/// exact path above it.</para>
/// </remarks>
internal sealed class GradingTable
{
    /// <summary>The largest ratio mantissa the table answers for: 900 % at 16 places.</summary>
    internal const ulong MaxMantissa = 9_000_000_000_000_000_000UL;

    /// <summary><c>2 · 10¹⁸</c>: the numerator's factor in the division-free comparison.</summary>
    internal const ulong TwoTimesTenPow18 = 2_000_000_000_000_000_000UL;

    // Cut points beyond ±1000 cannot be reached by a ratio of at most 900 % (or 200 − it); two
    // sentinels there keep every reachable piece between finite cut points.
    private const decimal Sentinel = 1000m;

    private static readonly BigInteger TenPow16 = BigInteger.Pow(10, DecimalRatio.Scale);

    // The 64-bit form of the division-free comparison, four thresholds to a vector: with
    // 10⁴·a and b in 64 bits, 2·10¹⁸·a ≥ D·b is 2·10¹⁶·Δ ≥ r·b where Δ = 10⁴·a − Q·b and
    // D·10² = 2·10¹⁶·Q + r (0 ≤ r < 2·10¹⁶). D = 2m − 1 is odd, so D·10² is never a multiple of
    // 2·10¹⁶ and r > 0: Δ ≥ b passes, Δ ≤ 0 fails, and only 0 < Δ < b (a ratio within 0,01 %
    // above a bound, off it) needs the 128-bit products.
    private const long DeltaFactor = 10_000;
    // Q ≤ 90 001, Q · b < 2⁶³; and a < 9 · b, so 10⁴ · a < 9·10¹⁸ < 2⁶³ too.
    private const ulong MaxDeltaDenominator = 100_000_000_000_000;
    // Q of a padding lane: a ratio below 900 % never reaches 900,01 %, so its Δ is negative,
    // neither passing nor near.
    private const long NeverReached = 90_001;

    private static readonly BigInteger TwoTimesTenPow16 = 2 * BigInteger.Pow(10, DecimalRatio.Scale);

    private readonly ulong[] thresholds;
    private readonly ulong[] crossThresholds;
    private readonly Vector256<long>[] delta; // per four thresholds: Q
    private readonly Vector512<long> delta512; // up to eight thresholds in one vector (when 512-bit vectors are fast)
    private readonly bool useVector512;
    private readonly bool useVector256;
    private readonly Vector256<ulong>[] vectorThresholds;
    private readonly int[] bands;
    private readonly CapAdjustment[] adjustments;

    private GradingTable(ulong[] thresholds, int[] bands, CapAdjustment[] adjustments, int vectorWidth)
    {
        this.thresholds = thresholds;
        this.bands = bands;
        this.adjustments = adjustments;
        crossThresholds = new ulong[thresholds.Length];
        int vectors = (thresholds.Length + 3) / 4;
        delta = new Vector256<long>[vectors];
        vectorThresholds = new Vector256<ulong>[vectors];
        Span<long> q = stackalloc long[4];
        Span<ulong> m = stackalloc ulong[4];
        Span<long> q512 = stackalloc long[8];
        q512.Fill(NeverReached);
        for (int v = 0; v < vectors; v++)
        {
            for (int lane = 0; lane < 4; lane++)
            {
                int k = (4 * v) + lane;
                if (k < thresholds.Length)
                {
                    // Compact keeps no threshold 0 (the first piece starts there), so 2m − 1 ≥ 1.
                    crossThresholds[k] = (2 * thresholds[k]) - 1;
                    q[lane] = (long)((BigInteger)crossThresholds[k] * 100 / TwoTimesTenPow16);
                    m[lane] = thresholds[k];
                }
                else
                {
                    q[lane] = NeverReached;
                    m[lane] = ulong.MaxValue;
                }
            }
            if (v < 2)
            {
                q.CopyTo(q512[(4 * v)..]);
            }
            delta[v] = Vector256.Create(q[0], q[1], q[2], q[3]);
            vectorThresholds[v] = Vector256.Create(m[0], m[1], m[2], m[3]);
        }
        VectorWidth = vectorWidth;
        useVector512 = vectorWidth == 512 && thresholds.Length <= 8;
        useVector256 = vectorWidth >= 256;
        delta512 = Vector512.Create((ReadOnlySpan<long>)q512);
    }

    /// <summary>Gets the widest vectors the hardware runs fast: 512, 256 or 0 bits (scalar code).</summary>
    internal static int HardwareVectorWidth =>
        Vector512.IsHardwareAccelerated ? 512 : Vector256.IsHardwareAccelerated ? 256 : 0;

    /// <summary>Gets the number of thresholds (pieces − 1).</summary>
    internal int ThresholdCount => thresholds.Length;

    /// <summary>Gets the vector width the table was built for (512, 256 or 0 for scalar code).</summary>
    internal int VectorWidth { get; }

    /// <summary>Gets whether the lookups compare four thresholds at a time in 256-bit vectors (or eight in 512-bit ones) rather than one by one.</summary>
    internal bool UsesVectors => useVector256;

    /// <summary>Gets whether <see cref="PieceOfRatio"/> compares every threshold in one 512-bit vector (at most eight of them).</summary>
    internal bool ComparesInOneVector => useVector512;

    /// <summary>
    /// Builds the table, or returns <see langword="null"/> when a piece between two cut points holds
    /// no decimal to grade it by (bounds 28 places apart); callers then take the exact path.
    /// </summary>
    /// <param name="form">The ratio's shape.</param>
    /// <param name="capping">The capping bounds.</param>
    /// <param name="scale">The predikat scale, or <see langword="null"/> to track the capping alone.</param>
    /// <param name="basis">Which value the band is taken on.</param>
    /// <param name="withAdjustments">Whether pieces also tell the capping adjustment (for full results).</param>
    internal static GradingTable? Build(RatioForm form, CappingPolicy capping, PredikatScale? scale, CapaianBasis basis, bool withAdjustments) =>
        Build(form, capping, scale, basis, withAdjustments, HardwareVectorWidth);

    /// <summary>As the other overload, for the code paths of a given vector width (tests run each one on any machine).</summary>
    /// <param name="form">The ratio's shape.</param>
    /// <param name="capping">The capping bounds.</param>
    /// <param name="scale">The predikat scale, or <see langword="null"/> to track the capping alone.</param>
    /// <param name="basis">Which value the band is taken on.</param>
    /// <param name="withAdjustments">Whether pieces also tell the capping adjustment (for full results).</param>
    /// <param name="vectorWidth">512, 256 or 0 (scalar): the widest vectors the lookups use.</param>
    internal static GradingTable? Build(RatioForm form, CappingPolicy capping, PredikatScale? scale, CapaianBasis basis, bool withAdjustments, int vectorWidth)
    {
        var cuts = CutPoints(capping, scale);
        // Pieces of the capaian's axis: piece j holds the values that pass cuts 0 … j−1 and not cut j.
        var pieces = new (int Band, CapAdjustment Adjustment)[cuts.Count + 1];
        for (int j = 0; j <= cuts.Count; j++)
        {
            if (!TryRepresentative(cuts, j, out decimal value))
            {
                return null;
            }
            decimal capped = capping.Apply(value, out var adjustment);
            int band = scale is null ? -1 : scale.IndexOf(basis == CapaianBasis.Raw ? value : capped);
            pieces[j] = (band, withAdjustments ? adjustment : CapAdjustment.None);
        }

        // The same steps on the ratio's mantissa, ascending: a reflected form runs the other way.
        int count = cuts.Count;
        var mantissaThresholds = new BigInteger[count];
        var mantissaPieces = new (int Band, CapAdjustment Adjustment)[count + 1];
        for (int k = 0; k < count; k++)
        {
            var (value, strict) = cuts[k];
            if (form.Reflected)
            {
                mantissaThresholds[count - 1 - k] = ReflectedThreshold(value, strict);
            }
            else
            {
                mantissaThresholds[k] = Threshold(value, strict);
            }
        }
        for (int j = 0; j <= count; j++)
        {
            mantissaPieces[j] = form.Reflected ? pieces[count - j] : pieces[j];
        }
        return Compact(mantissaThresholds, mantissaPieces, vectorWidth);
    }

    /// <summary>Returns the piece a ratio mantissa (at most <see cref="MaxMantissa"/>) lies in.</summary>
    internal int PieceOf(ulong mantissa)
    {
        unchecked
        {
            if (useVector256)
            {
                var value = Vector256.Create(mantissa);
                int reached = 0;
                foreach (var t in vectorThresholds)
                {
                    reached += BitOperations.PopCount(Vector256.LessThanOrEqual(t, value).ExtractMostSignificantBits());
                }
                return reached;
            }
            int piece = 0;
            foreach (ulong t in thresholds)
            {
                piece += t <= mantissa ? 1 : 0;
            }
            return piece;
        }
    }

    /// <summary>
    /// Returns the piece the ratio <c>100 · a / b</c> lies in, without dividing: <c>M ≥ m</c> is
    /// <c>2·10¹⁸ · a ≥ (2m − 1) · b</c>. Operands of report sizes compare four thresholds at a time
    /// in 64-bit lanes; the rest, and ratios within 0,01 % above a bound, by 128-bit products.
    /// </summary>
    /// <param name="numerator">a, at the denominator's scale.</param>
    /// <param name="denominator">b, not zero; the ratio must be below 900 % (<c>a &lt; 9 · b</c>).</param>
    /// <remarks>Every threshold is compared, without a branch: which ones an item passes is data, not a pattern to predict.</remarks>
    internal int PieceOfRatio(ulong numerator, ulong denominator)
    {
        unchecked
        {
            if (useVector512 && denominator < MaxDeltaDenominator)
            {
                var b8 = Vector512.Create((long)denominator);
                var d8 = Vector512.Create((long)numerator * DeltaFactor) - (delta512 * b8);
                // Near is 0 < Δ < b, i.e. Δ − 1 < b − 1 unsigned (Δ ≤ 0 wraps above it).
                if (!Vector512.LessThanAny((d8 - Vector512<long>.One).AsUInt64(), (b8 - Vector512<long>.One).AsUInt64()))
                {
                    return BitOperations.PopCount(Vector512.GreaterThan(d8, Vector512<long>.Zero).ExtractMostSignificantBits());
                }
            }
            else if (useVector256 && denominator < MaxDeltaDenominator)
            {
                var scaled = Vector256.Create((long)numerator * DeltaFactor);
                var b = Vector256.Create((long)denominator);
                var bMinusOne = (b - Vector256<long>.One).AsUInt64();
                bool near = false;
                int reached = 0;
                foreach (var q in delta)
                {
                    var d = scaled - (q * b);
                    reached += BitOperations.PopCount(Vector256.GreaterThan(d, Vector256<long>.Zero).ExtractMostSignificantBits());
                    near |= Vector256.LessThanAny((d - Vector256<long>.One).AsUInt64(), bMinusOne);
                }
                if (!near)
                {
                    return reached;
                }
            }
            return PieceOfRatioWide(numerator, denominator);
        }
    }

    // The same comparisons on 128-bit products, for any 64-bit operands.
    private int PieceOfRatioWide(ulong numerator, ulong denominator)
    {
        unchecked
        {
            ulong high = Math.BigMul(numerator, TwoTimesTenPow18, out ulong low);
            int piece = 0;
            foreach (ulong t in crossThresholds)
            {
                ulong h = Math.BigMul(t, denominator, out ulong l);
                // (h, l) ≤ (high, low) as 128-bit numbers
                int below = h < high ? 1 : 0;
                int same = h == high ? 1 : 0;
                int lowNotAbove = l <= low ? 1 : 0;
                piece += below | (same & lowNotAbove);
            }
            return piece;
        }
    }

    /// <summary>Returns the band index of a piece (−1: none).</summary>
    internal int BandOf(int piece) => bands[piece];

    /// <summary>Returns the capping adjustment of a piece (always None unless built with adjustments).</summary>
    internal CapAdjustment AdjustmentOf(int piece) => adjustments[piece];

    // Every bound of every band and the capping bounds, as (value, strict): a value passes
    // (v, false) when it is ≥ v and (v, true) when it is > v. Sorted so that the values passing
    // a prefix of the list are exactly the values of one piece.
    private static List<(decimal Value, bool Strict)> CutPoints(CappingPolicy capping, PredikatScale? scale)
    {
        var cuts = new List<(decimal Value, bool Strict)> { (-Sentinel, false), (Sentinel, false) };
        if (scale is not null)
        {
            foreach (var band in scale.Bands)
            {
                if (!band.Lower.IsUnbounded)
                {
                    // [v … starts at v (≥ v); (v … starts above v (> v).
                    Add(cuts, band.Lower.RawValue, strict: !band.Lower.IsInclusive);
                }
                if (!band.Upper.IsUnbounded)
                {
                    // … v] is left by values > v; … v) by values ≥ v.
                    Add(cuts, band.Upper.RawValue, strict: band.Upper.IsInclusive);
                }
            }
        }
        if (capping.Ceiling is { } ceiling)
        {
            Add(cuts, ceiling, strict: true); // capped when raw > ceiling
        }
        if (capping.Floor is { } floor)
        {
            Add(cuts, floor, strict: false); // floored when raw < floor, i.e. not ≥ floor
        }
        // A cut listed twice leaves an empty piece between its copies, which Compact drops.
        cuts.Sort((x, y) => x.Value != y.Value ? x.Value.CompareTo(y.Value) : x.Strict.CompareTo(y.Strict));
        return cuts;

        static void Add(List<(decimal Value, bool Strict)> cuts, decimal value, bool strict)
        {
            if (Math.Abs(value) < Sentinel)
            {
                cuts.Add((value, strict));
            }
        }
    }

    // A value of piece j: one that passes cuts 0 … j−1 and fails cut j.
    private static bool TryRepresentative(List<(decimal Value, bool Strict)> cuts, int j, out decimal value)
    {
        if (j == 0)
        {
            value = cuts[0].Value - 1m; // below the lower sentinel
            return true;
        }
        var (a, aStrict) = cuts[j - 1];
        if (j == cuts.Count || !aStrict)
        {
            value = a; // a passes "≥ a" and no later cut (they are > a, or "> a")
            return true;
        }
        var (b, bStrict) = cuts[j];
        if (bStrict)
        {
            value = b; // b passes "> a" (b > a) and fails "> b"
            return true;
        }
        // Between "> a" and "≥ b": the open interval (a, b).
        value = (a + b) / 2m;
        return value > a && value < b;
    }

    // The least mantissa M with M / 10¹⁶ passing (p, strict): ⌈p·10¹⁶⌉ for "≥ p", ⌊p·10¹⁶⌋ + 1 for "> p".
    private static BigInteger Threshold(decimal p, bool strict)
    {
        var (floor, exact) = FloorTimesTenPow16(p);
        return strict || !exact ? floor + BigInteger.One : floor;
    }

    // For a reflected form the capaian is 200 − M/10¹⁶: passing "≥ p" is M ≤ (200 − p)·10¹⁶ and
    // passing "> p" is M < (200 − p)·10¹⁶; the threshold returned is the least M that does NOT
    // pass, so that counting thresholds reached counts cut points failed, from the top.
    private static BigInteger ReflectedThreshold(decimal p, bool strict)
    {
        var mantissa = ExactDecimal.ToScaledInteger(p, out int scale);
        var q = (200 * ExactDecimal.PowerOfTen(scale)) - mantissa; // (200 − p) · 10^scale
        var (floor, exact) = FloorTimesTenPow16(q, scale);
        // not (M ≤ q·10¹⁶)  ⇔ M ≥ ⌊q·10¹⁶⌋ + 1;   not (M < q·10¹⁶) ⇔ M ≥ ⌈q·10¹⁶⌉
        return strict ? (exact ? floor : floor + BigInteger.One) : floor + BigInteger.One;
    }

    private static (BigInteger Floor, bool Exact) FloorTimesTenPow16(decimal p)
    {
        var mantissa = ExactDecimal.ToScaledInteger(p, out int scale);
        return FloorTimesTenPow16(mantissa, scale);
    }

    // ⌊(mantissa / 10^scale) · 10¹⁶⌋, and whether it is exact.
    private static (BigInteger Floor, bool Exact) FloorTimesTenPow16(BigInteger mantissa, int scale)
    {
        var numerator = mantissa * TenPow16;
        var denominator = ExactDecimal.PowerOfTen(scale);
        var quotient = BigInteger.DivRem(numerator, denominator, out var remainder);
        if (remainder.Sign < 0)
        {
            quotient -= BigInteger.One; // DivRem truncates toward zero
        }
        return (quotient, remainder.IsZero);
    }

    // Keeps the reachable pieces (0 ≤ M ≤ MaxMantissa), drops empty ones and merges neighbours
    // that grade alike, so that the per-item loop compares as few thresholds as the rules need.
    private static GradingTable Compact(BigInteger[] thresholds, (int Band, CapAdjustment Adjustment)[] pieces, int vectorWidth)
    {
        var kept = new List<ulong>();
        var keptPieces = new List<(int Band, CapAdjustment Adjustment)>();
        BigInteger top = (BigInteger)MaxMantissa + BigInteger.One;
        for (int j = 0; j < pieces.Length; j++)
        {
            // Piece j holds the mantissas in [t(j−1), t(j)), within [0, top).
            var lo = j == 0 ? BigInteger.Zero : BigInteger.Max(BigInteger.Zero, thresholds[j - 1]);
            var hi = j == thresholds.Length ? top : BigInteger.Min(top, thresholds[j]);
            if (lo >= hi)
            {
                continue;
            }
            if (keptPieces.Count == 0)
            {
                keptPieces.Add(pieces[j]);
            }
            else if (pieces[j] != keptPieces[^1])
            {
                kept.Add((ulong)lo);
                keptPieces.Add(pieces[j]);
            }
        }
        var bands = new int[keptPieces.Count];
        var adjustments = new CapAdjustment[keptPieces.Count];
        for (int j = 0; j < keptPieces.Count; j++)
        {
            bands[j] = keptPieces[j].Band;
            adjustments[j] = keptPieces[j].Adjustment;
        }
        return new GradingTable([.. kept], bands, adjustments, vectorWidth);
    }
}
