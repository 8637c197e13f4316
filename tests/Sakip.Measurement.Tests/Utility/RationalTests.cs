using System;
using System.Numerics;
using Sakip.Measurement.Utility;
using Xunit;

namespace Sakip.Measurement.Tests.Utility;

public class RationalTests
{
    [Theory]
    [InlineData(6, 4, 3, 2)]
    [InlineData(-6, 4, -3, 2)]
    [InlineData(6, -4, -3, 2)]      // the sign moves to the numerator
    [InlineData(-6, -4, 3, 2)]
    [InlineData(0, -5, 0, 1)]
    [InlineData(7, 1, 7, 1)]
    [InlineData(12999, 200, 12999, 200)]
    public void Of_IsTheReducedFractionWithAPositiveDenominator(long numerator, long denominator, long reducedNumerator, long reducedDenominator)
    {
        var r = Rational.Of(numerator, denominator);
        Assert.Equal(new BigInteger(reducedNumerator), r.Numerator);
        Assert.Equal(new BigInteger(reducedDenominator), r.Denominator);
    }

    [Fact]
    public void Of_AZeroDenominator_IsRefused() =>
        Assert.Throws<DivideByZeroException>(() => Rational.Of(1, 0));

    [Fact]
    public void Default_IsZero_OverOne()
    {
        Assert.Equal(Rational.Zero, default);
        Assert.Equal(BigInteger.Zero, default(Rational).Numerator);
        Assert.Equal(BigInteger.One, default(Rational).Denominator);
        Assert.Equal(Rational.Of(0, 7), default);
    }

    [Theory]
    [InlineData("1.50", 3, 2)]
    [InlineData("-0.125", -1, 8)]
    [InlineData("64.995", 12999, 200)]
    [InlineData("0", 0, 1)]
    public void FromDecimal_IsTheDecimalsExactValue(string invariant, long numerator, long denominator) =>
        Assert.Equal(Rational.Of(numerator, denominator), Rational.FromDecimal(decimal.Parse(invariant, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Arithmetic_IsExact_AndReduced()
    {
        Assert.Equal(Rational.Of(1, 2), Rational.Of(1, 6) + Rational.Of(1, 3));
        Assert.Equal(Rational.Of(1, 2), Rational.Of(1, 4) + Rational.Of(1, 4));
        Assert.Equal(Rational.Of(-1, 12), Rational.Of(1, 4) + Rational.Of(-1, 3));
        Assert.Equal(Rational.Of(1, 6), Rational.Of(1, 2) * Rational.Of(1, 3));
        Assert.Equal(Rational.Of(-3, 2), Rational.Of(1, 2) / Rational.Of(-1, 3));
        Assert.Throws<DivideByZeroException>(() => Rational.Of(1, 2) / Rational.Zero);
    }

    [Fact]
    public void Equality_IsByValue()
    {
        TestHelper.TestEqualsStruct(Rational.Of(1, 2), Rational.Of(2, 4), Rational.Of(1, 3), Rational.Of(-1, 2), Rational.Of(3, 2), Rational.Zero);
        TestHelper.TestEqualsStruct(Rational.Zero, Rational.Of(0, 9), Rational.Of(1, 9));
    }

    [Fact]
    public void Ordering_IsByValue()
    {
        TestHelper.TestCompareToStruct(Rational.Of(1, 3), Rational.Of(2, 6), Rational.Of(34, 100), Rational.Of(1, 2), Rational.Of(1, 1));
        TestHelper.TestCompareToStruct(Rational.Of(-1, 2), Rational.Of(-2, 4), Rational.Of(-1, 3), Rational.Zero, Rational.Of(1, 1000));
    }

    [Theory]
    [InlineData(1, 3, "0.3333", 1)]
    [InlineData(1, 3, "0.3334", -1)]
    [InlineData(1, 2, "0.50", 0)]
    [InlineData(-1, 3, "-0.3333", -1)]
    [InlineData(-1, 3, "-0.3334", 1)]
    [InlineData(12999, 200, "64.995", 0)]
    public void CompareToBound_ComparesTheExactValueWithADecimal(long numerator, long denominator, string bound, int sign) =>
        Assert.Equal(sign, Math.Sign(Rational.Of(numerator, denominator).CompareToBound(decimal.Parse(bound, System.Globalization.CultureInfo.InvariantCulture))));

    [Fact]
    public void ToDecimal_RoundsHalfAwayFromZero_Once()
    {
        Assert.Equal(0.6666666666666666666666666667m, Rational.Of(2, 3).ToDecimal());
        Assert.Equal(0.67m, Rational.Of(2, 3).ToDecimal(2));
        Assert.Equal(-0.67m, Rational.Of(-2, 3).ToDecimal(2));
        Assert.Equal(65.00m, Rational.Of(12999, 200).ToDecimal(2));   // 64,995, never 64,99
    }

    [Fact]
    public void ToDecimal_BeyondTheDecimalRange_Throws() =>
        Assert.Throws<OverflowException>(() => Rational.Of(BigInteger.Pow(10, 30), 1).ToDecimal());

    [Fact]
    public void ToString_IsNumeratorSlashDenominator()
    {
        Assert.Equal("12999/200", Rational.Of(12999, 200).ToString());
        Assert.Equal("-1/3", Rational.Of(1, -3).ToString());
        Assert.Equal("0/1", Rational.Zero.ToString());
    }
}
