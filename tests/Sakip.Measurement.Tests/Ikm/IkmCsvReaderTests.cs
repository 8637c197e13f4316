using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Sakip.Measurement.Ikm;
using Xunit;

namespace Sakip.Measurement.Tests.Ikm;

public class IkmCsvReaderTests
{
    private const string Elements = "U1,U2,U3,U4,U5,U6,U7,U8,U9";
    private static readonly IkmDefinition Def = IkmDefinition.PermenPanRb14Tahun2017;

    private static IkmCsvResult Read(string csv, IkmCsvOptions? options = null) =>
        IkmCsvReader.Read(new StringReader(csv), Def, options);

    private static decimal Round(decimal value) => decimal.Round(value, 20, MidpointRounding.AwayFromZero);

    private static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

    // ---- header mapping ------------------------------------------------------------------

    [Fact]
    public void Read_HeaderInAnyOrderAndCase_MapsElementsAndRespondentColumns()
    {
        var result = Read(Lines(
            "u9,Jenis Kelamin,U8,u7,USIA,U6,u5,Pendidikan_Terakhir,U4,u3,PEKERJAAN,U2,u1,Jenis Layanan",
            "1,Perempuan,2,3,34,4,1,SMA,2,3,Swasta,4,1,KTP"));

        Assert.Empty(result.HeaderWarnings);
        Assert.Empty(result.Errors);
        Assert.Equal(1, result.RowsAccepted);
        // U1..U9 in questionnaire order: u1=1, U2=4, u3=3, U4=2, u5=1, U6=4, u7=3, U8=2, u9=1.
        int[] expected = [1, 4, 3, 2, 1, 4, 3, 2, 1];
        for (int i = 0; i < 9; i++)
        {
            Assert.Equal(1, result.Combined.PerElement[i][expected[i]]);
        }
        Assert.Equal("KTP", Assert.Single(result.ByLayanan).Layanan);
        Assert.Equal("Perempuan", Assert.Single(result.Profile.Gender).Value);
        Assert.Equal("34", Assert.Single(result.Profile.Age).Value);
        Assert.Equal("SMA", Assert.Single(result.Profile.Education).Value);
        Assert.Equal("Swasta", Assert.Single(result.Profile.Occupation).Value);
    }

    [Theory]
    [InlineData("layanan", RespondentCharacteristic.Layanan)]
    [InlineData("Service", RespondentCharacteristic.Layanan)]
    [InlineData("jenis kelamin", RespondentCharacteristic.Gender)]
    [InlineData("GENDER", RespondentCharacteristic.Gender)]
    [InlineData("umur", RespondentCharacteristic.Age)]
    [InlineData("Usia", RespondentCharacteristic.Age)]
    [InlineData("age", RespondentCharacteristic.Age)]
    [InlineData("pendidikan", RespondentCharacteristic.Education)]
    [InlineData("Education", RespondentCharacteristic.Education)]
    [InlineData("pekerjaan", RespondentCharacteristic.Occupation)]
    [InlineData("occupation", RespondentCharacteristic.Occupation)]
    [InlineData(" jenis_kelamin ", RespondentCharacteristic.Gender)]
    public void Read_RespondentHeader_IsRecognisedInIndonesianAndEnglish(string header, RespondentCharacteristic characteristic)
    {
        var result = Read(Lines($"{Elements},{header}", "4,4,4,4,4,4,4,4,4,X"));

        Assert.Empty(result.HeaderWarnings);
        var entry = Assert.Single(result.Profile.Of(characteristic));
        Assert.Equal(new RespondentProfileEntry("X", 1, 100m), entry);
    }

