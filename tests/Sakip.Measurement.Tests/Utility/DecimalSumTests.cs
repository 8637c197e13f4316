using Sakip.Measurement.Utility;
using Xunit;

namespace Sakip.Measurement.Tests.Utility;

public class DecimalSumTests
{
    private static decimal MeanOf(params decimal[] values)
    {
        var sum = default(DecimalSum);
        foreach (decimal value in values)
        {
            sum.Add(value);
        }
        return sum.Mean(values.Length);
    }

    [Fact]
    public void Mean_IsTheExactSumDividedOnce_RoundedHalfAwayFromZeroTo16Places()
    {
        Assert.Equal(85m, MeanOf(90m, 80m));
        Assert.Equal(0.6666666666666667m, MeanOf(1m, 1m, 0m));
        Assert.Equal(-0.6666666666666667m, MeanOf(-1m, -1m, 0m));
        Assert.Equal(0.0000000000000001m, MeanOf(0.0000000000000001m, 0m));     // half of the last place rounds up
        Assert.Equal(-0.0000000000000001m, MeanOf(-0.0000000000000001m, 0m));
        Assert.Equal(0m, MeanOf(0.0000000000000001m, 0m, 0m));                   // a third of it rounds down
        Assert.Equal(0m, default(DecimalSum).Mean(3));
    }

    [Fact]
    public void Mean_OfValuesWithMoreThan16Places_IsExactBeforeItsOneRounding()
    {
        // 1,5·10⁻¹⁶ and 1,6·10⁻¹⁶: the mean 1,55·10⁻¹⁶ rounds to 2·10⁻¹⁶.
        Assert.Equal(0.0000000000000002m, MeanOf(0.00000000000000015m, 0.00000000000000016m));
        Assert.Equal(0.1234567890123457m, MeanOf(0.1234567890123456789012345678m));
        Assert.Equal(1m, MeanOf(0.0000000000000000000000000001m, 2m - 0.0000000000000000000000000001m));
    }

    [Fact]
    public void Mean_OfValuesBeyond128BitsAt16Places_IsStillExact()
    {
        // 10¹⁴ still enters the 128-bit sum at 16 places; 10¹⁴ + 1 and decimal.MaxValue do not.
        Assert.Equal(100_000_000_000_000m, MeanOf(100_000_000_000_000m, 100_000_000_000_000m));
        Assert.Equal(100_000_000_000_000.5m, MeanOf(100_000_000_000_000m, 100_000_000_000_001m));
        Assert.Equal(decimal.MaxValue, MeanOf(decimal.MaxValue, decimal.MaxValue, decimal.MaxValue));
        Assert.Equal(decimal.MinValue, MeanOf(decimal.MinValue, decimal.MinValue));
        Assert.Equal(0m, MeanOf(decimal.MaxValue, decimal.MinValue));
    }

    [Fact]
    public void Mean_OfASumThatMeetsAValueBeyond128Bits_CarriesWhatWasSummedSoFar()
    {
        Assert.Equal(0.5m, MeanOf(1m, decimal.MaxValue, decimal.MinValue, 1m));
        Assert.Equal(0.0000000000000001m, MeanOf(0.0000000000000003m, 0.00000000000000001m, -0.00000000000000001m));
    }

    [Fact]
    public void Add_OfValuesThatFit128BitsAt16Places_AllocatesNothing()
    {
        // The documented fast path: capaian (16 places) and report figures are summed without allocation.
        var sum = default(DecimalSum);
        long allocated = TestHelper.AllocatedBytes(() =>
        {
            sum.Add(85.2300000000000000m);
            sum.Add(-111.25m);
            sum.Add(99_999_999_999.9999999999999999m);
            sum.Add(0m);
        });
        Assert.Equal(0, allocated);
        // A value beyond the fast path moves the sum to BigInteger, which allocates.
        var exact = default(DecimalSum);
        Assert.NotEqual(0, TestHelper.AllocatedBytes(() => exact.Add(decimal.MaxValue)));
    }
}
