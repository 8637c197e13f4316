using Xunit;

namespace Sakip.Measurement.Tests.Efficiency;

public class EfficiencyPolicyTests
{
    [Fact]
    public void Verdict_Label_IsTheWordReportsPrintForItsLevel()
    {
        var gaps = EfficiencyPolicy.GapBands();
        Assert.Equal("Efisien", gaps.Evaluate(110m, 100m).Label);
        Assert.Equal("Cukup efisien", gaps.Evaluate(100m, 100m).Label);
        Assert.Equal("Tidak efisien", gaps.Evaluate(80m, 100m).Label);
        Assert.Equal("Tidak dinilai", EfficiencyPolicy.CapaianAboveSerapan.Evaluate(null, default).Label);
    }

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

    [Fact]
    public void Thresholds_MayBeEqual_ButNotReversedOrNonPositive_AndTheMessageSaysWhy()
    {
        Assert.Equal(EfficiencyLevel.Efisien, EfficiencyPolicy.GapBands(5m, 5m).Evaluate(100m, 94m).Level);
        Assert.Equal(EfficiencyLevel.Efisien, EfficiencyPolicy.RatioBands(1m, 1m).Evaluate(100m, 100m).Level);
        var gap = Assert.Throws<System.ArgumentException>(() => EfficiencyPolicy.GapBands(5m, 6m));
        Assert.Contains("lower threshold", gap.Message, System.StringComparison.Ordinal);
        var ratio = Assert.Throws<System.ArgumentException>(() => EfficiencyPolicy.RatioBands(1m, 1.1m));
        Assert.Contains("lower threshold", ratio.Message, System.StringComparison.Ordinal);
        Assert.Equal("fairFrom", Assert.Throws<System.ArgumentOutOfRangeException>(() => EfficiencyPolicy.RatioBands(1m, 0m)).ParamName);
    }

    [Theory]
    [InlineData(0, 100, 0, "Efisien: capaian kinerja 100,00% lebih tinggi dari serapan anggaran 80,00%.", "Efficient: the performance achievement 100.00% is above the budget absorption 80.00%.")]
    [InlineData(0, 70, 0, "Tidak efisien: capaian kinerja 70,00% tidak lebih tinggi dari serapan anggaran 80,00%.", "Not efficient: the performance achievement 70.00% is not above the budget absorption 80.00%.")]
    [InlineData(1, 90, 0, "Tidak efisien: target kinerja belum tercapai (capaian 90,00% di bawah 100%).", "Not efficient: the performance target was not reached (achievement 90.00% is below 100%).")]
    [InlineData(1, 100, 100, "Tidak efisien: target kinerja tercapai (100,00%) tetapi serapan anggaran 100,00% tidak di bawah 100%.", "Not efficient: the performance target was reached (100.00%) but the budget absorption 100.00% is not below 100%.")]
    [InlineData(2, 100, 0, "Efisien: capaian kinerja 100,00% melampaui serapan anggaran 80,00% sebesar 20,00 poin.", "Efficient: the performance achievement 100.00% exceeds the budget absorption 80.00% by 20 points.")]
    [InlineData(2, 74.99, 0, "Tidak efisien: capaian kinerja 74,99% tertinggal dari serapan anggaran 80,00% sebesar 5,01 poin.", "Not efficient: the performance achievement 74.99% trails the budget absorption 80.00% by 5.01 points.")]
    [InlineData(2, 82.5, 0, "Cukup efisien: selisih capaian kinerja 82,50% dan serapan anggaran 80,00% adalah 2,50 poin.", "Fairly efficient: the performance achievement 82.50% and the budget absorption 80.00% differ by 2.5 points.")]
    [InlineData(3, 88, 0, "Efisien: rasio capaian kinerja 88,00% terhadap serapan anggaran 80,00% adalah 1,10.", "Efficient: the ratio of the performance achievement 88.00% to the budget absorption 80.00% is 1.10.")]
    [InlineData(3, 76, 0, "Cukup efisien: rasio capaian kinerja 76,00% terhadap serapan anggaran 80,00% adalah 0,95.", "Fairly efficient: the ratio of the performance achievement 76.00% to the budget absorption 80.00% is 0.95.")]
    [InlineData(3, 40, 0, "Tidak efisien: rasio capaian kinerja 40,00% terhadap serapan anggaran 80,00% hanya 0,50.", "Not efficient: the ratio of the performance achievement 40.00% to the budget absorption 80.00% is only 0.50.")]
    public void Explanations_SayTheVerdictAndItsFigures_InBothLanguages(int policy, double capaian, double serapanOrZero, string indonesian, string english)
    {
        EfficiencyPolicy[] policies = [EfficiencyPolicy.CapaianAboveSerapan, EfficiencyPolicy.TargetReachedFirst, EfficiencyPolicy.GapBands(), EfficiencyPolicy.RatioBands()];
        decimal serapan = serapanOrZero == 0 ? 80m : (decimal)serapanOrZero;
        var verdict = policies[policy].Evaluate((decimal)capaian, serapan);
        Assert.Equal(indonesian, verdict.Explanation);
        Assert.Equal(english, verdict.ExplanationEnglish);
    }

    [Fact]
    public void Measure_IsTheGapInPoints_OrTheRatio()
    {
        Assert.Equal(20m, EfficiencyPolicy.CapaianAboveSerapan.Evaluate(100m, 80m).Measure);
        Assert.Equal(-10m, EfficiencyPolicy.CapaianAboveSerapan.Evaluate(70m, 80m).Measure);
        Assert.Equal(1.1m, EfficiencyPolicy.RatioBands().Evaluate(88m, 80m).Measure);
        Assert.Null(EfficiencyPolicy.TargetReachedFirst.Evaluate(100m, 80m).Measure);
    }

    [Fact]
    public void NotAssessed_SaysWhichInputIsMissing_InBothLanguages()
    {
        var noCapaian = EfficiencyPolicy.GapBands().Evaluate(null, SerapanResult.Calculate(1m, 2m));
        Assert.Equal("Tidak dinilai: tidak ada capaian kinerja.", noCapaian.Explanation);
        Assert.Equal("Not assessed: there is no performance achievement.", noCapaian.ExplanationEnglish);
        var noSerapan = EfficiencyPolicy.GapBands().Evaluate(90m, SerapanResult.Calculate(null, 2m));
        Assert.Equal("Tidak dinilai: tidak ada serapan anggaran.", noSerapan.Explanation);
        Assert.Equal("Not assessed: there is no budget absorption.", noSerapan.ExplanationEnglish);
        var zero = EfficiencyPolicy.RatioBands().Evaluate(90m, 0m);
        Assert.Equal("Tidak dinilai: rasio capaian terhadap serapan 0,00% tidak terdefinisi.", zero.Explanation);
        Assert.Equal("Not assessed: the ratio of achievement to an absorption of 0.00% is undefined.", zero.ExplanationEnglish);
    }

    [Fact]
    public void GapExplanations_WriteThePointsWithoutTrailingZeros_InEnglish()
    {
        Assert.EndsWith("by 20.5 points.", EfficiencyPolicy.GapBands().Evaluate(100.50m, 80.00m).ExplanationEnglish, System.StringComparison.Ordinal);
        Assert.EndsWith("by 9.9 points.", EfficiencyPolicy.GapBands().Evaluate(70.10m, 80.00m).ExplanationEnglish, System.StringComparison.Ordinal);
    }
}
