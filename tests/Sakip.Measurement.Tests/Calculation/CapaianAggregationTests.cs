using System;
using Sakip.Measurement.Tests.Model;
using Sakip.Measurement.Tests.Utility;
using Xunit;

namespace Sakip.Measurement.Tests.Calculation;

/// <summary><see cref="CapaianAggregation"/> and <see cref="CapaianMean"/>: which values go in, and the mean's own laws.</summary>
public class CapaianAggregationTests
{
    private static CapaianResult Of(decimal target, decimal realisasi) => Capaian.Calculate(target, realisasi, Polarity.Positive, CapaianPolicy.Capped100);

    private static readonly CapaianResult Missing = Capaian.Calculate(1m, null, Polarity.Positive, CapaianPolicy.Capped100);

    [Fact]
    public void WeightedMean_TakesTheBasisItIsAskedFor()
    {
        // 111,25 raw is 100 capped.
        CapaianResult[] results = [Of(80m, 89m), Of(100m, 80m)];
        Assert.Equal(95.625m, CapaianAggregation.WeightedMean(results, [1m, 1m], CapaianBasis.Raw).Value);
        Assert.Equal(90m, CapaianAggregation.WeightedMean(results, [1m, 1m], CapaianBasis.Capped).Value);
    }

    [Fact]
    public void WeightedMean_CountsTheResultsLeftOut_AndHasNoValueWhenAllAre()
    {
        var mean = CapaianAggregation.WeightedMean([Of(100m, 80m), Missing], [2m, 3m], CapaianBasis.Capped);
        Assert.Equal((1, 1, 2m), (mean.Included, mean.Excluded, mean.TotalWeight));
        var none = CapaianAggregation.WeightedMean([Missing, Missing], [1m, 1m], CapaianBasis.Capped);
        Assert.False(none.HasValue);
        Assert.Equal((0, 2, 0m), (none.Included, none.Excluded, none.TotalWeight));
        var e = Assert.Throws<InvalidOperationException>(() => none.Value);
        Assert.Contains("No capaian went into the mean", e.Message, StringComparison.Ordinal);
        Assert.Null(none.ValueOrNull);
    }

