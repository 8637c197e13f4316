using System;
using System.Linq;
using Sakip.Measurement.Cli.Rendering;
using Sakip.Measurement.Lke;
using Xunit;

namespace Sakip.Measurement.Cli.Tests;

/// <summary>The LKE sections: the score table, the criteria answered from the report, the what-if ranking.</summary>
public sealed class LkeSectionsTests
{
    [Fact]
    public void Build_WorksheetAlone_ScoresItAsTheFileAnswersIt()
    {
        var evaluation = Reports.Lke();
        var sections = LkeSections.Build(evaluation, null, "e1");
        Assert.Equal(["lke-nilai", "lke-whatif"], sections.Select(s => s.Kind));
        var total = sections[0].Table!.Rows[^1];
        var expected = LkeCalculator.Score(evaluation.Worksheet);
        Assert.True(total.IsTotal);
        Assert.Equal(expected.Total, total.Cells[2].Value);
        Assert.Equal(CellText.Predikat(expected.Predikat), total.Cells[4].Text);
        // Four komponen rows and twelve sub-komponen rows before the total.
        Assert.Equal(17, sections[0].Table!.Rows.Count);
        Assert.Contains("Belum dijawab (1): 4.c.5.", sections[0].Notes);
        Assert.Equal(12, Assert.IsType<BarChart>(sections[0].Chart).Bars.Count);
    }

    [Fact]
    public void Build_WithTheReport_AnswersThe3bCriteriaFromItAndScoresTheFilledWorksheet()
    {
        var evaluation = Reports.Lke();
        var (_, review) = Reports.Load("patrang-2023");
        var sections = LkeSections.Build(evaluation, review, "r1");
        Assert.Equal(["lke-nilai", "lke-laporan", "lke-whatif"], sections.Select(s => s.Kind));
        var derived = sections[1].Table!;
        Assert.Equal(["3.b.1", "3.b.2", "3.b.3", "3.b.4", "3.b.5"], derived.Rows.Select(r => r.Cells[0].Text));
        // The worksheet answered 3.b.1 A; the report shows every capaian but IKU-5's wrong (P14): B.
        Assert.Equal(["A", "B"], derived.Rows[0].Cells.Skip(2).Take(2).Select(c => c.Text));
        var filled = LkeCalculator.Score(LkeReportAnswers.Fill(evaluation.Worksheet, review));
        Assert.Equal(filled.Total, sections[0].Table!.Rows[^1].Cells[2].Value);
    }

    [Fact]
    public void Build_WhatIf_ShowsTheLargestGainsFirstAndSaysHowManyItLeftOut()
    {
        var evaluation = Reports.Lke();
        var whatIf = LkeSections.Build(evaluation, null, "e1")[^1];
        var ranking = LkeCalculator.WhatIf(evaluation.Worksheet);
        Assert.Equal(LkeSections.WhatIfRows, whatIf.Table!.Rows.Count);
        Assert.Equal(ranking.Take(LkeSections.WhatIfRows).Select(r => r.Criterion), whatIf.Table.Rows.Select(r => r.Cells[1].Text));
        Assert.Equal(ranking[0].Gain, whatIf.Table.Rows[0].Cells[5].Value);
        Assert.Contains($"{LkeSections.WhatIfRows} dari {ranking.Count} langkah ditampilkan.", whatIf.Notes);
    }

    [Fact]
    public void BuildLke_IsAPartWithoutReview()
    {
        var document = ReportBuilder.BuildLke(Reports.Lke(), null);
        var unit = Assert.Single(document.Units);
        Assert.False(unit.HasReview);
        Assert.Equal("Kecamatan Patrang — evaluasi SAKIP (LKE) tahun 2023", unit.Title);
        string markdown = Reports.Render(MarkdownRenderer.Write, document);
        Assert.DoesNotContain("Temuan pemeriksaan", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ReportWithItsLke_EndsTheReportsPartWithTheLkeSections()
    {
        var document = ReportBuilder.Build([Reports.Load("patrang-2023")], Reports.Lke());
        Assert.Equal(["lke-nilai", "lke-laporan", "lke-whatif"], document.Units[0].Sections.TakeLast(3).Select(s => s.Kind));
        Assert.True(document.Units[0].HasReview);
    }

    [Fact]
    public void Build_LkeOfAnotherUnit_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => ReportBuilder.Build([Reports.Load("mayang-2023")], Reports.Lke()));
        Assert.Equal("lke", error.ParamName);
    }
}