    [Fact]
    public void Read_MissingElementColumn_ThrowsNamingTheElement()
    {
        var ex = Assert.Throws<SakipDataException>(() => Read(Lines("U1,U2,U3,U4,U5,U6,U8,U9", "1,2,3,4,1,2,3,4")));

        Assert.Equal("Survey.Csv.Header.U7", ex.FieldPath);
        Assert.Contains("U7", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Perilaku Pelaksana", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SeveralMissingElements_NamesThemAll()
    {
        var ex = Assert.Throws<SakipDataException>(() => Read(Lines("U1,U2,U4,U5,U6,U7,U8", "1,2,3,4,1,2,3")));

        Assert.Equal("Survey.Csv.Header.U3", ex.FieldPath);
        Assert.Contains("missing: U3, U9", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ElementColumnTwice_Throws()
    {
        var ex = Assert.Throws<SakipDataException>(() => Read(Lines($"{Elements},u4", "1,2,3,4,1,2,3,4,1,2")));

        Assert.Equal("Survey.Csv.Header.U4", ex.FieldPath);
    }

    [Fact]
    public void Read_EmptyInput_Throws()
    {
        Assert.Throws<SakipDataException>(() => Read(""));
        Assert.Throws<SakipDataException>(() => Read("\n  \n"));
    }

    [Fact]
    public void Read_UnknownColumn_IsReportedOnceAndIgnored()
    {
        var result = Read(Lines(
            $"No,{Elements},Saran",
            "1,4,4,4,4,4,4,4,4,4,bagus",
            "2,3,3,3,3,3,3,3,3,3,tidak ada",
            "3,4,3,4,3,4,3,4,3,4,"));

        Assert.Equal(
            [new SurveyRowError(1, "No", "No", "unknown column; ignored"), new SurveyRowError(1, "Saran", "Saran", "unknown column; ignored")],
            result.HeaderWarnings);
        Assert.Empty(result.Errors);
        Assert.Equal(3, result.RowsAccepted);
    }

    [Fact]
    public void Read_SecondRespondentColumnOfOneKind_IsIgnoredWithWarning()
    {
        var result = Read(Lines($"{Elements},umur,usia", "4,4,4,4,4,4,4,4,4,30,31-40"));

        var warning = Assert.Single(result.HeaderWarnings);
        Assert.Equal("usia", warning.Column);
        Assert.Equal("30", Assert.Single(result.Profile.Age).Value);
    }

    [Fact]
    public void Read_ByteOrderMark_IsNotPartOfTheFirstHeader()
    {
        var result = Read("\uFEFF" + Lines(Elements, "1,2,3,4,1,2,3,4,1"));

        Assert.Equal(1, result.RowsAccepted);
    }

    // ---- quoting and delimiters ----------------------------------------------------------

    [Fact]
    public void Read_QuotedCells_FollowRfc4180()
    {
        var result = Read(Lines(
            "\"U1\",\"U2\",U3,U4,U5,U6,U7,U8,U9,\"Layanan\",Saran",
            "\"3\",\" 4 \",3,3,3,3,3,3,3,\"Perizinan, Non-Usaha\",\"ok\"",
            "4,4,4,4,4,4,4,4,4,\"Kartu \"\"KK\"\"\",\"baris satu",
            "baris dua, dengan koma",
            "baris \"\"tiga\"\"\"",
            "1,x,1,1,1,1,1,1,1,KTP,"));

        Assert.Equal(["Perizinan, Non-Usaha", "Kartu \"KK\""], result.ByLayanan.Select(l => l.Layanan));
        Assert.Equal(2, result.RowsAccepted);
        Assert.Equal(3, result.RowsRead);
        // The multi-line cell spans lines 3–5, so the next row is line 6.
        Assert.Equal(new SurveyRowError(6, "U2", "x", "the answer is not a whole number 1–4"), Assert.Single(result.Errors));
        Assert.Equal(new AnswerCounts(0, 0, 0, 2), result.Combined.PerElement[1]);
    }

    [Fact]
    public void Read_QuotedMultiLineProfileValue_KeepsTheLineBreak()
    {
        var result = Read(Lines($"{Elements},pekerjaan", "4,4,4,4,4,4,4,4,4,\"Guru", "honorer\""));

        Assert.Equal("Guru\nhonorer", Assert.Single(result.Profile.Occupation).Value);
    }

    [Fact]
    public void Read_UnclosedQuote_IsAnErrorOnTheRowsFirstLine()
    {
        var result = Read(Lines(Elements, "1,1,1,1,1,1,1,1,1", "2,2,2,2,2,2,2,2,\"2", "3,3,3,3,3,3,3,3,3"));

        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Line);
        Assert.Equal("U9", error.Column);
        Assert.Equal(1, result.RowsAccepted);
    }

    [Fact]
    public void Read_SemicolonHeader_IsDetected()
    {
        var result = Read(Lines(
            "Layanan;U1;U2;U3;U4;U5;U6;U7;U8;U9",
            "Perizinan, Usaha;4;4;3;3;4;4;3;3;4",
            "KTP;3;3;3;3;3;3;3;3;3"));

        Assert.Equal(';', result.Delimiter);
        Assert.Equal(["Perizinan, Usaha", "KTP"], result.ByLayanan.Select(l => l.Layanan));
        Assert.Equal(2, result.RowsAccepted);
    }

    [Fact]
    public void Read_CommaHeader_IsDetected() => Assert.Equal(',', Read(Lines(Elements, "1,2,3,4,1,2,3,4,1")).Delimiter);

    [Fact]
    public void Read_DelimiterOption_OverridesDetection()
    {
        var tabbed = Read(Lines(Elements.Replace(',', '\t'), "1\t2\t3\t4\t1\t2\t3\t4\t1"), new IkmCsvOptions { Delimiter = '\t' });
        Assert.Equal(1, tabbed.RowsAccepted);

        // Forcing ';' on a comma file leaves one column "U1,U2,…", so no element has a column.
        Assert.Throws<SakipDataException>(() => Read(Lines(Elements, "1,2,3,4,1,2,3,4,1"), new IkmCsvOptions { Delimiter = ';' }));
    }

    [Fact]
    public void Options_RejectInvalidValues()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new IkmCsvOptions { Delimiter = '|' });
        Assert.Throws<ArgumentOutOfRangeException>(() => new IkmCsvOptions { MaxErrors = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new IkmCsvOptions { AgeBands = EquatableArray.Create(20, 20) });
        Assert.Throws<ArgumentOutOfRangeException>(() => IkmCsvOptions.Default with { AgeBands = EquatableArray.Create(0, 10) });
        Assert.Equal(IkmCsvOptions.DefaultMaxErrors, IkmCsvOptions.Default.MaxErrors);
        Assert.Null(IkmCsvOptions.Default.Delimiter);
    }

    // ---- cells -------------------------------------------------------------------------

    [Fact]
    public void Read_BlankCell_IsUnanswered()
    {
        var result = Read(Lines(
            Elements,
            "4,4,,4,4,4,4,4,4",
            "2,2,  ,2,2,2,2,2,2",
            "3,3,1,3,3,3,3,3,3"));

        Assert.Empty(result.Errors);
        Assert.Equal(3, result.Combined.Respondents);
        Assert.Equal(new AnswerCounts(1, 0, 0, 0), result.Combined.PerElement[2]);
        var ikm = IkmCalculator.Calculate(result.Combined);
        Assert.Equal(1m, ikm.Elements[2].Nrr);
        Assert.Equal(1, ikm.Elements[2].Answers);
        Assert.Equal(3m, ikm.Elements[0].Nrr);
    }

    [Theory]
    [InlineData("abc", "the answer is not a whole number 1–4")]
    [InlineData("2.5", "the answer is not a whole number 1–4")]
    [InlineData("2,5", "the answer is not a whole number 1–4")] // the cell is quoted, so the comma stays in it
    [InlineData("5", "the answer must be 1–4 (a blank cell is an unanswered question)")]
    [InlineData("-1", "the answer must be 1–4 (a blank cell is an unanswered question)")]
    [InlineData("0", "the answer must be 1–4 (a blank cell is an unanswered question)")]
    public void Read_BadCell_ReportsLineAndColumnAndKeepsOtherRows(string cell, string message)
    {
        var result = Read(Lines(
            Elements,
            "4,4,4,4,4,4,4,4,4",
            $"3,3,3,\"{cell}\",3,3,3,3,3",
            "2,2,2,2,2,2,2,2,2"));

        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Line);
        Assert.Equal("U4", error.Column);
        Assert.Equal(cell, error.Text);
        Assert.Equal(message, error.Message);
        Assert.Equal(3, result.RowsRead);
        Assert.Equal(2, result.RowsAccepted);
        Assert.Equal(1, result.RowsRejected);
        Assert.Equal(2, result.Combined.Respondents);
        Assert.Equal(new AnswerCounts(0, 1, 0, 1), result.Combined.PerElement[3]);
    }

    [Fact]
    public void Read_RowWithSeveralBadCells_ReportsEachAndSkipsTheRowOnce()
    {
        var result = Read(Lines($"{Elements},gender", "9,1,1,1,1,1,1,1,x,Laki-laki", "1,1,1,1,1,1,1,1,1,Perempuan"));

        Assert.Equal([("U1", "9"), ("U9", "x")], result.Errors.Select(e => (e.Column, e.Text)));
        Assert.Equal(2, result.ErrorCount);
        Assert.Equal(1, result.RowsRejected);
        // The rejected row is not in the profile either.
        Assert.Equal(new RespondentProfileEntry("Perempuan", 1, 100m), Assert.Single(result.Profile.Gender));
    }

    [Fact]
    public void Read_RowWithTooFewCells_IsRejected()
    {
        var result = Read(Lines(Elements, "1,2,3,4,1,2,3", "1,2,3,4,1,2,3,4,1"));

        Assert.Equal(new SurveyRowError(2, "U8", "", "the row has 7 cells but the header has 9"), Assert.Single(result.Errors));
        Assert.Equal(1, result.RowsAccepted);
    }

    [Fact]
    public void Read_RowWithExtraCells_IsRejectedUnlessTheyAreBlank()
    {
        var result = Read(Lines(Elements, "1,2,3,4,1,2,3,4,1,,", "1,2,3,4,1,2,3,4,1,7"));

        var error = Assert.Single(result.Errors);
        Assert.Equal((3L, "(column 10)", "7"), (error.Line, error.Column, error.Text));
        Assert.Equal(1, result.RowsAccepted);
    }

    [Fact]
    public void Read_BlankLinesAndEmptyRows_AreSkippedButCountedAsLines()
    {
        var result = Read(Lines("", Elements, "1,1,1,1,1,1,1,1,1", "", ",,,,,,,,", "  ", "x,1,1,1,1,1,1,1,1"));

        Assert.Equal(2, result.RowsRead);
        Assert.Equal(1, result.RowsAccepted);
        Assert.Equal(7, Assert.Single(result.Errors).Line);
    }

    [Fact]
    public void Read_OverlongCell_IsAnError()
    {
        var result = Read(Lines($"{Elements},layanan", $"1,1,1,1,1,1,1,1,1,{new string('a', 2000)}"));

        var error = Assert.Single(result.Errors);
        Assert.Equal("layanan", error.Column);
        Assert.Equal(1024, error.Text.Length);
    }

    [Fact]
    public void Read_ManyErrors_KeepsMaxErrorsAndCountsAll()
    {
        var csv = new StringBuilder(Elements).Append('\n');
        for (int i = 0; i < 50; i++)
        {
            csv.Append("5,1,1,1,1,1,1,1,1\n");
        }
        var result = Read(csv.ToString(), new IkmCsvOptions { MaxErrors = 10 });

        Assert.Equal(10, result.Errors.Count);
        Assert.Equal(50, result.ErrorCount);
        Assert.Equal(50, result.RowsRejected);
        Assert.Equal(0, result.Combined.Respondents);
        Assert.Equal(11, result.Errors[^1].Line);
    }

    // ---- layanan and profile -------------------------------------------------------------

    [Fact]
    public void Read_Layanan_TalliesEachServiceAndTheCombination()
    {
        var result = Read(Lines(
            $"Layanan,{Elements}",
            "KTP,4,4,4,4,4,4,4,4,4",
            "KK,2,2,2,2,2,2,2,2,2",
            " ktp ,3,3,3,3,3,3,3,3,3",
            ",1,1,1,1,1,1,1,1,1",
            "KK,3,3,3,3,3,3,3,3,3"));

        Assert.Equal(["KTP", "KK", RespondentProfile.NotFilled], result.ByLayanan.Select(l => l.Layanan));
        var ktp = result.CountsOf("Ktp")!;
        Assert.Equal(2, ktp.Respondents);
        Assert.Equal(new AnswerCounts(0, 0, 1, 1), ktp.PerElement[0]);
        Assert.Equal(2, result.CountsOf("kk")!.Respondents);
        Assert.Null(result.CountsOf("Akta"));

        Assert.Equal(5, result.Combined.Respondents);
        Assert.Equal(new AnswerCounts(1, 1, 2, 1), result.Combined.PerElement[8]);

        var parts = result.ByLayanan.Select(l => IkmCalculator.Calculate(l.Counts)).ToArray();
        Assert.Equal([87.5m, 62.5m, 25m], parts.Select(p => Round(p.Value)));
        // Complete answers: the respondent-weighted combination equals the pooled tally.
        Assert.Equal(65m, Round(IkmCalculator.Combine(parts).Value));
        Assert.Equal(65m, Round(IkmCalculator.Calculate(result.Combined).Value));
    }

    [Fact]
    public void Read_WithoutLayananColumn_HasOnlyTheCombination()
    {
        var result = Read(Lines(Elements, "1,2,3,4,1,2,3,4,1"));

        Assert.True(result.ByLayanan.IsEmpty);
        Assert.True(result.Profile.Layanan.IsEmpty);
        Assert.Equal(1, result.Combined.Respondents);
    }

    [Fact]
    public void Read_Profile_CountsAndPercentsInFirstSeenOrder()
    {
        var result = Read(Lines(
            $"{Elements},Jenis Kelamin,Pendidikan,Pekerjaan",
            "4,4,4,4,4,4,4,4,4,Perempuan,S1,PNS",
            "4,4,4,4,4,4,4,4,4,Laki-laki,SMA,Swasta",
            "4,4,4,4,4,4,4,4,4,laki-laki , SMA ,",
            "4,4,4,4,4,4,4,4,4,,S1,Swasta",
            "4,4,4,4,4,4,4,4,4,Perempuan,SMA,Swasta",
            "4,4,4,4,4,4,4,4,4,Perempuan,D3,PNS"));

        Assert.Equal(6, result.Profile.Respondents);
        Assert.Equal<RespondentProfileEntry>(
            [new("Perempuan", 3, 50m), new("Laki-laki", 2, 200m / 6), new(RespondentProfile.NotFilled, 1, 100m / 6)],
            result.Profile.Gender);
        Assert.Equal<RespondentProfileEntry>(
            [new("S1", 2, 200m / 6), new("SMA", 3, 50m), new("D3", 1, 100m / 6)],
            result.Profile.Education);
        Assert.Equal<RespondentProfileEntry>(
            [new("PNS", 2, 200m / 6), new("Swasta", 3, 50m), new(RespondentProfile.NotFilled, 1, 100m / 6)],
            result.Profile.Occupation);
        Assert.True(result.Profile.Age.IsEmpty);
        Assert.Equal(result.Profile.Gender, result.Profile.Of(RespondentCharacteristic.Gender));
        Assert.Equal(100m, Round(result.Profile.Gender.Sum(e => e.Percent)));
    }

    [Fact]
    public void Read_AgeBands_GroupWholeAgesAndKeepOtherText()
    {
        var options = new IkmCsvOptions { AgeBands = EquatableArray.Create(20, 30, 40) };
        var result = Read(Lines(
            $"{Elements},umur",
            "4,4,4,4,4,4,4,4,4,35",
            "4,4,4,4,4,4,4,4,4,19",
            "4,4,4,4,4,4,4,4,4,20",
            "4,4,4,4,4,4,4,4,4,29",
            "4,4,4,4,4,4,4,4,4,70",
            "4,4,4,4,4,4,4,4,4,> 60 tahun",
            "4,4,4,4,4,4,4,4,4,"), options);

        Assert.Equal(
            [("30–39", 1L), ("< 20", 1L), ("20–29", 2L), ("≥ 40", 1L), ("> 60 tahun", 1L), (RespondentProfile.NotFilled, 1L)],
            result.Profile.Age.Select(e => (e.Value, e.Count)));
    }

    [Fact]
    public void Read_ProfileValues_MatchIgnoringCase_WithFewAndWithManyDistinctValues()
    {
        // Twelve distinct occupations, each written once in capitals and once in lower case: the
        // first spelling is kept and both rows count, before and after the column has many values.
        var lines = new List<string> { $"{Elements},pekerjaan" };
        for (int i = 1; i <= 12; i++)
        {
            lines.Add($"4,4,4,4,4,4,4,4,4,Pekerjaan {i}");
        }
        for (int i = 12; i >= 1; i--)
        {
            lines.Add($"4,4,4,4,4,4,4,4,4,PEKERJAAN {i}");
        }
        var result = Read(Lines([.. lines]));

        Assert.Equal(
            Enumerable.Range(1, 12).Select(i => ($"Pekerjaan {i}", 2L)),
            result.Profile.Occupation.Select(e => (e.Value, e.Count)));
    }

    [Fact]
    public void Read_AgeBands_CountRepeatedBandsAfterTheirFirstRow()
    {
        var options = new IkmCsvOptions { AgeBands = EquatableArray.Create(30) };
        var result = Read(Lines(
            $"{Elements},umur",
            "4,4,4,4,4,4,4,4,4,45",
            "4,4,4,4,4,4,4,4,4,21",
            "4,4,4,4,4,4,4,4,4,31",
            "4,4,4,4,4,4,4,4,4,29",
            "4,4,4,4,4,4,4,4,4,30"), options);

        Assert.Equal([("≥ 30", 3L), ("< 30", 2L)], result.Profile.Age.Select(e => (e.Value, e.Count)));
    }

    // ---- agreement with the calculator and streaming --------------------------------------

    private static int[] GeneratedAnswers(int row)
    {
        var answers = new int[9];
        for (int e = 0; e < answers.Length; e++)
        {
            // Deterministic, uneven, with about one blank in eight.
            int h = unchecked((row * 7919) + (e * 104729) + (row / 13 * 31)) & 0x7fffffff;
            answers[e] = h % 8 == 0 ? 0 : 1 + (h / 8 % 4);
        }
        return answers;
    }

    private static string GeneratedLayanan(int row) => (row % 3) switch { 0 => "KTP", 1 => "KK", _ => "Akta" };

    private static string GeneratedLine(int row, Func<int, string>? layanan = null)
    {
        var answers = GeneratedAnswers(row);
        var line = new StringBuilder((layanan ?? GeneratedLayanan)(row)).Append(';').Append(row % 2 == 0 ? "Perempuan" : "Laki-laki");
        foreach (int a in answers)
        {
            line.Append(';');
            if (a != 0)
            {
                line.Append((char)('0' + a));
            }
        }
        return line.ToString();
    }

    [Fact]
    public void Read_AgreesWithFromAnswersOnTheSameRows()
    {
        const int Rows = 2_000;
        var csv = new StringBuilder("layanan;gender;U1;U2;U3;U4;U5;U6;U7;U8;U9\n");
        for (int i = 0; i < Rows; i++)
        {
            csv.Append(GeneratedLine(i)).Append('\n');
        }

        var result = Read(csv.ToString());

        var all = Enumerable.Range(0, Rows).ToArray();
        Assert.Equal(IkmCalculator.FromAnswers(Def, all.Select(GeneratedAnswers)), IkmCalculator.Calculate(result.Combined));
        foreach (var part in result.ByLayanan)
        {
            var expected = IkmCalculator.FromAnswers(Def, all.Where(i => GeneratedLayanan(i) == part.Layanan).Select(GeneratedAnswers));
            Assert.Equal(expected, IkmCalculator.Calculate(part.Counts));
        }
    }

    /// <summary>
    /// Yields a header and generated rows, a line at a time through <see cref="ReadLine"/> or as
    /// many characters as asked through <see cref="Read(char[], int, int)"/>; it never holds more
    /// than one line, and reading it whole (ReadToEnd) fails the test. It records the largest block
    /// asked for, so a test can check the reader's buffer stays bounded.
    /// </summary>
    /// <param name="rows">The number of data rows.</param>
    /// <param name="layanan">The service of each row; by default three services in turn.</param>
    private sealed class GeneratedSurveyReader(int rows, Func<int, string>? layanan = null) : TextReader
    {
        private int next = -1;
        private string pending = string.Empty;
        private int pendingAt;

        public int LinesServed { get; private set; }

        public int LargestRead { get; private set; }

        public override string? ReadLine()
        {
            if (pendingAt < pending.Length)
            {
                throw new InvalidOperationException("ReadLine after a block read is not expected.");
            }
            return NextLine();
        }

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            LargestRead = Math.Max(LargestRead, buffer.Length);
            int written = 0;
            while (written < buffer.Length)
            {
                if (pendingAt == pending.Length)
                {
                    string? line = NextLine();
                    if (line is null)
                    {
                        break;
                    }
                    pending = line + "\n";
                    pendingAt = 0;
                }
                int take = Math.Min(buffer.Length - written, pending.Length - pendingAt);
                pending.AsSpan(pendingAt, take).CopyTo(buffer[written..]);
                pendingAt += take;
                written += take;
            }
            return written;
        }

        private string? NextLine()
        {
            if (next >= rows)
            {
                return null;
            }
            LinesServed++;
            return next++ < 0 ? "Layanan;Jenis Kelamin;U1;U2;U3;U4;U5;U6;U7;U8;U9" : GeneratedLine(next - 1, layanan);
        }

        public override string ReadToEnd() => throw new InvalidOperationException("The CSV reader must not materialise its input (ReadToEnd).");

        public override Task<string> ReadToEndAsync() => throw new InvalidOperationException("ReadToEndAsync");

        public override Task<string> ReadToEndAsync(CancellationToken cancellationToken) => throw new InvalidOperationException("ReadToEndAsync");

        public override int Read() => throw new InvalidOperationException("Read");

        public override int ReadBlock(char[] buffer, int index, int count) => throw new InvalidOperationException("ReadBlock");

        public override int Peek() => throw new InvalidOperationException("Peek");
    }

