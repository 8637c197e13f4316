using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Runtime.Intrinsics;
using Sakip.Measurement.Utility;
using Xunit;

namespace Sakip.Measurement.Tests.Calculation;

/// <summary>
/// <see cref="GradingTable"/> on every code path (512-bit vectors, 256-bit vectors, scalar), whatever
/// the machine: each path grades a ratio exactly as <see cref="Capaian.Calculate(decimal, decimal?, Polarity, CapaianPolicy)"/>
/// followed by <see cref="PredikatScale.IndexOf"/> does, on and next to every bound.
/// </summary>
public class GradingTableTests
{
    private static readonly int[] Widths = [512, 256, 0];

    // Denominators of every size: tiny, report-sized, at and beyond the 64-bit lanes' limit (10¹⁴), and
    // beyond 2⁶⁴ / 9, where 9 · b no longer fits 64 bits.
    private static readonly ulong[] Denominators =
    [
        1, 3, 7, 100, 12_345_679, 99_999_999_999_999, 100_000_000_000_000, 100_000_000_000_001,
        1_000_000_000_000_000_003, 2_049_638_230_412_172_402,
    ];

    // Ten-point bands [0, 10) … [110, 120) and [120, …): more thresholds than one 512-bit vector holds.
    private static readonly PredikatScale Deciles = DecilesUpTo(13);

    // Bounds finer than 16 places (one below zero), a band up to exactly 900 % and one beyond it.
    private static readonly PredikatScale Fine = PredikatScale.CreateAsPrinted(
        "fine",
        [
            new PredikatBand("W", "w", BandBound.Inclusive(-0.00000000000000005m), BandBound.Inclusive(50.00000000000000005m)),
            new PredikatBand("X", "x", BandBound.Exclusive(50.00000000000000005m), BandBound.Exclusive(80.00000000000000005m)),
            new PredikatBand("Y", "y", BandBound.Inclusive(80.00000000000000005m), BandBound.Exclusive(900m)),
            new PredikatBand("Z", "z", BandBound.Inclusive(900m), BandBound.Inclusive(950m)),
        ]);

    // Five bounds within 0,01 % of each other, in two 256-bit vectors: a ratio just below them all is
    // near every one, in both vectors at once.
    private static readonly PredikatScale Dense = PredikatScale.CreateAsPrinted(
        "dense",
        Enumerable.Range(0, 6).Select(k => new PredikatBand(
            "N" + k, "n", BandBound.Inclusive(k == 0 ? 0m : 80m + (0.002m * k)), k == 5 ? BandBound.Unbounded : BandBound.Exclusive(80m + (0.002m * (k + 1))))));

    private static readonly PredikatScale[] Scales =
    [
        PredikatScale.PermenPanRb88Tahun2021, PredikatScale.PermenPanRb88Tahun2021LowerInclusive,
        PredikatScale.Permendagri86Tahun2017, Deciles, Fine, Dense,
    ];

    private static readonly CapaianPolicy[] Policies =
    [
        CapaianPolicy.Capped100,
        CapaianPolicy.Uncapped,
        CapaianPolicy.Capped100 with { NegativeFormula = NegativeFormula.Inverse },
        CapaianPolicy.Uncapped with { Capping = CappingPolicy.Custom(95m, null), NegativeFormula = NegativeFormula.Inverse },
        CapaianPolicy.Uncapped with { Capping = CappingPolicy.Custom(null, 20.5m) },
        CapaianPolicy.Uncapped with { Capping = CappingPolicy.Custom(null, 90m) }, // "≥ 90" listed after Permen's "> 90"
    ];

    [Fact]
    public void EveryPath_GradesRatiosOnAndNextToEveryBound_AsTheExactPathDoes()
    {
        foreach (var policy in Policies)
        {
            foreach (var scale in Scales)
            {
                foreach (var basis in new[] { CapaianBasis.Capped, CapaianBasis.Raw })
                {
                    foreach (var polarity in new[] { Polarity.Positive, Polarity.Negative })
                    {
                        CheckEveryPath(policy, scale, basis, polarity);
                    }
                }
            }
        }
    }

