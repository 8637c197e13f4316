using System;
using Sakip.Measurement.Tests.Model;
using Xunit;

namespace Sakip.Measurement.Tests.Calculation;

/// <summary>
/// <see cref="Capaian"/>: every entry point's caller checks (the parameter each exception names,
/// and its message) and the branches between its entry points.
/// </summary>
public class CapaianGuardTests
{
    private static readonly CapaianPolicy Policy = CapaianPolicy.Capped100;
    private static readonly IndicatorValue Bb80 = IndicatorValue.FromGrade(OrdinalScale.SakipGrade["BB"], 80m);

    [Fact]
    public void EveryEntryPoint_NullPolicy_NamesThePolicy()
    {
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => Capaian.Calculate(1m, 1m, Polarity.Positive, null!)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => Capaian.CalculateRange(1m, 2m, 1m, null!)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => Capaian.Calculate(Target.Of(1m), IndicatorValue.FromNumber(1m), Polarity.Positive, null!)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => Capaian.CalculateOrdinal(Bb80, Bb80, Polarity.Positive, null!)).ParamName);
        var indikator = Fixtures.Numeric("IK1", 100m, 90m);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => Capaian.ForYear(indikator, Fixtures.Y2023, null!)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => Capaian.ForQuarter(indikator, Fixtures.Y2023.Quarter(1), null!)).ParamName);
        Assert.Equal("indikator", Assert.Throws<ArgumentNullException>(() => Capaian.ForYear(null!, Fixtures.Y2023, Policy)).ParamName);
        Assert.Equal("indikator", Assert.Throws<ArgumentNullException>(() => Capaian.ForQuarter(null!, Fixtures.Y2023.Quarter(1), Policy)).ParamName);
    }

    [Fact]
    public void EveryEntryPoint_UndefinedPolarity_NamesThePolarity()
    {
        var undefined = (Polarity)9;
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Capaian.Calculate(1m, 1m, undefined, Policy));
        Assert.Equal("polarity", e.ParamName);
        Assert.Contains("Undefined polarity", e.Message, StringComparison.Ordinal);
        Assert.Equal("polarity", Assert.Throws<ArgumentOutOfRangeException>(() => Capaian.Calculate(Target.Of(1m), IndicatorValue.FromNumber(1m), undefined, Policy)).ParamName);
        Assert.Equal("polarity", Assert.Throws<ArgumentOutOfRangeException>(() => Capaian.CalculateOrdinal(Bb80, Bb80, undefined, Policy)).ParamName);
    }

    [Fact]
    public void NegativeTargets_AreRefused_NamingTheTargetParameter()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Capaian.Calculate(-1m, 1m, Polarity.Positive, Policy));
        Assert.Equal("target", e.ParamName);
        Assert.Contains("A target must not be negative", e.Message, StringComparison.Ordinal);
        Assert.Equal("lower", Assert.Throws<ArgumentOutOfRangeException>(() => Capaian.CalculateRange(-1m, 2m, 1m, Policy)).ParamName);
        Assert.Equal("target", Assert.Throws<ArgumentOutOfRangeException>(() => Capaian.Calculate(Target.Range(-1m, 2m), IndicatorValue.FromNumber(1m), Polarity.Positive, Policy)).ParamName);
        Assert.Equal("target", Assert.Throws<ArgumentOutOfRangeException>(() => Capaian.Calculate(Target.Of(-1m), IndicatorValue.FromNumber(1m), Polarity.Positive, Policy)).ParamName);
        var negativeScore = IndicatorValue.FromGrade(OrdinalScale.SakipGrade["BB"], -5m);
        Assert.Equal("target", Assert.Throws<ArgumentOutOfRangeException>(() => Capaian.CalculateOrdinal(negativeScore, Bb80, Polarity.Positive, Policy)).ParamName);
    }

    [Fact]
    public void CalculateRange_UpperBelowLower_IsRefused_AnEqualPairIsASingleValueRange()
    {
        var e = Assert.Throws<ArgumentException>(() => Capaian.CalculateRange(4m, 2m, 3m, Policy));
        Assert.Equal("upper", e.ParamName);
        Assert.Contains("upper bound 2 is below its lower bound 4", e.Message, StringComparison.Ordinal);
        Assert.Equal(CapaianRule.RangeInside, Capaian.CalculateRange(3m, 3m, 3m, Policy).Rule);
        Assert.Equal(CapaianStatus.NoRealisasi, Capaian.CalculateRange(2m, 4m, null, Policy).Status);
    }

    [Fact]
    public void RangeTarget_WithANumber_IsMeasured_WithAGrade_IsNotComparable()
    {
        Assert.Equal(CapaianRule.RangeAbove, Capaian.Calculate(Target.Range(2m, 4m), IndicatorValue.FromNumber(5m), Polarity.Positive, Policy).Rule);
        Assert.Equal(CapaianStatus.NotComparable, Capaian.Calculate(Target.Range(2m, 4m), Bb80, Polarity.Positive, Policy).Status);
    }

    [Fact]
    public void AGradeWithScoreAgainstANumber_IsMeasuredOnTheScore_AndSaysSo()
    {
        var number = IndicatorValue.FromNumber(80m);
        var b61 = IndicatorValue.FromGrade(OrdinalScale.SakipGrade["B"], 61m);
        Assert.Equal(CapaianRule.OrdinalScore, Capaian.CalculateOrdinal(number, b61, Polarity.Positive, Policy).Rule);
        Assert.Equal(CapaianRule.OrdinalScore, Capaian.CalculateOrdinal(Bb80, IndicatorValue.FromNumber(61m), Polarity.Positive, Policy).Rule);
        Assert.Equal(76.25m, Capaian.CalculateOrdinal(Bb80, b61, Polarity.Positive, Policy).Raw);
        Assert.Equal(CapaianRule.Positive, Capaian.CalculateOrdinal(number, IndicatorValue.FromNumber(61m), Polarity.Positive, Policy).Rule);
    }

    [Fact]
    public void AGradeEqualToItsTarget_IsMet()
    {
        var bb = IndicatorValue.FromGrade(OrdinalScale.SakipGrade["BB"]);
        Assert.Equal(100m, Capaian.CalculateOrdinal(bb, bb, Polarity.Positive, Policy).Value);
        Assert.Equal(0m, Capaian.CalculateOrdinal(bb, IndicatorValue.FromGrade(OrdinalScale.SakipGrade["B"]), Polarity.Positive, Policy).Value);
    }

    [Fact]
    public void ForYear_AYearWithoutATarget_IsNoTarget_NotZero()
    {
        var indikator = new Indikator("IK1", "x", "%", Polarity.Positive, TargetKind.SingleValue,
            [new IndicatorYear(Fixtures.Y2023, realisasi: IndicatorValue.FromNumber(90m))]);
        Assert.Equal(CapaianStatus.NoTarget, Capaian.ForYear(indikator, Fixtures.Y2023, Policy).Status);
        Assert.Equal(90m, Capaian.ForYear(Fixtures.Numeric("IK2", 100m, 90m), Fixtures.Y2023, Policy).Value);
    }

    [Fact]
    public void ForYear_NullPolicy_IsRefusedEvenWithoutATarget()
    {
        var noTarget = new Indikator("IK1", "x", "%", Polarity.Positive, TargetKind.SingleValue, [new IndicatorYear(Fixtures.Y2023)]);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => Capaian.ForYear(noTarget, Fixtures.Y2023, null!)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => Capaian.ForQuarter(noTarget, Fixtures.Y2023.Quarter(1), null!)).ParamName);
    }
}
