using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Sakip.Measurement.Ikm;
using Sakip.Measurement.Ipp;
using Sakip.Measurement.Text;
using Xunit;

namespace Sakip.Measurement.Tests.Reference;

/// <summary>
/// The library against <see cref="ExactReference"/>, digit for digit: capaian under every
/// formula and capping variant, predikat at and beside every band bound, presentation rounding,
/// IKM and means. Each property runs <see cref="Cases"/> generated cases: a few hundred by
/// default so the suite stays fast, any number on demand —
/// <c>SAKIP_DIFFERENTIAL_CASES=1000000 dotnet test tests/Sakip.Measurement.Tests -c Release --filter Category=Differential</c>.
/// </summary>
[Trait("Category", "Differential")]
public class DifferentialTests
{
    private static readonly int Cases = DifferentialCases.Or(400);

    private static readonly PredikatScale[] Scales =
    [
        PredikatScale.PermenPanRb88Tahun2021,
        PredikatScale.PermenPanRb88Tahun2021LowerInclusive,
        PredikatScale.Permendagri86Tahun2017,
        PredikatScale.Permendagri86Tahun2017From90,
        IkmDefinition.PermenPanRb14Tahun2017.MutuScale,
        IkmDefinition.Kepmenpan25Tahun2004.MutuScale,
        IppScale.PermenPanRb29Tahun2022,
    ];

    private static readonly (string Name, CappingPolicy Capping, decimal? Ceiling, decimal? Floor)[] Cappings =
    [
        ("none", CappingPolicy.None, null, null),
        ("100/0", CappingPolicy.Cap100Floor0, 100m, 0m),
        ("120/-", CappingPolicy.Custom(120m, null), 120m, null),
    ];

    [Fact]
    public void Capaian_EveryFormulaAndCapping_AgreesWithTheExactReference() =>
        Check(Gen.Zip(Gen.Zip(Operand.Where(t => t != 0m).Select(Math.Abs), Operand), Gen.Choose(0, 8)), c =>
        {
            var ((target, realisasi), variant) = c;
            var formula = variant / 3;
            var capping = Cappings[variant % 3];
            var policy = CapaianPolicy.Uncapped with
            {
                Capping = capping.Capping,
                NegativeFormula = formula == 2 ? NegativeFormula.Inverse : NegativeFormula.Regulation,
            };
            var result = Capaian.Calculate(target, realisasi, formula == 0 ? Polarity.Positive : Polarity.Negative, policy);
            if (formula == 2 && realisasi == 0m)
            {
                return result.Status == CapaianStatus.ZeroRealisasi;
            }
            decimal? expected = formula switch
            {
                0 => ExactReference.Positive(target, realisasi),
                1 => ExactReference.NegativeRegulation(target, realisasi),
                _ => ExactReference.NegativeInverse(target, realisasi),
            };
            return expected is { } raw
                ? result.Status == CapaianStatus.Computed && result.Raw == raw && result.Value == ExactReference.Cap(raw, capping.Ceiling, capping.Floor)
                : result.Status == CapaianStatus.OutOfRange;
        });

    [Fact]
    public void Predikat_AtAndBesideEveryBandBound_AgreesWithTheExactReference()
    {
        foreach (var scale in Scales)
        {
            foreach (decimal bound in Bounds(scale))
            {
                foreach (decimal value in Neighbours(bound))
                {
                    string? expected = ExactReference.Classify(scale, Fraction.Of(value));
                    string? actual = scale.TryClassify(value, out var band) ? band.Code : null;
                    Assert.True(expected == actual, $"{scale.Name}: {value} is {expected ?? "outside"}, the library says {actual ?? "outside"}");
                }
            }
        }
    }

    [Fact]
    public void Predikat_OfGeneratedValues_AgreesWithTheExactReference() =>
        Check(Gen.Zip(Gen.Elements(Scales), Operand), c =>
        {
            var (scale, value) = c;
            return ExactReference.Classify(scale, Fraction.Of(value)) == (scale.TryClassify(value, out var band) ? band.Code : null);
        });

    [Fact]
    public void PresentationRounding_IsHalfAwayFromZeroOnce() =>
        Check(Gen.Zip(Operand, Gen.Choose(0, 28)), c =>
        {
            var (value, places) = c;
            var pattern = NumberPattern.Number.WithDecimalPlaces(places);
            return pattern.Parse(pattern.Format(value)).Value == ExactReference.Round(Fraction.Of(value), places);
        });

