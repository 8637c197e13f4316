using Xunit;

namespace Sakip.Measurement.Tests.Budgets;

public class SerapanResultTests
{
    [Fact]
    public void Calculate_IsRealisasiOverPaguTimes100_ExactTo16Places()
    {
        // Kencong L124: 3.067.535.140 / 3.920.691.860,40 × 100 = 78,2396… (printed 78,24%).
        var s = SerapanResult.Calculate(3_067_535_140m, 3_920_691_860.40m);
        Assert.Equal(78.2396385439747730m, s.Value);
        Assert.Equal(s.Value, s.ValueOrNull);
    }

    [Theory]
    [InlineData(null, 1, SerapanStatus.NoRealisasi)]
    [InlineData(1, null, SerapanStatus.NoPagu)]
    [InlineData(0, 0, SerapanStatus.ZeroPagu)]
    public void Calculate_WithoutAQuotient_HasAStatus_NotZero(int? realisasi, int? pagu, SerapanStatus status)
    {
        var s = SerapanResult.Calculate(realisasi, pagu);
        Assert.Equal(status, s.Status);
        Assert.Null(s.ValueOrNull);
        Assert.Throws<System.InvalidOperationException>(() => s.Value);
    }

    [Fact]
    public void Calculate_QuotientBeyondTheDecimalRange_IsOutOfRange() =>
        Assert.Equal(SerapanStatus.OutOfRange, SerapanResult.Calculate(decimal.MaxValue, 0.0000000001m).Status);

    [Fact]
    public void Default_IsNotCalculated() => Assert.Equal(SerapanStatus.NotCalculated, default(SerapanResult).Status);

    [Fact]
    public void Equality_ComparesStatusAndValue()
    {
        Assert.Equal(SerapanResult.Calculate(1m, 2m), SerapanResult.Calculate(2m, 4m));
        Assert.True(SerapanResult.Calculate(1m, 2m) == SerapanResult.Calculate(1m, 2m));
        Assert.True(SerapanResult.Calculate(1m, 2m) != SerapanResult.Calculate(1m, 4m));
        Assert.NotEqual(SerapanResult.Calculate(null, 2m), SerapanResult.Calculate(1m, null));
        Assert.Equal("50", SerapanResult.Calculate(1m, 2m).ToString()[..2]);
        Assert.Equal("ZeroPagu", SerapanResult.Calculate(0m, 0m).ToString());
    }
}
