using System;
using System.Linq;
using Sakip.Measurement.Ikm;
using Xunit;

namespace Sakip.Measurement.Tests.Ikm;

/// <summary>
/// <see cref="SurveyTally.AddRespondents"/>: answers one byte each, tallied with vector
/// instructions, give the tally a respondent-by-respondent <see cref="SurveyTally.AddRespondent"/>
/// gives, for any element count (whole vector runs, the rest, many flushes of the byte counters);
/// a bad answer is named and nothing of the batch is added.
/// </summary>
public class SurveyTallyTests
{
    private static readonly IkmDefinition Nine = IkmDefinition.PermenPanRb14Tahun2017;

    private static IkmDefinition WithElements(int count) => new(
        $"{count} unsur",
        Enumerable.Range(1, count).Select(i => new SurveyElement($"U{i}", $"unsur {i}")),
        Nine.MutuScale,
        legacyWeight: 0.1m);

    // Answers 0–4 (about 3 % unanswered, whole empty rows now and then), as the benchmark's survey.
    private static byte[] Survey(int respondents, int elements, int seed)
    {
        var random = new Random(seed);
        var answers = new byte[respondents * elements];
        for (int i = 0; i < answers.Length; i++)
        {
            int p = random.Next(100);
            answers[i] = (byte)(random.Next(100) < 3 ? 0 : p < 3 ? 1 : p < 15 ? 2 : p < 65 ? 3 : 4);
        }
        for (int row = 7; row < respondents; row += 997)
        {
            answers.AsSpan(row * elements, elements).Clear();
        }
        return answers;
    }

    private static SurveyTally OneByOne(IkmDefinition definition, byte[] answers)
    {
        var tally = new SurveyTally(definition);
        var row = new int[definition.ElementCount];
        for (int offset = 0; offset < answers.Length; offset += row.Length)
        {
            for (int e = 0; e < row.Length; e++)
            {
                row[e] = answers[offset + e];
            }
            tally.AddRespondent(row);
        }
        return tally;
    }

    [Theory]
    [InlineData(9, 10_000)] // PermenPANRB 14/2017: runs of 288 bytes, 34 flushes of the byte counters
    [InlineData(14, 3_000)] // Kepmenpan 25/2004
    [InlineData(1, 100_000)]
    [InlineData(8, 1_000)]
    [InlineData(16, 700)]
    [InlineData(33, 500)] // a run of 33 vectors
    [InlineData(65, 200)] // a run too long for the vector path: one answer at a time
    [InlineData(9, 31)] // fewer respondents than one run
    [InlineData(9, 0)]
    public void AddRespondents_GivesTheTallyOfAddRespondentOneByOne(int elements, int respondents)
    {
        var definition = elements == 9 ? Nine : WithElements(elements);
        byte[] answers = Survey(respondents, elements, seed: elements * respondents);
        var expected = OneByOne(definition, answers);

        var tally = new SurveyTally(definition);
        tally.AddRespondents(answers);

        Assert.Equal(expected.ToCounts(), tally.ToCounts());
        Assert.Equal(expected.Respondents, tally.Respondents);
        Assert.Equal(expected.EmptyResponses, tally.EmptyResponses);
    }

    [Fact]
    public void AddRespondents_InBatchesOfAnySize_AddsUp()
    {
        byte[] answers = Survey(5_000, 9, seed: 1);
        var whole = new SurveyTally(Nine);
        whole.AddRespondents(answers);
        var batches = new SurveyTally(Nine);
        int offset = 0;
        foreach (int rows in new[] { 1, 31, 32, 33, 1_000, 0, 3_903 })
        {
            batches.AddRespondents(answers.AsSpan(offset, rows * 9));
            offset += rows * 9;
        }
        Assert.Equal(answers.Length, offset);
        Assert.Equal(whole.ToCounts(), batches.ToCounts());
        Assert.Equal(whole.EmptyResponses, batches.EmptyResponses);
    }