    [Fact]
    public void Ikm_OfGeneratedCounts_AgreesWithTheExactReference_ValueMutuAndPrintedFigure() =>
        Check(Survey, s =>
        {
            var (definition, perElement, respondents, weighting) = s;
            var result = IkmCalculator.Calculate(new IkmCounts(definition, perElement, respondents), weighting);
            var exact = ExactReference.Ikm(perElement, weighting, definition.LegacyWeight);
            return result.Value == ExactReference.Round(exact, 28)
                && result.RoundValue(2) == ExactReference.Round(exact, 2)
                && result.Mutu.Code == ExactReference.Classify(definition.MutuScale, exact);
        });

    [Fact]
    public void Means_OfGeneratedCapaian_AgreeWithTheExactReference() =>
        Check(Gen.NonEmptyListOf(Gen.Zip(Operand, Gen.Choose(1, 100_000))), items =>
        {
            var values = items.Select(i => i.Item1).ToArray();
            var weights = items.Select(i => i.Item2 / 100m).ToArray();
            var results = values.Select(v => Capaian.Calculate(1m, v / 100m, Polarity.Positive, CapaianPolicy.Uncapped)).ToArray();
            var raws = results.Select(r => r.Raw).ToArray();
            return CapaianAggregation.Mean(results, CapaianBasis.Raw).Value == ExactReference.Mean(raws)
                && CapaianAggregation.WeightedMean(results, weights, CapaianBasis.Raw).Value == ExactReference.Mean(raws, weights);
        });

    // Operands as reports print them (0–4 places, up to 10^9) and anywhere in the decimal range
    // (any 96-bit mantissa, any scale), with the edges mixed in.
    private static Gen<decimal> Operand =>
        Gen.Frequency(
            (4, from whole in Gen.Choose(0, 1_000_000_000)
                from fraction in Gen.Choose(0, 9999)
                from places in Gen.Choose(0, 4)
                from negative in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
                let magnitude = whole + decimal.Round(fraction / 10000m, places, MidpointRounding.AwayFromZero)
                select negative ? -magnitude : magnitude),
            (3, from lo in Gen.Choose(int.MinValue, int.MaxValue)
                from mid in Gen.Choose(int.MinValue, int.MaxValue)
                from hi in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(0, 1000)), (1, Gen.Choose(int.MinValue, int.MaxValue)))
                from negative in Gen.Elements(false, true)
                from scale in Gen.Choose(0, 28)
                select new decimal(lo, mid, hi, negative, (byte)scale)),
            (1, Gen.Elements(0m, 1m, 100m, 200m, decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m,
                7_922_816_251_426.4337593543950335m, 792281625142643375935439503.35m, -1_000_000_000_000m)));

    private static Gen<(IkmDefinition, AnswerCounts[], long, IkmWeighting)> Survey =>
        from definition in Gen.Elements(IkmDefinition.PermenPanRb14Tahun2017, IkmDefinition.Kepmenpan25Tahun2004)
        from size in Gen.Elements(3, 40, 700, 1_000_000)
        from counts in Gen.ArrayOf(
            from a in Gen.Choose(0, size)
            from b in Gen.Choose(0, size)
            from c in Gen.Choose(0, size)
            from d in Gen.Choose(1, size)
            select new AnswerCounts(a, b, c, d),
            definition.ElementCount)
        from weighting in Gen.Elements(IkmWeighting.Exact, IkmWeighting.Legacy)
        select (definition, counts, counts.Max(x => x.Total), weighting);

    private static IEnumerable<decimal> Bounds(PredikatScale scale) =>
        scale.Bands.SelectMany(b => new[] { b.Lower, b.Upper }).Where(b => !b.IsUnbounded).Select(b => b.Value).Distinct();

    // The bound itself, the nearest decimals on each side at the finest scale that holds them,
    // and steps of 10^-16 (a capaian's last place) and 0,005 (a printed half).
    private static IEnumerable<decimal> Neighbours(decimal bound)
    {
        yield return bound;
        foreach (var step in new[] { Finest(bound), 0.0000000000000001m, 0.005m })
        {
            yield return bound - step;
            yield return bound + step;
        }
    }

    private static decimal Finest(decimal bound)
    {
        for (int places = 28; ; places--)
        {
            var step = new decimal(1, 0, 0, false, (byte)places);
            if (ExactReference.Round(Fraction.Of(bound) + Fraction.Of(step), places) == bound + step && (bound + step).Scale == places)
            {
                return step;
            }
        }
    }

    private static void Check<T>(Gen<T> generator, Func<T, bool> property) =>
        FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases), Prop.ForAll(generator.ToArbitrary(), property));
}
