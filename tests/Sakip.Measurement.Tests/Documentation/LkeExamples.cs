using System;
using System.IO;
using Sakip.Measurement.Lke;
using Xunit;

namespace Sakip.Measurement.Tests.Documentation;

/// <summary>The worked examples of docs/calculators/lke.md.</summary>
[Collection(DocumentationExamplesGroup.Name)]
public sealed class LkeExamples
{
    [Fact]
    public void A_worksheet_is_scored_exactly_and_the_best_single_steps_ranked()
    {
        using var run = new ExampleRun();

        // begin-snippet: lke-score
        using var file = File.OpenRead("samples/lke/patrang-2023-contoh.json");
        LkeEvaluation evaluation = LkeJson.Read(file);                 // definition: PermenPANRB 88/2021
        LkeResult result = LkeCalculator.Score(evaluation.Worksheet);
        Console.WriteLine($"Nilai SAKIP {result.RoundTotal(2)}: {result.Predikat.Code} ({result.Predikat.Label})");
        foreach (LkeKomponenResult komponen in result.Komponen)
        {
            Console.WriteLine($"  {komponen.Code} {komponen.Name}: {decimal.Round(komponen.Value, 2)} of {komponen.Weight}");
        }
        LkeImprovement best = LkeCalculator.WhatIf(evaluation.Worksheet)[0];
        Console.WriteLine($"Best step: {best.Criterion} {best.From?.Code ?? "-"} → {best.To.Code}, +{decimal.Round(best.Gain, 4)}");

        // Output:
        // Nilai SAKIP 63.23: B (Baik)
        //   1 Perencanaan Kinerja: 20.69 of 30
        //   2 Pengukuran Kinerja: 19.11 of 30
        //   3 Pelaporan Kinerja: 9.77 of 15
        //   4 Evaluasi Akuntabilitas Kinerja Internal: 13.67 of 25
        // Best step: 4.c.1 C → B, +0.6250
        // end-snippet

        run.AssertPrintedAsShownIn("lke-score");
    }

    [Fact]
    public void The_3b_criteria_a_report_shows_are_answered_from_its_review()
    {
        using var run = new ExampleRun();

        // begin-snippet: lke-report
        using var report = File.OpenRead("samples/patrang-2023.json");
        ReviewResult review = LkipReview.Review(LkipJson.Read(report));
        foreach (LkeReportAnswer answer in LkeReportAnswers.Answer(LkeDefinition.PermenPanRb88Tahun2021, review))
        {
            Console.WriteLine($"{answer.Criterion} {answer.Answer.Code}: {answer.EvidenceEnglish}");
        }

        // Output:
        // 3.b.1 B: Capaian against the annual target printed for 6 of 6 indicators; 1 wrong according to the review (IKU-5).
        // 3.b.2 B: Capaian against the Renstra target printed for 6 of 6 indicators; 3 wrong according to the review (IKU-2, IKU-3, IKU-4).
        // 3.b.3 B: Comparison with previous years printed for 5 of 6 indicators (missing: IKU-5); 1 wrong according to the review (IKU-2).
        // 3.b.4 A: Comparison with a national or provincial benchmark printed for 2 of 2 indicators; 0 wrong according to the review.
        // 3.b.5 B: Efficiency analysis printed for 5 of 5 sasaran; 1 wrong according to the review (S5).
        // end-snippet

        run.AssertPrintedAsShownIn("lke-report");
    }
}
