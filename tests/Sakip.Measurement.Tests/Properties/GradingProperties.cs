using System;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Sakip.Measurement.Tests.Properties;

/// <summary>One capaian input to grade: target, realisasi (possibly missing) and polarity.</summary>
public sealed record GradingCase(decimal Target, decimal? Realisasi, Polarity Polarity)
{
    public CapaianInput ToInput() => new(Target, Realisasi, Polarity);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"target {Target}, realisasi {Realisasi?.ToString(CultureInfo.InvariantCulture) ?? "—"}, {Polarity}");
}

/// <summary>
/// The rules the division-free paths are checked under: every bundled scale and two custom ones
/// (odd bounds, more than 16 places, open bands, holes, a bounded domain), the seed reports'
/// policies and others with other caps, negative formulas and zero-target readings, both bases.
/// </summary>
public static class GradingRules
{
    public static readonly PredikatScale Custom = PredikatScale.Create("custom", new[]
    {
        new PredikatBand("P", "puncak", BandBound.Exclusive(133.3333m), BandBound.Unbounded),
        new PredikatBand("T", "tinggi", BandBound.Exclusive(66.66666666666666666666m), BandBound.Inclusive(133.3333m)),
        new PredikatBand("S", "sedang", BandBound.Inclusive(50.00000000000000005m), BandBound.Inclusive(66.66666666666666666666m)),
        new PredikatBand("R", "rendah", BandBound.Exclusive(-12.5m), BandBound.Exclusive(50.00000000000000005m)),
        new PredikatBand("X", "minus", BandBound.Unbounded, BandBound.Inclusive(-12.5m)),
    });

    public static readonly PredikatScale WithHoles = PredikatScale.CreateAsPrinted("as printed", new[]
    {
        new PredikatBand("SB", "Sangat Baik", BandBound.Inclusive(81m), BandBound.Inclusive(100m)),
        new PredikatBand("B", "Baik", BandBound.Inclusive(61m), BandBound.Inclusive(80m)),
        new PredikatBand("C", "Cukup", BandBound.Inclusive(41m), BandBound.Inclusive(60m)),
        new PredikatBand("K", "Kurang", BandBound.Inclusive(0m), BandBound.Inclusive(40m)),
    });

    public static readonly PredikatScale[] Scales =
    [
        PredikatScale.PermenPanRb88Tahun2021,
        PredikatScale.PermenPanRb88Tahun2021LowerInclusive,
        PredikatScale.Permendagri86Tahun2017,
        PredikatScale.Permendagri86Tahun2017From90,
        Custom,
        WithHoles,
    ];

    public static readonly CapaianPolicy[] Policies =
    [
        CapaianPolicy.Capped100,
        CapaianPolicy.Uncapped,
        new() { Capping = CappingPolicy.Custom(120m, 0m), NegativeFormula = NegativeFormula.Inverse },
        new() { Capping = CappingPolicy.Custom(100m, null), ZeroTarget = ZeroTargetPolicy.ZeroOfZeroIsFullAchievement },
        new() { Capping = CappingPolicy.Custom(null, 0m), ZeroTarget = ZeroTargetPolicy.NoCapaian, NegativeFormula = NegativeFormula.Inverse },
        new() { Capping = CappingPolicy.Custom(90.5m, 30.25m) },
    ];

    public static readonly CapaianGrader[] Graders =
        (from policy in Policies
         from scale in Scales
         from basis in new[] { CapaianBasis.Capped, CapaianBasis.Raw }
         select new CapaianGrader(policy, scale, basis)).ToArray();

    internal static readonly RatioEvaluator[] Calculators =
        Policies.Select(p => new RatioEvaluator(p, scale: null, CapaianBasis.Capped)).ToArray();

    /// <summary>Every value a capaian is compared with: each band bound, ceiling and floor.</summary>
    public static readonly decimal[] CutValues =
        Scales.SelectMany(s => s.Bands)
            .SelectMany(b => new[] { b.Lower, b.Upper })
            .Where(b => !b.IsUnbounded)
            .Select(b => b.Value)
            .Concat(Policies.SelectMany(p => new[] { p.Capping.Ceiling, p.Capping.Floor }).Where(v => v.HasValue).Select(v => v!.Value))
            .Append(100m)
            .Distinct()
            .ToArray();

    /// <summary>What <c>Capaian.Calculate</c> then <c>PredikatScale.IndexOf</c> on the basis value give.</summary>
    public static (CapaianResult Result, int Band) Reference(CapaianGrader grader, GradingCase c)
    {
        var result = Capaian.Calculate(c.Target, c.Realisasi, c.Polarity, grader.Policy);
        int band = result.HasValue ? grader.Scale.IndexOf(grader.Basis == CapaianBasis.Raw ? result.Raw : result.Value) : -1;
        return (result, band);
    }

    /// <summary>Equal results with the same digits (decimal equality ignores trailing zeros; a report's text does not).</summary>
    public static bool SameDigits(CapaianResult a, CapaianResult b) =>
        a == b && a.ToString() == b.ToString();
}

