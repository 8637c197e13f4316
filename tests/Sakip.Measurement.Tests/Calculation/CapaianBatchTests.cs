using System;
using System.Linq;
using Sakip.Measurement.Tests.Utility;
using Xunit;

namespace Sakip.Measurement.Tests.Calculation;

/// <summary>
/// <see cref="CapaianBatch"/> on several cores: the partitioned run writes exactly what the
/// sequential one writes, whatever the degree of parallelism.
/// </summary>
/// <remarks>Not run in parallel with other classes: one test watches the cache of the last policy, which any other test's batch would replace.</remarks>
[Collection(nameof(CapaianBatchTests))]
[CollectionDefinition(nameof(CapaianBatchTests), DisableParallelization = true)]
public class CapaianBatchTests
{
    // A national-sized mix (several partitions of 16 384): percentages, counts, money, zero targets,
    // missing realisasi, negative indicators and a few operands beyond the integer path.
    private static CapaianInput[] NationalBatch(int count) =>
        Enumerable.Range(0, count).Select(i =>
        {
            decimal target = (i % 5) switch
            {
                0 => 60m + (i % 4001 / 100m),
                1 => 1 + (i % 499),
                2 => 50_000_000m + (i * 12_345.67m),
                3 => i % 200 == 0 ? 0m : 100m,
                _ => i % 1000 == 0 ? 100_000_000_000_000_000_000m : 92.5m,
            };
            decimal? realisasi = i % 20 == 0 ? null : target * (0.4m + (i % 71 / 100m));
            return new CapaianInput(target, realisasi, i % 10 == 3 ? Polarity.Negative : Polarity.Positive);
        }).ToArray();

    [Fact]
    public void EvaluateParallel_WritesWhatTheSequentialRunWrites()
    {
        var inputs = NationalBatch(70_000);
        var policy = CapaianPolicy.Capped100;
        var scale = PredikatScale.PermenPanRb88Tahun2021;
        var results = new CapaianResult[inputs.Length];
        var bands = new int[inputs.Length];
        CapaianBatch.Evaluate(inputs, policy, scale, CapaianBasis.Capped, results, bands);
        foreach (int degree in new[] { 1, 2, -1 })
        {
            var parallelResults = new CapaianResult[inputs.Length];
            var parallelBands = new int[inputs.Length];
            CapaianBatch.EvaluateParallel(inputs, policy, scale, CapaianBasis.Capped, parallelResults, parallelBands, degree);
            Assert.Equal(results, parallelResults);
            Assert.Equal(bands, parallelBands);
        }
        Assert.Contains(bands, b => b == -1);
        Assert.True(bands.Where(b => b >= 0).Distinct().Count() >= 5);
    }

    [Fact]
    public void EvaluateParallel_AShortBatch_IsOnePartition_AndAnEmptyOneDoesNothing()
    {
        var inputs = NationalBatch(10);
        var results = new CapaianResult[10];
        var bands = new int[10];
        CapaianBatch.EvaluateParallel(inputs, CapaianPolicy.Uncapped, PredikatScale.Permendagri86Tahun2017, CapaianBasis.Raw, results, bands);
        for (int i = 0; i < inputs.Length; i++)
        {
            Assert.Equal(Capaian.Calculate(inputs[i].Target, inputs[i].Realisasi, inputs[i].Polarity, CapaianPolicy.Uncapped), results[i]);
        }
        CapaianBatch.EvaluateParallel(ReadOnlyMemory<CapaianInput>.Empty, CapaianPolicy.Uncapped, PredikatScale.Permendagri86Tahun2017, CapaianBasis.Raw,
            Memory<CapaianResult>.Empty, Memory<int>.Empty);
    }

