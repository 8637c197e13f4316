using System;
using System.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Sakip.Measurement.Cli.Rendering;
using Xunit;

namespace Sakip.Measurement.Cli.Tests;

/// <summary>The HTML page, read as a browser reads it (AngleSharp, strict: any HTML5 parse error throws).</summary>
public sealed class HtmlRendererTests
{
    private static IDocument Parse(ReportDocument document)
    {
        string html = Reports.Render(HtmlRenderer.Write, document);
        var parser = new HtmlParser(new HtmlParserOptions { IsStrictMode = true });
        return parser.ParseDocument(html);
    }

    [Fact]
    public void Write_FourReports_IsOneSelfContainedIndonesianPageWithAPartEachAndTheSummary()
    {
        using var page = Parse(Reports.Document(Reports.All));
        Assert.Equal("id", page.DocumentElement.GetAttribute("lang"));
        Assert.Empty(page.QuerySelectorAll("script, link, iframe, [src]"));
        Assert.Equal(5, page.QuerySelectorAll("section.report").Length);
        Assert.Equal("Ringkasan 4 laporan kinerja", page.QuerySelector("#summary h1")!.TextContent);
        Assert.Equal(4, page.QuerySelectorAll("#summary tbody tr").Length);
    }

    [Fact]
    public void Write_Kencong_DrawsEveryKindOfChart()
    {
        using var page = Parse(Reports.Document("kencong-2025"));
        // Two Renstra: a capaian chart and a cascade each; the trend for the one with earlier years; one efficiency picture.
        Assert.Equal(2, page.QuerySelectorAll("figure.bars").Length);
        Assert.Equal(2, page.QuerySelectorAll("figure.tree").Length);
        Assert.Single(page.QuerySelectorAll("figure.multiples"));
        Assert.Single(page.QuerySelectorAll("figure.scatter"));
        Assert.All(page.QuerySelectorAll("figure"), figure =>
        {
            Assert.NotEmpty(figure.QuerySelectorAll("svg"));
            Assert.False(string.IsNullOrWhiteSpace(figure.QuerySelector("figcaption")?.TextContent));
        });
        // Six indicators, six bars in the first capaian chart; six sasaran points in the efficiency picture.
        Assert.Equal(6, page.QuerySelectorAll("figure.bars")[0].QuerySelectorAll("rect").Length);
        Assert.Equal(6, page.QuerySelectorAll("figure.scatter circle").Length);
        Assert.Equal(6, page.QuerySelectorAll("figure.multiples svg").Length);
    }

    [Fact]
    public void Write_IkmCounts_DrawsTheUnsurWeakestFirst()
    {
        using var page = Parse(ReportBuilder.Build([Reports.Template()]));
        var bars = page.QuerySelectorAll("[id$='ikm-unsur'] figure.bars rect");
        Assert.Equal(9, bars.Length);
        Assert.StartsWith("Penanganan Pengaduan", bars[0].TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ajung-2023")]
    [InlineData("kencong-2025")]
    [InlineData("mayang-2023")]
    [InlineData("patrang-2023")]
    public void Write_EveryFinding_IsListedAndEveryLinkLeadsSomewhere(string name)
    {
        var document = Reports.Document(name);
        using var page = Parse(document);
        Assert.Equal(document.Units[0].Findings.Count, page.QuerySelectorAll("ol.findings li").Length);
        foreach (var link in page.QuerySelectorAll("a[href^='#']"))
        {
            Assert.NotNull(page.GetElementById(link.GetAttribute("href")![1..]));
        }
        // A marked cell links to its finding, and the finding links back to the cell.
        foreach (var cell in page.QuerySelectorAll("td.finding[id]"))
        {
            string finding = cell.Id!["cell-".Length..];
            Assert.NotNull(cell.QuerySelector($"a.ref[href='#{finding}']"));
            Assert.NotNull(page.QuerySelector($"#{finding} a[href='#{cell.Id}']"));
        }
        Assert.Equal(page.QuerySelectorAll("td.finding[id]").Length, page.QuerySelectorAll("ol.findings a[href^='#cell-']").Length);
    }

    [Fact]
    public void Write_ReportWithItsLke_IsWellFormedWithTheSubKomponenChart()
    {
        using var page = Parse(ReportBuilder.Build([Reports.Load("patrang-2023")], Reports.Lke()));
        Assert.Equal(12, page.QuerySelectorAll("[id$='lke-nilai'] figure.bars rect").Length);
        Assert.NotNull(page.QuerySelector("[id$='lke-laporan'] table"));
        Assert.Equal(LkeSections.WhatIfRows, page.QuerySelectorAll("[id$='lke-whatif'] tbody tr").Length);
    }

    [Fact]
    public void Write_Mayang_MarksTheCellThatIgnoresTheCap()
    {
        using var page = Parse(Reports.Document("mayang-2023"));
        var cell = page.QuerySelectorAll("td.finding").First(td => td.TextContent.StartsWith("111,3%", StringComparison.Ordinal));
        Assert.Contains("num", cell.ClassList);
        Assert.Equal("[temuan 1]", cell.QuerySelector("a.ref")!.TextContent);
    }

    [Fact]
    public void Write_PrintStyle_PutsEachReportOnItsOwnPageWithoutCuttingRows()
    {
        using var page = Parse(Reports.Document(Reports.All));
        string style = page.QuerySelector("head style")!.TextContent;
        Assert.Contains("@media print", style, StringComparison.Ordinal);
        Assert.Contains("section.report{break-before:page}", style, StringComparison.Ordinal);
        Assert.Contains("tr,figure{break-inside:avoid}", style, StringComparison.Ordinal);
        Assert.Contains("h1,h2,ul.notes{break-after:avoid}", style, StringComparison.Ordinal);
        Assert.Contains("@page{size:A4", style, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("meta[name='viewport']"));
    }

    [Fact]
    public void Write_TextFromTheReport_IsEncodedNotMarkup()
    {
        var (report, _) = Reports.Load("mayang-2023");
        var renamed = new Model.Lkip(new Model.PerangkatDaerah("<script>alert(1)</script> & Co", report.Unit.Renstra), report.Year, report.Policies,
            report.Budget, report.Benchmarks, report.Ikm, report.Ipp, report.Printed, report.Aggregates, report.Scales);
        using var page = Parse(ReportBuilder.Build([(renamed, Review.LkipReview.Review(renamed))]));
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.StartsWith("<script>alert(1)</script> & Co", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }
}
