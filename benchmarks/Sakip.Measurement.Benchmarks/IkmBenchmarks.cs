using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Sakip.Measurement.Ikm;

namespace Sakip.Measurement.Benchmarks;

/// <summary>
/// IKM (PermenPANRB 14/2017, nine elements) over <see cref="N"/> = 10 million generated
/// respondents: tally the raw answers, then compute NRR, IKM and mutu. Every benchmark sets
/// <c>OperationsPerInvoke = N</c>, so Mean and Allocated read per respondent (nine answers).
/// </summary>
/// <remarks>
/// <para>The answers come from <see cref="Random"/> with a fixed seed: about 3 % of the cells
/// are unanswered (0), the rest are 1 / 2 / 3 / 4 with probabilities 3 / 12 / 50 / 35 %
/// (IKM ≈ 79, mutu B, like the seeds' kecamatan). They are generated once into one flat
/// <c>int[]</c> of 90 million answers (360 MB) and, for the baselines, copied into a
/// <c>List&lt;int[]&gt;</c> of one array per respondent (about 720 MB).</para>
/// <para><see cref="Setup"/> checks that every method returns the same IKM (the naive one
/// averages in <c>double</c>, so it is compared to 1e-9).</para>
/// </remarks>
[MemoryDiagnoser]
[BenchmarkCategory("Ikm")]
public class IkmBenchmarks
{
    /// <summary>The number of respondents per invocation.</summary>
    public const int N = 10_000_000;

    /// <summary>The fixed seed of the generated answers.</summary>
    public const int Seed = 14_2017;

    private const int Elements = 9;

    private static readonly IkmDefinition Definition = IkmDefinition.PermenPanRb14Tahun2017;

    private int[] answers = [];
    private byte[] answerBytes = [];
    private List<int[]> rows = [];
    private readonly long[] referenceCounts = new long[Elements * IkmDefinition.AnswerCount];

    [GlobalSetup]
    public void Setup()
    {
        answers = Generate(N, Seed);
        answerBytes = Array.ConvertAll(answers, a => (byte)a);
        rows = new List<int[]>(N);
        for (int offset = 0; offset < answers.Length; offset += Elements)
        {
            rows.Add(answers.AsSpan(offset, Elements).ToArray());
        }

        decimal library = Tally_Spans();
        decimal fromList = FromAnswers_List();
        decimal naive = Naive_LinqGroupBy();
        decimal reference = CountOnly_Reference();
        decimal bytes = Tally_Bytes();
        if (library != fromList || library != bytes || Math.Abs(library - naive) > 1e-9m || Math.Abs(library - reference) > 1e-20m)
        {
            throw new InvalidOperationException($"IKM differs: tally {library}, FromAnswers {fromList}, bytes {bytes}, naive {naive}, reference {reference}.");
        }
    }

    /// <summary>
    /// The way a typical application writes it: a list of arrays, LINQ <c>SelectMany</c> to
    /// (element, answer) pairs, <c>GroupBy</c> element, <c>Average</c> per group (in
    /// <c>double</c>), then the mean of the NRRs × 25.
    /// </summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public decimal Naive_LinqGroupBy()
    {
        List<double> nrr = rows
            .SelectMany(row => row.Select((answer, element) => (Element: element, Answer: answer)))
            .Where(x => x.Answer != 0)
            .GroupBy(x => x.Element)
            .OrderBy(g => g.Key)
            .Select(g => g.Average(x => x.Answer))
            .ToList();
        return (decimal)nrr.Average() * 25m;
    }

    /// <summary>The library over spans of the flat array: <c>SurveyTally.AddRespondent</c> per respondent, then <c>IkmCalculator.Calculate(tally.ToCounts())</c>.</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public decimal Tally_Spans()
    {
        var tally = new SurveyTally(Definition);
        ReadOnlySpan<int> all = answers;
        for (int offset = 0; offset < all.Length; offset += Elements)
        {
            tally.AddRespondent(all.Slice(offset, Elements));
        }
        return IkmCalculator.Calculate(tally.ToCounts()).Value;
    }

    /// <summary>
    /// The library over the same answers stored one byte each (90 MB): one
    /// <c>SurveyTally.AddRespondents(ReadOnlySpan&lt;byte&gt;)</c> call (vectorised counting), then
    /// <c>IkmCalculator.Calculate(tally.ToCounts())</c>.
    /// </summary>
    [Benchmark(OperationsPerInvoke = N)]
    public decimal Tally_Bytes()
    {
        var tally = new SurveyTally(Definition);
        tally.AddRespondents(answerBytes);
        return IkmCalculator.Calculate(tally.ToCounts()).Value;
    }

    /// <summary>The library's convenience entry over the same <c>List&lt;int[]&gt;</c> the naive version reads: <c>IkmCalculator.FromAnswers</c>.</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public decimal FromAnswers_List() => IkmCalculator.FromAnswers(Definition, rows).Value;

    /// <summary>
    /// Reference cost, not a usable implementation: only <c>counts[element, answer]++</c> over the
    /// flat array, without validation and without the per-respondent statistics the tally keeps
    /// for the margin of error; then the same <c>Calculate</c>.
    /// </summary>
    [Benchmark(OperationsPerInvoke = N)]
    public decimal CountOnly_Reference()
    {
        long[] counts = referenceCounts;
        Array.Clear(counts);
        int[] all = answers;
        for (int offset = 0; offset < all.Length; offset += Elements)
        {
            for (int e = 0; e < Elements; e++)
            {
                int a = all[offset + e];
                if (a != 0)
                {
                    counts[(e * IkmDefinition.AnswerCount) + a - 1]++;
                }
            }
        }
        var perElement = new AnswerCounts[Elements];
        for (int e = 0; e < Elements; e++)
        {
            int b = e * IkmDefinition.AnswerCount;
            perElement[e] = new AnswerCounts(counts[b], counts[b + 1], counts[b + 2], counts[b + 3]);
        }
        return IkmCalculator.Calculate(new IkmCounts(Definition, perElement, N)).Value;
    }

    private static int[] Generate(int respondents, int seed)
    {
        var random = new Random(seed);
        var data = new int[respondents * Elements];
        for (int i = 0; i < data.Length; i++)
        {
            int unanswered = random.Next(100);
            int p = random.Next(100);
            data[i] = unanswered < 3 ? 0
                : p < 3 ? 1
                : p < 15 ? 2
                : p < 65 ? 3
                : 4;
        }
        return data;
    }
}