    [Fact]
    public void EvaluateParallel_Guards_NameTheirParameter()
    {
        var inputs = new CapaianInput[3];
        var scale = PredikatScale.PermenPanRb88Tahun2021;
        var policy = CapaianPolicy.Capped100;
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() =>
            CapaianBatch.EvaluateParallel(inputs, null!, scale, CapaianBasis.Capped, new CapaianResult[3], new int[3])).ParamName);
        Assert.Equal("scale", Assert.Throws<ArgumentNullException>(() =>
            CapaianBatch.EvaluateParallel(inputs, policy, null!, CapaianBasis.Capped, new CapaianResult[3], new int[3])).ParamName);
        Assert.Equal("results", Assert.Throws<ArgumentException>(() =>
            CapaianBatch.EvaluateParallel(inputs, policy, scale, CapaianBasis.Capped, new CapaianResult[2], new int[3])).ParamName);
        Assert.Equal("bandIndexes", Assert.Throws<ArgumentException>(() =>
            CapaianBatch.EvaluateParallel(inputs, policy, scale, CapaianBasis.Capped, new CapaianResult[3], new int[2])).ParamName);
        Assert.Equal("maxDegreeOfParallelism", Assert.Throws<ArgumentOutOfRangeException>(() =>
            CapaianBatch.EvaluateParallel(inputs, policy, scale, CapaianBasis.Capped, new CapaianResult[3], new int[3], 0)).ParamName);
        Assert.Equal("basis", Assert.Throws<ArgumentOutOfRangeException>(() =>
            CapaianBatch.EvaluateParallel(inputs, policy, scale, (CapaianBasis)5, new CapaianResult[3], new int[3])).ParamName);
        Assert.Equal("basis", Assert.Throws<ArgumentOutOfRangeException>(() =>
            CapaianBatch.Evaluate(inputs, policy, scale, (CapaianBasis)5, new CapaianResult[3], new int[3])).ParamName);
    }

    [Fact]
    public void Evaluate_WithAnotherPolicyOnTheSameScale_UsesThatPolicy()
    {
        // The scale keeps the thresholds of the last policy it graded; a new policy must not reuse them.
        CapaianInput[] inputs = [new(80m, 89m, Polarity.Positive), new(10m, 12m, Polarity.Negative)];
        var scale = PredikatScale.PermenPanRb88Tahun2021;
        var results = new CapaianResult[2];
        var bands = new int[2];
        CapaianBatch.Evaluate(inputs, CapaianPolicy.Capped100, scale, CapaianBasis.Capped, results, bands);
        Assert.Equal(100m, results[0].Value);
        var inverse = CapaianPolicy.Uncapped with { NegativeFormula = NegativeFormula.Inverse };
        CapaianBatch.Evaluate(inputs, inverse, scale, CapaianBasis.Raw, results, bands);
        Assert.Equal(111.25m, results[0].Value);
        Assert.Equal(CapaianRule.NegativeInverse, results[1].Rule);
        Assert.Equal("A", scale.Bands[bands[1]].Code); // 10 / 12 = 83,33 %
        CapaianBatch.Evaluate(inputs, CapaianPolicy.Capped100 with { }, scale, CapaianBasis.Capped, results, bands);
        Assert.Equal((100m, CapaianRule.NegativeRegulation), (results[0].Value, results[1].Rule));
    }

    [Fact]
    public void Classify_GradesEachResultOnItsBasis_AndAMissingOneNowhere()
    {
        var scale = PredikatScale.PermenPanRb88Tahun2021;
        CapaianResult[] results =
        [
            Capaian.Calculate(100m, 111.25m, Polarity.Positive, CapaianPolicy.Capped100), // raw 111,25, capped 100
            Capaian.Calculate(10m, 25m, Polarity.Negative, CapaianPolicy.Capped100),      // raw −50, capped 0
            Capaian.Calculate(100m, null, Polarity.Positive, CapaianPolicy.Capped100),
            Capaian.Calculate(100m, 85m, Polarity.Positive, CapaianPolicy.Capped100),
        ];
        foreach (var basis in new[] { CapaianBasis.Capped, CapaianBasis.Raw })
        {
            var bands = new int[results.Length + 1];
            bands.AsSpan().Fill(42);
            CapaianBatch.Classify(results, scale, basis, bands);
            for (int i = 0; i < results.Length; i++)
            {
                int expected = results[i].HasValue ? scale.IndexOf(basis == CapaianBasis.Raw ? results[i].Raw : results[i].Value) : -1;
                Assert.Equal(expected, bands[i]);
            }
            Assert.Equal(42, bands[^1]); // nothing written past the results
        }
        var fromZero = PredikatScale.CreateAsPrinted("0–100", [new PredikatBand("X", "x", BandBound.Inclusive(0m), BandBound.Inclusive(100m))]);
        var onFromZero = new int[results.Length];
        CapaianBatch.Classify(results, fromZero, CapaianBasis.Raw, onFromZero);
        Assert.Equal([-1, -1, -1, 0], onFromZero);
        CapaianBatch.Classify(results, fromZero, CapaianBasis.Capped, onFromZero);
        Assert.Equal([0, 0, -1, 0], onFromZero);
    }

    [Fact]
    public void SequentialGuards_NameTheirParameter()
    {
        var inputs = new CapaianInput[3];
        var scale = PredikatScale.PermenPanRb88Tahun2021;
        var policy = CapaianPolicy.Capped100;
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => CapaianBatch.Calculate(inputs, null!, new CapaianResult[3])).ParamName);
        Assert.Equal("results", Assert.Throws<ArgumentException>(() => CapaianBatch.Calculate(inputs, policy, new CapaianResult[2])).ParamName);
        Assert.Equal("scale", Assert.Throws<ArgumentNullException>(() => CapaianBatch.Classify(new CapaianResult[3], null!, CapaianBasis.Capped, new int[3])).ParamName);
        Assert.Equal("bandIndexes", Assert.Throws<ArgumentException>(() => CapaianBatch.Classify(new CapaianResult[3], scale, CapaianBasis.Capped, new int[2])).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() =>
            CapaianBatch.Evaluate(inputs, null!, scale, CapaianBasis.Capped, new CapaianResult[3], new int[3])).ParamName);
        Assert.Equal("scale", Assert.Throws<ArgumentNullException>(() =>
            CapaianBatch.Evaluate(inputs, policy, null!, CapaianBasis.Capped, new CapaianResult[3], new int[3])).ParamName);
        Assert.Equal("results", Assert.Throws<ArgumentException>(() =>
            CapaianBatch.Evaluate(inputs, policy, scale, CapaianBasis.Capped, new CapaianResult[2], new int[3])).ParamName);
        Assert.Equal("bandIndexes", Assert.Throws<ArgumentException>(() =>
            CapaianBatch.Evaluate(inputs, policy, scale, CapaianBasis.Capped, new CapaianResult[3], new int[2])).ParamName);
        // A missing rule is reported before a short output.
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() =>
            CapaianBatch.Evaluate(inputs, null!, scale, CapaianBasis.Capped, new CapaianResult[2], new int[2])).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() =>
            CapaianBatch.EvaluateParallel(inputs, null!, scale, CapaianBasis.Capped, new CapaianResult[2], new int[2])).ParamName);
        // Longer outputs are fine; only the first inputs.Length elements are written.
        var longer = new CapaianResult[4];
        CapaianBatch.Calculate(inputs, policy, longer);
        Assert.Equal(CapaianStatus.NoRealisasi, longer[2].Status);
        Assert.Equal(default, longer[3]);
    }

    [Fact]
    public void CountPerBand_ClearsTheCountsFirst_AndRefusesAnIndexOutsideThem()
    {
        var counts = new[] { 5, 5, 5 };
        Assert.Equal(2, CapaianBatch.CountPerBand([0, -1, 2, 2, -1], counts));
        Assert.Equal([1, 0, 2], counts);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CapaianBatch.CountPerBand([0, 3], new int[3]));
        Assert.Equal("bandIndexes", e.ParamName);
        Assert.Equal(3, e.ActualValue);
        Assert.Equal("bandIndexes", Assert.Throws<ArgumentOutOfRangeException>(() => CapaianBatch.CountPerBand([-2], new int[3])).ParamName);
        Assert.Equal(0, CapaianBatch.CountPerBand([2], counts));
        Assert.Equal([0, 0, 1], counts);
    }

    [Fact]
    public void Calculate_ReusesTheTablesOfAnEqualPolicy_WithoutAllocating()
    {
        CapaianInput[] inputs = [new(100m, 85m, Polarity.Positive), new(10m, 12m, Polarity.Negative)];
        var results = new CapaianResult[2];
        var policy = CapaianPolicy.Uncapped with { Capping = CappingPolicy.Custom(123m, null) }; // no other test's: this call builds the tables
        var equal = policy with { };
        CapaianBatch.Calculate(inputs, policy, results);
        Assert.Equal(0, TestHelper.AllocatedBytes(() =>
        {
            CapaianBatch.Calculate(inputs, equal, results);
            CapaianBatch.Calculate(inputs, policy, results);
        }));
        Assert.Equal(85m, results[0].Value);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(16_383, 1)]
    [InlineData(16_384, 1)]
    [InlineData(16_385, 2)]
    [InlineData(32_768, 2)]
    [InlineData(32_769, 3)]
    public void PartitionCount_IsTheFewestPartitionsThatCoverTheBatch(int length, int expected) =>
        Assert.Equal(expected, CapaianBatch.PartitionCount(length, 16_384));
}
