using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Sakip.Measurement.Ipp;
using Xunit;

namespace Sakip.Measurement.Tests.Ipp;

/// <summary>
/// IPP on 0–5: aspect scores → form F-02 value, sub-indicator scores → aspect scores, the
/// 75/25 composition of F-02 and F-03 (004 L409, L882, L1377) and the nine categories.
/// </summary>
public class IppCalculatorTests
{
    private static readonly IppInstrument Instrument = IppInstrument.PermenPanRb5Tahun2023;
    private static readonly PredikatScale Scale = IppScale.PermenPanRb29Tahun2022;

    private static decimal D(string invariant) => decimal.Parse(invariant, CultureInfo.InvariantCulture);

    // ---------------------------------------------------------------- F-02 from aspects

    [Fact]
    public void FromAspectScores_IsTheWeightedSumOfAspectScores()
    {
        var scores = new Dictionary<string, decimal>
        {
            ["KP"] = 4m,
            ["PR"] = 3.5m,
            ["SP"] = 3m,
            ["SI"] = 2.5m,
            ["KO"] = 4.5m,
            ["IN"] = 2m,
        };
        var f02 = IppCalculator.FromAspectScores(Instrument, scores);

        // 0,24 × 4 + 0,25 × 3,5 + 0,18 × 3 + 0,11 × 2,5 + 0,10 × 4,5 + 0,12 × 2
        // = 0,96 + 0,875 + 0,54 + 0,275 + 0,45 + 0,24 = 3,34 → B- (3,01–3,50).
        Assert.Equal(3.34m, f02.Value);
        Assert.Equal("B-", f02.Category.Code);
        Assert.Same(Instrument, f02.Instrument);
        Assert.Equal([0.96m, 0.875m, 0.54m, 0.275m, 0.45m, 0.24m], f02.Aspects.Select(a => a.Contribution).ToArray());
        Assert.Equal(["KP", "PR", "SP", "SI", "KO", "IN"], f02.Aspects.Select(a => a.Aspect.Code).ToArray());
        Assert.Equal(4m, f02.Aspects[0].Score);
    }

    [Theory]
    [InlineData("0", "F")]
    [InlineData("5", "A")]
    [InlineData("3.17", "B-")]
    public void FromAspectScores_EqualScores_GiveThatScore(string score, string category)
    {
        decimal s = D(score);
        var f02 = IppCalculator.FromAspectScores(Instrument, Instrument.Aspects.ToDictionary(a => a.Code, _ => s));
        Assert.Equal(s, f02.Value);
        Assert.Equal(category, f02.Category.Code);
    }

    [Fact]
    public void FromAspectScores_MissingUnknownOrOutOfRange_Throw()
    {
        var scores = Instrument.Aspects.ToDictionary(a => a.Code, _ => 3m);

        var missing = new Dictionary<string, decimal>(scores);
        missing.Remove("SI");
        Assert.Equal("Ipp.AspectScores[SI]", Assert.Throws<SakipDataException>(() => IppCalculator.FromAspectScores(Instrument, missing)).FieldPath);

        var unknown = new Dictionary<string, decimal>(scores) { ["XX"] = 3m };
        var ex = Assert.Throws<SakipDataException>(() => IppCalculator.FromAspectScores(Instrument, unknown));
        Assert.Equal("Ipp.AspectScores", ex.FieldPath);
        Assert.Equal("XX", ex.Value);

        var high = new Dictionary<string, decimal>(scores) { ["KO"] = 5.01m };
        ex = Assert.Throws<SakipDataException>(() => IppCalculator.FromAspectScores(Instrument, high));
        Assert.Equal("Ipp.AspectScores[KO]", ex.FieldPath);
        Assert.Equal("5.01", ex.Value);

        var low = new Dictionary<string, decimal>(scores) { ["KP"] = -0.01m };
        Assert.Equal("-0.01", Assert.Throws<SakipDataException>(() => IppCalculator.FromAspectScores(Instrument, low)).Value);
    }

    // ---------------------------------------------------------------- F-02 from sub-indicators

    [Fact]
    public void Score_FromSubIndicators_WeighsWithinThenAcrossAspects()
    {
        // Kebijakan Pelayanan: KP1 (17 %) and KP6 (17 %) score 5, the other seven score 3:
        // aspect = (34 × 5 + 66 × 3) / 100 = 3,68. Every other sub-indicator scores 4.
        // F-02 = 0,24 × 3,68 + 0,76 × 4 = 0,8832 + 3,04 = 3,9232 → B (3,51–4,00).
        var scores = Instrument.Aspects.SelectMany(a => a.SubIndicators).ToDictionary(s => s.Code, _ => 4m);
        foreach (var sub in Instrument.Aspects[0].SubIndicators)
        {
            scores[sub.Code] = sub.Code is "KP1" or "KP6" ? 5m : 3m;
        }
        var f02 = IppCalculator.Score(Instrument, scores);
        Assert.Equal(3.68m, f02.Aspects[0].Score);
        Assert.Equal(4m, f02.Aspects[1].Score);
        Assert.Equal(3.9232m, f02.Value);
        Assert.Equal("B", f02.Category.Code);
    }

