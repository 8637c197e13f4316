using System;
using System.Numerics;
using Sakip.Measurement.Ikm;
using Sakip.Measurement.Tests.Utility;
using Xunit;

namespace Sakip.Measurement.Tests.Ikm;

/// <summary>
/// <see cref="AnswerBytes"/>: both counting paths (vector runs and one answer at a time, chosen
/// through the internal <c>useVectors</c> seam, so both run on any machine) give the counts and
/// bins of adding the respondents one by one; which runs are vectorised, how big a block is, where
/// the scratch copies live, and how bad answers are found.
/// </summary>
public class AnswerBytesTests
{
    private static readonly int Width = Vector<byte>.Count;

    private static int SumsPerAnswerCount(int elements) => (elements * IkmDefinition.MaxAnswer) + 1;

    private static int BinCount(int elements) => (elements + 1) * SumsPerAnswerCount(elements);

    // Answers 0–4, mostly 3 and 4, some unanswered, and a fully empty row now and then.
    private static byte[] Survey(int respondents, int elements, int seed)
    {
        var random = new Random(seed);
        var answers = new byte[respondents * elements];
        for (int i = 0; i < answers.Length; i++)
        {
            int p = random.Next(100);
            answers[i] = (byte)(p < 5 ? 0 : p < 10 ? 1 : p < 25 ? 2 : p < 65 ? 3 : 4);
        }
        for (int row = 3; row < respondents; row += 101)
        {
            answers.AsSpan(row * elements, elements).Clear();
        }
        return answers;
    }

    // The reference: each respondent on its own, each answer on its own.
    private static (long[] Counts, long[] Bins) OneByOne(byte[] answers, int elements)
    {
        var counts = new long[elements * IkmDefinition.AnswerCount];
        var bins = new long[elements > 1_000 ? 0 : BinCount(elements)];
        for (int offset = 0; offset < answers.Length; offset += elements)
        {
            int sum = 0;
            int answered = 0;
            for (int e = 0; e < elements; e++)
            {
                int a = answers[offset + e];
                if (a != 0)
                {
                    counts[(e * IkmDefinition.AnswerCount) + a - 1]++;
                    sum += a;
                    answered++;
                }
            }
            if (bins.Length > 0)
            {
                bins[(answered * SumsPerAnswerCount(elements)) + sum]++;
            }
        }
        return (counts, bins); // no bins above 1 000 elements (they would take gigabytes)
    }

    private static (long[] Counts, long[] Bins) Tally(byte[] answers, int elements, bool useVectors)
    {
        var counts = new long[elements * IkmDefinition.AnswerCount];
        var bins = new long[BinCount(elements)];
        Assert.Equal(-1, AnswerBytes.Tally(answers, elements, counts, bins, SumsPerAnswerCount(elements), useVectors));
        return (counts, bins);
    }

    [Theory]
    [InlineData(1, 100_000)] // one answer per respondent: many blocks on either path
    [InlineData(2, 3_000)]
    [InlineData(8, 20_000)] // whole 64-bit words, no rest
    [InlineData(9, 20_000)] // PermenPANRB 14/2017: several blocks of 255 runs
    [InlineData(10, 2_000)] // a word and a rest of two
    [InlineData(14, 3_000)]
    [InlineData(16, 1_000)]
    [InlineData(33, 800)]
    [InlineData(63, 300)] // an odd count: a run of 63 vectors
    [InlineData(65, 1_500)] // a run of 65 vectors, too long for the vector path
    [InlineData(9, 31)] // less than a run
    [InlineData(9, 0)]
    public void Tally_WithAndWithoutVectors_GivesTheCountsAndBinsOfOneByOne(int elements, int respondents)
    {
        byte[] answers = Survey(respondents, elements, seed: (elements * 31) + respondents);
        var expected = OneByOne(answers, elements);

        var vectorised = Tally(answers, elements, useVectors: true);
        var scalar = Tally(answers, elements, useVectors: false);

        Assert.Equal(expected.Counts, vectorised.Counts);
        Assert.Equal(expected.Bins, vectorised.Bins);
        Assert.Equal(expected.Counts, scalar.Counts);
        Assert.Equal(expected.Bins, scalar.Bins);
    }

