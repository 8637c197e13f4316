using System;
using System.IO;
using Sakip.Measurement.Cli;
using Xunit;

namespace Sakip.Measurement.Cli.Tests;

/// <summary>The main job on the bundled example (Kecamatan Mayang, LKIP 2023) and its failure modes.</summary>
public sealed class CliTests : IDisposable
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "samples", "mayang-2023.json");

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
        var (code, output, error) = Run(Sample);
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
        var (_, output, _) = Run(Sample);
        Assert.Equal(1, CountOf(output, "**beda**"));
        Assert.Contains("111,3%", output, StringComparison.Ordinal); // erratum M06
    }

    [Fact]
    public void Run_Mayang2023_ListsTheReviewsFindingsIncludingTheBaikTickedForAnAaCapaian()
    {
        var (_, output, _) = Run(Sample);
        Assert.Contains("## Temuan pemeriksaan angka tercetak", output, StringComparison.Ordinal);
        // Erratum M11: Table 3.5 ticks "Baik" for the IKM capaian 94,89, which is AA.
        Assert.Contains("(L655): Predikat IKU-2 tercetak Baik, tetapi nilai 94,89 berpredikat AA (Sangat Memuaskan)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MalformedAmount_ExitsTwoNamingTheText()
    {
        string path = WithReplaced("\"realisasi\": \"89%\"", "\"realisasi\": \"6.9230.000\"");
        var (code, output, error) = Run(path);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("6.9230.000", error, StringComparison.Ordinal);
        Assert.Contains("realisasi", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_PrintedCellWithAThreeDigitDotGroup_IsReportedAsAmbiguousNotAsADifference()
    {
        string path = WithReplaced(PrintedCapaianCell, PrintedCapaian("85.230%"));
        var (code, output, _) = Run(path);
        Assert.Equal(0, code);
        Assert.Contains("ambigu", output, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(output, "**beda**"));
    }

    [Fact]
    public void Run_PrintedCapaianWith25Decimals_PrintsTheWholeDocumentAndChecksTheCellTo16Decimals()
    {
        // 85,23 % recomputed exactly; the printed cell differs from it in the 25th decimal only.
        string path = WithReplaced(PrintedCapaianCell, PrintedCapaian("85,2300000000000000000000001%"));
        var (code, output, error) = Run(path);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("| 85,2300000000000000000000001% | sesuai sampai 16 desimal (desimal berikutnya di luar ketelitian hitungan) |", output, StringComparison.Ordinal);
        Assert.Contains("**95,03%**", output, StringComparison.Ordinal);
        Assert.Contains("### Capaian terhadap target akhir Renstra", output, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(output, "**beda**"));
    }

    [Fact]
    public void Run_PrintedCapaianWith25DecimalsThatIsWrong_IsADifferenceShownTo16Decimals()
    {
        string path = WithReplaced(PrintedCapaianCell, PrintedCapaian("85,2300000000000001000000000%"));
        var (code, output, _) = Run(path);
        Assert.Equal(0, code);
        Assert.Contains("| 85,2300000000000001000000000% | **beda**: hitungan 85,2300000000000000% |", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_PrintedCapaianWith18Decimals_IsCheckedTo16DecimalsNotCalledADifference()
    {
        // Within the 16 decimals the library computes, the figure is right; the last two are beyond them.
        string path = WithReplaced(PrintedCapaianCell, PrintedCapaian("85,230000000000000049%"));
        var (code, output, _) = Run(path);
        Assert.Equal(0, code);
        Assert.Contains("| 85,230000000000000049% | sesuai sampai 16 desimal (desimal berikutnya di luar ketelitian hitungan) |", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_DuplicateProperty_ExitsTwoNamingItsPath()
    {
        string path = WithReplaced("\"capping\": \"Cap100Floor0\"", "\"capping\": \"Cap100Floor0\", \"capping\": \"None\"");
        var (code, output, error) = Run(path);
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
        var (code, output, error) = Run(WithReplaced(from, to));
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains($"at {jsonPath} (line ", error, StringComparison.Ordinal);
        Assert.Contains(what, error, StringComparison.Ordinal);
        AssertOneLineInTheFileFormatsTerms(error);
    }

    [Fact]
    public void Run_NullWhereTextIsRequired_NamesTheFieldByItsCodes()
    {
        var (code, output, error) = Run(WithReplaced("\"satuan\": \"%\",", "\"satuan\": null,"));
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
        var (code, output, error) = Run(path);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("Rata-rata", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Run_RealisasiWithALeadingZeroGroup_IsReadAsAFraction_NotAThousandsGroup()
    {
        // Issue 10: "0.500" against a target of 100 % was read as 500 (capaian 500 %, AA).
        string path = WithReplaced("\"realisasi\": \"85,23%\"", "\"realisasi\": \"0.500\"");
        var (code, output, _) = Run(path);
        Assert.Equal(0, code);
        Assert.Contains("| 100% | 0,500% | 0,50% | 0,50% | D (Sangat Kurang) |", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MissingFile_ExitsTwo()
    {
        var (code, _, error) = Run(Path.Combine(temp.Path, "no-such-sakip-file.json"));
        Assert.Equal(2, code);
        Assert.Contains("not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_YearOutsideTheRenstra_ExitsTwo() => Assert.Equal(2, Run(Sample, "--year", "2030").Code);

    [Fact]
    public void Run_Help_PrintsUsageAndSucceeds()
    {
        var (code, output, _) = Run("--help");
        Assert.Equal(0, code);
        Assert.Contains("sakip", output, StringComparison.Ordinal);
    }

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
