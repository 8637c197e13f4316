using System.Linq;
using Sakip.Measurement.Tests.Model;
using Xunit;

namespace Sakip.Measurement.Tests.Calculation;

public class TableAndComparisonTests
{
    [Fact]
    public void CapaianTable_Mayang2023_RecomputesRowsPredikatAndMean()
    {
        var table = CapaianTable.Build(Fixtures.Mayang(), Fixtures.Y2023, CapaianPolicy.Capped100, PredikatScale.PermenPanRb88Tahun2021, CapaianBasis.Capped);
        Assert.Equal(4, table.Rows.Count);
        Assert.Equal(["A", "AA", "AA", "AA"], table.Rows.Select(r => r.Predikat!.Code));
        Assert.Equal(111.25m, table.Rows[2].Capaian.Raw);
        Assert.Equal(100m, table.Rows[2].Capaian.Value);
        Assert.Equal(95.0306m, decimal.Round(table.Mean.Value, 4, System.MidpointRounding.AwayFromZero));
        Assert.Equal(4, table.Mean.Included);
        Assert.Equal(97.8431m, decimal.Round(table.RawMean.Value, 4, System.MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void CapaianTable_FinalTargetComparison_UsesTheFinalYearTarget()
    {
        var table = CapaianTable.Build(Fixtures.Mayang(), Fixtures.Y2023, CapaianPolicy.Capped100, PredikatScale.PermenPanRb88Tahun2021, CapaianBasis.Capped);
        Assert.Equal(Target.Of(93m), table.Rows[1].FinalTarget);
        Assert.Equal(94.8925m, decimal.Round(table.Rows[1].CapaianAgainstFinalTarget.Raw, 4, System.MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void CapaianTable_YearOutsidePeriod_Throws() =>
        Assert.Throws<System.ArgumentException>(() => CapaianTable.Build(Fixtures.Mayang(), new FiscalYear(2030), CapaianPolicy.Capped100, PredikatScale.PermenPanRb88Tahun2021, CapaianBasis.Capped));

    [Fact]
    public void Aggregation_LeavesOutMissingCapaian_AndCountsThem()
    {
        CapaianResult[] results =
        [
            Capaian.Calculate(100m, 90m, Polarity.Positive, CapaianPolicy.Capped100),
            Capaian.Calculate(100m, null, Polarity.Positive, CapaianPolicy.Capped100),
            Capaian.Calculate(100m, 80m, Polarity.Positive, CapaianPolicy.Capped100),
        ];
        var mean = CapaianAggregation.Mean(results, CapaianBasis.Capped);
        Assert.Equal(85m, mean.Value);
        Assert.Equal(2, mean.Included);
        Assert.Equal(1, mean.Excluded);
        Assert.False(CapaianAggregation.Mean([], CapaianBasis.Capped).HasValue);
    }

    [Fact]
    public void Aggregation_WeightedMean_UsesWeights()
    {
        CapaianResult[] results =
        [
            Capaian.Calculate(100m, 90m, Polarity.Positive, CapaianPolicy.Capped100),
            Capaian.Calculate(100m, 60m, Polarity.Positive, CapaianPolicy.Capped100),
        ];
        Assert.Equal(80m, CapaianAggregation.WeightedMean(results, [2m, 1m], CapaianBasis.Capped).Value);
        Assert.Throws<System.ArgumentOutOfRangeException>(() => CapaianAggregation.WeightedMean(results, [1m, 0m], CapaianBasis.Capped));
    }

    [Fact]
    public void Aggregation_UnitMean_OverSasaranOrIndicators()
    {
        var r = Fixtures.Mayang();
        var overIndicators = CapaianAggregation.ForUnit(r, Fixtures.Y2023, CapaianPolicy.Capped100, UnitAggregation.MeanOfIndicators, CapaianBasis.Raw);
        Assert.Equal(97.8431m, decimal.Round(overIndicators.Value, 4, System.MidpointRounding.AwayFromZero));
        var overSasaran = CapaianAggregation.ForUnit(r, Fixtures.Y2023, CapaianPolicy.Capped100, UnitAggregation.MeanOfSasaran, CapaianBasis.Raw);
        Assert.Equal(overIndicators.Value, overSasaran.Value); // one indicator per sasaran
    }

    [Fact]
    public void Trend_ComparesYearsWithPolarity()
    {
        var ik1 = Fixtures.Mayang().FindIndikator("IK1")!;
        var trend = Comparison.RealisasiTrend(ik1, Fixtures.Y2022, Fixtures.Y2023)!.Value;
        Assert.Equal(Trend.Up, trend.Direction);
        Assert.True(trend.IsImprovement);
        Assert.Equal(Trend.Down, Comparison.TrendOf(89m, 88.25m, Polarity.Positive).Direction);
        Assert.True(Comparison.TrendOf(5m, 3m, Polarity.Negative).IsImprovement);
        Assert.Equal(Trend.Flat, Comparison.TrendOf(5m, 5.01m, Polarity.Positive, tolerance: 0.05m).Direction);
    }

    [Fact]
    public void Benchmark_IkmAgainstKabupaten_GivesGapAndCapaian()
    {
        var c = Comparison.AgainstBenchmark(88.25m, 86.34m, Polarity.Positive, CapaianPolicy.Uncapped);
        Assert.Equal(1.91m, c.Gap);
        Assert.True(c.IsBetter);
        Assert.Equal(102.2122m, decimal.Round(c.Capaian.Raw, 4, System.MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void AgainstRenstraFinalTarget_MissingFinalTarget_IsNoTarget_LikeTheTableSays()
    {
        var ind = new Indikator("IKX", "x", "%", Polarity.Positive, TargetKind.SingleValue, [new IndicatorYear(Fixtures.Y2023, realisasi: IndicatorValue.FromNumber(1m))]);
        var r = new Renstra("R", new RenstraPeriod(2021, 2026), [new Tujuan("T", "t", [ind], [])]);
        Assert.Equal(CapaianStatus.NoTarget, Comparison.AgainstRenstraFinalTarget(ind, r, Fixtures.Y2023, CapaianPolicy.Capped100).Status);
        Assert.Equal(CapaianStatus.NoTarget, CapaianTable.Build(r, Fixtures.Y2023, CapaianPolicy.Capped100, PredikatScale.PermenPanRb88Tahun2021, CapaianBasis.Capped).Rows[0].CapaianAgainstFinalTarget.Status);
    }

    // Issue 10, defect 4: two capaian of 5·10^28 % overflowed the running decimal sum.
    [Fact]
    public void Aggregation_MeanOfCapaianNearTheDecimalMaximum_DoesNotOverflow()
    {
        var big = Capaian.Calculate(1m, 500_000_000_000_000_000_000_000_000m, Polarity.Positive, CapaianPolicy.Uncapped);
        Assert.Equal(50_000_000_000_000_000_000_000_000_000m, big.Raw);
        var mean = CapaianAggregation.Mean([big, big], CapaianBasis.Raw);
        Assert.Equal(50_000_000_000_000_000_000_000_000_000m, mean.Value);
        var weighted = CapaianAggregation.WeightedMean([big, big], [2m, 3m], CapaianBasis.Raw);
        Assert.Equal(50_000_000_000_000_000_000_000_000_000m, weighted.Value);
        Assert.Equal(5m, weighted.TotalWeight);
    }

    [Fact]
    public void Aggregation_Mean_IsTheExactMeanRoundedOnceTo16Places()
    {
        // (100 + 100 + 94,8924731182795699) / 3 = 98,2974910394265233 exactly (…699 / 3 = …233).
        var full = Capaian.Calculate(80m, 89m, Polarity.Positive, CapaianPolicy.Capped100);
        var ikm = Capaian.Calculate(93m, 88.25m, Polarity.Positive, CapaianPolicy.Capped100);
        Assert.Equal(98.2974910394265233m, CapaianAggregation.Mean([full, full, ikm], CapaianBasis.Capped).Value);
        // (1 + 2) / 2 at 16 places: a tie is rounded half away from zero (66,6666…67 for 200/3).
        var two = Capaian.Calculate(3m, 2m, Polarity.Positive, CapaianPolicy.Uncapped);
        Assert.Equal(66.6666666666666667m, two.Raw);
        Assert.Equal(83.3333333333333334m, CapaianAggregation.Mean([two, full], CapaianBasis.Capped).Value);
    }

    [Fact]
    public void CapaianTable_MeanPredikat_IsTheMeansBandOnTheTablesScale()
    {
        var table = CapaianTable.Build(Fixtures.Mayang(), Fixtures.Y2023, CapaianPolicy.Capped100, PredikatScale.PermenPanRb88Tahun2021, CapaianPolicy.Capped100.DefaultBasis);
        // Mean of the capped capaian 95,03…: AA.
        Assert.Equal("AA", table.MeanPredikat.Band!.Code);
        Assert.Equal(PredikatScale.PermenPanRb88Tahun2021.Grade(table.Mean.Value), table.MeanPredikat);
    }

    [Theory]
    [InlineData(true, false, CapaianBasis.Capped)]
    [InlineData(false, true, CapaianBasis.Capped)]
    [InlineData(false, false, CapaianBasis.Raw)]
    public void CapaianPolicy_DefaultBasis_IsCappedWhenTheCappingHasABound(bool ceiling, bool floor, CapaianBasis basis)
    {
        var policy = CapaianPolicy.Uncapped with { Capping = CappingPolicy.Custom(ceiling ? 100m : null, floor ? 0m : null) };
        Assert.Equal(basis, policy.DefaultBasis);
    }

    [Fact]
    public void CapaianTable_Rows_CarryThePrintedOccurrencesOfTheirOwnFigures()
    {
        var inTable = new PrintedFigure(new FigureId(FigureKind.Capaian, "IK2", Fixtures.Y2023), PrintedLocation.InTable("Tabel 3.1", "2", 515), "95%");
        var inText = new PrintedFigure(new FigureId(FigureKind.Capaian, "IK2"), PrintedLocation.InText("Bab III", 600), "94,89%");
        var otherYear = new PrintedFigure(new FigureId(FigureKind.Capaian, "IK2", Fixtures.Y2022), PrintedLocation.InTable("Tabel 3.2"), "99%");
        var table = CapaianTable.Build(Fixtures.Mayang(), Fixtures.Y2023, CapaianPolicy.Capped100, PredikatScale.PermenPanRb88Tahun2021,
            CapaianBasis.Capped, printed: [inTable, otherYear, inText]);
        Assert.Equal([inTable, inText], table.Rows.Single(r => r.Indikator.Code == "IK2").Printed);
        Assert.Empty(table.Rows.Single(r => r.Indikator.Code == "IK1").Printed);
    }

    [Fact]
    public void CapaianTable_Build_NamesTheMissingArgument_EvenWhenThereIsNothingToMeasure()
    {
        // A Renstra without indicators never reaches the policy or the scale; they are refused anyway.
        var empty = new Renstra("Renstra kosong", new RenstraPeriod(2021, 2026), []);
        var scale = PredikatScale.PermenPanRb88Tahun2021;
        Assert.Equal("renstra", Assert.Throws<System.ArgumentNullException>(() => CapaianTable.Build(null!, Fixtures.Y2023, CapaianPolicy.Capped100, scale, CapaianBasis.Capped)).ParamName);
        Assert.Equal("policy", Assert.Throws<System.ArgumentNullException>(() => CapaianTable.Build(empty, Fixtures.Y2023, null!, scale, CapaianBasis.Capped)).ParamName);
        Assert.Equal("scale", Assert.Throws<System.ArgumentNullException>(() => CapaianTable.Build(empty, Fixtures.Y2023, CapaianPolicy.Capped100, null!, CapaianBasis.Capped)).ParamName);
        Assert.Empty(CapaianTable.Build(empty, Fixtures.Y2023, CapaianPolicy.Capped100, scale, CapaianBasis.Capped).Rows);
    }

    [Theory]
    [InlineData(CapaianBasis.Capped, "T", "T")]     // IK3: 111,25 % capped to 100 %
    [InlineData(CapaianBasis.Raw, "T", "L")]
    public void CapaianTable_RowPredikat_IsTheBandOfTheBasisValue(CapaianBasis basis, string ik1, string ik3)
    {
        // Bands that tell 100 % from more: L(ebih) above 100, T(ercapai) at 85–100, K(urang) below.
        var scale = PredikatScale.Create("Uji",
        [
            new PredikatBand("L", "Melebihi target", BandBound.Exclusive(100m), BandBound.Unbounded),
            new PredikatBand("T", "Tercapai", BandBound.Inclusive(85m), BandBound.Inclusive(100m)),
            new PredikatBand("K", "Kurang", BandBound.Unbounded, BandBound.Exclusive(85m)),
        ]);
        var table = CapaianTable.Build(Fixtures.Mayang(), Fixtures.Y2023, CapaianPolicy.Capped100, scale, basis);
        Assert.Equal(ik1, table.Rows.Single(r => r.Indikator.Code == "IK1").Predikat!.Code);
        Assert.Equal(ik3, table.Rows.Single(r => r.Indikator.Code == "IK3").Predikat!.Code);
    }
}
