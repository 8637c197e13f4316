using System.Linq;
using Sakip.Measurement.Ikm;
using Xunit;

namespace Sakip.Measurement.Tests.Ikm;

/// <summary>
/// Regression tests: exact weights must give the regulation's exact IKM (PermenPANRB 14/2017:
/// IKM = Σ NRR × 1/n × 25, nothing rounded). Until commit d06b72e the calculator multiplied each
/// NRR by a rounded 1/n (1/9 = 0,1111111111111111111111111111, slightly below 1/9), so the unit
/// value fell short of Σ NRR / n by ~1e-27 and the IKM by ~25 × that:
/// <list type="bullet">
/// <item>an all-"1" survey gave 24,999999999999999999999999998 instead of 25 (outside 25–100),
/// an all-"4" survey 99,99999999999999999999999999 instead of 100;</item>
/// <item>a survey whose IKM is exactly a mutu boundary was graded one band too low: every NRR =
/// 3,5324 is IKM 88,31 (A), but the calculator returned 88,30999999999999999999999998 (B).</item>
/// </list>
/// The fix divides Σ NRR by n once. Since issue 10 every figure is an exact fraction until it is
/// stored, so ties such as 64,995 are exact too.
/// </summary>
public class IkmExactWeightRoundingTests
{
    private static readonly IkmDefinition Def = IkmDefinition.PermenPanRb14Tahun2017;

    [Theory]
    [InlineData(1, 25)]
    [InlineData(2, 50)]
    [InlineData(3, 75)]
    [InlineData(4, 100)]
    public void Calculate_ExactWeights_UniformAnswers_GiveTheExactEndsOfTheScale(int answer, int expected)
    {
        var counts = new AnswerCounts(answer == 1 ? 1 : 0, answer == 2 ? 1 : 0, answer == 3 ? 1 : 0, answer == 4 ? 1 : 0);
        var r = IkmCalculator.Calculate(new IkmCounts(Def, Enumerable.Repeat(counts, 9), 1));
        // Regulation: unit value = 9 × answer × 1/9 = answer; IKM = answer × 25, exactly.
        Assert.Equal((decimal)expected, r.Value);
        Assert.Equal((decimal)answer, r.UnitValue);
    }

    [Fact]
    public void Calculate_ExactWeights_IkmExactlyOnTheABoundary_IsGradedA()
    {
        // 10.000 respondents; per element 4.676 × "3" and 5.324 × "4": NRR = 35.324 / 10.000 = 3,5324.
        // Regulation: IKM = 9 × 3,5324 × 1/9 × 25 = 88,31 → A "Sangat Baik" (A is 88,31–100).
        var r = IkmCalculator.Calculate(new IkmCounts(Def, Enumerable.Repeat(new AnswerCounts(0, 0, 4_676, 5_324), 9), 10_000));
        Assert.All(r.Elements, e => Assert.Equal(3.5324m, e.Nrr));
        Assert.Equal(88.31m, r.Value);
        Assert.Equal("A", r.Mutu.Code);
    }

    // Issue 10, defect 1: the IKM was summed from NRRs already rounded to 28 digits, so an exact
    // tie came out one step low (64,994999…998), printed 64,99 and graded D instead of C.
    [Fact]
    public void Calculate_ExactTieAtTheCBoundary_Is64995_PrintsAs65_AndIsGradedC()
    {
        var r = IkmCalculator.Calculate(Counts(625,
            "231.0.0.394; 223.0.1.400; 239.0.0.386; 410.0.0.215; 365.0.1.234; 312.0.1.287; 3.0.1.620; 536.0.0.89; 230.0.0.290"));
        // Exact: Σ NRR / 9 × 25 = 12999/200.
        Assert.Equal(64.995m, r.Value);
        Assert.Equal(65.00m, r.RoundValue(2));
        Assert.Equal("C", r.Mutu.Code);
    }

    [Fact]
    public void Calculate_ExactTie76875_PrintsAs7688()
    {
        var r = IkmCalculator.Calculate(Counts(40,
            "9.1.0.29; 1.1.0.38; 37.1.0.2; 32.0.0.7; 7.1.0.32; 9.0.0.30; 0.0.0.39; 10.1.0.29; 1.0.1.37"));
        Assert.Equal(76.875m, r.Value);
        Assert.Equal(76.88m, r.RoundValue(2));
        Assert.Equal(76.9m, r.RoundValue(1));
        Assert.Equal("B", r.Mutu.Code);
    }

    [Fact]
    public void FromAnswers_LegacyWeights_ExactTie52725_PrintsAs5273()
    {
        // Σ NRR = 57/3 = 19 exactly; 19 × 0,111 × 25 = 52,725.
        int[][] answers = [[1, 2, 2, 3, 3, 1, 2, 1, 1], [2, 3, 2, 3, 3, 2, 2, 1, 1], [2, 3, 2, 3, 4, 2, 3, 2, 1]];
        var r = IkmCalculator.FromAnswers(Def, answers, IkmWeighting.Legacy);
        Assert.Equal(2.109m, r.UnitValue);
        Assert.Equal(52.725m, r.Value);
        Assert.Equal(52.73m, r.RoundValue(2));
        Assert.Equal("D", r.Mutu.Code);
    }

    [Fact]
    public void Combine_UsesThePartsExactValues_AndRoundsOnce()
    {
        var three = IkmCalculator.Calculate(Counts(3, "1.0.0.2; 1.0.0.2; 1.0.0.2; 1.0.0.2; 1.0.0.2; 1.0.0.2; 1.0.0.2; 1.0.0.2; 1.0.0.2"));
        var other = IkmCalculator.Calculate(Counts(1, "0.0.0.1; 0.0.0.1; 0.0.0.1; 0.0.0.1; 0.0.0.1; 0.0.0.1; 0.0.0.1; 0.0.0.1; 1.0.0.0"));
        var combined = IkmCalculator.Combine([three, other]);
        // Three respondents at 75 and one at (8 × 4 + 1) / 9 × 25 = 825/9: (3 × 75 + 825/9) / 4 = 79,1666…,
        // from the exact 825/9, not from its 28-digit rounding.
        Assert.Equal(75m, three.Value);
        Assert.Equal(79.166666666666666666666666667m, combined.Value);
        Assert.Equal(79.17m, combined.RoundValue(2));
        Assert.Equal("B", combined.Mutu.Code);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(21)]
    public void RoundValue_PlacesOutside0To20_Throw(int places)
    {
        var r = IkmCalculator.Calculate(Counts(1, "0.0.0.1; 0.0.0.1; 0.0.0.1; 0.0.0.1; 0.0.0.1; 0.0.0.1; 0.0.0.1; 0.0.0.1; 0.0.0.1"));
        var e = Assert.Throws<System.ArgumentOutOfRangeException>(() => r.RoundValue(places));
        Assert.Equal("decimalPlaces", e.ParamName);
    }

    // "a.b.c.d; …": per element, the counts of answers 1, 2, 3 and 4.
    private static IkmCounts Counts(long respondents, string perElement) => new(
        Def,
        perElement.Split(';').Select(g => g.Trim().Split('.').Select(long.Parse).ToArray()).Select(c => new AnswerCounts(c[0], c[1], c[2], c[3])),
        respondents);
}
