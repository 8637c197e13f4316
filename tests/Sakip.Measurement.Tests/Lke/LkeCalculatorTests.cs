using System;
using System.Collections.Generic;
using System.Linq;
using Sakip.Measurement.Lke;
using Xunit;

namespace Sakip.Measurement.Tests.Lke;

public sealed class LkeCalculatorTests
{
    [Theory]
    [InlineData(30, "D")]
    [InlineData(31, "C")]
    [InlineData(50, "C")]
    [InlineData(51, "CC")]
    [InlineData(60, "CC")]
    [InlineData(61, "B")]
    [InlineData(70, "B")]
    [InlineData(71, "BB")]
    [InlineData(80, "BB")]
    [InlineData(81, "A")]
    [InlineData(90, "A")]
    [InlineData(91, "AA")]
    [InlineData(100, "AA")]
    [InlineData(0, "D")]
    public void Score_TotalOnAPredikatBoundary_GradesOnTheRegulationsSide(int points, string predikat)
    {
        // PermenPANRB 88/2021: (lower, upper] bands, so a total of exactly 80 is BB and 81 is A.
        var result = LkeCalculator.Score(LkeWorksheets.Points(points));
        Assert.Equal(points, result.Total);
        Assert.Equal(predikat, result.Predikat.Code);
    }

    [Fact]
    public void Score_JustAboveABoundaryByTheSmallestStep_GradesUp()
    {
        // 88/2021 structure: everything A but 1.c (8 criteria, 15 points) all E and 2.a (6 points) E, E, C:
        // 100 − 15 − (2 + 2 + 1) = 80 exactly: BB, as Patrang 2023 prints its Nilai SAKIP target "BB (80)".
        var eighty = LkeWorksheets.AllABut([.. LkeWorksheets.Sub("1.c", "E"), ("2.a.1", "E"), ("2.a.2", "E"), ("2.a.3", "C")]);
        var result = LkeCalculator.Score(eighty);
        Assert.Equal(80m, result.Total);
        Assert.Equal("BB", result.Predikat.Code);
        Assert.Equal("BB (80.00)", result.ToString());
        // One criterion of 1.c from E to D: + 15 × 0,25 / 8 = 0,46875 → A.
        var above = LkeCalculator.Score(eighty.With("1.c.1", "D"));
        Assert.Equal(80.46875m, above.Total);
        Assert.Equal("A", above.Predikat.Code);
    }

    [Fact]
    public void Score_WorksheetMatchingPatrangsRealisasi_GradesB()
    {
        // Patrang 2023 Tabel 3.1: Nilai SAKIP realisasi "B (61)". 100 − 6 (1.a) − 15 (1.c) − 15 (2.c) − 3 (3.a) = 61.
        var sheet = LkeWorksheets.AllABut([.. LkeWorksheets.Sub("1.a", "E"), .. LkeWorksheets.Sub("1.c", "E"), .. LkeWorksheets.Sub("2.c", "E"), .. LkeWorksheets.Sub("3.a", "E")]);
        var result = LkeCalculator.Score(sheet);
        Assert.Equal(61m, result.Total);
        Assert.Equal("B", result.Predikat.Code);
    }

    [Fact]
    public void Score_AValueThatDoesNotTerminate_IsExactUntilShown()
    {
        // 1.b has 11 criteria worth 9 points: one B loses 9 × 0,25 / 11 = 0,2045…
        var result = LkeCalculator.Score(LkeWorksheets.AllABut(("1.b.1", "B")));
        Assert.Equal(99.7954545454545455m, result.Total);
        Assert.Equal(99.80m, result.RoundTotal(2));
        var sub = result.Komponen[0].SubKomponen[1];
        Assert.Equal("1.b", sub.Code);
        Assert.Equal(8.7954545454545455m, sub.Value);
        Assert.Equal(29.7954545454545455m, result.Komponen[0].Value);
    }

    [Fact]
    public void Score_UnansweredCriteria_CountZeroAndAreListed()
    {
        var sheet = LkeWorksheets.AllABut().With("4.c.5", null).With("1.a.2", null);
        var result = LkeCalculator.Score(sheet);
        // 1.a: 5 of 6 A → 6 × 5/6 = 5; 4.c: 4 of 5 → 12,5 × 4/5 = 10.
        Assert.Equal(100m - 1m - 2.5m, result.Total);
        Assert.Equal(["1.a.2", "4.c.5"], result.Unanswered);
        Assert.Equal(5, result.Komponen[0].SubKomponen[0].Answered);
    }

