using System.IO;
using System.Linq;
using Sakip.Measurement.Text;
using Xunit;

namespace Sakip.Measurement.Tests.Documentation;

/// <summary>The worked examples of docs/calculators/aggregation.md.</summary>
[Collection(DocumentationExamplesGroup.Name)]
public sealed class AggregationExamples
{
    [Fact]
    public void The_Mayang_mean_is_95_03_over_the_capped_capaian_and_97_84_over_the_raw_ones()
    {
        // begin-snippet: aggregation-basis
        // Mayang 2023, Tabel 3.1: the four sasaran indicators, capped at 100 as the report states.
        CapaianResult[] rows =
        [
            Capaian.Calculate(100m, 85.23m, Polarity.Positive, CapaianPolicy.Capped100),  // 85,23
            Capaian.Calculate(93m, 88.25m, Polarity.Positive, CapaianPolicy.Capped100),   // 94,89
            Capaian.Calculate(80m, 89m, Polarity.Positive, CapaianPolicy.Capped100),      // 111,25 raw, 100 capped
            Capaian.Calculate(100m, 100m, Polarity.Positive, CapaianPolicy.Capped100),    // 100
        ];

        CapaianMean capped = CapaianAggregation.Mean(rows, CapaianBasis.Capped);   // 95.0306182795698925
        CapaianMean raw = CapaianAggregation.Mean(rows, CapaianBasis.Raw);         // 97.8431182795698925

        string printed = NumberPattern.Percent.WithDecimalPlaces(0).Format(raw.Value);   // "98%": what the report prints
        // end-snippet

        Assert.Equal((95.0306182795698925m, 4, 0), (capped.Value, capped.Included, capped.Excluded));
        Assert.Equal(97.8431182795698925m, raw.Value);
        Assert.Equal("98%", printed);
        Assert.Equal("AA", PredikatScale.PermenPanRb88Tahun2021.Classify(capped.Value).Code);
        Assert.Contains("98%", Review.SeedReviewTests.Sample("mayang-2023.json").OccurrencesOf(new FigureId(FigureKind.UnitCapaian, "")).Select(p => p.Text));
    }

    [Fact]
    public void An_indicator_without_realisasi_is_left_out_of_the_mean_and_counted()
    {
        using var run = new ExampleRun();

        // begin-snippet: aggregation-excluded
        using var file = File.OpenRead("samples/ajung-2023.json");
        Lkip ajung = LkipJson.Read(file);
        Renstra renstra = ajung.Unit.Renstra[0];

        // Ajung 2023: IKU-5 (Nilai SAKIP) has a Renstra target but no realisasi for 2023.
        CapaianMean unit = CapaianAggregation.ForUnit(renstra, ajung.Year, CapaianPolicy.Capped100,
            UnitAggregation.MeanOfIndicators, CapaianBasis.Capped);
        // unit.Value = 100, unit.Included = 4, unit.Excluded = 1 — the missing one is not a 0
        // end-snippet

        Assert.Equal((100m, 4, 1), (unit.Value, unit.Included, unit.Excluded));
        Assert.Equal(CapaianStatus.NoRealisasi, Capaian.ForYear(renstra.FindIndikator("IKU-5")!, ajung.Year, CapaianPolicy.Capped100).Status);
    }

    [Fact]
    public void The_Kencong_unit_mean_over_sasaran_differs_from_the_mean_over_indicators()
    {
        using var run = new ExampleRun();

        // begin-snippet: aggregation-sasaran-unit
        using var file = File.OpenRead("samples/kencong-2025.json");
        Lkip kencong = LkipJson.Read(file);
        Renstra renstra = kencong.Unit.Renstra.Single(r => r.Name == "Renstra 2025-2029");
        Sasaran s5 = renstra.AllSasaran.Single(s => s.Code == "S5");   // IKU-5 IKM: 92,33 / 93,5
        Sasaran s6 = renstra.AllSasaran.Single(s => s.Code == "S6");   // IKU-6: 100 / 100, IKU-7 Nilai SAKIP: 80,41 / 81

        // Kencong 2025 does not cap, and averages the raw capaian.
        CapaianMean meanS5 = CapaianAggregation.ForSasaran(s5, kencong.Year, CapaianPolicy.Uncapped, CapaianBasis.Raw);
        CapaianMean meanS6 = CapaianAggregation.ForSasaran(s6, kencong.Year, CapaianPolicy.Uncapped, CapaianBasis.Raw);
        // meanS5 = 98.7486631016042781; meanS6 = (100 + 99.2716049382716049) / 2 = 99.6358024691358025

        CapaianMean overSasaran = CapaianAggregation.ForUnit(renstra, kencong.Year, CapaianPolicy.Uncapped,
            UnitAggregation.MeanOfSasaran, CapaianBasis.Raw);       // (98,7487 + 99,6358) / 2 = 99.1922327853700403
        CapaianMean overIndicators = CapaianAggregation.ForUnit(renstra, kencong.Year, CapaianPolicy.Uncapped,
            UnitAggregation.MeanOfIndicators, CapaianBasis.Raw);    // (98,7487 + 100 + 99,2716) / 3 = 99.3400893466252943
        // end-snippet

        Assert.Equal(98.7486631016042781m, meanS5.Value);
        Assert.Equal(99.6358024691358025m, meanS6.Value);
        Assert.Equal(99.1922327853700403m, overSasaran.Value);
        Assert.Equal(99.3400893466252943m, overIndicators.Value);
        Assert.Contains("99,5%", kencong.OccurrencesOf(new FigureId(FigureKind.SasaranCapaian, "S6")).Select(p => p.Text));
    }

    [Fact]
    public void A_weighted_mean_weighs_each_capaian_and_counts_the_weights_it_used()
    {
        // begin-snippet: aggregation-weighted
        // Kencong 2025, sasaran S6, with IKU-7 (Nilai SAKIP) weighted three times IKU-6 — constructed weights.
        CapaianResult[] s6 =
        [
            Capaian.Calculate(100m, 100m, Polarity.Positive, CapaianPolicy.Uncapped),     // IKU-6: 100
            Capaian.Calculate(81m, 80.41m, Polarity.Positive, CapaianPolicy.Uncapped),    // IKU-7: 99,2716
        ];
        decimal[] weights = [1m, 3m];

        CapaianMean weighted = CapaianAggregation.WeightedMean(s6, weights, CapaianBasis.Raw);
        // (1 × 100 + 3 × 99.2716049382716049) / 4 = 99.4537037037037037, weighted.TotalWeight = 4
        // end-snippet

        Assert.Equal((99.4537037037037037m, 4m), (weighted.Value, weighted.TotalWeight));
    }

    [Fact]
    public void The_review_reports_the_printed_means_the_page_quotes()
    {
        var mayang = LkipReview.Review(Review.SeedReviewTests.Sample("mayang-2023.json"));
        var at521 = Assert.Single(mayang.Findings, f => f.Lines.Contains(521));
        Assert.Equal("98%", at521.Printed);
        Assert.Equal("averaging the capaian before the cap", at521.AlternativePolicyEnglish);

        var kencong = LkipReview.Review(Review.SeedReviewTests.Sample("kencong-2025.json"));
        Assert.Contains(kencong.Findings, f => f.Figure == new FigureId(FigureKind.SasaranCapaian, "S6") && f.Printed == "99,5%");
    }
}