    [Fact]
    public void Read_StreamedInput_IsReadInBoundedBlocksNotMaterialised()
    {
        const int Rows = 200_000;
        using var reader = new GeneratedSurveyReader(Rows);

        var result = IkmCsvReader.Read(reader, Def);

        Assert.Equal(Rows + 1, reader.LinesServed);
        Assert.InRange(reader.LargestRead, 1, 65_536); // a 64 K-character buffer, whatever the input's size
        Assert.Equal(Rows, result.RowsRead);
        Assert.Equal(Rows, result.RowsAccepted);
        Assert.Empty(result.Errors);
        Assert.Equal(';', result.Delimiter);
        Assert.Equal(["KTP", "KK", "Akta"], result.ByLayanan.Select(l => l.Layanan));
        Assert.Equal([66_667L, 66_667L, 66_666L], result.ByLayanan.Select(l => l.Counts.Respondents));
        Assert.Equal<RespondentProfileEntry>(
            [new("Perempuan", 100_000, 50m), new("Laki-laki", 100_000, 50m)],
            result.Profile.Gender);

        var expected = new SurveyTally(Def);
        for (int i = 0; i < Rows; i++)
        {
            expected.AddRespondent(GeneratedAnswers(i));
        }
        Assert.Equal(expected.ToCounts(), result.Combined);
    }

