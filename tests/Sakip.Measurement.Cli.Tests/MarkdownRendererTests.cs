using System;
using System.Linq;
using Sakip.Measurement.Cli.Rendering;
using Xunit;

namespace Sakip.Measurement.Cli.Tests;

/// <summary>The Markdown: pipe tables that stay tables whatever the report's text holds.</summary>
public sealed class MarkdownRendererTests
{
    private static readonly ReportDocument Tiny = new(
    [
        new UnitDocument("r1", "Unit | A", new FiscalYear(2025),
        [
            new ReportSection("r1-x", "x", "Tabel", ["Catatan dengan | pipa"], new ReportTable(
                [new ReportColumn("Nama"), new ReportColumn("Nilai", Numeric: true)],
                [new ReportRow(["a|b", new ReportCell("1,00%", 1m)]), new ReportRow(["Jumlah", new ReportCell("2,00%", 2m)], IsTotal: true)]),
                new BarChart("c", [], 100m, null, string.Empty)),
        ], [], "0 angka tercetak."),
    ], null);

    [Fact]
    public void Write_PipesInText_AreEscapedSoTheTableKeepsItsColumns()
    {
        string markdown = Reports.Render(MarkdownRenderer.Write, Tiny);
        Assert.Contains("| a\\|b | 1,00% |", markdown, StringComparison.Ordinal);
        Assert.Contains("# Unit \\| A — pengukuran kinerja tahun 2025", markdown, StringComparison.Ordinal);
        Assert.Contains("- Catatan dengan \\| pipa", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NumericColumns_AreRightAlignedAndTotalRowsBold()
    {
        string markdown = Reports.Render(MarkdownRenderer.Write, Tiny);
        Assert.Contains("| --- | ---: |", markdown, StringComparison.Ordinal);
        Assert.Contains("| **Jumlah** | **2,00%** |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Kencong_NumbersTheFindingsAsTheCellsCiteThem()
    {
        var document = Reports.Document("kencong-2025");
        string markdown = Reports.Render(MarkdownRenderer.Write, document);
        int count = document.Units[0].Findings.Count;
        Assert.Contains($"## Temuan pemeriksaan angka tercetak ({count})", markdown, StringComparison.Ordinal);
        Assert.Contains($"\n{count}. **", markdown, StringComparison.Ordinal);
        // Charts are the HTML format's; Markdown has their tables only.
        Assert.DoesNotContain("<svg", markdown, StringComparison.Ordinal);
        Assert.Equal(document.Units[0].Sections.Count(s => s.Table is not null), markdown.Split("\n## ").Length - 2);
    }
}
