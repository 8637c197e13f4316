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
/// The fix divides Σ NRR by n once.
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
}
