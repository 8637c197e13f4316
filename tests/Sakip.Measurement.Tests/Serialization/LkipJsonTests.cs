using System;
using System.IO;
using System.Linq;
using System.Text;
using Sakip.Measurement.Tests.Review;
using Xunit;

namespace Sakip.Measurement.Tests.Serialization;

public sealed class LkipJsonTests
{
    // The smallest version-2 report: one indicator with its target, realisasi and one printed capaian.
    private const string Minimal = """
        {
          "formatVersion": 2,
          "unit": "Kecamatan Uji",
          "year": 2023,
          "policy": { "capping": "Cap100Floor0" },
          "scale": "PermenPanRb88Tahun2021",
          "renstra": [
            {
              "name": "Renstra 2021-2026",
              "firstYear": 2021,
              "finalYear": 2026,
              "tujuan": [
                {
                  "code": "T1",
                  "name": "Tujuan",
                  "sasaran": [
                    {
                      "code": "S1",
                      "name": "Sasaran",
                      "indikator": [
                        {
                          "code": "IKU-1", "name": "Indeks", "satuan": "indeks", "polarity": "positive", "targetKind": "single",
                          "years": [ { "year": 2023, "pkTarget": "93", "realisasi": "88,25" } ]
                        }
                      ]
                    }
                  ]
                }
              ]
            }
          ],
          "printed": [
            { "figure": "capaian", "subject": "IKU-1", "table": "Tabel 3.1", "row": "1", "line": 515, "text": "95%" }
          ]
        }
        """;

    private static string Samples => Path.Combine(AppContext.BaseDirectory, "Samples");

