using System;
using System.Linq;
using Xunit;

namespace Sakip.Measurement.Tests.Calculation;

/// <summary>
/// <see cref="CapaianGrader"/>: the band of a capaian from integer comparisons, on the figures
/// where the division-free path could go wrong (bounds, the rounding to 16 places, caps, the
/// negative formulas, operands it must hand to the exact path), its guards and its batch forms.
/// </summary>
public class CapaianGraderTests
{
    private static readonly PredikatScale Permen = PredikatScale.PermenPanRb88Tahun2021;
    private static readonly CapaianGrader Capped = new(CapaianPolicy.Capped100, Permen, CapaianBasis.Capped);
    private static readonly CapaianGrader Raw = new(CapaianPolicy.Uncapped, Permen, CapaianBasis.Raw);

    private static string? Code(CapaianGrader grader, decimal target, decimal? realisasi, Polarity polarity = Polarity.Positive)
    {
        int index = grader.IndexOf(new CapaianInput(target, realisasi, polarity));
        return index < 0 ? null : grader.Scale.Bands[index].Code;
    }

    [Fact]
    public void ABoundItself_IsGradedAsTheRegulationWritesIt()
    {
        // (80, 90] is A: exactly 80 is BB, 80,01 is A, exactly 90 is A.
        Assert.Equal("BB", Code(Capped, 100m, 80m));
        Assert.Equal("A", Code(Capped, 100m, 80.01m));
        Assert.Equal("A", Code(Capped, 100m, 90m));
        Assert.Equal("AA", Code(Capped, 100m, 90.0000000001m));
        Assert.Equal("D", Code(Capped, 100m, 0m));
    }

    [Fact]
    public void ACapaianThatRoundsOntoABound_IsGradedAsTheRoundedValue()
    {
        // Realisasi 1,6 + 10⁻¹⁸ over target 2 is 80,00000000000000005 %,
        // which rounds (half away from zero) to 80,0000000000000001 at 16 places: A. One 10⁻¹⁸
        // less is 79,99999999999999995 %, which rounds up to 80 exactly: BB, not B.
        Assert.Equal("A", Code(Capped, 2m, 1.600000000000000001m));
        Assert.Equal(80.0000000000000001m, Capaian.Calculate(2m, 1.600000000000000001m, Polarity.Positive, CapaianPolicy.Capped100).Raw);
        Assert.Equal("BB", Code(Capped, 2m, 1.599999999999999999m));
        Assert.Equal(80m, Capaian.Calculate(2m, 1.599999999999999999m, Polarity.Positive, CapaianPolicy.Capped100).Raw);
        // Exactly 79,9999999999999999 at 16 places: still BB (70, 80].
        Assert.Equal("BB", Code(Capped, 2m, 1.599999999999999998m));
    }

    [Fact]
    public void CappedBasis_GradesTheCappedValue_RawBasis_TheRawOne()
    {
        var rawOnCappedPolicy = new CapaianGrader(CapaianPolicy.Capped100, Permen, CapaianBasis.Raw);
        // 25 received against a target of 10 (negative): raw −50, capped 0 — both D on this scale.
        Assert.Equal("D", Code(Capped, 10m, 25m, Polarity.Negative));
        Assert.Equal("D", Code(rawOnCappedPolicy, 10m, 25m, Polarity.Negative));
        // A scale whose lowest band starts at 0 shows the difference: the raw −50 is outside it.
        var fromZero = PredikatScale.CreateAsPrinted("0–100", [new PredikatBand("X", "x", BandBound.Inclusive(0m), BandBound.Inclusive(100m))]);
        Assert.Equal(0, new CapaianGrader(CapaianPolicy.Capped100, fromZero, CapaianBasis.Capped).IndexOf(new(10m, 25m, Polarity.Negative)));
        Assert.Equal(-1, new CapaianGrader(CapaianPolicy.Capped100, fromZero, CapaianBasis.Raw).IndexOf(new(10m, 25m, Polarity.Negative)));
        Assert.Equal(-1, new CapaianGrader(CapaianPolicy.Capped100, fromZero, CapaianBasis.Raw).IndexOf(new(80m, 89m, Polarity.Positive)));
    }

