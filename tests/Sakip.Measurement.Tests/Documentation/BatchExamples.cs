using System;
using Xunit;

namespace Sakip.Measurement.Tests.Documentation;

/// <summary>The worked example of docs/calculators/batch.md.</summary>
[Collection(DocumentationExamplesGroup.Name)]
public sealed class BatchExamples
{
    [Fact]
    public void A_batch_computes_and_grades_every_input_into_spans_the_caller_owns()
    {
        // begin-snippet: batch-evaluate
        // The four Mayang 2023 indicators, and one indicator whose realisasi is not reported yet.
        CapaianInput[] inputs =
        [
            new(100m, 85.23m, Polarity.Positive),
            new(93m, 88.25m, Polarity.Positive),
            new(80m, 89m, Polarity.Positive),
            new(100m, 100m, Polarity.Positive),
            new(100m, null, Polarity.Positive),
        ];
        PredikatScale scale = PredikatScale.PermenPanRb88Tahun2021;

        // The caller owns the outputs: rent or reuse them for millions of items; nothing is allocated per item.
        Span<CapaianResult> results = new CapaianResult[inputs.Length];
        Span<int> bands = stackalloc int[inputs.Length];
        CapaianBatch.Evaluate(inputs, CapaianPolicy.Capped100, scale, CapaianBasis.Capped, results, bands);
        // results[2].Raw = 111.25, results[2].Value = 100; results[4].Status = CapaianStatus.NoRealisasi
        // bands = [1, 0, 0, 0, -1]: indexes into scale.Bands (0 = AA, 1 = A), -1 = no capaian

        // An "ikhtisar": how many indicators got each predikat.
        Span<int> perBand = stackalloc int[scale.Bands.Count];
        int ungraded = CapaianBatch.CountPerBand(bands, perBand);
        // perBand = [3, 1, 0, 0, 0, 0, 0] (AA, A, BB, B, CC, C, D); ungraded = 1
        // end-snippet

        Assert.Equal((111.25m, 100m), (results[2].Raw, results[2].Value));
        Assert.Equal(CapaianStatus.NoRealisasi, results[4].Status);
        Assert.Equal([1, 0, 0, 0, -1], bands.ToArray());
        Assert.Equal([3, 1, 0, 0, 0, 0, 0], perBand.ToArray());
        Assert.Equal(1, ungraded);
        for (int i = 0; i < inputs.Length; i++)
        {
            Assert.Equal(Capaian.Calculate(inputs[i].Target, inputs[i].Realisasi, inputs[i].Polarity, CapaianPolicy.Capped100), results[i]);
        }
    }

    [Fact]
    public void A_grader_counts_the_indicators_per_predikat_without_computing_a_capaian()
    {
        // begin-snippet: batch-grader
        // Built once per policy, scale and basis; immutable, shared by every thread.
        var grader = new CapaianGrader(CapaianPolicy.Capped100, PredikatScale.PermenPanRb88Tahun2021, CapaianBasis.Capped);

        CapaianInput[] inputs =
        [
            new(100m, 85.23m, Polarity.Positive), // 85,23 %: A
            new(100m, 80m, Polarity.Positive), // exactly 80 %: BB, as (70, 80] reads
            new(2m, 1.600000000000000001m, Polarity.Positive), // 80,00000000000000005 % rounds to 80,0000000000000001: A
            new(10m, 12m, Polarity.Negative), // (2 × 10 − 12) / 10 = 80 %: BB
            new(100m, null, Polarity.Positive), // no realisasi: no band
        ];

        int band = grader.IndexOf(inputs[0]);
        // band = 1 (A); Capaian.Calculate then PredikatScale.IndexOf give the same, always

        Span<int> perBand = stackalloc int[grader.Scale.Bands.Count];
        int ungraded = grader.CountPerBand(inputs, perBand);
        // perBand = [0, 2, 2, 0, 0, 0, 0] (AA, A, BB, B, CC, C, D); ungraded = 1
        // end-snippet

        Assert.Equal(1, band);
        Assert.Equal([0, 2, 2, 0, 0, 0, 0], perBand.ToArray());
        Assert.Equal(1, ungraded);
        foreach (var input in inputs)
        {
            var result = Capaian.Calculate(input.Target, input.Realisasi, input.Polarity, CapaianPolicy.Capped100);
            Assert.Equal(result.HasValue ? grader.Scale.IndexOf(result.Value) : -1, grader.IndexOf(input));
        }
    }

    [Fact]
    public void A_national_batch_runs_on_every_core_with_the_sequential_results()
    {
        // begin-snippet: batch-parallel
        // A national batch: arrays (or any Memory<T>), since spans cannot cross threads.
        CapaianInput[] inputs = new CapaianInput[200_000];
        for (int i = 0; i < inputs.Length; i++)
        {
            inputs[i] = new CapaianInput(100m, 40m + (i % 80), i % 10 == 0 ? Polarity.Negative : Polarity.Positive);
        }
        var results = new CapaianResult[inputs.Length];
        var bands = new int[inputs.Length];

        // Cut into partitions of 16 384 items, evaluated on all cores (-1) or on at most N of them.
        CapaianBatch.EvaluateParallel(inputs, CapaianPolicy.Capped100, PredikatScale.PermenPanRb88Tahun2021, CapaianBasis.Capped,
            results, bands, maxDegreeOfParallelism: -1);

        // Only the counts: each partition counts on its own, the counts are added.
        var grader = new CapaianGrader(CapaianPolicy.Capped100, PredikatScale.PermenPanRb88Tahun2021, CapaianBasis.Capped);
        int[] perBand = new int[grader.Scale.Bands.Count];
        int ungraded = grader.CountPerBandParallel(inputs, perBand);
        // The same results, bands and counts as CapaianBatch.Evaluate and grader.CountPerBand on one core.
        // end-snippet

        var sequentialResults = new CapaianResult[inputs.Length];
        var sequentialBands = new int[inputs.Length];
        CapaianBatch.Evaluate(inputs, CapaianPolicy.Capped100, PredikatScale.PermenPanRb88Tahun2021, CapaianBasis.Capped, sequentialResults, sequentialBands);
        Assert.Equal(sequentialResults, results);
        Assert.Equal(sequentialBands, bands);
        var sequentialCounts = new int[perBand.Length];
        Assert.Equal(grader.CountPerBand(inputs, sequentialCounts), ungraded);
        Assert.Equal(sequentialCounts, perBand);
    }
}
