using System;
using System.IO;
using System.Linq;
using Sakip.Measurement.Text;
using Xunit;

namespace Sakip.Measurement.Tests.Documentation;

/// <summary>The first program of docs/getting-started.md, run from the repository root.</summary>
[Collection(DocumentationExamplesGroup.Name)]
public sealed class GettingStartedExamples
{
    [Fact]
    public void The_first_program_prints_the_capaian_of_Mayang_2023_and_its_wrong_predikat()
    {
        using var run = new ExampleRun();

        // begin-snippet: getting-started-first-program
        using var file = File.OpenRead("samples/mayang-2023.json");
        Lkip report = LkipJson.Read(file);

        // The figures of Bab III: capaian and predikat of every indicator, under the report's policies.
        LkipResults results = LkipCalculator.Calculate(report);
        foreach (RenstraResult renstra in results.Renstra)
        {
            foreach (IndicatorResult row in renstra.Indicators.Where(r => r.Capaian.HasValue))
            {
                Console.WriteLine($"{row.IndikatorCode}: capaian {NumberPattern.Percent.Format(row.Capaian.Value)}, predikat {row.Predikat.Band!.Code}");
            }
            Console.WriteLine($"Unit: {NumberPattern.Percent.Format(renstra.UnitCapaian.Value)}, predikat {renstra.UnitPredikat.Band!.Code}");
        }

        // The review: every printed figure compared with what the rules give.
        ReviewResult review = LkipReview.Review(report);
        Console.WriteLine($"{review.CheckedFigures} printed figures checked, {review.Findings.Count} findings; the wrong predikat:");
        foreach (Finding finding in review.Findings.Where(f => f.Kind == FindingKind.WrongPredikat))
        {
            Console.WriteLine($"  L{string.Join(", L", finding.Lines)}: {finding.ExplanationEnglish}");
        }

        // Output:
        // IKU-1: capaian 85,23%, predikat A
        // IKU-2: capaian 94,89%, predikat AA
        // IKU-3: capaian 100,00%, predikat AA
        // IKU-4: capaian 100,00%, predikat AA
        // Unit: 95,03%, predikat AA
        // 317 printed figures checked, 66 findings; the wrong predikat:
        //   L581, L529: The predikat of the average capaian is printed as memuaskan, but 95,03 is AA (Sangat Memuaskan) on the PermenPANRB 88/2021 scale.
        //   L655: The predikat IKU-2 is printed as Baik, but 94,89 is AA (Sangat Memuaskan) on the PermenPANRB 88/2021 scale.
        //   L658: The predikat IKU-3 is printed as Memuaskan, but 100,00 is AA (Sangat Memuaskan) on the PermenPANRB 88/2021 scale; the printed grade is what grading the realisasi instead of the capaian gives.
        //   L659: The sasaran predikat S3 is printed as Memuaskan, but 100,00 is AA (Sangat Memuaskan) on the PermenPANRB 88/2021 scale.
        //   L665: The predikat IKU-4 is printed as Memuaskan, but 100,00 is AA (Sangat Memuaskan) on the PermenPANRB 88/2021 scale.
        // end-snippet

        run.AssertPrintedAsShownIn("getting-started-first-program");
        Assert.Equal(41, review.Findings.Count(f => f.Severity == FindingSeverity.Error));
        Assert.Equal(25, review.Findings.Count(f => f.Severity == FindingSeverity.Warning));
        Assert.Equal(26, review.CheckedAggregates);
        Assert.Contains(review.Findings, f => f.Kind == FindingKind.InputMismatch && f.Printed == "88,28");

        // The prose: IKU-3 is 111,25 % raw, and the unit's mean over the raw values is 97,84 %.
        var iku3 = results.Renstra[0].Indicators.Single(r => r.IndikatorCode == "IKU-3");
        Assert.Equal((111.25m, 100m), (iku3.Capaian.Raw, iku3.Capaian.Value));
        var rawMean = CapaianAggregation.ForUnit(report.Unit.Renstra[0], report.Year, report.Policies.Capaian, report.Policies.UnitMean, CapaianBasis.Raw);
        Assert.Equal("97,84%", NumberPattern.Percent.Format(rawMean.Value));
    }
}
