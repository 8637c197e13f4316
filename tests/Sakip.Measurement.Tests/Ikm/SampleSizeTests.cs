using System;
using Sakip.Measurement.Ikm;
using Xunit;

namespace Sakip.Measurement.Tests.Ikm;

/// <summary>
/// Krejcie–Morgan minimum samples, n = χ²·N·P(1−P) / (d²(N−1) + χ²·P(1−P)) with χ² = 3,841,
/// P = 0,5, d = 0,05, against Table 1 of Krejcie &amp; Morgan (1970), which PermenPANRB 14/2017
/// points to. Each row was checked with the formula first (40-digit decimal arithmetic):
/// </summary>
/// <remarks>
/// <code>
///         N   formula                 table
///        10     9,7711 →  10           10
///        15    14,4725 →  14           14
///        30    27,8940 →  28           28
///        50    44,3431 →  44           44
///       100    79,5073 →  80           80
///       500   217,4725 → 217          217
///     1.000   277,7095 → 278          278
///     9.000   368,4177 → 368          368
///    10.000   369,9281 → 370          370
///    75.000   382,1480 → 382          382
///   100.000   382,6341 → 383          (no row)
/// 1.000.000   383,9529 → 384          384
/// </code>
/// The table's last row is N = 1.000.000 → 384; it is often quoted as "100.000 → 384", but the
/// formula gives 383 for 100.000 (382,63), so 384 is asserted for one million only.
/// Rounding is half away from zero: 44,34 → 44 shows the table does not round up.
/// </remarks>
public class SampleSizeTests
{
    [Theory]
    [InlineData(10, 10)]
    [InlineData(15, 14)]
    [InlineData(30, 28)]
    [InlineData(50, 44)]
    [InlineData(100, 80)]
    [InlineData(500, 217)]
    [InlineData(1_000, 278)]
    [InlineData(9_000, 368)]
    [InlineData(10_000, 370)]
    [InlineData(75_000, 382)]
    [InlineData(1_000_000, 384)]
    public void KrejcieMorgan_MatchesThePublishedTable(long population, long sample) =>
        Assert.Equal(sample, SampleSize.KrejcieMorgan(population));

    [Fact]
    public void KrejcieMorgan_100000_Is383ByTheFormula_NotTheOftenQuoted384()
    {
        // 3,841 × 100.000 × 0,25 / (0,0025 × 99.999 + 3,841 × 0,25) = 96.025 / 250,95775 = 382,634…
        Assert.Equal(383, SampleSize.KrejcieMorgan(100_000));
    }

    [Fact]
    public void KrejcieMorgan_SmallPopulations_AskForEveryone()
    {
        Assert.Equal(1, SampleSize.KrejcieMorgan(1));
        Assert.Equal(2, SampleSize.KrejcieMorgan(2));
    }

    [Fact]
    public void KrejcieMorgan_Parameters_AreExplicit()
    {
        // Same defaults spelled out.
        Assert.Equal(278, SampleSize.KrejcieMorgan(1_000, 3.841m, 0.5m, 0.05m));
        // d = 0,1: 960,25 / (0,01 × 999 + 0,96025) = 87,69… → 88.
        Assert.Equal(88, SampleSize.KrejcieMorgan(1_000, 3.841m, 0.5m, 0.1m));
    }

    [Fact]
    public void KrejcieMorgan_RejectsOutOfRangeArguments()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleSize.KrejcieMorgan(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleSize.KrejcieMorgan(-10));
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleSize.KrejcieMorgan(100, 0m, 0.5m, 0.05m));
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleSize.KrejcieMorgan(100, 3.841m, 1.5m, 0.05m));
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleSize.KrejcieMorgan(100, 3.841m, 0.5m, 0m));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    public void KrejcieMorgan_TheProportionLiesStrictlyBetween0And1(string proportion) =>
        Assert.Equal("proportion", Assert.Throws<ArgumentOutOfRangeException>(
            () => SampleSize.KrejcieMorgan(100, 3.841m, decimal.Parse(proportion, System.Globalization.CultureInfo.InvariantCulture), 0.05m)).ParamName);

    [Fact]
    public void KrejcieMorgan_AProportionJustInside0And1_GivesASample()
    {
        // P(1 − P) is tiny: 3,841 × 100 × 0,0099 / (0,0025 × 99 + 3,841 × 0,0099) = 13,31… → 13.
        Assert.Equal(13, SampleSize.KrejcieMorgan(100, 3.841m, 0.01m, 0.05m));
        Assert.Equal(13, SampleSize.KrejcieMorgan(100, 3.841m, 0.99m, 0.05m));
    }
}
