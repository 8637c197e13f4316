using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace Sakip.Measurement.Benchmarks;

/// <summary>
/// Capaian + predikat (PermenPANRB 88/2021, capped at 100, graded on the capped value) for a
/// batch of <see cref="N"/> indicators, by two baselines and by every batch path of the library.
/// Every benchmark sets <c>OperationsPerInvoke = N</c>, so Mean and Allocated read per indicator.
/// </summary>
/// <remarks>
/// <para>Each method writes its bands (and capaian, where it computes one) into arrays set up once,
/// as a caller would, and returns one element, so nothing is optimised away without a checksum
/// loop adding to the time. <see cref="Setup"/> runs every method once and throws unless all of
/// them give the same bands (a position-sensitive checksum), and the library's capaian those of
/// <see cref="Capaian.Calculate(decimal, decimal?, Polarity, CapaianPolicy)"/>.</para>
/// </remarks>
[MemoryDiagnoser]
[BenchmarkCategory("Capaian")]
public class CapaianBenchmarks
{
    /// <summary>The batch size (indicators per invocation).</summary>
    public const int N = 100_000;

    // The naive band table, top band first as the regulation prints it. Indexes match
    // PredikatScale.PermenPanRb88Tahun2021.Bands so checksums compare.
    private static readonly List<NaiveBand> NaiveBands =
    [
        new(0, "AA", 90m, decimal.MaxValue),
        new(1, "A", 80m, 90m),
        new(2, "BB", 70m, 80m),
        new(3, "B", 60m, 70m),
        new(4, "CC", 50m, 60m),
        new(5, "C", 30m, 50m),
        new(6, "D", decimal.MinValue, 30m),
    ];

    // The hand-written loop's band table: lower bounds (exclusive) and upper bounds (inclusive), best first.
    private static readonly decimal[] BandLowers = [90m, 80m, 70m, 60m, 50m, 30m, decimal.MinValue];
    private static readonly decimal[] BandUppers = [decimal.MaxValue, 90m, 80m, 70m, 60m, 50m, 30m];

    private static readonly CapaianPolicy Policy = CapaianPolicy.Capped100;
    private static readonly PredikatScale Scale = PredikatScale.PermenPanRb88Tahun2021;

    private readonly CapaianGrader grader = new(Policy, Scale, CapaianBasis.Capped);
    private List<NaiveIndicator> naiveIndicators = [];
    private CapaianInput[] inputs = [];
    private CapaianResult[] results = [];
    private CapaianResult[] computed = [];
    private int[] bandIndexes = [];
    private int[] counts = [];
    private decimal[] targets = [];
    private decimal?[] realisasi = [];
    private decimal[] realisasiValues = [];
    private Polarity[] polarities = [];
    private decimal[] capaian = [];

    [GlobalSetup]
    public void Setup()
    {
        var data = new CapaianData(N);
        naiveIndicators = data.ToNaiveIndicators();
        inputs = data.ToInputs();
        results = new CapaianResult[N];
        computed = new CapaianResult[N];
        bandIndexes = new int[N];
        counts = new int[Scale.Bands.Count];
        targets = data.Targets;
        realisasi = data.Realisasi;
        realisasiValues = Array.ConvertAll(data.Realisasi, r => r.GetValueOrDefault());
        polarities = data.Polarities;
        capaian = new decimal[N];
        CapaianBatch.Calculate(inputs, Policy, computed);

        var checksums = new Dictionary<string, long>
        {
            ["naive"] = Naive_LinqBoxed(),
            ["hand-written"] = Checksum(HandWritten_Loop),
            ["Evaluate"] = Checksum(Batch_Evaluate),
            ["Classify"] = Checksum(Batch_Classify),
            ["single calls"] = Checksum(Single_CalculateLoop),
            ["division-free"] = Checksum(Grader_Grade),
        };
        if (checksums.Values.Distinct().Count() != 1)
        {
            throw new InvalidOperationException("The bands differ: " + string.Join(", ", checksums.Select(c => $"{c.Key} {c.Value}")));
        }
        Batch_Calculate();
        for (int i = 0; i < N; i++)
        {
            if (results[i] != Capaian.Calculate(targets[i], realisasi[i], polarities[i], Policy))
            {
                throw new InvalidOperationException($"Batch_Calculate differs from Capaian.Calculate at {i}.");
            }
        }
        Grader_CountPerBand();
        var expected = new int[counts.Length];
        foreach (int band in bandIndexes)
        {
            if (band >= 0)
            {
                expected[band]++;
            }
        }
        if (!expected.SequenceEqual(counts))
        {
            throw new InvalidOperationException("CountPerBand differs from the bands counted.");
        }
    }