    [Fact]
    public void NegativeFormulas_AreGradedByTheirOwnReading()
    {
        // Regulation: (2 × 10 − 12) / 10 = 80 % → BB; inverse: 10 / 12 = 83,33 % → A.
        Assert.Equal("BB", Code(Raw, 10m, 12m, Polarity.Negative));
        var inverse = new CapaianGrader(CapaianPolicy.Uncapped with { NegativeFormula = NegativeFormula.Inverse }, Permen, CapaianBasis.Raw);
        Assert.Equal("A", Code(inverse, 10m, 12m, Polarity.Negative));
        // The inverse formula has no capaian for a zero realisasi.
        Assert.Null(Code(inverse, 10m, 0m, Polarity.Negative));
    }

    [Fact]
    public void ZeroTargets_FollowThePolicy()
    {
        Assert.Equal("AA", Code(Capped, 0m, 0m, Polarity.Negative)); // zero of zero wanted: 100 %
        Assert.Null(Code(Capped, 0m, 0m, Polarity.Positive)); // the default reading: only negative indicators
        Assert.Null(Code(Capped, 0m, 3m, Polarity.Negative));
        var anyPolarity = new CapaianGrader(CapaianPolicy.Capped100 with { ZeroTarget = ZeroTargetPolicy.ZeroOfZeroIsFullAchievement }, Permen, CapaianBasis.Capped);
        Assert.Equal("AA", Code(anyPolarity, 0m, 0m, Polarity.Positive));
    }

    [Fact]
    public void OperandsBeyondTheIntegerPath_AreGradedExactly()
    {
        Assert.Null(Code(Capped, 100m, null));
        Assert.Equal("D", Code(Capped, 100m, -5m)); // a negative realisasi
        Assert.Equal("AA", Code(Raw, 1m, 1_000_000m)); // 10⁸ %, above the tables' 900 %
        Assert.Equal("A", Code(Raw, 100_000_000_000_000_000_000m, 85_000_000_000_000_000_000m)); // a 67-bit mantissa
        Assert.Equal("B", Code(Raw, 3m, 2.1000000000000000000000000001m)); // 28 decimals: 70,000…0033 rounds to 70, B
        Assert.Null(Code(Raw, 1m, decimal.MaxValue)); // beyond the decimal range: OutOfRange
    }

    [Fact]
    public void AScaleWithHoles_LeavesAValueInAHoleUngraded()
    {
        var printed = PredikatScale.CreateAsPrinted("81–100 / 61–80", [
            new PredikatBand("SB", "Sangat Baik", BandBound.Inclusive(81m), BandBound.Inclusive(100m)),
            new PredikatBand("B", "Baik", BandBound.Inclusive(61m), BandBound.Inclusive(80m))]);
        var grader = new CapaianGrader(CapaianPolicy.Capped100, printed, CapaianBasis.Capped);
        Assert.Equal(-1, grader.IndexOf(new(100m, 80.5m, Polarity.Positive)));
        Assert.Equal(1, grader.IndexOf(new(100m, 80m, Polarity.Positive)));
        Assert.Equal(0, grader.IndexOf(new(100m, 81m, Polarity.Positive)));
        Assert.Equal(-1, grader.IndexOf(new(100m, 60.9999m, Polarity.Positive)));
    }

    [Fact]
    public void GradeAndCountPerBand_AgreeWithEvaluate()
    {
        CapaianInput[] inputs =
        [
            new(100m, 85.23m, Polarity.Positive), new(93m, 88.25m, Polarity.Positive), new(80m, 89m, Polarity.Positive),
            new(100m, 100m, Polarity.Positive), new(100m, null, Polarity.Positive), new(10m, 12m, Polarity.Negative),
            new(0m, 0m, Polarity.Negative), new(1_000_000_000m, 450_000_000.5m, Polarity.Positive),
        ];
        var results = new CapaianResult[inputs.Length];
        var expected = new int[inputs.Length];
        CapaianBatch.Evaluate(inputs, CapaianPolicy.Capped100, Permen, CapaianBasis.Capped, results, expected);
        var bands = new int[inputs.Length];
        Capped.Grade(inputs, bands);
        Assert.Equal(expected, bands);
        var counts = new int[Permen.Bands.Count];
        Assert.Equal(1, Capped.CountPerBand(inputs, counts));
        Assert.Equal([4, 1, 1, 0, 0, 1, 0], counts); // AA ×4 (incl. zero of zero), A, BB, C (45 %)
        var parallel = new int[Permen.Bands.Count];
        Assert.Equal(1, Capped.CountPerBandParallel(inputs, parallel, maxDegreeOfParallelism: 2));
        Assert.Equal(counts, parallel);
    }

