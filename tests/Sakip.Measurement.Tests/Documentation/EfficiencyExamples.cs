using System;
using System.IO;
using Sakip.Measurement.Text;
using Xunit;

namespace Sakip.Measurement.Tests.Documentation;

/// <summary>The worked examples of docs/calculators/efficiency.md.</summary>
[Collection(DocumentationExamplesGroup.Name)]
public sealed class EfficiencyExamples
{
    [Fact]
    public void Mayang_judges_each_sasaran_by_capaian_above_serapan()
    {
        using var run = new ExampleRun();

        // begin-snippet: efficiency-mayang
        using var file = File.OpenRead("samples/mayang-2023.json");
        LkipResults results = LkipCalculator.Calculate(LkipJson.Read(file));   // policy: CapaianAboveSerapan
        foreach (SasaranResult sasaran in results.Renstra[0].Sasaran)
        {
            Console.WriteLine($"{sasaran.SasaranCode}: {sasaran.Efficiency.Explanation}");
        }

        // Output:
        // S1: Efisien: capaian kinerja 85,23% lebih tinggi dari serapan anggaran 80,35%.
        // S2: Tidak efisien: capaian kinerja 94,89% tidak lebih tinggi dari serapan anggaran 99,56%.
        // S3: Efisien: capaian kinerja 100,00% lebih tinggi dari serapan anggaran 68,55%.
        // S4: Efisien: capaian kinerja 100,00% lebih tinggi dari serapan anggaran 92,47%.
        // end-snippet

        run.AssertPrintedAsShownIn("efficiency-mayang");
        Assert.Equal("Efisien", Assert.Single(Review.SeedReviewTests.Sample("mayang-2023.json").OccurrencesOf(new FigureId(FigureKind.Efficiency, "S2"))).Text);
    }

    [Fact]
    public void The_four_policies_judge_the_same_sasaran_differently_and_say_why()
    {
        using var run = new ExampleRun();

        // begin-snippet: efficiency-policies
        // Mayang 2023, sasaran S2 (IKM): capaian 94,89 %, serapan of its program 99,56 %.
        decimal capaian = 94.8924731182795699m, serapan = 99.5635093845482322m;
        EfficiencyPolicy[] policies =
        [
            EfficiencyPolicy.CapaianAboveSerapan,
            EfficiencyPolicy.TargetReachedFirst,
            EfficiencyPolicy.GapBands(efficientAbove: 5m, inefficientBelow: -5m),
            EfficiencyPolicy.RatioBands(efficientFrom: 1m, fairFrom: 0.9m),
        ];
        foreach (EfficiencyPolicy policy in policies)
        {
            EfficiencyVerdict verdict = policy.Evaluate(capaian, serapan);
            Console.WriteLine($"{verdict.Label} ({verdict.Policy}): {verdict.ExplanationEnglish}");
        }

        // Output:
        // Tidak efisien (Capaian > serapan): Not efficient: the performance achievement 94.89% is not above the budget absorption 99.56%.
        // Tidak efisien (Target tercapai, lalu serapan < 100%): Not efficient: the performance target was not reached (achievement 94.89% is below 100%).
        // Cukup efisien (Selisih capaian − serapan (> 5 efisien, < -5 tidak efisien)): Fairly efficient: the performance achievement 94.89% and the budget absorption 99.56% differ by -4.67 points.
        // Cukup efisien (Rasio capaian / serapan (≥ 1 efisien, ≥ 0.9 cukup efisien)): Fairly efficient: the ratio of the performance achievement 94.89% to the budget absorption 99.56% is 0.95.
        // end-snippet

        run.AssertPrintedAsShownIn("efficiency-policies");
        decimal gap = capaian - serapan;
        Assert.Equal(gap, policies[0].Evaluate(capaian, serapan).Measure);
        Assert.Null(policies[1].Evaluate(capaian, serapan).Measure);
        Assert.Equal(gap, policies[2].Evaluate(capaian, serapan).Measure);
        Assert.Equal(0.95m, decimal.Round(policies[3].Evaluate(capaian, serapan).Measure!.Value, 2, MidpointRounding.AwayFromZero));
        var missing = policies[0].Evaluate(null, SerapanResult.Calculate(1m, 2m));
        Assert.Equal((EfficiencyLevel.NotAssessed, "Tidak dinilai", (decimal?)null), (missing.Level, missing.Label, missing.Measure));
        Assert.Equal(EfficiencyLevel.Efisien, policies[0].Evaluate(99.8162162162162162m, 99.4638153768970275m).Level);
    }

    [Fact]
    public void Kencong_counts_only_a_reached_target_as_efficient()
    {
        using var run = new ExampleRun();

        // begin-snippet: efficiency-kencong
        using var file = File.OpenRead("samples/kencong-2025.json");
        LkipResults results = LkipCalculator.Calculate(LkipJson.Read(file));   // policy: TargetReachedFirst
        foreach (RenstraResult renstra in results.Renstra)
        {
            foreach (SasaranResult sasaran in renstra.Sasaran)
            {
                EfficiencyVerdict verdict = sasaran.Efficiency;
                Console.WriteLine($"{sasaran.SasaranCode}: {verdict.Label} " +
                    $"(capaian {NumberPattern.Percent.Format(verdict.Capaian!.Value)}, serapan {NumberPattern.Percent.Format(verdict.Serapan!.Value)})");
            }
        }

        // Output:
        // S1: Efisien (capaian 100,00%, serapan 71,11%)
        // S2: Tidak efisien (capaian 99,82%, serapan 99,46%)
        // S3: Efisien (capaian 100,00%, serapan 97,92%)
        // S4: Efisien (capaian 100,00%, serapan 93,15%)
        // S5: Tidak efisien (capaian 98,75%, serapan 98,81%)
        // S6: Tidak efisien (capaian 99,64%, serapan 71,11%)
        // end-snippet

        run.AssertPrintedAsShownIn("efficiency-kencong");
    }
}
