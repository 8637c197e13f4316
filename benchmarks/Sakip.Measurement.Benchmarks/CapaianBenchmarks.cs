using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace Sakip.Measurement.Benchmarks;

/// <summary>
/// Capaian + predikat (PermenPANRB 88/2021, capped at 100, graded on the capped value) for a
/// batch of <see cref="N"/> indicators. Every benchmark sets <c>OperationsPerInvoke = N</c>, so
/// Mean and Allocated read per indicator.
/// </summary>
/// <remarks>
/// Each method returns a position-sensitive checksum of the band indexes, so nothing is
/// optimised away; <see cref="Setup"/> checks that the naive, batch and single-call paths agree.
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

    private List<NaiveIndicator> naiveIndicators = [];
    private CapaianInput[] inputs = [];
    private CapaianResult[] results = [];
    private int[] bandIndexes = [];
    private decimal[] targets = [];
    private decimal?[] realisasi = [];
    private decimal[] realisasiValues = [];
    private Polarity[] polarities = [];
    private decimal[] ratios = [];

    [GlobalSetup]
    public void Setup()
    {
        var data = new CapaianData(N);
        naiveIndicators = data.ToNaiveIndicators();
        inputs = data.ToInputs();
        results = new CapaianResult[N];
        bandIndexes = new int[N];
        targets = data.Targets;
        realisasi = data.Realisasi;
        realisasiValues = Array.ConvertAll(data.Realisasi, r => r.GetValueOrDefault());
        polarities = data.Polarities;
        ratios = new decimal[N];

        long naive = Naive_LinqBoxed();
        long batch = Batch_Evaluate();
        long single = Single_CalculateLoop();
        if (naive != batch || batch != single)
        {
            throw new InvalidOperationException($"Checksums differ: naive {naive}, batch {batch}, single {single}.");
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

    /// <summary>The library's batch API over caller-owned, pre-allocated arrays.</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public long Batch_Evaluate()
    {
        CapaianBatch.Evaluate(
            inputs, CapaianPolicy.Capped100, PredikatScale.PermenPanRb88Tahun2021, CapaianBasis.Capped, results, bandIndexes);

        long hash = 0;
        foreach (int band in bandIndexes)
        {
            hash = CapaianData.Mix(hash, band);
        }
        return hash;
    }

    /// <summary>A loop of the single-item API plus <see cref="PredikatScale.IndexOf"/>.</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public long Single_CalculateLoop()
    {
        var policy = CapaianPolicy.Capped100;
        var scale = PredikatScale.PermenPanRb88Tahun2021;
        long hash = 0;
        for (int i = 0; i < targets.Length; i++)
        {
            CapaianResult result = Capaian.Calculate(targets[i], realisasi[i], polarities[i], policy);
            int band = result.TryGetValue(out decimal value) ? scale.IndexOf(value) : -1;
            hash = CapaianData.Mix(hash, band);
        }
        return hash;
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
                ratios[i] = realisasiValues[i] / t * 100m;
                divisions++;
            }
        }
        return divisions;
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
