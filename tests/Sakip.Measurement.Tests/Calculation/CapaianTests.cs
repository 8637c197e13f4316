using System;
using Sakip.Measurement.Tests.Utility;
using Xunit;

namespace Sakip.Measurement.Tests.Calculation;

public class CapaianTests
{
    [Fact]
    public void Calculate_Positive_IsRealisasiOverTarget()
    {
        var r = Capaian.Calculate(93m, 88.25m, Polarity.Positive, CapaianPolicy.Capped100);
        Assert.Equal(CapaianStatus.Computed, r.Status);
        Assert.Equal(CapaianRule.Positive, r.Rule);
        Assert.Equal(94.8924731182795699m, r.Raw);
        Assert.Equal(r.Raw, r.Value);
        Assert.False(r.WasCapped);
    }

    [Fact]
    public void Calculate_AboveCeiling_KeepsRawAndCapsValue()
    {
        var r = Capaian.Calculate(80m, 89m, Polarity.Positive, CapaianPolicy.Capped100);
        Assert.Equal(111.25m, r.Raw);
        Assert.Equal(100m, r.Value);
        Assert.Equal(CapAdjustment.Ceiling, r.Adjustment);
    }

    [Fact]
    public void Calculate_Uncapped_LeavesValueAsRaw()
    {
        var r = Capaian.Calculate(67m, 80.41m, Polarity.Positive, CapaianPolicy.Uncapped);
        Assert.Equal(120.0149253731343284m, r.Value);
        Assert.Equal(CapAdjustment.None, r.Adjustment);
    }

    [Fact]
    public void Calculate_CustomCeiling120_CapsAt120()
    {
        var policy = CapaianPolicy.Uncapped with { Capping = CappingPolicy.Custom(120m, 0m) };
        Assert.Equal(120m, Capaian.Calculate(10m, 15m, Polarity.Positive, policy).Value);
        Assert.Equal(110m, Capaian.Calculate(10m, 11m, Polarity.Positive, policy).Value);
    }

    [Fact]
    public void Calculate_NegativeRegulation_IsTwiceTargetMinusRealisasiOverTarget()
    {
        // target 10 complaints, 12 received: (10 - (12 - 10)) / 10 x 100 = 80
        var r = Capaian.Calculate(10m, 12m, Polarity.Negative, CapaianPolicy.Capped100);
        Assert.Equal(CapaianRule.NegativeRegulation, r.Rule);
        Assert.Equal(80m, r.Raw);
    }

    [Fact]
    public void Calculate_NegativeBelowFloor_IsFlooredAtZero()
    {
        var r = Capaian.Calculate(10m, 25m, Polarity.Negative, CapaianPolicy.Capped100);
        Assert.Equal(-50m, r.Raw);
        Assert.Equal(0m, r.Value);
        Assert.Equal(CapAdjustment.Floor, r.Adjustment);
    }

    [Fact]
    public void Calculate_NegativeInverse_IsTargetOverRealisasi()
    {
        var policy = CapaianPolicy.Uncapped with { NegativeFormula = NegativeFormula.Inverse };
        var r = Capaian.Calculate(10m, 8m, Polarity.Negative, policy);
        Assert.Equal(CapaianRule.NegativeInverse, r.Rule);
        Assert.Equal(125m, r.Raw);
    }

    [Fact]
    public void Calculate_NegativeInverseWithZeroRealisasi_HasNoCapaian()
    {
        var policy = CapaianPolicy.Uncapped with { NegativeFormula = NegativeFormula.Inverse };
        var r = Capaian.Calculate(10m, 0m, Polarity.Negative, policy);
        Assert.Equal(CapaianStatus.ZeroRealisasi, r.Status);
        Assert.Throws<InvalidOperationException>(() => r.Value);
    }

    [Fact]
    public void Calculate_MissingRealisasi_IsNoRealisasiNotZero()
    {
        var r = Capaian.Calculate(100m, null, Polarity.Positive, CapaianPolicy.Capped100);
        Assert.Equal(CapaianStatus.NoRealisasi, r.Status);
        Assert.False(r.HasValue);
        Assert.Null(r.ValueOrNull);
        Assert.Throws<InvalidOperationException>(() => r.Raw);
    }

    [Fact]
    public void Calculate_NegativeZeroOfZero_Is100UnderDefaultPolicy()
    {
        var r = Capaian.Calculate(0m, 0m, Polarity.Negative, CapaianPolicy.Capped100);
        Assert.Equal(CapaianRule.ZeroOfZero, r.Rule);
        Assert.Equal(100m, r.Value);
    }

