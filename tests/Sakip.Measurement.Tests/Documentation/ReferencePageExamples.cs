using System.IO;
using Xunit;

namespace Sakip.Measurement.Tests.Documentation;

/// <summary>The examples of the reference pages docs/report-format.md and docs/review.md.</summary>
[Collection(DocumentationExamplesGroup.Name)]
public sealed class ReferencePageExamples
{
    [Fact]
    public void The_report_file_example_reads_calculates_and_writes_back_an_equal_report()
    {
        using var run = new ExampleRun();

        // begin-snippet: report-format-read
        using var stream = File.OpenRead("samples/mayang-2023.json");
        Lkip report = LkipJson.Read(stream);                 // LkipFormatException / SakipDataException on bad files
        LkipResults results = LkipCalculator.Calculate(report);
        string json = LkipJson.Format(report);               // reads back to an equal report
        // end-snippet

        Assert.Equal(report, LkipJson.Parse(json));
        Assert.Equal(new FiscalYear(2023), results.Year);
        Assert.Equal("Kecamatan Mayang", report.Unit.Name);
    }

    [Fact]
    public void The_review_example_checks_the_printed_figures_of_Patrang_2023()
    {
        using var run = new ExampleRun();

        // begin-snippet: review-patrang
        using var stream = File.OpenRead("samples/patrang-2023.json");
        ReviewResult review = LkipReview.Review(LkipJson.Read(stream));
        // review.CheckedFigures: printed occurrences compared with a computed figure or an input (340)
        // review.CheckedAggregates: printed sums and means checked (20)
        // review.Findings: kind, severity, figure, every location, printed text, computed value,
        //                  rule, alternative policy, explanation in Indonesian and English (41)
        // end-snippet

        Assert.Equal(340, review.CheckedFigures);
        Assert.Equal(20, review.CheckedAggregates);
        Assert.Equal(41, review.Findings.Count);
        Assert.False(review.IsClean);
    }
}