    [Fact]
    public void WeightedMean_RefusesMismatchedOrNonPositiveWeights_NamingThem()
    {
        var mismatch = Assert.Throws<ArgumentException>(() => CapaianAggregation.WeightedMean([Of(1m, 1m)], [1m, 2m], CapaianBasis.Raw));
        Assert.Equal("weights", mismatch.ParamName);
        Assert.Contains("1 results but 2 weights", mismatch.Message, StringComparison.Ordinal);
        var zero = Assert.Throws<ArgumentOutOfRangeException>(() => CapaianAggregation.WeightedMean([Of(1m, 1m), Of(1m, 1m)], [1m, 0m], CapaianBasis.Raw));
        Assert.Equal("weights", zero.ParamName);
        Assert.Contains("Weight 1 must be positive", zero.Message, StringComparison.Ordinal);
        var huge = Assert.Throws<ArgumentOutOfRangeException>(() => CapaianAggregation.WeightedMean([Of(1m, 1m), Of(1m, 1m)], [decimal.MaxValue, decimal.MaxValue], CapaianBasis.Raw));
        Assert.Equal("weights", huge.ParamName);
        Assert.Contains("sum beyond the decimal range", huge.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForSasaran_WeightsOnlyWhenAsked()
    {
        var heavy = new Indikator("IK1", "x", "%", Polarity.Positive, TargetKind.SingleValue,
            [new IndicatorYear(Fixtures.Y2023, pkTarget: Target.Of(100m), realisasi: IndicatorValue.FromNumber(60m))], weight: 3m);
        var sasaran = new Sasaran("S1", "s", [heavy, Fixtures.Numeric("IK2", 100m, 100m)]);
        Assert.Equal(80m, CapaianAggregation.ForSasaran(sasaran, Fixtures.Y2023, CapaianPolicy.Capped100, CapaianBasis.Capped).Value);
        Assert.Equal(70m, CapaianAggregation.ForSasaran(sasaran, Fixtures.Y2023, CapaianPolicy.Capped100, CapaianBasis.Capped, weighted: true).Value);
        Assert.Equal("sasaran", Assert.Throws<ArgumentNullException>(() => CapaianAggregation.ForSasaran(null!, Fixtures.Y2023, CapaianPolicy.Capped100, CapaianBasis.Raw)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => CapaianAggregation.ForSasaran(sasaran, Fixtures.Y2023, null!, CapaianBasis.Raw)).ParamName);
    }

    [Fact]
    public void ForUnit_OverIndicatorsOrOverSasaran_Unweighted()
    {
        var heavy = new Indikator("IK1", "x", "%", Polarity.Positive, TargetKind.SingleValue,
            [new IndicatorYear(Fixtures.Y2023, pkTarget: Target.Of(100m), realisasi: IndicatorValue.FromNumber(60m))], weight: 3m);
        var renstra = new Renstra("R", new RenstraPeriod(2021, 2026),
        [
            new Tujuan("T1", "t", [], [new Sasaran("S1", "s", [heavy, Fixtures.Numeric("IK2", 100m, 100m)]), new Sasaran("S2", "s", [Fixtures.Numeric("IK3", 100m, 90m)])]),
        ]);
        // Indicators: (60 + 100 + 90) / 3; sasaran: ((60 + 100) / 2 + 90) / 2.
        Assert.Equal(83.3333333333333333m, CapaianAggregation.ForUnit(renstra, Fixtures.Y2023, CapaianPolicy.Capped100, UnitAggregation.MeanOfIndicators, CapaianBasis.Capped).Value);
        Assert.Equal(85m, CapaianAggregation.ForUnit(renstra, Fixtures.Y2023, CapaianPolicy.Capped100, UnitAggregation.MeanOfSasaran, CapaianBasis.Capped).Value);
        Assert.Equal("renstra", Assert.Throws<ArgumentNullException>(() => CapaianAggregation.ForUnit(null!, Fixtures.Y2023, CapaianPolicy.Capped100, UnitAggregation.MeanOfSasaran, CapaianBasis.Raw)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => CapaianAggregation.ForUnit(renstra, Fixtures.Y2023, null!, UnitAggregation.MeanOfSasaran, CapaianBasis.Raw)).ParamName);
    }

    [Fact]
    public void ForUnit_OverSasaran_NoSasaranWithACapaian_HasNoValue()
    {
        var renstra = new Renstra("R", new RenstraPeriod(2021, 2026), [new Tujuan("T1", "t", [], [new Sasaran("S1", "s", [Fixtures.Numeric("IK1", 100m, null)])])]);
        var mean = CapaianAggregation.ForUnit(renstra, Fixtures.Y2023, CapaianPolicy.Capped100, UnitAggregation.MeanOfSasaran, CapaianBasis.Capped);
        Assert.False(mean.HasValue);
        Assert.Equal(1, mean.Excluded);
    }

    [Fact]
    public void Mean_Equality_ComparesValueCountsAndWeight_AndToStringSaysThem()
    {
        var a = CapaianAggregation.Mean([Of(100m, 80m), Missing], CapaianBasis.Capped);
        var same = CapaianAggregation.Mean([Of(100m, 80m), Missing], CapaianBasis.Capped);
        Assert.True(a == same);
        Assert.False(a != same);
        Assert.Equal(a.GetHashCode(), same.GetHashCode());
        Assert.True(a != CapaianAggregation.Mean([Of(100m, 80m)], CapaianBasis.Capped));
        Assert.NotEqual(a, CapaianAggregation.Mean([Of(100m, 80m), Missing, Missing], CapaianBasis.Capped));
        Assert.NotEqual(CapaianAggregation.WeightedMean([Of(100m, 80m)], [2m], CapaianBasis.Capped), CapaianAggregation.WeightedMean([Of(100m, 80m)], [3m], CapaianBasis.Capped));
        Assert.False(a.Equals((object)"80"));
        Assert.Equal("80.0000000000000000 over 1 (1 without capaian)", a.ToString());
        Assert.Equal("no capaian (2 without capaian)", CapaianAggregation.Mean([Missing, Missing], CapaianBasis.Capped).ToString());
        Assert.Equal(default, CapaianAggregation.Mean([], CapaianBasis.Raw));
    }

    [Fact]
    public void ForSasaranAndForUnit_NullPolicy_IsRefusedEvenWithNothingToMeasure()
    {
        var empty = new Sasaran("S1", "s", []);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => CapaianAggregation.ForSasaran(empty, Fixtures.Y2023, null!, CapaianBasis.Raw)).ParamName);
        var renstra = new Renstra("R", new RenstraPeriod(2021, 2026), []);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => CapaianAggregation.ForUnit(renstra, Fixtures.Y2023, null!, UnitAggregation.MeanOfIndicators, CapaianBasis.Raw)).ParamName);
    }

    [Fact]
    public void Mean_WithTheSameValueButOtherCounts_IsAnotherMean()
    {
        var once = CapaianAggregation.Mean([Of(100m, 80m)], CapaianBasis.Capped);
        var withMissing = CapaianAggregation.Mean([Of(100m, 80m), Missing], CapaianBasis.Capped);
        Assert.Equal(once.Value, withMissing.Value);
        Assert.False(once.Equals(withMissing));
        Assert.False(once == withMissing);
    }

    [Fact]
    public void Mean_IsEqualOnlyToAMeanOfTheSameValueCountsAndWeight()
    {
        var mean = new CapaianMean(85m, 2, 1, 2m);
        TestHelper.TestEqualsStruct(mean, new CapaianMean(85.0m, 2, 1, 2m),
            new CapaianMean(90m, 2, 1, 2m), new CapaianMean(85m, 3, 1, 2m), new CapaianMean(85m, 2, 0, 2m), new CapaianMean(85m, 2, 1, 3m), default);
    }
}