    public static TheoryData<string> SampleFiles() => new(Directory.GetFiles(Samples, "*.json").Select(Path.GetFileName).OfType<string>());

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Read_EveryBundledReport_WritesBackToAnEqualReport(string file)
    {
        var report = SeedReviewTests.Sample(file);
        string written = LkipJson.Format(report);
        Assert.Equal(report, LkipJson.Parse(written));
        Assert.Contains("\"formatVersion\": 2", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MinimalReport_KeepsThePrintedTextAndItsPlace()
    {
        var report = LkipJson.Parse(Minimal);
        Assert.Equal(new FiscalYear(2023), report.Year);
        var printed = Assert.Single(report.Printed);
        Assert.Equal(new FigureId(FigureKind.Capaian, "IKU-1"), printed.Figure);
        Assert.Equal("95%", printed.Text);
        Assert.Equal(PrintedLocation.InTable("Tabel 3.1", "1", 515), printed.Location);
        Assert.Equal(88.25m, report.Unit.Renstra[0].Tujuan[0].Sasaran[0].Indikator[0].GetRealisasi(report.Year)!.Value.Number);
    }

    [Fact]
    public void Parse_FileWithoutFormatVersion_IsVersionOneAndItsPrintedCellsBecomePrintedFigures()
    {
        string v1 = Minimal.Replace("\"formatVersion\": 2,", string.Empty, StringComparison.Ordinal)
            .Replace("\"realisasi\": \"88,25\" }", "\"realisasi\": \"88,25\", \"printedCapaian\": \"95%\", \"printedPredikat\": \"Baik\", \"printedSource\": \"Tabel 3.1 L515\" }", StringComparison.Ordinal);
        v1 = v1[..v1.IndexOf(",\n  \"printed\"", StringComparison.Ordinal)] + "\n}";
        var report = LkipJson.Parse(v1);
        Assert.Equal(["95%", "Baik"], report.Printed.Select(p => p.Text));
        Assert.Equal([FigureKind.Capaian, FigureKind.Predikat], report.Printed.Select(p => p.Figure.Kind));
        Assert.All(report.Printed, p => Assert.Equal("Tabel 3.1 L515", p.Location.Table));
    }

    [Fact]
    public void Parse_VersionTwoSectionInAVersionOneFile_SaysToAddTheFormatVersion()
    {
        var e = Assert.Throws<SakipDataException>(() => LkipJson.Parse(Minimal.Replace("\"formatVersion\": 2,", string.Empty, StringComparison.Ordinal)));
        Assert.Equal("printed", e.FieldPath);
        Assert.Contains("\"formatVersion\": 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FormatVersionFromTheFuture_NamesTheField()
    {
        var e = Assert.Throws<SakipDataException>(() => LkipJson.Parse(Minimal.Replace("\"formatVersion\": 2", "\"formatVersion\": 3", StringComparison.Ordinal)));
        Assert.Equal("formatVersion", e.FieldPath);
        Assert.Equal("3", e.Value);
    }

    [Fact]
    public void Parse_TruncatedFile_SaysItEndsBeforeTheJsonDoes()
    {
        var e = Assert.Throws<LkipFormatException>(() => LkipJson.Parse(Minimal[..400]));
        Assert.Contains("truncated", e.Reason, StringComparison.Ordinal);
        Assert.NotNull(e.LineNumber);
        Assert.DoesNotContain("System.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EmptyFile_SaysSo()
    {
        var e = Assert.Throws<LkipFormatException>(() => LkipJson.Parse(string.Empty));
        Assert.Contains("empty", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TextWhereAWholeNumberBelongs_NamesThePathAndWhatIsExpected()
    {
        var e = Assert.Throws<LkipFormatException>(() => LkipJson.Parse(Minimal.Replace("\"firstYear\": 2021", "\"firstYear\": \"2021\"", StringComparison.Ordinal)));
        Assert.Equal("$.renstra[0].firstYear", e.JsonPath);
        Assert.Equal("expected a whole number", e.Reason);
        Assert.Equal(10, e.LineNumber);
    }

    [Fact]
    public void Parse_PropertyGivenTwice_NamesItWithItsLine()
    {
        var e = Assert.Throws<LkipFormatException>(() => LkipJson.Parse(Minimal.Replace("\"capping\": \"Cap100Floor0\"", "\"capping\": \"Cap100Floor0\", \"capping\": \"None\"", StringComparison.Ordinal)));
        Assert.Equal("$.policy.capping", e.JsonPath);
        Assert.Equal(5, e.LineNumber);
        Assert.Contains("given twice", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PropertyInTheWrongCase_SuggestsTheRightOne()
    {
        var e = Assert.Throws<LkipFormatException>(() => LkipJson.Parse(Minimal.Replace("\"capping\"", "\"Capping\"", StringComparison.Ordinal)));
        Assert.Equal("$.policy.Capping", e.JsonPath);
        Assert.Contains("did you mean 'capping'?", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NestingDeeperThanTheLimit_IsRefusedBeforeDeserializing()
    {
        var options = new LkipJsonOptions { MaxDepth = 5 };
        var e = Assert.Throws<LkipFormatException>(() => LkipJson.Read(Encoding.UTF8.GetBytes(Minimal), options));
        Assert.Contains("nested more than 5 levels", e.Reason, StringComparison.Ordinal);
        Assert.StartsWith("$.renstra[0].tujuan[0]", e.JsonPath, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_StreamLargerThanTheLimit_IsRefusedWithoutReadingItAll()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Minimal));
        var e = Assert.Throws<LkipFormatException>(() => LkipJson.Read(stream, new LkipJsonOptions { MaxBytes = 100 }));
        Assert.Contains("larger than 100 bytes", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownPolicyName_ListsTheNamesTheFormatKnows()
    {
        var e = Assert.Throws<SakipDataException>(() => LkipJson.Parse(Minimal.Replace("\"Cap100Floor0\"", "\"Cap100\"", StringComparison.Ordinal)));
        Assert.Equal("policy.capping", e.FieldPath);
        Assert.Equal("Cap100", e.Value);
        Assert.Contains("\"Cap100Floor0\", \"None\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RealisasiInTheWrongNotation_NamesTheFieldByItsCodes()
    {
        var e = Assert.Throws<SakipDataException>(() => LkipJson.Parse(Minimal.Replace("\"88,25\"", "\"6.9230.000\"", StringComparison.Ordinal)));
        Assert.Equal("renstra[0].tujuan[T1].sasaran[S1].indikator[IKU-1].years[2023].realisasi", e.FieldPath);
        Assert.Equal("6.9230.000", e.Value);
    }

    [Fact]
    public void Parse_PrintedFigureWithBothTableAndParagraph_IsRefused()
    {
        var e = Assert.Throws<SakipDataException>(() => LkipJson.Parse(Minimal.Replace("\"row\": \"1\",", "\"paragraph\": \"Bab III\",", StringComparison.Ordinal)));
        Assert.Equal("printed[0]", e.FieldPath);
    }

    [Fact]
    public void Parse_MalformedPrintedText_LoadsBecauseTheReviewReportsIt()
    {
        var report = LkipJson.Parse(Minimal.Replace("\"text\": \"95%\"", "\"text\": \"Rp. 6.9230.000,-\"", StringComparison.Ordinal));
        Assert.Equal("Rp. 6.9230.000,-", Assert.Single(report.Printed).Text);
    }

    [Fact]
    public void Parse_ScaleBandWithABoundButNoInclusiveness_NamesTheField()
    {
        string json = Minimal.Replace("\"printed\": [", "\"scales\": [ { \"name\": \"Skala\", \"table\": \"Tabel 3.1\", \"bands\": [ { \"code\": \"ST\", \"label\": \"Sangat Tinggi\", \"lower\": \"90\", \"text\": \"≥ 90\" } ] } ],\n  \"printed\": [", StringComparison.Ordinal);
        var e = Assert.Throws<SakipDataException>(() => LkipJson.Parse(json));
        Assert.Equal("scales[0].bands[0].lowerInclusive", e.FieldPath);
    }

    [Fact]
    public void Read_YearOption_OverridesTheFilesYear()
    {
        var report = LkipJson.Read(Encoding.UTF8.GetBytes(Minimal), new LkipJsonOptions { Year = new FiscalYear(2024) });
        Assert.Equal(new FiscalYear(2024), report.Year);
    }

    [Fact]
    public void Read_ByteOrderMark_IsAccepted()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Minimal)];
        Assert.Equal(LkipJson.Parse(Minimal), LkipJson.Read(bytes));
    }

    [Fact]
    public void Read_NullStream_NamesTheParameter()
    {
        var e = Assert.Throws<ArgumentNullException>(() => LkipJson.Read((Stream)null!));
        Assert.Equal("utf8Json", e.ParamName);
    }

    [Fact]
    public void Format_ReportOnItsOwnPrintedScale_IsRefusedNamingTheReport()
    {
        var report = LkipJson.Parse(Minimal);
        var ownScale = report.Policies.Scale.WithLabels("Skala laporan", report.Policies.Scale.Bands.ToDictionary(b => b.Code, b => b.Label + "!"));
        var custom = new Lkip(report.Unit, report.Year, new LkipPolicies(report.Policies.Capaian, ownScale, report.Policies.GradeOn,
            report.Policies.UnitMean, report.Policies.Pagu, report.Policies.Efficiency), printed: report.Printed);
        var e = Assert.Throws<ArgumentException>(() => LkipJson.Format(custom));
        Assert.Equal("report", e.ParamName);
        Assert.Contains("Policies.Scale", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_DepthOutsideItsRange_IsAnArgumentError()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LkipJsonOptions { MaxDepth = 65 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new LkipJsonOptions { MaxBytes = 0 });
    }
}