    [Fact]
    public void EveryPath_WithoutAScale_TracksTheCappingAlone()
    {
        foreach (var policy in Policies)
        {
            foreach (var polarity in new[] { Polarity.Positive, Polarity.Negative })
            {
                CheckEveryPath(policy, null, CapaianBasis.Capped, polarity);
            }
        }
    }

    [Fact]
    public void Build_WithoutAdjustments_MergesPiecesThatDifferOnlyInTheCapping()
    {
        // Capped to 100: (90, 100] and (100, …) are both AA on the capped value; only the capping tells them apart.
        var capping = CappingPolicy.Cap100Floor0;
        var bandsOnly = GradingTable.Build(RatioForm.Direct, capping, PredikatScale.PermenPanRb88Tahun2021, CapaianBasis.Capped, withAdjustments: false)!;
        var full = GradingTable.Build(RatioForm.Direct, capping, PredikatScale.PermenPanRb88Tahun2021, CapaianBasis.Capped, withAdjustments: true)!;
        Assert.Equal(full.ThresholdCount - 1, bandsOnly.ThresholdCount);
        Assert.All(Enumerable.Range(0, bandsOnly.ThresholdCount + 1), piece => Assert.Equal(CapAdjustment.None, bandsOnly.AdjustmentOf(piece)));
    }

    [Fact]
    public void Build_WithoutAScale_HasNoBandInAnyPiece()
    {
        var table = GradingTable.Build(RatioForm.Direct, CappingPolicy.Cap100Floor0, null, CapaianBasis.Capped, withAdjustments: true)!;
        Assert.Equal(1, table.ThresholdCount); // capped above 100; the floor 0 is where ratios start
        Assert.Equal(-1, table.BandOf(0));
        Assert.Equal(-1, table.BandOf(1));
        Assert.Equal(CapAdjustment.Ceiling, table.AdjustmentOf(1));
    }

    [Fact]
    public void Build_BoundsWithNoDecimalBetweenThem_GivesNoTable()
    {
        // (10⁻²⁸, 2·10⁻²⁸) holds no decimal; the midpoint of (2·10⁻²⁸, 3·10⁻²⁸) rounds onto its lower end.
        foreach (decimal low in new[] { 0.0000000000000000000000000001m, 0.0000000000000000000000000002m })
        {
            var scale = HoleAbove(low);
            Assert.Null(GradingTable.Build(RatioForm.Direct, CappingPolicy.None, scale, CapaianBasis.Raw, withAdjustments: false));
            Assert.Null(GradingTable.Build(new RatioForm(Inverted: false, Reflected: true), CappingPolicy.None, scale, CapaianBasis.Raw, withAdjustments: false));
        }
    }

    [Fact]
    public void Build_BoundsOneStepApart_OrBeyondTheReachableRange_StillGiveATable()
    {
        var touching = PredikatScale.CreateAsPrinted("touching",
        [
            new PredikatBand("X", "x", BandBound.Inclusive(0m), BandBound.Exclusive(0.0000000000000000000000000001m)),
            new PredikatBand("Y", "y", BandBound.Inclusive(0.0000000000000000000000000001m), BandBound.Inclusive(100m)),
        ]);
        var extreme = PredikatScale.CreateAsPrinted("extreme",
        [
            new PredikatBand("L", "l", BandBound.Inclusive(decimal.MinValue), BandBound.Exclusive(0m)),
            new PredikatBand("M", "m", BandBound.Inclusive(0m), BandBound.Inclusive(100m)),
            new PredikatBand("H", "h", BandBound.Exclusive(100m), BandBound.Inclusive(decimal.MaxValue)),
        ]);
        foreach (var scale in new[] { touching, extreme })
        {
            Assert.NotNull(GradingTable.Build(RatioForm.Direct, CappingPolicy.None, scale, CapaianBasis.Raw, withAdjustments: false));
            Assert.NotNull(GradingTable.Build(new RatioForm(Inverted: false, Reflected: true), CappingPolicy.None, scale, CapaianBasis.Raw, withAdjustments: false));
        }
    }