    [Fact]
    public void Score_MissingUnknownOrOutOfRange_Throw()
    {
        var scores = Instrument.Aspects.SelectMany(a => a.SubIndicators).ToDictionary(s => s.Code, _ => 4m);

        var missing = new Dictionary<string, decimal>(scores);
        missing.Remove("SP3");
        Assert.Equal("Ipp.Scores[SP3]", Assert.Throws<SakipDataException>(() => IppCalculator.Score(Instrument, missing)).FieldPath);

        var unknown = new Dictionary<string, decimal>(scores) { ["KP10"] = 4m };
        Assert.Equal("KP10", Assert.Throws<SakipDataException>(() => IppCalculator.Score(Instrument, unknown)).Value);

        var high = new Dictionary<string, decimal>(scores) { ["IN2"] = 6m };
        var ex = Assert.Throws<SakipDataException>(() => IppCalculator.Score(Instrument, high));
        Assert.Equal("Ipp.Scores[IN2]", ex.FieldPath);
        Assert.Equal("6", ex.Value);
    }

    // ---------------------------------------------------------------- composition F-02 / F-03

    [Fact]
    public void Compose_Default_Is75PercentF02Plus25PercentF03()
    {
        // 0,75 × 3,2 + 0,25 × 3,1 = 2,4 + 0,775 = 3,175 → B- (3,01–3,50).
        decimal ipp = IppCalculator.Compose(3.2m, 3.1m, IppComposition.Default);
        Assert.Equal(3.175m, ipp);
        Assert.Equal("B-", Scale.Classify(ipp).Code);
        Assert.Equal(75m, IppComposition.Default.F02Share);
        Assert.Equal(25m, IppComposition.Default.F03Share);
    }

    [Fact]
    public void Compose_OtherShares_AreData()
    {
        // 60/40: 0,6 × 4 + 0,4 × 3 = 3,6; 100/0 ignores F-03.
        Assert.Equal(3.6m, IppCalculator.Compose(4m, 3m, new IppComposition(60m, 40m)));
        Assert.Equal(4m, IppCalculator.Compose(4m, 0m, new IppComposition(100m, 0m)));
    }

    [Theory]
    [InlineData("70", "25", "95")]
    [InlineData("75", "26", "101")]
    [InlineData("50", "49.99", "99.99")]
    public void Composition_SharesNotSummingTo100_Throw(string f02, string f03, string sum)
    {
        var ex = Assert.Throws<SakipDataException>(() => new IppComposition(D(f02), D(f03)));
        Assert.Equal("Ipp.Composition", ex.FieldPath);
        Assert.Equal(sum, ex.Value);
    }

    [Fact]
    public void Composition_ShareOutside0To100_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new IppComposition(110m, -10m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new IppComposition(-25m, 125m));
    }

    [Theory]
    [InlineData("5.01", "3", "Ipp.F02")]
    [InlineData("-0.01", "3", "Ipp.F02")]
    [InlineData("3", "5.01", "Ipp.F03")]
    [InlineData("3", "-0.01", "Ipp.F03")]
    public void Compose_ScoreOutside0To5_Throws(string f02, string f03, string path)
    {
        var ex = Assert.Throws<SakipDataException>(() => IppCalculator.Compose(D(f02), D(f03), IppComposition.Default));
        Assert.Equal(path, ex.FieldPath);
    }

    [Fact]
    public void Compose_EndsOfTheScale_AreAccepted()
    {
        Assert.Equal(0m, IppCalculator.Compose(0m, 0m, IppComposition.Default));
        Assert.Equal(5m, IppCalculator.Compose(5m, 5m, IppComposition.Default));
        Assert.Throws<ArgumentNullException>(() => IppCalculator.Compose(3m, 3m, null!));
    }

    [Fact]
    public void EveryEntryPoint_NamesItsNullArgument()
    {
        var scores = new Dictionary<string, decimal>();
        Assert.Equal("instrument", Assert.Throws<ArgumentNullException>(() => IppCalculator.Score(null!, scores)).ParamName);
        Assert.Equal("subIndicatorScores", Assert.Throws<ArgumentNullException>(() => IppCalculator.Score(Instrument, null!)).ParamName);
        Assert.Equal("instrument", Assert.Throws<ArgumentNullException>(() => IppCalculator.FromAspectScores(null!, scores)).ParamName);
        Assert.Equal("aspectScores", Assert.Throws<ArgumentNullException>(() => IppCalculator.FromAspectScores(Instrument, null!)).ParamName);
        Assert.Equal("composition", Assert.Throws<ArgumentNullException>(() => IppCalculator.Compose(3m, 3m, null!)).ParamName);
    }
}
