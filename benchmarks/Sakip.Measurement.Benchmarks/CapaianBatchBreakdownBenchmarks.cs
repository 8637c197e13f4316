using BenchmarkDotNet.Attributes;

namespace Sakip.Measurement.Benchmarks;

/// <summary>
/// Splits <see cref="CapaianBatch.Evaluate"/> into its two halves, on the same data as
/// <see cref="CapaianBenchmarks"/>: computing the capaian (<see cref="CapaianBatch.Calculate"/>)
/// and grading it (<see cref="CapaianBatch.Classify"/>). Per-indicator figures.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Capaian")]
public class CapaianBatchBreakdownBenchmarks
{
    private const int N = CapaianBenchmarks.N;

    private CapaianInput[] inputs = [];
    private CapaianResult[] results = [];
    private CapaianResult[] computed = [];
    private int[] bandIndexes = [];

    [GlobalSetup]
    public void Setup()
    {
        inputs = new CapaianData(N).ToInputs();
        results = new CapaianResult[N];
        bandIndexes = new int[N];
        computed = new CapaianResult[N];
        CapaianBatch.Calculate(inputs, CapaianPolicy.Capped100, computed);
    }

    /// <summary>Capaian and predikat in one pass (as in <see cref="CapaianBenchmarks.Batch_Evaluate"/>, without the checksum pass).</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public int Evaluate()
    {
        CapaianBatch.Evaluate(
            inputs, CapaianPolicy.Capped100, PredikatScale.PermenPanRb88Tahun2021, CapaianBasis.Capped, results, bandIndexes);
        return bandIndexes[^1];
    }

    /// <summary>Capaian only: zero-target and polarity rules, <c>DecimalRatio.Percent</c>, capping.</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public int CalculateOnly()
    {
        CapaianBatch.Calculate(inputs, CapaianPolicy.Capped100, results);
        return (int)results[^1].Status;
    }

    /// <summary>Predikat only: <see cref="PredikatScale.IndexOf"/> over already computed results.</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public int ClassifyOnly()
    {
        CapaianBatch.Classify(computed, PredikatScale.PermenPanRb88Tahun2021, CapaianBasis.Capped, bandIndexes);
        return bandIndexes[^1];
    }
}
