using System;
using System.Linq;
using Sakip.Measurement.Ipp;
using Xunit;

namespace Sakip.Measurement.Tests.Ipp;

/// <summary>
/// The IPP instrument as data (PermenPANRB 5/2023 form F-02, weights as printed in Kencong 2025,
/// 004 L415-433 / L1380-1389, SEEDS.md §4.5): weights validated to sum to 100 at each level.
/// </summary>
public class IppInstrumentTests
{
    [Fact]
    public void Default_HasTheSixPrintedAspects_WithTheirWeights()
    {
        var instrument = IppInstrument.PermenPanRb5Tahun2023;
        Assert.Equal(
            [("KP", 24m), ("PR", 25m), ("SP", 18m), ("SI", 11m), ("KO", 10m), ("IN", 12m)],
            instrument.Aspects.Select(a => (a.Code, a.Weight)).ToArray());
        Assert.Equal("Kebijakan Pelayanan", instrument.Aspects[0].Name);
        Assert.Equal("Inovasi", instrument.Aspects[5].Name);
    }

    [Fact]
    public void Default_WeightsSumTo100_AtEachLevel()
    {
        var instrument = IppInstrument.PermenPanRb5Tahun2023;
        Assert.Equal(100m, instrument.Aspects.Sum(a => a.Weight));
        Assert.All(instrument.Aspects, a => Assert.Equal(100m, a.SubIndicators.Sum(s => s.Weight)));
    }

    [Fact]
    public void Default_SubIndicatorWeights_AreAsPrinted()
    {
        // SEEDS.md §4.5: KP 17,14,7,14,10,17,7,7,7; PR 10,20,20,20,30; SP 15,23,20,20,11,11;
        // SI 30,20,20,30; KO 20,25,25,30; IN 50,50.
        decimal[][] printed =
        [
            [17m, 14m, 7m, 14m, 10m, 17m, 7m, 7m, 7m],
            [10m, 20m, 20m, 20m, 30m],
            [15m, 23m, 20m, 20m, 11m, 11m],
            [30m, 20m, 20m, 30m],
            [20m, 25m, 25m, 30m],
            [50m, 50m],
        ];
        var aspects = IppInstrument.PermenPanRb5Tahun2023.Aspects;
        for (int i = 0; i < printed.Length; i++)
        {
            Assert.Equal(printed[i], aspects[i].SubIndicators.Select(s => s.Weight).ToArray());
            // Codes are the aspect code plus the position: KP1 … KP9.
            Assert.Equal(
                Enumerable.Range(1, printed[i].Length).Select(k => aspects[i].Code + k).ToArray(),
                aspects[i].SubIndicators.Select(s => s.Code).ToArray());
        }
    }

    [Fact]
    public void Aspect_SubWeightsNotSummingTo100_Throws()
    {
        var ex = Assert.Throws<SakipDataException>(() => new IppAspect("X", "X", 50m,
            [new IppSubIndicator("X1", "a", 60m), new IppSubIndicator("X2", "b", 30m)]));
        Assert.Equal("Ipp.Aspect[X].SubIndicators", ex.FieldPath);
        Assert.Equal("90", ex.Value);

        Assert.Equal("0", Assert.Throws<SakipDataException>(() => new IppAspect("X", "X", 50m, [])).Value);
    }

    [Fact]
    public void Instrument_AspectWeightsNotSummingTo100_Throws()
    {
        var ex = Assert.Throws<SakipDataException>(() => new IppInstrument("bad",
        [
            new IppAspect("A", "A", 60m, [new IppSubIndicator("A1", "a", 100m)]),
            new IppAspect("B", "B", 39m, [new IppSubIndicator("B1", "b", 100m)]),
        ]));
        Assert.Equal("Ipp.Aspects", ex.FieldPath);
        Assert.Equal("99", ex.Value);

        Assert.Equal("Ipp.Aspects", Assert.Throws<SakipDataException>(() => new IppInstrument("empty", [])).FieldPath);
    }

    [Fact]
    public void Instrument_RepeatedCode_Throws()
    {
        var ex = Assert.Throws<SakipDataException>(() => new IppInstrument("dup",
        [
            new IppAspect("A", "A", 50m, [new IppSubIndicator("S1", "a", 100m)]),
            new IppAspect("B", "B", 50m, [new IppSubIndicator("S1", "b", 100m)]),
        ]));
        Assert.Equal("Ipp.Codes", ex.FieldPath);
        Assert.Equal("S1", ex.Value);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("100.01")]
    public void Weights_OutsideZeroExclusiveTo100_AreRejected(string weight)
    {
        decimal w = decimal.Parse(weight, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Throws<ArgumentOutOfRangeException>(() => new IppSubIndicator("S", "s", w));
        Assert.Throws<ArgumentOutOfRangeException>(() => new IppAspect("A", "a", w, [new IppSubIndicator("S", "s", 100m)]));
    }

    [Fact]
    public void CustomInstrument_WithDecimalWeights_IsAccepted()
    {
        var instrument = new IppInstrument("custom",
        [
            new IppAspect("A", "A", 33.5m, [new IppSubIndicator("A1", "a", 12.5m), new IppSubIndicator("A2", "a", 87.5m)]),
            new IppAspect("B", "B", 66.5m, [new IppSubIndicator("B1", "b", 100m)]),
        ]);
        Assert.Equal(2, instrument.Aspects.Count);
    }
}