    [Theory]
    [InlineData(Polarity.Positive, 0)]
    [InlineData(Polarity.Positive, 5)]
    [InlineData(Polarity.Negative, 5)]
    public void Calculate_OtherZeroTargets_HaveNoCapaian(Polarity polarity, int realisasi)
    {
        var r = Capaian.Calculate(0m, realisasi, polarity, CapaianPolicy.Capped100);
        Assert.Equal(CapaianStatus.ZeroTarget, r.Status);
    }

    [Fact]
    public void Calculate_ZeroOfZeroPolicy_Gives100ForPositiveToo()
    {
        var policy = CapaianPolicy.Capped100 with { ZeroTarget = ZeroTargetPolicy.ZeroOfZeroIsFullAchievement };
        Assert.Equal(100m, Capaian.Calculate(0m, 0m, Polarity.Positive, policy).Value);
        var strict = CapaianPolicy.Capped100 with { ZeroTarget = ZeroTargetPolicy.NoCapaian };
        Assert.Equal(CapaianStatus.ZeroTarget, Capaian.Calculate(0m, 0m, Polarity.Negative, strict).Status);
    }

    [Fact]
    public void Calculate_RatioBeyondDecimalRange_IsOutOfRangeNotAnException()
    {
        var r = Capaian.Calculate(0.0000000000000000000000001m, 1_000_000m, Polarity.Positive, CapaianPolicy.Capped100);
        Assert.Equal(CapaianStatus.OutOfRange, r.Status);
        Assert.Equal(CapaianStatus.OutOfRange, Capaian.Calculate(0.0000000000000000000000001m, 1_000_000m, Polarity.Negative, CapaianPolicy.Capped100).Status);
    }

