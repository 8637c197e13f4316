using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace Sakip.Measurement.Benchmarks;

/// <summary>
/// A national-sized batch (<see cref="N"/> = 1 000 000 indicators of the <see cref="CapaianBenchmarks"/>
/// mix) on 1 core and on all cores (<see cref="Cores"/>): <see cref="CapaianBatch.EvaluateParallel"/>
/// and <see cref="CapaianGrader.CountPerBandParallel"/> with that degree of parallelism. Mean and
/// Allocated are per indicator (<c>OperationsPerInvoke = N</c>).
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Capaian")]
public class CapaianParallelBenchmarks
{
    /// <summary>The batch size.</summary>
    public const int N = 1_000_000;

    private static readonly CapaianPolicy Policy = CapaianPolicy.Capped100;
    private static readonly PredikatScale Scale = PredikatScale.PermenPanRb88Tahun2021;

    private readonly CapaianGrader grader = new(Policy, Scale, CapaianBasis.Capped);
    private readonly int[] counts = new int[Scale.Bands.Count];
    private CapaianInput[] inputs = [];
    private CapaianResult[] results = [];
    private int[] bandIndexes = [];

    /// <summary>Gets or sets the degree of parallelism: 1, then every core of the measuring machine.</summary>
    [ParamsSource(nameof(CoreCounts))]
    public int Cores { get; set; }

    /// <summary>One core and all of them.</summary>
    /// <returns>The degrees of parallelism to measure.</returns>
    public static IEnumerable<int> CoreCounts() => new[] { 1, Environment.ProcessorCount }.Distinct();

    [GlobalSetup]
    public void Setup()
    {
        inputs = new CapaianData(N).ToInputs();
        results = new CapaianResult[N];
        bandIndexes = new int[N];
    }

    /// <summary><see cref="CapaianBatch.EvaluateParallel"/> with <see cref="Cores"/> partitions at once.</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public int EvaluateParallel()
    {
        CapaianBatch.EvaluateParallel(inputs, Policy, Scale, CapaianBasis.Capped, results, bandIndexes, Cores);
        return bandIndexes[^1];
    }

    /// <summary><see cref="CapaianGrader.CountPerBandParallel"/> with <see cref="Cores"/> partitions at once.</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public int CountPerBandParallel() => grader.CountPerBandParallel(inputs, counts, Cores) + counts[0];

    /// <summary>
    /// The floor, not a usable method: only reading every input once (two fields of each 40-byte
    /// <see cref="CapaianInput"/>, so every cache line of the batch), over the same partitions of
    /// 16 384 on <see cref="Cores"/> cores. What the memory delivers bounds what any pass over the
    /// inputs can do.
    /// </summary>
    [Benchmark(OperationsPerInvoke = N)]
    public long Floor_ReadInputs()
    {
        const int PartitionSize = 16_384;
        int partitions = (N + PartitionSize - 1) / PartitionSize;
        long[] sums = new long[partitions];
        Parallel.For(0, partitions, new ParallelOptions { MaxDegreeOfParallelism = Cores }, p =>
        {
            var part = inputs.AsSpan(p * PartitionSize, Math.Min(PartitionSize, N - (p * PartitionSize)));
            long sum = 0;
            foreach (ref readonly CapaianInput input in part)
            {
                sum += (input.HasRealisasi ? 1 : 0) + (int)input.Polarity;
            }
            sums[p] = sum;
        });
        return sums.Sum();
    }
}
