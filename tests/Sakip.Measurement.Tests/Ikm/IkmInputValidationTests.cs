using System;
using System.Linq;
using Sakip.Measurement.Ikm;
using Xunit;

namespace Sakip.Measurement.Tests.Ikm;

/// <summary>
/// Bad survey data: every rejection names the element (and respondent) and the offending value,
/// as a <see cref="SakipDataException"/>; caller bugs (wrong row length, negative counts) throw
/// the BCL argument exceptions.
/// </summary>
public class IkmInputValidationTests
{
    private static readonly IkmDefinition Def = IkmDefinition.PermenPanRb14Tahun2017;

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(int.MaxValue)]
    public void AddRespondent_AnswerAbove4_ThrowsNamingRespondentElementAndValue(int bad) => AssertRejectedAnswer(bad);

    /// <summary>
    /// Regression: until commit d06b72e <c>SurveyTally.AddRespondent</c> checked
    /// <c>(uint)a &gt; IkmDefinition.MaxAnswer</c>; the project builds with
    /// <c>CheckForOverflowUnderflow</c>, so a negative answer trapped with
    /// <see cref="OverflowException"/> instead of the documented <see cref="SakipDataException"/>.
    /// </summary>
    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void AddRespondent_NegativeAnswer_ThrowsNamingRespondentElementAndValue(int bad) => AssertRejectedAnswer(bad);

    private static void AssertRejectedAnswer(int bad)
    {
        var tally = new SurveyTally(Def);
        tally.AddRespondent([4, 4, 4, 4, 4, 4, 4, 4, 4]);

        int[] row = [3, 3, 3, bad, 3, 3, 3, 3, 3];
        var ex = Assert.Throws<SakipDataException>(() => tally.AddRespondent(row));

        string text = bad.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("Survey.Respondent[2].U4", ex.FieldPath);
        Assert.Equal(text, ex.Value);
        Assert.Contains("U4", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"'{text}'", ex.Message, StringComparison.Ordinal);

        // Nothing of the rejected respondent was added (not even the valid answers before U4).
        Assert.Equal(1, tally.Respondents);
        Assert.Equal(new AnswerCounts(0, 0, 0, 1), tally.CountsOf(0));
        Assert.Equal(new AnswerCounts(0, 0, 0, 1), tally.CountsOf(3));
    }

    [Fact]
    public void FromAnswers_AnswerOutside0To4_ThrowsSakipDataException()
    {
        int[][] rows = [[1, 2, 3, 4, 1, 2, 3, 4, 1], [1, 2, 3, 4, 1, 2, 3, 4, 5]];
        var ex = Assert.Throws<SakipDataException>(() => IkmCalculator.FromAnswers(Def, rows));
        Assert.Equal("Survey.Respondent[2].U9", ex.FieldPath);
        Assert.Equal("5", ex.Value);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(10)]
    [InlineData(0)]
    public void AddRespondent_WrongNumberOfAnswers_ThrowsArgumentException(int length)
    {
        var tally = new SurveyTally(Def);
        var ex = Assert.Throws<ArgumentException>(() => tally.AddRespondent(Enumerable.Repeat(3, length).ToArray()));
        Assert.Equal("answers", ex.ParamName);
        Assert.Equal(0, tally.Respondents);
        Assert.Throws<ArgumentException>(() => IkmCalculator.FromAnswers(Def, [Enumerable.Repeat(3, length).ToArray()]));
    }

    [Fact]
    public void FromAnswers_NullRow_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => IkmCalculator.FromAnswers(Def, [Enumerable.Repeat(3, 9).ToArray(), null!]));
        Assert.Throws<ArgumentNullException>(() => IkmCalculator.FromAnswers(null!, []));
    }

    [Fact]
    public void Counts_MoreAnswersThanRespondents_ThrowsNamingElementAndCount()
    {
        var counts = Enumerable.Repeat(new AnswerCounts(0, 0, 5, 5), 9).ToArray();
        counts[6] = new AnswerCounts(0, 1, 5, 5); // 11 answers to U7, 10 respondents
        var ex = Assert.Throws<SakipDataException>(() => new IkmCounts(Def, counts, 10));
        Assert.Equal("Survey.U7", ex.FieldPath);
        Assert.Equal("11", ex.Value);
        Assert.Contains("10 respondents", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_Negative_AreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnswerCounts(-1, 0, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnswerCounts(0, 0, 0, -5));
        var ex = Assert.Throws<SakipDataException>(() => new IkmCounts(Def, Enumerable.Repeat(default(AnswerCounts), 9), -1));
        Assert.Equal("Survey.Respondents", ex.FieldPath);
        Assert.Equal("-1", ex.Value);
    }

    [Fact]
    public void Counts_WrongElementCount_Throws()
    {
        var ex = Assert.Throws<SakipDataException>(() => new IkmCounts(Def, Enumerable.Repeat(new AnswerCounts(0, 0, 1, 0), 8), 1));
        Assert.Equal("Survey.Elements", ex.FieldPath);
        Assert.Equal("8", ex.Value);
    }

    [Fact]
    public void Distributions_RowNotSummingTo100BeyondTolerance_ThrowsNamingElementAndSum()
    {
        var rows = Enumerable.Repeat(new AnswerDistribution(0m, 10m, 40m, 50m), 9).ToArray();
        rows[1] = new AnswerDistribution(0m, 10m, 40m, 49m); // U2 sums to 99: 1 point off, tolerance 0,5
        var ex = Assert.Throws<SakipDataException>(() => IkmCalculator.FromDistributions(Def, rows, 100));
        Assert.Equal("Survey.U2", ex.FieldPath);
        Assert.Equal("99", ex.Value);
        Assert.Contains("sum to 99", ex.Message, StringComparison.Ordinal);

        rows[1] = new AnswerDistribution(0m, 10m, 40m, 50.6m); // 100,6: over by more than 0,5
        Assert.Equal("100.6", Assert.Throws<SakipDataException>(() => IkmCalculator.FromDistributions(Def, rows, 100)).Value);
    }

    [Fact]
    public void Distributions_WithinTolerance_AreAccepted_ZeroToleranceIsStrict()
    {
        var rows = Enumerable.Repeat(new AnswerDistribution(0m, 10m, 40m, 50m), 9).ToArray();
        rows[4] = new AnswerDistribution(0m, 10m, 40m, 49.5m); // 99,5: exactly at the default tolerance
        _ = IkmCalculator.FromDistributions(Def, rows, 100);
        Assert.Equal(0.5m, IkmCalculator.DefaultDistributionTolerance);

        var ex = Assert.Throws<SakipDataException>(() => IkmCalculator.FromDistributions(Def, rows, 100, tolerance: 0m));
        Assert.Equal("Survey.U5", ex.FieldPath);
        Assert.Throws<ArgumentOutOfRangeException>(() => IkmCalculator.FromDistributions(Def, rows, 100, tolerance: -0.1m));
    }

    [Fact]
    public void Distributions_DefaultRow_SumsToZero_AndIsRejected()
    {
        var rows = new AnswerDistribution[9];
        var ex = Assert.Throws<SakipDataException>(() => IkmCalculator.FromDistributions(Def, rows, 100));
        Assert.Equal("Survey.U1", ex.FieldPath);
        Assert.Equal("0", ex.Value);
    }

    [Fact]
    public void Distributions_WrongElementCount_OrPercentOutside0To100_Throws()
    {
        var ex = Assert.Throws<SakipDataException>(() =>
            IkmCalculator.FromDistributions(Def, Enumerable.Repeat(new AnswerDistribution(0m, 10m, 40m, 50m), 14).ToArray(), 100));
        Assert.Equal("Survey.Elements", ex.FieldPath);
        Assert.Equal("14", ex.Value);
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnswerDistribution(-1m, 1m, 50m, 50m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnswerDistribution(0m, 0m, 0m, 100.01m));
    }

    [Fact]
    public void EmptySurvey_NoRespondents_Throws()
    {
        var ex = Assert.Throws<SakipDataException>(() => IkmCalculator.FromAnswers(Def, []));
        Assert.Equal("Survey.Respondents", ex.FieldPath);
        Assert.Equal("0", ex.Value);

        Assert.Equal("Survey.Respondents",
            Assert.Throws<SakipDataException>(() => IkmCalculator.Calculate(new SurveyTally(Def).ToCounts())).FieldPath);
        Assert.Equal("Survey.Respondents",
            Assert.Throws<SakipDataException>(() => IkmCalculator.FromDistributions(
                Def, Enumerable.Repeat(new AnswerDistribution(0m, 10m, 40m, 50m), 9).ToArray(), 0)).FieldPath);
    }

    [Fact]
    public void ElementWithNoAnswers_Throws_NamingTheElement()
    {
        // Nobody answered U5 (biaya/tarif is often skipped for free services).
        int[][] rows = [[4, 4, 4, 4, 0, 4, 4, 4, 4], [3, 3, 3, 3, 0, 3, 3, 3, 3]];
        var ex = Assert.Throws<SakipDataException>(() => IkmCalculator.FromAnswers(Def, rows));
        Assert.Equal("Survey.U5", ex.FieldPath);
        Assert.Equal("0", ex.Value);
        Assert.Contains("no answers", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tally_AddOfAnotherQuestionnaire_Throws()
    {
        var nine = new SurveyTally(Def);
        var fourteen = new SurveyTally(IkmDefinition.Kepmenpan25Tahun2004);
        Assert.Throws<ArgumentException>(() => nine.Add(fourteen));
        Assert.Throws<ArgumentNullException>(() => nine.Add(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => nine.CountsOf(9));
    }

    [Fact]
    public void AnswerCounts_IndexerAndTotals()
    {
        var c = new AnswerCounts(1, 2, 3, 4);
        Assert.Equal(10, c.Total);
        Assert.Equal(1 + 4 + 9 + 16, c.Sum);
        Assert.Equal(3, c[3]);
        Assert.Throws<ArgumentOutOfRangeException>(() => c[0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => c[5]);
        Assert.Equal("[1: 1, 2: 2, 3: 3, 4: 4]", c.ToString());
    }

    [Fact]
    public void EveryEntryPoint_NamesItsNullArgument()
    {
        var nrr = Enumerable.Repeat(3m, 9).ToArray();
        var rows = Enumerable.Repeat(new AnswerDistribution(0m, 10m, 40m, 50m), 9).ToArray();
        Assert.Equal("counts", Assert.Throws<ArgumentNullException>(() => IkmCalculator.Calculate(null!)).ParamName);
        Assert.Equal("definition", Assert.Throws<ArgumentNullException>(() => IkmCalculator.FromAnswers(null!, [])).ParamName);
        Assert.Equal("respondents", Assert.Throws<ArgumentNullException>(() => IkmCalculator.FromAnswers(Def, null!)).ParamName);
        Assert.Equal("definition", Assert.Throws<ArgumentNullException>(() => IkmCalculator.FromDistributions(null!, rows, 10)).ParamName);
        Assert.Equal("distributions", Assert.Throws<ArgumentNullException>(() => IkmCalculator.FromDistributions(Def, null!, 10)).ParamName);
        Assert.Equal("definition", Assert.Throws<ArgumentNullException>(() => IkmCalculator.FromNrr(null!, nrr)).ParamName);
        Assert.Equal("nrr", Assert.Throws<ArgumentNullException>(() => IkmCalculator.FromNrr(Def, null!)).ParamName);
    }

    [Fact]
    public void FromNrr_WrongElementCount_Throws_NamingTheCount()
    {
        var ex = Assert.Throws<SakipDataException>(() => IkmCalculator.FromNrr(Def, [3m, 3m, 3m]));
        Assert.Equal("Survey.Elements", ex.FieldPath);
        Assert.Equal("3", ex.Value);
    }

    [Theory]
    [InlineData("0.99", false)]
    [InlineData("1", true)]
    [InlineData("4", true)]
    [InlineData("4.01", false)]
    public void FromNrr_AnNrrLiesIn1To4_BothEndsIncluded(string value, bool accepted)
    {
        decimal nrr = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        decimal[] printed = [3m, 3m, 3m, 3m, nrr, 3m, 3m, 3m, 3m];
        if (accepted)
        {
            Assert.Equal(nrr, IkmCalculator.FromNrr(Def, printed).Elements[4].Nrr);
            return;
        }
        var ex = Assert.Throws<SakipDataException>(() => IkmCalculator.FromNrr(Def, printed));
        Assert.Equal("Survey.U5", ex.FieldPath);
        Assert.Equal(value, ex.Value);
    }

    [Fact]
    public void Combine_ExactAndLegacyResults_AreRefused()
    {
        var counts = IkmCalculatorTests.Uniform(Def, new AnswerCounts(0, 0, 1, 0));
        var ex = Assert.Throws<ArgumentException>(() => IkmCalculator.Combine([IkmCalculator.Calculate(counts), IkmCalculator.Calculate(counts, IkmWeighting.Legacy)]));
        Assert.Equal("parts", ex.ParamName);
    }
}
