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
}
