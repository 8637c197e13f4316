using System;
using System.Linq;
using System.Text.Json;
using Sakip.Measurement.Cli.Rendering;
using Xunit;

namespace Sakip.Measurement.Cli.Tests;

/// <summary>The JSON for other programs: sections, cells with exact values, findings with every field.</summary>
public sealed class JsonRendererTests
{
    private static JsonDocument Parse(ReportDocument document) => JsonDocument.Parse(Reports.Render(JsonRenderer.Write, document));

    [Fact]
    public void Write_FourReports_HasAReportEachAndTheSummary()
    {
        using var json = Parse(Reports.Document(Reports.All));
        var reports = json.RootElement.GetProperty("reports");
        Assert.Equal(4, reports.GetArrayLength());
        Assert.Equal(["Kecamatan Ajung", "Kecamatan Kencong", "Kecamatan Mayang", "Kecamatan Patrang"],
            reports.EnumerateArray().Select(r => r.GetProperty("unit").GetString()));
        Assert.Equal(4, json.RootElement.GetProperty("summary").GetProperty("rows").GetArrayLength());
    }

    [Fact]
    public void Write_Mayang_GivesCellsTheirTextAndExactValue()
    {
        using var json = Parse(Reports.Document("mayang-2023"));
        var report = json.RootElement.GetProperty("reports")[0];
        Assert.Equal(2023, report.GetProperty("year").GetInt32());
        var capaian = report.GetProperty("sections").EnumerateArray().First(s => s.GetProperty("kind").GetString() == "capaian").GetProperty("table");
        Assert.Equal("Capaian", capaian.GetProperty("columns")[5].GetProperty("header").GetString());
        Assert.True(capaian.GetProperty("columns")[5].GetProperty("numeric").GetBoolean());
        var iku3 = capaian.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("cells")[2].GetProperty("text").GetString()!.StartsWith("IKU-3", StringComparison.Ordinal));
        var cell = iku3.GetProperty("cells")[5];
        Assert.Equal("111,25%", cell.GetProperty("text").GetString());
        Assert.Equal(111.25m, cell.GetProperty("value").GetDecimal());
        Assert.Equal(1, iku3.GetProperty("cells")[8].GetProperty("findings")[0].GetInt32());
        Assert.True(capaian.GetProperty("rows").EnumerateArray().Last().GetProperty("total").GetBoolean());
    }

    [Fact]
    public void Write_Mayang_GivesEveryFindingWithItsFigureLocationsAndBothLanguages()
    {
        var document = Reports.Document("mayang-2023");
        using var json = Parse(document);
        var findings = json.RootElement.GetProperty("reports")[0].GetProperty("findings");
        Assert.Equal(document.Units[0].Findings.Count, findings.GetArrayLength());
        var first = findings[0];
        Assert.Equal("Error", first.GetProperty("severity").GetString());
        Assert.Equal("WrongValue", first.GetProperty("kind").GetString());
        Assert.Equal("IKU-3", first.GetProperty("figure").GetProperty("subject").GetString());
        Assert.Equal("111,3%", first.GetProperty("printed").GetString());
        Assert.True(first.GetProperty("locations")[0].GetProperty("line").GetInt32() > 0);
        Assert.False(string.IsNullOrEmpty(first.GetProperty("explanationEnglish").GetString()));
    }
}
