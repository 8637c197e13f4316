using System;
using System.IO;
using System.Linq;
using Sakip.Measurement.Ikm;
using Sakip.Measurement.Ipp;
using Xunit;

namespace Sakip.Measurement.Tests.Documentation;

/// <summary>The examples of README.md, run as a reader runs them, with what their comments claim asserted.</summary>
[Collection(DocumentationExamplesGroup.Name)]
public sealed class ReadmeExamples
{
    [Fact]
    public void The_capaian_example_prints_94_89_percent_graded_AA_and_keeps_raw_and_missing_apart()
    {
        using var run = new ExampleRun();

        // begin-snippet: readme-capaian
        // IKM: target 93, realisasi 88,25 (Mayang 2023, Tabel 3.1), Permenpan practice: cap at 100.
        CapaianResult capaian = Capaian.Calculate(93m, 88.25m, Polarity.Positive, CapaianPolicy.Capped100);
        PredikatBand predikat = PredikatScale.PermenPanRb88Tahun2021.Classify(capaian.Value);

        Console.WriteLine(Sakip.Measurement.Text.NumberPattern.Percent.Format(capaian.Value)); // 94,89%
        Console.WriteLine($"{predikat.Code} {predikat.Label}");                               // AA Sangat Memuaskan

        // Over target: the raw value is kept beside the capped one.
        var fasilitas = Capaian.Calculate(80m, 89m, Polarity.Positive, CapaianPolicy.Capped100);
        // fasilitas.Raw == 111.25m, fasilitas.Value == 100m, fasilitas.Adjustment == CapAdjustment.Ceiling

        // Missing realisasi is not zero: no capaian, and the status says why.
        var missing = Capaian.Calculate(100m, null, Polarity.Positive, CapaianPolicy.Capped100);
        // missing.Status == CapaianStatus.NoRealisasi; missing.Value throws
        // end-snippet

        Assert.Equal(["94,89%", "AA Sangat Memuaskan"], run.Lines);
        Assert.Equal(111.25m, fasilitas.Raw);
        Assert.Equal(100m, fasilitas.Value);
        Assert.Equal(CapAdjustment.Ceiling, fasilitas.Adjustment);
        Assert.Equal(CapaianStatus.NoRealisasi, missing.Status);
        Assert.Throws<InvalidOperationException>(() => missing.Value);
    }

    [Fact]
    public void The_review_example_lists_every_finding_of_Mayang_2023_with_its_lines()
    {
        using var run = new ExampleRun();

        // begin-snippet: readme-review
        using var file = File.OpenRead("samples/mayang-2023.json");
        Lkip report = LkipJson.Read(file);                // strict: errors name the JSON path or the field
        ReviewResult review = LkipReview.Review(report);  // recomputes under the report's own policies
        foreach (Finding finding in review.Findings)
        {
            Console.WriteLine($"{string.Join(", ", finding.Lines)}: {finding.Explanation}");
        }
        // 655: Predikat IKU-2 tercetak Baik, tetapi nilai 94,89 berpredikat AA (Sangat Memuaskan) pada skala PermenPANRB 88/2021.
        // end-snippet

        Assert.Equal(review.Findings.Count, run.Lines.Count);
        Assert.Contains("655: Predikat IKU-2 tercetak Baik, tetapi nilai 94,89 berpredikat AA (Sangat Memuaskan) pada skala PermenPANRB 88/2021.", run.Lines);
    }

    [Fact]
    public void The_ikm_and_ipp_example_gives_86_11_B_and_an_ipp_of_3_175_B_minus()
    {
        using var run = new ExampleRun();

        // begin-snippet: readme-ikm-ipp
        // Raw survey answers (1-4, 0 = unanswered), tallied without allocating per respondent.
        var tally = new SurveyTally(IkmDefinition.PermenPanRb14Tahun2017);
        tally.AddRespondent([4, 3, 4, 4, 3, 3, 4, 0, 3]);
        tally.AddRespondent([3, 3, 4, 4, 4, 3, 4, 3, 3]);
        IkmResult ikm = IkmCalculator.Calculate(tally.ToCounts());
        // ikm.Value = 86,11..., ikm.Mutu.Code = "B", ikm.WeakestFirst[0].Element.Name = "Sistem, Mekanisme dan Prosedur"

        // Large CSV exports are streamed: bad cells are reported by line and column, the rest is kept.
        using var csv = File.OpenText("samples/skm-contoh.csv");
        IkmCsvResult survey = IkmCsvReader.Read(csv, IkmDefinition.PermenPanRb14Tahun2017);
        // survey.RowsAccepted = 59; survey.Errors[0]: line 19, column U5, text "5" (answers are 1-4)

        decimal ipp = IppCalculator.Compose(f02: 3.2m, f03: 3.1m, IppComposition.Default);  // 3,175
        PredikatBand category = IppScale.PermenPanRb29Tahun2022.Classify(ipp);              // B- Baik (dengan catatan)
        long minimum = SampleSize.KrejcieMorgan(1000);                                       // 278
        // end-snippet

        Assert.Equal(86.11m, ikm.RoundValue(2));
        Assert.StartsWith("86.111111", ikm.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal("B", ikm.Mutu.Code);
        Assert.Equal("Sistem, Mekanisme dan Prosedur", ikm.WeakestFirst[0].Element.Name);
        Assert.Equal(59, survey.RowsAccepted);
        var error = survey.Errors.AsImmutableArray().Single();
        Assert.Equal((19L, "U5", "5"), (error.Line, error.Column, error.Text));
        Assert.Equal(3.175m, ipp);
        Assert.Equal(("B-", "Baik (dengan catatan)"), (category.Code, category.Label));
        Assert.Equal(278, minimum);
        Assert.Empty(run.Lines);
    }
}
