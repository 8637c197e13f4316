using System;
using System.Collections.Generic;
using System.Linq;
using Sakip.Measurement.Ikm;
using Xunit;

namespace Sakip.Measurement.Tests.Ikm;

/// <summary>
/// IKM (PermenPANRB 14/2017, DOMAIN.md §4): NRR per element, exact and legacy weights, the ×25
/// conversion, mutu pelayanan, the weakest-first ranking, combination over services and the
/// margin of error. Every expected value is worked out by hand in the comments.
/// </summary>
/// <remarks>
/// IKM values are compared after rounding to 20 decimal places (<see cref="AssertIkm"/>): many
/// are repeating decimals (4525/54), which <see cref="decimal"/> stores to 28 digits. Exact ends
/// and boundaries are pinned in <c>IkmExactWeightRoundingTests</c>.
/// </remarks>
public class IkmCalculatorTests
{
    private static readonly IkmDefinition Def = IkmDefinition.PermenPanRb14Tahun2017;

    internal static void AssertIkm(decimal expected, decimal actual) =>
        Assert.Equal(expected, decimal.Round(actual, 20, MidpointRounding.AwayFromZero));

    /// <summary>The same answer counts for every element of <paramref name="definition"/>; respondents = their total.</summary>
    internal static IkmCounts Uniform(IkmDefinition definition, AnswerCounts perElement) =>
        new(definition, Enumerable.Repeat(perElement, definition.ElementCount), perElement.Total);

    // ---------------------------------------------------------------- NRR

    [Fact]
    public void FromAnswers_UnansweredQuestion_IsExcludedFromThatElementsNrr_NotScoredZero()
    {
        // Three respondents; respondent 2 skips U3, respondent 3 skips U6 (0 = unanswered).
        int[][] rows =
        [
            [4, 4, 4, 4, 4, 4, 4, 4, 4],
            [2, 3, 0, 4, 3, 3, 3, 3, 3],
            [3, 2, 4, 4, 4, 0, 2, 1, 3],
        ];
        var r = IkmCalculator.FromAnswers(Def, rows);

        // U3: (4 + 4) / 2 = 4 over 2 answers (scored as 0 it would be 8/3 over 3).
        Assert.Equal(4m, r.Elements[2].Nrr);
        Assert.Equal(2, r.Elements[2].Answers);
        // U6: (4 + 3) / 2 = 3,5.
        Assert.Equal(3.5m, r.Elements[5].Nrr);
        Assert.Equal(2, r.Elements[5].Answers);
        // Fully answered elements count all three: U1 (4 + 2 + 3) / 3 = 3.
        Assert.Equal(3m, r.Elements[0].Nrr);
        Assert.Equal(3, r.Elements[0].Answers);
        Assert.Equal(3, r.Respondents);

        // Σ NRR = 3 + 3 + 4 + 4 + 11/3 + 3,5 + 3 + 8/3 + 10/3 = 181/6;
        // IKM = 181/6 / 9 × 25 = 4525/54 = 83,796296296296296296296296…
        AssertIkm(83.79629629629629629630m, r.Value);
        Assert.Equal("B", r.Mutu.Code);
    }

    [Fact]
    public void FromAnswers_ResponseThatAnswersNothing_IsNotARespondent_AndIsCountedApart()
    {
        int[][] rows =
        [
            [3, 3, 3, 3, 3, 3, 3, 3, 3],
            [0, 0, 0, 0, 0, 0, 0, 0, 0],
        ];
        var tally = new SurveyTally(Def);
        foreach (var row in rows)
        {
            tally.AddRespondent(row);
        }
        Assert.Equal(1, tally.Respondents);
        Assert.Equal(1, tally.EmptyResponses);
        var r = IkmCalculator.FromAnswers(Def, rows);
        Assert.Equal(1, r.Respondents);
        Assert.All(r.Elements, e => Assert.Equal(1, e.Answers));
        AssertIkm(75m, r.Value);
        Assert.Equal(1, r.RespondentScores!.Value.Count);
    }