    [Fact]
    public void Score_UnansweredExcluded_LeavesThemOutOfTheMean()
    {
        var definition = new LkeDefinition("uji", LkeDefinition.PermenPanRb88Tahun2021.Komponen, LkeAnswerScale.AToE, LkeUnansweredPolicy.Excluded, PredikatScale.PermenPanRb88Tahun2021);
        var answers = definition.CriterionCodes.Where(c => c != "1.a.2").ToDictionary(c => c, _ => "A");
        answers["1.a.1"] = "C";
        var result = LkeCalculator.Score(new LkeWorksheet(definition, answers));
        // 1.a: mean of A, A, A, A, C over the five answered = 0,9 → 5,4 of 6.
        Assert.Equal(5.4m, result.Komponen[0].SubKomponen[0].Value);
        Assert.Equal(["1.a.2"], result.Unanswered);
    }

    [Fact]
    public void Score_NothingAnswered_IsZeroAndD()
    {
        var result = LkeCalculator.Score(new LkeWorksheet(LkeDefinition.PermenPanRb88Tahun2021, []));
        Assert.Equal(0m, result.Total);
        Assert.Equal("D", result.Predikat.Code);
        Assert.Equal(80, result.Unanswered.Count);
    }

    [Fact]
    public void Score_Akumulasi_SumsEachCriterionsWeight()
    {
        var definition = new LkeDefinition("uji", [new LkeKomponen("1", "K", 100m, [new LkeSubKomponen("a", "S", 100m, LkeAggregation.Akumulasi,
            [new LkeCriterion("1", "berat", 70m), new LkeCriterion("2", "ringan", 30m)])])], LkeAnswerScale.AToE, LkeUnansweredPolicy.CountsZero, PredikatScale.PermenPanRb88Tahun2021);
        var result = LkeCalculator.Score(new LkeWorksheet(definition, [KeyValuePair.Create("1.a.1", "B"), KeyValuePair.Create("1.a.2", "A")]));
        Assert.Equal((70m * 0.75m) + 30m, result.Total);
        Assert.Equal(LkeAggregation.Akumulasi, result.Komponen[0].SubKomponen[0].Aggregation);
    }

    [Fact]
    public void WhatIf_RanksTheSingleStepsByGain_LargestFirst()
    {
        // At 80 (BB): a step in 2.a (6 points / 3 criteria, 0,5 per quarter) gains the most and
        // lifts the predikat to A; 1.c (15 / 8: 0,46875) next.
        var eighty = LkeWorksheets.AllABut([.. LkeWorksheets.Sub("1.c", "E"), ("2.a.1", "E"), ("2.a.2", "E"), ("2.a.3", "C")]);
        var ranking = LkeCalculator.WhatIf(eighty);
        Assert.Equal(11, ranking.Count);
        Assert.Equal(["2.a.1", "2.a.2", "2.a.3"], ranking.Take(3).Select(i => i.Criterion));
        var first = ranking[0];
        Assert.Equal("E", first.From!.Value.Code);
        Assert.Equal("D", first.To.Code);
        Assert.Equal(0.5m, first.Gain);
        Assert.Equal(80.5m, first.Total);
        Assert.Equal("A", first.Predikat.Code);
        Assert.True(first.ChangesPredikat);
        Assert.All(ranking.Skip(3), i => Assert.Equal(0.46875m, i.Gain));
    }

    [Fact]
    public void WhatIf_AllBest_HasNothingToGain() =>
        Assert.Empty(LkeCalculator.WhatIf(LkeWorksheets.AllABut()));

    [Fact]
    public void WhatIf_UnansweredCriterion_StepsToTheFirstAnswerThatEarns()
    {
        var ranking = LkeCalculator.WhatIf(LkeWorksheets.AllABut().With("3.a.1", null));
        var step = Assert.Single(ranking);
        Assert.Null(step.From);
        Assert.Equal("D", step.To.Code);
        Assert.Equal(0.125m, step.Gain); // 3 points / 6 criteria × 0,25
        Assert.False(step.ChangesPredikat);
    }

    [Fact]
    public void ScoreAndWhatIf_NullWorksheet_AreArgumentErrors()
    {
        Assert.Equal("worksheet", Assert.Throws<ArgumentNullException>(() => LkeCalculator.Score(null!)).ParamName);
        Assert.Equal("worksheet", Assert.Throws<ArgumentNullException>(() => LkeCalculator.WhatIf(null!)).ParamName);
    }

    [Fact]
    public void RoundTotal_OutsideZeroToSixteenPlaces_IsRefused() =>
        Assert.Equal("decimalPlaces", Assert.Throws<ArgumentOutOfRangeException>(() => LkeCalculator.Score(LkeWorksheets.Points(1)).RoundTotal(17)).ParamName);
}