    [Fact]
    public void Read_DistinctServicesBeyondMaxServices_AreLeftOutAndCountedWithoutGrowingTheTallies()
    {
        // A free-text layanan column: every row names a new service. Without the limit this would
        // keep 200.000 tallies (about 800 MB).
        const int Rows = 200_000;
        using var reader = new GeneratedSurveyReader(Rows, row => string.Create(CultureInfo.InvariantCulture, $"Layanan {row}"));
        long before = GC.GetTotalMemory(forceFullCollection: true);

        var result = IkmCsvReader.Read(reader, Def);

        long retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        Assert.Equal(IkmCsvOptions.DefaultMaxServices, result.ByLayanan.Count);
        Assert.Equal(IkmCsvOptions.DefaultMaxServices, result.Profile.Layanan.Count);
        Assert.Equal(Rows, result.RowsRead);
        Assert.Equal(IkmCsvOptions.DefaultMaxServices, result.RowsAccepted);
        Assert.Equal(Rows - IkmCsvOptions.DefaultMaxServices, result.RowsRejected);
        Assert.Equal(Rows - IkmCsvOptions.DefaultMaxServices, result.ErrorCount);
        Assert.Equal(IkmCsvOptions.DefaultMaxErrors, result.Errors.Count);
        var first = result.Errors[0];
        Assert.Equal(IkmCsvOptions.DefaultMaxServices + 2, first.Line); // header on line 1
        Assert.Equal("Layanan 1000", first.Text);
        // Generous: the kept result is a few megabytes; an unbounded one would be hundreds.
        Assert.InRange(retained, long.MinValue, 100L * 1024 * 1024);
        GC.KeepAlive(result);
    }

