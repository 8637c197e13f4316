using System;
using System.Collections.Generic;
using System.Linq;
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
}