    [Fact]
    public void EveryPath_ARatioJustBelowABound_WithinTheLanesMargin_FailsIt()
    {
        // 80,01 % as "≥ 80,01": Q = 8000, and a = (8001 · b − 1) / 10⁴ leaves Δ = b − 1, a ratio
        // 0,00005 % below the bound that only the 128-bit products tell from one on it.
        var scale = PredikatScale.CreateAsPrinted("margin",
        [
            new PredikatBand("U", "u", BandBound.Inclusive(0m), BandBound.Exclusive(80.01m)),
            new PredikatBand("V", "v", BandBound.Inclusive(80.01m), BandBound.Unbounded),
        ]);
        foreach (int width in Widths)
        {
            var table = GradingTable.Build(RatioForm.Direct, CappingPolicy.None, scale, CapaianBasis.Raw, withAdjustments: false, width)!;
            for (ulong b = 2001; b < 100_000; b += 10_000)
            {
                ulong a = ((8001 * b) - 1) / 10_000;
                Assert.Equal(0, scale.IndexOf(Capaian.Calculate(b, a, Polarity.Positive, CapaianPolicy.Uncapped).Raw));
                Assert.Equal(0, table.BandOf(table.PieceOfRatio(a, b)));
                Assert.Equal(1, table.BandOf(table.PieceOfRatio(a + 1, b)));
            }
        }
    }

    [Fact]
    public void Build_EveryStandardRule_GivesATable()
    {
        foreach (var policy in Policies)
        {
            foreach (var scale in Scales)
            {
                Assert.NotNull(GradingTable.Build(RatioForm.Direct, policy.Capping, scale, CapaianBasis.Capped, withAdjustments: true));
                Assert.NotNull(GradingTable.Build(policy.NegativeFormula.Form, policy.Capping, scale, CapaianBasis.Raw, withAdjustments: false));
            }
        }
    }

    [Fact]
    public void VectorWidth_DefaultsToTheHardwares_AndOneVectorHoldsAtMostEightThresholds()
    {
        var table = GradingTable.Build(RatioForm.Direct, CappingPolicy.None, Deciles, CapaianBasis.Raw, withAdjustments: false)!;
        Assert.Equal(GradingTable.HardwareVectorWidth, table.VectorWidth);
        Assert.Equal(Vector512.IsHardwareAccelerated ? 512 : Vector256.IsHardwareAccelerated ? 256 : 0, GradingTable.HardwareVectorWidth);
        Assert.False(GradingTable.Build(RatioForm.Direct, CappingPolicy.None, Deciles, CapaianBasis.Raw, withAdjustments: false, 0)!.UsesVectors);
        foreach (int bands in new[] { 2, 9, 10, 13 })
        {
            var scale = DecilesUpTo(bands);
            var width512 = GradingTable.Build(RatioForm.Direct, CappingPolicy.None, scale, CapaianBasis.Raw, withAdjustments: false, 512)!;
            var width256 = GradingTable.Build(RatioForm.Direct, CappingPolicy.None, scale, CapaianBasis.Raw, withAdjustments: false, 256)!;
            Assert.Equal(bands - 1, width512.ThresholdCount);
            Assert.Equal(bands <= 9, width512.ComparesInOneVector);
            Assert.False(width256.ComparesInOneVector);
            Assert.True(width512.UsesVectors);
            Assert.True(width256.UsesVectors);
            Assert.Equal(256, width256.VectorWidth);
        }
    }

    // Ten-point bands [0, 10) … with the last one unbounded.
    private static PredikatScale DecilesUpTo(int bands) => PredikatScale.CreateAsPrinted(
        "deciles",
        Enumerable.Range(0, bands).Select(k => new PredikatBand(
            "D" + k, "d", BandBound.Inclusive(10m * k), k == bands - 1 ? BandBound.Unbounded : BandBound.Exclusive(10m * (k + 1)))));

