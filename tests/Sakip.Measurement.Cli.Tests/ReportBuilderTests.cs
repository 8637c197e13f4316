using System;
using System.Linq;
using Sakip.Measurement.Cli.Rendering;
using Sakip.Measurement.Review;
using Xunit;

namespace Sakip.Measurement.Cli.Tests;

/// <summary>What the tool's document holds for each bundled report: the Bab III sections, the figures and where findings are marked.</summary>
public sealed class ReportBuilderTests
{
    [Fact]
    public void Build_Kencong_HasEveryBabIIISectionInReportOrder()
    {
        var unit = Reports.Document("kencong-2025").Units[0];
        Assert.Equal(
            ["capaian", "sasaran", "tren", "renstra", "pembanding", "cascade", "capaian", "sasaran", "renstra", "pembanding", "cascade", "anggaran", "efisiensi", "kontribusi", "indeks"],
            unit.Sections.Select(s => s.Kind));
        Assert.Equal(unit.Sections.Count, unit.Sections.Select(s => s.Id).Distinct().Count());
    }

    [Theory]
    [InlineData("ajung-2023")]
    [InlineData("kencong-2025")]
    [InlineData("mayang-2023")]
    [InlineData("patrang-2023")]
    public void Build_EveryTable_HasOneCellPerColumnInEveryRow(string name)
    {
        foreach (var section in Reports.Document(name).Units[0].Sections.Where(s => s.Table is not null))
        {
            Assert.All(section.Table!.Rows, row => Assert.Equal(section.Table.Columns.Count, row.Cells.Count));
        }
    }

    [Theory]
    [InlineData("ajung-2023")]
    [InlineData("kencong-2025")]
    [InlineData("mayang-2023")]
    [InlineData("patrang-2023")]
    public void Build_EveryFinding_IsNumberedInTheReviewsOrder(string name)
    {
        var (_, review) = Reports.Load(name);
        var unit = ReportBuilder.Build([Reports.Load(name)]).Units[0];
        Assert.Equal(review.Findings, unit.Findings.Select(f => f.Finding));
        Assert.Equal(Enumerable.Range(1, review.Findings.Count), unit.Findings.Select(f => f.Number));
    }

    [Fact]
    public void Build_Mayang_CapaianTableShowsRawAndCappedCapaianAndTheMeansBeforeAndAfterTheCap()
    {
        var capaian = Reports.Document("mayang-2023").Units[0].Sections.First(s => s.Kind == "capaian").Table!;
        // SEEDS §2.0: IKU-3 89 / 80 = 111,25 %, capped to 100; the unit mean 95,03 capped, 97,84 raw.
        var iku3 = capaian.Rows.Single(r => r.Cells[2].Text.StartsWith("IKU-3", StringComparison.Ordinal));
        Assert.Equal(111.25m, iku3.Cells[5].Value);
        Assert.Equal(100m, iku3.Cells[6].Value);
        Assert.Equal("AA (Sangat Memuaskan)", iku3.Cells[7].Text);
        var total = capaian.Rows[^1];
        Assert.True(total.IsTotal);
        Assert.Equal("97,84%", total.Cells[5].Text);
        Assert.Equal("95,03%", total.Cells[6].Text);
    }