    [Fact]
    public void Read_RowOfANewServiceOnceMaxServicesAreSeen_IsReportedByLineAndNotTallied()
    {
        var result = Read(Lines(
            "layanan,U1,U2,U3,U4,U5,U6,U7,U8,U9",
            "KTP,4,4,4,4,4,4,4,4,4",
            "KK,3,3,3,3,3,3,3,3,3",
            "Akta,1,1,1,1,1,1,1,1,1",
            " ktp ,4,4,4,4,4,4,4,4,4",
            ",2,2,2,2,2,2,2,2,2",
            "KK,3,3,3,3,3,3,3,3,3"), new IkmCsvOptions { MaxServices = 2 });

        Assert.Equal(["KTP", "KK"], result.ByLayanan.Select(l => l.Layanan));
        Assert.Equal([2L, 2L], result.ByLayanan.Select(l => l.Counts.Respondents));
        Assert.Equal(4, result.RowsAccepted);
        Assert.Equal(4, result.Combined.Respondents);
        Assert.Equal([("KTP", 2L), ("KK", 2L)], result.Profile.Layanan.Select(e => (e.Value, e.Count)));

        Assert.Equal(2, result.RowsRejected);
        Assert.Equal([4L, 6L], result.Errors.Select(e => e.Line));
        Assert.Equal(["Akta", string.Empty], result.Errors.Select(e => e.Text));
        Assert.All(result.Errors, e => Assert.Equal("layanan", e.Column));
        Assert.All(result.Errors, e => Assert.Contains("first 2 services", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Options_MaxServicesBelowOne_ThrowsNamingTheValue()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new IkmCsvOptions { MaxServices = 0 });
        Assert.Equal("value", ex.ParamName);
        Assert.Equal(IkmCsvOptions.DefaultMaxServices, IkmCsvOptions.Default.MaxServices);
        Assert.Equal(1, new IkmCsvOptions { MaxServices = 1 }.MaxServices);
    }

    [Fact]
    public void Read_RowAnsweringNoElement_IsAnErrorNotARespondent_SoCombineIsNotSkewed()
    {
        var result = Read(Lines(
            "layanan,U1,U2,U3,U4,U5,U6,U7,U8,U9",
            "A,4,4,4,4,4,4,4,4,4",
            "B,1,1,1,1,1,1,1,1,1",
            "B,,,,,,,,,"));
        Assert.Equal(2, result.RowsAccepted);
        var error = Assert.Single(result.Errors);
        Assert.Equal(4, error.Line);
        var parts = result.ByLayanan.Select(p => IkmCalculator.Calculate(p.Counts)).ToArray();
        Assert.All(parts, p => Assert.Equal(1, p.Respondents));
        Assert.Equal(62.5m, IkmCalculator.Combine(parts).Value);
    }

    /// <summary>A reader that hands out at most <paramref name="chunk"/> characters per read, so that block edges fall everywhere.</summary>
    private sealed class ChunkedReader(string text, int chunk) : TextReader
    {
        private int at;

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            int take = Math.Min(Math.Min(chunk, buffer.Length), text.Length - at);
            text.AsSpan(at, take).CopyTo(buffer);
            at += take;
            return take;
        }

        public override string? ReadLine()
        {
            if (at >= text.Length)
            {
                return null;
            }
            int end = text.IndexOfAny(['\r', '\n'], at);
            string line = end < 0 ? text[at..] : text[at..end];
            at = end < 0 ? text.Length : end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
            return line;
        }
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Read_AnyLineBreak_AtAnyBlockEdge_GivesTheSameRowsAndLines(string lineBreak)
    {
        string[] rows = ["1,2,3,4,1,2,3,4,1", "", "4,4,4,4,4,4,4,4,\"4\"", "x,1,1,1,1,1,1,1,1", "2,2,2,2,2,2,2,2,2"];
        string csv = Elements + lineBreak + string.Join(lineBreak, rows); // the last line has no break
        foreach (int chunk in new[] { 1, 2, 3, 7, 64, 100_000 })
        {
            var result = IkmCsvReader.Read(new ChunkedReader(csv, chunk), Def);
            Assert.Equal(4, result.RowsRead);
            Assert.Equal(3, result.RowsAccepted);
            Assert.Equal(5, Assert.Single(result.Errors).Line);
            Assert.Equal(new AnswerCounts(1, 1, 0, 1), result.Combined.PerElement[0]);
        }
    }

    [Fact]
    public void Read_AQuotedCellAcrossLinesAndBlocks_IsOneCell_AndTheLinesAreCounted()
    {
        string csv = "layanan,U1,U2,U3,U4,U5,U6,U7,U8,U9\n\"Kartu\nKeluarga\",1,1,1,1,1,1,1,1,1\nKTP,2,2,2,2,2,2,2,2,2\nKTP,x,2,2,2,2,2,2,2,2\n";
        foreach (int chunk in new[] { 1, 5, 13, 100_000 })
        {
            var result = IkmCsvReader.Read(new ChunkedReader(csv, chunk), Def);
            Assert.Equal(["Kartu\nKeluarga", "KTP"], result.ByLayanan.Select(l => l.Layanan));
            Assert.Equal(5, Assert.Single(result.Errors).Line); // the quoted break makes line 3 part of row 2
        }
    }

    [Fact]
    public void Read_ALineLongerThanTheBuffer_IsReadWhole()
    {
        // 100 000 blank cells after the answers: one line of about 100 KB, beyond the 64 K-character block.
        string wide = "1,1,1,1,1,1,1,1,1" + new string(',', 100_000);
        var result = Read(Lines(Elements, wide, "2,2,2,2,2,2,2,2,2"));
        Assert.Equal(2, result.RowsAccepted);
        Assert.Empty(result.Errors);
    }

    // ---- arguments, header and the answer paths ------------------------------------------------

    [Fact]
    public void Read_NullArguments_ThrowNamingThem()
    {
        Assert.Equal("reader", Assert.Throws<ArgumentNullException>(() => IkmCsvReader.Read(null!, Def)).ParamName);
        Assert.Equal("definition", Assert.Throws<ArgumentNullException>(() => IkmCsvReader.Read(new StringReader(Lines(Elements)), null!)).ParamName);
    }

    [Fact]
    public void Read_AsManySemicolonsAsCommasInTheHeader_ReadsCommas()
    {
        // Nine commas before the last column, nine semicolons in its name.
        var result = Read(Lines($"{Elements},a;b;c;d;e;f;g;h;i;j", "1,2,3,4,1,2,3,4,1,ok"));

        Assert.Equal(',', result.Delimiter);
        Assert.Equal(1, result.RowsAccepted);
    }

    [Fact]
    public void Read_DelimitersInQuotedHeaders_DoNotCountForDetection()
    {
        var result = Read(Lines("U1;U2;U3;U4;U5;U6;U7;U8;U9;\"Saran, kritik, dan, masukan, untuk, unit, layanan, ini, ya, semua\"", "1;2;3;4;1;2;3;4;1;ok"));

        Assert.Equal(';', result.Delimiter);
        Assert.Equal(1, result.RowsAccepted);
    }

    [Fact]
    public void Read_BlankHeader_IsNamedByItsPosition_AndIgnored()
    {
        var result = Read(Lines("U1,U2,,U3,U4,U5,U6,U7,U8,U9", "1,2,x,3,4,1,2,3,4,1"));

        Assert.Equal([new SurveyRowError(1, "(column 3)", string.Empty, "the column has no header; ignored")], result.HeaderWarnings);
        Assert.Equal(1, result.RowsAccepted);
        Assert.Equal(new AnswerCounts(0, 0, 1, 0), result.Combined.PerElement[2]);
    }

    [Fact]
    public void Read_UnclosedQuoteInTheHeader_Throws()
    {
        var ex = Assert.Throws<SakipDataException>(() => Read(Lines($"{Elements},\"Saran")));

        Assert.Equal("Survey.Csv.Header", ex.FieldPath);
    }

    [Fact]
    public void Read_TheFirstColumnRepeated_ThrowsNamingBothColumns()
    {
        var ex = Assert.Throws<SakipDataException>(() => Read(Lines($"U1,{Elements}", "1,1,2,3,4,1,2,3,4,1")));

        Assert.Equal("Survey.Csv.Header.U1", ex.FieldPath);
        Assert.Contains("the element has two columns (1 and 2) on line 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ABlankCellAfterAnAnsweredRow_IsUnanswered()
    {
        var result = Read(Lines(Elements, "4,4,4,4,4,4,4,4,4", ",3,3,3,3,3,3,3,"));

        Assert.Equal(2, result.RowsAccepted);
        Assert.Equal(new AnswerCounts(0, 0, 0, 1), result.Combined.PerElement[0]);
        Assert.Equal(new AnswerCounts(0, 0, 0, 1), result.Combined.PerElement[8]);
        Assert.Equal(new AnswerCounts(0, 0, 1, 1), result.Combined.PerElement[4]);
    }

    [Theory]
    [InlineData("01", 1)]
    [InlineData(" 1", 1)]
    [InlineData("1 ", 1)]
    [InlineData("+1", 1)]
    [InlineData("\"1\"", 1)]
    [InlineData("04", 4)]
    [InlineData(" 4 ", 4)]
    public void Read_AnAnswerWrittenOtherwise_IsStillTheAnswer(string cell, int answer)
    {
        var result = Read(Lines(Elements, $"{cell},2,2,2,2,2,2,2,2"));

        Assert.Empty(result.Errors);
        Assert.Equal(1, result.Combined.PerElement[0][answer]);
    }

    [Fact]
    public void Read_BlankLayanan_OnceCounted_IsNotANewServiceAtTheLimit()
    {
        var result = Read(Lines(
            "layanan,U1,U2,U3,U4,U5,U6,U7,U8,U9",
            "KTP,4,4,4,4,4,4,4,4,4",
            ",3,3,3,3,3,3,3,3,3",
            "  ,2,2,2,2,2,2,2,2,2",
            "KK,1,1,1,1,1,1,1,1,1"), new IkmCsvOptions { MaxServices = 2 });

        Assert.Equal(["KTP", RespondentProfile.NotFilled], result.ByLayanan.Select(l => l.Layanan));
        Assert.Equal([1L, 2L], result.ByLayanan.Select(l => l.Counts.Respondents));
        Assert.Equal(5, Assert.Single(result.Errors).Line);
    }
}
