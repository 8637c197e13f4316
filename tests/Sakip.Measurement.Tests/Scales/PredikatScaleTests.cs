using System;
using System.Collections.Generic;
using Xunit;

namespace Sakip.Measurement.Tests.Scales;

public class PredikatScaleTests
{
    [Theory]
    [InlineData("0", "D")]
    [InlineData("30", "D")]
    [InlineData("30.01", "C")]
    [InlineData("60", "CC")]
    [InlineData("60.01", "B")]
    [InlineData("61", "B")]
    [InlineData("70", "B")]
    [InlineData("80", "BB")]
    [InlineData("80.01", "A")]
    [InlineData("90", "A")]
    [InlineData("90.0001", "AA")]
    [InlineData("100", "AA")]
    [InlineData("120.01", "AA")]
    [InlineData("-5", "D")]
    public void PermenPanRb88_IsLowerExclusiveUpperInclusive(string value, string code) =>
        Assert.Equal(code, PredikatScale.PermenPanRb88Tahun2021.Classify(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).Code);

    [Theory]
    [InlineData(80, "A")]
    [InlineData(70, "BB")]
    [InlineData(90, "AA")]
    [InlineData(30, "C")]
    public void PermenPanRb88LowerInclusive_PutsBoundariesInTheHigherBand(int value, string code) =>
        Assert.Equal(code, PredikatScale.PermenPanRb88Tahun2021LowerInclusive.Classify(value).Code);

    [Theory]
    [InlineData("91", "ST")]
    [InlineData("90.5", "T")]
    [InlineData("90", "T")]
    [InlineData("76", "T")]
    [InlineData("75.5", "S")]
    [InlineData("73.72", "S")]
    [InlineData("65.5", "R")]
    [InlineData("50.5", "SR")]
    [InlineData("120.01", "ST")]
    public void Permendagri86_ClosesThePrintedGapsUpToTheNextBand(string value, string code) =>
        Assert.Equal(code, PredikatScale.Permendagri86Tahun2017.Classify(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).Code);

    [Fact]
    public void Permendagri86From90_GradesNinetyAsSangatTinggi()
    {
        Assert.Equal("Sangat Tinggi", PredikatScale.Permendagri86Tahun2017From90.Classify(90m).Label);
        Assert.Equal("Tinggi", PredikatScale.Permendagri86Tahun2017From90.Classify(89.99m).Label);
    }

    [Fact]
    public void Create_OverlappingBands_ThrowsNamingThem()
    {
        var ex = Assert.Throws<InvalidScaleException>(() => PredikatScale.Create("x",
        [
            new PredikatBand("A", "atas", BandBound.Inclusive(50m), BandBound.Inclusive(100m)),
            new PredikatBand("B", "bawah", BandBound.Inclusive(0m), BandBound.Inclusive(50m)),
        ]));
        Assert.Contains("'B'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("overlap", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_HoleBetweenBands_Throws()
    {
        var ex = Assert.Throws<InvalidScaleException>(() => PredikatScale.Create("x",
        [
            new PredikatBand("A", "atas", BandBound.Inclusive(51m), BandBound.Inclusive(100m)),
            new PredikatBand("B", "bawah", BandBound.Inclusive(0m), BandBound.Inclusive(50m)),
        ]));
        Assert.Contains("hole", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_BothBoundsExclusiveAtTheMeetingPoint_IsAHole() =>
        Assert.Throws<InvalidScaleException>(() => PredikatScale.Create("x",
        [
            new PredikatBand("A", "atas", BandBound.Exclusive(50m), BandBound.Inclusive(100m)),
            new PredikatBand("B", "bawah", BandBound.Inclusive(0m), BandBound.Exclusive(50m)),
        ]));

    [Fact]
    public void Create_RepeatedCode_Throws() =>
        Assert.Throws<InvalidScaleException>(() => PredikatScale.Create("x",
        [
            new PredikatBand("A", "atas", BandBound.Exclusive(50m), BandBound.Inclusive(100m)),
            new PredikatBand("A", "bawah", BandBound.Inclusive(0m), BandBound.Inclusive(50m)),
        ]));

    [Fact]
    public void Create_NoBands_Throws() =>
        Assert.Throws<InvalidScaleException>(() => PredikatScale.Create("x", []));

    [Fact]
    public void Band_EmptyInterval_Throws() =>
        Assert.Throws<ArgumentException>(() => new PredikatBand("A", "a", BandBound.Exclusive(5m), BandBound.Inclusive(5m)));

    [Fact]
    public void Create_KeepsTheCallersOrder_AndBoundedDomainRejectsOutsideValues()
    {
        var ikmMutu = PredikatScale.Create("IKM mutu",
        [
            new PredikatBand("A", "Sangat Baik", BandBound.Inclusive(88.31m), BandBound.Inclusive(100m)),
            new PredikatBand("B", "Baik", BandBound.Inclusive(76.61m), BandBound.Exclusive(88.31m)),
            new PredikatBand("C", "Kurang Baik", BandBound.Inclusive(65m), BandBound.Exclusive(76.61m)),
            new PredikatBand("D", "Tidak Baik", BandBound.Inclusive(25m), BandBound.Exclusive(65m)),
        ]);
        Assert.Equal("A", ikmMutu.Bands[0].Code);
        Assert.Equal("B", ikmMutu.Classify(88.25m).Code);
        Assert.Equal(-1, ikmMutu.IndexOf(101m));
        Assert.False(ikmMutu.TryClassify(24.99m, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => ikmMutu.Classify(100.5m));
    }

    [Fact]
    public void WithLabels_RelabelsAsSomeReportsPrint()
    {
        var relabelled = PredikatScale.PermenPanRb88Tahun2021.WithLabels("88/2021 lampiran", new Dictionary<string, string> { ["B"] = "Cukup Memadai" });
        Assert.Equal("Cukup Memadai", relabelled.Classify(65m).Label);
        Assert.Throws<ArgumentException>(() => PredikatScale.PermenPanRb88Tahun2021.WithLabels("x", new Dictionary<string, string> { ["Z"] = "?" }));
    }

    [Fact]
    public void Equality_IsStructural()
    {
        var a = PredikatScale.Create("s", [new PredikatBand("X", "x", BandBound.Unbounded, BandBound.Unbounded)]);
        var b = PredikatScale.Create("s", [new PredikatBand("X", "x", BandBound.Unbounded, BandBound.Unbounded)]);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, PredikatScale.PermenPanRb88Tahun2021);
    }
}
