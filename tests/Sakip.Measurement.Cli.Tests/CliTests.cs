using System;
using System.IO;
using Xunit;

namespace Sakip.Measurement.Cli.Tests;

/// <summary>The tool's commands on the bundled examples, and their failure modes.</summary>
public sealed class CliTests : IDisposable
{
    private static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "samples");

    private static readonly string Sample = Path.Combine(Samples, "mayang-2023.json");

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = EntryPoint.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    // The sample with one piece of text replaced, written to this test's temp directory.
    // The Tabel 3.1 capaian cell of IKU-1 (L514) in the sample's "printed" list.
    private const string PrintedCapaianCell = "\"line\": 514,\n      \"text\": \"85,23%\"";

    private static string PrintedCapaian(string text) => $"\"line\": 514,\n      \"text\": \"{text}\"";

    private string WithReplaced(string from, string to)
    {
        string text = File.ReadAllText(Sample);
        Assert.Contains(from, text, StringComparison.Ordinal);
        return temp.Write("data.json", text.Replace(from, to, StringComparison.Ordinal));
    }

    [Fact]
    public void Run_Mayang2023_PrintsTheRecomputedCapaianPredikatAndMean()
    {
        var (code, output, error) = Run("report", Sample);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        // SEEDS.md §2.0: raw 85,23 / 94,89 / 111,25 / 100,00; capped mean 95,03 (raw 97,84).
        Assert.Contains("| 85,23% | 85,23% | A (Memuaskan)", output, StringComparison.Ordinal);
        Assert.Contains("| 94,89% | 94,89% | AA (Sangat Memuaskan)", output, StringComparison.Ordinal);
        Assert.Contains("| 111,25% | 100,00% | AA (Sangat Memuaskan)", output, StringComparison.Ordinal);
        Assert.Contains("97,84%", output, StringComparison.Ordinal);
        Assert.Contains("**95,03%**", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Mayang2023_FlagsOnlyThePrintedCellThatIgnoresTheCap()
    {
        var (_, output, _) = Run("report", Sample);
        Assert.Equal(1, CountOf(output, "| beda"));
        Assert.Contains("| 111,3% [temuan 1] | beda: hitungan 100,0%", output, StringComparison.Ordinal); // erratum M06
    }

    [Fact]
    public void Run_Mayang2023_ListsTheReviewsFindingsIncludingTheBaikTickedForAnAaCapaian()
    {
        var (_, output, _) = Run("report", Sample);
        Assert.Contains("## Temuan pemeriksaan angka tercetak", output, StringComparison.Ordinal);
        // Erratum M11: Table 3.5 ticks "Baik" for the IKM capaian 94,89, which is AA.
        Assert.Contains("(L655): Predikat IKU-2 tercetak Baik, tetapi nilai 94,89 berpredikat AA (Sangat Memuaskan)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MalformedAmount_ExitsTwoNamingTheText()
    {
        string path = WithReplaced("\"realisasi\": \"89%\"", "\"realisasi\": \"6.9230.000\"");
        var (code, output, error) = Run("report", path);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("6.9230.000", error, StringComparison.Ordinal);
        Assert.Contains("realisasi", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_PrintedCellWithAThreeDigitDotGroup_IsReportedAsAmbiguousNotAsADifference()
    {
        string path = WithReplaced(PrintedCapaianCell, PrintedCapaian("85.230%"));
        var (code, output, _) = Run("report", path);
        Assert.Equal(0, code);
        Assert.Contains("ambigu", output, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(output, "| beda"));
    }

    [Fact]
    public void Run_PrintedCapaianWith25Decimals_PrintsTheWholeDocumentAndChecksTheCellTo16Decimals()
    {
        // 85,23 % recomputed exactly; the printed cell differs from it in the 25th decimal only.
        string path = WithReplaced(PrintedCapaianCell, PrintedCapaian("85,2300000000000000000000001%"));
        var (code, output, error) = Run("report", path);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("| 85,2300000000000000000000001% | sesuai sampai 16 desimal (desimal berikutnya di luar ketelitian hitungan) |", output, StringComparison.Ordinal);
        Assert.Contains("**95,03%**", output, StringComparison.Ordinal);
        Assert.Contains("## Capaian terhadap target akhir Renstra", output, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(output, "| beda"));
    }

    [Fact]
    public void Run_PrintedCapaianWith25DecimalsThatIsWrong_IsADifferenceShownTo16Decimals()
    {
        string path = WithReplaced(PrintedCapaianCell, PrintedCapaian("85,2300000000000001000000000%"));
        var (code, output, _) = Run("report", path);
        Assert.Equal(0, code);
        Assert.Contains("| 85,2300000000000001000000000% [temuan 1] | beda: hitungan 85,2300000000000000% |", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_PrintedCapaianWith18Decimals_IsCheckedTo16DecimalsNotCalledADifference()
    {
        // Within the 16 decimals the library computes, the figure is right; the last two are beyond them.
        string path = WithReplaced(PrintedCapaianCell, PrintedCapaian("85,230000000000000049%"));
        var (code, output, _) = Run("report", path);
        Assert.Equal(0, code);
        Assert.Contains("| 85,230000000000000049% | sesuai sampai 16 desimal (desimal berikutnya di luar ketelitian hitungan) |", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_DuplicateProperty_ExitsTwoNamingItsPath()
    {
        string path = WithReplaced("\"capping\": \"Cap100Floor0\"", "\"capping\": \"Cap100Floor0\", \"capping\": \"None\"");
        var (code, output, error) = Run("report", path);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("$.policy.capping", error, StringComparison.Ordinal);
        Assert.Contains("given twice", error, StringComparison.Ordinal);
        AssertOneLineInTheFileFormatsTerms(error);
    }

    [Theory]
    [InlineData("\"targetKind\": \"single\",", "\"targetKind\": \"single\", \"weight\": 1e40,",
        "$.renstra[0].tujuan[0].sasaran[0].indikator[0].weight", "expected a number")]
    [InlineData("\"realisasi\": \"85,23%\"", "\"realisasi\": \"85,23%\", \"foo\": 1",
        "$.renstra[0].tujuan[0].sasaran[0].indikator[0].years[1].foo", "unknown property 'foo'")]
    [InlineData("\"capping\": \"Cap100Floor0\"", "\"Capping\": \"Cap100Floor0\"",
        "$.policy.Capping", "did you mean 'capping'?")]
    [InlineData("\"firstYear\": 2021", "\"firstYear\": \"2021\"", "$.renstra[0].firstYear", "expected a whole number")]
    [InlineData("\"firstYear\": 2021", "\"firstYear\": 99999999999", "$.renstra[0].firstYear", "out of range")]
    [InlineData("\"satuan\": \"%\",", "", "$.renstra[0].tujuan[0].sasaran[0].indikator[0]", "missing required property 'satuan'")]
    [InlineData("\"renstra\": [", "\"renstra\": {}, \"x\": [", "$.renstra", "expected an array")]
    [InlineData("\"capping\": \"Cap100Floor0\"", "\"capping\": \"Cap100Floor0\",,", "$.policy", "not valid JSON")]
    public void Run_JsonThatDoesNotFitTheFormat_ExitsTwoWithOneLineNamingThePath(string from, string to, string jsonPath, string what)
    {
        var (code, output, error) = Run("report", WithReplaced(from, to));
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains($"at {jsonPath} (line ", error, StringComparison.Ordinal);
        Assert.Contains(what, error, StringComparison.Ordinal);
        AssertOneLineInTheFileFormatsTerms(error);
    }

    [Fact]
    public void Run_NullWhereTextIsRequired_NamesTheFieldByItsCodes()
    {
        var (code, output, error) = Run("report", WithReplaced("\"satuan\": \"%\",", "\"satuan\": null,"));
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("renstra[0].tujuan[T1].sasaran[S1].indikator[IKU-1].satuan: the field must not be blank", error, StringComparison.Ordinal);
        AssertOneLineInTheFileFormatsTerms(error);
    }

    [Fact]
    public void Run_RealisasiAtTheDecimalMaximum_RendersTheWholeTable()
    {
        // The largest decimal as realisasi: its capaian and the mean over it both fit, so the
        // table is complete (this used to overflow the mean's running sum).
        string path = WithReplaced("\"realisasi\": \"85,23%\"", "\"realisasi\": \"79.228.162.514.264.337.593.543.950.335\"");
        var (code, output, error) = Run("report", path);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("Rata-rata", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Run_RealisasiWithALeadingZeroGroup_IsReadAsAFraction_NotAThousandsGroup()
    {
        // Issue 10: "0.500" against a target of 100 % was read as 500 (capaian 500 %, AA).
        string path = WithReplaced("\"realisasi\": \"85,23%\"", "\"realisasi\": \"0.500\"");
        var (code, output, _) = Run("report", path);
        Assert.Equal(0, code);
        Assert.Contains("| 100% | 0,500% | 0,50% | 0,50% | D (Sangat Kurang) [temuan 18] | 85,23% [temuan 1] | beda: hitungan 0,50% |", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MissingFile_ExitsTwo()
    {
        var (code, _, error) = Run("report", Path.Combine(temp.Path, "no-such-sakip-file.json"));
        Assert.Equal(2, code);
        Assert.Contains("not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_YearOutsideTheRenstra_ExitsTwo() => Assert.Equal(2, Run("report", Sample, "--year", "2030").Code);

    [Fact]
    public void Run_Help_ListsTheCommandsWithExamples()
    {
        var (code, output, _) = Run("--help");
        Assert.Equal(0, code);
        foreach (string command in (string[])["report", "review", "validate", "schema", "sakip report samples/mayang-2023.json -o mayang.md"])
        {
            Assert.Contains(command, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Report_WithNoFile_RendersTheBundledKencongReport()
    {
        var (code, output, error) = Run("report");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.StartsWith("# Kecamatan Kencong — pengukuran kinerja tahun 2025", output, StringComparison.Ordinal);
        Assert.Contains("## Temuan pemeriksaan angka tercetak", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Folder_RendersEachReportAndASummaryAcrossUnits()
    {
        var (code, output, _) = Run("report", Samples);
        Assert.Equal(0, code);
        Assert.Equal(4, CountOf(output, "— pengukuran kinerja tahun"));
        Assert.Contains("# Ringkasan 4 laporan", output, StringComparison.Ordinal);
        // Mayang: capped mean 95,03 (AA), serapan 3.002.619.063 / 3.558.872.538 = 84,37 %.
        Assert.Contains("| Kecamatan Mayang | 2023 | 95,03% | AA (Sangat Memuaskan) | 84,37% |", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Output_WritesTheFileAndNothingToStandardOutput()
    {
        string target = Path.Combine(temp.Path, "mayang.md");
        var (code, output, _) = Run("report", Sample, "-o", target);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("# Kecamatan Mayang", File.ReadAllText(target), StringComparison.Ordinal);
    }

    [Fact]
    public void Review_ReportWithFindings_ExitsOneAndGroupsThemByTable()
    {
        var (code, output, _) = Run("review", Sample);
        Assert.Equal(1, code);
        Assert.Contains("temuan (", output, StringComparison.Ordinal);
        Assert.Contains("  Table 3.5", output, StringComparison.Ordinal);
        Assert.Contains("L655: Predikat IKU-2 tercetak Baik", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_InEnglish_WordsTheFindingsInEnglish()
    {
        var (code, output, _) = Run("review", Sample, "--lang", "en");
        Assert.Equal(1, code);
        Assert.Contains("L655: The predikat IKU-2 is printed as Baik, but 94,89 is AA (Sangat Memuaskan)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_CleanReport_ExitsZero()
    {
        string path = temp.Write("clean.json", """
            { "formatVersion": 2, "unit": "Kecamatan Uji", "year": 2023, "policy": { "capping": "Cap100Floor0" }, "scale": "PermenPanRb88Tahun2021",
              "renstra": [ { "name": "Renstra", "firstYear": 2021, "finalYear": 2026, "tujuan": [ { "code": "T1", "name": "Tujuan", "sasaran": [
                { "code": "S1", "name": "Sasaran", "indikator": [ { "code": "IKU-1", "name": "Indeks", "satuan": "indeks", "polarity": "positive",
                  "targetKind": "single", "years": [ { "year": 2023, "pkTarget": "93", "realisasi": "88,25" } ] } ] } ] } ] } ],
              "printed": [ { "figure": "capaian", "subject": "IKU-1", "table": "Tabel 3.1", "line": 515, "text": "94,89%" } ] }
            """);
        var (code, output, _) = Run("review", path);
        Assert.Equal(0, code);
        Assert.Contains(": 0 temuan", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_UnknownLanguage_IsAnArgumentError()
    {
        var (code, _, error) = Run("review", Sample, "--lang", "fr");
        Assert.Equal(2, code);
        Assert.StartsWith("sakip: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EveryBundledReport_IsValid()
    {
        var (code, output, _) = Run("validate", Samples);
        Assert.Equal(0, code);
        Assert.Equal(4, CountOf(output, ": valid — "));
    }

    [Fact]
    public void Validate_InvalidFileAmongValidOnes_NamesItAndExitsTwo()
    {
        string broken = WithReplaced("\"firstYear\": 2021", "\"firstYear\": \"2021\"");
        var (code, output, error) = Run("validate", Sample, broken);
        Assert.Equal(2, code);
        Assert.Contains(": valid — Kecamatan Mayang 2023", output, StringComparison.Ordinal);
        Assert.Contains("$.renstra[0].firstYear", error, StringComparison.Ordinal);
        AssertOneLineInTheFileFormatsTerms(error);
    }

    [Fact]
    public void Schema_PrintsTheReportFilesJsonSchema()
    {
        var (code, output, _) = Run("schema");
        Assert.Equal(0, code);
        using var schema = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public void Ikm_SurveyExport_PrintsEachLayananTheCombinedIkmTheWeakestUnsurAndTheRowsLeftOut()
    {
        string csv = Path.Combine(Samples, "skm-contoh.csv");
        var (code, output, error) = Run("ikm", csv);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        // The figures are the library's: read the same file with it and look for them.
        using var reader = new StreamReader(csv);
        var survey = Sakip.Measurement.Ikm.IkmCsvReader.Read(reader, Sakip.Measurement.Ikm.IkmDefinition.PermenPanRb14Tahun2017);
        var combined = Sakip.Measurement.Ikm.IkmCalculator.Calculate(survey.Combined);
        string value = Sakip.Measurement.Text.NumberPattern.Number.Format(combined.RoundValue(2));
        Assert.Contains($"| **Gabungan** | {survey.Combined.Respondents} | {value} | {combined.Mutu.Code} ({combined.Mutu.Label}) |", output, StringComparison.Ordinal);
        Assert.Contains($"| {combined.WeakestFirst[0].Element.Code} {combined.WeakestFirst[0].Element.Name} |", output, StringComparison.Ordinal);
        Assert.Equal(3, survey.ByLayanan.Count);
        Assert.Contains("## Baris yang ditolak (1)", output, StringComparison.Ordinal);
        Assert.Contains("line 19", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ikm_Dash_ReadsTheExportFromStandardInput()
    {
        string csv = File.ReadAllText(Path.Combine(Samples, "skm-contoh.csv"));
        using var input = new StringReader(csv);
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(0, EntryPoint.Run(["ikm", "-"], output, error, input: input));
        Assert.StartsWith("# Indeks Kepuasan Masyarakat — (standard input)", output.ToString(), StringComparison.Ordinal);
        var (_, fromFile, _) = Run("ikm", Path.Combine(Samples, "skm-contoh.csv"));
        Assert.Equal(fromFile[fromFile.IndexOf('\n', StringComparison.Ordinal)..], output.ToString()[output.ToString().IndexOf('\n', StringComparison.Ordinal)..]);
    }

    [Fact]
    public void Ikm_MissingFile_ExitsTwo()
    {
        var (code, output, error) = Run("ikm", Path.Combine(temp.Path, "none.csv"));
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("file not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_InvalidFile_ExitsTwoNamingThePath()
    {
        string broken = WithReplaced("\"firstYear\": 2021", "\"firstYear\": \"2021\"");
        var (code, _, error) = Run("review", broken);
        Assert.Equal(2, code);
        Assert.Contains("$.renstra[0].firstYear", error, StringComparison.Ordinal);
        AssertOneLineInTheFileFormatsTerms(error);
    }

    [Fact]
    public void Review_FolderOfTheFourReports_ReportsEachAndExitsOne()
    {
        var (code, output, _) = Run("review", Samples);
        Assert.Equal(1, code);
        Assert.Equal(4, CountOf(output, " temuan ("));
    }

    [Fact]
    public void Validate_EmptyFolder_ExitsTwo()
    {
        var (code, _, error) = Run("validate", temp.Path);
        Assert.Equal(2, code);
        Assert.Contains("no .json report file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_PrintsTheToolsVersion()
    {
        var (code, output, _) = Run("--version");
        Assert.Equal(0, code);
        Assert.Matches(@"^\d+\.\d+\.\d+", output);
    }

    [Fact]
    public void Ikm_FileWithoutTheAnswerColumns_NamesTheMissingColumn()
    {
        string path = temp.Write("bad.csv", "Layanan,U1,U2\nKTP,3,4\n");
        var (code, _, error) = Run("ikm", path);
        Assert.Equal(2, code);
        Assert.Contains("U3", error, StringComparison.Ordinal);
        AssertOneLineInTheFileFormatsTerms(error);
    }

    [Fact]
    public void Init_WritesATemplateThatIsValidAndReviewsClean()
    {
        string path = Path.Combine(temp.Path, "laporan.json");
        var (code, output, _) = Run("init", path);
        Assert.Equal(0, code);
        Assert.Contains("sakip validate", output, StringComparison.Ordinal);
        Assert.Equal(0, Run("validate", path).Code);
        var (reviewCode, review, _) = Run("review", path);
        Assert.Equal(0, reviewCode);
        Assert.Contains(": 0 temuan (3 angka tercetak", review, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_ExistingFile_IsNotOverwritten()
    {
        string path = temp.Write("laporan.json", "mine");
        var (code, _, error) = Run("init", path);
        Assert.Equal(2, code);
        Assert.Equal("mine", File.ReadAllText(path));
        Assert.Contains("exists already", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("md", "# Kecamatan Mayang")]
    [InlineData("html", "<!DOCTYPE html>")]
    [InlineData("json", "{")]
    [InlineData("csv", "unit,tahun,bagian,judul,baris,kolom,teks,nilai,temuan")]
    public void Report_Format_ChoosesTheLayoutOfTheSameDocument(string format, string start)
    {
        var (code, output, error) = Run("report", Sample, "--format", format);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.StartsWith(start, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_UnknownFormat_IsAnArgumentError()
    {
        var (code, output, error) = Run("report", Sample, "--format", "pdf");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("pdf", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_SeveralFilesOnATerminal_ShowsProgressOnTheErrorStreamAndClearsIt()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(0, EntryPoint.Run(["report", Samples], output, error, showProgress: true));
        string progress = error.ToString();
        Assert.Contains("[1/4] ", progress, StringComparison.Ordinal);
        Assert.Contains("[4/4] ", progress, StringComparison.Ordinal);
        Assert.EndsWith("\r", progress, StringComparison.Ordinal);
        Assert.DoesNotContain("[1/4]", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Redirected_ShowsNoProgress()
    {
        var (code, _, error) = Run("report", Samples);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public void Report_OneFileOnATerminal_ShowsNoProgress()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(0, EntryPoint.Run(["report", Sample], output, error, showProgress: true));
        Assert.Equal(string.Empty, error.ToString());
    }

    [Fact]
    public void Report_InvalidFileAmongSeveral_WritesNothingAndNamesIt()
    {
        string broken = WithReplaced("\"firstYear\": 2021", "\"firstYear\": \"2021\"");
        var (code, output, error) = Run("report", Sample, broken, "--format", "html");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains(broken, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_WithABudget_ShowsTheBudgetRealisationWithItsTotalAndTheEfficiencyPerSasaran()
    {
        var (_, output, _) = Run("report", Sample);
        // Mayang 2023 Tabel 3.8: 3.002.619.063 of 3.558.872.538 (84,37 %); APBD 4.057.180.538 from the sub-kegiatan (M25).
        Assert.Contains("## Realisasi anggaran", output, StringComparison.Ordinal);
        Assert.Contains("|  | **Jumlah** | **4.057.180.538** [temuan ", output, StringComparison.Ordinal);
        Assert.Contains("| **3.558.872.538** | **3.002.619.063** [temuan 36] | **84,37%** | **556.253.475** |", output, StringComparison.Ordinal);
        Assert.Contains("| P1.K1.S1 | — — Penyediaan Gaji dan Tunjangan ASN |", output, StringComparison.Ordinal);
        // Erratum M18: with capaian 94,89 below serapan 99,56, sasaran 2 is not efficient under the report's own rule.
        Assert.Contains("| 94,89% | 99,56% | Tidak efisien [temuan 54] |", output, StringComparison.Ordinal);
        var (_, html, _) = Run("report", Sample, "--format", "html");
        Assert.Contains("<h2>Realisasi anggaran</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Efisiensi penggunaan sumber daya</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Kontribusi program dan kegiatan pada sasaran</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num finding\" id=\"cell-r1-f36\">3.002.619.063 <a class=\"ref\" href=\"#r1-f36\"", html, StringComparison.Ordinal); // erratum M29: the pagu printed as realisasi
    }

    [Fact]
    public void Report_WithAnIpp_ShowsItWithItsCategory()
    {
        // Kencong 2025 prints its IPP, 3,17 (B-, Baik dengan catatan on PermenPANRB 29/2022).
        var (_, output, _) = Run("report");
        Assert.Contains("## IKM dan IPP", output, StringComparison.Ordinal);
        Assert.Contains("| IPP | 3,17 |", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Lke_Worksheet_PrintsTheScoreThePredikatAndTheWhatIfRanking()
    {
        var (code, output, error) = Run("lke", Reports.LkeSample);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.StartsWith("# Kecamatan Patrang — evaluasi SAKIP (LKE) tahun 2023", output, StringComparison.Ordinal);
        var score = Sakip.Measurement.Lke.LkeCalculator.Score(Reports.Lke().Worksheet);
        string total = Sakip.Measurement.Text.NumberPattern.Number.Format(score.RoundTotal(2));
        Assert.Contains($"| **Nilai SAKIP** | **100,00** | **{total}** |", output, StringComparison.Ordinal);
        Assert.Contains("## Langkah peningkatan nilai terbesar", output, StringComparison.Ordinal);
        Assert.DoesNotContain("## Kriteria 3.b dijawab dari laporan", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Lke_WithTheReport_AnswersThe3bCriteriaFromIt()
    {
        var (code, output, _) = Run("lke", Reports.LkeSample, "--report", Path.Combine(Samples, "patrang-2023.json"));
        Assert.Equal(0, code);
        Assert.Contains("## Kriteria 3.b dijawab dari laporan", output, StringComparison.Ordinal);
        Assert.Contains("| 3.b.1 | Laporan kinerja menyajikan perbandingan realisasi dengan target tahunan | A | B | 6 dari 6 indikator", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Lke_ReportOfAnotherUnit_ExitsTwoNamingBoth()
    {
        var (code, output, error) = Run("lke", Reports.LkeSample, "--report", Sample);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("Kecamatan Mayang 2023", error, StringComparison.Ordinal);
        Assert.Contains("Kecamatan Patrang 2023", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Lke_InvalidWorksheet_ExitsTwoNamingTheCriterion()
    {
        string path = temp.Write("lke.json", File.ReadAllText(Reports.LkeSample).Replace("\"1.a.1\": \"A\"", "\"1.a.1\": \"Z\"", StringComparison.Ordinal));
        var (code, _, error) = Run("lke", path);
        Assert.Equal(2, code);
        Assert.Contains("answers[1.a.1]", error, StringComparison.Ordinal);
        AssertOneLineInTheFileFormatsTerms(error);
    }

    [Fact]
    public void Lke_WorksheetThatIsNotJson_SaysItIsNotAValidWorksheet()
    {
        string path = temp.Write("lke.json", "{ \"unit\": ");
        var (code, _, error) = Run("lke", path);
        Assert.Equal(2, code);
        Assert.Contains("invalid LKE worksheet file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_WithItsLke_HasTheLkeSectionInTheHtmlPage()
    {
        var (code, output, _) = Run("report", Path.Combine(Samples, "patrang-2023.json"), "--lke", Reports.LkeSample, "--format", "html");
        Assert.Equal(0, code);
        Assert.Contains("<h2>Nilai evaluasi SAKIP (LKE PermenPANRB 88/2021)</h2>", output, StringComparison.Ordinal);
        Assert.Contains("<h2>Kriteria 3.b dijawab dari laporan</h2>", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_WithTheLkeOfAnotherUnit_ExitsTwo()
    {
        var (code, output, error) = Run("report", Sample, "--lke", Reports.LkeSample);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("Kecamatan Patrang 2023", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownCommand_IsAnArgumentError() => Assert.Equal(2, Run("reprot", Sample).Code);

    // One line, and nothing of .NET in it: no exception text, no type names.
    private static void AssertOneLineInTheFileFormatsTerms(string error)
    {
        Assert.StartsWith("sakip: ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
        foreach (string net in (string[])[".NET", "Dto", "Sakip.Measurement.Cli", "System.", "Value was either too large or too small"])
        {
            Assert.DoesNotContain(net, error, StringComparison.Ordinal);
        }
    }

    private static int CountOf(string text, string part)
    {
        int count = 0;
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
