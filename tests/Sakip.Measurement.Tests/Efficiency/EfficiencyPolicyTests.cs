using Xunit;

namespace Sakip.Measurement.Tests.Efficiency;

public class EfficiencyPolicyTests
{
    [Theory]
    [InlineData(89, 80.35, EfficiencyLevel.Efisien)]        // Mayang Tabel 3.7 L914
    [InlineData(100, 99.56, EfficiencyLevel.Efisien)]       // L915
    [InlineData(94.89, 99.56, EfficiencyLevel.TidakEfisien)] // M18: with the Tabel 3.1 capaian
    [InlineData(80, 80, EfficiencyLevel.TidakEfisien)]      // equal is not above
    public void CapaianAboveSerapan_IsEfficientOnlyWhenCapaianIsAbove(double capaian, double serapan, EfficiencyLevel level) =>
        Assert.Equal(level, EfficiencyPolicy.CapaianAboveSerapan.Evaluate((decimal)capaian, (decimal)serapan).Level);

    [Theory]
    [InlineData(100, 71.11, EfficiencyLevel.Efisien)]       // Kencong tabel 3.7 L838
    [InlineData(99.81, 99.46, EfficiencyLevel.TidakEfisien)] // L840: target not reached
    [InlineData(120, 100, EfficiencyLevel.TidakEfisien)]    // reached, but the whole budget spent
    [InlineData(100, 99.99, EfficiencyLevel.Efisien)]
    public void TargetReachedFirst_NeedsTheTarget_ThenASerapanBelow100(double capaian, double serapan, EfficiencyLevel level) =>
        Assert.Equal(level, EfficiencyPolicy.TargetReachedFirst.Evaluate((decimal)capaian, (decimal)serapan).Level);

    [Theory]
    [InlineData(100, 94.99, EfficiencyLevel.Efisien)]
    [InlineData(100, 95, EfficiencyLevel.CukupEfisien)]     // gap exactly 5: inside the neutral band
    [InlineData(95, 100, EfficiencyLevel.CukupEfisien)]     // gap exactly −5
    [InlineData(94.99, 100, EfficiencyLevel.TidakEfisien)]
    public void GapBands_Default_IsPlusMinusFivePoints_BoundsIncludedInTheMiddle(double capaian, double serapan, EfficiencyLevel level)
    {
        var verdict = EfficiencyPolicy.GapBands().Evaluate((decimal)capaian, (decimal)serapan);
        Assert.Equal(level, verdict.Level);
        Assert.Equal((decimal)capaian - (decimal)serapan, verdict.Measure);
    }

    [Fact]
    public void GapBands_ThresholdsAreParameters()
    {
        var strict = EfficiencyPolicy.GapBands(10m, 0m);
        Assert.Equal(EfficiencyLevel.CukupEfisien, strict.Evaluate(100m, 95m).Level);
        Assert.Equal(EfficiencyLevel.TidakEfisien, strict.Evaluate(94m, 95m).Level);
        Assert.Equal("inefficientBelow", Assert.Throws<System.ArgumentException>(() => EfficiencyPolicy.GapBands(0m, 1m)).ParamName);
    }

    [Theory]
    [InlineData(100, 100, EfficiencyLevel.Efisien)]
    [InlineData(90, 100, EfficiencyLevel.CukupEfisien)]
    [InlineData(89.99, 100, EfficiencyLevel.TidakEfisien)]
    public void RatioBands_Default_EfficientFromOne_FairFromNinetyPercent(double capaian, double serapan, EfficiencyLevel level) =>
        Assert.Equal(level, EfficiencyPolicy.RatioBands().Evaluate((decimal)capaian, (decimal)serapan).Level);

    [Fact]
    public void RatioBands_ZeroSerapan_IsNotAssessed()
    {
        var verdict = EfficiencyPolicy.RatioBands().Evaluate(100m, 0m);
        Assert.Equal(EfficiencyLevel.NotAssessed, verdict.Level);
        Assert.Null(verdict.Measure);
        Assert.Equal("efficientFrom", Assert.Throws<System.ArgumentOutOfRangeException>(() => EfficiencyPolicy.RatioBands(0m)).ParamName);
        Assert.Equal("fairFrom", Assert.Throws<System.ArgumentException>(() => EfficiencyPolicy.RatioBands(1m, 2m)).ParamName);
    }

    [Fact]
    public void Verdict_CarriesItsInputs_ThePolicy_AndAnExplanationInBothLanguages()
    {
        var v = EfficiencyPolicy.TargetReachedFirst.Evaluate(100m, 71.106m);
        Assert.Equal(100m, v.Capaian);
        Assert.Equal(71.106m, v.Serapan);
        Assert.Equal(EfficiencyPolicy.TargetReachedFirst.Name, v.Policy);
        Assert.Equal("Efisien: target kinerja tercapai (100,00%) dengan serapan anggaran 71,11%, di bawah 100%.", v.Explanation);
        Assert.Equal("Efficient: the performance target was reached (100.00%) with a budget absorption of 71.11%, below 100%.", v.ExplanationEnglish);
    }

    [Fact]
    public void Evaluate_MissingCapaianOrSerapan_IsNotAssessed_AndSaysWhich()
    {
        var noCapaian = EfficiencyPolicy.CapaianAboveSerapan.Evaluate(null, SerapanResult.Calculate(1m, 2m));
        Assert.Equal(EfficiencyLevel.NotAssessed, noCapaian.Level);
        Assert.Contains("capaian", noCapaian.Explanation, System.StringComparison.Ordinal);
        var noSerapan = EfficiencyPolicy.CapaianAboveSerapan.Evaluate(90m, SerapanResult.Calculate(1m, 0m));
        Assert.Equal(EfficiencyLevel.NotAssessed, noSerapan.Level);
        Assert.Contains("absorption", noSerapan.ExplanationEnglish, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_IsThePolicyAndItsParameters()
    {
        Assert.Equal(EfficiencyPolicy.GapBands(), EfficiencyPolicy.GapBands(5m, -5m));
        Assert.Equal(EfficiencyPolicy.GapBands().GetHashCode(), EfficiencyPolicy.GapBands(5m, -5m).GetHashCode());
        Assert.NotEqual(EfficiencyPolicy.GapBands(), EfficiencyPolicy.GapBands(6m));
        Assert.Equal(EfficiencyPolicy.RatioBands(), EfficiencyPolicy.RatioBands());
        Assert.NotEqual(EfficiencyPolicy.CapaianAboveSerapan, EfficiencyPolicy.TargetReachedFirst);
        Assert.Equal(EfficiencyPolicy.CapaianAboveSerapan.Name, EfficiencyPolicy.CapaianAboveSerapan.ToString());
    }
}