    [Fact]
    public void Build_Mayang_MarksThePrintedCellThatIgnoresTheCapWithItsFinding()
    {
        var unit = Reports.Document("mayang-2023").Units[0];
        var iku3 = unit.Sections.First(s => s.Kind == "capaian").Table!.Rows.Single(r => r.Cells[2].Text.StartsWith("IKU-3", StringComparison.Ordinal));
        // Erratum M06: Tabel 3.1 prints 111,3 % where the cap gives 100.
        var finding = Assert.Single(iku3.Cells[8].FindingsOrEmpty);
        Assert.Equal("111,3%", iku3.Cells[8].Text);
        Assert.Equal(FindingKind.WrongValue, finding.Finding.Kind);
        Assert.StartsWith("beda: hitungan 100,0%", iku3.Cells[9].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Mayang_MarksTheBudgetTotalThatPrintsThePaguAsRealisasi()
    {
        var budget = Reports.Document("mayang-2023").Units[0].Sections.Single(s => s.Kind == "anggaran").Table!;
        var total = budget.Rows[^1];
        Assert.Equal("Jumlah", total.Cells[1].Text);
        Assert.Equal(3_002_619_063m, total.Cells[4].Value);
        // Erratum M29: "Rp. 3.558.872.538,-,-" printed as the realisasi is the pagu.
        Assert.Contains(total.Cells[4].FindingsOrEmpty, f => f.Finding.Printed.Contains("3.558.872.538", StringComparison.Ordinal));
        Assert.Equal(84.37m, decimal.Round(total.Cells[5].Value!.Value, 2));
    }

    [Fact]
    public void Build_Kencong_ComparesWithPreviousYearsWithTheTrendInTheIndicatorsGoodDirection()
    {
        var trend = Reports.Document("kencong-2025").Units[0].Sections.First(s => s.Kind == "tren");
        var columns = trend.Table!.Columns.Select(c => c.Header).ToArray();
        Assert.Equal(["Indikator", "Realisasi 2021", "Realisasi 2022", "Realisasi 2023", "Realisasi 2024", "Realisasi 2025", "Capaian 2024", "Capaian 2025", "Tren", "Keterangan"], columns);
        // IKM 92,80 (2024) → 92,33 (2025): down, and for a positive indicator worse.
        var ikm = trend.Table.Rows.Single(r => r.Cells[0].Text.StartsWith("IKU-2", StringComparison.Ordinal));
        Assert.Equal(92.33m, ikm.Cells[5].Value);
        Assert.Equal(["turun", "memburuk"], ikm.Cells.Skip(8).Select(c => c.Text));
        var chart = Assert.IsType<TrendChart>(trend.Chart);
        var series = chart.Series.Single(s => s.Label == "IKU-2");
        Assert.Equal(6, series.Points.Count);
        Assert.Null(series.Points[^1].Realisasi);
    }

    [Fact]
    public void Build_Kencong_ComparesWithTheNationalBenchmarkWithItsSource()
    {
        var table = Reports.Document("kencong-2025").Units[0].Sections.Where(s => s.Kind == "pembanding").Last().Table!;
        // IPP 3,17 against the national 3,68: 0,51 below, not better.
        var ipp = table.Rows.Single(r => r.Cells[0].Text.StartsWith("IKT-3", StringComparison.Ordinal));
        Assert.Equal(3.68m, ipp.Cells[2].Value);
        Assert.Equal(-0.51m, ipp.Cells[4].Value);
        Assert.Contains("Nasional", ipp.Cells[3].Text, StringComparison.Ordinal);
        Assert.Equal("belum lebih baik dari pembanding", ipp.Cells[6].Text);
    }

    [Fact]
    public void Build_Kencong_CascadeGoesFromTujuanThroughSasaranToProgramAndKegiatan()
    {
        var cascade = Reports.Document("kencong-2025").Units[0].Sections.First(s => s.Kind == "cascade");
        var tree = Assert.IsType<TreeChart>(cascade.Chart);
        Assert.Null(cascade.Table);
        var tujuan = tree.Roots[0];
        Assert.Equal("Tujuan", tujuan.Level);
        var sasaran = tree.Roots.SelectMany(t => t.Children).First(s => s.Label.StartsWith("S1 ", StringComparison.Ordinal));
        Assert.Equal("Sasaran", sasaran.Level);
        var program = Assert.Single(sasaran.Children);
        Assert.Equal("Program", program.Level);
        Assert.Equal(5, program.Children.Count);
        Assert.All(program.Children, k => Assert.Equal("Kegiatan", k.Level));
        Assert.All(program.Children, k => Assert.Empty(k.Children));
    }

    [Fact]
    public void Build_Kencong_EfficiencyPictureHasAPointPerSasaranColouredByItsVerdict()
    {
        var efficiency = Reports.Document("kencong-2025").Units[0].Sections.Single(s => s.Kind == "efisiensi");
        var chart = Assert.IsType<ScatterChart>(efficiency.Chart);
        Assert.Equal(["S1", "S2", "S3", "S4", "S5", "S6"], chart.Points.Select(p => p.Label));
        var s1 = chart.Points[0];
        Assert.Equal(100m, s1.Y);
        Assert.Equal(71.11m, decimal.Round(s1.X, 2));
        Assert.Equal(Colours.Efficiency(Results.EfficiencyLevel.Efisien), s1.Colour);
        Assert.Equal(Colours.Efficiency(Results.EfficiencyLevel.TidakEfisien), chart.Points[1].Colour);
        // The unit's own verdict closes the table.
        Assert.Equal("Unit", efficiency.Table!.Rows[^1].Cells[0].Text);
    }

    [Fact]
    public void Build_ReportWithIkmCounts_ListsTheUnsurWeakestFirstWithABarEach()
    {
        var unit = ReportBuilder.Build([Reports.Template()]).Units[0];
        var section = unit.Sections.Single(s => s.Kind == "ikm-unsur");
        Assert.Equal("U8 Penanganan Pengaduan, Saran dan Masukan", section.Table!.Rows[0].Cells[0].Text);
        var values = section.Table.Rows.Select(r => r.Cells[2].Value!.Value).ToArray();
        Assert.Equal(values.Order(), values);
        var chart = Assert.IsType<BarChart>(section.Chart);
        Assert.Equal(9, chart.Bars.Count);
        Assert.Equal("U8", chart.Bars[0].Label);
        var ikm = unit.Sections.Single(s => s.Kind == "indeks").Table!.Rows.Single();
        Assert.Equal("84,31", ikm.Cells[1].Text);
        Assert.Equal(chart.Reference, ikm.Cells[1].Value);
    }

    [Fact]
    public void Build_OneReport_HasNoSummary() => Assert.Null(Reports.Document("mayang-2023").Summary);

    [Fact]
    public void Build_FourReports_SummariseEachUnitLinkedToItsPart()
    {
        var document = Reports.Document(Reports.All);
        var summary = document.Summary!;
        Assert.Equal(4, summary.Rows.Count);
        Assert.Equal("Ringkasan 4 laporan kinerja", document.Title);
        var mayang = summary.Rows[2];
        // Mayang 2023: capped mean 95,03 (AA), serapan 84,37 %.
        Assert.Equal(["Kecamatan Mayang", "2023", "95,03%", "AA (Sangat Memuaskan)", "84,37%"], mayang.Cells.Take(5).Select(c => c.Text));
        Assert.Equal("r3", mayang.Cells[0].Link);
        Assert.Equal("r3-findings", mayang.Cells[7].Link);
        int errors = Reports.Load("mayang-2023").Review.Findings.Count(f => f.Severity == FindingSeverity.Error);
        Assert.Equal(errors, mayang.Cells[7].Value);
    }

    [Fact]
    public void Build_NullReports_IsAnArgumentError() =>
        Assert.Equal("reports", Assert.Throws<ArgumentNullException>(() => ReportBuilder.Build(null!)).ParamName);
}