    [Fact]
    public void Calculate_NegativeTarget_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Capaian.Calculate(-1m, 5m, Polarity.Positive, CapaianPolicy.Capped100));
        Assert.Equal("target", ex.ParamName);
    }

    [Theory]
    [InlineData(3, 100, CapaianRule.RangeInside)]
    [InlineData(2, 100, CapaianRule.RangeInside)]
    [InlineData(4, 100, CapaianRule.RangeInside)]
    [InlineData(5, 75, CapaianRule.RangeAbove)]     // upper bound 4 as negative target: (8 - 5) / 4
    [InlineData(1, 50, CapaianRule.RangeBelow)]     // lower bound 2 as positive target: 1 / 2
    public void CalculateRange_InflationTwoToFour_UsesTheNearestBound(int realisasi, int expected, CapaianRule rule)
    {
        var r = Capaian.CalculateRange(2m, 4m, realisasi, CapaianPolicy.Uncapped);
        Assert.Equal(rule, r.Rule);
        Assert.Equal(expected, r.Raw);
    }

    [Fact]
    public void Calculate_GradeWithScores_UsesTheScores()
    {
        var target = IndicatorValue.FromGrade(OrdinalScale.SakipGrade["BB"], 80m);
        var actual = IndicatorValue.FromGrade(OrdinalScale.SakipGrade["B"], 61m);
        var r = Capaian.Calculate(Target.Of(target), actual, Polarity.Positive, CapaianPolicy.Capped100);
        Assert.Equal(CapaianRule.OrdinalScore, r.Rule);
        Assert.Equal(76.25m, r.Raw);
    }

    [Fact]
    public void Calculate_GradesWithoutScores_MetOrNotMetByDefault()
    {
        var wdp = IndicatorValue.FromGrade(OrdinalScale.AuditOpinion["WDP"]);
        var wtp = IndicatorValue.FromGrade(OrdinalScale.AuditOpinion["WTP"]);
        Assert.Equal(100m, Capaian.Calculate(Target.Of(wdp), wtp, Polarity.Positive, CapaianPolicy.Capped100).Value);
        var notMet = Capaian.Calculate(Target.Of(wtp), wdp, Polarity.Positive, CapaianPolicy.Capped100);
        Assert.Equal(CapaianRule.OrdinalMet, notMet.Rule);
        Assert.Equal(0m, notMet.Value);
    }

    [Fact]
    public void Calculate_GradesWithoutScores_RankRatioWhenAsked()
    {
        var policy = CapaianPolicy.Uncapped with { OrdinalMethod = OrdinalCapaianMethod.RankRatio };
        var target = IndicatorValue.FromGrade(OrdinalScale.AuditOpinion["WTP"]); // rank 4 of 4
        var actual = IndicatorValue.FromGrade(OrdinalScale.AuditOpinion["WDP"]); // rank 3 of 4
        Assert.Equal(75m, Capaian.Calculate(Target.Of(target), actual, Polarity.Positive, policy).Raw);
    }

    [Fact]
    public void Calculate_GradeAgainstNumberWithoutScore_IsNotComparable()
    {
        var grade = IndicatorValue.FromGrade(OrdinalScale.AuditOpinion["WTP"]);
        var r = Capaian.Calculate(Target.Of(90m), grade, Polarity.Positive, CapaianPolicy.Capped100);
        Assert.Equal(CapaianStatus.NotComparable, r.Status);
    }

    [Fact]
    public void Calculate_GradesOfDifferentScales_AreNotComparable()
    {
        var a = IndicatorValue.FromGrade(OrdinalScale.AuditOpinion["WTP"]);
        var b = IndicatorValue.FromGrade(OrdinalScale.SakipGrade["A"]);
        Assert.Equal(CapaianStatus.NotComparable, Capaian.Calculate(Target.Of(a), b, Polarity.Positive, CapaianPolicy.Capped100).Status);
    }

    [Fact]
    public void Default_CapaianResult_HasNoValue()
    {
        CapaianResult r = default;
        Assert.Equal(CapaianStatus.NotCalculated, r.Status);
        Assert.False(r.TryGetValue(out _));
    }

    [Fact]
    public void Policy_RejectsNullPolicies_NamingTheValue()
    {
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => CapaianPolicy.Capped100 with { Capping = null! }).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => CapaianPolicy.Capped100 with { NegativeFormula = null! }).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => CapaianPolicy.Capped100 with { ZeroTarget = null! }).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => CapaianPolicy.Capped100 with { OrdinalMethod = null! }).ParamName);
        Assert.Throws<ArgumentException>(() => CappingPolicy.Custom(50m, 60m));
    }

    [Fact]
    public void Batch_AgreesWithSingleCalls_AndMarksMissingRealisasi()
    {
        CapaianInput[] inputs =
        [
            new(100m, 85.23m, Polarity.Positive),
            new(80m, 89m, Polarity.Positive),
            new(10m, 12m, Polarity.Negative),
            new(100m, null, Polarity.Positive),
            new(0m, 0m, Polarity.Negative),
        ];
        var results = new CapaianResult[inputs.Length];
        var bands = new int[inputs.Length];
        CapaianBatch.Evaluate(inputs, CapaianPolicy.Capped100, PredikatScale.PermenPanRb88Tahun2021, CapaianBasis.Capped, results, bands);
        for (int i = 0; i < inputs.Length; i++)
        {
            Assert.Equal(Capaian.Calculate(inputs[i].Target, inputs[i].Realisasi, inputs[i].Polarity, CapaianPolicy.Capped100), results[i]);
        }
        var scale = PredikatScale.PermenPanRb88Tahun2021;
        Assert.Equal(["A", "AA", "BB"], new[] { scale.Bands[bands[0]].Code, scale.Bands[bands[1]].Code, scale.Bands[bands[2]].Code });
        Assert.Equal(-1, bands[3]);
        var counts = new int[scale.Bands.Count];
        Assert.Equal(1, CapaianBatch.CountPerBand(bands, counts));
        Assert.Equal(2, counts[0]); // AA: 100 (capped) and the zero-of-zero 100
    }

    [Fact]
    public void Batch_ShortOutputSpan_Throws()
    {
        var inputs = new CapaianInput[2];
        Assert.Throws<ArgumentException>(() => CapaianBatch.Calculate(inputs, CapaianPolicy.Capped100, new CapaianResult[1]));
    }

    // Issue 10, defect 4: an input whose negative-formula capaian lies beyond the decimal range
    // used to throw OverflowException from "200 − ratio".
    [Fact]
    public void Calculate_NegativeFormulaBeyondDecimalRange_IsOutOfRangeNotAnException()
    {
        var r = Capaian.Calculate(100m, decimal.MinValue, Polarity.Negative, CapaianPolicy.Capped100);
        Assert.Equal(CapaianStatus.OutOfRange, r.Status);
    }

    [Fact]
    public void Calculate_NegativeFormulaForALargeNegativeRealisasi_IsRoundedOnceNotThrown()
    {
        // (2·1 − (−10^15)) / 1 × 100 = 200 + 10^17, exactly representable.
        var r = Capaian.Calculate(1m, -1_000_000_000_000_000m, Polarity.Negative, CapaianPolicy.Uncapped);
        Assert.Equal(100_000_000_000_000_200m, r.Raw);
    }

    [Fact]
    public void Calculate_RatioExactlyAtTheDecimalMaximum_IsComputedNotOutOfRange()
    {
        // 792281625142643375935439503,35 / 1 × 100 = 79228162514264337593543950335 = decimal.MaxValue.
        var r = Capaian.Calculate(1m, 792281625142643375935439503.35m, Polarity.Positive, CapaianPolicy.Uncapped);
        Assert.Equal(CapaianStatus.Computed, r.Status);
        Assert.Equal(decimal.MaxValue, r.Raw);
    }

    [Fact]
    public void Calculate_OperandsBeyond64BitMantissas_AreRoundedOnceTo16Places()
    {
        // Issue 10, defect 3: the general path rounded to 28 digits, then to 16 places.
        // Exact: 751718536,08950877444769 / 0,73 × 100 = 102975141930,069695129820547945205…
        var r = Capaian.Calculate(0.73m, 751718536.08950877444769m, Polarity.Positive, CapaianPolicy.Uncapped);
        Assert.Equal(102975141930.0696951298205479m, r.Raw);
    }

    [Fact]
    public void Batch_AnItemBeyondTheDecimalRange_GetsAStatus_AndTheRestAreComputed()
    {
        var results = new CapaianResult[3];
        var bands = new int[3];
        CapaianBatch.Evaluate(
            [new CapaianInput(100m, 50m, Polarity.Positive), new CapaianInput(100m, decimal.MinValue, Polarity.Negative), new CapaianInput(93m, 88.25m, Polarity.Positive)],
            CapaianPolicy.Capped100, PredikatScale.PermenPanRb88Tahun2021, CapaianBasis.Capped, results, bands);
        Assert.Equal(50m, results[0].Value);
        Assert.Equal(CapaianStatus.OutOfRange, results[1].Status);
        Assert.Equal(-1, bands[1]);
        Assert.Equal(94.8924731182795699m, results[2].Value);
        Assert.Equal("AA", PredikatScale.PermenPanRb88Tahun2021.Bands[bands[2]].Code);
    }

    [Fact]
    public void Policies_AreObjectsThatNameTheirRule()
    {
        Assert.Equal(CapaianRule.NegativeRegulation, NegativeFormula.Regulation.Rule);
        Assert.Equal(CapaianRule.NegativeInverse, NegativeFormula.Inverse.Rule);
        Assert.Equal("target / realisasi × 100", NegativeFormula.Inverse.ToString());
        Assert.Equal(CapaianRule.OrdinalRankRatio, OrdinalCapaianMethod.RankRatio.Rule);
        Assert.Equal(NegativeFormula.Regulation, CapaianPolicy.Uncapped.NegativeFormula);
        Assert.Equal(ZeroTargetPolicy.NegativeZeroIsFullAchievement, CapaianPolicy.Uncapped.ZeroTarget);
        Assert.Equal(OrdinalCapaianMethod.MetOrNotMet, CapaianPolicy.Uncapped.OrdinalMethod);
    }

    [Fact]
    public void Calculate_OfReportFigures_AllocatesNothing()
    {
        // "All methods are pure and allocation-free": every formula, capped and uncapped.
        var inverse = CapaianPolicy.Uncapped with { NegativeFormula = NegativeFormula.Inverse };
        var target = Target.Of(IndicatorValue.FromGrade(OrdinalScale.SakipGrade["BB"], 80m));
        var realisasi = IndicatorValue.FromGrade(OrdinalScale.SakipGrade["B"], 61m);
        long allocated = TestHelper.AllocatedBytes(() =>
        {
            Capaian.Calculate(93m, 88.25m, Polarity.Positive, CapaianPolicy.Capped100);
            Capaian.Calculate(93m, 0m, Polarity.Positive, CapaianPolicy.Capped100);
            Capaian.Calculate(80m, 89m, Polarity.Positive, CapaianPolicy.Capped100);
            Capaian.Calculate(3.5m, 4.2m, Polarity.Negative, CapaianPolicy.Capped100);
            Capaian.Calculate(3.5m, 4.2m, Polarity.Negative, inverse);
            Capaian.Calculate(0m, 0m, Polarity.Negative, CapaianPolicy.Capped100);
            Capaian.CalculateRange(2m, 4m, 5m, CapaianPolicy.Capped100);
            Capaian.Calculate(target, realisasi, Polarity.Positive, CapaianPolicy.Capped100);
        });
        Assert.Equal(0, allocated);
    }
}
