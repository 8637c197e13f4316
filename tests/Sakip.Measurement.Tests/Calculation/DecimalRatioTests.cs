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

    [Theory]
    [InlineData(1UL, 0, 15_000_000_000_000_000_001UL, 20)]                       // e = 38, the most the tables reach
    [InlineData(1_844_674_407_370_955_161UL, 0, 18_446_744_073_709_551_615UL, 2)] // e = 20: the numerator × 10 just fits
    [InlineData(1UL, 28, 1_844_674_407UL, 0)]                                    // e = −10: the denominator × 10¹⁰ just fits; rounds to 0
    [InlineData(123_456_789UL, 5, 987_654_321UL, 0)]
    [InlineData(2UL, 0, 3UL, 0)]
    public void ScaledQuotient64_IsTheRoundedQuotient_AtTheEdgesOfWhatFits(ulong numerator, int numeratorScale, ulong denominator, int denominatorScale)
    {
        Assert.True(DecimalRatio.TryScaledQuotient(numerator, numeratorScale, denominator, denominatorScale, out UInt128 expected));
        Assert.True(DecimalRatio.TryScaledQuotient64(numerator, numeratorScale, denominator, denominatorScale, out ulong mantissa));
        Assert.Equal(expected, mantissa);
        decimal exact = DecimalRatio.Percent(ToDecimal(numerator, numeratorScale), ToDecimal(denominator, denominatorScale));
        Assert.Equal(exact, DecimalRatio.FromScaledMantissa(mantissa, negative: false));
    }

    [Theory]
    [InlineData(1UL, 0, 15_000_000_000_000_000_001UL, 21)]                       // e = 39: beyond 10³⁸
    [InlineData(1UL, 0, 1UL, 28)]                                                // e = 46
    [InlineData(1_844_674_407_370_955_162UL, 0, 18_446_744_073_709_551_615UL, 2)] // the numerator × 10 overflows
    [InlineData(1UL, 28, 1_844_674_408UL, 0)]                                    // the denominator × 10¹⁰ overflows
    [InlineData(19UL, 0, 1UL, 0)]                                                // 1 900 % × 10¹⁶ is beyond 2⁶⁴
    public void ScaledQuotient64_RefusesWhatDoesNotFit(ulong numerator, int numeratorScale, ulong denominator, int denominatorScale) =>
        Assert.False(DecimalRatio.TryScaledQuotient64(numerator, numeratorScale, denominator, denominatorScale, out _));

    [Fact]
    public void ScaledQuotient_ScalesTheNumeratorBeyond10Pow19InTwoSteps_WhileItFits()
    {
        // e = 20: the numerator is multiplied by 10 and then by 10¹⁹.
        Assert.True(DecimalRatio.TryScaledQuotient(1_844_674_407_370_955_161UL, 0, 100_000_000_000UL, 2, out UInt128 mantissa));
        Assert.Equal((UInt128)1_844_674_407_370_955_161UL * 1_000_000_000UL, mantissa);
        Assert.False(DecimalRatio.TryScaledQuotient(1_844_674_407_370_955_162UL, 0, 100_000_000_000UL, 2, out _));
    }

    private static decimal ToDecimal(ulong mantissa, int scale) =>
        new(unchecked((int)(uint)mantissa), unchecked((int)(uint)(mantissa >> 32)), 0, false, (byte)scale);
}