public static class GradingArbitraries
{
    // A target as reports have it: 1 to 10¹⁵, 0 to 4 decimals; or a small one, so that a
    // realisasi on a bound's rounding edge still has a 64-bit mantissa.
    private static readonly Gen<decimal> Target = Gen.OneOf(
        from whole in Gen.Choose(1, 1_000_000_000)
        from cents in Gen.Choose(0, 9999)
        from scale in Gen.Elements(0, 1, 2, 4)
        select Places(whole + (cents / 10_000m), scale),
        from high in Gen.Choose(0, 999_999)
        from low in Gen.Choose(1, 999_999_999)
        from scale in Gen.Elements(0, 2, 4)
        select Places((high * 1_000_000_000m) + low, scale),
        Gen.Elements(1m, 2m, 3m, 4m, 5m, 7m, 8m, 10m, 0.5m, 2.5m, 12.5m, 80m, 92.5m, 85.23m));

    // A small nudge: whole 10^-e steps around a value, reaching past the 16-place rounding edge.
    private static readonly Gen<decimal> Nudge = Gen.Frequency(
        (3, Gen.Constant(0m)),
        (6, from m in Gen.Choose(-5, 5)
            from e in Gen.Choose(1, 22)
            select m * Power(-e)));

    private static readonly decimal NegativeZero = new(0, 0, 0, isNegative: true, scale: 2);

    private static readonly Gen<Polarity> AnyPolarity = Gen.Elements(Polarity.Positive, Polarity.Negative);

    // A realisasi that puts the capaian on a bound (or a hair from it) under one of the formulas.
    // Targets whose realisasi on a bound's 16-place rounding edge (t · 5·10⁻¹⁹ away) still has a
    // 64-bit mantissa, so that the integer paths meet exact ties.
    private static readonly Gen<decimal> SmallTarget = Gen.Elements(1m, 2m, 4m, 5m, 8m, 10m, 16m, 0.5m, 2.5m, 12.5m, 1.25m, 0.8m);

    private static readonly Gen<GradingCase> OnABound =
        Gen.OneOf(
            from target in Target
            from cut in Gen.Elements(GradingRules.CutValues)
            from nudge in Nudge
            from half in Gen.Elements(0, 0, 1, -1)
            from formula in Gen.Choose(0, 2)
            select OnBound(target, cut, nudge, half, formula),
            // Exactly half a unit of the 16th place above or below a bound: a tie the rounding decides.
            from target in SmallTarget
            from cut in Gen.Elements(GradingRules.CutValues)
            from half in Gen.Elements(1, -1)
            from formula in Gen.Choose(0, 2)
            select OnBound(target, cut, 0m, half, formula));

    private static readonly Gen<GradingCase> ReportLike =
        from target in Target
        from percent in Gen.Choose(0, 15_000)
        from scale in Gen.Elements(0, 1, 2, 4)
        from polarity in AnyPolarity
        select new GradingCase(target, Places(target * percent / 10_000m, scale), polarity);

    // What the integer paths must hand to the exact one, or decide without a ratio.
    private static readonly Gen<GradingCase> Unusual = Gen.OneOf(
        from polarity in AnyPolarity
        from realisasi in Gen.Elements<decimal?>(0m, 0.0m, NegativeZero, 1m, 12m, null)
        select new GradingCase(0m, realisasi, polarity),
        from target in Target
        from polarity in AnyPolarity
        select new GradingCase(target, null, polarity),
        from target in Target
        from polarity in AnyPolarity
        from realisasi in Gen.Elements(-1m, -0.5m, -target, -0.0001m, 0m, 0.0000m)
        select new GradingCase(target, realisasi, polarity),
        from target in Target
        from polarity in AnyPolarity
        from factor in Gen.Elements(8.99999m, 9m, 9.00001m, 50m, 1_000_000m)
        select new GradingCase(target, target * factor, polarity),
        from polarity in AnyPolarity
        from pair in Gen.Elements(
            (79_228_162_514_264_337_593_543_950_335m, 1m),
            (1m, 79_228_162_514_264_337_593_543_950_335m),
            (100_000_000_000_000_000_000m, 80_000_000_000_000_000_000m),
            (3m, 2.0000000000000000000000000001m),
            (0.0000000000000000000000000003m, 0.0000000000000000000000000002m),
            (18_446_744_073_709_551_615m, 16_602_069_666_338_596_453.5m),
            (1_000_000_000_000_000m, 900_000_000_000_000m),
            (123_456_789_012_345.6789m, 111_111_111_111_111.1111m))
        select new GradingCase(pair.Item1, pair.Item2, polarity));

    public static Arbitrary<GradingCase> GradingCase() =>
        Gen.Frequency((5, OnABound), (3, ReportLike), (2, Unusual)).ToArbitrary();

