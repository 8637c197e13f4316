using Xunit;

namespace Sakip.Measurement.Tests.Calculation;

/// <summary>
/// <see cref="RatioEvaluator"/> (behind <see cref="CapaianBatch.Calculate"/> and <see cref="CapaianBatch.Evaluate"/>):
/// every result to the digit, sign of a zero included, of the single-call path, and which inputs the
/// integer path takes.
/// </summary>
public class RatioEvaluatorTests
{
    private static readonly PredikatScale Permen = PredikatScale.PermenPanRb88Tahun2021;

    // A band beyond 900 %, which the tables (up to 900 %) cannot hold: such ratios must be graded exactly.
    private static readonly PredikatScale Wide = PredikatScale.CreateAsPrinted("wide",
    [
        new PredikatBand("L", "l", BandBound.Inclusive(0m), BandBound.Exclusive(900m)),
        new PredikatBand("M", "m", BandBound.Inclusive(900m), BandBound.Exclusive(950m)),
        new PredikatBand("H", "h", BandBound.Inclusive(950m), BandBound.Unbounded),
    ]);

    [Fact]
    public void ReportSizedOperands_TakeTheIntegerPath_UpTo900Percent()
    {
        var regulation = CapaianPolicy.Uncapped;
        var inverse = CapaianPolicy.Capped100 with { NegativeFormula = NegativeFormula.Inverse };
        foreach (var policy in new[] { regulation, inverse, CapaianPolicy.Capped100 })
        {
            foreach (var scale in new[] { Permen, Wide })
            {
                AssertEvaluated(policy, scale, new(100m, 85m, Polarity.Positive), exactly: false);
                AssertEvaluated(policy, scale, new(100m, 0m, Polarity.Positive), exactly: false);
                AssertEvaluated(policy, scale, new(100m, new decimal(0, 0, 0, true, 1), Polarity.Positive), exactly: false);
                AssertEvaluated(policy, scale, new(100m, 900m, Polarity.Positive), exactly: false);
                AssertEvaluated(policy, scale, new(100m, 900.00000000000001m, Polarity.Positive), exactly: true);
                AssertEvaluated(policy, scale, new(100m, 960m, Polarity.Positive), exactly: true);
                AssertEvaluated(policy, scale, new(100m, -5m, Polarity.Positive), exactly: true);
                AssertEvaluated(policy, scale, new(0m, 5m, Polarity.Positive), exactly: true);
                AssertEvaluated(policy, scale, new(0.15000000000000000001m, 1m, Polarity.Positive), exactly: false);
                AssertEvaluated(policy, scale, new(10m, 12m, Polarity.Negative), exactly: false);
            }
        }
        // The regulation's 200 − ratio: 200 % gives a zero that is not negative, 250 % gives −50.
        AssertEvaluated(regulation, Permen, new(100m, 200m, Polarity.Negative), exactly: false);
        AssertEvaluated(regulation, Permen, new(100m, 250m, Polarity.Negative), exactly: false);
        AssertEvaluated(regulation, Permen, new(100m, 0m, Polarity.Negative), exactly: false);
        AssertEvaluated(inverse, Permen, new(10m, 0m, Polarity.Negative), exactly: true);
        AssertEvaluated(inverse, Permen, new(10m, 2m, Polarity.Negative), exactly: false);
    }

    [Fact]
    public void AScaleWithBoundsTooCloseForATable_IsEvaluatedExactly()
    {
        var hole = PredikatScale.CreateAsPrinted("hole",
        [
            new PredikatBand("X", "x", BandBound.Inclusive(0m), BandBound.Inclusive(0.0000000000000000000000000001m)),
            new PredikatBand("Y", "y", BandBound.Exclusive(0.0000000000000000000000000001m), BandBound.Exclusive(0.0000000000000000000000000002m)),
            new PredikatBand("Z", "z", BandBound.Inclusive(0.0000000000000000000000000002m), BandBound.Inclusive(100m)),
        ]);
        AssertEvaluated(CapaianPolicy.Capped100, hole, new(100m, 85m, Polarity.Positive), exactly: true);
        AssertEvaluated(CapaianPolicy.Capped100, hole, new(10m, 12m, Polarity.Negative), exactly: true);
    }

    [Fact]
    public void Calculate_GivesTheSingleCallResultsToTheDigit()
    {
        CapaianInput[] inputs =
        [
            new(100m, 200m, Polarity.Negative), new(100m, 250m, Polarity.Negative), new(3m, 2m, Polarity.Positive),
            new(100m, null, Polarity.Positive), new(7m, 0m, Polarity.Positive), new(100m, 111.25m, Polarity.Positive),
        ];
        foreach (var policy in new[] { CapaianPolicy.Capped100, CapaianPolicy.Uncapped })
        {
            var results = new CapaianResult[inputs.Length];
            CapaianBatch.Calculate(inputs, policy, results);
            for (int i = 0; i < inputs.Length; i++)
            {
                AssertSameDigits(Capaian.Calculate(inputs[i].Target, inputs[i].Realisasi, inputs[i].Polarity, policy), results[i]);
            }
        }
    }

    private static void AssertEvaluated(CapaianPolicy policy, PredikatScale scale, CapaianInput input, bool exactly)
    {
        foreach (var basis in new[] { CapaianBasis.Capped, CapaianBasis.Raw })
        {
            var results = new CapaianResult[1];
            var bands = new int[1];
            int before = RatioEvaluator.ExactItems;
            CapaianBatch.Evaluate([input], policy, scale, basis, results, bands);
            Assert.True((exactly ? 1 : 0) == RatioEvaluator.ExactItems - before, $"{input.Target} / {input.Realisasi}: exact path {!exactly}");
            var expected = Capaian.Calculate(input.Target, input.Realisasi, input.Polarity, policy);
            AssertSameDigits(expected, results[0]);
            Assert.Equal(expected.HasValue ? scale.IndexOf(basis == CapaianBasis.Raw ? expected.Raw : expected.Value) : -1, bands[0]);
        }
    }

    private static void AssertSameDigits(CapaianResult expected, CapaianResult actual)
    {
        Assert.Equal(expected, actual);
        if (expected.HasValue)
        {
            Assert.Equal(decimal.GetBits(expected.Raw), decimal.GetBits(actual.Raw));
            Assert.Equal(decimal.GetBits(expected.Value), decimal.GetBits(actual.Value));
        }
    }
}