    private static PredikatScale HoleAbove(decimal low) => PredikatScale.CreateAsPrinted(
        "hole",
        [
            new PredikatBand("X", "x", BandBound.Inclusive(0m), BandBound.Inclusive(low)),
            new PredikatBand("Y", "y", BandBound.Exclusive(low), BandBound.Exclusive(low + 0.0000000000000000000000000001m)),
            new PredikatBand("Z", "z", BandBound.Inclusive(low + 0.0000000000000000000000000001m), BandBound.Inclusive(100m)),
        ]);

    private static void CheckEveryPath(CapaianPolicy policy, PredikatScale? scale, CapaianBasis basis, Polarity polarity)
    {
        var form = polarity == Polarity.Positive ? RatioForm.Direct : policy.NegativeFormula.Form;
        var ratios = RatiosToProbe(policy.Capping, scale);
        foreach (bool withAdjustments in new[] { true, false })
        {
            foreach (int width in Widths)
            {
                var table = GradingTable.Build(form, policy.Capping, scale, basis, withAdjustments, width)!;
                foreach (ulong b in Denominators)
                {
                    foreach (ulong a in NumeratorsNear(ratios, b))
                    {
                        decimal target = form.Inverted ? a : b;
                        decimal realisasi = form.Inverted ? b : a;
                        if (target == 0)
                        {
                            continue;
                        }
                        var expected = Capaian.Calculate(target, realisasi, polarity, policy);
                        int expectedBand = scale is null ? -1 : scale.IndexOf(basis == CapaianBasis.Raw ? expected.Raw : expected.Value);
                        var why = $"{policy.Capping.Name}, {scale?.Name}, {basis}, {polarity}, width {width}: {a} / {b}";
                        if (a < 9 * (BigInteger)b)
                        {
                            Assert.True(expectedBand == table.BandOf(table.PieceOfRatio(a, b)), why);
                        }
                        Assert.True(DecimalRatio.TryScaledQuotient64(a, 0, b, 0, out ulong mantissa) || a == 0, why);
                        int piece = table.PieceOf(mantissa);
                        Assert.True(expectedBand == table.BandOf(piece), why + " (mantissa)");
                        Assert.True((withAdjustments ? expected.Adjustment : CapAdjustment.None) == table.AdjustmentOf(piece), why + " (adjustment)");
                    }
                }
            }
        }
    }

    // Every ratio a cut point of the rules stands for (p, and 200 − p for the reflected form), 0 and 900.
    private static List<decimal> RatiosToProbe(CappingPolicy capping, PredikatScale? scale)
    {
        var values = new List<decimal> { 0m, 100m, 900m };
        if (scale is not null)
        {
            foreach (var band in scale.Bands)
            {
                values.Add(band.Lower.IsUnbounded ? 0m : band.Lower.RawValue);
                values.Add(band.Upper.IsUnbounded ? 0m : band.Upper.RawValue);
            }
        }
        values.Add(capping.Ceiling ?? 0m);
        values.Add(capping.Floor ?? 0m);
        return values.SelectMany(p => new[] { p, 200m - p }).Where(p => p is >= 0m and <= 900m).Distinct().ToList();
    }

    // Numerators a with 100 · a / b just below, on and just above each ratio, and the largest below 900 %.
    private static IEnumerable<ulong> NumeratorsNear(List<decimal> ratios, ulong b)
    {
        var seen = new HashSet<ulong>();
        var limit = 9 * (BigInteger)b;
        foreach (decimal ratio in ratios)
        {
            var mantissa = ExactDecimal.ToScaledInteger(ratio, out int scale);
            var floor = mantissa * b / (100 * ExactDecimal.PowerOfTen(scale));
            for (int delta = -1; delta <= 1; delta++)
            {
                var a = floor + delta;
                if (a.Sign >= 0 && a <= limit && a <= ulong.MaxValue && seen.Add((ulong)a))
                {
                    yield return (ulong)a;
                }
            }
        }
        if (limit - 1 <= ulong.MaxValue && seen.Add((ulong)(limit - 1)))
        {
            yield return (ulong)(limit - 1);
        }
    }
}