    [Fact]
    public void FromAnswers_Counts_AndDistributions_GiveTheSameIkm()
    {
        // Per element: 1 × "2", 3 × "3", 4 × "4" over 8 respondents: NRR = (2 + 9 + 16) / 8 = 3,375.
        var rows = new List<int[]>();
        foreach (int a in new[] { 2, 3, 3, 3, 4, 4, 4, 4 })
        {
            rows.Add(Enumerable.Repeat(a, 9).ToArray());
        }
        var fromAnswers = IkmCalculator.FromAnswers(Def, rows);
        var fromCounts = IkmCalculator.Calculate(Uniform(Def, new AnswerCounts(0, 1, 3, 4)));
        var fromDistributions = IkmCalculator.FromDistributions(
            Def, Enumerable.Repeat(new AnswerDistribution(0m, 12.5m, 37.5m, 50m), 9).ToArray(), 8);

        // IKM = 3,375 × 25 = 84,375.
        AssertIkm(84.375m, fromAnswers.Value);
        Assert.Equal(fromAnswers.Value, fromCounts.Value);
        Assert.Equal(fromAnswers.Value, fromDistributions.Value);
        Assert.All(fromDistributions.Elements, e => Assert.Equal(3.375m, e.Nrr));
    }

    [Fact]
    public void FromDistributions_RowWithinTolerance_IsNormalisedBySum_NotShifted()
    {
        // 0 / 33,33 / 33,33 / 33,33 sums to 99,99 (printed rounding): NRR = (66,66 + 99,99 + 133,32) / 99,99 = 3.
        var rows = Enumerable.Repeat(new AnswerDistribution(0m, 33.33m, 33.33m, 33.33m), 9).ToArray();
        var r = IkmCalculator.FromDistributions(Def, rows, 30);
        Assert.All(r.Elements, e => Assert.Equal(3m, e.Nrr));
        Assert.All(r.Elements, e => Assert.Equal(30, e.Answers));
        Assert.Null(r.RespondentScores);
    }

    // ---------------------------------------------------------------- weights

    [Fact]
    public void Weight_Exact_IsOneNinth_Legacy_IsPrinted0_111()
    {
        Assert.Equal(1m / 9m, Def.Weight(IkmWeighting.Exact));
        Assert.Equal(0.111m, Def.Weight(IkmWeighting.Legacy));
        Assert.Equal(0.111m, Def.LegacyWeight);
        Assert.Throws<ArgumentOutOfRangeException>(() => Def.Weight((IkmWeighting)7));
    }

    [Fact]
    public void ExactAndLegacyWeights_GiveDifferentIkm_AndCanChangeTheMutu()
    {
        // 200 respondents, per element 93 × "3" and 107 × "4": NRR = (279 + 428) / 200 = 3,535.
        var counts = Uniform(Def, new AnswerCounts(0, 0, 93, 107));
        var exact = IkmCalculator.Calculate(counts);
        var legacy = IkmCalculator.Calculate(counts, IkmWeighting.Legacy);

        // Exact: 9 × 3,535 × 1/9 × 25 = 88,375 → A (≥ 88,31).
        AssertIkm(88.375m, exact.Value);
        Assert.Equal("A", exact.Mutu.Code);
        Assert.Equal(IkmWeighting.Exact, exact.Weighting);

        // Legacy: 9 × 3,535 × 0,111 × 25 = 88,286625 → B: the rounded weight costs 0,1 % (0,999 / 1).
        Assert.Equal(88.286625m, legacy.Value);
        Assert.Equal(3.531465m, legacy.UnitValue);
        Assert.Equal("B", legacy.Mutu.Code);
        Assert.Equal(IkmWeighting.Legacy, legacy.Weighting);
        Assert.All(legacy.Elements, e => Assert.Equal(0.111m, e.Weight));
        Assert.All(legacy.Elements, e => Assert.Equal(3.535m * 0.111m, e.WeightedNrr));
    }

    [Fact]
    public void ExactAndLegacyWeights_Differ_InTheSecondDecimal_ForAnAverageSurvey()
    {
        // Every NRR = 3: exact 75, legacy 9 × 3 × 0,111 × 25 = 74,925 (printed 75,00 vs 74,93).
        var counts = Uniform(Def, new AnswerCounts(0, 0, 10, 0));
        AssertIkm(75m, IkmCalculator.Calculate(counts).Value);
        Assert.Equal(74.925m, IkmCalculator.Calculate(counts, IkmWeighting.Legacy).Value);
    }

    // ---------------------------------------------------------------- mutu