    [Theory]
    [InlineData(0, 5)]
    [InlineData(3_000 * 9 + 4, 255)] // deep in a vector run, past several flushes
    [InlineData(9 * 9 - 1, 7)] // the last element of a row
    [InlineData(4_999 * 9, 8)] // the last respondent
    public void AddRespondents_ABadAnswer_IsNamed_AndNothingIsAdded(int offset, byte bad)
    {
        byte[] answers = Survey(5_000, 9, seed: 2);
        answers[offset] = bad;
        var tally = new SurveyTally(Nine);
        tally.AddRespondent([4, 4, 4, 4, 4, 4, 4, 4, 4]);
        var before = tally.ToCounts();

        var ex = Assert.Throws<SakipDataException>(() => tally.AddRespondents(answers));

        int row = offset / 9;
        Assert.Equal($"Survey.Respondent[{row + 2}].U{(offset % 9) + 1}", ex.FieldPath);
        Assert.Equal(bad.ToString(System.Globalization.CultureInfo.InvariantCulture), ex.Value);
        Assert.Contains($"row {row + 1} of the batch", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, tally.ToCounts());
        Assert.Equal(1, tally.Respondents);
    }

    [Fact]
    public void AddRespondents_NotAWholeNumberOfRespondents_IsRefused()
    {
        var ex = Assert.Throws<ArgumentException>(() => new SurveyTally(Nine).AddRespondents(new byte[10]));
        Assert.Equal("answers", ex.ParamName);
        Assert.Contains("10 answers are not a whole number of respondents of 9 elements", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddRespondents_EmptyRows_AreEmptyResponsesNotRespondents()
    {
        var tally = new SurveyTally(Nine);
        tally.AddRespondents([0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 3]);
        Assert.Equal(1, tally.Respondents);
        Assert.Equal(1, tally.EmptyResponses);
        Assert.Equal(new AnswerCounts(0, 0, 0, 1), tally.CountsOf(0));
        Assert.Equal(new AnswerCounts(0, 0, 1, 0), tally.CountsOf(8));
        Assert.Equal(new RespondentScoreStatistics(1, 3.5m, 12.25m), tally.ToCounts().RespondentScores);
    }

    [Fact]
    public void AddRespondents_OfNineElements_AllocatesNothing()
    {
        byte[] answers = Survey(1_000, 9, seed: 3);
        var tally = new SurveyTally(Nine);

        long allocated = Utility.TestHelper.AllocatedBytes(() => tally.AddRespondents(answers));

        Assert.Equal(0, allocated);
        Assert.Equal(101 * OneByOne(Nine, answers).Respondents, tally.Respondents);
    }

    [Fact]
    public void Add_MergesRespondentsAndEmptyResponses()
    {
        var tally = new SurveyTally(Nine);
        tally.AddRespondent([4, 4, 4, 4, 4, 4, 4, 4, 4]);
        tally.AddRespondent([0, 0, 0, 0, 0, 0, 0, 0, 0]);
        var other = new SurveyTally(Nine);
        other.AddRespondents([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1]);

        tally.Add(other);

        Assert.Equal(2, tally.Respondents);
        Assert.Equal(3, tally.EmptyResponses);
        Assert.Equal(new AnswerCounts(1, 0, 0, 1), tally.CountsOf(0));
        Assert.Equal(new RespondentScoreStatistics(2, 5m, 17m), tally.ToCounts().RespondentScores);
    }

    [Fact]
    public void ToCounts_RespondentScoresOfWholeMeans_AreExactWithoutSpuriousDecimals()
    {
        // Bins no respondent fell in add nothing, not even the decimal places of their means (1/3, …).
        var tally = new SurveyTally(Nine);
        tally.AddRespondent([4, 4, 4, 4, 4, 4, 4, 4, 4]);
        tally.AddRespondent([2, 2, 2, 0, 0, 0, 0, 0, 0]);

        var scores = tally.ToCounts().RespondentScores!.Value;

        Assert.Equal("6", scores.Sum.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("20", scores.SumOfSquares.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void IkmCounts_NullPerElement_ThrowsNamingIt()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new IkmCounts(Nine, null!, 0));
        Assert.Equal("perElement", ex.ParamName);
    }
}
