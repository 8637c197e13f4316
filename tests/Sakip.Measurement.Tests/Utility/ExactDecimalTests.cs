using System;
using System.Numerics;
using Sakip.Measurement.Utility;
using Xunit;

namespace Sakip.Measurement.Tests.Utility;

public class ExactDecimalTests
{
    private static readonly BigInteger MaxMantissa = (BigInteger.One << 96) - 1;

    [Fact]
    public void TryToDecimal_RoundsOnceAtTheMostPlacesThatFit()
    {
        // 1/3 at 28 places; 10^28 / 3 keeps one place (29 digits would not fit 2^96).
        Assert.True(ExactDecimal.TryToDecimal(1, 3, 28, out decimal third));
        Assert.Equal(0.3333333333333333333333333333m, third);
        Assert.True(ExactDecimal.TryToDecimal(BigInteger.Pow(10, 28), 3, 28, out decimal big));
        Assert.Equal(3333333333333333333333333333.3m, big);
        Assert.True(ExactDecimal.TryToDecimal(-5, 2, 0, out decimal half));
        Assert.Equal(-3m, half);
        Assert.False(ExactDecimal.TryToDecimal(BigInteger.Pow(10, 30), 1, 28, out _));
    }

    [Theory]
    [InlineData(1, 3, 16, "0.3333333333333333")]
    [InlineData(2, 3, 16, "0.6666666666666667")]
    [InlineData(-2, 3, 16, "-0.6666666666666667")]
    [InlineData(2, -3, 16, "-0.6666666666666667")]
    [InlineData(-2, -3, 16, "0.6666666666666667")]
    [InlineData(5, 2, 0, "3")]
    [InlineData(-5, 2, 0, "-3")]
    [InlineData(7, 5, 0, "1")]
    [InlineData(0, 7, 4, "0.0000")]
    public void TryToDecimal_RoundsHalfAwayFromZeroAtTheRequestedScale(long numerator, long denominator, int maxScale, string expected)
    {
        Assert.True(ExactDecimal.TryToDecimal(numerator, denominator, maxScale, out decimal result));
        Assert.Equal(expected, result.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void TryToDecimal_OfAQuotientThatFitsOnlyAsAnInteger_ReturnsItAtScaleZero()
    {
        // 7·10^28 fits 96 bits; with one place (7·10^29) it does not.
        var value = 7 * BigInteger.Pow(10, 28);
        Assert.True(ExactDecimal.TryToDecimal(value, 1, 28, out decimal result));
        Assert.Equal(70_000_000_000_000_000_000_000_000_000m, result);
        Assert.Equal(0, result.Scale);
    }

    [Fact]
    public void TryToDecimal_OfTheLargestMantissa_Fits_AndOneMoreDoesNot()
    {
        Assert.True(ExactDecimal.TryToDecimal(MaxMantissa, 1, 0, out decimal largest));
        Assert.Equal(decimal.MaxValue, largest);
        Assert.True(ExactDecimal.TryToDecimal(-MaxMantissa, 1, 0, out decimal smallest));
        Assert.Equal(decimal.MinValue, smallest);
        // 2^96 − 0,5 rounds up to 2^96, beyond the mantissa, and scale 0 is the last try.
        Assert.False(ExactDecimal.TryToDecimal((2 * MaxMantissa) + 1, 2, 0, out decimal none));
        Assert.Equal(0m, none);
    }

    [Fact]
    public void TryToDecimal_OfAQuotientWhoseMantissaIsTheLargestAtSomeScale_KeepsThatScale()
    {
        // (2^96 − 1) / 10^5 has 24 whole digits: it fits with exactly five places, not six.
        Assert.True(ExactDecimal.TryToDecimal(MaxMantissa, BigInteger.Pow(10, 5), 28, out decimal result));
        Assert.Equal(5, result.Scale);
        Assert.Equal(decimal.MaxValue / 100_000m, result);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("-1")]
    [InlineData("123.4500")]
    [InlineData("-0.0000000000000000000000000001")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335")]
    [InlineData("7.9228162514264337593543950335")]
    [InlineData("4294967296")]
    [InlineData("18446744073709551616")]
    public void ToScaledInteger_AndFromScaledInteger_RoundTripMantissaAndScale(string text)
    {
        decimal value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var mantissa = ExactDecimal.ToScaledInteger(value, out int scale);
        Assert.Equal(value.Scale, scale);
        Assert.Equal(BigInteger.Parse(text.Replace(".", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture), mantissa);
        decimal back = ExactDecimal.FromScaledInteger(mantissa, scale);
        Assert.Equal(value, back);
        Assert.Equal(text, back.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ToScaledInteger_AtALargerScale_MultipliesByTheMissingPowerOfTen()
    {
        Assert.Equal(new BigInteger(12_340_000), ExactDecimal.ToScaledInteger(123.4m, 5));
        Assert.Equal(new BigInteger(-5), ExactDecimal.ToScaledInteger(-5m, 0));
    }

    [Fact]
    public void FromScaledInteger_OfAMantissaBeyond96Bits_Throws()
    {
        Assert.Throws<OverflowException>(() => ExactDecimal.FromScaledInteger(MaxMantissa + 1, 0));
        Assert.Throws<OverflowException>(() => ExactDecimal.FromScaledInteger(-(MaxMantissa + 1), 0));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(28)]
    [InlineData(63)]
    public void PowerOfTen_IsExactUpToTheTablesEnd(int exponent)
    {
        Assert.Equal(BigInteger.Pow(10, exponent), ExactDecimal.PowerOfTen(exponent));
    }
}
