using System.Numerics;
using Sakip.Measurement.Utility;
using Xunit;

namespace Sakip.Measurement.Tests.Utility;

public class ExactDecimalTests
{
    [Fact]
    public void DigitCount_IsExactAtEveryPowerOfTen()
    {
        Assert.Equal(0, ExactDecimal.DigitCount(BigInteger.Zero));
        for (int k = 1; k <= 80; k++)
        {
            var power = BigInteger.Pow(10, k);
            Assert.Equal(k, ExactDecimal.DigitCount(power - 1));
            Assert.Equal(k + 1, ExactDecimal.DigitCount(power));
        }
    }

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
}
