using System;
using System.IO;
using System.Linq;
using Sakip.Measurement.Lke;
using Xunit;

namespace Sakip.Measurement.Tests.Lke;

public sealed class LkeReportAnswersTests
{
    private static ReviewResult Review(string name)
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Samples", name + ".json"));
        return LkipReview.Review(LkipJson.Read(stream));
    }

    [Fact]
    public void Answer_Patrang2023_AnswersTheFive3bCriteriaWithTheirEvidence()
    {
        var review = Review("patrang-2023");
        var answers = LkeReportAnswers.Answer(LkeDefinition.PermenPanRb88Tahun2021, review);
        Assert.Equal(["3.b.1", "3.b.2", "3.b.3", "3.b.4", "3.b.5"], answers.Select(a => a.Criterion));
        var annual = answers[0];
        Assert.Equal(LkeReportQuestion.AgainstAnnualTarget, annual.Question);
        // Six indicators, each with its capaian printed; one of them printed wrong (erratum P14: IKU-5, Nilai SAKIP, printed 100 % where BB (80) → B (61) gives 76,25).
        Assert.Equal((6, 6, 1), (annual.Concerned, annual.Shown, annual.Wrong));
        Assert.Equal(["IKU-5"], annual.WrongCodes);
        // 5,5 of 6 shown right = 0,917: B on the A–E scale.
        Assert.Equal("B", annual.Answer.Code);
        Assert.Equal("6 dari 6 indikator dengan capaian terhadap target tahunan tercetak; 1 salah menurut reviu (IKU-5).", annual.Evidence);
        Assert.StartsWith("Capaian against the annual target printed for 6 of 6 indicators", annual.EvidenceEnglish, StringComparison.Ordinal);
        var previous = answers[2];
        Assert.Equal(["IKU-5"], previous.Missing);
    }

    [Fact]
    public void Answer_EachErrorCountsHalf_AndTheAnswerIsTheHighestStepNotAboveTheShare()
    {
        foreach (string name in new[] { "ajung-2023", "kencong-2025", "mayang-2023", "patrang-2023" })
        {
            foreach (var answer in LkeReportAnswers.Answer(LkeDefinition.PermenPanRb88Tahun2021, Review(name)))
            {
                decimal share = answer.Concerned == 0 ? 0m : (answer.Shown - (answer.Wrong / 2m)) / answer.Concerned;
                var expected = LkeAnswerScale.AToE.Answers.Last(a => a.Value <= share || a.Value == 0m);
                Assert.True(expected == answer.Answer, $"{name} {answer.Criterion}: share {share} gave {answer.Answer}");
                Assert.Equal(answer.Concerned - answer.Shown, answer.Missing.Count);
                Assert.Equal(answer.Wrong, answer.WrongCodes.Count);
            }
        }
    }

    [Fact]
    public void Answer_OnAYaTidakScale_OnlyACompleteAndCorrectShowingEarnsY()
    {
        var definition = new LkeDefinition("uji", LkeDefinition.PermenPanRb88Tahun2021.Komponen, LkeAnswerScale.YaTidak, LkeUnansweredPolicy.CountsZero,
            PredikatScale.PermenPanRb88Tahun2021);
        var answers = LkeReportAnswers.Answer(definition, Review("patrang-2023"));
        Assert.All(answers, a => Assert.Equal(a.Shown == a.Concerned && a.Wrong == 0 && a.Concerned > 0 ? "Y" : "T", a.Answer.Code));
    }

    [Fact]
    public void Fill_ReplacesOnlyTheReportDerivedAnswers()
    {
        var worksheet = LkeWorksheets.AllABut(("1.a.1", "C"));
        var filled = LkeReportAnswers.Fill(worksheet, Review("patrang-2023"));
        Assert.Equal("C", filled.AnswerTo("1.a.1")!.Value.Code);
        Assert.Equal("B", filled.AnswerTo("3.b.1")!.Value.Code);
        Assert.Equal("A", filled.AnswerTo("3.b.6")!.Value.Code);
    }

    [Fact]
    public void Answer_DefinitionWithoutReportQuestions_AnswersNothing() =>
        Assert.Empty(LkeReportAnswers.Answer(LkeWorksheets.HundredPoints, Review("mayang-2023")));

    [Fact]
    public void AnswerAndFill_NullArguments_AreArgumentErrors()
    {
        Assert.Equal("definition", Assert.Throws<ArgumentNullException>(() => LkeReportAnswers.Answer(null!, Review("mayang-2023"))).ParamName);
        Assert.Equal("review", Assert.Throws<ArgumentNullException>(() => LkeReportAnswers.Answer(LkeDefinition.PermenPanRb88Tahun2021, null!)).ParamName);
        Assert.Equal("worksheet", Assert.Throws<ArgumentNullException>(() => LkeReportAnswers.Fill(null!, Review("mayang-2023"))).ParamName);
    }

    // A report of one indicator and one budgeted sasaran, printing what the caller gives.
    private static ReviewResult Small(string printed, string benchmarks = "")
    {
        string json = $$"""
            { "formatVersion": 2, "unit": "Kecamatan Uji", "year": 2025, "policy": { "capping": "Cap100Floor0" }, "scale": "PermenPanRb88Tahun2021",
              "renstra": [ { "name": "Renstra", "firstYear": 2021, "finalYear": 2026, "tujuan": [ { "code": "T1", "name": "Tujuan", "sasaran": [
                { "code": "S1", "name": "Sasaran", "indikator": [ { "code": "IKU-1", "name": "Indeks", "satuan": "indeks", "polarity": "positive",
                  "targetKind": "single", "years": [ { "year": 2024, "pkTarget": "90", "realisasi": "88" }, { "year": 2025, "pkTarget": "93", "realisasi": "88,25" },
                  { "year": 2026, "renstraTarget": "95" } ] } ] } ] } ] } ],
              "budget": { "lines": [ { "key": "P1", "level": "program", "name": "Program", "paguPerubahan": "100", "realisasi": "90" } ],
                          "links": [ { "sasaran": "S1", "line": "P1" } ] },
              {{benchmarks}}
              "printed": [ {{printed}} ] }
            """;
        return LkipReview.Review(LkipJson.Parse(json));
    }

    private static LkeReportAnswer Of(ReviewResult review, LkeReportQuestion question) =>
        LkeReportAnswers.Answer(LkeDefinition.PermenPanRb88Tahun2021, review).Single(a => a.Question == question);

    [Fact]
    public void Answer_NothingPrinted_IsTheLowestAnswerAndSaysWhatIsMissing()
    {
        var annual = Of(Small(""), LkeReportQuestion.AgainstAnnualTarget);
        Assert.Equal("E", annual.Answer.Code);
        Assert.Equal("0 dari 1 indikator dengan capaian terhadap target tahunan tercetak (tidak ada: IKU-1); 0 salah menurut reviu.", annual.Evidence);
        Assert.Equal("Capaian against the annual target printed for 0 of 1 indicators (missing: IKU-1); 0 wrong according to the review.", annual.EvidenceEnglish);
        var efficiency = Of(Small(""), LkeReportQuestion.Efficiency);
        Assert.Equal("0 dari 1 sasaran dengan analisis efisiensi tercetak (tidak ada: S1); 0 salah menurut reviu.", efficiency.Evidence);
        Assert.Equal("Efficiency analysis printed for 0 of 1 sasaran (missing: S1); 0 wrong according to the review.", efficiency.EvidenceEnglish);
    }

    [Fact]
    public void Answer_NoBenchmarkCited_HasNothingToCompareAndTheLowestAnswer()
    {
        var benchmark = Of(Small(""), LkeReportQuestion.AgainstBenchmark);
        Assert.Equal((0, 0, 0), (benchmark.Concerned, benchmark.Shown, benchmark.Wrong));
        Assert.Equal("E", benchmark.Answer.Code);
        Assert.Equal("Laporan tidak memuat perbandingan dengan standar nasional/provinsi: tidak ada indikator yang dapat dibandingkan.", benchmark.Evidence);
        Assert.Equal("The report shows no comparison with a national or provincial benchmark: no indicators to compare.", benchmark.EvidenceEnglish);
    }

    [Fact]
    public void Answer_RightFigures_EarnTheBestAnswerWithoutAList()
    {
        var review = Small("""
            { "figure": "capaian", "subject": "IKU-1", "table": "Tabel 3.1", "line": 1, "text": "94,89%" },
            { "figure": "renstraComparison", "subject": "IKU-1", "table": "Tabel 3.2", "line": 2, "text": "92,89%" },
            { "figure": "efficiency", "subject": "S1", "table": "Tabel 3.3", "line": 3, "text": "Efisien" }
            """);
        var annual = Of(review, LkeReportQuestion.AgainstAnnualTarget);
        Assert.Equal("A", annual.Answer.Code);
        Assert.Equal("1 dari 1 indikator dengan capaian terhadap target tahunan tercetak; 0 salah menurut reviu.", annual.Evidence);
        Assert.Equal("A", Of(review, LkeReportQuestion.AgainstRenstraTarget).Answer.Code);
        Assert.Equal("A", Of(review, LkeReportQuestion.Efficiency).Answer.Code);
    }

    [Fact]
    public void Answer_AWrongFigure_CountsHalfAndIsNamed()
    {
        var annual = Of(Small("""{ "figure": "capaian", "subject": "IKU-1", "table": "Tabel 3.1", "line": 1, "text": "90%" }"""), LkeReportQuestion.AgainstAnnualTarget);
        Assert.Equal((1, 1, 1), (annual.Concerned, annual.Shown, annual.Wrong));
        Assert.Equal("C", annual.Answer.Code);
        Assert.EndsWith("1 salah menurut reviu (IKU-1).", annual.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_PreviousYears_CountsOnlyFiguresOfEarlierYears()
    {
        var thisYear = Of(Small("""{ "figure": "realisasi", "subject": "IKU-1", "year": 2025, "table": "Tabel 3.2", "line": 1, "text": "88,25" }"""), LkeReportQuestion.AgainstPreviousYears);
        Assert.Equal(0, thisYear.Shown);
        var lastYear = Of(Small("""{ "figure": "realisasi", "subject": "IKU-1", "year": 2024, "table": "Tabel 3.2", "line": 1, "text": "88" }"""), LkeReportQuestion.AgainstPreviousYears);
        Assert.Equal(1, lastYear.Shown);
        Assert.Equal("A", lastYear.Answer.Code);
    }

    [Fact]
    public void Answer_ACitedBenchmark_IsShown()
    {
        var benchmark = Of(Small("", """ "benchmarks": [ { "indikator": "IKU-1", "value": "86,34", "source": "Nasional" } ], """), LkeReportQuestion.AgainstBenchmark);
        Assert.Equal((1, 1, 0), (benchmark.Concerned, benchmark.Shown, benchmark.Wrong));
        Assert.Equal("A", benchmark.Answer.Code);
    }
}
