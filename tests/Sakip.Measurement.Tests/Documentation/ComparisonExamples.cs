using System.IO;
using System.Linq;
using Sakip.Measurement.Text;
using Xunit;

namespace Sakip.Measurement.Tests.Documentation;

/// <summary>The worked examples of docs/calculators/comparison.md.</summary>
[Collection(DocumentationExamplesGroup.Name)]
public sealed class ComparisonExamples
{
    [Fact]
    public void A_trend_says_which_way_the_realisasi_moved_and_whether_that_is_the_good_way()
    {
        using var run = new ExampleRun();

        // begin-snippet: comparison-trend
        using var file = File.OpenRead("samples/mayang-2023.json");
        Lkip mayang = LkipJson.Read(file);
        Renstra renstra = mayang.Unit.Renstra[0];
        var (y2022, y2023) = (new FiscalYear(2022), new FiscalYear(2023));

        TrendComparison programs = Comparison.RealisasiTrend(renstra.FindIndikator("IKU-1")!, y2022, y2023)!.Value;
        // 74 → 85,23: Trend.Up, IsImprovement = true
        TrendComparison ikm = Comparison.RealisasiTrend(renstra.FindIndikator("IKU-2")!, y2022, y2023)!.Value;
        // 89 → 88,25: Trend.Down, IsImprovement = false

        // Kencong 2025's IKM moved from 92,80 to 92,33; with a tolerance of 0,5 points that is "stagnan".
        TrendComparison flat = Comparison.TrendOf(92.80m, 92.33m, Polarity.Positive, tolerance: 0.5m);   // Trend.Flat
        // For a negative indicator, down is the good way.
        TrendComparison fewer = Comparison.TrendOf(12m, 9m, Polarity.Negative);   // Trend.Down, IsImprovement = true
        // end-snippet

        Assert.Equal((74m, 85.23m, Trend.Up, true), (programs.Previous, programs.Current, programs.Direction, programs.IsImprovement));
        Assert.Equal((89m, 88.25m, Trend.Down, false), (ikm.Previous, ikm.Current, ikm.Direction, ikm.IsImprovement));
        Assert.Equal((Trend.Flat, false), (flat.Direction, flat.IsImprovement));
        Assert.Equal((Trend.Down, true), (fewer.Direction, fewer.IsImprovement));
    }

    [Fact]
    public void The_capaian_against_the_Renstra_final_target_of_the_Kencong_IKM_is_95_19_percent()
    {
        using var run = new ExampleRun();

        // begin-snippet: comparison-renstra-final
        using var file = File.OpenRead("samples/kencong-2025.json");
        Lkip kencong = LkipJson.Read(file);
        Renstra renstra = kencong.Unit.Renstra.Single(r => r.Name == "Renstra 2025-2029");

        // IKU-5, the IKM: realisasi 2025 of 92,33 against the Renstra's 2029 target of 97.
        CapaianResult towardsFinal = Comparison.AgainstRenstraFinalTarget(
            renstra.FindIndikator("IKU-5")!, renstra, kencong.Year, CapaianPolicy.Uncapped);
        // 92,33 / 97 × 100 = 95.1855670103092784, printed "95,19%" in Tabel 3.8

        // IKT-3, the IPP: 3,17 against the 2029 target of 4,67.
        CapaianResult ipp = Comparison.AgainstRenstraFinalTarget(
            renstra.FindIndikator("IKT-3")!, renstra, kencong.Year, CapaianPolicy.Uncapped);
        // 3,17 / 4,67 × 100 = 67.8800856531049251, printed "67,88%"
        // end-snippet

        Assert.Equal(95.1855670103092784m, towardsFinal.Value);
        Assert.Equal("95,19%", NumberPattern.Percent.Format(towardsFinal.Value));
        Assert.Equal(67.8800856531049251m, ipp.Value);
        Assert.Contains("95,19%", kencong.OccurrencesOf(new FigureId(FigureKind.RenstraComparison, "IKU-5")).Select(p => p.Text));
        Assert.Contains("67,88%", kencong.OccurrencesOf(new FigureId(FigureKind.RenstraComparison, "IKT-3")).Select(p => p.Text));
    }

    [Fact]
    public void A_benchmark_comparison_gives_the_gap_the_direction_and_the_capaian_against_the_benchmark()
    {
        // begin-snippet: comparison-benchmark
        // Mayang 2023's IKM against the IKM of Kabupaten Jember 2023 (86,34), as the report quotes it.
        BenchmarkComparison ikm = Comparison.AgainstBenchmark(88.25m, 86.34m, Polarity.Positive, CapaianPolicy.Capped100);
        // ikm.Gap = 1.91, ikm.IsBetter = true, ikm.Capaian.Raw = 102.2121843873059995 (Value 100, capped)

        // Kencong 2025's IPP against the national target of 3,68.
        BenchmarkComparison ipp = Comparison.AgainstBenchmark(3.17m, 3.68m, Polarity.Positive, CapaianPolicy.Uncapped);
        // ipp.Gap = -0.51, ipp.IsBetter = false, ipp.Capaian.Value = 86.1413043478260870
        // end-snippet

        Assert.Equal((1.91m, true, 102.2121843873059995m, 100m), (ikm.Gap, ikm.IsBetter, ikm.Capaian.Raw, ikm.Capaian.Value));
        Assert.Equal((-0.51m, false, 86.1413043478260870m), (ipp.Gap, ipp.IsBetter, ipp.Capaian.Value));
    }

    [Fact]
    public void The_report_calculator_makes_every_comparison_for_every_indicator()
    {
        using var run = new ExampleRun();

        // begin-snippet: comparison-in-results
        using var file = File.OpenRead("samples/mayang-2023.json");
        LkipResults results = LkipCalculator.Calculate(LkipJson.Read(file));
        IndicatorResult ikm = results.Renstra[0].Indicators.Single(r => r.IndikatorCode == "IKU-2");
        // ikm.AgainstPreviousYear: 89 → 88,25, Trend.Down
        // ikm.AgainstRenstraFinal.Value: 88,25 / 93 = 94.8924731182795699 (the report prints 93,88%, against a final target of 94)
        // ikm.Benchmark: gap 1.91 to "IKM Kabupaten Jember 2023" (ikm.BenchmarkSource)
        // end-snippet

        Assert.Equal(Trend.Down, ikm.AgainstPreviousYear!.Value.Direction);
        Assert.Equal(94.8924731182795699m, ikm.AgainstRenstraFinal.Value);
        Assert.Equal(1.91m, ikm.Benchmark!.Value.Gap);
        Assert.StartsWith("IKM Kabupaten Jember 2023", ikm.BenchmarkSource, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_review_reports_the_final_target_comparison_Mayang_printed_against_another_target()
    {
        var review = LkipReview.Review(Review.SeedReviewTests.Sample("mayang-2023.json"));
        var at556 = review.Findings.Where(f => f.Lines.Contains(556)).ToList();
        Assert.Contains(at556, f => f.Kind == Sakip.Measurement.Review.FindingKind.InputMismatch && f.Printed == "94");
        Assert.Contains(at556, f => f.Kind == Sakip.Measurement.Review.FindingKind.WrongValue && f.Printed == "93,88%");
    }
}