    [Fact]
    public void RunCounter_ARunOfExactly64Vectors_CountsLikeOneByOne()
    {
        // lcm(64 W, W) = 64 W: 64 vectors per run, the longest vectorised (the counter alone: the bins
        // of 64 W elements would take gigabytes).
        int elements = 64 * Width;
        byte[] answers = Survey(200, elements, seed: 64); // 200 runs: one block (at most 255)
        var expected = OneByOne(answers, elements).Counts;
        var counts = new long[elements * IkmDefinition.AnswerCount];

        int byVectors = new AnswerBytes.RunCounter(elements, useVectors: true).Count(answers, counts);

        Assert.Equal(expected, counts);
        Assert.Equal(Vector.IsHardwareAccelerated ? answers.Length : 0, byVectors);
    }

    [Fact]
    public void Tally_AddsToTheTotalsAlreadyThere()
    {
        byte[] answers = Survey(500, 9, seed: 5);
        var expected = OneByOne(answers, 9);
        var counts = new long[36];
        var bins = new long[BinCount(9)];
        Array.Fill(counts, 10);
        Array.Fill(bins, 10);

        Assert.Equal(-1, AnswerBytes.Tally(answers, 9, counts, bins, SumsPerAnswerCount(9)));

        Assert.Equal(Array.ConvertAll(expected.Counts, c => c + 10), counts);
        Assert.Equal(Array.ConvertAll(expected.Bins, b => b + 10), bins);
    }

    [Fact]
    public void RunCounter_VectorisesRunsOfAtMost64Vectors_WhereTheHardwareAccelerates()
    {
        bool accelerated = Vector.IsHardwareAccelerated;
        Assert.Equal(accelerated, new AnswerBytes.RunCounter(9, useVectors: true).Vectorised);
        Assert.Equal(accelerated, new AnswerBytes.RunCounter(63, useVectors: true).Vectorised); // 63 vectors
        Assert.Equal(accelerated, new AnswerBytes.RunCounter(64 * Width, useVectors: true).Vectorised); // 64 vectors
        Assert.False(new AnswerBytes.RunCounter(65, useVectors: true).Vectorised); // 65 vectors
        Assert.False(new AnswerBytes.RunCounter(9, useVectors: false).Vectorised);
        Assert.False(new AnswerBytes.RunCounter(64 * Width, useVectors: false).Vectorised);
    }

    [Theory]
    [InlineData(9)]
    [InlineData(1)]
    [InlineData(63)]
    public void RunCounter_VectorisedBlock_Is255Runs_TheByteCountersLimit(int elements)
    {
        int run = elements * Width / Gcd(elements, Width);
        int expected = Vector.IsHardwareAccelerated ? 255 * run : 65_536 / elements * elements;

        Assert.Equal(expected, new AnswerBytes.RunCounter(elements, useVectors: true).BlockBytes);
    }

    [Theory]
    [InlineData(9, false, 65_529)] // 7 281 respondents: as many whole ones as 64 KB hold
    [InlineData(1, false, 65_536)]
    [InlineData(65, true, 65_520)] // a run too long to vectorise: the same blocks
    [InlineData(70_000, false, 70_000)] // a respondent above 64 KB: one per block
    public void RunCounter_BlockOneAnswerAtATime_IsWholeRespondentsOfAtMost64KB(int elements, bool useVectors, int expected)
    {
        Assert.Equal(expected, new AnswerBytes.RunCounter(elements, useVectors).BlockBytes);
    }

