using System;
using System.Globalization;
using System.Linq;
using Sakip.Measurement.Ipp;
using Xunit;

namespace Sakip.Measurement.Tests.Ipp;

/// <summary>
/// The nine IPP categories of PermenPANRB 29/2022 (DOMAIN.md §5) at every printed boundary.
/// Values between two printed bounds (1,005; 4,505) belong to the upper band: bands are
/// upper-inclusive (1,00; 1,50], so 1,00 is F and 1,005 is E.
/// </summary>
public class IppScaleTests
{
    private static readonly PredikatScale Scale = IppScale.PermenPanRb29Tahun2022;

    [Theory]
    [InlineData("0", "F", "Gagal")]
    [InlineData("0.00", "F", "Gagal")]
    [InlineData("1.00", "F", "Gagal")]
    [InlineData("1.005", "E", "Sangat Buruk")]
    [InlineData("1.01", "E", "Sangat Buruk")]
    [InlineData("1.50", "E", "Sangat Buruk")]
    [InlineData("1.51", "D", "Buruk")]
    [InlineData("2.00", "D", "Buruk")]
    [InlineData("2.01", "C-", "Cukup (dengan catatan)")]
    [InlineData("2.50", "C-", "Cukup (dengan catatan)")]
    [InlineData("2.51", "C", "Cukup")]
    [InlineData("3.00", "C", "Cukup")]
    [InlineData("3.01", "B-", "Baik (dengan catatan)")]
    [InlineData("3.50", "B-", "Baik (dengan catatan)")]
    [InlineData("3.51", "B", "Baik")]
    [InlineData("4.00", "B", "Baik")]
    [InlineData("4.01", "A-", "Sangat Baik")]
    [InlineData("4.50", "A-", "Sangat Baik")]
    [InlineData("4.505", "A", "Pelayanan Prima")]
    [InlineData("4.51", "A", "Pelayanan Prima")]
    [InlineData("5.00", "A", "Pelayanan Prima")]
    public void Classify_EveryPrintedBoundary(string value, string code, string label)
    {
        var band = Scale.Classify(decimal.Parse(value, CultureInfo.InvariantCulture));
        Assert.Equal(code, band.Code);
        Assert.Equal(label, band.Label);
    }

    [Theory]
    [InlineData("5.01")]
    [InlineData("5.0000001")]
    [InlineData("-0.01")]
    [InlineData("-0.0000001")]
    public void Classify_OutsideZeroToFive_IsRejected(string value)
    {
        decimal v = decimal.Parse(value, CultureInfo.InvariantCulture);
        Assert.Throws<ArgumentOutOfRangeException>(() => Scale.Classify(v));
        Assert.False(Scale.TryClassify(v, out var band));
        Assert.Null(band);
        Assert.Equal(-1, Scale.IndexOf(v));
    }

    [Fact]
    public void Scale_HasNineCategories_TopFirst_OnZeroToFive()
    {
        Assert.Equal(["A", "A-", "B", "B-", "C", "C-", "D", "E", "F"], Scale.Bands.Select(b => b.Code).ToArray());
        Assert.Equal(0m, Scale.DomainLower.Value);
        Assert.True(Scale.DomainLower.IsInclusive);
        Assert.Equal(5m, Scale.DomainUpper.Value);
        Assert.True(Scale.DomainUpper.IsInclusive);
    }
}