    [Fact]
    public void CountPerBandParallel_OverManyPartitions_EqualsTheSequentialCount()
    {
        var inputs = Enumerable.Range(0, 100_000)
            .Select(i => new CapaianInput(50m + (i % 97), i % 13 == 0 ? null : (i % 89) + (i % 7 * 0.25m), i % 10 == 0 ? Polarity.Negative : Polarity.Positive))
            .ToArray();
        var sequential = new int[Permen.Bands.Count];
        int ungraded = Capped.CountPerBand(inputs, sequential);
        foreach (int degree in new[] { 1, 2, -1 })
        {
            var parallel = new int[Permen.Bands.Count];
            Assert.Equal(ungraded, Capped.CountPerBandParallel(inputs, parallel, degree));
            Assert.Equal(sequential, parallel);
        }
        Assert.Equal(inputs.Length, sequential.Sum() + ungraded);
    }

    [Fact]
    public void Guards_NameTheirParameter()
    {
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => new CapaianGrader(null!, Permen, CapaianBasis.Capped)).ParamName);
        Assert.Equal("scale", Assert.Throws<ArgumentNullException>(() => new CapaianGrader(CapaianPolicy.Capped100, null!, CapaianBasis.Capped)).ParamName);
        Assert.Equal("basis", Assert.Throws<ArgumentOutOfRangeException>(() => new CapaianGrader(CapaianPolicy.Capped100, Permen, (CapaianBasis)7)).ParamName);
        var inputs = new CapaianInput[3];
        Assert.Equal("bandIndexes", Assert.Throws<ArgumentException>(() => Capped.Grade(inputs, new int[2])).ParamName);
        var e = Assert.Throws<ArgumentException>(() => Capped.CountPerBand(inputs, new int[6]));
        Assert.Equal("countsPerBand", e.ParamName);
        Assert.Contains("one element per band of the scale (7)", e.Message, StringComparison.Ordinal);
        Assert.Equal("countsPerBand", Assert.Throws<ArgumentException>(() => Capped.CountPerBandParallel(inputs, new int[8])).ParamName);
        Assert.Equal("maxDegreeOfParallelism", Assert.Throws<ArgumentOutOfRangeException>(() => Capped.CountPerBandParallel(inputs, new int[7], 0)).ParamName);
        Assert.Equal("maxDegreeOfParallelism", Assert.Throws<ArgumentOutOfRangeException>(() => Capped.CountPerBandParallel(inputs, new int[7], -2)).ParamName);
    }

    [Fact]
    public void AGrader_KeepsTheRulesItWasBuiltFor()
    {
        Assert.Same(CapaianPolicy.Capped100, Capped.Policy);
        Assert.Same(Permen, Capped.Scale);
        Assert.Equal(CapaianBasis.Capped, Capped.Basis);
    }

    [Fact]
    public void ZeroOfZero_IsFullAchievement_CappedOrRawAsTheBasisSays()
    {
        // Capped at 90: a zero of zero is 100 % raw (AA) and 90 % capped (A).
        var policy = CapaianPolicy.Capped100 with { Capping = CappingPolicy.Custom(90m, 0m), ZeroTarget = ZeroTargetPolicy.ZeroOfZeroIsFullAchievement };
        Assert.Equal("A", Code(new CapaianGrader(policy, Permen, CapaianBasis.Capped), 0m, 0m));
        Assert.Equal("AA", Code(new CapaianGrader(policy, Permen, CapaianBasis.Raw), 0m, 0m));
        Assert.Null(Code(new CapaianGrader(policy, Permen, CapaianBasis.Raw), 0m, 1m));
    }

    [Fact]
    public void CountPerBandParallel_ClearsTheCountsFirst()
    {
        CapaianInput[] inputs = [new(100m, 85m, Polarity.Positive), new(100m, null, Polarity.Positive)];
        var counts = new[] { 9, 9, 9, 9, 9, 9, 9 };
        Assert.Equal(1, Capped.CountPerBandParallel(inputs, counts));
        Assert.Equal([0, 1, 0, 0, 0, 0, 0], counts);
    }

    [Fact]
    public void ReportSizedOperands_TakeTheIntegerPath_UpToItsLimits()
    {
        var inverse = new CapaianGrader(CapaianPolicy.Uncapped with { NegativeFormula = NegativeFormula.Inverse }, Permen, CapaianBasis.Raw);
        foreach (var grader in new[] { Capped, Raw, inverse })
        {
            AssertGraded(grader, new(100m, 85m, Polarity.Positive), exactly: false);
            AssertGraded(grader, new(10m, 12m, Polarity.Negative), exactly: false);
            AssertGraded(grader, new(100m, new decimal(0, 0, 0, true, 2), Polarity.Positive), exactly: false); // −0,00 is no negative realisasi
            AssertGraded(grader, new(100m, 899.99m, Polarity.Positive), exactly: false);
            // Scales 19 apart still align (10¹⁹ fits 64 bits); 20 apart do not.
            AssertGraded(grader, new(1.0000000000000000001m, 1m, Polarity.Positive), exactly: false);
            AssertGraded(grader, new(1m, 1.0000000000000000001m, Polarity.Positive), exactly: false);
            AssertGraded(grader, new(0.15000000000000000001m, 1m, Polarity.Positive), exactly: true);
            AssertGraded(grader, new(1m, 0.15000000000000000001m, Polarity.Positive), exactly: true);
            // An operand that fits 64 bits after alignment, and one that does not.
            AssertGraded(grader, new(1_000_000_000_000_000_000.0m, 1_844_674_407_370_955_161m, Polarity.Positive), exactly: false);
            AssertGraded(grader, new(1_000_000_000_000_000_000.0m, 1_844_674_407_370_955_162m, Polarity.Positive), exactly: true);
            AssertGraded(grader, new(1_844_674_407_370_955_161m, 1_000_000_000_000_000_000.0m, Polarity.Positive), exactly: false);
            AssertGraded(grader, new(1_844_674_407_370_955_162m, 1_000_000_000_000_000_000.0m, Polarity.Positive), exactly: true);
            // Below 900 % even where 9 · target overflows 64 bits; 900 % itself is the exact path's.
            AssertGraded(grader, new(2_049_638_230_412_172_402m, 18_446_744_073_709_551_615m, Polarity.Positive), exactly: false);
            AssertGraded(grader, new(2_049_638_230_412_172_401m, 18_446_744_073_709_551_609m, Polarity.Positive), exactly: true);
            AssertGraded(grader, new(100m, 900m, Polarity.Positive), exactly: true);
            AssertGraded(grader, new(100m, -5m, Polarity.Positive), exactly: true);
        }
        // The inverse formula divides by the realisasi: 0 is the exact path's.
        AssertGraded(inverse, new(10m, 0m, Polarity.Negative), exactly: true);
        AssertGraded(inverse, new(10m, 0.001m, Polarity.Negative), exactly: true);
        AssertGraded(inverse, new(10m, 2m, Polarity.Negative), exactly: false);
    }

    [Fact]
    public void AScaleWithBoundsTooCloseForATable_IsGradedExactly()
    {
        // (10⁻²⁸, 2·10⁻²⁸) holds no decimal: no table, every item by the exact path, still graded.
        var hole = PredikatScale.CreateAsPrinted("hole",
        [
            new PredikatBand("X", "x", BandBound.Inclusive(0m), BandBound.Inclusive(0.0000000000000000000000000001m)),
            new PredikatBand("Y", "y", BandBound.Exclusive(0.0000000000000000000000000001m), BandBound.Exclusive(0.0000000000000000000000000002m)),
            new PredikatBand("Z", "z", BandBound.Inclusive(0.0000000000000000000000000002m), BandBound.Inclusive(100m)),
        ]);
        var grader = new CapaianGrader(CapaianPolicy.Capped100, hole, CapaianBasis.Capped);
        AssertGraded(grader, new(100m, 85m, Polarity.Positive), exactly: true);
        AssertGraded(grader, new(100m, 0m, Polarity.Positive), exactly: true);
        AssertGraded(grader, new(10m, 12m, Polarity.Negative), exactly: true);
        Assert.Equal(2, grader.IndexOf(new(100m, 85m, Polarity.Positive)));
    }

    // The band is the exact path's; `exactly` says whether the exact path was the one that gave it.
    private static void AssertGraded(CapaianGrader grader, CapaianInput input, bool exactly)
    {
        int before = RatioEvaluator.ExactItems;
        int band = grader.IndexOf(input);
        Assert.True((exactly ? 1 : 0) == RatioEvaluator.ExactItems - before, $"{input.Target} / {input.Realisasi}: exact path {!exactly}");
        var expected = Capaian.Calculate(input.Target, input.Realisasi, input.Polarity, grader.Policy);
        Assert.Equal(expected.HasValue ? grader.Scale.IndexOf(grader.Basis == CapaianBasis.Raw ? expected.Raw : expected.Value) : -1, band);
    }
}
