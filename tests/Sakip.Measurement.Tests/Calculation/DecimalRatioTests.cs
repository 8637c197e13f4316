using System;
using Sakip.Measurement.Tests.Utility;
using Xunit;

namespace Sakip.Measurement.Tests.Calculation;

public class DecimalRatioTests
{
    [Theory]
    [InlineData("2", "3", "66.6666666666666667")]
    [InlineData("-2", "3", "-66.6666666666666667")]
    [InlineData("2", "-3", "-66.6666666666666667")]
    [InlineData("-2", "-3", "66.6666666666666667")]
    [InlineData("85.23", "100", "85.23")]
    [InlineData("0.0001234", "7", "0.0017628571428571")]
    [InlineData("123456789012345678901234", "7", "1763668414462081127160485.7143")]
    [InlineData("0.18446744073709551615", "19", "0.9708812670373448")]
    public void Percent_IsTheQuotientTimes100_WithTheSignOfBothOperands(string numerator, string denominator, string expected) =>
        Assert.Equal(Parse(expected), DecimalRatio.Percent(Parse(numerator), Parse(denominator)));

    [Theory]
    [InlineData("0.000000000000000001", "2", "0.0000000000000001")]    // exactly half of the 16th place
    [InlineData("-0.000000000000000001", "2", "-0.0000000000000001")]
    [InlineData("0.000000000000000001", "2.0000000000001", "0")]      // just below half
    public void Percent_AQuotientHalfwayBetweenTwo16PlaceValues_IsRoundedAwayFromZero(string numerator, string denominator, string expected) =>
        Assert.Equal(Parse(expected), DecimalRatio.Percent(Parse(numerator), Parse(denominator)));

    [Fact]
    public void Percent_AtTheLargestWholePartThatCarries16Places_KeepsEveryDigitItCan()
    {
        // 7.922.816.251.426 is the first whole part whose 16 places overflow a decimal's mantissa:
        // the quotient is rounded at the places that fit, never wrapped.
        Assert.Equal(7_922_816_251_425.9m, DecimalRatio.Percent(7_922_816_251_425.9m, 100m));
        Assert.Equal(7_922_816_251_426.9m, DecimalRatio.Percent(7_922_816_251_426.9m, 100m));
        Assert.Equal(79_228_162_514_264.33759354395m, DecimalRatio.Percent(79_228_162_514_264.33759354395m, 100m));
    }

    [Fact]
    public void Percent_BeyondTheDecimalRange_Throws_AndTryPercentSaysSo()
    {
        Assert.Throws<OverflowException>(() => DecimalRatio.Percent(decimal.MaxValue, 1m));
        Assert.False(DecimalRatio.TryPercent(decimal.MaxValue, 0.5m, out _));
    }

    [Fact]
    public void Percent_ByZero_IsNeverASilentZero() =>
        Assert.Throws<DivideByZeroException>(() => DecimalRatio.TryPercent(5m, 0m, out _));

    [Fact]
    public void Percent_OfZero_IsZero() => Assert.Equal(0m, DecimalRatio.Percent(0m, 7m));

    [Fact]
    public void Percent_OfOperandsWith64BitMantissas_AllocatesNothing()
    {
        // The documented common case: a capaian of report figures takes the 128-bit path, without
        // allocating in any build. Regression: the powers of ten were a constant ReadOnlySpan
        // property, which unoptimised (Debug) code re-allocated as an array on every read.
        long allocated = TestHelper.AllocatedBytes(() =>
        {
            DecimalRatio.Percent(85.23m, 100m);
            DecimalRatio.Percent(88.25m, 93m);
            DecimalRatio.Percent(0m, 93m);          // a realisasi of 0
            DecimalRatio.Percent(-2m, 3m);
            DecimalRatio.Percent(0.0001234m, 7m);
            DecimalRatio.Percent(18_446_744_073_709_551_615m, 300_000_000_000m);
            // The largest remainder the 128-bit division can leave, 2⁶⁴ − 1 (the whole mantissa
            // of 0,18446744073709551615 over 19 × 10¹⁸), still takes that path.
            DecimalRatio.Percent(0.18446744073709551615m, 19m);
        });
        Assert.Equal(0, allocated);
        // The exact path, for the operands the 128-bit one cannot hold, does allocate.
        Assert.NotEqual(0, TestHelper.AllocatedBytes(() => DecimalRatio.TryPercentExact(85.23m, 100m, out _)));
    }

    [Theory]
    [InlineData("85.23", 16)]
    [InlineData("100", 16)]
    [InlineData("0.1234567890123456", 16)]
    [InlineData("0.12345678901234567", 17)]     // more places than a ratio: unchanged
    [InlineData("7922816251425", 16)]
    [InlineData("7922816251426", 0)]            // 16 places would not fit: unchanged
    public void AtRatioScale_WritesTheSameValueWith16Places_WhenItFits(string invariant, int scale)
    {
        decimal value = Parse(invariant);
        decimal rescaled = DecimalRatio.AtRatioScale(value);
        Assert.Equal(value, rescaled);
        Assert.Equal(scale, rescaled.Scale);
        Assert.Equal(-value, DecimalRatio.AtRatioScale(-value));
    }

    private static decimal Parse(string invariant) => decimal.Parse(invariant, System.Globalization.CultureInfo.InvariantCulture);
}