    [Theory]
    [InlineData("25", "D", "Tidak Baik")]
    [InlineData("64.99", "D", "Tidak Baik")]
    [InlineData("64.9949", "D", "Tidak Baik")]
    [InlineData("64.995", "C", "Kurang Baik")] // prints 65,00: each gap is closed at its midpoint
    [InlineData("65", "C", "Kurang Baik")]
    [InlineData("65.00", "C", "Kurang Baik")]
    [InlineData("76.60", "C", "Kurang Baik")]
    [InlineData("76.6049", "C", "Kurang Baik")]
    [InlineData("76.605", "B", "Baik")]
    [InlineData("76.61", "B", "Baik")]
    [InlineData("88.30", "B", "Baik")]
    [InlineData("88.3049", "B", "Baik")] // prints 88,30
    [InlineData("88.305", "A", "Sangat Baik")] // prints 88,31: the gap 88,30–88,31 is closed at its midpoint
    [InlineData("88.3099999", "A", "Sangat Baik")]
    [InlineData("88.31", "A", "Sangat Baik")]
    [InlineData("100", "A", "Sangat Baik")]
    public void MutuScale_PermenPanRb14Tahun2017_GradesEveryPrintedBoundary(string value, string code, string label)
    {
        var band = Def.MutuScale.Classify(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(code, band.Code);
        Assert.Equal(label, band.Label);
    }

    [Fact]
    public void MutuScale_GradesLegacyValuesJustOutside25To100()
    {
        // 0,111 × 9 = 0,999: an all-"1" survey with legacy weights is 24,975, still graded D.
        Assert.Equal("D", Def.MutuScale.Classify(24.975m).Code);
        Assert.Equal("A", Def.MutuScale.Classify(100.01m).Code);
    }

    [Fact]
    public void Elements_CarryConvertedValue_AndTheirOwnMutu()
    {
        // U1 NRR 4 → 100 (A); U2 NRR 3,5 → 87,5 (B); U3 NRR 2,9 → 72,5 (C); U4 NRR 2,5 → 62,5 (D);
        // U5..U9 NRR 3,6 → 90 (A). 10 respondents.
        AnswerCounts[] perElement =
        [
            new(0, 0, 0, 10),
            new(0, 0, 5, 5),
            new(0, 3, 5, 2),
            new(0, 5, 5, 0),
            new(0, 0, 4, 6),
            new(0, 0, 4, 6),
            new(0, 0, 4, 6),
            new(0, 0, 4, 6),
            new(0, 0, 4, 6),
        ];
        var r = IkmCalculator.Calculate(new IkmCounts(Def, perElement, 10));

        decimal[] nrr = [4m, 3.5m, 2.9m, 2.5m, 3.6m, 3.6m, 3.6m, 3.6m, 3.6m];
        decimal[] converted = [100m, 87.5m, 72.5m, 62.5m, 90m, 90m, 90m, 90m, 90m];
        string[] mutu = ["A", "B", "C", "D", "A", "A", "A", "A", "A"];
        for (int i = 0; i < 9; i++)
        {
            Assert.Same(Def.Elements[i], r.Elements[i].Element);
            Assert.Equal(nrr[i], r.Elements[i].Nrr);
            Assert.Equal(converted[i], r.Elements[i].Converted);
            Assert.Equal(mutu[i], r.Elements[i].Mutu.Code);
            Assert.Equal(10, r.Elements[i].Answers);
        }
        // Σ NRR = 4 + 3,5 + 2,9 + 2,5 + 5 × 3,6 = 30,9; IKM = 30,9 / 9 × 25 = 85,8333…
        AssertIkm(85.83333333333333333333m, r.Value);
        Assert.Equal("B", r.Mutu.Code);
    }

    [Fact]
    public void WeakestFirst_OrdersByNrr_TiesInQuestionnaireOrder()
    {
        // NRR per element U1..U9: 3, 2, 3, 2, 4, 1, 4, 3, 2 (one respondent).
        int[] answers = [3, 2, 3, 2, 4, 1, 4, 3, 2];
        var r = IkmCalculator.FromAnswers(Def, [answers]);
        Assert.Equal(
            ["U6", "U2", "U4", "U9", "U1", "U3", "U8", "U5", "U7"],
            r.WeakestFirst.Select(e => e.Element.Code).ToArray());
        // Elements stay in questionnaire order.
        Assert.Equal(Def.Elements.Select(e => e.Code).ToArray(), r.Elements.Select(e => e.Element.Code).ToArray());
    }

    // ---------------------------------------------------------------- combination

    [Fact]
    public void Combine_IsRespondentWeighted_NotAPlainMeanOfServices()
    {
        // Service A: 10 respondents, all "4" → 100. Service B: 30 respondents, all "2" → 50.
        var a = IkmCalculator.Calculate(Uniform(Def, new AnswerCounts(0, 0, 0, 10)));
        var b = IkmCalculator.Calculate(Uniform(Def, new AnswerCounts(0, 30, 0, 0)));
        var unit = IkmCalculator.Combine([a, b]);

        // (10 × 100 + 30 × 50) / 40 = 62,5 → D; the plain mean (100 + 50) / 2 = 75 would be C.
        AssertIkm(62.5m, unit.Value);
        Assert.Equal(40, unit.Respondents);
        Assert.Equal("D", unit.Mutu.Code);
        Assert.Equal(2, unit.Parts.Count);
        Assert.Same(a, unit.Parts[0]);
        Assert.Same(b, unit.Parts[1]);
    }

    [Fact]
    public void Combine_RejectsNothing_AndMixedQuestionnaires()
    {
        var nine = IkmCalculator.Calculate(Uniform(Def, new AnswerCounts(0, 0, 1, 0)));
        var fourteen = IkmCalculator.Calculate(Uniform(IkmDefinition.Kepmenpan25Tahun2004, new AnswerCounts(0, 0, 1, 0)));
        Assert.Throws<ArgumentException>(() => IkmCalculator.Combine([]));
        Assert.Throws<ArgumentException>(() => IkmCalculator.Combine([nine, fourteen]));
        Assert.Throws<ArgumentNullException>(() => IkmCalculator.Combine(null!));
    }

    // ---------------------------------------------------------------- margin of error

    [Fact]
    public void MarginOfError_TwoRespondents_IsZTimesStandardErrorTimes25()
    {
        // Respondent means 2 and 4: mean 3, sample variance ((2−3)² + (4−3)²) / 1 = 2,
        // standard error √(2 / 2) = 1, margin 1,96 × 1 × 25 = 49.
        var r = IkmCalculator.FromAnswers(Def, [Enumerable.Repeat(2, 9).ToArray(), Enumerable.Repeat(4, 9).ToArray()]);
        Assert.Equal(new RespondentScoreStatistics(2, 6m, 20m), r.RespondentScores);
        AssertIkm(49m, r.MarginOfError(1.96m, null)!.Value);
    }

    [Fact]
    public void MarginOfError_WithPopulation_AppliesFinitePopulationCorrection()
    {
        // Respondent means 2, 3, 4, 3: mean 3, sample variance (1 + 0 + 1 + 0) / 3 = 2/3,
        // standard error √(2/3 / 4) = √(1/6). Population 10: correction √((10 − 4) / 9) = √(2/3),
        // so SE × correction = √(1/9) = 1/3 and the margin is 1,96 × 25 / 3 = 16,3333…
        // Without the population: 1,96 × 25 × √(1/6) = 20,0041662327…
        int[][] rows = [Enumerable.Repeat(2, 9).ToArray(), Enumerable.Repeat(3, 9).ToArray(), Enumerable.Repeat(4, 9).ToArray(), Enumerable.Repeat(3, 9).ToArray()];
        var r = IkmCalculator.FromAnswers(Def, rows);
        Assert.Equal(16.333333333333m, decimal.Round(r.MarginOfError(1.96m, 10)!.Value, 12));
        Assert.Equal(20.004166232729m, decimal.Round(r.MarginOfError(1.96m, null)!.Value, 12));
        Assert.Equal(0m, r.MarginOfError(1.96m, 4)); // the whole population answered
    }

    [Fact]
    public void MarginOfError_RespondentMean_IsOverAnsweredElementsOnly()
    {
        // Respondent 1 answers only U1 with 4 (mean 4, not 4/9); respondent 2 answers all with 2 (mean 2).
        int[][] rows = [[4, 0, 0, 0, 0, 0, 0, 0, 0], Enumerable.Repeat(2, 9).ToArray()];
        var r = IkmCalculator.FromAnswers(Def, rows);
        Assert.Equal(new RespondentScoreStatistics(2, 6m, 20m), r.RespondentScores);
    }

    [Fact]
    public void MarginOfError_IsNull_ForCountsInput_AndForFewerThanTwoRespondents()
    {
        var fromCounts = IkmCalculator.Calculate(Uniform(Def, new AnswerCounts(3, 5, 7, 9)));
        Assert.Null(fromCounts.RespondentScores);
        Assert.Null(fromCounts.MarginOfError(1.96m, null));
        Assert.Null(fromCounts.MarginOfError(1.96m, 1000));

        var distributions = IkmCalculator.FromDistributions(Def, Enumerable.Repeat(new AnswerDistribution(25m, 25m, 25m, 25m), 9).ToArray(), 100);
        Assert.Null(distributions.MarginOfError(1.96m, null));

        var single = IkmCalculator.FromAnswers(Def, [Enumerable.Repeat(3, 9).ToArray()]);
        Assert.Null(single.MarginOfError(1.96m, null));
    }

    [Fact]
    public void MarginOfError_RejectsNonPositiveZ_AndPopulationBelowRespondents()
    {
        var r = IkmCalculator.FromAnswers(Def, [Enumerable.Repeat(2, 9).ToArray(), Enumerable.Repeat(4, 9).ToArray()]);
        Assert.Throws<ArgumentOutOfRangeException>(() => r.MarginOfError(0m, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => r.MarginOfError(-1.96m, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => r.MarginOfError(1.96m, 1));
    }

    // ---------------------------------------------------------------- Kepmenpan 25/2004

    [Fact]
    public void Kepmenpan25Tahun2004_HasFourteenElements_Weight0_071_AndItsOwnMutuBands()
    {
        var legacyDef = IkmDefinition.Kepmenpan25Tahun2004;
        Assert.Equal(14, legacyDef.ElementCount);
        Assert.Equal(Enumerable.Range(1, 14).Select(i => "U" + i).ToArray(), legacyDef.Elements.Select(e => e.Code).ToArray());
        Assert.Equal(0.071m, legacyDef.Weight(IkmWeighting.Legacy));
        Assert.Equal(1m / 14m, legacyDef.Weight(IkmWeighting.Exact));
        Assert.Equal(25m, legacyDef.ConversionFactor);
        Assert.NotEqual(Def, legacyDef);

        // Converted bands 25,00–43,75 D; 43,76–62,50 C; 62,51–81,25 B; 81,26–100 A.
        (decimal Value, string Code)[] grades =
        [
            (25m, "D"), (43.75m, "D"), (43.76m, "C"), (62.50m, "C"), (62.51m, "B"), (81.25m, "B"), (81.26m, "A"), (100m, "A"),
        ];
        foreach (var (value, code) in grades)
        {
            Assert.Equal(code, legacyDef.MutuScale.Classify(value).Code);
        }
    }

    [Fact]
    public void Kepmenpan25Tahun2004_FromDistributions_ExactAndLegacy()
    {
        // Every element 0 % / 10 % / 40 % / 50 %: NRR = (20 + 120 + 200) / 100 = 3,4, IKM = 85.
        var legacyDef = IkmDefinition.Kepmenpan25Tahun2004;
        var rows = Enumerable.Repeat(new AnswerDistribution(0m, 10m, 40m, 50m), 14).ToArray();
        var exact = IkmCalculator.FromDistributions(legacyDef, rows, 150);
        var legacy = IkmCalculator.FromDistributions(legacyDef, rows, 150, IkmWeighting.Legacy);

        AssertIkm(85m, exact.Value);
        Assert.Equal("A", exact.Mutu.Code); // ≥ 81,26 on the 2004 scale …
        Assert.Equal("B", Def.MutuScale.Classify(85m).Code); // … but B on the 2017 scale.
        // Legacy: 14 × 3,4 × 0,071 × 25 = 84,49.
        Assert.Equal(84.49m, legacy.Value);
        Assert.Equal(150, exact.Respondents);
        Assert.All(exact.Elements, e => Assert.Equal(85m, e.Converted));
    }

    // ---------------------------------------------------------------- custom definitions

    [Fact]
    public void Definition_IsData_IndexOfMatchesCodesCaseInsensitively()
    {
        Assert.Equal(0, Def.IndexOf("u1"));
        Assert.Equal(8, Def.IndexOf(" U9 "));
        Assert.Equal(-1, Def.IndexOf("U10"));
        Assert.Throws<ArgumentException>(() => new IkmDefinition("dup", [new SurveyElement("U1", "a"), new SurveyElement("u1", "b")], Def.MutuScale, 0.5m));
        Assert.Throws<ArgumentException>(() => new IkmDefinition("empty", [], Def.MutuScale, 0.5m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new IkmDefinition("w", [new SurveyElement("U1", "a")], Def.MutuScale, 0m));
    }
}