    private static GradingCase OnBound(decimal target, decimal cut, decimal nudge, int half, int formula)
    {
        // Half of the 16th place of the capaian, in realisasi units: t · 5·10⁻¹⁹.
        decimal edge = Shortest(half * target * 0.0000000000000000005m);
        try
        {
            return formula switch
            {
                // realisasi / target × 100 = cut
                0 => new GradingCase(target, (cut * target / 100m) + nudge + edge, Polarity.Positive),
                // 200 − realisasi / target × 100 = cut
                1 => new GradingCase(target, ((200m - cut) * target / 100m) + nudge + edge, Polarity.Negative),
                // target / realisasi × 100 = cut: the realisasi is the base, the target is moved
                _ => new GradingCase(Math.Max(0m, (cut * target / 100m) + nudge + edge), target, Polarity.Negative),
            };
        }
        catch (OverflowException)
        {
            return new GradingCase(target, target, Polarity.Positive);
        }
    }

    // The value with no trailing zeros (1.0000000000000000010 → 1.000000000000000001).
    private static decimal Shortest(decimal value) => value / 1.0000000000000000000000000000m;

    private static decimal Places(decimal value, int scale) => decimal.Round(value, scale, MidpointRounding.AwayFromZero);

    private static decimal Power(int exponent)
    {
        decimal p = 1m;
        for (int i = 0; i > exponent; i--)
        {
            p /= 10m;
        }
        return p;
    }
}

/// <summary>
/// The division-free grading and the integer capaian path against the exact path they replace:
/// <c>Capaian.Calculate</c> then <c>PredikatScale.IndexOf</c>, for every rule set of
/// <see cref="GradingRules"/>, on inputs generated on and around every band bound, cap and
/// rounding edge.
/// </summary>
[Properties(Arbitrary = [typeof(GradingArbitraries)], MaxTest = 1000)]
public class GradingProperties
{
    [Property]
    public bool DivisionFreeGrade_AgreesWithClassifyOfCalculate(GradingCase c)
    {
        var input = c.ToInput();
        foreach (var grader in GradingRules.Graders)
        {
            if (grader.IndexOf(input) != GradingRules.Reference(grader, c).Band)
            {
                return false;
            }
        }
        return true;
    }

    [Property]
    public bool IntegerEvaluation_GivesTheExactResultAndBand(GradingCase c)
    {
        var inputs = new[] { c.ToInput() };
        var results = new CapaianResult[1];
        var bands = new int[1];
        foreach (var grader in GradingRules.Graders)
        {
            grader.Evaluate(inputs, results, bands);
            var (result, band) = GradingRules.Reference(grader, c);
            if (!GradingRules.SameDigits(results[0], result) || bands[0] != band)
            {
                return false;
            }
        }
        return true;
    }

    [Property]
    public bool IntegerCalculation_GivesTheExactResult(GradingCase c)
    {
        var inputs = new[] { c.ToInput() };
        var results = new CapaianResult[1];
        foreach (var calculator in GradingRules.Calculators)
        {
            calculator.Evaluate(inputs, results, Span<int>.Empty);
            if (!GradingRules.SameDigits(results[0], Capaian.Calculate(c.Target, c.Realisasi, c.Polarity, calculator.Policy)))
            {
                return false;
            }
        }
        return true;
    }

    [Property(MaxTest = 100)]
    public bool BatchCalculate_EqualsSingleCalls(GradingCase[] cases)
    {
        var inputs = cases.Select(c => c.ToInput()).ToArray();
        var results = new CapaianResult[inputs.Length];
        foreach (var policy in GradingRules.Policies)
        {
            CapaianBatch.Calculate(inputs, policy, results);
            for (int i = 0; i < cases.Length; i++)
            {
                if (!GradingRules.SameDigits(results[i], Capaian.Calculate(cases[i].Target, cases[i].Realisasi, cases[i].Polarity, policy)))
                {
                    return false;
                }
            }
        }
        return true;
    }

    [Property(MaxTest = 100)]
    public bool CountsPerBand_AreTheReferenceBandsCounted(GradingCase[] cases)
    {
        var inputs = cases.Select(c => c.ToInput()).ToArray();
        foreach (var grader in GradingRules.Graders)
        {
            var expected = new int[grader.Scale.Bands.Count];
            int expectedUngraded = 0;
            foreach (var c in cases)
            {
                int band = GradingRules.Reference(grader, c).Band;
                if (band < 0)
                {
                    expectedUngraded++;
                }
                else
                {
                    expected[band]++;
                }
            }
            var counts = new int[expected.Length];
            if (grader.CountPerBand(inputs, counts) != expectedUngraded || !counts.SequenceEqual(expected))
            {
                return false;
            }
        }
        return true;
    }

    [Property(MaxTest = 100)]
    public bool BatchEvaluate_EqualsSingleCalls(GradingCase[] cases, byte which)
    {
        var grader = GradingRules.Graders[which % GradingRules.Graders.Length];
        var inputs = cases.Select(c => c.ToInput()).ToArray();
        var results = new CapaianResult[inputs.Length];
        var bands = new int[inputs.Length];
        CapaianBatch.Evaluate(inputs, grader.Policy, grader.Scale, grader.Basis, results, bands);
        for (int i = 0; i < cases.Length; i++)
        {
            var (result, band) = GradingRules.Reference(grader, cases[i]);
            if (!GradingRules.SameDigits(results[i], result) || bands[i] != band)
            {
                return false;
            }
        }
        return true;
    }
}
