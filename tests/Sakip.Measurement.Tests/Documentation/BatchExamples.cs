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
}
