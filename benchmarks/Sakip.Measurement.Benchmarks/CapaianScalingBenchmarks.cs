using BenchmarkDotNet.Attributes;

namespace Sakip.Measurement.Benchmarks;

/// <summary>
/// The library's batch paths at 1×, 10× and 100× the batch of <see cref="CapaianBenchmarks"/>
/// (<see cref="Size"/> = 100 000, 1 000 000 and 10 000 000 indicators of the same mix), to show
/// the cost per item stays flat as the batch outgrows the caches. Mean and Allocated are per
/// batch (BenchmarkDotNet's OperationsPerInvoke cannot follow a parameter); the README divides
/// by the size.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Capaian")]
public class CapaianScalingBenchmarks
{
    private static readonly CapaianPolicy Policy = CapaianPolicy.Capped100;
    private static readonly PredikatScale Scale = PredikatScale.PermenPanRb88Tahun2021;

    private readonly CapaianGrader grader = new(Policy, Scale, CapaianBasis.Capped);
    private CapaianInput[] inputs = [];
    private CapaianResult[] results = [];
    private int[] bandIndexes = [];
    private readonly int[] counts = new int[Scale.Bands.Count];

    /// <summary>Gets or sets the number of indicators in the batch.</summary>
    [Params(100_000, 1_000_000, 10_000_000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        inputs = new CapaianData(Size).ToInputs();
        results = new CapaianResult[Size];
        bandIndexes = new int[Size];
    }

    /// <summary><see cref="CapaianBatch.Evaluate"/> of the whole batch.</summary>
    [Benchmark]
    public int Evaluate()
    {
        CapaianBatch.Evaluate(inputs, Policy, Scale, CapaianBasis.Capped, results, bandIndexes);
        return bandIndexes[^1];
    }

    /// <summary><see cref="CapaianGrader.CountPerBand"/> of the whole batch.</summary>
    [Benchmark]
    public int CountPerBand() => grader.CountPerBand(inputs, counts) + counts[0];
}