    /// <summary>The same rules written the way a typical application does: LINQ, boxed decimals, objects per item.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public long Naive_LinqBoxed()
    {
        List<NaiveResult> list = naiveIndicators
            .Select(x => NaiveCapaian(x))
            .Select(c => new NaiveResult(
                c,
                c.HasValue ? NaiveBands.First(b => c.Value > b.LowerExclusive && c.Value <= b.UpperInclusive) : null))
            .ToList();

        long hash = 0;
        foreach (var result in list)
        {
            hash = CapaianData.Mix(hash, result.Band?.Index ?? -1);
        }
        return hash;
    }

    /// <summary>
    /// A competent hand-written loop over arrays, no LINQ: <c>r / t * 100m</c> (or 200 minus it),
    /// <c>Math.Min</c>/<c>Math.Max</c> for the caps, a linear scan of the bands, results into arrays.
    /// </summary>
    [Benchmark(OperationsPerInvoke = N)]
    public int HandWritten_Loop()
    {
        decimal[] lowers = BandLowers;
        decimal[] uppers = BandUppers;
        for (int i = 0; i < targets.Length; i++)
        {
            int band = -1;
            decimal? r = realisasi[i];
            if (r.HasValue)
            {
                decimal t = targets[i];
                decimal value = 100m;
                bool graded = true;
                if (t == 0m)
                {
                    graded = r.GetValueOrDefault() == 0m && polarities[i] == Polarity.Negative;
                }
                else
                {
                    decimal ratio = r.GetValueOrDefault() / t * 100m;
                    value = Math.Min(100m, Math.Max(0m, polarities[i] == Polarity.Negative ? 200m - ratio : ratio));
                }
                if (graded)
                {
                    capaian[i] = value;
                    for (int b = 0; b < lowers.Length; b++)
                    {
                        if (value > lowers[b] && value <= uppers[b])
                        {
                            band = b;
                            break;
                        }
                    }
                }
            }
            bandIndexes[i] = band;
        }
        return bandIndexes[^1];
    }

    /// <summary>The full evaluation: <see cref="CapaianBatch.Evaluate"/>, every capaian (raw, capped, status, rule) and its band.</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public int Batch_Evaluate()
    {
        CapaianBatch.Evaluate(inputs, Policy, Scale, CapaianBasis.Capped, results, bandIndexes);
        return bandIndexes[^1];
    }

    /// <summary>The capaian only: <see cref="CapaianBatch.Calculate"/>.</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public int Batch_Calculate()
    {
        CapaianBatch.Calculate(inputs, Policy, results);
        return (int)results[^1].Status;
    }

    /// <summary>The band of already computed results: <see cref="CapaianBatch.Classify"/> (a decimal band search per item).</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public int Batch_Classify()
    {
        CapaianBatch.Classify(computed, Scale, CapaianBasis.Capped, bandIndexes);
        return bandIndexes[^1];
    }

    /// <summary>The band without the capaian: <see cref="CapaianGrader.Grade"/>, integer comparisons, no division.</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public int Grader_Grade()
    {
        grader.Grade(inputs, bandIndexes);
        return bandIndexes[^1];
    }

    /// <summary>How many indicators per band, without storing the bands: <see cref="CapaianGrader.CountPerBand"/>.</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public int Grader_CountPerBand() => grader.CountPerBand(inputs, counts) + counts[0];

    /// <summary>A loop of the single-item API plus <see cref="PredikatScale.IndexOf"/>.</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public int Single_CalculateLoop()
    {
        for (int i = 0; i < targets.Length; i++)
        {
            CapaianResult result = Capaian.Calculate(targets[i], realisasi[i], polarities[i], Policy);
            bandIndexes[i] = result.TryGetValue(out decimal value) ? Scale.IndexOf(value) : -1;
        }
        return bandIndexes[^1];
    }

    /// <summary>Only <c>r / t * 100m</c> where a capaian would be computed: the reference cost of one decimal division.</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public long DecimalDivision_Only()
    {
        long divisions = 0;
        for (int i = 0; i < targets.Length; i++)
        {
            decimal t = targets[i];
            if (realisasi[i].HasValue && t != 0m)
            {
                capaian[i] = realisasiValues[i] / t * 100m;
                divisions++;
            }
        }
        return divisions;
    }

    private long Checksum(Func<int> method)
    {
        Array.Fill(bandIndexes, int.MinValue);
        method();
        long hash = 0;
        foreach (int band in bandIndexes)
        {
            hash = CapaianData.Mix(hash, band);
        }
        return hash;
    }

    private static decimal? NaiveCapaian(NaiveIndicator indicator)
    {
        if (indicator.Realisasi is null)
        {
            return null;
        }
        decimal t = (decimal)indicator.Target;
        decimal r = (decimal)indicator.Realisasi;
        if (t == 0m)
        {
            return r == 0m && indicator.IsNegative ? 100m : null;
        }
        decimal raw = indicator.IsNegative ? 200m - (r / t * 100m) : r / t * 100m;
        return Math.Min(100m, Math.Max(0m, raw));
    }
}