    [Theory]
    [InlineData(9, 100)]
    [InlineData(9, 7)]
    [InlineData(16, 50)]
    public void RunCounter_CountsWholeRunsWithVectors_AndTheRestOneAtATime(int elements, int respondents)
    {
        byte[] answers = Survey(respondents, elements, seed: respondents);
        var expected = OneByOne(answers, elements).Counts;
        int run = elements * Width / Gcd(elements, Width);
        var vectorCounts = new long[elements * IkmDefinition.AnswerCount];
        var scalarCounts = new long[elements * IkmDefinition.AnswerCount];

        int byVectors = new AnswerBytes.RunCounter(elements, useVectors: true).Count(answers, vectorCounts);
        int byVectorsWithout = new AnswerBytes.RunCounter(elements, useVectors: false).Count(answers, scalarCounts);

        Assert.Equal(Vector.IsHardwareAccelerated ? answers.Length / run * run : 0, byVectors);
        Assert.Equal(0, byVectorsWithout);
        Assert.Equal(expected, vectorCounts);
        Assert.Equal(expected, scalarCounts);
    }

    [Fact]
    public void Tally_ScratchOfUpTo16KB_IsOnTheStack_LargerOnTheHeap()
    {
        // One element (sums 0–4 per answer count, 5 per row of bins); the spans given are larger than
        // the element needs, which only sizes the scratch copies: four of the bins, one of the counts.
        byte[] answers = Survey(64, 1, seed: 1);
        var counts = new long[1024];
        var bins = new long[512];
        var moreCounts = new long[1025];
        var moreBins = new long[513];

        long small = TestHelper.AllocatedBytes(() => AnswerBytes.Tally(answers, 1, counts, bins, 5));
        long largeCounts = TestHelper.AllocatedBytes(() => AnswerBytes.Tally(answers, 1, moreCounts, bins, 5), repetitions: 10);
        long largeBins = TestHelper.AllocatedBytes(() => AnswerBytes.Tally(answers, 1, counts, moreBins, 5), repetitions: 10);

        Assert.Equal(0, small); // 4 × 512 and 1 024 longs: 16 KB and 8 KB
        Assert.InRange(largeCounts, 10 * 1025 * 8, 11 * 1025 * 8);
        Assert.InRange(largeBins, 10 * 4 * 513 * 8, 11 * 4 * 513 * 8);
    }

    [Theory]
    [InlineData(2, new[] { 0, 1 })] // both in the rest after the words
    [InlineData(10, new[] { 8, 9 })]
    [InlineData(16, new[] { 0, 8 })] // the same byte of two words
    [InlineData(16, new[] { 3, 11 })]
    [InlineData(9, new[] { 4 })]
    public void Tally_BadAnswersInOneRow_ReturnTheFirst_AndAddNothing(int elements, int[] badOffsets)
    {
        byte[] answers = Survey(40, elements, seed: elements);
        int row = 17 * elements;
        foreach (int offset in badOffsets)
        {
            answers[row + offset] = 5;
        }
        foreach (bool useVectors in new[] { true, false })
        {
            var counts = new long[elements * IkmDefinition.AnswerCount];
            var bins = new long[BinCount(elements)];

            int bad = AnswerBytes.Tally(answers, elements, counts, bins, SumsPerAnswerCount(elements), useVectors);

            Assert.Equal(row + badOffsets[0], bad);
            Assert.All(counts, c => Assert.Equal(0, c));
            Assert.All(bins, b => Assert.Equal(0, b));
        }
    }

    [Theory]
    [InlineData(5)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(128)]
    [InlineData(255)]
    public void FirstBadAnswer_IsTheFirstByteAbove4(byte bad)
    {
        byte[] answers = [0, 1, 2, 3, 4, 4, bad, 3, bad];
        Assert.Equal(6, AnswerBytes.FirstBadAnswer(answers));
        Assert.Equal(-1, AnswerBytes.FirstBadAnswer(answers.AsSpan(0, 6)));
    }

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
}
