using System;
using Sakip.Measurement.Tests.Utility;
using Xunit;

namespace Sakip.Measurement.Tests.Calculation;

/// <summary><see cref="CapaianInput"/>: a value, equal to another exactly when every part is.</summary>
public class CapaianInputTests
{
    [Fact]
    public void Equality_ComparesTargetRealisasiAndPolarity()
    {
        var input = new CapaianInput(100m, 85m, Polarity.Positive);
        TestHelper.TestEqualsStruct(
            input,
            new CapaianInput(100.00m, 85.0m, Polarity.Positive),
            new CapaianInput(90m, 85m, Polarity.Positive),
            new CapaianInput(100m, 86m, Polarity.Positive),
            new CapaianInput(100m, 85m, Polarity.Negative),
            new CapaianInput(100m, null, Polarity.Positive));
        // A missing realisasi is not a realisasi of 0.
        TestHelper.TestEqualsStruct(
            new CapaianInput(100m, null, Polarity.Positive),
            new CapaianInput(100m, null, Polarity.Positive),
            new CapaianInput(100m, 0m, Polarity.Positive));
        Assert.False(input.Equals("100/85"));
    }

    [Fact]
    public void Realisasi_IsNullWhenNotReported()
    {
        Assert.Null(new CapaianInput(100m, null, Polarity.Positive).Realisasi);
        Assert.Equal(0m, new CapaianInput(100m, 0m, Polarity.Positive).Realisasi);
        Assert.Null(default(CapaianInput).Realisasi);
    }

    [Fact]
    public void Constructor_RefusesANegativeTargetAndAnUndefinedPolarity()
    {
        Assert.Equal("target", Assert.Throws<ArgumentOutOfRangeException>(() => new CapaianInput(-0.01m, 5m, Polarity.Positive)).ParamName);
        Assert.Equal("polarity", Assert.Throws<ArgumentOutOfRangeException>(() => new CapaianInput(1m, 5m, (Polarity)9)).ParamName);
        Assert.Equal(0m, new CapaianInput(0m, 5m, Polarity.Positive).Target);
    }
}
